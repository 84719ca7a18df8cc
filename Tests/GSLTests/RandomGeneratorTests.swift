import XCTest
@testable import GSL

/// The generator against the reference MT19937, and the inline uniform draw against GSL's own.
final class RandomGeneratorTests: XCTestCase {
    /// The state words of `Vectors/generate_gsl_vectors.py`'s `mt19937` case.
    private let words = (0..<624).map { UInt32(truncatingIfNeeded: 2_654_435_761 &* UInt64($0) &+ 12_345) }

    func test_generator_seededWithStateWords_drawsTheReferenceMT19937Sequence() throws {
        let outputs = try GSLVectors.load().mt19937.outputs
        let last = try XCTUnwrap(outputs.keys.compactMap(Int.init).max())
        let generator = RandomGenerator(stateWords: words, fallbackSeed: 1)
        withExtendedLifetime(generator) {
            let source = generator.uniforms
            for draw in 0...last {
                let u = source.uniformPositive()
                if let expected = outputs[String(draw)] {
                    XCTAssertEqual(u, Double(expected) / 4_294_967_296, "draw \(draw)")
                }
            }
        }
    }

    /// An all-zero MT state only ever outputs 0, on which `gsl_rng_uniform_pos` would loop forever.
    /// (From a state this sparse MT19937 takes many draws to look random again, Panneton, L'Ecuyer &
    /// Matsumoto 2006; SplitMix64's words, which RandomStream uses, are dense.)
    func test_generator_replacesFirstWord_soAnAllZeroStateStillDraws() {
        let generator = RandomGenerator(stateWords: Array(repeating: 0, count: 624), fallbackSeed: 1)
        let draws = withExtendedLifetime(generator) { (0..<1_000).map { _ in generator.uniforms.uniformPositive() } }
        XCTAssertTrue(draws.allSatisfy { $0 > 0 && $0 < 1 })
        XCTAssertGreaterThan(Set(draws).count, 1)
    }

    /// 5,000 draws cross several 624-word refills; GSL's samplers interleaved on the same state keep
    /// both generators in step.
    func test_inlineUniform_equalsGSLsUniformPos_interleavedWithGSLSamplers() {
        let inline = RandomGenerator(stateWords: words, fallbackSeed: 1)
        let viaGSL = RandomGenerator(stateWords: words, fallbackSeed: 1)
        defer { withExtendedLifetime((inline, viaGSL)) {} }
        let fast = inline.uniforms, slow = UniformSource(throughGSL: viaGSL.rng)
        for k in 0..<5_000 {
            XCTAssertEqual(fast.uniformPositive(), slow.uniformPositive(), "draw \(k)")
            switch k % 7 {
            case 0: XCTAssertEqual(fast.gamma(shape: 2.25, scale: 133), slow.gamma(shape: 2.25, scale: 133), "gamma after \(k)")
            case 1: XCTAssertEqual(fast.lognormal(zeta: 5, sigma: 0.6), slow.lognormal(zeta: 5, sigma: 0.6))
            case 2: XCTAssertEqual(fast.weibull(scale: 200, shape: 0.8), slow.weibull(scale: 200, shape: 0.8))
            case 3: XCTAssertEqual(fast.flat(min: 60, max: 540), slow.flat(min: 60, max: 540))
            case 4: XCTAssertEqual(fast.uniformInt(below: 6), slow.uniformInt(below: 6))
            case 5: XCTAssertEqual(fast.uniform(), slow.uniform())
            default: break
            }
        }
    }

    func test_samplers_stayInTheirSupport() {
        let generator = RandomGenerator(stateWords: words, fallbackSeed: 1)
        defer { withExtendedLifetime(generator) {} }
        let source = generator.uniforms
        for _ in 0..<10_000 {
            XCTAssertGreaterThan(source.gamma(shape: 0.5, scale: 2), 0)
            XCTAssertGreaterThan(source.lognormal(zeta: 0, sigma: 1), 0)
            XCTAssertGreaterThanOrEqual(source.weibull(scale: 1, shape: 0.5), 0)
            let flat = source.flat(min: 1, max: 3)
            XCTAssertTrue(flat >= 1 && flat < 3)
            XCTAssertTrue((0..<4).contains(source.uniformInt(below: 4)))
            let u = source.uniform()
            XCTAssertTrue(u >= 0 && u < 1)
        }
    }
}
