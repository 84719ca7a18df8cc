import ContactCenter
import Foundation

/// One cell of a row read back from a sweep output.
enum SweepCell: Equatable {
    /// A CSV cell's text, or a JSON string.
    case text(String)
    /// A JSON number literal, as written.
    case number(String)
    /// An empty CSV cell, or a JSON `null`: an undefined estimate.
    case null
    /// A JSON `true` or `false` (never written by ccsim).
    case bool(Bool)

    /// How the cell is quoted in a message.
    var shown: String {
        switch self {
        case let .text(t): return "'\(t.count > 40 ? t.prefix(40) + "..." : t)'"
        case let .number(n): return n
        case .null: return "empty"
        case let .bool(b): return "\(b)"
        }
    }
}

/// Rows read back from a sweep output (a resumed run, the final sort, the parts of a merge) are
/// checked field by field before they are kept: a row ccsim did not write (an edited value, a field
/// too many or too few, a NaN, a point out of range) is refused with the file, line and field,
/// instead of being carried into the results.
enum SweepRowCheck {
    /// The cells of `line` in `format`, named by column; CSV cells are named by `columns`
    /// (by position), JSON Lines cells by their keys (in the order written).
    ///
    /// - Returns: the cells, or why the line is not a row.
    static func cells(_ line: Substring, format: SweepOutputFormat, columns: [String]) -> Result<[(name: String, cell: SweepCell)], RowProblem> {
        switch format {
        case .csv:
            guard let fields = CSVRecord.fields(of: line) else { return .failure(RowProblem("a quoted field is not closed")) }
            guard fields.count == columns.count else {
                return .failure(RowProblem("has \(fields.count) field\(fields.count == 1 ? "" : "s"), but the rows of this file have "
                                           + "\(columns.count) (\(Self.list(columns)))"))
            }
            return .success(zip(columns, fields).map { ($0, $1.isEmpty ? .null : .text($1)) })
        case .jsonl:
            return FlatJSON.object(line).map { $0 }
        }
    }

    /// `names` for a message: the first few, then how many more.
    static func list(_ names: [String]) -> String {
        names.count <= 4 ? names.joined(separator: ", ") : names.prefix(3).joined(separator: ", ") + ", ... \(names.last!)"
    }

    /// The measure columns among `columns`: `<m>.mean` and `<m>.ci95` pairs (a parameter path may end
    /// in `.mean`, as `channels.phone.patience.exponential.mean`, but never has a `.ci95` beside it).
    static func measureColumns(_ columns: [String]) -> Set<String> {
        let names = Set(columns)
        var measures = Set<String>()
        for column in columns where column.hasSuffix(".ci95") {
            let mean = String(column.dropLast(".ci95".count)) + ".mean"
            if names.contains(mean) { measures.insert(mean); measures.insert(column) }
        }
        return measures
    }

    /// Whether measure column `name` is a share's mean (service level, abandon rate, occupancy, a
    /// `_share`), which lies in 0...1.
    static func isShare(_ name: String) -> Bool {
        guard name.hasSuffix(".mean") else { return false }
        let measure = name.dropLast(".mean".count)
        return [".service_level", ".abandon_rate", ".occupancy", ".p_wait", "_share"].contains { measure.hasSuffix($0) }
    }

    /// A finite number as ccsim writes one (digits, sign, point, exponent; no `nan`, `inf` or hex), or nil.
    static func number(_ text: String) -> Double? {
        Quantity.decimal(text).flatMap { $0.isFinite ? $0 : nil }
    }

    /// Checks one row's cells: `point` a whole number in 1...`points`, each measure a finite number
    /// or undefined (its half-width not negative, and undefined with its mean), each parameter the
    /// value `expected` gives it (when the sweep is known) or at least present.
    ///
    /// - Returns: the point id, or the first problem, naming its field.
    static func check(_ cells: [(name: String, cell: SweepCell)], format: SweepOutputFormat, columns: [String], measures: Set<String>,
                      points: Int, expected: SweepPoints?) -> Result<Int, RowProblem> {
        if !columns.isEmpty {
            let names = cells.map(\.name)
            if Set(names).count != names.count {
                return .failure(RowProblem("names a field twice"))
            }
            if let extra = names.first(where: { !columns.contains($0) }) {
                return .failure(RowProblem("has a field '\(extra)' that the other rows do not have"))
            }
            if let missing = columns.first(where: { !names.contains($0) }) {
                return .failure(RowProblem("has no field '\(missing)'"))
            }
        }
        guard let pointCell = cells.first(where: { $0.name == "point" })?.cell else { return .failure(RowProblem("has no field 'point'")) }
        var id: Int?
        switch pointCell {
        case let .text(t), let .number(t): id = Int(t).flatMap { String($0) == t ? $0 : nil }
        default: id = nil
        }
        guard let id else {
            return .failure(RowProblem("field 'point' is \(pointCell.shown), not a point number", field: "point"))
        }
        guard (1...points).contains(id) else {
            return .failure(RowProblem("field 'point' is \(id), but the sweep has points 1 to \(points)", field: "point"))
        }
        var values: [String: SweepCell] = [:]
        for (name, cell) in cells { values[name] = cell }
        for (name, cell) in cells where measures.contains(name) {
            var x: Double?
            switch cell {
            case .null: continue
            case let .text(t), let .number(t): x = number(t)
            case .bool: x = nil
            }
            guard let x else {
                return .failure(RowProblem("field '\(name)' is \(cell.shown), not a number (an undefined estimate is "
                                           + "\(format == .csv ? "an empty field" : "null"))", field: name))
            }
            // ccsim writes a number the same way every time: a rewritten one (`+0.0087`, `0.83e0`) would
            // make the finished file differ from a run without interruption.
            if cell != .text(SweepNumber.text(x)) && cell != .number(SweepNumber.text(x)) {
                return .failure(RowProblem("field '\(name)' is \(cell.shown), which is not how ccsim writes \(SweepNumber.text(x)); "
                                           + "the row was changed", field: name))
            }
            if Self.isShare(name) && !(0...1).contains(x) {
                return .failure(RowProblem("field '\(name)' is \(cell.shown), but a share is from 0 to 1", field: name))
            }
            if name.hasSuffix(".ci95") {
                guard x >= 0 else {
                    return .failure(RowProblem("field '\(name)' is \(cell.shown), but a 95% half-width is never negative", field: name))
                }
                let mean = String(name.dropLast(".ci95".count)) + ".mean"
                if values[mean] == .null {
                    return .failure(RowProblem("field '\(name)' is \(cell.shown), but its mean '\(mean)' is undefined", field: name))
                }
            }
        }
        if let expected {
            let point = expected[id - 1]
            for (parameter, value) in zip(expected.parameters, point.values) {
                let path = parameter.path
                guard let cell = values[path] else { continue }
                let wanted: SweepCell = value.isNumber && format == .jsonl ? .number(value.cell) : .text(value.cell)
                if cell != wanted {   // ccsim writes a point's values the same way every time
                    return .failure(RowProblem("field '\(path)' is \(cell.shown), but point \(id) of this sweep has "
                                               + "\(wanted.shown); the row was changed or comes from another sweep", field: path))
                }
            }
        } else {
            for (name, cell) in cells where name != "point" && !measures.contains(name) {
                switch cell {
                case .null, .bool:
                    return .failure(RowProblem("field '\(name)' is \(cell.shown), not a parameter value", field: name))
                default: continue
                }
            }
        }
        return .success(id)
    }
}

/// Why a line read back is not a row of its sweep output; `field` names the column when one is at fault.
struct RowProblem: Error, Equatable {
    var message: String
    var field: String?
    init(_ message: String, field: String? = nil) {
        self.message = message
        self.field = field
    }
}

/// The flat JSON objects of JSON Lines rows: `{"key":value,...}` with numbers, strings and null,
/// read with their keys in order and each number as written (JSONSerialization loses both, and reads
/// `true` as 1).
enum FlatJSON {
    static func object(_ line: Substring) -> Result<[(name: String, cell: SweepCell)], RowProblem> {
        let bytes = Array(line.utf8)
        var i = 0
        func skipSpace() { while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0D { i += 1 } }
        func fail(_ what: String) -> Result<[(name: String, cell: SweepCell)], RowProblem> {
            .failure(RowProblem("is not a JSON object of one row (\(what) at character \(i + 1))"))
        }
        /// A JSON string starting at `i` (a quote), decoded; nil when it is not closed or not valid.
        func string() -> String? {
            let start = i
            i += 1
            while i < bytes.count, bytes[i] != 0x22 {
                if bytes[i] == 0x5C { i += 1 }
                i += 1
            }
            guard i < bytes.count else { return nil }
            i += 1
            let token = Data(bytes[start..<i])
            return (try? JSONSerialization.jsonObject(with: token, options: .fragmentsAllowed)) as? String
        }
        skipSpace()
        guard i < bytes.count, bytes[i] == 0x7B else { return fail("no '{'") }
        i += 1
        var cells: [(name: String, cell: SweepCell)] = []
        skipSpace()
        if i < bytes.count, bytes[i] == 0x7D {
            i += 1
        } else {
            while true {
                skipSpace()
                guard i < bytes.count, bytes[i] == 0x22, let key = string() else { return fail("no field name") }
                skipSpace()
                guard i < bytes.count, bytes[i] == 0x3A else { return fail("no ':'") }
                i += 1
                skipSpace()
                guard i < bytes.count else { return fail("no value") }
                let cell: SweepCell
                switch bytes[i] {
                case 0x22:
                    guard let s = string() else { return fail("a string not closed") }
                    cell = .text(s)
                case 0x6E, 0x74, 0x66:   // null, true, false
                    let rest = String(decoding: bytes[i...].prefix(5), as: UTF8.self)
                    if rest.hasPrefix("null") { cell = .null; i += 4 } else if rest.hasPrefix("true") { cell = .bool(true); i += 4 } else if rest.hasPrefix("false") {
                        cell = .bool(false); i += 5
                    } else { return fail("an unknown word") }
                case 0x2D, 0x30...0x39:
                    let start = i
                    while i < bytes.count, "0123456789+-.eE".utf8.contains(bytes[i]) { i += 1 }
                    cell = .number(String(decoding: bytes[start..<i], as: UTF8.self))
                default:
                    return fail(bytes[i] == 0x7B || bytes[i] == 0x5B ? "a nested value"
                                : "an unexpected '\(String(decoding: bytes[i...].prefix(1), as: UTF8.self))'")
                }
                cells.append((key, cell))
                skipSpace()
                guard i < bytes.count else { return fail("no '}'") }
                if bytes[i] == 0x2C { i += 1; continue }
                guard bytes[i] == 0x7D else { return fail("no ',' or '}'") }
                i += 1
                break
            }
        }
        skipSpace()
        guard i == bytes.count else { return fail("text after the object") }
        return .success(cells)
    }
}
