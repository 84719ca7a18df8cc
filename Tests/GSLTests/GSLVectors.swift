import Foundation
import XCTest

/// The reference values of `Vectors/generate_gsl_vectors.py` (mpmath at 50 digits; Python's
/// `random` as the reference MT19937).
struct GSLVectors: Decodable {
    struct LogGamma: Decodable { let x: Double, value: Double }
    struct IncompleteGamma: Decodable { let a: Double, x: Double, value: Double }
    struct StudentT: Decodable {
        let p: Double, degreesOfFreedom: Int, value: Double
        enum CodingKeys: String, CodingKey { case p, degreesOfFreedom = "degrees_of_freedom", value }
    }
    struct MT19937: Decodable { let outputs: [String: UInt32] }

    let logGamma: [LogGamma]
    let gammaIncQ: [IncompleteGamma]
    let studentTQuantile: [StudentT]
    let mt19937: MT19937

    enum CodingKeys: String, CodingKey {
        case logGamma = "log_gamma", gammaIncQ = "gamma_inc_q", studentTQuantile = "student_t_quantile", mt19937
    }

    /// The vectors, or a test failure naming what is missing.
    static func load() throws -> GSLVectors {
        let url = try XCTUnwrap(Bundle.module.url(forResource: "Vectors/gsl_vectors", withExtension: "json"),
                                "Vectors/gsl_vectors.json is missing: run Vectors/generate_gsl_vectors.py")
        return try JSONDecoder().decode(GSLVectors.self, from: Data(contentsOf: url))
    }
}
