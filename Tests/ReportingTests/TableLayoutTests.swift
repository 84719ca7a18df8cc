import Reporting
import XCTest

/// Terminal tables fit `TextLayout.width` (100) columns whatever their content: a table that
/// fits is written as before; a wider one wraps its titles, then is split into parts that each
/// repeat the key columns; only a column too wide on its own wraps its cells.
final class TableLayoutTests: XCTestCase {
    func widest(_ text: String) -> Int { text.split(separator: "\n").map(\.count).max() ?? 0 }

    func test_aTableThatFits_isWrittenOnOneHeaderLine() {
        let t = DataTable(columns: [Column("channel", "Channel"), Column("agents", "Agents")],
                          rows: [[.text("phone"), .integer(1234)], [.text("email"), .integer(7)]])
        XCTAssertEqual(t.text(), "Channel  Agents\n-------  ------\nphone     1,234\nemail         7\n")
    }

    func test_longTitles_wrapBeforeTheTableIsSplit() {
        let columns = (1...8).map { Column("c\($0)", "A rather long column title number \($0)") }
        let t = DataTable(columns: columns, rows: [(1...8).map { .integer($0 * 1000) }])
        let text = t.text()
        XCTAssertLessThanOrEqual(widest(text), 100, text)
        XCTAssertEqual(text.components(separatedBy: "-----").count > 1, true)
        XCTAssertFalse(text.contains("\n\n"), "one part only: \(text)")
        XCTAssertTrue(text.contains("8,000"))
    }

    func test_aTableTooWideEvenWithWrappedTitles_isSplitIntoPartsRepeatingTheKeys() {
        var columns = [Column("channel", "Channel"), Column("run", "Run")]
        columns += (1...6).map { Column("m\($0)", "Measure\($0)") }
        let value = "99.3% (98.5–100.0%)"
        let t = DataTable(columns: columns, rows: [[.text("messaging"), .text("Scenario")] + Array(repeating: .text(value), count: 6),
                                                   [.text(""), .text("Base")] + Array(repeating: .text(value), count: 6)],
                          keyColumns: 2)
        let text = t.text()
        XCTAssertLessThanOrEqual(widest(text), 100, text)
        let parts = text.components(separatedBy: "\n\n")
        XCTAssertEqual(parts.count, 2, text)
        for part in parts {
            XCTAssertTrue(part.hasPrefix("Channel    Run"), part)
            XCTAssertTrue(part.contains("messaging  Scenario"), part)
        }
        // Every value is shown, unbroken.
        XCTAssertEqual(text.components(separatedBy: value).count - 1, 12)
    }

    func test_leadingTextColumns_areTheKeys_byDefault() {
        let columns = [Column("interval_start", "Interval"), Column("channel", "Channel")]
            + (1...12).map { Column("v\($0)", "Value \($0)") }
        let rows: [[Cell]] = [[.text("2026-11-23 08:00"), .text("messaging")] + (1...12).map { .number(Double($0) * 1111.1, decimals: 1) }]
        let text = DataTable(columns: columns, rows: rows).text()
        XCTAssertLessThanOrEqual(widest(text), 100, text)
        let parts = text.components(separatedBy: "\n\n")
        XCTAssertGreaterThan(parts.count, 1)
        for part in parts { XCTAssertTrue(part.contains("2026-11-23 08:00  messaging"), part) }
    }

    func test_aCellWiderThanTheTerminal_wraps() {
        let name = String(repeating: "verylongchannelname", count: 9)
        let note = Array(repeating: "word", count: 60).joined(separator: " ")
        let t = DataTable(columns: [Column("channel", "Channel"), Column("note", "Note")], rows: [[.text(name), .text(note)]])
        let text = t.text()
        XCTAssertLessThanOrEqual(widest(text), 100, text)
        XCTAssertEqual(text.replacingOccurrences(of: "\n", with: "").filter { $0 == "w" }.count,
                       name.filter { $0 == "w" }.count + 60)
    }

    func test_keyValueReport_andProse_wrapToTheWidth() {
        var r = KeyValueReport()
        r.add("agents", "Agents required to answer eighty percent of the calls within twenty seconds, after shrinkage",
              .integer(108))
        r.notes = [Array(repeating: "approximation", count: 12).joined(separator: " ")]
        let text = r.text()
        XCTAssertLessThanOrEqual(widest(text), 100, text)
        XCTAssertTrue(text.contains("note: approximation"))
        XCTAssertTrue(text.contains("\n      approximation"), "the note continues under its text")
        let item = TextLayout.fit("- " + Array(repeating: "abc", count: 40).joined(separator: " "))
        XCTAssertLessThanOrEqual(widest(item), 100)
        XCTAssertTrue(item.contains("\n  abc"), "a list item continues under its text: \(item)")
        XCTAssertLessThanOrEqual(widest(TextLayout.fit(String(repeating: "x", count: 250))), 100)
    }
}
