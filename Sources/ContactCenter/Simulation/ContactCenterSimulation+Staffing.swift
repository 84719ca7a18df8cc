import CGSL
import DiscreteEvent
import Foundation

// Staffing changes at interval boundaries (see ContactCenterSimulation.swift for the state).
extension ContactCenterSimulation {
    mutating func startInterval(_ i: Int) {
        for c in model.channels.indices {
            touchQueue(c)
            intervalMeasures[intervalSlot(c, currentInterval)].queueArea = intervalQueueArea[c]
            intervalMeasures[intervalSlot(c, currentInterval)].backlogAtEnd = routing.waiting[c]
            intervalQueueArea[c] = 0
        }
        if i >= model.intervalCount {
            finished = true
            return
        }
        currentInterval = i
        for g in model.groups.indices where model.groups[g].staffing[i] != staffed[g] {
            setStaffing(group: g, to: model.groups[g].staffing[i])
        }
    }

    /// Brings the agents on duty in a group to `target`: newcomers look for work at once; when
    /// staffing drops, idle agents leave first (most recently idle first) and busy ones finish, then leave.
    mutating func setStaffing(group g: Int, to target: Int) {
        touchGroup(g)
        if target > staffed[g] {
            for a in groupAgents[g] where staffed[g] < target && routing.agents[Int(a)].leaving {
                routing.agents[Int(a)].leaving = false
                staffed[g] += 1
                updatePartial(agent: Int(a))
            }
            while staffed[g] < target {
                let a: Int
                if let free = offDuty[g].popLast() {
                    a = Int(free)
                } else {
                    a = routing.agents.count
                    routing.agents.append(AgentState(group: Int32(g)))
                    sessions.append(repeating: Session(), count: maxSessions)
                    groupAgents[g].append(Int32(a))
                }
                routing.agents[a].onDuty = true
                staffed[g] += 1
                present[g] += 1
                findWork(agent: a)
            }
        } else if target < staffed[g] {
            while staffed[g] > target, let a = routing.idle.popLast(from: g) {
                staffed[g] -= 1
                goOffDuty(agent: Int(a))
            }
            for a in groupAgents[g] where staffed[g] > target {
                let agent = routing.agents[Int(a)]
                guard agent.onDuty, !agent.leaving, agent.sessions > 0 else { continue }
                routing.agents[Int(a)].leaving = true
                staffed[g] -= 1
                updatePartial(agent: Int(a))
            }
        }
    }

    mutating func goOffDuty(agent a: Int) {
        let g = Int(routing.agents[a].group)
        touchGroup(g)
        routing.agents[a].onDuty = false
        routing.agents[a].leaving = false
        present[g] -= 1
        offDuty[g].append(Int32(a))
    }
}
