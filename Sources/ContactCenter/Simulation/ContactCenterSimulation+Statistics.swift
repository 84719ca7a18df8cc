import CGSL
import DiscreteEvent
import Foundation

// Time-weighted statistics and the end of the run (see ContactCenterSimulation.swift for the state).
extension ContactCenterSimulation {
    /// Adds on-duty agent time up to now (call before the number of agents present changes).
    mutating func touchGroup(_ g: Int) {
        let from = max(groupClock[g], warmup)
        if now > from {
            let dt = now - from
            groupMeasures[g].onDutySeconds += Double(present[g]) * dt
        }
        groupClock[g] = now
    }

    mutating func touchQueue(_ c: Int) {
        let dt = now - queueClock[c]
        if dt > 0 {
            intervalQueueArea[c] += Double(routing.waiting[c]) * dt
            channelMeasures[c].queueArea += Double(measuredWaiting[c]) * dt
        }
        queueClock[c] = now
    }

    /// Closes the books at the end of the run: time-weighted sums, and what is still in the system.
    mutating func finish() {
        for g in model.groups.indices { touchGroup(g) }
        for a in routing.agents.indices where routing.agents[a].sessions > 0 {
            let agent = routing.agents[a]
            let from = max(agent.busySince, warmup)
            if now > from { groupMeasures[Int(agent.group)].busySeconds += now - from }
        }
        for c in model.channels.indices { touchQueue(c) }
        if !horizonMode {
            for c in model.channels.indices {
                intervalMeasures[intervalSlot(c, 0)].queueArea = intervalQueueArea[c]
                intervalMeasures[intervalSlot(c, 0)].backlogAtEnd = routing.waiting[c]
            }
        }
        for id in routing.contacts.indices where routing.contacts[id].waiting && routing.contacts[id].measured {
            let contact = routing.contacts[id]
            let c = Int(contact.channel)
            let age = now - contact.arrival
            channelMeasures[c].waitingAtEnd += 1
            channelMeasures[c].oldestWaitingAtEnd = max(channelMeasures[c].oldestWaitingAtEnd, age)
            if age > target[c] { channelMeasures[c].waitingBeyondTargetAtEnd += 1 }
            trace?.record(channel: c, arrival: contact.arrival, outcome: "waiting_at_end", wait: age, handling: nil, group: nil)
        }
        for s in sessions.indices where sessions[s].channel >= 0 && sessions[s].measured {
            let session = sessions[s]
            channelMeasures[Int(session.channel)].inServiceAtEnd += 1
            channelMeasures[Int(session.channel)].serviceArea += now - session.answered
            trace?.record(channel: Int(session.channel), arrival: session.arrival, outcome: "in_service_at_end",
                          wait: session.answered - session.arrival, handling: nil,
                          group: Int(routing.agents[s / maxSessions].group))
        }
        trace?.flush()
    }
}
