import Reporting
import XCTest

/// Report tables as CSV go through the shared RFC 4180 writer: plain cells unchanged, cells with a
/// comma, quote or line break (a Windows CRLF included) quoted.
final class DataTableCSVTests: XCTestCase {
    func test_csv_quotesOnlyCellsThatNeedIt_includingCRLF() {
        let table = DataTable(columns: [Column("name", "Name"), Column("value", "Value")], rows: [
            [.text("phone"), .number(0.5, decimals: 1)],
            [.text("Move 20 agents, then \"wait\""), .missing],
            [.text("two\r\nlines"), .integer(3)],
        ])
        XCTAssertEqual(table.csv(), "name,value\nphone,0.5\n\"Move 20 agents, then \"\"wait\"\"\",\n\"two\r\nlines\",3\n")
    }
}
