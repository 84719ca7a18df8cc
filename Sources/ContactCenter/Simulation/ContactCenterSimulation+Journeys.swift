import DiscreteEvent
import Foundation

// Customer journeys (see ContactCenterSimulation.swift for the state, Model/Journeys.swift for the rules):
// after each outcome the customer may come back, on the same channel or another, through `admit`.
extension ContactCenterSimulation where Observer: ~Copyable {
    /// A new customer's journey; nil when the website resolved the need before any contact.
    mutating func startJourney(customer: Int, channel c: Int) -> Int? {
        var journey = Journey(customer: customer, longestWait: 0, started: now, ended: .nan,
                              choices: Journey.choiceSeed(replicationKey: journeyKey, customer: customer),
                              firstChannel: Int16(c), lastChannel: Int16(c), contacts: 1, abandoned: 0, unanswered: 0,
                              unresolved: 0, transfers: 0, callbacks: 0, state: .open, measured: now >= warmup,
                              multichannel: false, pending: false)
        if journeyRules.webResolves > 0 && journey.uniform() < journeyRules.webResolves {
            journey.firstChannel = -1
            journey.contacts = 0
            journey.state = .resolved
            journey.ended = now
            observer.journeyEnded(journey, now: now)
            return nil
        }
        return journeys.add(journey)
    }

    /// Whether handling the contact resolved the need, or passed it on: the customer's own draws
    /// decide a transfer (`transferred` rule of the channel), then resolution (the group's or the
    /// channel's rate; a repeat contact without the customer's history resolves less often by the
    /// model's change). Returns the transfer rule when the contact is passed on, otherwise -1.
    mutating func decideResolution(contact row: Int) -> Int {
        let j = Int(floor.contacts[row].journey)
        let c = Int(floor.contacts[row].channel), g = Int(floor.contacts[row].group)
        let transfer = journeyRules.rule(after: .transferred, channel: c)
        if transfer >= 0 && journeys[j].uniform() < journeyRules.probability(transfer) {
            floor.contacts[row].resolved = false
            return transfer
        }
        var rate = journeyRules.resolution(group: g, channel: c)
        if floor.contacts[row].attempt > 1 && !floor.contacts[row].withContext { rate += journeyRules.repeatResolutionChange }
        floor.contacts[row].resolved = !floor.contacts[row].unreachable && journeys[j].uniform() < min(1, max(0, rate))
        return -1
    }

    /// After a handled contact: the journey ends resolved, or the customer is passed on or comes back.
    mutating func afterHandled(contact row: Int, transfer: Int) {
        let j = Int(floor.contacts[row].journey)
        noteWait(of: row, in: j)
        if transfer >= 0 {
            journeys[j].transfers += 1
            scheduleNext(journey: j, rule: transfer, cause: .transferred,
                         withContext: journeyRules.withContext(transfer) || journeyRules.sharedHistory)
        } else if floor.contacts[row].resolved {
            endJourney(j, .resolved)
        } else {
            journeys[j].unresolved += 1
            comeBack(journey: j, after: .unresolved, channel: Int(floor.contacts[row].channel))
        }
    }

    /// After an abandoned (real-time) or unanswered (deferred) contact.
    mutating func journeyAfter(_ outcome: JourneyModel.Outcome, contact row: Int) {
        let j = Int(floor.contacts[row].journey)
        guard j >= 0 else { return }
        noteWait(of: row, in: j)
        if outcome == .abandoned { journeys[j].abandoned += 1 } else { journeys[j].unanswered += 1 }
        comeBack(journey: j, after: outcome, channel: Int(floor.contacts[row].channel))
    }

    mutating func noteWait(of row: Int, in j: Int) {
        journeys[j].longestWait = max(journeys[j].longestWait, floor.contacts[row].wait(at: now))
    }

    /// The customer tries again (the outcome's rule for the channel, the customer's draw, attempts
    /// left), or the journey is lost.
    mutating func comeBack(journey j: Int, after outcome: JourneyModel.Outcome, channel c: Int) {
        let rule = journeyRules.rule(after: outcome, channel: c)
        if rule >= 0 && journeys[j].uniform() < journeyRules.probability(rule) {
            scheduleNext(journey: j, rule: rule, cause: outcome, withContext: journeyRules.sharedHistory)
        } else {
            endJourney(j, .lost)
        }
    }

    /// Schedules the journey's next contact on a destination drawn from the rule, after its delay
    /// (moved into the first two hours after the channel's next opening when it would fall while
    /// the channel is closed); a
    /// journey out of attempts is lost instead.
    mutating func scheduleNext(journey j: Int, rule: Int, cause: JourneyModel.Outcome, withContext: Bool) {
        guard Int(journeys[j].contacts) < journeyRules.maxAttempts else {
            endJourney(j, .lost)
            return
        }
        let destination = journeyRules.destination(rule, journeys[j].uniform())
        let delay: Double
        let mean = journeyRules.exponentialMean(rule)
        if !mean.isNaN {
            delay = -mean * log(1 - journeys[j].uniform())
        } else {
            delay = journeyRules.sampleDelay(rule, from: journeyDelayRNG[destination])
        }
        let due = now + delay
        let hours = openingHours[destination]
        var at = nextOpening(channel: destination, after: due)
        if at > due {
            // Customers who would come back while the channel is closed come back in its first two
            // open hours, spread evenly, rather than all at the opening instant.
            at += journeys[j].uniform() * min(Self.reopeningSpread, hours.close - hours.open)
        }
        journeys[j].pending = true
        journeys[j].nextChannel = Int16(destination)
        journeys[j].nextCause = cause
        journeys[j].nextWithContext = withContext
        if horizonMode && at >= model.horizon { return }   // comes back after the horizon: open at the end
        scheduleJourneyContact(j, at: at)
    }

    /// How long after a channel opens the customers who tried while it was closed come back (spread evenly).
    static var reopeningSpread: Double { 7200 }

    /// The first time at or after `t` when channel `c` is open: in its daily hours, and for a
    /// real-time channel on a day the center is not closed (a closed weekday or a holiday has no
    /// real-time contacts; deferred work still arrives then).
    func nextOpening(channel c: Int, after t: Double) -> Double {
        var at = Self.nextOpening(openingHours[c], after: t)
        guard floor.realTime[c] else { return at }
        var day = Int((at / 86400).rounded(.down))
        while model.calendar.isClosed(day) {
            day += 1
            at = Self.nextOpening(openingHours[c], after: Double(day) * 86400)
        }
        return at
    }

    /// The first time at or after `t` when a channel open `hours` is open.
    static func nextOpening(_ hours: OpeningHours, after t: Double) -> Double {
        guard hours.open > 0 || hours.close < 86400 else { return t }
        let day = (t / 86400).rounded(.down) * 86400
        let secondOfDay = t - day
        if secondOfDay < hours.open { return day + hours.open }
        if secondOfDay >= hours.close { return day + 86400 + hours.open }
        return t
    }

    /// A journey's next contact is due: drawn from the repeat streams, slowed by context loss
    /// unless it carries the customer's history, and admitted like any other.
    mutating func journeyContactDue(journey j: Int) {
        journeys[j].pending = false
        let c = Int(journeys[j].nextChannel), cause = journeys[j].nextCause, withContext = journeys[j].nextWithContext
        let previous = Int(journeys[j].lastChannel)
        var work = handleTime[c].sample(from: repeatHandleRNG[c])
        if !withContext {
            work *= 1 + (previous == c ? journeyRules.sameChannelPenalty : journeyRules.crossChannelPenalty)
        }
        let willingToWait = hasWaitLimit[c] ? waitLimit[c].sample(from: repeatPatienceRNG[c]) : .infinity
        journeys[j].contacts += 1
        if previous != c { journeys[j].multichannel = true }
        journeys[j].lastChannel = Int16(c)
        let row = floor.contacts.add(customer: journeys[j].customer, attempt: Int32(journeys[j].contacts),
                                     origin: cause == .transferred ? .transfer : .retry, channel: c,
                                     interval: interval(at: now), measured: now >= warmup, arrival: now, work: work,
                                     patience: willingToWait)
        floor.contacts[row].journey = Int32(j)
        floor.contacts[row].cause = cause
        floor.contacts[row].withContext = withContext
        admit(row)
    }

    /// A waiting caller is offered a call-back and, by the customer's draw, accepts: the call leaves
    /// the queue and a call-back is admitted on the call-back channel (outbound work carrying the
    /// caller's context; by the customer's draw it reaches them, or its work is the attempt).
    /// Returns whether the caller accepted.
    mutating func offerCallback(contact row: Int) -> Bool {
        let c = Int(floor.contacts[row].channel), j = Int(floor.contacts[row].journey)
        guard j >= 0, let rule = callbackRules[c], journeys[j].uniform() < rule.accept else { return false }
        timers.remove(row)
        leaveQueue(contact: row)
        floor.contacts[row].state = .calledBack
        floor.contacts[row].ended = now
        observer.calledBack(floor.contacts.address(of: row).pointee, now: now)
        noteWait(of: row, in: j)
        conclude(contact: row)
        let reaches = journeys[j].uniform() < rule.reach
        let callback = rule.callbackChannel
        let work = reaches ? handleTime[c].sample(from: repeatHandleRNG[c]) : rule.attemptTime
        journeys[j].contacts += 1
        journeys[j].callbacks += 1
        let next = floor.contacts.add(customer: journeys[j].customer, attempt: Int32(journeys[j].contacts), origin: .callback, channel: callback,
                                      interval: interval(at: now), measured: now >= warmup, arrival: now, work: work, patience: .infinity)
        floor.contacts[next].journey = Int32(j)
        floor.contacts[next].withContext = true
        floor.contacts[next].unreachable = !reaches
        admit(next)
        return true
    }

    /// The journey is over: resolved or lost.
    mutating func endJourney(_ j: Int, _ state: JourneyState) {
        journeys[j].state = state
        journeys[j].ended = now
        observer.journeyEnded(journeys.address(of: j).pointee, now: now)
        journeys.release(j)
    }
}
