import DiscreteEvent
import Queueing

extension ContactCenterModel {
    /// One FCFS queue with Poisson arrivals, exponential handle times and (optionally)
    /// exponential patience, served by `agents` identical agents: the M/M/n(+M) model of
    /// `ccsim simulate queue`, expressed as an ordinary model so it runs through the same
    /// engine and routing as any contact center.
    ///
    /// The run stops generating arrivals after `customers` and then lets everyone leave, so every
    /// measured customer has an outcome; customers arriving before `warmup` are not measured.
    public static func singleQueue(agents: Int, load: Double, aht: Double, patience: Double?, target: Double,
                                   customers: Int, warmup: Double) throws -> ContactCenterModel {
        let channel = Channel(
            name: "queue", kind: .voice, handleTime: try .exponential(mean: aht),
            patience: try patience.map { try .exponential(mean: $0) },
            serviceLevel: ServiceLevelTarget(fraction: 0.8, threshold: target))
        let group = AgentGroup(name: "agents", skills: [Skill(channel: 0)], staffing: [agents])
        return ContactCenterModel(
            name: "M/M/\(agents)\(patience == nil ? "" : "+M") queue", channels: [channel], groups: [group],
            intervalLength: .greatestFiniteMagnitude, intervalCount: 1, arrivalRates: [[load / aht]],
            warmup: warmup, customerLimit: customers)
    }
}
