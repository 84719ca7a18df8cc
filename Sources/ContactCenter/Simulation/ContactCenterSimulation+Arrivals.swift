import CGSL
import DiscreteEvent
import Foundation

// Arrivals, abandonment and overflow (see ContactCenterSimulation.swift for the state).
extension ContactCenterSimulation {
    /// Schedules the next arrival of a channel after `t`: an exact non-homogeneous Poisson process with
    /// piecewise-constant rates (memorylessness lets each interval restart the exponential clock).
    mutating func scheduleNextArrival(channel c: Int, after start: Double) {
        guard arrivals < customerLimit else {
            nextArrival[c] = .infinity
            return
        }
        var t = start
        var i = Int(t / intervalLength)
        while i < model.intervalCount {
            let rate = rates[c * model.intervalCount + i]
            let end = horizonMode ? Double(i + 1) * intervalLength : Double.infinity
            if rate > 0 {
                let next = t - log(gsl_rng_uniform_pos(arrivalRNG[c])) / rate   // Exp(rate) by inversion, as Distribution.exponential
                if next < end {
                    nextArrival[c] = next
                    return
                }
            }
            t = end
            i += 1
        }
        nextArrival[c] = .infinity
    }

    mutating func refreshEarliestArrival() {
        earliestArrival = .infinity
        earliestChannel = -1
        for c in 0..<nextArrival.count where nextArrival[c] < earliestArrival {
            earliestArrival = nextArrival[c]
            earliestChannel = c
        }
    }

    mutating func arrive(channel c: Int) {
        arrivals += 1
        scheduleNextArrival(channel: c, after: now)
        if arrivals >= customerLimit { for k in 0..<nextArrival.count { nextArrival[k] = .infinity } }   // other channels too
        refreshEarliestArrival()
        let work = handleTime[c].sample(rng: handleRNG[c])
        let willingToWait = abandons[c] ? patience[c].sample(rng: patienceRNG[c]) : .infinity
        let measured = now >= warmup
        let i = interval(at: now)
        if measured {
            channelMeasures[c].offered += 1
            intervalMeasures[intervalSlot(c, i)].offered += 1
        }
        if let (agent, fromIdle) = policy.selectAgent(channel: c, arrival: now, now: now, state: routing) {
            claim(agent: Int(agent), fromIdle: fromIdle)
            startSession(agent: Int(agent), channel: c, work: work, arrival: now, measured: measured, interval: i)
            return
        }
        if measured { channelMeasures[c].waited += 1 }
        let id = newContact(channel: c, work: work, measured: measured, interval: i)
        touchQueue(c)
        routing.queues.append(Int32(id), to: c)
        routing.waiting[c] += 1
        if measured { measuredWaiting[c] += 1 }
        let generation = routing.contacts[id].generation
        if willingToWait.isFinite {
            calendar.schedule(at: now + willingToWait, priority: 2, payload: .abandon(contact: Int32(id), generation: generation))
        }
        var scheduledDelays: [Double] = []
        for k in routing.eligibility.positions(of: c) {
            let delay = routing.eligibility[k].overflowDelay
            guard delay > 0 && !scheduledDelays.contains(delay) else { continue }
            scheduledDelays.append(delay)
            calendar.schedule(at: now + delay, priority: 4, payload: .overflow(contact: Int32(id), generation: generation))
        }
    }

    mutating func newContact(channel c: Int, work: Double, measured: Bool, interval i: Int) -> Int {
        let id: Int
        if let free = routing.freeContacts.popLast() {
            id = Int(free)
        } else {
            id = routing.contacts.count
            routing.contacts.append(WaitingContact())
        }
        routing.contacts[id].channel = Int32(c)
        routing.contacts[id].arrival = now
        routing.contacts[id].work = work
        routing.contacts[id].generation &+= 1
        routing.contacts[id].waiting = true
        routing.contacts[id].measured = measured
        routing.contacts[id].interval = Int32(i)
        return id
    }

    /// Takes a waiting contact out of the waiting count (it stays in its queue until skipped).
    mutating func leaveQueue(contact id: Int) {
        let c = Int(routing.contacts[id].channel)
        touchQueue(c)
        routing.contacts[id].waiting = false
        routing.waiting[c] -= 1
        if routing.contacts[id].measured { measuredWaiting[c] -= 1 }
        if routing.waiting[c] == 0 && !blendedGroups.positions(of: c).isEmpty { emptiedChannels.append(Int32(c)) }
    }

    mutating func abandon(contact id: Int, generation: UInt32) {
        guard routing.contacts[id].generation == generation, routing.contacts[id].waiting else { return }
        let contact = routing.contacts[id]
        leaveQueue(contact: id)
        guard contact.measured else { return }
        let c = Int(contact.channel)
        channelMeasures[c].abandoned += 1
        channelMeasures[c].abandonedWaitSum += now - contact.arrival
        intervalMeasures[intervalSlot(c, Int(contact.interval))].abandoned += 1
        trace?.record(channel: c, arrival: contact.arrival, outcome: "abandoned", wait: now - contact.arrival,
                      handling: nil, group: nil)
    }

    mutating func overflow(contact id: Int, generation: UInt32) {
        guard routing.contacts[id].generation == generation, routing.contacts[id].waiting else { return }
        let contact = routing.contacts[id]
        let c = Int(contact.channel)
        guard let (agent, fromIdle) = policy.selectAgent(channel: c, arrival: contact.arrival, now: now, state: routing) else { return }
        leaveQueue(contact: id)
        claim(agent: Int(agent), fromIdle: fromIdle)
        startSession(agent: Int(agent), channel: c, work: contact.work, arrival: contact.arrival,
                     measured: contact.measured, interval: Int(contact.interval))
    }
}
