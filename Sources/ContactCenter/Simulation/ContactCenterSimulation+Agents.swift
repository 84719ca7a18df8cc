import CGSL
import DiscreteEvent
import Foundation

// Agents: sessions, chat processor sharing, finding work (see ContactCenterSimulation.swift for the state).
extension ContactCenterSimulation {
    /// Removes a selected agent from the idle or partial list it was chosen from.
    mutating func claim(agent a: Int, fromIdle: Bool) {
        let g = Int(routing.agents[a].group)
        if fromIdle {
            // The policy picks the head of some group's idle list (longest idle).
            routing.idle.remove(Int32(a), from: g)
        }
    }

    mutating func startSession(agent a: Int, channel c: Int, work: Double, arrival: Double, measured: Bool, interval i: Int) {
        if routing.agents[a].sessions == 0 { routing.agents[a].busySince = now }
        let wait = now - arrival
        if measured {
            channelMeasures[c].answered += 1
            channelMeasures[c].answeredWaitSum += wait
            channelMeasures[c].answeredWaits.add(wait)
            intervalMeasures[intervalSlot(c, i)].answered += 1
            if wait <= target[c] {
                channelMeasures[c].answeredWithinTarget += 1
                intervalMeasures[intervalSlot(c, i)].answeredWithinTarget += 1
            }
        }
        let base = a * maxSessions
        if !routing.chat[c] {
            routing.agents[a].exclusive = true
            routing.agents[a].sessions = 1
            sessions[base].channel = Int32(c)
            sessions[base].generation &+= 1
            sessions[base].measured = measured
            sessions[base].arrival = arrival
            sessions[base].answered = now
            calendar.schedule(at: now + work, priority: 1,
                              payload: .sessionEnd(agent: Int32(a), slot: 0, generation: sessions[base].generation))
            return
        }
        let before = Int(routing.agents[a].sessions)
        advanceChatSessions(agent: a, openSessions: before)
        var slot = 0
        while sessions[base + slot].channel >= 0 { slot += 1 }
        sessions[base + slot].channel = Int32(c)
        sessions[base + slot].remaining = work
        sessions[base + slot].since = now
        sessions[base + slot].measured = measured
        sessions[base + slot].arrival = arrival
        sessions[base + slot].answered = now
        routing.agents[a].sessions += 1
        rescheduleChatSessions(agent: a)
        updatePartial(agent: a)
    }

    mutating func endSession(agent a: Int, slot: Int, generation: UInt32) {
        let index = a * maxSessions + slot
        guard sessions[index].generation == generation, sessions[index].channel >= 0 else { return }
        let c = Int(sessions[index].channel)
        let g = Int(routing.agents[a].group)
        if sessions[index].measured {
            channelMeasures[c].handled += 1
            channelMeasures[c].serviceArea += now - sessions[index].answered
            let s = sessions[index]
            trace?.record(channel: c, arrival: s.arrival, outcome: "handled", wait: s.answered - s.arrival,
                          handling: now - s.answered, group: g)
        }
        if now >= warmup { groupMeasures[g].handled += 1 }
        let wasChat = routing.chat[c]
        if wasChat { advanceChatSessions(agent: a, openSessions: Int(routing.agents[a].sessions)) }
        sessions[index].channel = -1
        sessions[index].generation &+= 1
        routing.agents[a].sessions -= 1
        if routing.agents[a].sessions == 0 {
            let from = max(routing.agents[a].busySince, warmup)
            if now > from { groupMeasures[g].busySeconds += now - from }
            routing.agents[a].exclusive = false
        } else if wasChat {
            rescheduleChatSessions(agent: a)
        }
        updatePartial(agent: a)
        findWork(agent: a)
    }

    /// Brings the remaining work of an agent's chat sessions up to now, at the speed of `m` open sessions.
    mutating func advanceChatSessions(agent a: Int, openSessions m: Int) {
        guard m > 0 else { return }
        let base = a * maxSessions
        for s in base..<(base + maxSessions) where sessions[s].channel >= 0 {
            let speed = 1 / (1 + slowdown[Int(sessions[s].channel)] * Double(m - 1))
            sessions[s].remaining = max(0, sessions[s].remaining - (now - sessions[s].since) * speed)
            sessions[s].since = now
        }
    }

    /// Schedules the end of every open chat session of an agent at the current number of sessions.
    mutating func rescheduleChatSessions(agent a: Int) {
        let m = Double(routing.agents[a].sessions)
        let base = a * maxSessions
        for s in 0..<maxSessions where sessions[base + s].channel >= 0 {
            let speed = 1 / (1 + slowdown[Int(sessions[base + s].channel)] * (m - 1))
            sessions[base + s].generation &+= 1
            calendar.schedule(at: now + sessions[base + s].remaining / speed, priority: 1,
                              payload: .sessionEnd(agent: Int32(a), slot: Int32(s), generation: sessions[base + s].generation))
        }
    }

    /// Keeps the agent in its group's list of chat agents with room, or out of it.
    mutating func updatePartial(agent a: Int) {
        let g = Int(routing.agents[a].group)
        let agent = routing.agents[a]
        let shouldBe = agent.onDuty && !agent.leaving && !agent.exclusive && agent.sessions > 0
            && agent.sessions < maxChatConcurrency[g]
        let index = Int(agent.partialIndex)
        if shouldBe && index < 0 {
            routing.agents[a].partialIndex = Int32(routing.partial[g].count)
            routing.partial[g].append(Int32(a))
        } else if !shouldBe && index >= 0 {
            let last = routing.partial[g].removeLast()
            if Int(last) != a {
                routing.partial[g][index] = last
                routing.agents[Int(last)].partialIndex = Int32(index)
            }
            routing.agents[a].partialIndex = -1
        }
    }

    /// A freed (or newly arrived) agent looks for work by skill priority, oldest contact first.
    mutating func findWork(agent a: Int) {
        let g = Int(routing.agents[a].group)
        if routing.agents[a].leaving {
            if routing.agents[a].sessions == 0 { goOffDuty(agent: a) }
            return
        }
        for k in policy.contacts.skillsToServe(group: g, state: routing) {
            let skill = routing.skillOrder[k]
            let c = skill.channel
            while canTake(agent: a, channel: c, concurrency: skill.concurrency) {
                if !routing.realTime[c] && routing.agents[a].sessions == 0
                    && !policy.blending.mayStartDeferred(group: g, otherIdleAgents: routing.idle.count(g), state: routing) {
                    break
                }
                guard let id = routing.takeOldest(c, waitedAtLeast: skill.overflowDelay, now: now) else { break }
                let contact = routing.contacts[Int(id)]
                leaveQueue(contact: Int(id))
                routing.freeContacts.append(id)
                startSession(agent: a, channel: c, work: contact.work, arrival: contact.arrival,
                             measured: contact.measured, interval: Int(contact.interval))
            }
        }
        if routing.agents[a].sessions == 0 {
            routing.agents[a].idleSince = now
            routing.idle.append(Int32(a), to: g)
        }
    }

    func canTake(agent a: Int, channel c: Int, concurrency: Int) -> Bool {
        let agent = routing.agents[a]
        if agent.sessions == 0 { return true }
        if agent.exclusive || !routing.chat[c] { return false }
        return Int(agent.sessions) < concurrency
    }

    /// Work conservation under blending: a real-time queue has emptied (its last contact was
    /// answered elsewhere or abandoned), so idle agents of the groups that were holding back for it
    /// may now start deferred work, oldest first, as far as the blending rule allows. Without this
    /// they would wait for their next contact to end or for new deferred work to arrive.
    mutating func releaseDeferredWork() {
        while let c = emptiedChannels.popLast() {
            for k in blendedGroups.positions(of: Int(c)) {
                let g = Int(blendedGroups[k])
                while let a = routing.idle.first(g),
                      policy.blending.mayStartDeferred(group: g, otherIdleAgents: routing.idle.count(g) - 1, state: routing),
                      routing.deferredWorkWaiting(forGroup: g, now: now) {
                    routing.idle.removeFirst(from: g)
                    findWork(agent: Int(a))
                }
            }
        }
    }

    /// Whether an idle agent (or a chat agent with room) could start a waiting contact that the
    /// routing rules let it take now: work conservation, which tests check after every event.
    mutating func idleAgentCouldStartWork() -> Bool {
        for g in model.groups.indices {
            let idle = routing.idle.count(g)
            let consent = idle > 0
                && policy.blending.mayStartDeferred(group: g, otherIdleAgents: idle - 1, state: routing)
            for k in routing.skillOrder.positions(of: g) {
                let skill = routing.skillOrder[k]
                guard let id = routing.oldestWaiting(skill.channel),
                      OverflowRule.allows(delay: skill.overflowDelay, arrival: routing.contacts[Int(id)].arrival, now: now)
                else { continue }
                if routing.realTime[skill.channel] {
                    if idle > 0 { return true }
                    if routing.chat[skill.channel], routing.partial[g].contains(where: {
                        !routing.agents[Int($0)].leaving && Int(routing.agents[Int($0)].sessions) < skill.concurrency
                    }) { return true }
                } else if consent {
                    return true
                }
            }
        }
        return false
    }
}
