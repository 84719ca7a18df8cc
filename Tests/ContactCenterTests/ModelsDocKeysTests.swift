import Foundation
import XCTest
@testable import ContactCenter

/// Every key a model or scenario file may use is written in docs/MODELS.md ("The format, with every
/// key", as the README says). A channel's `priority` and `routing.contact_selection` were accepted
/// but documented only in ROUTING.md, a scenario's `description` nowhere.
final class ModelsDocKeysTests: XCTestCase {
    func test_everyKeyTheReadersAccept_isInMODELSmd() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let doc = try String(contentsOf: root.appendingPathComponent("docs/MODELS.md"), encoding: .utf8)
        let readers: [(String, [String])] = [
            ("model", ModelFileDecoder.keys), ("channel", ModelFileDecoder.channelKeys), ("agent group", AgentGroupDecoder.keys),
            ("calendar", CalendarDecoder.keys), ("demand", DemandDecoder.keys), ("journeys", JourneyDecoder.keys),
            ("journeys rule", JourneyDecoder.ruleKeys), ("economics", EconomicsDecoder.keys), ("scenario", ModelLoader.scenarioKeys),
            ("scenario change", ScenarioChange.kinds), ("routing", ["policy", "contact_selection"]),
            ("horizon", ["days", "interval", "start"]), ("simulation", ["replications", "seed", "warmup", "customer_limit"]),
        ]
        for (reader, keys) in readers {
            for key in keys {
                XCTAssertTrue(doc.contains("\(key):"), "docs/MODELS.md does not show the \(reader) key '\(key):'")
            }
        }
    }
}
