import Foundation
import XCTest

/// A file of one kind given where another is expected (a sweep file to `run`, a model to `sweep` or
/// `--shifts`, a staffing table as a model or forecast, ...) gets one message at the file saying what
/// it looks like and what was expected; an empty file names what the expected kind needs. (Found by
/// fuzzing: a sweep file given to `run` listed five unknown keys and a missing `changes`, an empty
/// shifts file said what a model needs.)
final class WrongFileKindTests: XCTestCase {
    var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("ccsim-kinds-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: directory) }

    func write(_ name: String, _ text: String) throws -> String {
        let path = directory.appendingPathComponent(name).path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// Refused with exactly one error line, which contains every fragment of `expected`.
    func assertOneError(_ arguments: [String], _ expected: [String], file: StaticString = #filePath, line: UInt = #line) throws {
        try assertRefused(arguments, mentions: expected, file: file, line: line)
        let r = try CCSimBinary.run(arguments)
        XCTAssertEqual(r.stderr.split(separator: "\n").count, 1, "one message, not a list of unknown keys: \(r.stderr)", file: file, line: line)
    }

    let sweep = "scenarios/sweeps/phone-to-messaging-by-concurrency.yaml"
    let quick = ["--set", "horizon.days=1", "--set", "simulation.warmup=0s"]

    func test_aSweepShiftsOrTableFile_givenAsAModel() throws {
        // (`validate` takes every kind of YAML file ccsim reads and checks a sweep as a sweep: ValidateCommandTests.)
        for command in [["run"], ["report"], ["compare", "models/seed-retail-multichannel.yaml"]] {
            try assertOneError(command + [sweep], ["\(sweep):13:1: this looks like a sweep file (it has parameters, design, measures), "
                                                   + "but a model file or a scenario file is expected here; run it with ccsim sweep FILE"])
        }
        try assertOneError(["run", "models/shifts/retail-shifts.yaml"],
                           ["models/shifts/retail-shifts.yaml:4:1: this looks like a shifts file", "ccsim plan MODEL --shifts FILE"])
        try assertOneError(["run", "models/staffing/bank-phone-weekday.csv"],
                           ["models/staffing/bank-phone-weekday.csv:1: this looks like a staffing table", "but a model file or a scenario file"])
        try assertOneError(["run", "models/forecasts/retail-weekday.csv"],
                           ["models/forecasts/retail-weekday.csv:1: this looks like a forecast (it has channel, volume)"])
    }

    func test_aModelOrScenario_givenAsASweep_andAsShifts() throws {
        let out = directory.appendingPathComponent("out.csv").path
        try assertOneError(["sweep", "models/single-queue.yaml", "--output", out],
                           ["models/single-queue.yaml:7:1: this looks like a model file", "but a sweep file is expected here"])
        try assertOneError(["sweep", "scenarios/shift-phone-to-messaging.yaml", "--output", out],
                           ["scenarios/shift-phone-to-messaging.yaml:5:1: this looks like a scenario file (it has changes), but a sweep file"])
        XCTAssertFalse(FileManager.default.fileExists(atPath: out))
        try assertOneError(["plan", "models/seed-retail-multichannel.yaml", "--shifts", "models/single-queue.yaml"] + quick,
                           ["models/single-queue.yaml:7:1: this looks like a model file", "but a shifts file is expected here"])
        try assertOneError(["plan", "models/seed-retail-multichannel.yaml", "--shifts", sweep] + quick,
                           ["this looks like a sweep file", "but a shifts file is expected here"])
    }

    func test_emptyFiles_sayWhatTheExpectedKindNeeds() throws {
        let empty = try write("empty.yaml", "# nothing yet\n")
        try assertOneError(["plan", "models/seed-retail-multichannel.yaml", "--shifts", empty] + quick,
                           ["\(empty): the file is empty; a shifts file needs shifts: with one template or more"])
        try assertOneError(["sweep", empty, "--output", directory.appendingPathComponent("o.csv").path],
                           ["\(empty): the file is empty; a sweep needs base, parameters and measures"])
        let emptyTable = try write("staffing.csv", "\n")
        let model = try write("m.yaml", try String(contentsOfFile: CCSimBinary.root.appendingPathComponent("models/bank-phone-email.yaml").path,
                                                   encoding: .utf8).replacingOccurrences(of: "staffing/bank-phone-weekday.csv", with: "staffing.csv"))
        try assertRefused(["validate", model], mentions: ["\(emptyTable): the staffing table is empty"])
    }

    func test_aForecastOrModel_givenAsAStaffingTable_andAStaffingTableAsAForecast() throws {
        let bank = try String(contentsOfFile: CCSimBinary.root.appendingPathComponent("models/bank-phone-email.yaml").path, encoding: .utf8)
        let forecast = CCSimBinary.root.appendingPathComponent("models/forecasts/retail-weekday.csv").path
        let model = try write("m.yaml", bank.replacingOccurrences(of: "staffing/bank-phone-weekday.csv", with: forecast))
        try assertOneError(["validate", model], ["\(forecast):1: this looks like a forecast", "but a staffing table is expected here"])
        try assertOneError(["staff", "--forecast", "models/staffing/bank-phone-weekday.csv", "--service-level", "80%/20s"],
                           ["models/staffing/bank-phone-weekday.csv:1: this looks like a staffing table", "but a forecast is expected here"])
        try assertOneError(["staff", "--forecast", "models/single-queue.yaml", "--service-level", "80%/20s"],
                           ["models/single-queue.yaml:1: this looks like a model file", "but a forecast is expected here"])
    }

    /// A scenario's or a sweep's `base:` naming a file that is no model or scenario (a sweep, a shifts
    /// file, a forecast, an empty, binary or list file) is refused at the `base:` line, saying what the
    /// file is: it was reported at the other file ("sweeps/x.yaml:13:1: this looks like a sweep file ...
    /// but a model file or a scenario file is expected here"), as if that file were wrong.
    func test_aBaseThatIsNoModel_isRefusedAtTheBaseLine_sayingWhatItIs() throws {
        let root = CCSimBinary.root.path
        let bases: [(String, String)] = [
            (root + "/" + sweep, "is a sweep file (it has parameters, design, measures), not a model or scenario file"),
            (root + "/models/shifts/retail-shifts.yaml", "is a shifts file (it has shifts), not a model or scenario file"),
            (root + "/models/forecasts/retail-weekday.csv", "is a forecast (it has channel, volume), not a model or scenario file"),
            (try write("empty.yaml", "# nothing yet\n"), "is empty: a base must be a model or scenario file"),
            (try write("binary.yaml", "\u{0}\u{1}\u{2}"), "is binary data, not a YAML text file"),
            (try write("list.yaml", "- phone\n- email\n"), "is a list, not a mapping of keys"),
        ]
        for (k, (base, expected)) in bases.enumerated() {
            let scenario = try write("scenario-\(k).yaml", "name: On it\nbase: \(base)\nchanges:\n  - scale_demand: { channel: phone, factor: 1.1 }\n")
            for command in [["validate"], ["run"]] {
                try assertOneError(command + [scenario], ["\(scenario):2:7: base: '\(base)' \(expected)"])
            }
            let sweepFile = try write("sweep-\(k).yaml", "name: On it\nbase: \(base)\nparameters:\n  horizon.days: [1, 2]\n"
                                      + "measures: [phone.service_level]\n")
            try assertOneError(["validate", sweepFile], ["\(sweepFile):2:7: base: '\(base)' \(expected)"])
        }
        // A missing base reads as a sentence.
        let missing = try write("missing.yaml", "name: On it\nbase: nowhere.yaml\nchanges: []\n")
        try assertOneError(["validate", missing], ["\(missing):2:7: base: the base file 'nowhere.yaml' does not exist"])
    }
}
