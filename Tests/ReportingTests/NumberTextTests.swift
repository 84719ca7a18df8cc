import ContactCenter
import Reporting
import XCTest

/// Numbers as people read them in tables, Markdown, HTML and charts: grouped by thousands,
/// durations in a readable unit, and no sign on a value that shows as zero.
final class NumberTextTests: XCTestCase {
    func test_grouped_separatesThousands_withDecimals() {
        XCTAssertEqual(NumberText.grouped(7125, decimals: 2), "7,125.00")
        XCTAssertEqual(NumberText.grouped(1_234_567.891, decimals: 1), "1,234,567.9")
        XCTAssertEqual(NumberText.grouped(-66582, decimals: 0), "-66,582")
        XCTAssertEqual(NumberText.grouped(999.96, decimals: 1), "1,000.0")
        XCTAssertEqual(NumberText.grouped(Int.min), "-9,223,372,036,854,775,808")
        XCTAssertEqual(NumberText.grouped(.nan, decimals: 2), "n/a")
    }

    func test_zero_neverCarriesASign() {
        XCTAssertEqual(NumberText.grouped(-0.0, decimals: 1), "0.0")
        XCTAssertEqual(NumberText.grouped(-0.04, decimals: 1), "0.0")
        XCTAssertEqual(NumberText.signed(0.04, decimals: 1), "0.0")
        XCTAssertEqual(NumberText.signed(-0.4), "0")
        XCTAssertEqual(NumberText.signed(0), "0")
        XCTAssertEqual(NumberText.signed(0.06, decimals: 1), "+0.1")
        XCTAssertEqual(NumberText.signed(-6307.4), "-6,307")
        XCTAssertEqual(NumberText.signedDuration(0.01), "0.0 s")
        XCTAssertEqual(ValueFormat.points.tick(0.0004), "0 pts")
        XCTAssertEqual(ValueFormat.points.tick(-0.0004), "0 pts")
        XCTAssertEqual(ValueFormat.signed.tick(0.04), "0")
        XCTAssertEqual(ValueFormat.signed.tick(-1234), "-1,234")
        XCTAssertEqual(MeasureFormat.delta(0.0001, "service_level"), "0.0 pts")
        XCTAssertEqual(MeasureFormat.delta(-0.3, "abandoned"), "0")
    }

    func test_durations_readAsAPersonWould() {
        XCTAssertEqual(NumberText.duration(0), "0 s")
        XCTAssertEqual(NumberText.duration(0.66), "0.7 s")
        XCTAssertEqual(NumberText.duration(45.4), "45 s")
        XCTAssertEqual(NumberText.duration(150), "2 min 30 s")
        XCTAssertEqual(NumberText.duration(540), "9 min")
        XCTAssertEqual(NumberText.duration(3599.7), "1.0 h")
        XCTAssertEqual(NumberText.duration(66582), "18.5 h")
        XCTAssertEqual(NumberText.duration(149_029), "41.4 h")
        XCTAssertEqual(NumberText.duration(200_000), "2.3 days")
        XCTAssertEqual(NumberText.duration(-150), "-2 min 30 s")
        XCTAssertEqual(NumberText.signedDuration(-66582), "-18.5 h")
        // With an interval: one unit, chosen by the value, the half-width without it.
        XCTAssertEqual(NumberText.duration(113, plusMinus: 31), "1.9 min ± 0.5")
        XCTAssertEqual(NumberText.duration(66582, plusMinus: 2525), "18.5 h ± 0.7")
        XCTAssertEqual(NumberText.signedDuration(-65033, plusMinus: 2569), "-18.1 h ± 0.7")
        XCTAssertEqual(NumberText.signedDuration(-113, from: -144, to: -82), "-1.9 min (-2.4 to -1.4)")
        XCTAssertEqual(MeasureFormat.value(66582, "asa_seconds"), "18.5 h")
        XCTAssertEqual(MeasureFormat.title("asa_seconds"), "ASA")
    }

    func test_money_carriesTheCurrency_andJSONKeepsPlainNumbers() {
        XCTAssertEqual(MeasureFormat.value(173_086.4, "cost", currency: "EUR"), "173,086 EUR")
        XCTAssertEqual(MeasureFormat.value(173_086.4, "cost"), "173,086")
        XCTAssertEqual(MeasureFormat.delta(6307, "cost", currency: "EUR"), "+6,307 EUR")
        XCTAssertEqual(SummaryFormat.money(15.738, "EUR"), "15.74 EUR")
        XCTAssertEqual(SummaryFormat.money(7125, nil), "7,125")
        // A cost's interval stops at 0, as a count's does (it showed "-905–3,256").
        XCTAssertEqual(SummaryFormat.money(Estimate(mean: 1176, ci95: 2081, count: 2), "EUR"), "1,176 EUR (0–3,257)")
        XCTAssertEqual(SummaryFormat.money(Estimate(mean: 1176, ci95: 100, count: 2), "EUR"), "1,176 EUR (1,076–1,276)")
        var table = DataTable(columns: [Column("cost", "Cost"), Column("wait_seconds", "Wait (s)")])
        table.rows = [[.number(7125, decimals: 2), .number(66582, decimals: 1)]]
        XCTAssertTrue(table.text().contains("7,125.00"))
        XCTAssertTrue(table.text().contains("18.5 h"))
        XCTAssertTrue(table.text().hasPrefix("    Cost    Wait\n"), table.text())
        XCTAssertTrue(table.markdown().contains("| 7,125.00 | 18.5 h |"))
        XCTAssertEqual(table.csv(), "cost,wait_seconds\n7125.0,66582.0\n")
        XCTAssertEqual(table.json().serialized(pretty: false), #"[{"cost":7125,"wait_seconds":66582}]"#)
    }
}
