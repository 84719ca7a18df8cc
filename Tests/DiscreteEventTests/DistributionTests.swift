import XCTest
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
@testable import DiscreteEvent

/// Two-sided 99.9% standard normal quantile, z₀.₉₉₉₅.
private let z999 = 3.2905267314919255

final class DistributionTests: XCTestCase {
    /// Draws `n` values and checks the sample mean and standard deviation against the
    /// distribution's exact ones, each within a 99.9% confidence interval for that sample
    /// size: mean ± z σ/√n, and sd ± z √((m₄ − s⁴)/n) / (2s) (delta method on s², with the
    /// fourth central moment m₄ estimated from the sample).
    private func assertSampleMoments(_ distribution: Distribution, seed: UInt64, n: Int = 200_000,
                                     file: StaticString = #filePath, line: UInt = #line) {
        let stream = RandomStream(seed: seed)
        var values = [Double](repeating: 0, count: n)
        for index in 0..<n {
            values[index] = distribution.sample(stream)
            if values[index] < 0 { XCTFail("negative sample", file: file, line: line); return }
        }
        let count = Double(n)
        let mean = values.reduce(0, +) / count
        var m2 = 0.0, m4 = 0.0
        for value in values {
            let d2 = (value - mean) * (value - mean)
            m2 += d2
            m4 += d2 * d2
        }
        m4 /= count
        let variance = m2 / (count - 1)
        let sd = variance.squareRoot()
        guard let exactSD = distribution.standardDeviation else {
            return XCTFail("no finite variance", file: file, line: line)
        }
        XCTAssertEqual(mean, distribution.mean, accuracy: z999 * exactSD / count.squareRoot(),
                       "mean of \(distribution)", file: file, line: line)
        let sdHalfWidth = z999 * ((m4 - variance * variance) / count).squareRoot() / (2 * sd)
        XCTAssertEqual(sd, exactSD, accuracy: sdHalfWidth, "sd of \(distribution)", file: file, line: line)
    }

    func test_exponential_sampleMomentsWithin999CI() throws {
        assertSampleMoments(try .exponential(mean: 5), seed: 1)
    }

    func test_lognormal_sampleMomentsWithin999CI() throws {
        assertSampleMoments(try .lognormal(mean: 300, sd: 120), seed: 2)
        assertSampleMoments(try .lognormal(mean: 2, sd: 3), seed: 3)
    }

    func test_gamma_sampleMomentsWithin999CI() throws {
        assertSampleMoments(try .gamma(mean: 180, sd: 60), seed: 4)
        assertSampleMoments(try .gamma(mean: 10, sd: 30), seed: 5)   // shape < 1
    }

    func test_weibull_sampleMomentsWithin999CI() throws {
        assertSampleMoments(try .weibull(mean: 100, shape: 0.7), seed: 6)
        assertSampleMoments(try .weibull(mean: 50, shape: 2.5), seed: 7)
    }

    func test_erlang_sampleMomentsWithin999CI() throws {
        let erlang = try Distribution.erlang(mean: 60, k: 3)
        XCTAssertEqual(erlang.variance!, 1_200, accuracy: 1e-9)
        assertSampleMoments(erlang, seed: 8)
    }

    func test_uniform_sampleMomentsWithin999CI() throws {
        let uniform = try Distribution.uniform(min: 2, max: 8)
        XCTAssertEqual(uniform.mean, 5)
        XCTAssertEqual(uniform.variance!, 3, accuracy: 1e-12)
        assertSampleMoments(uniform, seed: 9)
    }

    func test_empirical_resampling_usesObservedValuesOnly_withinCI() throws {
        let observed = [1.0, 2, 4, 8, 20]
        let empirical = try Distribution.empirical(observed)
        XCTAssertEqual(empirical.mean, 7)
        XCTAssertEqual(empirical.variance!, (36 + 25 + 9 + 1 + 169) / 5.0, accuracy: 1e-12)
        let stream = RandomStream(seed: 10)
        for _ in 0..<1_000 { XCTAssertTrue(observed.contains(empirical.sample(stream))) }
        assertSampleMoments(empirical, seed: 11)
    }

    func test_empirical_interpolation_staysWithinRange_withinCI() throws {
        let empirical = try Distribution.empirical([20, 1, 8, 2, 4], interpolated: true)
        // Segments [1,2], [2,4], [4,8], [8,20], each with probability 1/4.
        XCTAssertEqual(empirical.mean, (1.5 + 3 + 6 + 14) / 4, accuracy: 1e-12)
        let stream = RandomStream(seed: 12)
        for _ in 0..<1_000 {
            let value = empirical.sample(stream)
            XCTAssertTrue(value >= 1 && value <= 20)
        }
        assertSampleMoments(empirical, seed: 13)
    }

    func test_weibull_scaleDerivedFromMeanThroughGammaFunction() throws {
        guard case let .weibull(scale, shape) = try Distribution.weibull(mean: 7, shape: 1).sampler else {
            return XCTFail("expected a Weibull sampler")
        }
        XCTAssertEqual(scale, 7, accuracy: 1e-12)        // shape 1 is exponential: scale = mean
        XCTAssertEqual(shape, 1)
        let rayleigh = try Distribution.weibull(mean: 10, shape: 2)
        guard case let .weibull(scale2, _) = rayleigh.sampler else { return XCTFail("expected Weibull") }
        XCTAssertEqual(scale2, 10 * 2 / Double.pi.squareRoot(), accuracy: 1e-12)  // Γ(1.5) = √π/2
        XCTAssertEqual(rayleigh.variance!, 100 * (4 / Double.pi - 1), accuracy: 1e-10)
    }

    func test_lognormal_convertsMeanAndSDToUnderlyingNormal() throws {
        guard case let .lognormal(zeta, sigma) = try Distribution.lognormal(mean: 300, sd: 120).sampler else {
            return XCTFail("expected a lognormal sampler")
        }
        let sigmaSquared = log(1.16)
        XCTAssertEqual(sigma, sigmaSquared.squareRoot(), accuracy: 1e-12)
        XCTAssertEqual(zeta, log(300) - sigmaSquared / 2, accuracy: 1e-12)
    }

    func test_zeroSpread_isDeterministic() throws {
        let stream = RandomStream(seed: 14)
        for distribution in [try Distribution.lognormal(mean: 3, sd: 0), try .gamma(mean: 3, sd: 0),
                             try .uniform(min: 3, max: 3), try .deterministic(3), try .empirical([3])] {
            XCTAssertEqual(distribution.sample(stream), 3, "\(distribution)")
            XCTAssertEqual(distribution.variance, 0)
        }
    }

    func test_invalidParameters_throwNamingTheParameter() {
        let cases: [(DistributionSpecification, String)] = [
            (.exponential(mean: 0), "mean"),
            (.exponential(mean: -1), "mean"),
            (.exponential(mean: .nan), "mean"),
            (.lognormal(mean: 1, sd: -1), "sd"),
            (.gamma(mean: .infinity, sd: 1), "mean"),
            (.gamma(mean: 1, sd: .nan), "sd"),
            (.weibull(mean: 1, shape: 0), "shape"),
            (.weibull(mean: 1, shape: 1e-3), "shape"),   // Γ(1001): scale underflows
            (.erlang(mean: 1, k: 0), "k"),
            (.deterministic(value: -1), "value"),
            (.uniform(min: 5, max: 2), "max"),
            (.uniform(min: -1, max: 2), "min"),
            (.empirical(values: [], interpolated: false), "values"),
            (.empirical(values: [1, .nan], interpolated: true), "values[1]"),
        ]
        for (specification, name) in cases {
            XCTAssertThrowsError(try Distribution(specification), "\(specification)") { error in
                XCTAssertEqual((error as? DistributionError)?.parameterName, name, "\(specification)")
            }
        }
    }

    func test_invalidParameter_hasReadableDescription() {
        XCTAssertThrowsError(try Distribution.lognormal(mean: 1, sd: -1)) { error in
            XCTAssertEqual("\(error)", "lognormal: sd = -1.0 is invalid: must be >= 0")
        }
        XCTAssertThrowsError(try Distribution.exponential(mean: .nan)) { error in
            XCTAssertEqual("\(error)", "exponential: mean = nan is invalid: must be a finite number")
        }
    }

    func test_validationErrors_reportsEveryProblem() {
        let names = DistributionSpecification.gamma(mean: -1, sd: -2).validationErrors().map(\.parameterName)
        XCTAssertEqual(names, ["mean", "sd"])
        XCTAssertEqual(DistributionSpecification.exponential(mean: 1).validationErrors(), [])
    }
}
