import Foundation
import XCTest
import GSL

/// QAG through the `Integrand` protocol: known integrals, and failures reported as a status.
final class QuadratureTests: XCTestCase {
    /// c xᵖ.
    private struct Power: Integrand {
        let coefficient: Double, power: Double
        func value(at x: Double) -> Double { coefficient * pow(x, power) }
    }

    /// exp(-x²).
    private struct Gaussian: Integrand {
        func value(at x: Double) -> Double { exp(-x * x) }
    }

    /// Records every abscissa GSL asks for (a class, so the record survives the call).
    private final class Recorder: Integrand {
        var abscissas: [Double] = []
        func value(at x: Double) -> Double {
            abscissas.append(x)
            return 1 / x
        }
    }

    func test_integrate_polynomialAndGaussian_toTheRequestedTolerance() throws {
        let workspace = try XCTUnwrap(QuadratureWorkspace(intervals: 100))
        let cubic = workspace.integrate(Power(coefficient: 1, power: 3), from: 0, to: 2, relativeTolerance: 1e-12, rule: .gauss15)
        XCTAssertEqual(cubic.status, .success)
        XCTAssertEqual(cubic.value, 4, accuracy: 4 * 1e-12)
        // ∫₀¹ exp(-x²) dx = √π erf(1) / 2; the same workspace serves a second integral.
        let gaussian = workspace.integrate(Gaussian(), from: 0, to: 1, relativeTolerance: 1e-12, rule: .gauss41)
        XCTAssertEqual(gaussian.status, .success)
        XCTAssertEqual(gaussian.value, Double.pi.squareRoot() * erf(1) / 2, accuracy: 1e-12)
        XCTAssertLessThanOrEqual(gaussian.absoluteError, 1e-12)
    }

    func test_integrate_evaluatesTheIntegrandOnlyInsideTheInterval() throws {
        let workspace = try XCTUnwrap(QuadratureWorkspace(intervals: 50))
        let recorder = Recorder()
        let result = workspace.integrate(recorder, from: 1, to: 2, relativeTolerance: 1e-10, rule: .gauss21)
        XCTAssertEqual(result.value, log(2), accuracy: 1e-10)
        XCTAssertFalse(recorder.abscissas.isEmpty)
        XCTAssertTrue(recorder.abscissas.allSatisfy { (1...2).contains($0) })
    }

    /// x^(-1/2) on (0, 1] with one subinterval cannot reach 1e-14: GSL would abort with its default handler.
    func test_integrate_tooFewSubintervals_reportsStatus_notAbort() throws {
        let workspace = try XCTUnwrap(QuadratureWorkspace(intervals: 1))
        let result = workspace.integrate(Power(coefficient: 1, power: -0.5), from: 0, to: 1, relativeTolerance: 1e-14,
                                         rule: .gauss15)
        XCTAssertFalse(result.status.isSuccess)
        XCTAssertFalse(result.status.description.isEmpty)
    }

    func test_workspace_refusesZeroIntervals() {
        XCTAssertNil(QuadratureWorkspace(intervals: 0))
    }
}
