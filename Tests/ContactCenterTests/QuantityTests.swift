import XCTest
@testable import ContactCenter

final class QuantityTests: XCTestCase {
    func test_durations_convertEveryUnitToSeconds() throws {
        XCTAssertEqual(try Quantity.duration("20s"), 20)
        XCTAssertEqual(try Quantity.duration("5m"), 300)
        XCTAssertEqual(try Quantity.duration("1.5h"), 5400)
        XCTAssertEqual(try Quantity.duration("2d"), 172_800)
        XCTAssertEqual(try Quantity.duration(" 0s "), 0)
    }

    func test_durations_withoutOrWithUnknownUnits_sayWhatToWrite() {
        XCTAssertThrowsError(try Quantity.duration("300")) { XCTAssertTrue("\($0)".contains("no unit")) }
        XCTAssertThrowsError(try Quantity.duration("300x")) { XCTAssertTrue("\($0)".contains("unknown unit 'x'")) }
        XCTAssertThrowsError(try Quantity.duration("-1m")) { XCTAssertTrue("\($0)".contains("negative")) }
        XCTAssertThrowsError(try Quantity.duration("")) { XCTAssertTrue("\($0)".contains("empty")) }
        XCTAssertThrowsError(try Quantity.duration("s"))
        XCTAssertThrowsError(try Quantity.duration("infh"))
    }

    func test_shares_acceptPercentOrFraction_andRejectAmbiguousNumbers() throws {
        XCTAssertEqual(try Quantity.share("80%"), 0.8, accuracy: 1e-15)
        XCTAssertEqual(try Quantity.share("0.8"), 0.8)
        XCTAssertThrowsError(try Quantity.share("80")) { XCTAssertTrue("\($0)".contains("80%")) }
        XCTAssertThrowsError(try Quantity.share("120%"))
        XCTAssertThrowsError(try Quantity.share("-5%"))
        XCTAssertThrowsError(try Quantity.share("nan"))
    }

    func test_serviceLevels_inBothNotations() throws {
        let a = try Quantity.serviceLevel("80%/20s")
        let b = try Quantity.serviceLevel("80% within 20s")
        XCTAssertEqual(a, b)
        XCTAssertEqual(a.threshold, 20)
        XCTAssertThrowsError(try Quantity.serviceLevel("80%"))
        XCTAssertThrowsError(try Quantity.serviceLevel("100%/20s"))
        XCTAssertThrowsError(try Quantity.serviceLevel("0%/20s"))
    }
}
