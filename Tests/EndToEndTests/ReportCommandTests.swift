import Foundation
import XCTest

/// `ccsim report` (and `--format html` on run and compare) checked as a reader would: every
/// section and chart present, no NaN or empty series, the headline's numbers equal to those of
/// `ccsim compare --format json` for the same seed and replications, and the page rendered by
/// headless Chromium is not blank and logs no console error.
///
/// The Chromium test needs the Debian package `chromium` (`.ci/run` installs it). When it is
/// missing the test fails under CI (`CI=true`) and is skipped elsewhere, so a laptop without
/// Chromium can still run the suite.
final class ReportCommandTests: XCTestCase {
    let model = "models/seed-retail-multichannel.yaml"
    let scenario = "scenarios/shift-phone-to-messaging.yaml"
    let replications = "3"

    func scratch() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("ccsim-report-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: dir) }
        return dir
    }

    /// Renders the seed scenario to an HTML file and returns its text.
    func renderHTML(to dir: URL) throws -> (path: String, html: String) {
        let path = dir.appendingPathComponent("report.html").path
        let r = try CCSimBinary.run(["report", model, scenario, "--replications", replications, "--output", path])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(r.stdout, "", "the report goes to --output")
        return (path, try String(contentsOfFile: path, encoding: .utf8))
    }

    static func assertNoNaN(_ text: String, file: StaticString = #filePath, line: UInt = #line) {
        for bad in ["NaN", "nan%", "inf%", "Infinity", ">inf<", ">nan<"] {
            XCTAssertFalse(text.contains(bad), "'\(bad)' in the report", file: file, line: line)
        }
    }

    func test_report_html_isOneSelfContainedPage_withEveryChart() throws {
        let (_, html) = try renderHTML(to: try scratch())
        XCTAssertTrue(html.hasPrefix("<!DOCTYPE html>"))
        XCTAssertTrue(html.hasSuffix("</html>\n"))
        // Self-contained: no script, nothing fetched.
        for banned in ["<script", "<link", "@import", "src=\"http", "href=\"http", "url(http", "@font-face"] {
            XCTAssertFalse(html.contains(banned), "'\(banned)' in a self-contained page")
        }
        XCTAssertTrue(html.contains("@media print"))
        XCTAssertTrue(html.contains("break-before:page"))
        for section in ["id=\"headline\"", "id=\"key-numbers\"", "id=\"staff\"", "id=\"changes\"", "id=\"service-level\"",
                        "id=\"queues\"", "id=\"assumptions\""] {
            XCTAssertTrue(html.contains(section), "missing section \(section)")
        }
        let channels = ["phone", "messaging", "social", "email", "mail"]
        var titles = ["Share of contacts and share of agent-hours by channel", "Change in service level (95% CI)",
                      "Change in abandoned contacts over the 5 days (95% CI)"]
        titles += channels.map { "\($0): service level by half-hour of arrival" }
        titles += ["phone: contacts waiting", "messaging: contacts waiting", "social: contacts waiting",
                   "email: backlog of unanswered work", "mail: backlog of unanswered work"]
        titles += channels.map { "\($0): service level by day" }
        // The seed model's customers and money (journeys and economics).
        titles += ["Share of budget and share of usage by channel", "Repeat contacts by cause over the 5 days, base",
                   "Repeat contacts by cause over the 5 days, scenario"]
        for title in titles {
            XCTAssertTrue(html.contains("<title id=\"") && html.contains(">\(title)</title>"), "missing chart '\(title)'")
        }
        XCTAssertEqual(html.components(separatedBy: "<svg ").count - 1, titles.count)
        // Every line series has points; bars for 5 channels x (contacts + base + scenario) and 2 x 5 deltas.
        let counts = html.matches(of: /data-points="([0-9]+)"/).map { Int($0.1)! }
        XCTAssertEqual(counts.count, 10 * 2)
        XCTAssertFalse(counts.contains(0), "an empty series: \(counts)")
        // Day charts: at most a bar per day (Monday to Friday) and run, none where no contact's fate is known.
        let svgs = html.components(separatedBy: "<svg ").dropFirst()
        let dayCharts = svgs.filter { $0.contains("service level by day</title>") }
        XCTAssertEqual(dayCharts.count, 5)
        let channelCharts = ["Share of contacts and share of agent-hours by channel</title>", "Change in service level (95% CI)</title>",
                             "Change in abandoned contacts over the 5 days (95% CI)</title>"]
        XCTAssertEqual(svgs.filter { svg in channelCharts.contains { svg.contains($0) } }
            .map { $0.components(separatedBy: "class=\"bar\"").count - 1 }.reduce(0, +), 15 + 10)
        for chart in dayCharts {
            XCTAssertTrue((1...10).contains(chart.components(separatedBy: "class=\"bar\"").count - 1))
            XCTAssertTrue(chart.contains(">Mon<") && chart.contains(">Fri<"), "the days are named")
        }
        XCTAssertGreaterThanOrEqual(html.components(separatedBy: "class=\"error-bar\"").count - 1, 4)
        // Accessible and grey-scale readable: titles and descriptions, dashed and hatched series.
        XCTAssertTrue(html.contains("role=\"img\""))
        XCTAssertTrue(html.contains("stroke-dasharray=\"7 4\""))
        XCTAssertTrue(html.contains("url(#hatch-D55E00)"))
        // Assumptions and the command that reproduces the report.
        XCTAssertTrue(html.contains("Move 20 agents from phone to digital"))
        XCTAssertTrue(html.contains("Channel messaging (chat)"))
        XCTAssertTrue(html.contains("ccsim report \(model) \(scenario) --replications 3 --seed 20261122 --format html"))
        Self.assertNoNaN(html)
    }

    /// The share as the headline writes it: one decimal when the interval is narrower than a point
    /// or the value is within a point of 0 or 100%.
    func shareText(_ m: [String: Any]) -> String {
        let mean = m["mean"] as! Double, half = m["ci95"] as! Double
        let decimals = (half < 0.005 || mean > 0.99 || mean < 0.01) ? 1 : 0
        return String(format: "%.\(decimals)f%%", 100 * mean)
    }

    func grouped(_ x: Double) -> String {
        let f = NumberFormatter()
        f.numberStyle = .decimal
        f.groupingSeparator = ","
        f.usesGroupingSeparator = true
        f.maximumFractionDigits = 0
        return f.string(from: NSNumber(value: x.rounded()))!
    }

    func test_report_headline_matchesCompareJSON_forTheSameSeedAndReplications() throws {
        let json = try CCSimBinary.run(["compare", model, scenario, "--replications", replications, "--format", "json"]).json()
        let base = try XCTUnwrap(json["base"] as? [String: Any])
        let s = try XCTUnwrap((json["scenarios"] as? [[String: Any]])?.first)
        let channels = { (j: [String: Any]) in j["channels"] as! [String: [String: [String: Any]]] }
        let delta = try XCTUnwrap(s["delta"] as? [String: Any])
        let totals = try XCTUnwrap(delta["totals"] as? [String: [String: Any]])
        let abandoned = totals["abandoned"]!["mean"] as! Double, cost = totals["cost"]!["mean"] as! Double
        XCTAssertLessThan(abandoned, 0)
        XCTAssertGreaterThan(cost, 0)

        let text = try CCSimBinary.run(["report", model, scenario, "--replications", replications])
        XCTAssertEqual(text.status, 0, text.stderr)
        let headline = text.stdout.components(separatedBy: "\n\n")[1].replacingOccurrences(of: "\n", with: " ")
        let from = shareText(channels(base)["messaging"]!["service_level"]!)
        let to = shareText(channels(s)["messaging"]!["service_level"]!)
        XCTAssertTrue(headline.contains("Moving 20 phone agents to messaging and social raises messaging service level from \(from)"),
                      headline)
        XCTAssertTrue(headline.contains(" to \(to)"), headline)
        XCTAssertTrue(headline.contains("Abandoned contacts fall by \(grouped(-abandoned)) over the 5 days"), headline)
        XCTAssertTrue(headline.contains("Staff cost rises by \(grouped(cost))"), headline)
        XCTAssertTrue(headline.contains("Phone stays above its 80% target"), headline)

        let (_, html) = try renderHTML(to: try scratch())
        for sentence in headline.components(separatedBy: ". ") {
            let escaped = sentence.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "'", with: "&#39;")
            XCTAssertTrue(html.contains(escaped.hasSuffix(".") ? escaped : escaped + "."), "HTML lacks: \(sentence)")
        }
    }

    func test_report_markdown_isGFM_withoutRawHTML() throws {
        let r = try CCSimBinary.run(["report", model, scenario, "--replications", replications, "--format", "markdown"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let md = r.stdout
        XCTAssertTrue(md.hasPrefix("# Executive summary: Retail customer service, multichannel baseline\n"))
        XCTAssertNotNil(md.firstMatch(of: /\n> [^\n]*In the base, phone has/), "the headline quote")
        XCTAssertTrue(md.contains("| Channel | Target | Run | Contacts (share) |"))
        XCTAssertTrue(md.contains("## What changes: scenario minus base"))
        XCTAssertTrue(md.contains("## Assumptions"))
        XCTAssertNil(md.firstMatch(of: /<[a-zA-Z\/][^>]*>/), "raw HTML in the Markdown")
        // Every table row has as many cells as its header.
        for table in md.components(separatedBy: "\n\n") where table.hasPrefix("| ") {
            let rows = table.split(separator: "\n").map { $0.replacingOccurrences(of: "\\|", with: "").filter { $0 == "|" }.count }
            XCTAssertEqual(Set(rows).count, 1, table)
        }
        Self.assertNoNaN(md)
    }

    func test_report_text_isTheDefault_andCoversEveryChannel() throws {
        let r = try CCSimBinary.run(["report", model, scenario, "--replications", replications])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.hasPrefix("EXECUTIVE SUMMARY — Retail customer service, multichannel baseline\n"))
        for part in ["KEY FIGURES BY CHANNEL", "WHAT CHANGES", "ASSUMPTIONS", "Reproduce: ccsim report"] {
            XCTAssertTrue(r.stdout.contains(part), part)
        }
        for channel in ["phone", "messaging", "social", "email", "mail"] { XCTAssertTrue(r.stdout.contains("\n\(channel) ")) }
        Self.assertNoNaN(r.stdout)
    }

    /// `--output report.md` wrote the text report into a Markdown file: the format follows the extension.
    /// A customer-limited run measures time from the warm-up's end to its last customer's arrival:
    /// the report's period is that time, not the model's horizon less the warm-up (it said "over the
    /// 22.3 hours" for models/single-queue.yaml: 24 h less 100 min, where 100,000 callers at 100 a
    /// minute arrive in 1,000 minutes, 15 measured hours after the warm-up).
    func test_report_customerLimitedRun_speaksOfTheMeasuredTime() throws {
        let r = try CCSimBinary.run(["report", "models/single-queue.yaml", "--replications", "2"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertFalse(r.stdout.contains("22.3 hours"), r.stdout)
        let hours = r.stdout.firstMatch(of: /abandon over the ([0-9.]+) hours/).flatMap { Double($0.1) }
        XCTAssertNotNil(hours, r.stdout)
        // 1,000 minutes of arrivals less the 100-minute warm-up (the queue's drain after the last
        // arrival is not in the period: it said 15.6 hours when it was).
        XCTAssertGreaterThan(hours ?? 0, 14.5)
        XCTAssertLessThan(hours ?? .infinity, 15.5)
    }

    func test_report_formatFollowsTheOutputExtension() throws {
        let dir = try scratch()
        for (name, start) in [("r.md", "# "), ("r.markdown", "# "), ("r.HTML", "<!DOCTYPE html>"), ("r.txt", "EXECUTIVE SUMMARY")] {
            let path = dir.appendingPathComponent(name).path
            let r = try CCSimBinary.run(["report", "models/bank-phone-email.yaml", "--replications", "2", "--output", path])
            XCTAssertEqual(r.status, 0, r.stderr)
            let text = try String(contentsOfFile: path, encoding: .utf8)
            XCTAssertTrue(text.hasPrefix(start), "\(name): \(text.prefix(80))")
        }
    }

    func test_report_ofOneModel_describesTheBase() throws {
        let r = try CCSimBinary.run(["report", model, "--replications", "2", "--format", "html"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.contains("In the base, phone has"))
        XCTAssertFalse(r.stdout.contains("id=\"changes\""), "no scenario, no change charts")
        XCTAssertEqual(r.stdout.components(separatedBy: "<svg ").count - 1, 11 + 5 + 2, "5 by day, 2 of customers and money")
        Self.assertNoNaN(r.stdout)
    }

    func test_runAndCompare_acceptFormatHTML() throws {
        let run = try CCSimBinary.run(["run", model, "--replications", "2", "--format", "html"])
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertTrue(run.stdout.hasPrefix("<!DOCTYPE html>"))
        XCTAssertTrue(run.stdout.contains("ccsim run \(model) --replications 2 --seed 20261122 --format html"))
        let compare = try CCSimBinary.run(["compare", model, scenario, "--replications", "2", "--format", "html"])
        XCTAssertEqual(compare.status, 0, compare.stderr)
        XCTAssertTrue(compare.stdout.contains("id=\"changes\""))
        Self.assertNoNaN(run.stdout + compare.stdout)
    }

    func test_report_explainsACostChangeFromHours_andWritesTheCurrency() throws {
        let r = try CCSimBinary.run(["report", model, scenario, "--replications", "2", "--set", "horizon.days=1", "--set", "simulation.warmup=0s",
                                     "--set", "currency=EUR"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let headline = r.stdout.components(separatedBy: "\n\n")[1].replacingOccurrences(of: "\n", with: " ")
        XCTAssertNotNil(headline.firstMatch(of: #/Staff cost rises by [0-9,]+ EUR \(\+[0-9.]+%\) with the same [0-9]+ agents, because the digital team is on duty 14 h a day against the phone team's 12 h\./#), headline)
        XCTAssertTrue(r.stdout.contains("- Costs are in EUR."))
        let json = try CCSimBinary.run(["compare", model, scenario, "--replications", "2", "--set", "horizon.days=1", "--set", "simulation.warmup=0s",
                                        "--set", "currency=EUR", "--format", "json"]).json()
        XCTAssertEqual(json["currency"] as? String, "EUR")
    }

    func test_badCurrency_isRefusedAtItsLine() throws {
        let file = CCSimBinary.fixture("model-bad-currency.yaml")
        try assertRefused(["report", file], mentions: ["\(file):2:11: currency: 'Euro dollars' is not a currency"])
    }

    func test_report_badInput_exits2() throws {
        try assertRefused(["report", "models/no-such-model.yaml"], mentions: ["no-such-model.yaml"])
        try assertRefused(["report", CCSimBinary.fixture("model-unknown-key.yaml"), scenario], mentions: ["model-unknown-key.yaml"])
        try assertRefused(["report", model, "--replications", "0"], mentions: ["--replications must be at least 1"])
        try assertRefused(["erlang", "c", "--agents", "10", "--load", "8", "--aht", "3m", "--target", "20s", "--format", "html"],
                          mentions: ["--format html"])
        // The argument parser's refusal exits 2 like every other input error.
        try assertRefused(["report", model, "--format", "pdf"], mentions: ["'pdf'", "--format"])
    }

    // MARK: - Customers and money (models with journeys and economics)

    let trial = "Tests/ContactCenterTests/Fixtures/journeys-trial.yaml"
    let trialMove = "Tests/EndToEndTests/Fixtures/journeys-trial-move.yaml"

    /// `301 customers (268–334)` from a JSON estimate, as the headline writes it.
    func customers(_ m: [String: Any], sign: Double = 1) -> String {
        let mean = sign * (m["mean"] as! Double), half = m["ci95"] as! Double
        return "\(grouped(mean)) customers (\(grouped(max(0, mean - half)))–\(grouped(mean + half)))"
    }

    func test_report_customerSentences_matchCompareJSON_forTheSameSeed() throws {
        let json = try CCSimBinary.run(["compare", trial, trialMove, "--format", "json"]).json()
        let delta = try XCTUnwrap((json["scenarios"] as? [[String: Any]])?.first?["delta"] as? [String: Any])
        let economics = try XCTUnwrap(delta["economics"] as? [String: [String: Any]])
        let risk = economics["customers_at_risk_per_week"]!, revenue = economics["revenue_at_risk_per_week"]!["mean"] as! Double
        XCTAssertGreaterThan(risk["mean"] as! Double, 0, "fewer phone agents put customers at risk")
        let text = try CCSimBinary.run(["report", trial, trialMove])
        XCTAssertEqual(text.status, 0, text.stderr)
        let headline = text.stdout.components(separatedBy: "\n\n")[1].replacingOccurrences(of: "\n", with: " ")
        XCTAssertTrue(headline.hasPrefix("Moving 3 agents from voice to digital loses \(customers(risk)) a week, worth \(grouped(revenue)); "
                                         + "a resolved journey costs "), headline)
        XCTAssertTrue(text.stdout.contains("\n\nCUSTOMERS AND MONEY\n"), "the table follows the headline")

        // The base alone: customers a week (the 2 days scaled to 7) and money, from `run`'s JSON.
        let run = try CCSimBinary.run(["run", trial, "--format", "json"]).json()
        let journeys = try XCTUnwrap(run["journeys"] as? [String: Any]), money = try XCTUnwrap(run["economics"] as? [String: [String: Any]])
        let started = (journeys["started"] as! [String: Any])["mean"] as! Double, lost = (journeys["lost"] as! [String: Any])["mean"] as! Double
        let base = try CCSimBinary.run(["report", trial])
        let first = base.stdout.components(separatedBy: "\n\n")[1].replacingOccurrences(of: "\n", with: " ")
        XCTAssertTrue(first.hasPrefix("Of \(grouped(started * 3.5)) customers a week who need help, "), first)
        XCTAssertTrue(first.contains(" are resolved and \(grouped(lost * 3.5)) are lost for good; "
                                     + "\(customers(money["customers_at_risk_per_week"]!)) a week are at risk of leaving, "
                                     + "worth \(grouped(money["revenue_at_risk_per_week"]!["mean"] as! Double)); a resolved journey costs "
                                     + String(format: "%.2f", money["cost_per_resolved_journey"]!["mean"] as! Double) + "."), first)
        Self.assertNoNaN(text.stdout + base.stdout)
    }

    func test_report_html_hasTheCustomerChartsAndTables() throws {
        let r = try CCSimBinary.run(["report", trial, trialMove, "--format", "html"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let html = r.stdout
        let headline = try XCTUnwrap(html.range(of: "id=\"headline\"")), customers = try XCTUnwrap(html.range(of: "id=\"customers\""))
        let tiles = try XCTUnwrap(html.range(of: "id=\"key-numbers\""))
        XCTAssertTrue(headline.upperBound < customers.lowerBound && customers.upperBound < tiles.lowerBound, "customers follow the headline")
        for title in ["Share of budget and share of usage by channel", "Repeat contacts by cause over the 2 days, base",
                      "Repeat contacts by cause over the 2 days, scenario"] {
            XCTAssertTrue(html.contains(">\(title)</title>"), "missing chart '\(title)'")
        }
        for text in ["Customers at risk a week", "Cost per resolved journey", "Customer value: 300 for each customer who leaves"] {
            XCTAssertTrue(html.contains(text), text)
        }
        let md = try CCSimBinary.run(["report", trial, trialMove, "--format", "markdown"]).stdout
        XCTAssertTrue(md.contains("## Customers and money\n\n| Customers and money | Base | Scenario |"), md)
        Self.assertNoNaN(html + md)
    }

    /// A model without journeys and economics reports byte for byte as before the report learnt
    /// about them (golden files written by `ccsim report`; rewritten only when the report changes on
    /// purpose, last when service level by interval began counting contacts still waiting past the target
    /// at the end as missed, which extends the base's interval series).
    func test_report_withoutJourneysOrEconomics_isUnchanged() throws {
        let fixtures = "Tests/EndToEndTests/Fixtures/"
        let model = fixtures + "report-no-journeys.yaml", move = fixtures + "report-no-journeys-move.yaml"
        let cases: [([String], String)] = [
            ([model, move, "--format", "text"], "compare.text"), ([model, move, "--format", "markdown"], "compare.markdown"),
            ([model, move, "--format", "html"], "compare.html"), ([model], "base.text"), ([model, "--format", "html"], "base.html"),
        ]
        for (arguments, golden) in cases {
            let r = try CCSimBinary.run(["report"] + arguments + ["--replications", "2"])
            XCTAssertEqual(r.status, 0, r.stderr)
            let expected = try String(contentsOf: CCSimBinary.root.appendingPathComponent(fixtures + "report-golden/" + golden), encoding: .utf8)
            XCTAssertEqual(r.stdout, expected, "report \(arguments.joined(separator: " ")) differs from \(golden)")
        }
    }

    /// With several scenarios each is named once where its sentences start: the headline read
    /// "“Email volume +65%”: In “Email volume +65%”, no channel's ..." (a name prefix before a sentence
    /// that names the scenario itself). A scenario named by its one change is not followed by that
    /// change in brackets ("Scenario: Move 3 agents from voice to digital (Move 3 agents from voice to digital)").
    func test_multiScenarioHeadline_namesEachScenarioOnce() throws {
        let titles = ["Bank with messaging at 9% of contacts", "Email volume +65% (one year of growth)"]
        for format in ["text", "markdown", "html"] {
            let r = try CCSimBinary.run(["report", "models/bank-phone-email.yaml", "scenarios/bank-adds-messaging.yaml",
                                         "scenarios/email-plus-65.yaml", "--replications", "2", "--format", format])
            XCTAssertEqual(r.status, 0, r.stderr)
            let flat = r.stdout.components(separatedBy: .whitespacesAndNewlines).filter { !$0.isEmpty }.joined(separator: " ")
            for title in titles {
                XCTAssertFalse(flat.contains("“\(title)”: In “\(title)”"), "\(format): \(title) named twice in a row")
                XCTAssertFalse(flat.contains("“\(title)”: "), "\(format): a name prefix before \(title)'s sentences")
                XCTAssertTrue(flat.contains("In “\(title)”, "), "\(format): \(title)'s sentences start with its name")
            }
        }
        let fixtures = "Tests/EndToEndTests/Fixtures/"
        let text = try CCSimBinary.run(["report", fixtures + "report-no-journeys.yaml", fixtures + "report-no-journeys-move.yaml",
                                        "--replications", "2"]).stdout
        XCTAssertTrue(text.contains("\nScenario: Move 3 agents from voice to digital\n"), text)
        // compare's tables: no "change:" line restating the title, in text and Markdown; JSON keeps every change.
        let files = [fixtures + "report-no-journeys.yaml", fixtures + "report-no-journeys-move.yaml", "--replications", "2"]
        let compare = try CCSimBinary.run(["compare"] + files).stdout
        XCTAssertTrue(compare.contains("\nScenario: Move 3 agents from voice to digital\n\n"), compare)
        XCTAssertFalse(compare.contains("change: Move 3 agents"), compare)
        let markdown = try CCSimBinary.run(["compare"] + files + ["--format", "markdown"]).stdout
        XCTAssertTrue(markdown.contains("## Move 3 agents from voice to digital\n\n| "), markdown)
        let json = try CCSimBinary.run(["compare"] + files + ["--format", "json"]).json()
        let scenarios = try XCTUnwrap(json["scenarios"] as? [[String: Any]])
        XCTAssertEqual(scenarios.first?["own_changes"] as? [String], ["Move 3 agents from voice to digital"], "JSON keeps every change")
    }

    // MARK: - Headless Chromium

    /// The Chromium binary, or nil (then the test fails under CI and is skipped elsewhere).
    func chromium() throws -> URL? {
        for path in ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
        where FileManager.default.isExecutableFile(atPath: path) { return URL(fileURLWithPath: path) }
        if ProcessInfo.processInfo.environment["CI"] == "true" {
            XCTFail("chromium is not installed; .ci/run installs it with: apt-get install -y chromium")
            return nil
        }
        throw XCTSkip("chromium is not installed (apt-get install -y chromium); required under CI=true")
    }

    /// Runs Chromium headless on `page`, returning its stderr (with console messages logged there).
    func runChromium(_ chromium: URL, _ arguments: [String], page: String) throws -> String {
        let process = Process()
        process.executableURL = chromium
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--enable-logging=stderr",
                             "--v=0", "--user-data-dir=" + FileManager.default.temporaryDirectory
                                 .appendingPathComponent("ccsim-chromium-\(UUID().uuidString)").path] + arguments + [page]
        let errURL = try scratch().appendingPathComponent("stderr")
        FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let err = try FileHandle(forWritingTo: errURL)
        process.standardError = err
        process.standardOutput = err
        try process.run()
        let deadline = Date().addingTimeInterval(120)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.1) }
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
        try err.close()
        return String(decoding: try Data(contentsOf: errURL), as: UTF8.self)
    }

    /// Console messages in Chromium's log (`INFO:CONSOLE`, `ERROR:CONSOLE`, uncaught exceptions).
    func consoleMessages(_ log: String) -> [String] {
        log.split(separator: "\n").map(String.init).filter { $0.contains(":CONSOLE") || $0.contains("Uncaught") }
    }

    /// Width and height from a PNG's IHDR chunk.
    func pngSize(_ data: Data) -> (Int, Int)? {
        let bytes = [UInt8](data.prefix(24))
        guard bytes.count == 24, bytes[0..<8] == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] else { return nil }
        let int = { (i: Int) in bytes[i..<(i + 4)].reduce(0) { $0 << 8 | Int($1) } }
        return (int(16), int(20))
    }

    func test_report_html_rendersInHeadlessChromium_notBlank_withoutConsoleErrors() throws {
        guard let chromium = try chromium() else { return }
        let dir = try scratch()
        let (path, _) = try renderHTML(to: dir)
        let shot = dir.appendingPathComponent("report.png")
        let log = try runChromium(chromium, ["--screenshot=" + shot.path, "--window-size=1280,2400"], page: "file://" + path)
        XCTAssertEqual(consoleMessages(log), [], "console messages while rendering the report")
        let png = try Data(contentsOf: shot)
        let size = try XCTUnwrap(pngSize(png), "not a PNG")
        XCTAssertEqual(size.0, 1280)
        XCTAssertEqual(size.1, 2400)
        // A blank page of the same size compresses to a few kilobytes; charts, tables and text do not.
        let blankPage = dir.appendingPathComponent("blank.html")
        try "<!DOCTYPE html><html><body></body></html>".write(to: blankPage, atomically: true, encoding: .utf8)
        let blankShot = dir.appendingPathComponent("blank.png")
        _ = try runChromium(chromium, ["--screenshot=" + blankShot.path, "--window-size=1280,2400"], page: "file://" + blankPage.path)
        let blank = try Data(contentsOf: blankShot)
        XCTAssertGreaterThan(png.count, 5 * blank.count, "the screenshot (\(png.count) bytes) looks blank (blank page: \(blank.count))")
        // The DOM Chromium built has every chart.
        let domLog = dir.appendingPathComponent("dom.html")
        let process = Process()
        process.executableURL = chromium
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--dump-dom", "file://" + path]
        FileManager.default.createFile(atPath: domLog.path, contents: nil)
        let out = try FileHandle(forWritingTo: domLog)
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try out.close()
        let dom = try String(contentsOf: domLog, encoding: .utf8)
        XCTAssertEqual(dom.components(separatedBy: "<svg ").count - 1, 13 + 5 + 3, "5 by day, 3 of customers and money")
    }

    func test_customerReport_rendersInHeadlessChromium_withoutConsoleErrors() throws {
        guard let chromium = try chromium() else { return }
        let dir = try scratch()
        let path = dir.appendingPathComponent("customers.html").path
        let r = try CCSimBinary.run(["report", trial, trialMove, "--output", path, "--format", "html"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let log = try runChromium(chromium, ["--screenshot=" + dir.appendingPathComponent("customers.png").path, "--window-size=1280,2400"],
                                  page: "file://" + path)
        XCTAssertEqual(consoleMessages(log), [], "console messages while rendering the report")
        XCTAssertNotNil(pngSize(try Data(contentsOf: dir.appendingPathComponent("customers.png"))), "no screenshot")
    }

    func test_consoleCheck_catchesAScriptError() throws {
        guard let chromium = try chromium() else { return }
        let dir = try scratch()
        let page = dir.appendingPathComponent("bad.html")
        try "<html><body><script>throw new Error('boom')</script></body></html>".write(to: page, atomically: true, encoding: .utf8)
        let log = try runChromium(chromium, ["--screenshot=" + dir.appendingPathComponent("bad.png").path, "--window-size=400,300"],
                                  page: "file://" + page.path)
        XCTAssertFalse(consoleMessages(log).isEmpty, "the console check must see an uncaught error: \(log)")
    }
}
