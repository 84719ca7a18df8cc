import Queueing

extension ContactCenterModel {
    /// The model with a call-back channel for every voice channel that offers call-backs
    /// (`journeys.callbacks`): a deferred channel `<voice>_callback` with no arrivals of its own, the
    /// voice channel's hours and handle time, and as target the call-back deadline; every group that
    /// answers the voice channel also makes its call-backs, as deferred work under the blending rule.
    /// Applied once the model and its scenario changes are complete, so moved or cross-trained
    /// agents make the call-backs of the voice channels they answer.
    public func withCallbackChannels() -> ContactCenterModel {
        guard var journeys, journeys.callbacks.contains(where: { $0 != nil }) else { return self }
        var model = self
        journeys.callbackParent = Array(repeating: -1, count: channels.count)
        for (c, rule) in journeys.callbacks.enumerated() {
            guard var rule, c < channels.count else { continue }
            let voice = channels[c]
            let added = model.channels.count
            model.channels.append(Channel(name: voice.name + "_callback", kind: .deferred, hours: voice.hours, handleTime: voice.handleTime,
                                          serviceLevel: ServiceLevelTarget(fraction: voice.serviceLevel.fraction, threshold: rule.deadline),
                                          priority: voice.priority))
            model.arrivalRates.append(Array(repeating: 0, count: intervalCount))
            for g in model.groups.indices where model.groups[g].skills.contains(where: { $0.channel == c }) {
                model.groups[g].skills.append(Skill(channel: added))
            }
            rule.callbackChannel = added
            journeys.callbacks[c] = rule
            journeys.callbackParent.append(c)
            journeys.resolution.append(journeys.resolution[c])
            journeys.giveUp.append(nil)
        }
        journeys.callbacks += Array(repeating: nil, count: model.channels.count - journeys.callbacks.count)
        model.journeys = journeys
        if var economics = model.economics {
            let added = model.channels.count - economics.perContact.count
            economics.perContact += Array(repeating: 0, count: added)
            economics.perMinute += Array(repeating: 0, count: added)
            model.economics = economics
        }
        return model
    }
}
