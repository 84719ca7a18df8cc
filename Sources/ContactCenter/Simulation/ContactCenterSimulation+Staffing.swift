import DiscreteEvent

// Staffing changes at interval boundaries (see ContactCenterSimulation.swift for the state).
extension ContactCenterSimulation where Observer: ~Copyable {
    mutating func startInterval(_ i: Int) {
        observer.intervalEnded(currentInterval, now: now)
        if i >= model.intervalCount {
            finished = true
            return
        }
        currentInterval = i
        for g in model.groups.indices {
            let target = max(0, model.groups[g].staffing[i] - inMeeting[g])   // agents in a meeting stay away
            if target != staffed[g] { setStaffing(group: g, to: target) }
        }
    }

    /// Brings the agents on duty in a group to `target`: newcomers look for work at once; when
    /// staffing drops, idle agents leave first (most recently idle first) and busy ones finish, then leave.
    mutating func setStaffing(group g: Int, to target: Int) {
        let before = present[g]
        if target > staffed[g] {
            for a in groupAgents[g] where staffed[g] < target && floor.agents[Int(a)].leaving {
                floor.agents[Int(a)].leaving = false
                staffed[g] += 1
                updatePartial(agent: Int(a))
            }
            var newcomers: [Int] = []
            while staffed[g] < target {
                let a: Int
                if let free = offDuty[g].popLast() {
                    a = Int(free)
                } else {
                    a = floor.agents.count
                    floor.agents.append(AgentState(group: Int32(g)))
                    sessions.append(repeating: -1, count: maxSessions)
                    completions.reserveOwners(floor.agents.count)
                    groupAgents[g].append(Int32(a))
                }
                floor.agents[a].onDuty = true
                staffed[g] += 1
                present[g] += 1
                newcomers.append(a)
            }
            if present[g] != before { observer.agentsPresent(group: g, count: present[g], now: now) }
            for a in newcomers { findWork(agent: a) }
        } else if target < staffed[g] {
            while staffed[g] > target, let a = floor.idle.popLast(from: g) {
                floor.agents[Int(a)].isIdle = false
                staffed[g] -= 1
                goOffDuty(agent: Int(a))
            }
            for a in groupAgents[g] where staffed[g] > target {
                let agent = floor.agents[Int(a)]
                guard agent.onDuty, !agent.leaving, agent.sessions > 0 else { continue }
                floor.agents[Int(a)].leaving = true
                staffed[g] -= 1
                updatePartial(agent: Int(a))
            }
        }
    }

    mutating func goOffDuty(agent a: Int) {
        let g = Int(floor.agents[a].group)
        floor.agents[a].onDuty = false
        floor.agents[a].leaving = false
        present[g] -= 1
        offDuty[g].append(Int32(a))
        observer.agentsPresent(group: g, count: present[g], now: now)
    }
}
