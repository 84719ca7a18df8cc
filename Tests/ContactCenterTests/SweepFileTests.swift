import Foundation
import XCTest
@testable import ContactCenter
@testable import Experiments

/// Reading sweep files: parameters, designs, measures, and located errors for bad input.
final class SweepFileTests: XCTestCase {
    func test_grid_takesEveryCombination_firstParameterSlowest() throws {
        let sandbox = try FileSandbox()
        let sweep = try Sweep.load(path: try SweepFixtures.write(SweepFixtures.grid, in: sandbox))
        XCTAssertEqual(sweep.parameters.map(\.path), ["changes.0.move_agents.count", "channels.chat.concurrency"])
        XCTAssertEqual(sweep.points.map { $0.values.map(\.cell) },
                       [["0", "1"], ["0", "3"], ["2", "1"], ["2", "3"], ["4", "1"], ["4", "3"]])
        XCTAssertEqual(sweep.points.map(\.id), Array(1...6))
        XCTAssertEqual(sweep.runner.replications, 2)
        XCTAssertEqual(sweep.runner.seed, 7, "the seed defaults to the model's")
        XCTAssertEqual(sweep.runner.measures.map(\.name),
                       ["chat.service_level", "phone.abandon_rate", "groups.digital.occupancy", "totals.cost"])
    }

    func test_moveCountZero_leavesTheBaseModel_andOtherCountsMoveAgents() throws {
        let sandbox = try FileSandbox()
        let sweep = try Sweep.load(path: try SweepFixtures.write(SweepFixtures.grid, in: sandbox))
        let models = try sweep.loadModels(jobs: 2)
        let base = try ModelLoader.load(path: sandbox.path("model.yaml")).model
        let digital = try XCTUnwrap(base.groupIndex("digital"))
        XCTAssertEqual(models[1]!.groups[digital].staffing, base.groups[digital].staffing, "count 0 moves nobody")
        XCTAssertEqual(models[3]!.groups[digital].staffing.max(), 6, "count 2: 4 + 2 agents")
        XCTAssertEqual(models[5]!.groups[digital].staffing.max(), 8)
        XCTAssertEqual(models[2]!.channels[1].concurrency, 3)
    }

    func test_ranges_ofDurationsAndReals_giveSteps_inSecondsForDurations() throws {
        let sandbox = try FileSandbox()
        let sweep = try Sweep.load(path: try SweepFixtures.write("""
            base: model.yaml
            parameters:
              channels.phone.patience.exponential.mean: { from: 1m, to: 3m, step: 30s }
              demand.contacts_per_day: { from: 300, to: 400, count: 3 }
              channels.phone.handle_time.exponential.mean: [3m, 250s]
            measures: [phone.service_level]
            """, in: sandbox))
        XCTAssertEqual(sweep.parameters[0].steps?.map(\.cell), ["60", "90", "120", "150", "180"])
        XCTAssertEqual(sweep.parameters[0].steps?.first?.yaml, "60s")
        XCTAssertEqual(sweep.parameters[1].steps?.map(\.cell), ["300", "350", "400"])
        XCTAssertEqual(sweep.parameters[2].steps?.map(\.cell), ["180", "250"])
        XCTAssertEqual(sweep.parameters[2].steps?.map(\.yaml), ["3m", "250s"], "listed durations reach the model as written")
        XCTAssertEqual(sweep.points.count, 5 * 3 * 2)
    }

    func test_explicitPoints_areRunInOrder() throws {
        let sandbox = try FileSandbox()
        let sweep = try Sweep.load(path: try SweepFixtures.write("""
            base: model.yaml
            design:
              points:
                - { channels.chat.concurrency: 2, demand.contacts_per_day: 300 }
                - { channels.chat.concurrency: 1, demand.contacts_per_day: 500 }
            measures: [totals.*]
            """, in: sandbox))
        XCTAssertEqual(sweep.points.map { $0.values.map(\.cell) }, [["2", "300"], ["1", "500"]])
        XCTAssertEqual(sweep.runner.measures.map(\.name),
                       ["totals.offered", "totals.handled", "totals.abandoned", "totals.agent_hours", "totals.cost", "totals.scheduled_hours"])
    }

    func test_wildcardMeasures_expandOverChannelsAndGroups() throws {
        let sandbox = try FileSandbox()
        let sweep = try Sweep.load(path: try SweepFixtures.write("""
            base: model.yaml
            parameters: { channels.chat.concurrency: [1, 2] }
            measures: ["*.service_level", groups.*.occupancy, channels.chat.asa_seconds]
            """, in: sandbox))
        XCTAssertEqual(sweep.runner.measures.map(\.name), ["phone.service_level", "chat.service_level", "groups.voice.occupancy",
                                                           "groups.digital.occupancy", "channels.chat.asa_seconds"])
    }

    /// Patterns that overlap (`*.service_level` and `chat.*`), or a name a pattern already covers,
    /// keep the measure once where it first came (they were refused as "listed twice").
    func test_overlappingMeasurePatterns_keepEachMeasureOnce() throws {
        let sandbox = try FileSandbox()
        let sweep = try Sweep.load(path: try SweepFixtures.write("""
            base: model.yaml
            parameters: { channels.chat.concurrency: [1, 2] }
            measures: ["*.service_level", "chat.*", chat.service_level]
            """, in: sandbox))
        let names = sweep.runner.measures.map(\.name)
        XCTAssertEqual(Array(names.prefix(2)), ["phone.service_level", "chat.service_level"])
        XCTAssertEqual(Set(names).count, names.count, "each measure once: \(names)")
        XCTAssertTrue(names.contains("chat.abandon_rate") && names.count > 3, "chat.* adds chat's other measures: \(names)")
    }

    func test_fingerprint_changesWithTheSweepFile_theModel_andTheRunSettings() throws {
        let sandbox = try FileSandbox()
        let path = try SweepFixtures.write(SweepFixtures.grid, in: sandbox)
        var sweep = try Sweep.load(path: path)
        let original = sweep.fingerprint
        XCTAssertEqual(original.count, 16)
        XCTAssertEqual(try Sweep.load(path: path).fingerprint, original, "stable across loads")
        sweep.runner.replications = 5
        XCTAssertNotEqual(sweep.fingerprint, original)
        try sandbox.write("model.yaml", SweepFixtures.model.replacingOccurrences(of: "agents: 8", with: "agents: 9"))
        XCTAssertNotEqual(try Sweep.load(path: path).fingerprint, original, "the model is part of the hash")
        try sandbox.write("model.yaml", SweepFixtures.model)
        try sandbox.write("sweep.yaml", SweepFixtures.grid + "\n# a comment\n")
        XCTAssertNotEqual(try Sweep.load(path: path).fingerprint, original)
    }

    // MARK: Bad input

    func test_unknownParameterPath_suggestsTheClosest_atTheParameter() throws {
        let text = try sweepIssues("""
            base: model.yaml
            parameters:
              channels.chta.concurrency: [1, 2]
            measures: [chat.service_level]
            """)
        XCTAssertTrue(text.contains("sweep.yaml:3:3:"), text)
        XCTAssertTrue(text.contains("did you mean 'chat'?"), text)
        let key = try sweepIssues("""
            base: model.yaml
            parameters:
              channels.chat.concurency: [1, 2]
            measures: [chat.service_level]
            """)
        XCTAssertTrue(key.contains("did you mean 'concurrency'?"), key)
    }

    func test_wrongValueTypes_areLocated_andSayWhatWasExpected() throws {
        let listed = try sweepIssues("""
            base: model.yaml
            parameters:
              channels.chat.concurrency: [1, two]
            measures: [chat.service_level]
            """)
        XCTAssertTrue(listed.contains("sweep.yaml:3:"), listed)
        XCTAssertTrue(listed.contains("two"), listed)
        let range = try sweepIssues("""
            base: model.yaml
            parameters:
              demand.contacts_per_day: { from: 300, to: lots }
            measures: [chat.service_level]
            """)
        XCTAssertTrue(range.contains("sweep.yaml:3:") && range.contains("expected a number or a duration like 2m, found 'lots'"), range)
        let mixed = try sweepIssues("""
            base: model.yaml
            parameters:
              channels.phone.patience.exponential.mean: { from: 1m, to: 5 }
            measures: [chat.service_level]
            """)
        XCTAssertTrue(mixed.contains("from is a duration but to is a whole number"), mixed)
        let duration = try sweepIssues("""
            base: model.yaml
            parameters:
              channels.phone.patience.exponential.mean: [2, 3]
            measures: [chat.service_level]
            """)
        XCTAssertTrue(duration.contains("has no unit"), duration)
    }

    func test_emptyDesigns_areRefused() throws {
        let emptyList = try sweepIssues("""
            base: model.yaml
            parameters: { channels.chat.concurrency: [] }
            measures: [chat.service_level]
            """)
        XCTAssertTrue(emptyList.contains("no values given: the design would have no points"), emptyList)
        let noParameters = try sweepIssues("""
            base: model.yaml
            parameters: {}
            measures: [chat.service_level]
            """)
        XCTAssertTrue(noParameters.contains("no parameters given"), noParameters)
        let noPoints = try sweepIssues("""
            base: model.yaml
            design: { points: [] }
            measures: [chat.service_level]
            """)
        XCTAssertTrue(noPoints.contains("no points given"), noPoints)
        let zero = try sweepIssues("""
            base: model.yaml
            parameters: { demand.contacts_per_day: { from: 300, to: 500 } }
            design: { random: { points: 0, seed: 1 } }
            measures: [chat.service_level]
            """)
        XCTAssertTrue(zero.contains("design.random.points: 0 must be at least 1"), zero)
    }

    func test_badMeasures_designsAndKeys_areLocated_withSuggestions() throws {
        let text = try sweepIssues("""
            base: model.yaml
            parameters: { channels.chat.concurrency: [1, 2] }
            replication: 3
            measures: [chat.service_levle, phnoe.abandon_rate, groups.digital.occupancy.mean, totals.cost, totals.cost]
            """)
        XCTAssertTrue(text.contains("unknown key 'replication'; did you mean 'replications'?"), text)
        XCTAssertTrue(text.contains("unknown measure 'service_levle'; did you mean 'service_level'?"), text)
        XCTAssertTrue(text.contains("unknown channel 'phnoe'; did you mean 'phone'?"), text)
        XCTAssertTrue(text.contains("is not <channel>.<measure>"), text)
        XCTAssertTrue(text.contains("'totals.cost' is listed twice"), text)
        let design = try sweepIssues("""
            base: model.yaml
            parameters: { channels.chat.concurrency: [1, 2] }
            design: { latin_hypercub: { points: 3 } }
            measures: [chat.service_level]
            """)
        XCTAssertTrue(design.contains("did you mean 'latin_hypercube'?"), design)
        let gridOfInterval = try sweepIssues("""
            base: model.yaml
            parameters: { demand.contacts_per_day: { from: 300.5, to: 500 } }
            measures: [chat.service_level]
            """)
        XCTAssertTrue(gridOfInterval.contains("a grid needs the range's steps; add step: or count:"), gridOfInterval)
    }

    func test_missingBase_andBadSet_areLocatedInTheSweepFile() throws {
        let base = try sweepIssues("""
            base: nowhere.yaml
            parameters: { channels.chat.concurrency: [1, 2] }
            measures: [chat.service_level]
            """)
        XCTAssertTrue(base.contains("sweep.yaml:1:7: base: the base file 'nowhere.yaml' does not exist (looked for "), base)
        let set = try sweepIssues("""
            base: model.yaml
            set: { horizon.dyas: 1 }
            parameters: { channels.chat.concurrency: [1, 2] }
            measures: [chat.service_level]
            """)
        XCTAssertTrue(set.contains("sweep.yaml:2:8: set:") && set.contains("did you mean 'days'?"), set)
    }

    func test_aCombinationTheModelRefuses_isReportedWithThePoint_beforeRunning() throws {
        let sandbox = try FileSandbox()
        let sweep = try Sweep.load(path: try SweepFixtures.write("""
            base: scenario.yaml
            parameters:
              agent_groups.voice.agents: [2, 8]
              changes.0.move_agents.count: [1, 3]
            measures: [chat.service_level]
            """, in: sandbox))
        XCTAssertThrowsError(try sweep.loadModels()) { error in
            let text = "\(error)"
            XCTAssertTrue(text.contains("point 2 (agent_groups.voice.agents=2, changes.0.move_agents.count=3)"), text)
            XCTAssertTrue(text.contains("cannot move 3 agents"), text)
        }
    }
}
