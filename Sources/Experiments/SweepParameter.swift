import ContactCenter
import Foundation

/// One value a parameter takes at a point: the YAML text handed to the model (as a
/// ``ParameterOverride``) and the text written to the output.
///
/// Numbers are written as numbers; durations (`2m`) are written in seconds (`120`) so the column
/// is numeric; anything else (opening hours, distributions) is written as its YAML flow text.
public struct SweepValue: Sendable, Equatable, Hashable {
    /// YAML text for the model (`2m`, `4`, `{ exponential: { mean: 3m } }`).
    public var yaml: String
    /// The output cell (`120`, `4`, `{ exponential: { mean: 3m } }`).
    public var cell: String
    /// Whether `cell` is a number (JSON Lines writes it unquoted).
    public var isNumber: Bool

    public init(yaml: String, cell: String, isNumber: Bool) {
        self.yaml = yaml
        self.cell = cell
        self.isNumber = isNumber
    }

    /// A whole number.
    public static func integer(_ value: Int) -> SweepValue { SweepValue(yaml: "\(value)", cell: "\(value)", isNumber: true) }

    /// A real number, written in its shortest exact form.
    public static func real(_ value: Double) -> SweepValue {
        let text = SweepNumber.text(value)
        return SweepValue(yaml: text, cell: text, isNumber: true)
    }

    /// A duration in seconds (written to the output in seconds, given to the model as `<seconds>s`).
    public static func seconds(_ value: Double) -> SweepValue {
        let text = SweepNumber.text(value)
        return SweepValue(yaml: text + "s", cell: text, isNumber: true)
    }
}

/// How numbers are printed in sweep outputs: whole numbers without a fraction, others in Swift's
/// shortest round-trip form, so the text is the same on every machine.
enum SweepNumber {
    static func text(_ x: Double) -> String {
        if x == x.rounded(), abs(x) < 1e15 { return String(Int64(x)) }
        return "\(x)"
    }

    /// `x` rounded to `digits` significant digits (sampled values are kept readable).
    static func rounded(_ x: Double, digits: Int) -> Double {
        Double(String(format: "%.\(digits)g", x)) ?? x
    }
}

/// The kind of a value written in a sweep file, read from its text.
enum SweepValueKind: String, Sendable {
    case integer = "a whole number", real = "a number", duration = "a duration", other = "a value"

    /// The kind and numeric value of a scalar: `4` integer, `2.5` real, `2m` duration (seconds).
    static func read(_ text: String) -> (kind: SweepValueKind, number: Double?) {
        let t = text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "_", with: "")
        if let i = Int(t) { return (.integer, Double(i)) }
        if let d = Double(t), d.isFinite { return (.real, d) }
        if t.first.map({ $0.isNumber || $0 == "." || $0 == "-" || $0 == "+" }) == true, let s = try? Quantity.duration(t), s.isFinite {
            return (.duration, s)
        }
        return (.other, nil)
    }
}

/// A parameter a sweep varies: a dotted path (as in a scenario's `set`, or `changes.N.move_agents.count`)
/// and the values it takes, a list or a range.
///
/// Ranges (`{ from: 0, to: 40, step: 10 }`, `{ from: 2m, to: 6m, count: 5 }`, `{ from: 0.5, to: 1.5 }`)
/// are whole numbers, reals or durations. A grid takes the range's steps; random and Latin
/// hypercube designs draw from the steps when there are some, and from the interval otherwise.
public struct SweepParameter: Sendable {
    public enum Domain: Sendable, Equatable {
        /// The values listed, in order.
        case list([SweepValue])
        /// Whole numbers from `from` to `to` by `step`.
        case integers(from: Int, to: Int, step: Int)
        /// Reals (or durations, in seconds) from `from` to `to`: every `step`, `count` evenly spaced, or the whole interval when both are nil.
        case reals(from: Double, to: Double, step: Double?, count: Int?, duration: Bool)
    }

    public var path: String
    public var domain: Domain
    /// Where the parameter is written in the sweep file.
    public var location: SourceLocation

    public init(path: String, domain: Domain, location: SourceLocation = SourceLocation(file: "")) {
        self.path = path
        self.domain = domain
        self.location = location
    }

    /// How many values a grid takes, counted without listing them (at most `Int.max`); nil for an
    /// interval with neither step nor count.
    public var stepCount: Int? {
        stepTotal.map { $0 < 9e18 ? Int($0) : Int.max }
    }

    /// ``stepCount`` as a Double, exact for any range (e.g. 1.8e19 for the whole range of Int).
    var stepTotal: Double? {
        switch domain {
        case let .list(values): return Double(values.count)
        case let .integers(from, to, step):
            let (span, overflow) = to.subtractingReportingOverflow(from)
            return overflow ? ((Double(to) - Double(from)) / Double(step)).rounded(.down) + 1 : Double(span / step) + 1
        case let .reals(from, to, step, count, _):
            if let count { return Double(count) }
            guard let step else { return nil }
            let n = ((to - from) / step * (1 + 1e-12)).rounded(.down) + 1
            return n.isFinite ? n : .greatestFiniteMagnitude
        }
    }

    /// The `k`-th value a grid takes (0-based, `k < stepCount`), computed without listing the others.
    public func step(_ k: Int) -> SweepValue {
        switch domain {
        case let .list(values): return values[k]
        case let .integers(from, _, step): return .integer(from + k * step)
        case let .reals(from, to, step, count, duration):
            let make = duration ? SweepValue.seconds : SweepValue.real
            if let count {
                return count == 1 ? make(from) : make(SweepNumber.rounded(from + Double(k) * (to - from) / Double(count - 1), digits: 12))
            }
            return make(SweepNumber.rounded(from + Double(k) * (step ?? 0), digits: 12))
        }
    }

    /// The values a grid takes, listed; nil for an interval with neither step nor count. Only for
    /// parameters whose ``stepCount`` is known to be small: designs use ``step(_:)``.
    public var steps: [SweepValue]? {
        stepCount.map { (0..<$0).map(step) }
    }

    /// The value at `u` in [0, 1): the `floor(u K)`-th of K steps, or `from + u (to - from)` on an interval
    /// (rounded to 6 significant digits).
    public func value(at u: Double) -> SweepValue {
        if let count = stepCount, count > 0 {
            return step(Int(min(Double(count - 1), (u * Double(count)).rounded(.down))))
        }
        guard case let .reals(from, to, _, _, duration) = domain else { return SweepValue.integer(0) }
        let x = SweepNumber.rounded(from + u * (to - from), digits: 6)
        return duration ? .seconds(x) : .real(x)
    }

    /// Listed values checked one by one when a sweep is read; the rest of a longer list is checked with
    /// the points before the first simulation, so reading stays quick for a list of any length.
    static let valuesCheckedOnRead = 100

    /// The values checked against the model before a sweep runs: the listed values (up to
    /// ``valuesCheckedOnRead`` distinct ones), or a range's ends.
    var valuesToCheck: [SweepValue] {
        switch domain {
        case let .list(values):
            var distinct: [SweepValue] = []
            var seen = Set<SweepValue>()
            for value in values where distinct.count < Self.valuesCheckedOnRead && seen.insert(value).inserted { distinct.append(value) }
            return distinct
        case let .integers(from, to, _): return [.integer(from), .integer(to)]
        case let .reals(from, to, _, _, duration): return duration ? [.seconds(from), .seconds(to)] : [.real(from), .real(to)]
        }
    }

    /// The override that gives this parameter `value` (a scenario's `move_agents` count may be 0: move nobody).
    public static func override(path: String, value: SweepValue) -> ParameterOverride {
        return ParameterOverride(path: path, value: value.yaml)
    }
}
