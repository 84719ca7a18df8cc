import ContactCenter
import Foundation
import Planner
import XCTest
@testable import Reporting

/// "What it takes": the report's requirement per channel is the planner's analytic requirement, in
/// agent-hours a day beside what the channel gets today, with the costs of both.
final class WhatItTakesTests: XCTestCase {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    func test_requirement_isThePlannersAnalyticPlan_inEveryFormat() throws {
        let loaded = try ModelLoader.load(path: Self.root.appendingPathComponent("models/seed-retail-multichannel.yaml").path,
                                          overrides: [ParameterOverride(path: "horizon.days", value: "1"),
                                                      ParameterOverride(path: "simulation.warmup", value: "0s")])
        let runs = Replications.run(loaded.model, count: 2, seed: 3, jobs: 2)
        let report = RunReport(loaded: loaded, summary: SimulationSummary(model: loaded.model, replications: runs), seed: 3)
        let summary = ExecutiveSummary(run: report, command: "ccsim report")
        let need = try XCTUnwrap(summary.whatItTakes)
        let plan = try Planner.requirement(loaded)
        let hours = loaded.model.intervalLength / 3600
        for (c, row) in need.rows.enumerated() {
            XCTAssertEqual(row.channel, loaded.model.channels[c].name)
            XCTAssertEqual(row.requiredHours, Double(plan.channelAgents[c].reduce(0, +)) * hours, accuracy: 1e-9)
            XCTAssertEqual(row.todayHours, try XCTUnwrap(summary.kpi(summary.base, row.channel)).staffHours, accuracy: 1e-9,
                           "one day measured: today's hours are the run's")
        }
        // The phone needs far fewer hours than it has; email, messaging and social far more.
        XCTAssertLessThan(need.rows[0].requiredHours, need.rows[0].todayHours / 2)
        for c in 1...3 { XCTAssertGreaterThan(need.rows[c].requiredHours, need.rows[c].todayHours * 2) }
        // The requirement at 30 EUR an agent-hour, every group's rate in the seed model.
        XCTAssertEqual(need.requiredCost, 30 * need.rows.map(\.requiredHours).reduce(0, +), accuracy: 1e-6)
        XCTAssertEqual(need.todayCost, try XCTUnwrap(summary.base.total(.cost)?.mean), accuracy: 1e-6)
        XCTAssertTrue(TextSummary(summary).render().contains("WHAT IT TAKES (the base)\nChannel "))
        XCTAssertTrue(MarkdownSummary(summary).render().contains("## What it takes\n\n| Channel |"))
        XCTAssertTrue(HTMLReport(summary).render().contains("<h3 id=\"what-it-takes\">What it takes</h3>"))
    }

    func test_aTargetNoStaffingMeets_leavesTheSectionOut() throws {
        // Email answered within a minute, by groups on duty only part of the day: the planner refuses it
        // (a quarter of the emails arrive when nobody can answer them), the report leaves the section out.
        let loaded = try ModelLoader.load(path: Self.root.appendingPathComponent("models/bank-phone-email.yaml").path,
                                          overrides: [ParameterOverride(path: "horizon.days", value: "1"),
                                                      ParameterOverride(path: "channels.email.service_level", value: "90% within 1m")])
        XCTAssertThrowsError(try Planner.requirement(loaded))
        let runs = Replications.run(loaded.model, count: 2, seed: 3, jobs: 2)
        let summary = ExecutiveSummary(run: RunReport(loaded: loaded, summary: SimulationSummary(model: loaded.model, replications: runs), seed: 3),
                                       command: "ccsim report")
        XCTAssertNil(summary.whatItTakes)
        XCTAssertFalse(TextSummary(summary).render().contains("WHAT IT TAKES"))
    }
}
