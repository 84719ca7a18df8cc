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

    /// A key identifying the file itself (absolute, symbolic links resolved), for detecting cycles.
    package static func identity(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }
}
