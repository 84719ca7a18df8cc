import XCTest
@testable import GSL

/// The special functions against mpmath (`Vectors/generate_gsl_vectors.py`), and failures reported
/// as a status instead of GSL's abort.
final class SpecialFunctionTests: XCTestCase {
    /// Relative difference, with an absolute floor for values at 0.
    private func assertClose(_ actual: Double, _ expected: Double, relative: Double, _ message: String,
                             file: StaticString = #filePath, line: UInt = #line) {
        let scale = max(abs(expected), 1e-300)
        XCTAssertLessThanOrEqual(abs(actual - expected) / scale, relative, "\(message): \(actual) vs \(expected)",
                                 file: file, line: line)
    }

    func test_logGamma_matchesMpmath_withinGSLsErrorEstimate() throws {
        for case_ in try GSLVectors.load().logGamma {
            let result = SpecialFunctions.logGamma(case_.x)
            XCTAssertEqual(result.status, .success, "x = \(case_.x)")
            // GSL's own error bound, widened by the rounding of the reference to a double.
            XCTAssertLessThanOrEqual(abs(result.value - case_.value),
                                     2 * result.absoluteError + 2 * case_.value.ulp, "lnΓ(\(case_.x))")
        }
    }

    func test_regularizedUpperIncompleteGamma_matchesMpmath() throws {
        for case_ in try GSLVectors.load().gammaIncQ {
            let result = SpecialFunctions.regularizedUpperIncompleteGamma(case_.a, case_.x)
            XCTAssertEqual(result.status, .success, "Q(\(case_.a), \(case_.x))")
            // GSL documents double precision for these; 1e-13 leaves room for its series/continued fractions.
            assertClose(result.value, case_.value, relative: 1e-13, "Q(\(case_.a), \(case_.x))")
        }
    }

    func test_studentTQuantile_matchesMpmath() throws {
        for case_ in try GSLVectors.load().studentTQuantile {
            let value = SpecialFunctions.studentTQuantile(case_.p, degreesOfFreedom: Double(case_.degreesOfFreedom))
            // GSL's t CDF is accurate to about 3e-11 relative, which bounds its inverse.
            assertClose(value, case_.value, relative: 1e-10, "t(\(case_.p), \(case_.degreesOfFreedom))")
        }
    }

    /// With GSL's default handler these calls would abort the test process; here they report a status.
    func test_domainErrors_comeBackAsStatus_notAbort() {
        let q = SpecialFunctions.regularizedUpperIncompleteGamma(-1, -1)
        XCTAssertFalse(q.status.isSuccess)
        XCTAssertEqual(q.status.description, "input domain error")
        XCTAssertFalse(SpecialFunctions.logGamma(-2).status.isSuccess, "Γ has a pole at -2")
        XCTAssertTrue(SpecialFunctions.studentTQuantile(0.5, degreesOfFreedom: -1).isNaN)
    }
}
