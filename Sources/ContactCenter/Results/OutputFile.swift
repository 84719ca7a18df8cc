import Foundation

/// Where ccsim writes results (`--output`, `--trace`, `--journey-trace`, plan folders): checked
/// before any work, and written so that only a regular file, or a new one, is ever replaced.
///
/// - A directory is refused (replacing it would delete what it holds).
/// - A file the run read (a model, scenario, forecast) is refused: the result would replace it.
/// - A device or a pipe (`/dev/stdout`, a FIFO) is written in place, not replaced by a file.
/// - A symbolic link is followed, so the file it names is written and the link stays.
/// - Anything else is replaced atomically: a temporary file in the same folder, then a rename.
public enum OutputFile {
    /// A problem with an output path; the description says what is wrong.
    public struct Problem: Error, CustomStringConvertible {
        public let description: String
        init(_ description: String) { self.description = description }
    }

    private static let lock = NSLock()
    nonisolated(unsafe) private static var inputs: Set<String> = []

    /// Records a file the run reads, which no output may replace.
    public static func noteInput(_ path: String) {
        let target = resolved(path)
        lock.withLock { _ = inputs.insert(target) }
    }

    nonisolated(unsafe) private static var claims: [String: String] = [:]

    /// Records that option `flag` writes `path`; says why not (nil when it may) when another
    /// output of the same command already writes that file, so one would overwrite the other.
    public static func claim(_ path: String, for flag: String) -> String? {
        let target = resolved(path)
        return lock.withLock {
            if let other = claims[target], other != flag { return "'\(path)' is also the file of \(other); give each output its own file" }
            claims[target] = flag
            return nil
        }
    }

    /// `path` made absolute, with its symbolic links followed.
    public static func resolved(_ path: String) -> String {
        URL(fileURLWithPath: path).resolvingSymlinksInPath().standardizedFileURL.path
    }

    /// Why `path` cannot take an output whatever folders are created first (it is a folder, or a
    /// file the command reads), or nil.
    public static func conflict(_ path: String) -> String? {
        guard !path.isEmpty else { return "no file name given" }
        let target = resolved(path)
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: target, isDirectory: &isDirectory), isDirectory.boolValue {
            return "'\(path)' is a folder; name a file (in it)"
        }
        if lock.withLock({ inputs.contains(target) }) {
            return "'\(path)' is one of the files this command reads; write the result to another file"
        }
        return nil
    }

    /// Why `path` cannot take an output, or nil when it can.
    public static func problem(_ path: String) -> String? {
        if let conflict = conflict(path) { return conflict }
        let target = resolved(path)
        var isDirectory: ObjCBool = false
        if isSpecial(target) { return nil }
        let folder = (target as NSString).deletingLastPathComponent
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue,
              FileManager.default.isWritableFile(atPath: folder) else {
            return "cannot write '\(path)': the folder '\(folder)' does not exist or is not writable"
        }
        return nil
    }

    /// Whether `target` exists and is neither a regular file nor a folder (a device, a pipe, a socket).
    public static func isSpecial(_ target: String) -> Bool {
        guard let type = (try? FileManager.default.attributesOfItem(atPath: target))?[.type] as? FileAttributeType else { return false }
        return type != .typeRegular && type != .typeDirectory
    }

    /// Writes `data` to `path` (see ``OutputFile``).
    public static func write(_ data: Data, to path: String) throws {
        if let problem = problem(path) { throw Problem(problem) }
        let target = resolved(path)
        if isSpecial(target) {
            try writeInPlace(data, to: target, path: path)
            return
        }
        do {
            try data.write(to: URL(fileURLWithPath: target), options: .atomic)
        } catch {
            throw Problem("cannot write '\(path)': \(reason(error))")
        }
    }

    /// Puts the finished file `temporary` (in the same folder) in place of `path` (see ``OutputFile``);
    /// `temporary` is gone afterwards either way.
    public static func replace(_ path: String, with temporary: String) throws {
        defer { try? FileManager.default.removeItem(atPath: temporary) }
        if let problem = problem(path) { throw Problem(problem) }
        let target = resolved(path)
        if isSpecial(target) {
            let data: Data
            do { data = try Data(contentsOf: URL(fileURLWithPath: temporary)) } catch {
                throw Problem("cannot write '\(path)': \(reason(error))")
            }
            try writeInPlace(data, to: target, path: path)
            return
        }
        guard rename(temporary, target) == 0 else {
            throw Problem("cannot write '\(path)': \(String(cString: strerror(errno)))")
        }
    }

    private static func writeInPlace(_ data: Data, to target: String, path: String) throws {
        guard let handle = FileHandle(forWritingAtPath: target) else {
            throw Problem("cannot write '\(path)': it cannot be opened for writing")
        }
        do {
            try handle.write(contentsOf: data)
            try handle.close()
        } catch {
            throw Problem("cannot write '\(path)': \(reason(error))")
        }
    }

    /// The system's reason for a failed write, without Foundation's error-domain wrapping.
    public static func reason(_ error: Error) -> String {
        let ns = error as NSError
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        if ns.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(ns.code))) }
        return ns.localizedDescription
    }
}
