import DiscreteEvent
import Queueing
import XCTest
@testable import ContactCenter

/// Deferred-work plans judged by the simulator: the email channel of a forecast, staffed per
/// interval as the plan says, simulated for several days with a fixed seed (the first days as
/// warm-up, so the backlog carried over between days is there), and the simulated share
/// answered within the target compared with the target through its 95% interval.
final class DeferredPlanSimulationTests: XCTestCase {
    static let retailForecast = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("models/forecasts/retail-weekday.csv").path

    /// The plan for `channel` answered `target` (everything else real-time at 80% in 20 s).
    static func plan(_ forecast: Forecast, _ channel: String, _ target: ServiceLevelTarget,
                     hours: OpeningHours? = nil) throws -> StaffingPlan {
        var settings = PlanSettings(targets: StaffingTargets(serviceLevel: ServiceLevelTarget(fraction: 0.8, threshold: 20)))
        settings.treatments[channel] = .deferred(target)
        settings.hours[channel] = hours
        return try StaffingPlan.make(forecast, settings: settings)
    }

    /// The simulated share of `channel` answered within `target` when its agents work as `plan` says.
    static func simulate(_ plan: StaffingPlan, _ forecast: Forecast, _ channel: String, _ target: ServiceLevelTarget,
                         days: Int = 7, warmupDays: Int = 2, replications: Int = 10) throws -> Estimate {
        let perDay = Int((86400 / plan.interval).rounded())
        func slot(_ seconds: Double) -> Int { Int((seconds.truncatingRemainder(dividingBy: 86400) / plan.interval).rounded()) % perDay }
        var rates = [Double](repeating: 0, count: perDay), agents = [Int](repeating: 0, count: perDay)
        var aht = 0.0
        for row in forecast.rows where row.channel == channel {
            rates[slot(row.startSeconds)] = row.volume / plan.interval
            aht = try XCTUnwrap(row.aht)
        }
        for row in plan.rows where row.channel == channel {
            agents[slot(try XCTUnwrap(IntervalStart.seconds(row.intervalStart)))] = row.agents
        }
        let model = ContactCenterModel(
            name: "plan check",
            channels: [Channel(name: channel, kind: .deferred, handleTime: try .exponential(mean: aht), serviceLevel: target)],
            groups: [AgentGroup(name: channel, skills: [Skill(channel: 0)], staffing: Array(repeatElement(agents, count: days).joined()))],
            intervalLength: plan.interval, intervalCount: days * perDay,
            arrivalRates: [Array(repeatElement(rates, count: days).joined())], warmup: Double(warmupDays) * 86400)
        XCTAssertEqual(model.problems(), [])
        let runs = Replications.run(model, count: replications, seed: 20261129, jobs: 2)
        return try XCTUnwrap(SimulationSummary(model: model, replications: runs).channel(channel, .serviceLevel))
    }

    func assertMeets(_ simulated: Estimate, _ target: ServiceLevelTarget, file: StaticString = #filePath, line: UInt = #line) {
        let ci = simulated.ci95 ?? .infinity
        print("simulated share within \(Int(target.threshold))s: \(simulated.mean) ± \(ci) (target \(target.fraction))")
        XCTAssertGreaterThanOrEqual(simulated.mean - ci, target.fraction,
                                    "simulated \(simulated.mean) ± \(ci) against \(target.fraction)", file: file, line: line)
    }

    func test_shippedForecast_email90PercentIn24h_simulatedPlanMeetsTheTarget() throws {
        let forecast = try Forecast.load(path: Self.retailForecast)
        let target = ServiceLevelTarget(fraction: 0.9, threshold: 86400)
        let plan = try Self.plan(forecast, "email", target)
        assertMeets(try Self.simulate(plan, forecast, "email", target), target)
    }

    func test_shippedForecast_email90PercentIn1h_simulatedPlanMeetsTheTarget_andTheModelIsNotOptimistic() throws {
        let forecast = try Forecast.load(path: Self.retailForecast)
        let target = ServiceLevelTarget(fraction: 0.9, threshold: 3600)
        let plan = try Self.plan(forecast, "email", target)
        let simulated = try Self.simulate(plan, forecast, "email", target)
        assertMeets(simulated, target)
        let predicted = try XCTUnwrap(plan.channelTotals.first { $0.channel == "email" }?.totals.serviceLevel)
        print("backlog model: \(predicted)")
        XCTAssertLessThanOrEqual(predicted, simulated.mean + (simulated.ci95 ?? 0), "the backlog model errs on the safe side")
    }

    func test_eveningPeakPastMidnight_officeHoursPlan_simulatedPlanMeetsTheTarget() throws {
        // Most email arrives 20:00-02:00; agents work 08:00-20:00; answer 80% within 16 hours.
        let rows = (0..<48).map { (k: Int) -> String in
            let volume: Int = (k >= 40 || k < 4) ? 120 : 25
            return String(format: "%02d:%02d,email,%d,9m", k / 2, k % 2 * 30, volume)
        }
        let forecast = try Forecast.parse("interval_start,channel,volume,aht\n" + rows.joined(separator: "\n"), path: "peak.csv")
        let target = ServiceLevelTarget(fraction: 0.8, threshold: 16 * 3600)
        let plan = try Self.plan(forecast, "email", target, hours: OpeningHours(open: 8 * 3600, close: 20 * 3600))
        XCTAssertGreaterThanOrEqual(plan.totals.agentHours, plan.totals.workloadHours)
        assertMeets(try Self.simulate(plan, forecast, "email", target), target)
    }
}
