import Foundation
import XCTest

/// Journeys and economics from the command line: the JSON sections, the journey trace linked to
/// the contact trace by customer id, and the journey trace refused for a model without journeys.
final class JourneyCommandTests: XCTestCase {
    let model = "Tests/ContactCenterTests/Fixtures/journeys-trial.yaml"

    func test_run_writesJourneysAndEconomics_andAJourneyTraceLinkedToTheContacts() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("ccsim-journeys-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let contacts = dir.appendingPathComponent("contacts.csv").path, journeys = dir.appendingPathComponent("journeys.csv").path
        let r = try CCSimBinary.run(["run", model, "--replications", "2", "--format", "json", "--trace", contacts,
                                     "--journey-trace", journeys, "--jobs", "2"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let json = try r.json()
        let summary = try XCTUnwrap(json["journeys"] as? [String: Any])
        let started = try XCTUnwrap((summary["started"] as? [String: Any])?["mean"] as? Double)
        let economics = try XCTUnwrap(json["economics"] as? [String: Any])
        XCTAssertNotNil((economics["cost_per_resolved_journey"] as? [String: Any])?["mean"] as? Double)
        XCTAssertNotNil((json["channels"] as? [String: Any])?["phone_callback"], "call-backs have their own channel")

        let journeyRows = try String(contentsOfFile: journeys, encoding: .utf8).split(separator: "\n").dropFirst()
        XCTAssertEqual(Double(journeyRows.count), 2 * started, accuracy: 1e-9, "one row per journey")
        let outcomes = Set(journeyRows.map { $0.split(separator: ",", omittingEmptySubsequences: false)[2] })
        XCTAssertEqual(outcomes, ["resolved", "lost", "open"])
        // Every contact's customer has a journey row in the same replication.
        let customers = Set(journeyRows.map { row -> String in let f = row.split(separator: ",", omittingEmptySubsequences: false); return "\(f[0])/\(f[1])" })
        let contactRows = try String(contentsOfFile: contacts, encoding: .utf8).split(separator: "\n").dropFirst()
        XCTAssertTrue(contactRows.allSatisfy { row in let f = row.split(separator: ",", omittingEmptySubsequences: false); return customers.contains("\(f[0])/\(f[2])") })
        XCTAssertTrue(contactRows.contains { $0.contains(",retry,") } && contactRows.contains { $0.contains(",callback,") })
    }

    func test_journeyTrace_withoutJourneys_isRefusedBeforeRunning() throws {
        try assertRefused(["run", "models/single-queue.yaml", "--journey-trace", "/tmp/j.csv"], mentions: ["--journey-trace", "no journeys"])
    }
}
