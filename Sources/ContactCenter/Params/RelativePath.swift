import Foundation

/// Paths written inside parameter files (`base:`, `forecast:`, `staffing:`) are relative to the
/// file that writes them; these helpers resolve them and keep messages short (`models/x.yaml`,
/// not `scenarios/../models/x.yaml`).
package enum RelativePath {
    /// `path` resolved against the directory of `file` (unchanged when absolute, or when `file`
    /// is not a file but a command-line override, which resolves against the working directory).
    package static func resolve(_ path: String, relativeTo file: String) -> String {
        if path.hasPrefix("/") || file.hasPrefix("--set ") { return normalize(path) }
        let directory = (file as NSString).deletingLastPathComponent
        return normalize(directory.isEmpty ? path : directory + "/" + path)
    }

    /// Removes `.` and `name/..` pairs lexically, keeping leading `..` of a relative path.
    package static func normalize(_ path: String) -> String {
        let absolute = path.hasPrefix("/")
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == "..", let last = parts.last, last != ".." {
                parts.removeLast()
            } else if part == "..", absolute, parts.isEmpty {
                continue
            } else {
                parts.append(part)
            }
        }
        let joined = parts.joined(separator: "/")
        return absolute ? "/" + joined : (joined.isEmpty ? "." : joined)
    }

    /// Why a file named in a parameter file cannot be used, for messages: "the KIND 'WRITTEN' does
    /// not exist (looked for PATH)", with "is a folder" or "cannot be read" when it exists. `resolved`
    /// is what `written` resolved to; when that only repeats what was written (a file given relative
    /// to the working directory), the absolute path is shown instead, so the message says where.
    package static func unusable(_ kind: String, written: String, resolved: String) -> String {
        var isFolder: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: resolved, isDirectory: &isFolder)
        let reason = !exists ? "does not exist" : isFolder.boolValue ? "is a folder, not a file" : "cannot be read"
        let shown = resolved.hasPrefix("/") || resolved != normalize(written)
            ? resolved : normalize(FileManager.default.currentDirectoryPath + "/" + resolved)
        return "the \(kind) '\(written)' \(reason) (looked for \(shown))"
    }

    /// Whether `path` is a readable file (not a folder).
    package static func isReadableFile(_ path: String) -> Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && !isFolder.boolValue
            && FileManager.default.isReadableFile(atPath: path)
    }

    /// A key identifying the file itself (absolute, symbolic links resolved), for detecting cycles.
    package static func identity(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }
}
