import Foundation
import XCTest
import GSL

/// QAG through the Swift closure: known integrals, and failures reported as a status.
final class QuadratureTests: XCTestCase {
    func test_integrate_polynomialAndGaussian_toTheRequestedTolerance() throws {
        let workspace = try XCTUnwrap(QuadratureWorkspace(intervals: 100))
        let cubic = workspace.integrate(from: 0, to: 2, relativeTolerance: 1e-12, rule: .gauss15) { x in x * x * x }
        XCTAssertEqual(cubic.status, .success)
        XCTAssertEqual(cubic.value, 4, accuracy: 4 * 1e-12)
        // ∫₀¹ exp(-x²) dx = √π erf(1) / 2; the same workspace serves a second integral.
        let gaussian = workspace.integrate(from: 0, to: 1, relativeTolerance: 1e-12, rule: .gauss41) { x in exp(-x * x) }
        XCTAssertEqual(gaussian.status, .success)
        XCTAssertEqual(gaussian.value, Double.pi.squareRoot() * erf(1) / 2, accuracy: 1e-12)
        XCTAssertLessThanOrEqual(gaussian.absoluteError, 1e-12)
    }

    func test_integrate_capturesState_andCallsTheIntegrandOnlyInsideTheInterval() throws {
        let workspace = try XCTUnwrap(QuadratureWorkspace(intervals: 50))
        var calls = 0
        let scale = 3.0
        let result = workspace.integrate(from: 1, to: 2, relativeTolerance: 1e-10, rule: .gauss21) { x in
            calls += 1
            XCTAssertTrue((1...2).contains(x))
            return scale / x
        }
        XCTAssertEqual(result.value, 3 * log(2), accuracy: 1e-10)
        XCTAssertGreaterThan(calls, 0)
    }

    /// 1/√x on (0, 1] with one subinterval cannot reach 1e-14: GSL would abort with its default handler.
    func test_integrate_tooFewSubintervals_reportsStatus_notAbort() throws {
        let workspace = try XCTUnwrap(QuadratureWorkspace(intervals: 1))
        let result = workspace.integrate(from: 0, to: 1, relativeTolerance: 1e-14, rule: .gauss15) { x in 1 / x.squareRoot() }
        XCTAssertFalse(result.status.isSuccess)
        XCTAssertFalse(result.status.description.isEmpty)
    }

    func test_workspace_refusesZeroIntervals() {
        XCTAssertNil(QuadratureWorkspace(intervals: 0))
    }
}
