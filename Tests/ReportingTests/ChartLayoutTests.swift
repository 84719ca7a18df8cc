import ContactCenter
import Foundation
import Reporting
import XCTest

/// Chart labels never collide: no value or target label covers a whisker, a target line, an
/// axis label, the legend or another label, every label stays inside its plot, and no text
/// leaves the drawing. Checked by ``SVGLayoutChecker`` on the executive reports of every shipped
/// scenario (and all the retail ones in one report) and on charts built to be crowded.
final class ChartLayoutTests: XCTestCase {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    func assertClean(_ svg: String, _ name: String, file: StaticString = #filePath, line: UInt = #line) {
        let problems = SVGLayoutChecker(svg: svg).problems()
        XCTAssertEqual(problems, [], "\(name): \(problems.count) collisions", file: file, line: line)
    }

    /// Runs of each file, simulated once: (loaded, replications) by path.
    var simulated: [String: (loaded: LoadedModel, runs: [ReplicationMeasures])] = [:]

    /// The HTML executive report of `base` against `scenarios`, simulated as `ccsim report` does
    /// (same seed and replications for every file, differences paired by replication), over two
    /// days (no warm-up) with two replications to keep the test quick.
    func report(_ base: String, _ scenarios: [String]) throws -> String {
        for path in [base] + scenarios where simulated[path] == nil {
            let loaded = try ModelLoader.load(path: Self.root.appendingPathComponent(path).path,
                                              overrides: [ParameterOverride(path: "horizon.days", value: "2"),
                                                          ParameterOverride(path: "simulation.warmup", value: "0s")])
            simulated[path] = (loaded, Replications.run(loaded.model, count: 2, seed: 20_261_122, jobs: 2))
        }
        let loaded = ([base] + scenarios).map { simulated[$0]!.loaded }
        let runs = ([base] + scenarios).map { simulated[$0]!.runs }
        let baseSummary = SimulationSummary(model: loaded[0].model, replications: runs[0])
        let compare = CompareReport(
            base: RunReport(loaded: loaded[0], summary: baseSummary, seed: 20_261_122),
            scenarios: loaded.indices.dropFirst().map { k in
                CompareReport.Scenario(loaded: loaded[k], summary: SimulationSummary(model: loaded[k].model, replications: runs[k]),
                                       delta: SimulationSummary(differenceOf: runs[k], minus: runs[0],
                                                                scenarioModel: loaded[k].model, baseModel: loaded[0].model))
            })
        return HTMLReport(ExecutiveSummary(compare: compare, command: "ccsim report")).render()
    }

    func test_shippedScenarioReports_haveNoCollidingLabels() throws {
        let retail = "models/seed-retail-multichannel.yaml", bank = "models/bank-phone-email.yaml"
        let cases: [(String, [String])] = [
            (retail, ["scenarios/shift-phone-to-messaging.yaml"]), (retail, ["scenarios/shift-to-social.yaml"]),
            (retail, ["scenarios/realign-to-usage.yaml"]), (retail, ["scenarios/cross-train-phone-on-messaging.yaml"]),
            (retail, ["scenarios/shift-phone-to-messaging.yaml", "scenarios/shift-to-social.yaml",
                      "scenarios/realign-to-usage.yaml", "scenarios/cross-train-phone-on-messaging.yaml"]),
            (retail, ["scenarios/unify-customer-history.yaml", "scenarios/realign-and-unify.yaml",
                      "scenarios/answer-email-within-24h.yaml", "scenarios/phone-callbacks.yaml", "scenarios/better-website.yaml"]),
            (bank, ["scenarios/email-plus-65.yaml"]), (bank, ["scenarios/bank-adds-messaging.yaml"]),
            ("scenarios/bank-adds-messaging.yaml", ["scenarios/messaging-growth-9-to-25.yaml"]),
            (retail, ["scenarios/answer-email-within-24h.yaml"]), (retail, ["scenarios/better-website.yaml"]),
            (retail, ["scenarios/phone-callbacks.yaml"]), (retail, ["scenarios/unify-customer-history.yaml"]),
            ("scenarios/realign-to-usage.yaml", ["scenarios/realign-and-unify.yaml"]),
            ("models/single-queue.yaml", []),
        ]
        // Every shipped scenario is covered.
        let shipped = try FileManager.default.contentsOfDirectory(atPath: Self.root.appendingPathComponent("scenarios").path)
            .filter { $0.hasSuffix(".yaml") }.map { "scenarios/" + $0 }
        XCTAssertEqual(Set(shipped), Set(cases.flatMap(\.1)), "a shipped scenario is missing from this test")
        for (base, scenarios) in cases {
            let charts = SVGLayoutChecker.charts(in: try report(base, scenarios))
            XCTAssertFalse(charts.isEmpty)
            for (k, svg) in charts.enumerated() { assertClean(svg, "\(([base] + scenarios).joined(separator: " + ")) chart \(k)") }
        }
    }

    /// The customers-and-money charts (budget against usage, repeat contacts by cause) of a model
    /// with journeys and economics, alone and against a scenario.
    func test_customerCharts_haveNoCollidingLabels() throws {
        let trial = "Tests/ContactCenterTests/Fixtures/journeys-trial.yaml", move = "Tests/EndToEndTests/Fixtures/journeys-trial-move.yaml"
        for (base, scenarios) in [(trial, [String]()), (trial, [move]), (move, [trial])] {
            let html = try report(base, scenarios)
            let charts = SVGLayoutChecker.charts(in: html)
            XCTAssertTrue(html.contains(">Share of budget and share of usage by channel</title>"))
            XCTAssertTrue(html.contains(">Repeat contacts by cause over the 2 days, base</title>"))
            for (k, svg) in charts.enumerated() { assertClean(svg, "\(([base] + scenarios).joined(separator: " + ")) chart \(k)") }
        }
    }

    func test_dayChart_withFlaggedDaysAndATargetLine_isClean_andTheFailingDaysStandOut() {
        let days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
        let series = (0..<3).map { k in
            BarChart.Series(name: k == 0 ? "Base" : "Scenario \(k)",
                            values: days.indices.map { i in i == 6 ? nil : [0.62, 0.81, 0.85, 0.79, 0.9, 0.97, 0][i] + 0.03 * Double(k) },
                            errors: days.indices.map { i in [0.04, 0.02, 0.03, 0.05, 0.01, 0.02, 0][i] },
                            style: SeriesStyle.series(k))
        }
        var chart = BarChart(title: "phone: service level by day", xLabel: "Day", yLabel: "Answered within 20s (%)",
                             categories: days, series: series, yFormat: .percent, yRange: 0...1)
        chart.references = [.init(y: 0.8, label: "target 80%")]
        chart.flagged = [0, 3]
        let svg = chart.svg()
        assertClean(svg, "day chart")
        XCTAssertEqual(svg.matches(of: /class="flagged"/).count, 2, "a band behind each failing day")
        XCTAssertEqual(svg.matches(of: /class="tick flagged-tick" font-weight="700"[^>]*>(Mon|Thu)</).count, 2, "their names in bold")
        XCTAssertEqual(svg.matches(of: /class="target-label">target 80%</).count, 1)
    }

    func test_crowdedBarChart_dropsOrMovesLabelsInsteadOfOverlapping() {
        let categories = ["phone", "messaging", "social", "email", "mail", "letters"]
        let series = (0..<5).map { k in
            BarChart.Series(name: "Scenario \(k + 1) minus base",
                            values: categories.indices.map { i in [0.999, -0.139, 0.005, 0, 0.78, -0.5][(i + k) % 6] },
                            errors: categories.indices.map { i in [0.001, 0.02, 0.3, 0, 0.05, 0.5][(i + 2 * k) % 6] })
        }
        let chart = BarChart(title: "Change in service level (95% CI)", yLabel: "Percentage points", categories: categories,
                             series: series, yFormat: .points, noChangeLabel: "no change")
        let svg = chart.svg()
        assertClean(svg, "crowded bar chart")
        XCTAssertGreaterThan(svg.matches(of: /class="value-label"/).count, 10, "most labels still find a place")
    }

    func test_barChart_labelsClearTallWhiskersAndTheEdges() {
        // A change near +100 points with a wide interval, a small negative one, and a count chart with big numbers.
        let points = BarChart(title: "t", yLabel: "Percentage points", categories: ["a", "b", "c"],
                              series: [.init(name: "s", values: [0.998, -0.139, 0.02], errors: [0.002, 0.01, 0.04])],
                              yFormat: .points)
        assertClean(points.svg(), "points")
        let counts = BarChart(title: "t", yLabel: "Contacts", categories: ["a", "b"],
                              series: [.init(name: "s", values: [547, -13_900], errors: [40, 12_000])], yFormat: .signed)
        assertClean(counts.svg(), "counts")
    }

    func test_lineChart_targetLabelAvoidsTheLineAndTheData() {
        let hours = (0..<48).map { Double($0) * 1800 }
        let chart = LineChart(title: "phone: service level", xLabel: "Time", yLabel: "Answered within 20s (%)",
                              series: [.init(name: "Base", points: hours.map { ($0, 0.8 + 0.19 * sin($0 / 3000)) }),
                                       .init(name: "Scenario", points: hours.map { ($0, 0.81) })],
                              yFormat: .percent, yRange: 0...1,
                              references: [.init(y: 0.8, label: "target 80%"), .init(y: 0.82, label: "stretch 82%")])
        let svg = chart.svg()
        assertClean(svg, "line chart")
        XCTAssertTrue(svg.contains(">target 80%</text>"))
    }

    func test_legend_wrapsInsteadOfLeavingTheDrawing() {
        let series = (1...6).map { BarChart.Series(name: "Agent-hours, scenario \($0) with a long name", values: [0.5]) }
        let svg = BarChart(title: "t", yLabel: "y", categories: ["a"], series: series, yFormat: .percent).svg()
        assertClean(svg, "legend")
        XCTAssertEqual(svg.matches(of: /class="legend"/).count, 6)
    }

    func test_checker_seesALabelOnAWhisker_andTwoTextsOnTopOfEachOther() {
        let svg = """
            <svg viewBox="0 0 200 100"><line x1="10" y1="10" x2="10" y2="90" class="axis"/>\
            <line x1="10" y1="20" x2="190" y2="20" class="gridline"/>\
            <g class="error-bar"><line x1="50" y1="40" x2="50" y2="60" class="err"/></g>\
            <text x="50" y="52" text-anchor="middle" class="value-label">+99.8 pts</text>\
            <text x="120" y="50" text-anchor="middle" class="tick">phone</text>\
            <text x="125" y="52" text-anchor="middle" class="value-label">-13.9 pts</text></svg>
            """
        let problems = SVGLayoutChecker(svg: svg).problems()
        XCTAssertTrue(problems.contains { $0.contains("'+99.8 pts'") && $0.contains("covers a whisker") }, "\(problems)")
        XCTAssertTrue(problems.contains { $0.contains("'phone'") && $0.contains("overlaps '-13.9 pts'") }, "\(problems)")
    }
}
