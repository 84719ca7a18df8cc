import ContactCenter
import Foundation
import Reporting
import XCTest

/// The rules of the summaries, on the shipped models simulated in-process (one day, two
/// replications): identical runs read "no change" everywhere (never "not significant"), a cost
/// change with the same headcount is explained by the teams' hours, a scenario built on another
/// lists only its own changes, and the model's currency follows every cost.
final class SummaryRulesTests: XCTestCase {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    func load(_ path: String, _ overrides: [String: String] = [:]) throws -> LoadedModel {
        try ModelLoader.load(path: Self.root.appendingPathComponent(path).path,
                             overrides: [ParameterOverride(path: "horizon.days", value: "1"), ParameterOverride(path: "simulation.warmup", value: "0s")]
                                 + overrides.sorted { $0.key < $1.key }.map { ParameterOverride(path: $0.key, value: $0.value) })
    }

    func compare(_ base: LoadedModel, _ scenarios: [LoadedModel]) -> CompareReport {
        let runs = ([base] + scenarios).map { Replications.run($0.model, count: 2, seed: 7, jobs: 2) }
        let summary = SimulationSummary(model: base.model, replications: runs[0])
        return CompareReport(base: RunReport(loaded: base, summary: summary, seed: 7), scenarios: scenarios.enumerated().map { k, s in
            CompareReport.Scenario(loaded: s, summary: SimulationSummary(model: s.model, replications: runs[k + 1]),
                                   delta: SimulationSummary(differenceOf: runs[k + 1], minus: runs[0], scenarioModel: s.model,
                                                            baseModel: base.model))
        })
    }

    func test_identicalRuns_sayNoChange_neverNotSignificant() throws {
        let model = try load("models/bank-phone-email.yaml")
        let report = compare(model, [model])
        let summary = ExecutiveSummary(compare: report, command: "ccsim report")
        let text = report.text() + TextSummary(summary).render() + MarkdownSummary(summary).render() + HTMLReport(summary).render()
        XCTAssertFalse(text.contains("not significant"), "identical runs are not 'not significant'")
        XCTAssertFalse(text.contains("tile-value\">no significant change"))
        XCTAssertFalse(report.text().contains(" *"), "no difference is marked significant")
        let table = report.table(report.scenarios[0])
        XCTAssertEqual(Set(table.rows.map { $0[4].display }), ["no change"])
        let headline = summary.headline.joined(separator: " ")
        XCTAssertTrue(headline.contains("no channel's service level changes (the same in every replication)"), headline)
        XCTAssertTrue(headline.contains("Abandoned contacts over the day do not change."), headline)
        XCTAssertTrue(headline.contains("Staff cost is unchanged."), headline)
        let charts = SummaryCharts(summary)
        XCTAssertTrue(charts.serviceLevelChanges().svg().contains(">no change</text>"))
        XCTAssertTrue(charts.abandonmentChanges().svg().contains(">no change</text>"))
        for bad in ["-0.0", "+0.0", "+0 ", "-0 ", "±0"] { XCTAssertFalse(text.contains(bad), "'\(bad)' in the output") }
    }

    func test_costChangeWithTheSameHeadcount_isExplainedByTheTeamsHours() throws {
        let base = try load("models/seed-retail-multichannel.yaml")
        let moved = try load("scenarios/shift-phone-to-messaging.yaml")
        XCTAssertEqual(CostExplanation(base: base.model, scenario: moved.model).clause(costRises: true, currency: "EUR"),
                       "with the same 105 agents, because the digital team is on duty 14 h a day against the phone team's 12 h")
        // Hours do not explain a fall here, and a bigger team is not "the same headcount".
        XCTAssertNil(CostExplanation(base: base.model, scenario: moved.model).clause(costRises: false, currency: nil))
        let bigger = try load("models/seed-retail-multichannel.yaml", ["agent_groups.digital.agents": "27"])
        XCTAssertNil(CostExplanation(base: base.model, scenario: bigger.model).clause(costRises: true, currency: nil))
        // A move that also changes a rate is not explained by the hours (the rate may be the cause).
        let repriced = try load("scenarios/shift-phone-to-messaging.yaml", ["agent_groups.phone.cost_per_hour": "99"])
        XCTAssertNil(CostExplanation(base: base.model, scenario: repriced.model).clause(costRises: true, currency: nil))
        let rehoured = try load("scenarios/shift-phone-to-messaging.yaml", ["agent_groups.email.hours": "\"08:00-12:00\""])
        XCTAssertNil(CostExplanation(base: base.model, scenario: rehoured.model).clause(costRises: true, currency: nil))
        let report = compare(base, [moved])
        let headline = Headline(ExecutiveSummary(compare: report, command: "ccsim report")).sentences.joined(separator: " ")
        XCTAssertTrue(headline.contains("Staff cost rises by "), headline)
        XCTAssertTrue(headline.contains("with the same 105 agents, because the digital team is on duty 14 h a day "
                                        + "against the phone team's 12 h."), headline)
    }

    /// A channel only the scenario has (bank-adds-messaging) is in the report's tables, after the base's.
    func test_aChannelOnlyTheScenarioHas_isInTheTables() throws {
        let base = try load("models/bank-phone-email.yaml")
        let added = try load("scenarios/bank-adds-messaging.yaml")
        let summary = ExecutiveSummary(compare: compare(base, [added]), command: "ccsim report")
        XCTAssertEqual(summary.channelNames, ["phone", "email", "messaging"])
        let kpi = SummaryTables(summary).kpiTable()
        let messaging = kpi.rows.filter { $0[0].display == "messaging" }
        XCTAssertEqual(messaging.count, 1, "one row: the scenario's (the base has no messaging)")
        XCTAssertEqual(messaging.first?[2].display, SummaryTables(summary).runLabels[1])
    }

    /// A scenario that changes a target measures service level against another definition: the
    /// comparison says so, and the report's target column shows the scenario's own.
    func test_aScenarioThatChangesATarget_saysSo() throws {
        let base = try load("models/bank-phone-email.yaml")
        let stricter = try load("models/bank-phone-email.yaml", ["channels.phone.service_level": "90% within 10s"])
        let report = compare(base, [stricter])
        XCTAssertEqual(report.targetNotes(report.scenarios[0]), [
            "phone: the scenario measures service level against 90% in 10s, the base against 80% in 20s; the change "
                + "includes the change of target."])
        XCTAssertTrue(report.text().contains("note: phone: the scenario measures service level against 90% in 10s"), report.text())
        XCTAssertTrue(report.markdown().contains("Note: phone: the scenario measures"))
        let kpi = SummaryTables(ExecutiveSummary(compare: report, command: "ccsim report")).kpiTable()
        let targets = kpi.rows.filter { $0[0].display == "phone" || $0[0].display == "" }.prefix(2).map { $0[1].display }
        XCTAssertEqual(targets, ["80% in 20s", "90% in 10s"])
        XCTAssertEqual(report.targetNotes(compare(base, [base]).scenarios[0]), [])
    }

    /// A scenario whose horizon starts on another day is not paired day by day with the base (its
    /// Tuesday was shown, and differenced, as the base's Monday).
    func test_aScenarioStartingOnAnotherDay_isNotPairedDayByDay() throws {
        let base = try load("models/bank-phone-email.yaml", ["horizon.days": "2"])
        let later = try load("models/bank-phone-email.yaml", ["horizon.days": "2", "horizon.start": "tuesday"])
        let same = compare(base, [base]), moved = compare(base, [later])
        XCTAssertEqual(same.scenarios[0].delta.days.count, 2)
        XCTAssertEqual(moved.scenarios[0].delta.days.count, 0)
        let table = try XCTUnwrap(SummaryTables(ExecutiveSummary(compare: moved, command: "ccsim report")).daysTable())
        XCTAssertEqual(table.rows.count, 2, "the base's two days only")
    }

    func test_aScenarioOnAnotherScenario_listsOnlyItsOwnChanges() throws {
        let base = try load("scenarios/bank-adds-messaging.yaml")
        let growth = try load("scenarios/messaging-growth-9-to-25.yaml")
        XCTAssertGreaterThan(growth.changes.count, 2, "the loaded scenario carries its base's changes")
        let own = CompareReport.changes(of: growth, beyond: base)
        // Its demand.mix change; the --set override both share is the base's, listed once in the header.
        XCTAssertEqual(own.count, 1, "\(own)")
        XCTAssertTrue(own[0].contains("demand.mix"), "\(own)")
        let report = compare(base, [growth])
        let markdown = report.markdown()
        for change in base.changes {
            XCTAssertEqual(markdown.components(separatedBy: change).count - 1, 1, "'\(change)' listed more than once:\n\(markdown)")
        }
        let summary = ExecutiveSummary(compare: report, command: "ccsim report")
        XCTAssertEqual(summary.scenarios[0].run.changes, own)
    }

    func test_currency_followsEveryCost_inEveryFormat() throws {
        let base = try load("models/seed-retail-multichannel.yaml", ["currency": "EUR"])
        let moved = try load("scenarios/shift-phone-to-messaging.yaml", ["currency": "EUR"])
        XCTAssertEqual(base.currency, "EUR")
        let report = compare(base, [moved])
        let summary = ExecutiveSummary(compare: report, command: "ccsim report")
        XCTAssertNotNil(report.text().firstMatch(of: #/Cost +[0-9,]+ EUR ± [0-9,]+ +[0-9,]+ EUR ± [0-9,]+ +\+[0-9,]+ EUR ± /#))
        XCTAssertNotNil(report.base.text().firstMatch(of: #/[0-9,]+ EUR ± [0-9,]+/#))
        XCTAssertNotNil(report.markdown().firstMatch(of: /\| [0-9,]+ EUR ± [0-9,]+ \|/))
        XCTAssertTrue(report.csv().contains(",cost,") && report.csv().contains(",EUR\n"))
        XCTAssertTrue(report.json().serialized().contains("\"currency\": \"EUR\""))
        let headline = summary.headline.joined(separator: " ")
        XCTAssertNotNil(headline.firstMatch(of: /Staff cost rises by [0-9,]+ EUR \(\+[0-9.]+%\)/), headline)
        let html = HTMLReport(summary).render(), md = MarkdownSummary(summary).render(), text = TextSummary(summary).render()
        for out in [html, md, text] {
            XCTAssertNotNil(out.firstMatch(of: /[0-9] EUR/))
            XCTAssertTrue(out.contains("cost 30 EUR per agent-hour"))
        }
        XCTAssertTrue(text.contains("Staff cost: +") && text.contains(" EUR ("))
        // Without a currency: plain numbers.
        let plain = try load("models/bank-phone-email.yaml")
        XCTAssertNil(plain.currency)
        XCTAssertFalse(compare(plain, []).text().contains("EUR"))
    }

    /// `ccsim compare` (the README's demo) printed "total Cost 177,393 EUR" (staff) in one table and
    /// "Total cost 183,962 EUR" (staff and channel costs) in the next: two totals under one name.
    func test_compare_namesTheStaffTotalAndTheStaffAndChannelTotalApart() throws {
        let base = try load("models/seed-retail-multichannel.yaml")
        let text = compare(base, [try load("scenarios/shift-phone-to-messaging.yaml")]).text()
        XCTAssertNotNil(text.firstMatch(of: /\ntotal +Cost +[0-9,]+ EUR/), text)
        XCTAssertNotNil(text.firstMatch(of: /\nStaff and channel cost +[0-9,]+ EUR/), text)
        XCTAssertFalse(text.contains("\nTotal cost "), text)
    }

    /// `ccsim run --format markdown` left out the totals line the table format prints (offered,
    /// handled, abandoned, cost), and its customers line had no label.
    func test_runMarkdown_hasTheTotalsAndCustomersLinesOfTheText() throws {
        let run = compare(try load("models/seed-retail-multichannel.yaml"), []).base
        XCTAssertTrue(run.text().contains("Totals: Offered "), run.text())
        let md = run.markdown()
        XCTAssertNotNil(md.firstMatch(of: #/\n\*\*Totals:\*\* Offered [0-9,]+ ± [0-9,]+ · Handled .* · Cost [0-9,]+ EUR ± /#), md)
        XCTAssertTrue(md.contains("\n**Customers:** Journeys started "), md)
    }

    func test_currency_isCheckedWhereItIsWritten() {
        for bad in ["E U R", "123", "{ code: EUR }", "EURODOLLARS"] {
            XCTAssertThrowsError(try load("models/seed-retail-multichannel.yaml", ["currency": bad]), bad) { error in
                let message = (error as? FileErrors)?.issues.map(\.description).joined() ?? "\(error)"
                XCTAssertTrue(message.contains("currency"), message)
            }
        }
    }
}
