/// The observer behind the journey measures: journeys started, resolved, lost or open at the
/// end, contacts per resolved journey, channels used, times to resolution, and per channel first
/// contacts, first-contact resolution and repeat contacts with their workload. Counts journeys
/// (and contacts) that started after the warm-up.
struct JourneyCollector: SimulationObserver {
    var measures: JourneyMeasures
    var resolutionTimes: [Double] = []
    let churn: EconomicsModel.Churn?

    init(channels: Int, churn: EconomicsModel.Churn?) {
        measures = JourneyMeasures(channels: channels)
        self.churn = churn
    }

    mutating func admitted(_ contact: borrowing Contact, now: Double) {
        guard contact.measured else { return }
        let c = Int(contact.channel)
        if contact.attempt == 1 { measures.channels[c].firstContacts += 1 } else { measures.channels[c].repeatContacts += 1 }
        if let cause = contact.cause { measures.channels[c].repeatsByCause[OutcomeRules.index(cause)] += 1 }
    }

    mutating func calledBack(_ contact: borrowing Contact, now: Double) {
        if contact.measured { measures.channels[Int(contact.channel)].callbacksRequested += 1 }
    }

    mutating func completed(_ contact: borrowing Contact, now: Double) {
        guard contact.measured else { return }
        let c = Int(contact.channel), attempt = contact.attempt, resolved = contact.resolved
        if attempt == 1 && resolved { measures.channels[c].firstContactsResolved += 1 }
        measures.channels[c].completed += 1
        if resolved { measures.channels[c].completedResolved += 1 }
        if attempt > 1 { measures.channels[c].repeatWorkSeconds += contact.agentSeconds }
    }

    mutating func unfinished(_ contact: borrowing Contact, now: Double) {
        let measured = contact.measured, attempt = contact.attempt, state = contact.state
        if measured && attempt > 1 && state == .inService {
            measures.channels[Int(contact.channel)].repeatWorkSeconds += contact.agentSeconds
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

    mutating func count(_ journey: borrowing Journey) {
        measures.started += 1
        if let churn { measures.churnSum += churn.probability(journey) }
        if journey.contacts > 0 { measures.withContact += 1 }
        if journey.multichannel { measures.multichannel += 1 }
        measures.transfers += Int(journey.transfers)
    }

    /// The measures, the 90th percentile of the times to resolution computed at the end.
    func result() -> JourneyMeasures {
        var out = measures
        if !resolutionTimes.isEmpty {
            var times = resolutionTimes
            out.resolutionTimeP90 = times.selectOrderStatistic(min(times.count - 1, Int((0.9 * Double(times.count)).rounded(.up)) - 1))
        }
        return out
    }
}
