import Foundation
import XCTest
@testable import Experiments

/// One run at a time writes a sweep's output: a second lock on the same file is refused while the
/// first is held and granted once it is released (two runs on one --output appended the same
/// points twice before).
final class SweepOutputLockTests: XCTestCase {
    func test_aSecondRunOnTheSameOutput_isRefusedWhileTheFirstHoldsIt() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("ccsim-lock-\(UUID().uuidString).csv").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        var first: SweepOutputLock? = try SweepOutputLock(path: path)
        XCTAssertNotNil(first)
        XCTAssertThrowsError(try SweepOutputLock(path: path)) { error in
            XCTAssertTrue("\(error)".contains("being written by another sweep run"), "\(error)")
        }
        first = nil
        XCTAssertNoThrow(try SweepOutputLock(path: path))
    }
}
