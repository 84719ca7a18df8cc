import Foundation
import XCTest

/// One C boundary: only Sources/GSL imports the CGSL shim, and no public declaration anywhere hands
/// out a raw pointer (the GSL module's types own theirs). A source scan, so a new file that breaks
/// the rule fails here with its path and line.
final class CBoundaryTests: XCTestCase {
    /// The repository root: this file is Tests/GSLTests/CBoundaryTests.swift.
    private static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `import CGSL`, in any form Swift accepts (`@testable`, an access level, `import func CGSL.x`).
    private static let importOfShim = try! NSRegularExpression(
        pattern: #"^\s*(@\w+(\([^)]*\))?\s+)*((public|package|internal|fileprivate|private)\s+)?import\s+((typealias|struct|class|enum|protocol|let|var|func)\s+)?CGSL\b"#)

    /// A raw pointer type, or a GSL C type.
    private static let rawPointer = try! NSRegularExpression(
        pattern: #"\b(Unsafe(Mutable)?(Raw)?(Buffer)?Pointer|OpaquePointer|AutoreleasingUnsafeMutablePointer|gsl_\w+)\b"#)

    /// A `public` or `open` declaration (not `public(set)` alone, not inside a comment).
    private static let publicDeclaration = try! NSRegularExpression(
        pattern: #"^\s*(@[\w()]+\s+)*(public|open)\s+(?!import)"#)

    /// Every Swift file under `folder`, as (path relative to the root, lines).
    private func swiftFiles(under folder: String) throws -> [(path: String, lines: [String])] {
        let base = Self.root.appendingPathComponent(folder)
        guard let enumerator = FileManager.default.enumerator(at: base, includingPropertiesForKeys: nil) else { return [] }
        var files: [(String, [String])] = []
        for case let url as URL in enumerator where url.pathExtension == "swift" {
            let text = try String(contentsOf: url, encoding: .utf8)
            let path = String(url.path.dropFirst(Self.root.path.count + 1))
            files.append((path, text.components(separatedBy: "\n")))
        }
        return files.sorted { $0.0 < $1.0 }
    }

    private func matches(_ pattern: NSRegularExpression, _ line: String) -> Bool {
        pattern.firstMatch(in: line, range: NSRange(line.startIndex..., in: line)) != nil
    }

    /// The lines that import CGSL outside Sources/GSL, as `path:line`.
    func shimImports(in files: [(path: String, lines: [String])]) -> [String] {
        files.filter { !$0.path.hasPrefix("Sources/GSL/") }.flatMap { file in
            file.lines.indices.filter { matches(Self.importOfShim, file.lines[$0]) }.map { "\(file.path):\($0 + 1)" }
        }
    }

    /// Public declarations whose signature (up to its body or the end of its parameter list)
    /// names a raw pointer or a GSL C type, as `path:line`.
    func publicRawPointers(in files: [(path: String, lines: [String])]) -> [String] {
        var found: [String] = []
        for file in files {
            for (index, line) in file.lines.enumerated() where matches(Self.publicDeclaration, line) {
                var signature = "", depth = 0, next = index
                repeat {
                    let text = file.lines[next].split(separator: "{", maxSplits: 1, omittingEmptySubsequences: false)[0]
                    signature += text
                    depth += text.filter { $0 == "(" }.count - text.filter { $0 == ")" }.count
                    next += 1
                } while depth > 0 && next < file.lines.count && !file.lines[next - 1].contains("{")
                if matches(Self.rawPointer, signature) { found.append("\(file.path):\(index + 1)") }
            }
        }
        return found
    }

    func test_onlyTheGSLModule_importsCGSL() throws {
        let files = try swiftFiles(under: "Sources") + swiftFiles(under: "Tests")
        XCTAssertGreaterThan(files.count, 100, "the scan found the sources")
        XCTAssertTrue(files.contains { $0.path.hasPrefix("Sources/GSL/") && $0.lines.contains { matches(Self.importOfShim, $0) } },
                      "the GSL module itself imports CGSL (else the scan is looking at the wrong lines)")
        XCTAssertEqual(shimImports(in: files), [], "only Sources/GSL may import CGSL; wrap what you need there")
    }

    func test_noPublicDeclaration_exposesARawPointer() throws {
        XCTAssertEqual(publicRawPointers(in: try swiftFiles(under: "Sources")), [],
                       "public API must not hand out raw pointers; keep them internal (@usableFromInline) in GSL")
    }

    /// The scanners flag what they are meant to, so the two tests above cannot pass vacuously.
    func test_scanners_flagTheFormsTheyLookFor() {
        let offending: [(path: String, lines: [String])] = [
            ("Sources/DiscreteEvent/A.swift", ["import CGSL", "@testable import CGSL", "internal import func CGSL.gsl_ran_gamma",
                                                "import CGSLX", "// import CGSL"]),
            ("Sources/DiscreteEvent/B.swift", ["    public let rng: UnsafeMutablePointer<gsl_rng>",
                                                "    @inlinable public func sample(",
                                                "        from rng: OpaquePointer) -> Double {",
                                                "    public func draw(_ n: Int) -> Double { let p: UnsafePointer<Int>? = nil }",
                                                "    let raw: UnsafeMutablePointer<UInt>?"]),
        ]
        XCTAssertEqual(shimImports(in: offending), ["Sources/DiscreteEvent/A.swift:1", "Sources/DiscreteEvent/A.swift:2",
                                                    "Sources/DiscreteEvent/A.swift:3"])
        XCTAssertEqual(publicRawPointers(in: offending), ["Sources/DiscreteEvent/B.swift:1", "Sources/DiscreteEvent/B.swift:2"])
    }
}
