import ContactCenter
import XCTest
@testable import Reporting

/// Formatting never converts a huge or non-finite Double to Int (which traps): every formatter that
/// writes whole numbers falls back to another form above 1e15 (found by fuzzing: an answer time of
/// 1e19 s crashed the Erlang report).
final class HugeValueFormattingTests: XCTestCase {
    func test_hugeAndNonFiniteValues_formatWithoutTrapping() {
        for x in [1e15, 1e19, 9.3e18, 1e300, Double.greatestFiniteMagnitude] {
            XCTAssertFalse(NumberText.durationMagnitude(x).isEmpty)
            XCTAssertTrue(QueueReports.seconds(x).hasSuffix("s"))
            XCTAssertTrue(SummaryFormat.threshold(x).hasSuffix("s"))
            XCTAssertFalse(Describe.number(x).hasSuffix("."), Describe.number(x))
            XCTAssertFalse(SVG.coordinate(x).isEmpty)
            XCTAssertFalse(SVG.coordinate(-x).isEmpty)
        }
        XCTAssertEqual(NumberText.durationMagnitude(.infinity), "unbounded")
        XCTAssertEqual(NumberText.durationMagnitude(.nan), "n/a")
        // Ordinary values keep their forms.
        XCTAssertEqual(NumberText.durationMagnitude(3599), "59 min 59 s")
        XCTAssertEqual(NumberText.durationMagnitude(59.6), "1 min")
        XCTAssertEqual(NumberText.durationMagnitude(42), "42 s")
        XCTAssertEqual(QueueReports.seconds(20), "20s")
        XCTAssertEqual(SummaryFormat.threshold(86400), "24h")
        XCTAssertEqual(SVG.coordinate(40), "40")
    }
}
