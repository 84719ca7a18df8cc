/// The observer behind the journey measures: journeys started, resolved, lost or open at the
/// end, contacts per resolved journey, channels used, times to resolution, and per channel first
/// contacts, first-contact resolution and repeat contacts with their workload. Counts journeys
/// (and contacts) that started after the warm-up.
///
/// The per-channel counts live in a ``StateTable`` of flat records, like ``MeasureCollector``'s:
/// updating `JourneyMeasures.channels[c].repeatsByCause[k]` in place asked the runtime twice
/// whether an array was uniquely referenced, on every contact.
struct JourneyCollector: SimulationObserver, ~Copyable {
    /// One channel's counts (``JourneyMeasures/Channel`` without its array).
    struct ChannelCounts {
        var firstContacts = 0
        var firstContactsResolved = 0
        var repeatContacts = 0
        var repeatWorkSeconds = 0.0
        var callbacksRequested = 0
        /// Repeat contacts by the outcome that brought the customer back.
        var afterAbandoned = 0
        var afterUnanswered = 0
        var afterUnresolved = 0
        var transfersIn = 0
        var completed = 0
        var completedResolved = 0

        mutating func countRepeat(after cause: JourneyModel.Outcome) {
            switch cause {
            case .abandoned: afterAbandoned += 1
            case .unanswered: afterUnanswered += 1
            case .unresolved: afterUnresolved += 1
            case .transferred: transfersIn += 1
            }
        }

        var measures: JourneyMeasures.Channel {
            var out = JourneyMeasures.Channel()
            out.firstContacts = firstContacts
            out.firstContactsResolved = firstContactsResolved
            out.repeatContacts = repeatContacts
            out.repeatWorkSeconds = repeatWorkSeconds
            out.callbacksRequested = callbacksRequested
            out.repeatsByCause = [afterAbandoned, afterUnanswered, afterUnresolved, transfersIn]
            out.completed = completed
            out.completedResolved = completedResolved
            return out
        }
    }

    /// The journey-level counts (their `channels` stay empty until ``result()``).
    var measures: JourneyMeasures
    var channels: StateTable<ChannelCounts>
    var resolutionTimes = StateTable<Double>()
    let churn: EconomicsModel.Churn
    let hasChurn: Bool

    init(channels: Int, churn: EconomicsModel.Churn?) {
        measures = JourneyMeasures(channels: 0)
        self.channels = StateTable(repeating: ChannelCounts(), count: channels)
        self.churn = churn ?? EconomicsModel.Churn()
        hasChurn = churn != nil
    }

    @inline(__always)
    mutating func admitted(_ contact: borrowing Contact, now: Double) {
        guard contact.measured else { return }
        let c = Int(contact.channel)
        if contact.attempt == 1 { channels[c].firstContacts += 1 } else { channels[c].repeatContacts += 1 }
        if let cause = contact.cause { channels[c].countRepeat(after: cause) }
    }

    mutating func calledBack(_ contact: borrowing Contact, now: Double) {
        if contact.measured { channels[Int(contact.channel)].callbacksRequested += 1 }
    }

    @inline(__always)
    mutating func completed(_ contact: borrowing Contact, now: Double) {
        guard contact.measured else { return }
        let c = Int(contact.channel), attempt = contact.attempt, resolved = contact.resolved
        if attempt == 1 && resolved { channels[c].firstContactsResolved += 1 }
        channels[c].completed += 1
        if resolved { channels[c].completedResolved += 1 }
        if attempt > 1 { channels[c].repeatWorkSeconds += contact.agentSeconds }
    }

    mutating func unfinished(_ contact: borrowing Contact, now: Double) {
        let measured = contact.measured, attempt = contact.attempt, state = contact.state
        if measured && attempt > 1 && state == .inService {
            channels[Int(contact.channel)].repeatWorkSeconds += contact.agentSeconds
        }
    }

    mutating func journeyEnded(_ journey: borrowing Journey, now: Double) {
        guard journey.measured else { return }
        count(journey)
        if journey.state == .resolved {
            measures.resolved += 1
            if journey.firstChannel < 0 {
                measures.resolvedByWeb += 1
            } else {
                measures.contactsOfResolved += Int(journey.contacts)
                measures.resolutionTimeSum += journey.ended - journey.started
                resolutionTimes.append(journey.ended - journey.started)
            }
        } else {
            measures.lost += 1
        }
    }

    mutating func journeyOpen(_ journey: borrowing Journey, now: Double) {
        guard journey.measured else { return }
        count(journey)
        measures.openAtEnd += 1
    }

    @inline(__always)
    mutating func count(_ journey: borrowing Journey) {
        measures.started += 1
        if hasChurn { measures.churnSum += churn.probability(journey) }
        if journey.contacts > 0 { measures.withContact += 1 }
        if journey.multichannel { measures.multichannel += 1 }
        measures.transfers += Int(journey.transfers)
    }

    /// The measures, the 90th percentile of the times to resolution computed at the end.
    func result() -> JourneyMeasures {
        var out = measures
        out.channels = channels.array.map(\.measures)
        if !resolutionTimes.isEmpty {
            var times = resolutionTimes.array
            out.resolutionTimeP90 = times.selectOrderStatistic(min(times.count - 1, Int((0.9 * Double(times.count)).rounded(.up)) - 1))
        }
        return out
    }
}
