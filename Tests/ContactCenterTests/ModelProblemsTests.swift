import XCTest
import DiscreteEvent
import Queueing
@testable import ContactCenter
@testable import Experiments

/// `ContactCenterModel.problems()` is the last line of defence for models built in code: every value
/// the engine cannot represent is named, and a model it accepts, however extreme, simulates without
/// a crash and with finite measures.
final class ModelProblemsTests: XCTestCase {
    /// A valid two-channel day in code.
    static func model() throws -> ContactCenterModel {
        let phone = Channel(name: "phone", kind: .voice, hours: OpeningHours(open: 8 * 3600, close: 20 * 3600),
                            handleTime: try .exponential(mean: 300), patience: try .exponential(mean: 120),
                            serviceLevel: ServiceLevelTarget(fraction: 0.8, threshold: 20))
        let chat = Channel(name: "chat", kind: .chat, handleTime: try .lognormal(mean: 600, sd: 300),
                           serviceLevel: ServiceLevelTarget(fraction: 0.8, threshold: 60), concurrency: 3, slowdownPerExtraSession: 0.15)
        let rates = [[Double](repeating: 0.01, count: 24), [Double](repeating: 0.005, count: 24)]
        return ContactCenterModel(
            name: "code", channels: [phone, chat],
            groups: [AgentGroup(name: "voice", skills: [Skill(channel: 0)], staffing: [Int](repeating: 5, count: 24), costPerHour: 30),
                     AgentGroup(name: "digital", skills: [Skill(channel: 1, concurrency: 3), Skill(channel: 0, overflowDelay: 30)],
                                staffing: [Int](repeating: 3, count: 24))],
            intervalLength: 3600, intervalCount: 24, arrivalRates: rates, dayToDayCV: 0.1)
    }

    func test_aValidModel_hasNoProblems() throws {
        XCTAssertEqual(try Self.model().problems(), [])
    }

    func test_everyUnrepresentableValue_isNamed() throws {
        let edits: [(String, (inout ContactCenterModel) throws -> Void)] = [
            ("handle time value", { $0.channels[0].handleTime = try .deterministic(1e308) }),
            ("patience mean", { $0.channels[0].patience = try .exponential(mean: 1e300) }),
            ("handle time sd", { $0.channels[1].handleTime = try .lognormal(mean: 600, sd: 1e-300) }),
            ("service level threshold", { $0.channels[0].serviceLevel.threshold = .infinity }),
            ("warmup", { $0.warmup = .infinity }),
            ("warmup", { $0.warmup = -1 }),
            ("leaves nothing of the horizon", { $0.warmup = 2 * 86400 }),
            ("interval length", { $0.intervalLength = 0 }),
            ("interval length", { $0.intervalLength = .nan }),
            ("longer than a day", { $0.intervalLength = 1e10 }),
            ("at least one interval", { $0.intervalCount = 0 }),
            ("arrival rate nan", { $0.arrivalRates[0][3] = .nan }),
            ("arrival rate inf", { $0.arrivalRates[1][3] = .infinity }),
            ("arrival rate -1", { $0.arrivalRates[1][3] = -1 }),
            ("arrival rates for 24 intervals", { $0.arrivalRates[1].removeLast() }),
            ("contacts per replication", { $0.arrivalRates[0] = [Double](repeating: 1e6, count: 24) }),
            ("day_to_day_cv", { $0.dayToDayCV = 1e-200 }),
            ("day_to_day_cv", { $0.dayToDayCV = 1e10 }),
            ("concurrency", { $0.channels[1].concurrency = 1000 }),
            ("concurrency", { $0.groups[1].skills[0].concurrency = 1_000_000 }),
            ("slowdown", { $0.channels[1].slowdownPerExtraSession = 1e300 }),
            ("overflow delay", { $0.groups[1].skills[1].overflowDelay = 1e300 }),
            ("staffing has 23 intervals", { $0.groups[0].staffing.removeLast() }),
            ("agents on duty must be >= 0", { $0.groups[0].staffing[0] = -1 }),
            ("2000000 agents on duty is above the supported 1000000", { $0.groups[0].staffing[0] = 2_000_000 }),
            ("session slots", {
                $0.groups[0].staffing[0] = 900_000
                $0.groups[1].staffing[0] = 900_000
                $0.groups[1].skills[0].concurrency = 10
            }),
            ("cost per hour", { $0.groups[0].costPerHour = .infinity }),
            ("voice reserve", { $0.groups[0].voiceReserve = -1 }),
            ("customer_limit", { $0.customerLimit = 0 }),
            ("customer_limit", { $0.customerLimit = 2_000_000_000 }),
            ("the same in every interval", { $0.customerLimit = 1000; $0.arrivalRates[0][0] = 0 }),
            ("fewer than one contact per 10 years", {
                $0.customerLimit = 1000
                $0.arrivalRates = [[Double](repeating: 1e-12, count: 24), [Double](repeating: 0.01, count: 24)]
            }),
            ("hours", { $0.channels[0].hours = OpeningHours(open: 9 * 3600, close: 8 * 3600) }),
            ("service level share", { $0.channels[0].serviceLevel.fraction = .nan }),
            ("horizon of", { $0.intervalCount = 24 * 4000; $0.arrivalRates = [[Double](repeating: 0, count: 96000), []] }),
            ("channel-intervals", { $0.intervalLength = 60; $0.intervalCount = 600_000 }),
        ]
        for (expected, edit) in edits {
            var model = try Self.model()
            try edit(&model)
            let problems = model.problems()
            XCTAssertTrue(problems.contains { $0.contains(expected) }, "'\(expected)' not among \(problems)")
        }
    }

    func test_anyModelProblemsAccepts_simulatesWithoutACrash_andWithFiniteMeasures() throws {
        var random = DesignRandom(seed: 20_261_129)
        func uniform() -> Double { random.uniform() }
        /// Log-uniform from 1 ms to 10 years: every duration problems() accepts, extremes included.
        func duration() -> Double {
            uniform() < 0.2 ? [0.001, ContactCenterModel.Limits.longestDuration][Int(uniform() * 2)]
                : exp(log(0.001) + uniform() * (log(ContactCenterModel.Limits.longestDuration) - log(0.001)))
        }
        func distribution() throws -> Distribution {
            switch Int(uniform() * 6) {
            case 0: return try .exponential(mean: duration())
            case 1: return try .lognormal(mean: duration(), sd: duration())
            case 2: return try .gamma(mean: duration(), sd: duration())
            case 3: return try .uniform(min: 0, max: duration())
            case 4: return try .erlang(mean: duration(), k: 1 + Int(uniform() * 1000))
            default: return try .deterministic(duration())
            }
        }
        var simulated = 0
        for trial in 0..<40 {
            var model = try Self.model()
            model.channels[0].handleTime = try distribution()
            model.channels[1].handleTime = try distribution()
            model.channels[0].patience = uniform() < 0.8 ? try distribution() : nil
            model.channels[0].serviceLevel.threshold = duration()
            model.channels[1].slowdownPerExtraSession = uniform()
            model.groups[1].skills[1].overflowDelay = duration()
            model.warmup = uniform() < 0.5 ? 0 : min(duration(), model.horizon / 2)
            model.dayToDayCV = uniform() < 0.5 ? 0 : ContactCenterModel.Limits.smallestDayToDayCV + uniform() * (1 - 1e-4)
            if uniform() < 0.3 {
                model.customerLimit = 1 + Int(uniform() * 500)
                model.channels[0].hours = .always
                model.arrivalRates = [[Double](repeating: 0.01, count: 24), [Double](repeating: 1e-8 + uniform() * 0.01, count: 24)]
            }
            guard model.problems().isEmpty else { continue }
            simulated += 1
            for run in Replications.run(model, count: 1, seed: UInt64(trial), jobs: 1) {
                for channel in run.channels {
                    let values = [channel.oldestWaitingAtEnd, channel.answeredWaitSum, channel.abandonedWaitSum, channel.queueArea]
                    XCTAssertTrue(values.allSatisfy(\.isFinite), "trial \(trial): \(values)")
                }
                XCTAssertTrue(run.groups.allSatisfy { $0.onDutySeconds.isFinite && $0.busySeconds.isFinite }, "trial \(trial)")
                XCTAssertTrue(run.measuredSeconds.isFinite, "trial \(trial)")
            }
        }
        XCTAssertGreaterThan(simulated, 30, "most random extreme models are accepted and simulated")
    }
}
