import DiscreteEvent
import Foundation
import GSL

// Arrivals, admission, waiting, overflow and abandonment (see ContactCenterSimulation.swift for the state).
extension ContactCenterSimulation where Observer: ~Copyable {
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
                let next = t - log(arrivalRNG[c].uniformPositive()) / rate   // Exp(rate) by inversion, as Distribution.exponential
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
        arrivalKey = earliestChannel >= 0 ? EventKey(time: earliestArrival, priority: EventPriority.arrival.rawValue, sequence: 0) : .never
    }

    /// A new customer arrives on channel `c`: its work and patience are drawn, and it is admitted.
    mutating func arrive(channel c: Int) {
        arrivals += 1
        scheduleNextArrival(channel: c, after: now)
        if arrivals >= customerLimit {
            for k in 0..<nextArrival.count { nextArrival[k] = .infinity }   // other channels too
            measuredUntil = now
            observer.arrivalsEnded(now: now)
        }
        refreshEarliestArrival()
        let work = handleTime[c].sample(from: handleRNG[c])
        let willingToWait = hasWaitLimit[c] ? waitLimit[c].sample(from: patienceRNG[c]) : .infinity
        // Customers are numbered in arrival order (not by contact id, which repeats and transfers
        // advance), so a customer keeps its number, and its own draws, whatever happened before it.
        let customer = arrivals - 1
        var journey = -1
        if hasJourneys {
            guard let j = startJourney(customer: customer, channel: c) else {
                floor.contacts.skipID()   // the website resolved the need: no contact (its id stays unused)
                return
            }
            journey = j
        }
        let row = floor.contacts.add(customer: customer, attempt: 1, origin: .new, channel: c, interval: interval(at: now),
                                     measured: now >= warmup, arrival: now, work: work, patience: willingToWait)
        if hasJourneys {
            floor.contacts[row].journey = Int32(journey)
            floor.contacts[row].withContext = journeyRules.sharedHistory
        }
        admit(row)
    }

    /// The one way into the center, whatever the contact's origin: the router picks an agent, or
    /// the contact waits in its channel's queue with its overflow and patience timers.
    mutating func admit(_ row: Int) {
        observer.admitted(floor.contacts.address(of: row).pointee, now: now)
        if let agent = router.selectAgent(for: row, on: floor) {
            checkChoice(agent: agent, contact: row)
            startSession(agent: agent, contact: row)
            return
        }
        let c = Int(floor.contacts[row].channel)
        floor.contacts[row].queued = true
        floor.contacts[row].inQueue = true
        floor.queues.append(Int32(row), to: c)
        floor.waiting[c] += 1
        observer.queued(floor.contacts.address(of: row).pointee, now: now)
        scheduleTimer(contact: row)
    }

    /// The routing policy must return an agent that can hold the contact; anything else is a bug in
    /// the policy, reported as such rather than left to corrupt the replication.
    ///
    /// (Methods of the simulation that run per contact are `mutating` even when they only read:
    /// a non-mutating method of this large non-copyable struct receives `self` by value, which
    /// copied its 1.2 kB on every call where the call was not inlined.)
    @inline(__always)
    mutating func checkChoice(agent a: Int, contact row: Int) {
        guard a >= 0, a < floor.agents.count, floor.contacts[row].state == .waiting,
              let skill = floor.skill(group: Int(floor.agents[a].group), channel: Int(floor.contacts[row].channel)),
              floor.hasRoom(agent: a, for: skill) else {
            Self.badChoice(agent: a, contact: row, routing: model.routing)
        }
    }

    static func badChoice(agent a: Int, contact row: Int, routing: RoutingSpecification) -> Never {
        fatalError("routing policy \(routing.agentSelection)/\(routing.contactSelection) chose agent \(a) "
                   + "for contact row \(row), which it cannot take")
    }

    /// Schedules a waiting contact's next timer: its next overflow moment or the end of its
    /// patience, whichever comes first (patience wins a tie, as abandonment ranks before overflow).
    mutating func scheduleTimer(contact row: Int) {
        let arrival = floor.contacts[row].arrival
        let delays = overflowDelays.positions(of: Int(floor.contacts[row].channel))
        let k = delays.lowerBound + Int(floor.contacts[row].nextOverflow)
        let overflowAt = k < delays.upperBound ? arrival + overflowDelays[k] : .infinity
        let patienceAt = arrival + floor.contacts[row].patience
        timers.reserveOwners(row + 1)
        let offerAt = floor.contacts[row].callbackOffered ? .infinity : arrival + callbackOfferAfter[Int(floor.contacts[row].channel)]
        if offerAt < patienceAt && offerAt < overflowAt {
            timers.set(row, key: EventKey(time: offerAt, priority: EventPriority.callbackOffer.rawValue, sequence: calendar.takeSequence()))
        } else if patienceAt <= overflowAt && patienceAt.isFinite {
            timers.set(row, key: EventKey(time: patienceAt, priority: EventPriority.abandonment.rawValue, sequence: calendar.takeSequence()))
        } else if overflowAt.isFinite {
            timers.set(row, key: EventKey(time: overflowAt, priority: EventPriority.overflow.rawValue, sequence: calendar.takeSequence()))
        }
    }

    /// A waiting contact's timer went off: it abandons, or a group whose overflow delay has now
    /// passed may take it.
    mutating func timerExpired(contact row: Int) {
        if floor.contacts[row].arrival + floor.contacts[row].patience <= now {
            abandon(contact: row)
            return
        }
        if !floor.contacts[row].callbackOffered && floor.contacts[row].arrival + callbackOfferAfter[Int(floor.contacts[row].channel)] <= now {
            floor.contacts[row].callbackOffered = true
            if !offerCallback(contact: row) { scheduleTimer(contact: row) }
            return
        }
        floor.contacts[row].nextOverflow += 1
        if let agent = router.selectAgent(for: row, on: floor) {
            checkChoice(agent: agent, contact: row)
            take(contact: row)
            startSession(agent: agent, contact: row)
        } else {
            scheduleTimer(contact: row)
        }
    }

    /// The customer gives up waiting (for deferred work: stops waiting for an answer, which goes unanswered).
    mutating func abandon(contact row: Int) {
        leaveQueue(contact: row)
        floor.contacts[row].state = .abandoned
        floor.contacts[row].ended = now
        observer.abandoned(floor.contacts.address(of: row).pointee, now: now)
        if hasJourneys {
            let outcome: JourneyModel.Outcome = floor.realTime[Int(floor.contacts[row].channel)] ? .abandoned : .unanswered
            journeyAfter(outcome, contact: row)
        }
        conclude(contact: row)
    }

    /// Takes a waiting contact out of its queue for service.
    mutating func take(contact row: Int) {
        timers.remove(row)
        leaveQueue(contact: row)
        floor.contacts[row].state = .inService
    }

    /// Out of the waiting count; the row stays in its queue (skipped when reached) unless it is at the front.
    mutating func leaveQueue(contact row: Int) {
        let c = Int(floor.contacts[row].channel)
        floor.contacts[row].state = .inService   // no longer waiting (the caller sets the final state)
        floor.waiting[c] -= 1
        cleanQueueFront(channel: c)
        if floor.waiting[c] == 0 && !releasableGroups.positions(of: c).isEmpty { emptiedChannels.append(Int32(c)) }
    }

    /// Drops contacts that are no longer waiting from the front of a queue, so its front is always
    /// a waiting contact (policies read it as the oldest); rows whose contact has left are reused.
    mutating func cleanQueueFront(channel c: Int) {
        while let front = floor.queues.first(c), floor.contacts[Int(front)].state != .waiting {
            floor.queues.removeFirst(from: c)
            floor.contacts[Int(front)].inQueue = false
            if floor.contacts[Int(front)].state.hasLeft { floor.contacts.release(Int(front)) }
        }
        // The next front's row is read when this one leaves, long after it was queued: start loading it.
        if let next = floor.queues.second(c) { prefetch(floor.contacts.address(of: Int(next))) }
    }

    /// A contact's outcome is final: its row is reused once no queue refers to it.
    mutating func conclude(contact row: Int) {
        if !floor.contacts[row].inQueue { floor.contacts.release(row) }
    }
}

extension ContactState {
    /// Handled or abandoned: the contact has left the center.
    var hasLeft: Bool { self == .handled || self == .abandoned || self == .calledBack }
}
