import XCTest
@testable import ContactCenter

/// Folding replications as they finish gives exactly the summary of folding them all at once, for
/// any number of threads; the summary keeps measure values, not the replications.
final class SummaryAccumulatorTests: XCTestCase {
    func test_summarize_equalsTheSummaryOfAllReplications_forAnyJobs() throws {
        let model = try ModelLoader.load(path: "models/seed-retail-multichannel.yaml",
                                         overrides: [ParameterOverride(path: "horizon.days", value: "1"), ParameterOverride(path: "simulation.warmup", value: "0s")]).model
        let all = SimulationSummary(model: model, replications: Replications.run(model, count: 6, seed: 3, jobs: 2))
        for jobs in [1, 2, 4] {
            let folded = try Replications.summarize(model, count: 6, seed: 3, jobs: jobs).summary()
            for (a, b) in zip(all.channels, folded.channels) {
                XCTAssertEqual(a.measures.map(\.estimate), b.measures.map(\.estimate), "\(a.name), jobs \(jobs)")
            }
            for (a, b) in zip(all.groups, folded.groups) { XCTAssertEqual(a.measures.map(\.estimate), b.measures.map(\.estimate)) }
            XCTAssertEqual(all.totals.map(\.estimate), folded.totals.map(\.estimate))
            XCTAssertEqual(all.intervals, folded.intervals)
            XCTAssertEqual(all.agentsOnDuty, folded.agentsOnDuty)
        }
    }

    /// Agents on duty per interval are the staffing table (no one finishes past a boundary here:
    /// with no arrivals, nobody is busy), and busy hours split by channel add up to the group's.
    func test_agentsOnDuty_followTheStaffing_andBusyHoursAddUp() throws {
        let model = try ModelLoader.load(path: "models/seed-retail-multichannel.yaml",
                                         overrides: [ParameterOverride(path: "horizon.days", value: "1"), ParameterOverride(path: "simulation.warmup", value: "0s")]).model
        var idle = model
        idle.arrivalRates = idle.arrivalRates.map { $0.map { _ in 0 } }
        let summary = SimulationSummary(model: idle, replications: Replications.run(idle, count: 2, seed: 1, jobs: 1))
        for (g, group) in idle.groups.enumerated() {
            XCTAssertEqual(summary.agentsOnDuty[g], group.staffing.map(Double.init), group.name)
        }
        let busy = SimulationSummary(model: model, replications: Replications.run(model, count: 3, seed: 1, jobs: 2))
        for (g, group) in model.groups.enumerated() {
            let byChannel = busy.busyHours[g].compactMap { $0?.mean }.reduce(0, +)
            XCTAssertEqual(byChannel, busy.group(group.name, .busyHours)!.mean, accuracy: 1e-6 * max(1, byChannel))
            for (c, estimate) in busy.busyHours[g].enumerated() where !group.skills.contains(where: { $0.channel == c }) {
                XCTAssertEqual(estimate?.mean, 0, "\(group.name) is never busy on a channel it does not answer")
            }
        }
    }
}
