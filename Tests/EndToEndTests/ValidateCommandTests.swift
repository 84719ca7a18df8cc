import Foundation
import XCTest

final class ValidateCommandTests: XCTestCase {
    func test_validate_everyShippedModelAndScenario_isOk() throws {
        let root = CCSimBinary.root
        var files: [String] = []
        for folder in ["models", "scenarios"] {
            files += try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(folder).path)
                .filter { $0.hasSuffix(".yaml") }.sorted().map { "\(folder)/\($0)" }
        }
        XCTAssertTrue(files.contains("models/seed-retail-multichannel.yaml"))
        let r = try CCSimBinary.run(["validate"] + files)
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(r.stderr, "")
        XCTAssertEqual(r.stdout.split(separator: "\n").count, files.count)
        XCTAssertTrue(r.stdout.contains(
            "models/seed-retail-multichannel.yaml: ok (model 'Retail customer service, multichannel baseline', 5 channels, 5 groups)\n"))
        XCTAssertTrue(r.stdout.contains("scenarios/shift-phone-to-messaging.yaml: ok (scenario 'Move 20 phone agents to messaging "
                                        + "and social', 1 change on model 'Retail customer service, multichannel baseline', "
                                        + "5 channels, 5 groups)\n"))
    }

    /// `ccsim validate scenarios/sweeps/*.yaml` read sweep files as scenarios (they have a `base:`) and
    /// refused them with "unknown key 'parameters'" and "missing key 'changes'"; the shifts file of
    /// `ccsim plan --shifts` was refused as a model missing 'name', 'channels', ...
    func test_validate_sweepAndShiftsFiles_areCheckedAsWhatTheyAre() throws {
        let files = ["scenarios/sweeps/phone-to-messaging-by-concurrency.yaml", "scenarios/sweeps/patience-handle-demand-lhs.yaml",
                     "models/shifts/retail-shifts.yaml"]
        let r = try CCSimBinary.run(["validate"] + files)
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(r.stderr, "")
        XCTAssertTrue(r.stdout.contains("scenarios/sweeps/phone-to-messaging-by-concurrency.yaml: ok (sweep 'Phone agents moved to "
                                        + "messaging, against chat concurrency', 36 points, 7 measures"), r.stdout)
        XCTAssertTrue(r.stdout.contains("models/shifts/retail-shifts.yaml: ok (shift templates, 3 templates;"), r.stdout)
        // Their problems are located as 'ccsim sweep' and 'ccsim plan --shifts' locate them.
        let sweep = CCSimBinary.fixture("corpus/sweep-duration-inf.yaml"), shifts = CCSimBinary.fixture("plan-broken-shifts.yaml")
        try assertRefused(["validate", sweep, shifts], mentions: [
            "\(sweep):3:73: parameters.channels.phone.patience.exponential.mean.to: expected a number or a duration",
            "\(shifts):4:5: shifts.early: unknown key 'lenght'; did you mean 'length'?",
        ])
    }

    func test_validate_syntaxError_isLocated() throws {
        let file = CCSimBinary.fixture("model-syntax-error.yaml")
        try assertRefused(["validate", file], mentions: [
            "\(file):4:1: invalid YAML: did not find expected ',' or '}' (while parsing a flow mapping at line 3, column 10)\n",
        ])
    }

    func test_validate_unknownKey_suggestsTheKnownOne() throws {
        let file = CCSimBinary.fixture("model-unknown-key.yaml")
        try assertRefused(["validate", file], mentions: [
            "\(file):3:25: channels.phone: unknown key 'handle_tme'; did you mean 'handle_time'?\n",
        ])
    }

    func test_validate_emptyAndBinaryFiles_areRefusedWithoutACrash() throws {
        let empty = CCSimBinary.fixture("model-empty.yaml"), garbage = CCSimBinary.fixture("garbage.bin")
        try assertRefused(["validate", empty, garbage], mentions: [
            "\(empty): the file is empty;",
            "\(garbage):1:6: not a YAML text file: a byte that is not UTF-8 (binary data, or another encoding than UTF-8)\n",
        ])
        try assertRefused(["validate", "/dev/null"], mentions: ["/dev/null: is not a regular file"])
    }

    func test_validate_missingBase_namesTheScenarioLine() throws {
        let file = CCSimBinary.fixture("scenario-missing-base.yaml")
        try assertRefused(["validate", file], mentions: [
            "\(file):2:7: base: the base file '../models/no-such-model.yaml' does not exist",
        ])
    }

    func test_validate_reportsEveryFilesProblems_andStillConfirmsTheGoodOnes() throws {
        let unknown = CCSimBinary.fixture("model-unknown-key.yaml"), missing = (CCSimBinary.fixture("model-empty.yaml") as NSString).deletingLastPathComponent + "/no-such-file.yaml"
        let r = try CCSimBinary.run(["validate", "models/single-queue.yaml", unknown, missing])
        XCTAssertEqual(r.status, 2)
        XCTAssertEqual(r.stdout, "models/single-queue.yaml: ok (model 'Single M/M/520+M queue', 1 channel, 1 group)\n")
        XCTAssertEqual(r.stderr.split(separator: "\n").count, 2, r.stderr)
        XCTAssertTrue(r.stderr.contains("\(missing): no such file\n"))
    }

    func test_validate_movingMoreAgentsThanTheGroupHas_isRefused() throws {
        let file = CCSimBinary.fixture("scenario-moves-too-many.yaml")
        try assertRefused(["validate", file], mentions: [
            "\(file):4:53: changes.0.move_agents.count: cannot move 8 agents: group 'digital' has at most 7 on duty\n",
        ])
    }
}
