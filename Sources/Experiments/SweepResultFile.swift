import ContactCenter
import Foundation

/// A sweep's output on disk: created with its header, appended one durable row per finished
/// point, repaired and checked when a run resumes, sorted by point id when the run completes,
/// and merged from shards.
///
/// Durability: each row is written with a single `write(2)` on a file opened `O_APPEND`, then
/// `fsync(2)`, so a killed run (SIGKILL included) loses at most the row being written. A torn
/// last line (no newline) is dropped on resume; finished points are skipped. The final sort
/// writes a temporary file and renames it over the output, so the output is never half-written.
public enum SweepResultFile {
    /// A file read back: its header, the lines before the rows, and each complete row with its line number.
    struct Contents {
        var header: SweepHeader
        var format: SweepOutputFormat
        var preamble: String
        /// The column names (CSV: the file's column line; JSON Lines read without the sweep: the first row's keys).
        var columns: [String]
        /// Every complete line after the preamble, unchecked (see ``rows(_:name:expected:)``).
        var lines: [(number: Int, line: Substring)]
        /// Bytes up to the end of the last complete line (the rest is a torn row).
        var completeLength: Int
        var torn: Bool
    }

    /// At most this many bad rows are listed per file (each one line on stderr).
    static let maximumRowIssues = 10

    /// Reads `data` as a sweep output; `table` checks the format and columns (nil: use the file's own).
    /// Rows are checked by ``rows(_:name:expected:)``, after the caller has checked the header.
    /// `advice` ends the message for a file that is no sweep output: what to do with a results
    /// file (`--output`) differs from what to do with a part given to merge (never "remove it").
    static func read(_ data: Data, name: String, table: SweepTable?,
                     advice: String = "remove it or choose another --output") throws -> Contents {
        let text = String(decoding: data, as: UTF8.self)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let torn = !(lines.last?.isEmpty ?? true)
        lines.removeLast()   // the torn part, or the empty string after the last newline
        guard let first = lines.first, let parsed = SweepHeader.read(first) else {
            let shown = String((text.split(separator: "\n").first ?? "").prefix(60))
            throw SweepError("'\(name)' is not a ccsim sweep output (its first line is '\(shown)'); \(advice)")
        }
        let header: SweepHeader, format: SweepOutputFormat
        switch parsed {
        case let .success(found): (header, format) = found
        case let .failure(problem):
            throw FileErrors([FileIssue(file: name, line: 1, message: problem.message + "; the header was changed after ccsim wrote it. "
                                        + "Remove the file (or restore its first line) and run again")])
        }
        if let table, table.format != format {
            throw SweepError("'\(name)' holds \(format.rawValue) rows, but --format is \(table.format.rawValue); use the same format")
        }
        var preambleCount = 1
        var columns = table?.columns ?? []
        if format == .csv {
            guard lines.count >= 2, let found = CSVRecord.fields(of: lines[1]) else {
                throw SweepError("'\(name)' has a sweep header but no column names; remove it and run again")
            }
            if let table, found != table.columns {
                throw SweepError("'\(name)' has other columns than this sweep (was the sweep file changed?); remove it or choose another --output")
            }
            guard found.first == "point", Set(found).count == found.count else {
                throw FileErrors([FileIssue(file: name, line: 2, message: "the column names should start with 'point' and name each "
                                            + "column once; this file was not written by ccsim sweep. Remove it or choose another file")])
            }
            columns = found
            preambleCount = 2
        } else if table == nil, lines.count > 1, case let .success(cells) = FlatJSON.object(lines[1]) {
            columns = cells.map(\.name)   // jsonl read without the sweep file (merge): its first row names the fields
        }
        let rows = lines.enumerated().dropFirst(preambleCount).map { (number: $0.offset + 1, line: $0.element) }
        let preamble = lines.prefix(preambleCount).joined(separator: "\n") + "\n"
        let completeLength = lines.reduce(0) { $0 + $1.utf8.count + 1 }
        return Contents(header: header, format: format, preamble: preamble, columns: columns, lines: rows,
                        completeLength: completeLength, torn: torn)
    }

    /// The rows of `contents` with their point ids, each checked field by field (see ``SweepRowCheck``):
    /// the point a whole number of the sweep (and of the file's shard), once; every measure a finite
    /// number or undefined; every parameter the value the sweep gives that point (when `expected`
    /// is the sweep's points) or at least present.
    ///
    /// - Throws: ``FileErrors`` locating each bad row (up to ``maximumRowIssues``) at its line and field in `name`.
    static func rows(_ contents: Contents, name: String, expected: SweepPoints?, advice: String) throws -> [(id: Int, number: Int, line: Substring)] {
        let header = contents.header
        let measures = SweepRowCheck.measureColumns(contents.columns)
        var issues: [FileIssue] = []
        var rows: [(id: Int, number: Int, line: Substring)] = []
        var seen: [Int: Int] = [:]
        for (number, line) in contents.lines {
            func refuse(_ message: String) {
                if issues.count < maximumRowIssues { issues.append(FileIssue(file: name, line: number, message: message)) }
            }
            let checked = SweepRowCheck.cells(line, format: contents.format, columns: contents.columns).flatMap { cells in
                SweepRowCheck.check(cells, format: contents.format, columns: contents.columns, measures: measures,
                                    points: min(header.points, expected?.count ?? header.points), expected: expected)
            }
            switch checked {
            case let .failure(problem):
                let text = line.isEmpty ? "an empty line" : "'\(line.prefix(60))\(line.count > 60 ? "..." : "")'"
                refuse(problem.field == nil && !problem.message.hasPrefix("field")
                       ? "this line is not a row of the sweep: it \(problem.message): \(text). \(advice)"
                       : "\(problem.message). \(advice)")
            case let .success(id):
                if let shard = header.shard, !shard.contains(point: id) {
                    refuse("field 'point' is \(id), which is not in shard \(shard) (points \(shard.index), \(shard.index + shard.count), ...). \(advice)")
                } else if let other = seen[id] {
                    refuse("point \(id) is here a second time (first at line \(other)); ccsim sweep writes each point once. \(advice)")
                } else {
                    seen[id] = number
                    rows.append((id, number, line))
                }
            }
        }
        if !issues.isEmpty {
            let bad = contents.lines.count - rows.count
            if bad > issues.count {
                issues.append(FileIssue(file: name, message: "\(bad - issues.count) more bad row\(bad - issues.count == 1 ? "" : "s") not listed"))
            }
            throw FileErrors(issues)
        }
        return rows
    }

    /// What to do about a bad row of a run's output: the point of a removed row is run again.
    static let resumeAdvice = "Remove that line (its point is run again when you rerun) or the whole file"

    /// Opens `path` for a run: creates it with the table's preamble, or checks that it was written by
    /// the same sweep and shard, drops a torn last line, and returns the ids already done.
    ///
    /// - Throws: ``SweepError`` when the file belongs to another sweep, shard or format, or is not a sweep output.
    static func open(_ path: String, header: SweepHeader, table: SweepTable, expected: SweepPoints? = nil) throws -> (done: Set<Int>, appender: SweepAppender, dropped: Bool) {
        let preamble = table.preamble(header)
        if let problem = OutputFile.problem(path) { throw SweepError("--output: \(problem)") }
        if OutputFile.isSpecial(OutputFile.resolved(path)) {
            throw SweepError("--output: '\(path)' is a device or a pipe, but a sweep's results file is resumed and sorted in place; "
                             + "name a regular file (ccsim sweep merge can write to standard output)")
        }
        let lock = try SweepOutputLock(path: path)   // before reading: another run may be appending
        let existing = FileManager.default.contents(atPath: path) ?? Data()
        if existing.isEmpty || preamble.utf8.starts(with: existing) && existing.count < preamble.utf8.count {
            let appender = try SweepAppender(path: path, truncateTo: 0, lock: lock)
            try appender.append(preamble)
            return ([], appender, false)
        }
        let contents = try read(existing, name: path, table: table)
        let found = contents.header
        guard found.fingerprint == header.fingerprint else {
            throw SweepError("'\(path)' holds results of a different sweep (hash \(found.fingerprint); this sweep's is \(header.fingerprint)): "
                             + "the sweep file, its model or the replications/seed changed. Remove it or choose another --output")
        }
        guard found.shard == header.shard else {
            func describe(_ shard: SweepShard?) -> String { shard.map { "shard \($0)" } ?? "the whole sweep" }
            throw SweepError("'\(path)' holds \(describe(found.shard)), not \(describe(header.shard)); "
                             + "use the same --shard or another --output")
        }
        let done = Set(try rows(contents, name: path, expected: expected, advice: resumeAdvice).map(\.id))
        let appender = try SweepAppender(path: path, truncateTo: contents.torn ? contents.completeLength : nil, lock: lock)
        return (done, appender, contents.torn)
    }

    /// Rewrites `path` with its rows sorted by point id (atomically: temporary file, fsync, rename).
    static func sort(_ path: String, table: SweepTable, expected: SweepPoints? = nil) throws {
        guard let data = FileManager.default.contents(atPath: path) else { throw SweepError("cannot read '\(path)'") }
        let contents = try read(data, name: path, table: table)
        let rows = try rows(contents, name: path, expected: expected, advice: resumeAdvice)
        try write(contents.preamble + rows.sorted { $0.id < $1.id }.map { $0.line + "\n" }.joined(), to: path)
    }

    /// Merges shard outputs into `output`: every part from the same sweep, every point exactly once.
    /// The result is byte for byte what an unsharded run writes. Given the sweep the parts were run
    /// from, each row's parameter values are checked against its point, as a resumed run checks them.
    ///
    /// - Returns: the number of points.
    /// - Throws: ``SweepError`` naming the parts that differ, the duplicated or the missing points;
    ///   ``FileErrors`` for rows that are not what the sweep wrote, at their line and field.
    @discardableResult
    public static func merge(_ parts: [String], into output: String, sweep: Sweep? = nil) throws -> Int {
        guard !parts.isEmpty else { throw SweepError("give the parts to merge, e.g. part-*.csv") }
        var given: [String: String] = [:]
        for part in parts {
            OutputFile.noteInput(part)   // the merge may not replace a part
            let resolved = OutputFile.resolved(part)
            if let other = given[resolved] {
                throw SweepError("the part '\(part)' is given twice\(other == part ? "" : " (also as '\(other)')"); give each part once")
            }
            given[resolved] = part
        }
        if let problem = OutputFile.problem(output) { throw SweepError("--output: \(problem)") }
        var first: (name: String, contents: Contents)?
        var owner: [Int: (part: String, line: Int)] = [:]
        var rows: [(id: Int, line: Substring)] = []
        var fields: [String] = []
        var issues: [FileIssue] = []
        var duplicates = 0
        var shards: [SweepShard?] = []
        for part in parts {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: part, isDirectory: &isDirectory), isDirectory.boolValue {
                throw SweepError("the part '\(part)' is a folder; give the part files, e.g. '\(part)/part-*.csv'")
            }
            guard let data = FileManager.default.contents(atPath: part) else {
                throw SweepError("cannot read the part '\(part)' (no such file?)")
            }
            var contents = try read(data, name: part, table: nil,
                                    advice: "give sweep merge only the parts 'ccsim sweep ... --shard I/N --output PART' wrote")
            if contents.torn {
                throw SweepError("'\(part)' ends with an incomplete row: its shard was interrupted; rerun that shard's command, then merge")
            }
            shards.append(contents.header.shard)
            if let (name, reference) = first {
                var a = reference.header, b = contents.header
                a.shard = nil
                b.shard = nil
                if a != b && a.fingerprint == b.fingerprint && reference.format == contents.format {
                    throw SweepError("'\(part)' and '\(name)' are parts of the same sweep file but were run differently: "
                                     + "'\(b.line(contents.format))' vs '\(a.line(reference.format))'; merge parts run alike only")
                }
                guard a == b, reference.format == contents.format else {
                    throw SweepError("'\(part)' comes from a different sweep than '\(name)' (hash \(contents.header.fingerprint) vs "
                                     + "\(reference.header.fingerprint)\(reference.format != contents.format ? ", \(contents.format.rawValue) vs \(reference.format.rawValue)" : "")); "
                                     + "merge parts of one sweep only")
                }
                guard contents.format == .jsonl || contents.columns == reference.columns else {
                    throw SweepError("'\(part)' has other columns than '\(name)'; merge parts of one sweep only")
                }
            } else {
                first = (part, contents)
                if let sweep {
                    let table = SweepTable(format: contents.format, parameters: sweep.parameters.map(\.path),
                                           measures: sweep.runner.measures.map(\.name))
                    guard contents.header.points == sweep.points.count, contents.columns == table.columns else {
                        throw SweepError("'\(part)' is not a part of the sweep '\(sweep.path)' (its points or columns differ from the "
                                         + "sweep file's); give --sweep the file the parts were run from")
                    }
                }
            }
            // JSON Lines rows carry their keys: every part's rows must have those of the first row read.
            if contents.format == .jsonl {
                if fields.isEmpty { fields = contents.columns }
                contents.columns = fields
            }
            do {
                for row in try self.rows(contents, name: part, expected: sweep?.points,
                                         advice: "Rerun that part's shard, or remove the line and rerun the shard's command to complete the part") {
                    if let other = owner[row.id] {
                        duplicates += 1
                        guard duplicates <= maximumRowIssues else { continue }
                        issues.append(FileIssue(file: part, line: row.number, message: "point \(row.id) is in both '\(other.part)' (line \(other.line)) "
                                                + "and this part\(other.part == part ? " (the same file given twice)" : ""); "
                                                + "each point must come from exactly one part"))
                        continue
                    }
                    owner[row.id] = (part, row.number)
                    rows.append((row.id, row.line))
                }
            } catch let error as FileErrors {
                issues += error.issues
            }
        }
        if duplicates > maximumRowIssues {
            issues.append(FileIssue(file: parts[0], message: "\(duplicates - maximumRowIssues) more points in two parts not listed"))
        }
        if !issues.isEmpty { throw FileErrors(issues) }
        guard let (_, reference) = first else { return 0 }
        let total = reference.header.points
        let missing = (1...total).filter { owner[$0] == nil }
        if !missing.isEmpty {
            let listed = missing.prefix(10).map(String.init).joined(separator: ", ") + (missing.count > 10 ? ", ..." : "")
            throw SweepError("\(missing.count) of \(total) points are missing (\(listed)); "
                             + Self.missingShardsAdvice(missing: missing, shards: shards))
        }
        var header = reference.header
        header.shard = nil
        var preambleLines = reference.preamble.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        preambleLines[preambleLines.startIndex] = Substring(header.line(reference.format))
        let preamble = preambleLines.joined(separator: "\n") + "\n"
        try write(preamble + rows.sorted { $0.id < $1.id }.map { $0.line + "\n" }.joined(), to: output)
        return total
    }

    /// What to do about points a merge misses: which shards have no part among those given, and whose
    /// part is incomplete (an interrupted shard that was not rerun), when every part is a shard of the
    /// same N; otherwise the general advice.
    static func missingShardsAdvice(missing: [Int], shards: [SweepShard?]) -> String {
        let general = "run the missing shards (or rerun the interrupted ones) and merge all parts"
        let counts = Set(shards.map { $0?.count ?? 0 })
        guard counts.count == 1, let n = counts.first, n > 0 else { return general }
        let given = Set(shards.compactMap { $0?.index })
        let owners = Set(missing.map { ($0 - 1) % n + 1 }).sorted()
        let absent = owners.filter { !given.contains($0) }.map { "\($0)/\(n)" }
        let short = owners.filter { given.contains($0) }.map { "\($0)/\(n)" }
        var advice: [String] = []
        if !absent.isEmpty {
            advice.append("no part was given for shard\(absent.count == 1 ? "" : "s") \(absent.joined(separator: ", ")): run "
                          + "\(absent.count == 1 ? "it" : "them") (--shard I/N) and merge all parts")
        }
        if !short.isEmpty {
            advice.append("the part\(short.count == 1 ? "" : "s") of shard\(short.count == 1 ? "" : "s") \(short.joined(separator: ", ")) "
                          + "\(short.count == 1 ? "is" : "are") incomplete (an interrupted run): rerun \(short.count == 1 ? "its" : "their") "
                          + "command, which resumes, then merge")
        }
        return advice.joined(separator: "; ")
    }

    /// Writes `text` to `path` atomically and durably: a temporary file beside the file `path` names
    /// (a symbolic link is followed and stays), fsync, rename; a device or a pipe is written in place.
    /// Errors name `path`, never the temporary file.
    static func write(_ text: String, to path: String) throws {
        if let problem = OutputFile.problem(path) { throw SweepError(problem) }
        let target = OutputFile.resolved(path)
        if OutputFile.isSpecial(target) {
            do { try OutputFile.write(Data(text.utf8), to: path) } catch { throw SweepError("\(error)") }
            return
        }
        let folder = (target as NSString).deletingLastPathComponent
        let temporary = folder + "/." + (target as NSString).lastPathComponent + ".ccsim-\(ProcessInfo.processInfo.processIdentifier)"
        do {
            let appender = try SweepAppender(path: temporary, truncateTo: 0, shownAs: path)
            try appender.append(text)
            appender.close()
        } catch {
            unlink(temporary)
            throw error
        }
        guard rename(temporary, target) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw SweepError("cannot write '\(path)': \(reason)")
        }
        SweepAppender.syncDirectory(of: target)
    }
}

/// An exclusive lock on a sweep's output for as long as a run writes it (`flock(2)`, released when
/// the process ends, however it ends): a second run on the same file is refused instead of
/// appending the same points again.
final class SweepOutputLock: @unchecked Sendable {
    private let fd: Int32

    init(path: String) throws {
        let created = !FileManager.default.fileExists(atPath: path)
        fd = Foundation.open(path, O_RDONLY | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw SweepError("cannot write '\(path)': \(String(cString: strerror(errno)))") }
        if created { SweepAppender.syncDirectory(of: path) }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            Foundation.close(fd)
            throw SweepError("'\(path)' is being written by another sweep run; wait for it to finish (then rerun to resume), "
                             + "or choose another --output")
        }
    }

    deinit { Foundation.close(fd) }
}

/// Appends rows to an output: one `write(2)` per row on an `O_APPEND` descriptor, then `fsync(2)`.
final class SweepAppender: @unchecked Sendable {
    private let fd: Int32
    /// The file's name in messages (the output the user named, not a temporary file).
    private let path: String
    private let lock = NSLock()
    /// Held while the appender lives (see ``SweepOutputLock``).
    private let outputLock: SweepOutputLock?

    /// Opens (creating) `path`; `truncateTo` cuts it first (0 empties it, a length drops a torn row).
    init(path: String, truncateTo length: Int?, lock outputLock: SweepOutputLock? = nil, shownAs name: String? = nil) throws {
        let shown = name ?? path
        self.path = shown
        self.outputLock = outputLock
        let created = !FileManager.default.fileExists(atPath: path)
        fd = Foundation.open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw SweepError("cannot write '\(shown)': \(String(cString: strerror(errno)))") }
        if let length {
            guard ftruncate(fd, off_t(length)) == 0, fsync(fd) == 0 else {
                let reason = String(cString: strerror(errno))
                Foundation.close(fd)
                throw SweepError("cannot write '\(shown)': \(reason)")
            }
        }
        if created { Self.syncDirectory(of: path) }
    }

    /// Appends `text` and makes it durable before returning.
    func append(_ text: String) throws {
        lock.lock()
        defer { lock.unlock() }
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeMutableBytes { Foundation.write(fd, $0.baseAddress! + offset, $0.count - offset) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { throw SweepError("cannot write '\(path)': \(String(cString: strerror(errno)))") }
            offset += n
        }
        bytes.removeAll()
        guard fsync(fd) == 0 else { throw SweepError("cannot write '\(path)': \(String(cString: strerror(errno)))") }
    }

    func close() {
        lock.lock()
        defer { lock.unlock() }
        Foundation.close(fd)
    }

    /// Makes a created or renamed entry of `path`'s directory durable.
    static func syncDirectory(of path: String) {
        let directory = (path as NSString).deletingLastPathComponent
        let dfd = Foundation.open(directory.isEmpty ? "." : directory, O_RDONLY | O_CLOEXEC)
        if dfd >= 0 {
            _ = fsync(dfd)
            Foundation.close(dfd)
        }
    }
}
