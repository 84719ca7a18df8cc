import XCTest
@testable import ContactCenter
@testable import Experiments

/// Random and Latin hypercube designs, shards, and the measures' estimates.
final class SweepDesignTests: XCTestCase {
    let real = SweepParameter(path: "x", domain: .reals(from: 0, to: 10, step: nil, count: nil, duration: false))
    let integer = SweepParameter(path: "n", domain: .integers(from: 1, to: 5, step: 1))

    func test_latinHypercube_hasOnePointInEachStratum_ofEveryParameter() {
        let n = 20
        let points = SweepDesign.latinHypercube(points: n, seed: 3).points([real, SweepParameter(path: "y", domain: real.domain)])
        XCTAssertEqual(points.count, n)
        for d in 0..<2 {
            let strata = points.map { Int(Double($0[d].cell)! / 10 * Double(n)) }
            XCTAssertEqual(Set(strata), Set(0..<n), "parameter \(d)")
        }
    }

    func test_designs_areDeterministic_andTheSeedMatters() {
        let a = SweepDesign.random(points: 50, seed: 1).points([real, integer])
        XCTAssertEqual(a, SweepDesign.random(points: 50, seed: 1).points([real, integer]))
        XCTAssertNotEqual(a, SweepDesign.random(points: 50, seed: 2).points([real, integer]))
        XCTAssertTrue(a.allSatisfy { (0..<10).contains(Double($0[0].cell)!) && (1...5).contains(Int($0[1].cell)!) })
        XCTAssertEqual(Set(a.map { $0[1].cell }), ["1", "2", "3", "4", "5"], "50 draws reach every integer")
        XCTAssertEqual(SweepDesign.latinHypercube(points: 9, seed: 4).points([real]),
                       SweepDesign.latinHypercube(points: 9, seed: 4).points([real]))
    }

    func test_shards_areDisjoint_andCoverEveryPoint_forAnyCount() throws {
        for count in 1...7 {
            let shards = try (1...count).map { try SweepShard(index: $0, count: count) }
            for id in 1...23 {
                XCTAssertEqual(shards.filter { $0.contains(point: id) }.count, 1, "point \(id) of \(count) shards")
            }
        }
        XCTAssertEqual(try SweepShard(parsing: "2/4").description, "2/4")
    }

    func test_badShardSpecs_areRefused_withAReason() {
        for (spec, expected) in [("5/4", "shard 5 of 4 does not exist"), ("0/4", "shard 0 of 4 does not exist"),
                                 ("1/0", "at least 1"), ("2", "is not I/N"), ("a/b", "is not I/N")] {
            XCTAssertThrowsError(try SweepShard(parsing: spec), spec) { error in
                XCTAssertTrue("\(error)".contains(expected), "\(spec): \(error)")
            }
        }
    }

    func test_measureEstimates_matchTheSimulationSummary() throws {
        let sandbox = try FileSandbox()
        let path = try sandbox.write("model.yaml", SweepFixtures.model)
        let runner = try SweepRunner(base: path, measures: ["chat.service_level", "groups.voice.occupancy", "totals.cost"],
                                     replications: 3)
        let model = runner.loadedBase.model
        let runs = Replications.run(model, count: 3, seed: runner.seed, jobs: 1)
        let summary = SimulationSummary(model: model, replications: runs)
        let result = runner.evaluate(model, jobs: 2)
        XCTAssertEqual(result["chat.service_level"], summary.channel("chat", .serviceLevel))
        XCTAssertEqual(result["groups.voice.occupancy"], summary.group("voice", .occupancy))
        XCTAssertEqual(result["totals.cost"], summary.total(.cost))
    }

    func test_commonRandomNumbers_giveEveryPointTheSameSeed_unlessTurnedOff() throws {
        let sandbox = try FileSandbox()
        var runner = try SweepRunner(base: try sandbox.write("model.yaml", SweepFixtures.model), measures: ["totals.offered"])
        XCTAssertEqual(runner.seed(forPoint: 1), runner.seed(forPoint: 2))
        runner.commonRandomNumbers = false
        XCTAssertNotEqual(runner.seed(forPoint: 1), runner.seed(forPoint: 2))
        XCTAssertEqual(runner.seed(forPoint: 2), runner.seed(forPoint: 2))
    }
}
