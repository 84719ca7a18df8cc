import XCTest
@testable import ContactCenter
import Queueing

/// Inputs written the way people write them are accepted: `80% in 20s` (what every table prints),
/// `patience: none` (documented), and units spelt out (`sec`, `min`, `hours`, `days`, ...).
final class ModelInputFormTests: XCTestCase {
    func test_serviceLevel_inTheFormTablesPrint() throws {
        let expected = ServiceLevelTarget(fraction: 0.8, threshold: 20)
        for text in ["80%/20s", "80% within 20s", "80% in 20s", " 80%  in  20 s ", "80% In 20s", "0.8 in 20 seconds"] {
            XCTAssertEqual(try Quantity.serviceLevel(text), expected, text)
        }
        XCTAssertEqual(try Quantity.serviceLevel("90% in 24h"), ServiceLevelTarget(fraction: 0.9, threshold: 86400))
        XCTAssertThrowsError(try Quantity.serviceLevel("80% at 20s")) {
            XCTAssertEqual("\($0)", "'80% at 20s' is not a service level; write e.g. 80%/20s, \"80% within 20s\" or \"80% in 20s\"")
        }
    }

    func test_durationUnits_spelledOut_singularAndPlural() throws {
        let cases: [(String, Double)] = [
            ("20s", 20), ("20 sec", 20), ("20secs", 20), ("1 second", 1), ("20 seconds", 20),
            ("5m", 300), ("5 min", 300), ("5 mins", 300), ("1 minute", 60), ("5 minutes", 300),
            ("1.5h", 5400), ("2 hr", 7200), ("2 hrs", 7200), ("1 hour", 3600), ("1.5 hours", 5400),
            ("2d", 172_800), ("1 day", 86400), ("2 days", 172_800), ("2 Days", 172_800), ("250ms", 0.25),
        ]
        for (text, seconds) in cases { XCTAssertEqual(try Quantity.duration(text), seconds, accuracy: 1e-12, text) }
    }

    func test_durationErrors_listTheAcceptedUnits() {
        let units = "s (sec, seconds), m (min, minutes), h (hr, hours) or d (days)"
        XCTAssertThrowsError(try Quantity.duration("300")) { XCTAssertEqual("\($0)", "'300' has no unit; write e.g. 300s or 300m (units: \(units))") }
        XCTAssertThrowsError(try Quantity.duration("3 weeks")) { XCTAssertEqual("\($0)", "'3 weeks' has an unknown unit 'weeks'; use \(units)") }
        XCTAssertThrowsError(try Quantity.duration("5 months")) { XCTAssertTrue("\($0)".contains("unknown unit 'months'")) }
    }

    func test_patienceNone_meansContactsNeverAbandon() throws {
        let sandbox = try FileSandbox()
        let path = try sandbox.write("m.yaml", smallModel
            .replacingOccurrences(of: "handle_time: 5m, service_level: 80% within 20s",
                                  with: "handle_time: 5 minutes, patience: none, service_level: 80% in 20 sec"))
        let channel = try ModelLoader.load(path: path).model.channels[0]
        XCTAssertNil(channel.patience)
        XCTAssertEqual(channel.handleTime.mean, 300)
        XCTAssertEqual(channel.serviceLevel, ServiceLevelTarget(fraction: 0.8, threshold: 20))
        // A deferred channel never abandons anyway: none says so and is accepted.
        let deferred = try sandbox.write("d.yaml", smallModel.replacingOccurrences(of: "kind: voice", with: "kind: deferred")
            .replacingOccurrences(of: "handle_time: 5m", with: "handle_time: 5m, patience: None"))
        XCTAssertNil(try ModelLoader.load(path: deferred).model.channels[0].patience)
        // Another word is refused with the forms that work.
        let never = try sandbox.write("n.yaml", smallModel.replacingOccurrences(of: "handle_time: 5m", with: "handle_time: 5m, patience: never"))
        XCTAssertEqual(issues(loading: never, in: sandbox), [
            "n.yaml:4:74: channels.phone.patience: 'never' is not a patience; write a distribution like { exponential: { mean: 3m } }, "
                + "a duration like 3m, or none (contacts never abandon)",
        ])
    }
}
