import ContactCenter
import XCTest

/// The model keys `max_abandon` and `max_asa` the planner meets beside the service level.
final class ChannelTargetKeysTests: XCTestCase {
    private func load(_ channel: String) throws -> LoadedModel {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("targets-\(UUID().uuidString).yaml")
        addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        try """
            name: keys
            channels:
              \(channel)
            demand: { contacts_per_day: 100, mix: { phone: 100% } }
            agent_groups:
              team: { skills: [phone], agents: 5 }
            """.write(to: url, atomically: true, encoding: .utf8)
        return try ModelLoader.load(path: url.path)
    }

    func testTargetsAreRead() throws {
        let model = try load("phone: { kind: voice, handle_time: 5m, patience: 2m, service_level: 80% in 20s, max_abandon: 5%, max_asa: 30s }").model
        XCTAssertEqual(model.channels[0].maxAbandon, 0.05)
        XCTAssertEqual(model.channels[0].maxASA, 30)
    }

    func testMistakesAreLocatedAtTheKey() throws {
        let cases = [
            ("phone: { kind: voice, handle_time: 5m, service_level: 80% in 20s, max_abandon: 5% }",
             ":3:82: channels.phone.max_abandon: contacts of this channel never abandon"),
            ("phone: { kind: voice, handle_time: 5m, patience: 2m, service_level: 80% in 20s, max_abandon: 120% }",
             "channels.phone.max_abandon: '120%' is above 100%"),
            ("phone: { kind: deferred, handle_time: 5m, service_level: 80% in 1h, max_asa: 30s }",
             "channels.phone.max_asa: deferred work is judged by its service level"),
            ("phone: { kind: voice, handle_time: 5m, service_level: 80% in 20s, max_asa: 30 }",
             "channels.phone.max_asa:"),
        ]
        for (channel, expected) in cases {
            XCTAssertThrowsError(try load(channel)) { error in
                XCTAssertTrue("\(error)".contains(expected), "\(error)")
            }
        }
    }
}
