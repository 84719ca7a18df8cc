import XCTest
@testable import Queueing
final class PlaceholderTests: XCTestCase { func test_gsl_prepares() { GSLRuntime.prepare() } }
