import ContactCenter
import Foundation

/// A research sweep read from a file: a base model or scenario, the parameters to vary, a design
/// that picks the points, replications per point and the measures to record (see docs/SWEEPS.md).
///
/// ```yaml
/// name: Phone agents to messaging, against chat concurrency
/// base: ../shift-phone-to-messaging.yaml          # relative to this file
/// set: { horizon.days: 1 }                        # every point
/// parameters:
///   changes.0.move_agents.count: { from: 0, to: 40, step: 10 }
///   channels.messaging.concurrency: [1, 2, 3, 4]
/// design: grid                                    # or { random: { points: 50, seed: 7 } },
///                                                 # { latin_hypercube: { points: 50, seed: 7 } }, { points: [...] }
/// replications: 5
/// measures: [messaging.service_level, phone.abandon_rate, groups.digital.occupancy, totals.cost]
/// ```
///
/// Loading checks everything before any simulation: the file's keys, the base, every listed value
/// (and a range's ends) against the model, the measures; problems are reported together as
/// `FILE:LINE:COLUMN: message`, with the closest known name for unknown paths and measures.
public struct Sweep: Sendable {
    /// The sweep file, as given.
    public var path: String
    public var name: String
    public var runner: SweepRunner
    public var parameters: [SweepParameter]
    public var design: SweepDesign
    /// The points, numbered from 1 in design order, each computed when it is read (never listed all at once).
    public var points: SweepPoints
    /// The base's warnings (see ``LoadedModel/warnings``), those of `set:` located in the sweep file.
    public var warnings: [FileIssue]
    /// The sweep file's bytes and the resolved base model, for the fingerprint.
    let source: [UInt8]
    let baseDescription: String

    static let keys = ["name", "description", "base", "set", "parameters", "design", "replications", "seed",
                       "common_random_numbers", "measures"]
    static let designs = ["grid", "random", "latin_hypercube", "points"]
    /// Points a sweep may have (counted before any is listed): a million points of one replication of
    /// one day already take days of CPU; split a larger study into several sweep files.
    public static let maximumPoints = 1_000_000

    /// Identifies the sweep's results: 64-bit FNV-1a (hex) over the sweep file, the resolved base model
    /// (after `set`) and the run settings (replications, seed, common random numbers). Outputs record it,
    /// so results of a changed sweep are never mixed with older ones.
    public var fingerprint: String {
        var bytes = Array("ccsim sweep 1\n".utf8) + source
        bytes += Array("\n\(baseDescription)\nreplications=\(runner.replications) seed=\(runner.seed) crn=\(runner.commonRandomNumbers)\n".utf8)
        let hash = DesignRandom.fnv1a(bytes)
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// Reads and checks the sweep file at `path`.
    ///
    /// - Throws: ``FileErrors`` with every problem found.
    public static func load(path: String) throws -> Sweep {
        let reader = ParameterReader()
        let sweep = read(path, reader)
        guard reader.issues.isEmpty, let sweep else {
            throw FileErrors(reader.issues.isEmpty ? [FileIssue(file: path, message: "could not be loaded")] : reader.issues)
        }
        return sweep
    }

    /// The overrides of point `point` (the fixed `set` overrides are the runner's).
    public func overrides(_ point: SweepPoint) -> [ParameterOverride] {
        zip(parameters, point.values).map { SweepParameter.override(path: $0.path, value: $1) }
    }

    /// Loads the model of every point in `ids` (all points when nil), on `jobs` threads, reporting
    /// problems at the sweep file's parameters. Holds every model: for many points use ``checkModels(_:jobs:)``.
    ///
    /// - Throws: ``FileErrors`` naming the first points that cannot be loaded.
    public func loadModels(_ ids: [Int]? = nil, jobs: Int = Replications.defaultJobs) throws -> [Int: ContactCenterModel] {
        let wanted = ids ?? points.map(\.id)
        var models: [Int: ContactCenterModel] = [:]
        try forEachModel(wanted, jobs: jobs) { id, model in models[id] = model }
        return models
    }

    /// Loads the model of every point in `ids` and lets it go again, so a bad combination of values is
    /// reported before any simulation, in memory that does not grow with the number of points.
    ///
    /// - Throws: ``FileErrors`` naming the first points (up to 10) that cannot be loaded.
    public func checkModels(_ ids: [Int], jobs: Int = Replications.defaultJobs) throws {
        try forEachModel(ids, jobs: jobs) { _, _ in }
    }

    /// Loads the points' models in batches on `jobs` threads, handing each to `body` in id order.
    private func forEachModel(_ ids: [Int], jobs: Int, _ body: (Int, ContactCenterModel) -> Void) throws {
        var issues: [FileIssue] = []
        let batch = max(64, 16 * jobs)
        for start in stride(from: 0, to: ids.count, by: batch) {
            let wanted = Array(ids[start..<min(ids.count, start + batch)])
            WorkPool.run(count: wanted.count, jobs: jobs, work: { k in self.loadModel(point: wanted[k]) }, deliver: { k, result in
                switch result {
                case let .success(model): body(wanted[k], model)
                case let .failure(error) where issues.count < 10: issues += error.issues
                case .failure: break
                }
            })
            if issues.count >= 10 { break }
        }
        if !issues.isEmpty { throw FileErrors(issues) }
    }

    /// The model of point `id`, or the problems with it located at the sweep file's parameters.
    public func loadModel(point id: Int) -> Result<ContactCenterModel, FileErrors> {
        let point = points[id - 1]
        do { return .success(try runner.load(overrides(point)).model) } catch let error as FileErrors {
            return .failure(relocated(error, point: point))
        } catch {
            return .failure(FileErrors([FileIssue(file: path, message: "\(error)")]))
        }
    }

    /// Errors from a point's overrides, located at the parameter in the sweep file.
    func relocated(_ error: FileErrors, point: SweepPoint) -> FileErrors {
        let described = zip(parameters, point.values).map { "\($0.path)=\($1.cell)" }.joined(separator: ", ")
        var labels: [String: SweepParameter] = [:]
        for (parameter, value) in zip(parameters, point.values) {
            labels[SweepParameter.override(path: parameter.path, value: value).label] = parameter
        }
        return FileErrors(error.issues.map { issue in
            guard let parameter = labels[issue.file] else { return issue }
            return parameter.location.issue("point \(point.id) (\(described)): \(issue.message)")
        })
    }
}

/// One point of a sweep: its id (from 1, in design order) and each parameter's value.
public struct SweepPoint: Sendable, Equatable {
    public var id: Int
    public var values: [SweepValue]

    public init(id: Int, values: [SweepValue]) {
        self.id = id
        self.values = values
    }
}
