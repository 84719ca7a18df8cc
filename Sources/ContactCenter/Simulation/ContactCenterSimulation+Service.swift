import DiscreteEvent
import GSL

// Sessions, chat processor sharing and freed agents (see ContactCenterSimulation.swift for the state).
extension ContactCenterSimulation where Observer: ~Copyable {
    /// Agent `a` starts on contact `row` (already out of any queue).
    mutating func startSession(agent a: Int, contact row: Int) {
        let g = Int(floor.agents[a].group)
        if floor.agents[a].isIdle {
            floor.idle.remove(Int32(a), from: g)   // O(1) for the longest idle agent, the usual choice
            floor.agents[a].isIdle = false
            // The next longest idle agent is the router's likely next choice: start loading its record.
            if prefetches, let next = floor.idle.first(g) { prefetch(floor.agents.withAddress(of: Int(next))) }
        }
        floor.contacts[row].state = .inService
        floor.contacts[row].answered = now
        floor.contacts[row].agent = Int32(a)
        floor.contacts[row].group = Int32(g)
        // The journey's row was last touched when the customer arrived (for an email, maybe days
        // ago); the session's end reads it: start loading it now.
        if hasJourneys, floor.contacts[row].journey >= 0 { prefetch(journeys.address(of: Int(floor.contacts[row].journey))) }
        observer.answered(floor.contacts.address(of: row).pointee, now: now)
        let c = Int(floor.contacts[row].channel)
        let base = a * maxSessions
        if !floor.chat[c] {
            floor.agents[a].exclusive = true
            floor.agents[a].sessions = 1
            floor.agents[a].creditedUntil = now
            floor.agents[a].completingSlot = 0
            floor.agents[a].exclusiveContact = Int32(row)
            exclusiveCompletions.insert(a, key: EventKey(time: now + floor.contacts[row].work,
                                                         priority: EventPriority.completion.rawValue,
                                                         sequence: calendar.takeSequence()))
            return
        }
        creditAgentTime(agent: a)
        var slot = 0
        while sessions[base + slot] >= 0 { slot += 1 }
        sessions[base + slot] = Int32(row)
        floor.contacts[row].remaining = floor.contacts[row].work
        floor.contacts[row].since = now
        floor.agents[a].sessions += 1
        scheduleCompletion(agent: a)
        updatePartial(agent: a)
    }

    /// The agent's first session to end has ended: the contact is handled, and the agent looks for work.
    mutating func completeSession(agent a: Int) {
        let exclusive = floor.agents[a].exclusive
        let index = exclusive ? -1 : a * maxSessions + Int(floor.agents[a].completingSlot)
        let row = exclusive ? Int(floor.agents[a].exclusiveContact) : Int(sessions[index])
        // Deciding the journey's next step reads its row, last touched when the contact arrived:
        // start loading it before crediting the agent's time.
        if hasJourneys && floor.contacts[row].journey >= 0 { prefetch(journeys.address(of: Int(floor.contacts[row].journey))) }
        creditAgentTime(agent: a)
        if exclusive {
            floor.agents[a].exclusiveContact = -1
        } else {
            sessions[index] = -1
        }
        floor.agents[a].sessions -= 1
        if floor.agents[a].sessions == 0 {
            floor.agents[a].exclusive = false
            floor.agents[a].completingSlot = -1
        } else {
            scheduleCompletion(agent: a)
        }
        floor.contacts[row].state = .handled
        floor.contacts[row].ended = now
        let transfer = hasJourneys ? decideResolution(contact: row) : -1
        observer.completed(floor.contacts.address(of: row).pointee, now: now)
        if hasJourneys { afterHandled(contact: row, transfer: transfer) }
        conclude(contact: row)
        updatePartial(agent: a)
        findWork(agent: a)
    }

    /// Brings the agent's open sessions up to now: each chat session's remaining work advances at the
    /// speed of `m` open sessions, `1 / (1 + slowdown (m - 1))`, and the agent's time since it was last
    /// credited is shared equally among them (after the warm-up, and before the end of arrivals).
    mutating func creditAgentTime(agent a: Int) {
        let m = Int(floor.agents[a].sessions)
        guard m > 0 else {
            floor.agents[a].creditedUntil = now   // idle until now: nothing to credit
            return
        }
        let from = floor.agents[a].creditedUntil
        let share = (min(now, measuredUntil) - max(from, warmup)) / Double(m)
        let base = a * maxSessions
        if floor.agents[a].exclusive {
            let row = Int(floor.agents[a].exclusiveContact)
            if share > 0 { floor.contacts[row].agentSeconds += share }
        } else {
            for s in base..<(base + maxSessions) where sessions[s] >= 0 {
                let row = Int(sessions[s])
                let speed = 1 / (1 + slowdown[Int(floor.contacts[row].channel)] * Double(m - 1))
                floor.contacts[row].remaining = max(0, floor.contacts[row].remaining - (now - floor.contacts[row].since) * speed)
                floor.contacts[row].since = now
                if share > 0 { floor.contacts[row].agentSeconds += share }
            }
        }
        floor.agents[a].creditedUntil = now
    }

    /// Puts the agent's next session end (the chat session that finishes first at the current
    /// number of open sessions) in place of its previous one.
    mutating func scheduleCompletion(agent a: Int) {
        let m = Double(floor.agents[a].sessions)
        let base = a * maxSessions
        var first = Double.infinity
        var firstSlot = -1
        for s in 0..<maxSessions where sessions[base + s] >= 0 {
            let row = Int(sessions[base + s])
            let speed = 1 / (1 + slowdown[Int(floor.contacts[row].channel)] * (m - 1))
            let end = floor.contacts[row].remaining / speed
            if end < first {
                first = end
                firstSlot = s
            }
        }
        floor.agents[a].completingSlot = Int32(firstSlot)
        completions.set(a, key: EventKey(time: now + first, priority: EventPriority.completion.rawValue, sequence: calendar.takeSequence()))
    }

    /// Keeps the agent in its group's list of chat agents with room, or out of it.
    mutating func updatePartial(agent a: Int) {
        let g = Int(floor.agents[a].group)
        let agent = floor.agents[a]
        let shouldBe = agent.onDuty && !agent.leaving && !agent.exclusive && agent.sessions > 0
            && agent.sessions < maxChatConcurrency[g]
        let index = Int(agent.partialIndex)
        if shouldBe && index < 0 {
            floor.agents[a].partialIndex = Int32(floor.partial[g].count)
            floor.partial[g].append(Int32(a))
        } else if !shouldBe && index >= 0 {
            let last = floor.partial[g].removeLast()
            if Int(last) != a {
                floor.partial[g][index] = last
                floor.agents[Int(last)].partialIndex = Int32(index)
            }
            floor.agents[a].partialIndex = -1
        }
    }

    /// A freed (or newly arrived) agent asks the router for work until it has no room or the
    /// router has nothing for it; then, holding nothing, it joins its group's idle agents.
    mutating func findWork(agent a: Int) {
        if floor.agents[a].leaving {
            if floor.agents[a].sessions == 0 { goOffDuty(agent: a) }
            return
        }
        while let row = router.selectContact(for: a, on: floor) {
            checkChoice(agent: a, contact: row)
            take(contact: row)
            startSession(agent: a, contact: row)
        }
        if floor.agents[a].sessions == 0 && !floor.agents[a].isIdle {
            floor.agents[a].clock = now   // idle since now
            floor.agents[a].isIdle = true
            floor.idle.append(Int32(a), to: Int(floor.agents[a].group))
        }
    }

    /// Work conservation under blending: a real-time queue has emptied (its last contact was
    /// answered elsewhere or abandoned), so idle agents of the groups that were holding back for it
    /// ask the router again, longest idle first, while it has something for them. Without this they
    /// would wait for their next contact to end or for new work to arrive.
    mutating func releaseDeferredWork() {
        while let c = emptiedChannels.popLast() {
            for k in releasableGroups.positions(of: Int(c)) {
                let g = Int(releasableGroups[k])
                while let a = floor.idle.first(g), let row = router.selectContact(for: Int(a), on: floor) {
                    checkChoice(agent: Int(a), contact: row)
                    take(contact: row)
                    startSession(agent: Int(a), contact: row)
                    findWork(agent: Int(a))
                }
            }
        }
    }

    /// Whether an idle agent, or a chat agent with room, would take a waiting contact if asked
    /// (tests check after every event that none would: work conservation).
    mutating func idleAgentWouldTakeWork() -> Bool {
        for g in 0..<floor.groupCount {
            if let a = floor.idle.first(g), router.selectContact(for: Int(a), on: floor) != nil { return true }
            for a in floor.partial[g] where router.selectContact(for: Int(a), on: floor) != nil { return true }
        }
        return false
    }
}
