import XCTest
@testable import ContactCenter
@testable import Experiments

/// A design's size is computed before any point is listed, refused above ``Sweep/maximumPoints``,
/// and points are computed one at a time, identical to listing the design in order.
final class SweepLimitTests: XCTestCase {
    func test_aGridOf8e10Points_isRefusedWithItsSize_inMilliseconds() throws {
        let started = Date()
        let text = try sweepIssues("""
            base: model.yaml
            parameters:
              demand.contacts_per_day: { from: 1, to: 200000 }
              channels.chat.concurrency: { from: 1, to: 400000 }
            measures: [chat.service_level]
            """)
        XCTAssertEqual(text, "sweep.yaml:3:3: design: the grid has 80000000000 points (200000 x 400000); at most 1000000 are "
                       + "supported: use fewer steps, or a random or latin_hypercube design with a number of points")
        XCTAssertLessThan(Date().timeIntervalSince(started), 2)
    }

    func test_rangesWhoseStepCountOverflows_andInfiniteEnds_areRefusedWithoutACrash() throws {
        let integers = try sweepIssues("""
            base: model.yaml
            parameters: { demand.contacts_per_day: { from: -9000000000000000000, to: 9000000000000000000 } }
            measures: [chat.service_level]
            """)
        XCTAssertTrue(integers.contains("sweep.yaml:2:13: design: the grid has 1.8e+19 points (1.8e+19); at most 1000000"), integers)
        let tinyStep = try sweepIssues("""
            base: model.yaml
            parameters: { demand.contacts_per_day: { from: 1, to: 2, step: 1e-300 } }
            measures: [chat.service_level]
            """)
        XCTAssertTrue(tinyStep.contains("sweep.yaml:2:13: design: the grid has 1e+300 points (1e+300); at most 1000000"), tinyStep)
        let infinite = try sweepIssues("""
            base: model.yaml
            parameters: { channels.phone.handle_time.exponential.mean: { from: 1m, to: 1e308h, count: 3 } }
            measures: [chat.service_level]
            """)
        XCTAssertTrue(infinite.contains("parameters.channels.phone.handle_time.exponential.mean.to: expected a number or a duration"),
                      infinite)
    }

    func test_latinHypercubeOf1e12Points_isRefusedAtItsPoints() throws {
        let text = try sweepIssues("""
            base: model.yaml
            parameters: { demand.contacts_per_day: { from: 300, to: 500 } }
            design: { latin_hypercube: { points: 1000000000000, seed: 1 } }
            measures: [chat.service_level]
            """)
        XCTAssertEqual(text, "sweep.yaml:3:38: design.latin_hypercube.points: 1000000000000 is above the supported 1000000")
    }

    func test_aMillionPointDesign_isNotListed_andAnyPointIsComputedOnDemand() throws {
        let sandbox = try FileSandbox()
        let path = try SweepFixtures.write("""
            base: model.yaml
            parameters: { demand.contacts_per_day: { from: 300, to: 500 }, channels.chat.concurrency: [1, 2, 3] }
            design: { random: { points: 1000000, seed: 9 } }
            measures: [chat.service_level]
            """, in: sandbox)
        let started = Date()
        let sweep = try Sweep.load(path: path)
        XCTAssertEqual(sweep.points.count, 1_000_000)
        let last = sweep.points[999_999]
        XCTAssertEqual(last.id, 1_000_000)
        XCTAssertEqual(last.values, Self.sequentialRandom(points: 1_000_000, seed: 9, sweep.parameters, only: 999_999))
        XCTAssertLessThan(Date().timeIntervalSince(started), 3, "loading does not list a million points")
    }

    func test_streamedPoints_equalTheDesignListedInOrder() {
        let real = SweepParameter(path: "x", domain: .reals(from: 0, to: 10, step: nil, count: nil, duration: false))
        let steps = SweepParameter(path: "d", domain: .reals(from: 60, to: 300, step: 30, count: nil, duration: true))
        let integer = SweepParameter(path: "n", domain: .integers(from: 1, to: 5, step: 2))
        let list = SweepParameter(path: "l", domain: .list([.integer(7), .integer(8)]))
        for seed: UInt64 in [1, 42] {
            for n in [1, 2, 17] {
                XCTAssertEqual(SweepDesign.random(points: n, seed: seed).points([real, integer, list]),
                               (0..<n).map { Self.sequentialRandom(points: n, seed: seed, [real, integer, list], only: $0) })
                XCTAssertEqual(SweepDesign.latinHypercube(points: n, seed: seed).points([real, steps, integer]),
                               Self.sequentialLatinHypercube(points: n, seed: seed, [real, steps, integer]))
            }
        }
        let grid = SweepDesign.grid.points([integer, list, steps])
        XCTAssertEqual(grid, integer.steps!.flatMap { a in list.steps!.flatMap { b in steps.steps!.map { [a, b, $0] } } },
                       "nested loops, the first parameter slowest")
    }

    /// The random design as first written: one sequential stream, point by point, parameter by parameter.
    static func sequentialRandom(points n: Int, seed: UInt64, _ parameters: [SweepParameter], only k: Int) -> [SweepValue] {
        var random = DesignRandom(seed: seed)
        for _ in 0..<(k * parameters.count) { _ = random.next() }
        return parameters.map { $0.value(at: random.uniform()) }
    }

    /// The Latin hypercube as first written: per parameter a Fisher-Yates shuffle, then one draw per point.
    static func sequentialLatinHypercube(points n: Int, seed: UInt64, _ parameters: [SweepParameter]) -> [[SweepValue]] {
        var random = DesignRandom(seed: seed)
        var columns: [[SweepValue]] = []
        for parameter in parameters {
            var strata = Array(0..<n)
            for i in stride(from: n - 1, to: 0, by: -1) { strata.swapAt(i, Int(random.next() % UInt64(i + 1))) }
            columns.append(strata.map { parameter.value(at: (Double($0) + random.uniform()) / Double(n)) })
        }
        return (0..<n).map { i in columns.map { $0[i] } }
    }

    func test_aShardRunsOnlyItsPoints_andModelsAreNotHeld() throws {
        let sandbox = try FileSandbox()
        let path = try SweepFixtures.write("""
            base: model.yaml
            set: { horizon.days: 1 }
            parameters: { demand.contacts_per_day: { from: 100, to: 200 } }
            design: { random: { points: 1000000, seed: 3 } }
            replications: 2
            measures: [totals.offered]
            """, in: sandbox)
        let sweep = try Sweep.load(path: path)
        let output = sandbox.path("part.csv")
        let outcome = try SweepExecution(sweep: sweep, output: output, shard: try SweepShard(index: 7, count: 250_000), jobs: 2).run()
        XCTAssertEqual(outcome.points, 4)
        let rows = try String(contentsOfFile: output, encoding: .utf8).split(separator: "\n").dropFirst(2)
        XCTAssertEqual(rows.map { $0.split(separator: ",")[0] }, ["7", "250007", "500007", "750007"])
    }

    func test_mergingPartsWhoseHeadersClaimNoOrAbsurdlyManyPoints_isRefusedWithoutACrash() throws {
        let sandbox = try FileSandbox()
        for points in ["0", "-3", "9223372036854775807", "1000001"] {
            let part = try sandbox.write("part.csv", "# ccsim sweep v1 hash=0000000000000001 points=\(points) replications=1 seed=1 "
                                         + "common_random_numbers=true shard=all\npoint,x\n1,2\n")
            XCTAssertThrowsError(try SweepResultFile.merge([part], into: sandbox.path("merged.csv")), points) { error in
                XCTAssertTrue("\(error)".contains(part + ":1: the header's 'points' is '\(points)', not a number of points"), "\(points): \(error)")
            }
        }
    }
}
