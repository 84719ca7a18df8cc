import ContactCenter
@testable import Planner
import XCTest

/// Loads a fixture model of this test target.
func fixtureModel(_ name: String) throws -> LoadedModel {
    let url = try XCTUnwrap(Bundle.module.url(forResource: "Fixtures/" + name, withExtension: nil))
    return try ModelLoader.load(path: url.path)
}

func fixturePath(_ name: String) throws -> String {
    try XCTUnwrap(Bundle.module.url(forResource: "Fixtures/" + name, withExtension: nil)).path
}

/// Settings small enough for tests, with a fixed seed.
func testSettings(search: Int = 10, check: Int = 20, seed: UInt64 = 1) -> PlannerSettings {
    var s = PlannerSettings()
    s.searchReplications = search
    s.verifyReplications = check
    s.seed = seed
    s.jobs = 2
    return s
}
