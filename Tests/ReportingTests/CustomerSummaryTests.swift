import ContactCenter
import Foundation
import XCTest
@testable import Reporting

/// The report leads with customers and money when the model has journeys or economics: the
/// sentences come first and carry the summary's own numbers, a channel staffed beyond its demand
/// is stated as a fact, the tables and charts appear, the assumptions say the sections in words;
/// a model without the sections gets none of it. Simulated in-process on the journeys trial
/// fixture (two days, four replications).
final class CustomerSummaryTests: XCTestCase {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let trial = "Tests/ContactCenterTests/Fixtures/journeys-trial.yaml"
    static let move = "Tests/EndToEndTests/Fixtures/journeys-trial-move.yaml"

    func load(_ path: String, _ overrides: [String: String] = [:]) throws -> LoadedModel {
        try ModelLoader.load(path: Self.root.appendingPathComponent(path).path,
                             overrides: overrides.sorted { $0.key < $1.key }.map { ParameterOverride(path: $0.key, value: $0.value) })
    }

    func summary(_ base: LoadedModel, _ scenarios: [LoadedModel] = []) -> ExecutiveSummary {
        let runs = ([base] + scenarios).map { Replications.run($0.model, count: 4, seed: 3, jobs: 2) }
        let report = CompareReport(base: RunReport(loaded: base, summary: SimulationSummary(model: base.model, replications: runs[0]), seed: 3),
                                   scenarios: scenarios.enumerated().map { k, s in
            CompareReport.Scenario(loaded: s, summary: SimulationSummary(model: s.model, replications: runs[k + 1]),
                                   delta: SimulationSummary(differenceOf: runs[k + 1], minus: runs[0], scenarioModel: s.model,
                                                            baseModel: base.model))
        })
        return ExecutiveSummary(compare: report, command: "ccsim report")
    }

    func test_baseHeadline_startsWithCustomersAndMoney_inTheSummarysNumbers() throws {
        let s = summary(try load(Self.trial))
        let b = s.base.summary
        let weeks = 2.0 / 7
        let started = try XCTUnwrap(b.journey(.started)), lost = try XCTUnwrap(b.journey(.lost))
        let risk = try XCTUnwrap(b.economics(.customersAtRiskPerWeek)), half = try XCTUnwrap(risk.ci95)
        let expected = "Of \(NumberText.grouped(started.mean / weeks, decimals: 0)) customers a week who need help, "
            + "\(SummaryFormat.share(b.journey(.resolvedShare))) are resolved and \(NumberText.grouped(lost.mean / weeks, decimals: 0)) "
            + "are lost for good; \(NumberText.grouped(risk.mean, decimals: 0)) customers "
            + "(\(NumberText.grouped(risk.mean - half, decimals: 0))–\(NumberText.grouped(risk.mean + half, decimals: 0))) a week "
            + "are at risk of leaving, worth \(NumberText.grouped(b.economics(.revenueAtRiskPerWeek)!.mean, decimals: 0)); "
            + "a resolved journey costs \(NumberText.grouped(b.economics(.costPerResolvedJourney)!.mean, decimals: 2))."
        XCTAssertEqual(s.headline.first, expected)
    }

    func test_scenarioHeadline_keepsOrLosesCustomers_fromThePairedDelta() throws {
        let s = summary(try load(Self.trial), [try load(Self.move)])
        let d = try XCTUnwrap(s.scenarios[0].delta.economics(.customersAtRiskPerWeek))
        XCTAssertTrue(d.excludesZero && d.mean > 0, "fewer phone agents put more customers at risk: \(d)")
        let first = try XCTUnwrap(s.headline.first)
        let half = try XCTUnwrap(d.ci95)
        XCTAssertTrue(first.hasPrefix("Moving 3 agents from voice to digital loses \(NumberText.grouped(d.mean, decimals: 0)) customers "
                                      + "(\(NumberText.grouped(d.mean - half, decimals: 0))–\(NumberText.grouped(d.mean + half, decimals: 0))) a week, worth "
                                      + NumberText.grouped(s.scenarios[0].delta.economics(.revenueAtRiskPerWeek)!.mean, decimals: 0)), first)
        XCTAssertTrue(first.contains("; a resolved journey costs "), first)
        // The reverse scenario keeps customers.
        let back = summary(try load(Self.move), [try load(Self.trial)])
        XCTAssertTrue(back.headline.first?.hasPrefix("“Journeys trial” keeps ") ?? false, "\(back.headline)")
        // Identical runs: no change, never "not significant".
        let same = summary(try load(Self.trial), [try load(Self.trial)])
        XCTAssertEqual(same.headline.first, "“Journeys trial” does not change the customers at risk of leaving; "
                       + "the cost of a resolved journey is unchanged.")
    }

    func test_lowOccupancyOfTheCostliestChannel_isAFactWithItsNumber() throws {
        let s = summary(try load(Self.trial, ["agent_groups.voice.agents": "20"]))
        let occupancy = try XCTUnwrap(s.base.summary.group("voice", .occupancy)?.mean)
        XCTAssertLessThan(occupancy, 0.5)
        let fact = try XCTUnwrap(s.headline.first { $0.hasPrefix("Phone agents (voice) are busy ") }, "\(s.headline)")
        XCTAssertTrue(fact.hasPrefix("Phone agents (voice) are busy \(SummaryFormat.share(occupancy)) of their time while phone takes "), fact)
        XCTAssertTrue(fact.contains("staffed beyond its demand"), fact)
        // Busy agents: no such sentence.
        let busy = summary(try load(Self.trial))
        XCTAssertGreaterThan(busy.base.summary.group("voice", .occupancy)!.mean, 0.5)
        XCTAssertFalse(busy.headline.joined().contains("beyond its demand"), "\(busy.headline)")
    }

    func test_tablesAndCharts_appearOnlyWithTheSections() throws {
        let s = summary(try load(Self.trial), [try load(Self.move)])
        let tables = SummaryTables(s)
        XCTAssertEqual(tables.customersTable().rows.map { $0[0].display }, [
            "Journeys started over the 2 days", "Resolved share", "Lost for good over the 2 days", "Contacts per resolved journey",
            "Used 2+ channels", "Time to resolution", "Customers at risk a week", "Revenue at risk a week",
            "Staff and channel cost over the 2 days", "Cost per resolved journey",
        ])
        XCTAssertEqual(tables.customerChangesTable()?.rows.first?[1].display, ChangeVerdict.noChangeText, "the same customers arrive")
        let charts = SummaryCharts(s)
        let budget = try XCTUnwrap(charts.budgetVersusUsage())
        XCTAssertEqual(budget.series.map(\.name), ["Usage, base", "Budget, base", "Budget, scenario"])
        XCTAssertEqual(budget.series[1].values.compactMap { $0 }.reduce(0, +), 1, accuracy: 1e-9, "budget shares add up")
        let repeats = charts.repeatContactsByCause()
        XCTAssertEqual(repeats.map(\.title), ["Repeat contacts by cause over the 2 days, base", "Repeat contacts by cause over the 2 days, scenario"])
        XCTAssertEqual(repeats[0].series[3].values[repeats[0].categories.firstIndex(of: "phone")!],
                       s.base.summary.journeyChannel("phone", .transfersIn)?.mean)
        for text in [TextSummary(s).render(), MarkdownSummary(s).render()] { XCTAssertTrue(text.uppercased().contains("CUSTOMERS AND MONEY")) }

        let plain = summary(try load("Tests/EndToEndTests/Fixtures/report-no-journeys.yaml"))
        XCTAssertFalse(plain.hasCustomers)
        XCTAssertNil(SummaryCharts(plain).budgetVersusUsage())
        XCTAssertEqual(SummaryCharts(plain).repeatContactsByCause().count, 0)
        XCTAssertFalse(HTMLReport(plain).render().contains("id=\"customers\""))
        XCTAssertFalse(TextSummary(plain).render().contains("CUSTOMERS AND MONEY"))
    }

    /// Economics without journeys (no customers at risk): the costs lead; journeys without economics: customers lost.
    func test_oneSectionAlone_leadsWithWhatItKnows() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("ccsim-customers-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: dir) }
        let trial = try String(contentsOf: Self.root.appendingPathComponent(Self.trial), encoding: .utf8)
        let parts = trial.components(separatedBy: "journeys:\n"), sections = parts[1].components(separatedBy: "economics:\n")
        let scenario = "name: Move 3 agents from voice to digital\nbase: model.yaml\nchanges:\n  - move_agents: { from: voice, to: digital, count: 3 }\n"
        for (section, expected) in [("economics:\n" + sections[1], "Moving 3 agents from voice to digital lowers staff and channel costs by "),
                                    ("journeys:\n" + sections[0], "Moving 3 agents from voice to digital loses ")] {
            try (parts[0] + section).write(to: dir.appendingPathComponent("model.yaml"), atomically: true, encoding: .utf8)
            try scenario.write(to: dir.appendingPathComponent("move.yaml"), atomically: true, encoding: .utf8)
            let base = try ModelLoader.load(path: dir.appendingPathComponent("model.yaml").path)
            let s = summary(base, [try ModelLoader.load(path: dir.appendingPathComponent("move.yaml").path)])
            XCTAssertTrue(s.headline.first?.hasPrefix(expected) ?? false, "\(s.headline)")
            XCTAssertFalse(summary(base).headline.first?.contains("n/a") ?? true, "\(summary(base).headline)")
        }
    }

    func test_assumptions_sayTheJourneysAndEconomicsInWords() throws {
        let lines = AssumptionText.lines(try load(Self.trial), runSettings: false)
        for line in [
            "Journeys: up to 4 contacts per need (retries and transfers included); no shared history: a repeat contact takes "
                + "+20% handle time on the same channel, +40% on another channel and resolves 10 points less often",
            "Resolution of an answered contact: phone 85%, chat 80%, email 69%",
            "Customers stop waiting for an answer: email after 2d",
            "After abandoning: phone 60% come back after exponential mean 20m, on phone 70%, chat 30%; chat 50% come back after 10m, on phone",
            "Transfers: chat 10% passed to phone with the customer's history",
            "Call-backs on phone: offered after 40s of waiting, 50% accept, made within 2h, 80% reached, 1m of an agent's time per attempt",
            "Website first: 50% of customers try it before any channel; it resolves 30% of their needs",
            "Channel costs beyond staff: phone 0.1 per contact and 0.03 a minute waiting or handled; chat 0.05 per contact; "
                + "email 0.02 per contact; 0.2 per call-back made",
            "Customer value: 300 for each customer who leaves (revenue at risk)",
            "Customers who leave after a bad experience: 5% per abandoned contact, 10% per unanswered one, 20% when the need is never "
                + "resolved, 10% after more than 2 contacts, 5% when a contact waited over 10m",
        ] {
            XCTAssertTrue(lines.contains(line), "missing: \(line)\nin \(lines.joined(separator: "\n"))")
        }
        let plain = AssumptionText.lines(try load("Tests/EndToEndTests/Fixtures/report-no-journeys.yaml"))
        XCTAssertFalse(plain.contains { $0.hasPrefix("Journeys") || $0.hasPrefix("Customer") || $0.hasPrefix("Channel costs") })
    }
}
