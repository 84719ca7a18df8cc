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
    /// A file read back: its header, the lines before the rows, and each complete row with its point id.
    struct Contents {
        var header: SweepHeader
        var format: SweepOutputFormat
        var preamble: String
        var rows: [(id: Int, line: Substring)]
        /// Bytes up to the end of the last complete line (the rest is a torn row).
        var completeLength: Int
        var torn: Bool
    }

    /// Reads `data` as a sweep output; `table` checks rows (nil: use the file's own column line).
    static func read(_ data: Data, name: String, table: SweepTable?) throws -> Contents {
        let text = String(decoding: data, as: UTF8.self)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let torn = !(lines.last?.isEmpty ?? true)
        lines.removeLast()   // the torn part, or the empty string after the last newline
        guard let first = lines.first, let (header, format) = SweepHeader.parse(first) else {
            let shown = String((text.split(separator: "\n").first ?? "").prefix(60))
            throw SweepError("'\(name)' is not a ccsim sweep output (its first line is '\(shown)'); remove it or choose another file")
        }
        if let table, table.format != format {
            throw SweepError("'\(name)' holds \(format.rawValue) rows, but --format is \(table.format.rawValue); use the same format")
        }
        var preambleCount = 1
        var rowTable = table ?? SweepTable(format: format, parameters: [], measures: [])
        if format == .csv {
            guard lines.count >= 2, let columns = CSVRecord.fields(of: lines[1]) else {
                throw SweepError("'\(name)' has a sweep header but no column names; remove it and run again")
            }
            if let table, columns != table.columns {
                throw SweepError("'\(name)' has other columns than this sweep (was the sweep file changed?); remove it or choose another --output")
            }
            rowTable.columns = columns
            preambleCount = 2
        } else if table == nil {
            rowTable.columns = []   // jsonl read without the sweep file (merge): rows carry their own keys
        }
        var rows: [(Int, Substring)] = []
        for (k, line) in lines.enumerated().dropFirst(preambleCount) {
            guard let id = rowTable.pointID(line) else {
                throw SweepError("'\(name)' line \(k + 1) is not a row of this sweep: '\(line.prefix(60))'")
            }
            rows.append((id, line))
        }
        let preamble = lines.prefix(preambleCount).joined(separator: "\n") + "\n"
        let completeLength = lines.reduce(0) { $0 + $1.utf8.count + 1 }
        return Contents(header: header, format: format, preamble: preamble, rows: rows, completeLength: completeLength, torn: torn)
    }

    /// Opens `path` for a run: creates it with the table's preamble, or checks that it was written by
    /// the same sweep and shard, drops a torn last line, and returns the ids already done.
    ///
    /// - Throws: ``SweepError`` when the file belongs to another sweep, shard or format, or is not a sweep output.
    static func open(_ path: String, header: SweepHeader, table: SweepTable) throws -> (done: Set<Int>, appender: SweepAppender, dropped: Bool) {
        let preamble = table.preamble(header)
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
        var done = Set<Int>()
        for (id, line) in contents.rows {
            guard (1...header.points).contains(id), header.shard?.contains(point: id) ?? true else {
                throw SweepError("'\(path)' has a row for point \(id), which is not in \(header.shard.map { "shard \($0)" } ?? "this sweep")")
            }
            guard done.insert(id).inserted else {
                throw SweepError("'\(path)' has point \(id) twice; it was not written by ccsim sweep alone. Remove it and run again")
            }
            _ = line
        }
        let appender = try SweepAppender(path: path, truncateTo: contents.torn ? contents.completeLength : nil, lock: lock)
        return (done, appender, contents.torn)
    }

    /// Rewrites `path` with its rows sorted by point id (atomically: temporary file, fsync, rename).
    static func sort(_ path: String, table: SweepTable) throws {
        guard let data = FileManager.default.contents(atPath: path) else { throw SweepError("cannot read '\(path)'") }
        let contents = try read(data, name: path, table: table)
        try write(contents.preamble + contents.rows.sorted { $0.id < $1.id }.map { $0.line + "\n" }.joined(), to: path)
    }

    /// Merges shard outputs into `output`: every part from the same sweep, every point exactly once.
    /// The result is byte for byte what an unsharded run writes.
    ///
    /// - Returns: the number of points.
    /// - Throws: ``SweepError`` naming the parts that differ, the duplicated or the missing points.
    @discardableResult
    public static func merge(_ parts: [String], into output: String) throws -> Int {
        guard !parts.isEmpty else { throw SweepError("give the parts to merge, e.g. part-*.csv") }
        var first: (name: String, contents: Contents)?
        var owner: [Int: String] = [:]
        var rows: [(id: Int, line: Substring)] = []
        for part in parts {
            guard let data = FileManager.default.contents(atPath: part) else {
                throw SweepError("cannot read the part '\(part)' (no such file?)")
            }
            let contents = try read(data, name: part, table: nil)
            if contents.torn {
                throw SweepError("'\(part)' ends with an incomplete row: its shard was interrupted; rerun that shard's command, then merge")
            }
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
                guard contents.format == .jsonl || contents.preamble.split(separator: "\n").last == reference.preamble.split(separator: "\n").last else {
                    throw SweepError("'\(part)' has other columns than '\(name)'; merge parts of one sweep only")
                }
            } else {
                first = (part, contents)
            }
            for row in contents.rows {
                guard (1...contents.header.points).contains(row.id) else {
                    throw SweepError("'\(part)' has point \(row.id), but the sweep has points 1 to \(contents.header.points)")
                }
                if let other = owner[row.id] {
                    throw SweepError("point \(row.id) is in both '\(other)' and '\(part)'\(other == part ? " (twice)" : ""); "
                                     + "each point must come from exactly one part")
                }
                owner[row.id] = part
                rows.append(row)
            }
        }
        guard let (_, reference) = first else { return 0 }
        let total = reference.header.points
        let missing = (1...total).filter { owner[$0] == nil }
        if !missing.isEmpty {
            let listed = missing.prefix(10).map(String.init).joined(separator: ", ") + (missing.count > 10 ? ", ..." : "")
            throw SweepError("\(missing.count) of \(total) points are missing (\(listed)); run the missing shards "
                             + "(or rerun the interrupted ones) and merge all parts")
        }
        var header = reference.header
        header.shard = nil
        var preambleLines = reference.preamble.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        preambleLines[preambleLines.startIndex] = Substring(header.line(reference.format))
        let preamble = preambleLines.joined(separator: "\n") + "\n"
        try write(preamble + rows.sorted { $0.id < $1.id }.map { $0.line + "\n" }.joined(), to: output)
        return total
    }

    /// Writes `text` to `path` atomically and durably.
    static func write(_ text: String, to path: String) throws {
        let temporary = path + ".tmp-\(ProcessInfo.processInfo.processIdentifier)"
        do {
            let appender = try SweepAppender(path: temporary, truncateTo: 0)
            try appender.append(text)
            appender.close()
        }
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw SweepError("cannot write '\(path)': \(reason)")
        }
        SweepAppender.syncDirectory(of: path)
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
    private let path: String
    private let lock = NSLock()
    /// Held while the appender lives (see ``SweepOutputLock``).
    private let outputLock: SweepOutputLock?

    /// Opens (creating) `path`; `truncateTo` cuts it first (0 empties it, a length drops a torn row).
    init(path: String, truncateTo length: Int?, lock outputLock: SweepOutputLock? = nil) throws {
        self.path = path
        self.outputLock = outputLock
        let created = !FileManager.default.fileExists(atPath: path)
        fd = Foundation.open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw SweepError("cannot write '\(path)': \(String(cString: strerror(errno)))") }
        if let length {
            guard ftruncate(fd, off_t(length)) == 0, fsync(fd) == 0 else {
                let reason = String(cString: strerror(errno))
                Foundation.close(fd)
                throw SweepError("cannot write '\(path)': \(reason)")
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
