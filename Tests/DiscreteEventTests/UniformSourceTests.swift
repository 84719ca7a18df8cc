import XCTest
@testable import DiscreteEvent

/// The inline MT19937 draws exactly what GSL draws, and shares the generator state with GSL's samplers.
final class UniformSourceTests: XCTestCase {
    func test_uniformSource_equalsGSLsUniformPos_acrossRefills_andInterleavedWithGSLSamplers() throws {
        let viaGSL = RandomStream(seed: 20261129, name: "a")
        let inline = RandomStream(seed: 20261129, name: "a")
        let fast = inline.uniforms
        let gamma = try Distribution.gamma(mean: 300, sd: 200)
        for k in 0..<5_000 {   // 5,000 draws cross several 624-word refills
            XCTAssertEqual(fast.uniformPositive(), viaGSL.uniform(), "draw \(k)")
            if k % 7 == 0 { XCTAssertEqual(gamma.sample(inline), gamma.sample(viaGSL), "gamma after draw \(k)") }
        }
    }
}
