import Foundation
import XCTest

/// Code quoted in docs/*.md as a fragment of a named file is still in that file.
///
/// A fenced block right after `<!-- fragment: PATH -->` (PATH from the repository root) quotes
/// lines of that file: every line of the block, trimmed, must be a whole line of the file, in the
/// same order; a line `// ...` stands for lines left out. So a how-to that shows the core's code
/// (docs/DESIGN.md, "How to add a new kind of event") fails here as soon as the code moves on.
final class DocsFragmentTests: XCTestCase {
    /// One quoted fragment: the file it names, the line of its marker, and its lines.
    struct Fragment {
        var path: String
        var line: Int
        var lines: [String]
    }

    /// The fragments marked in a Markdown text.
    static func fragments(in markdown: String) -> [Fragment] {
        let lines = markdown.components(separatedBy: "\n")
        var found: [Fragment] = []
        var k = 0
        while k < lines.count {
            let line = lines[k].trimmingCharacters(in: .whitespaces)
            k += 1
            guard line.hasPrefix("<!-- fragment: "), line.hasSuffix("-->") else { continue }
            let path = line.dropFirst("<!-- fragment: ".count).dropLast("-->".count).trimmingCharacters(in: .whitespaces)
            guard k < lines.count, lines[k].hasPrefix("```") else {
                found.append(Fragment(path: path, line: k, lines: []))   // no block: reported as empty
                continue
            }
            var body: [String] = []
            k += 1
            while k < lines.count, !lines[k].hasPrefix("```") {
                body.append(lines[k])
                k += 1
            }
            k += 1
            found.append(Fragment(path: path, line: k - body.count - 2, lines: body))
        }
        return found
    }

    /// The first line of `fragment` not found, in order, among the lines of `source`; nil when all are.
    static func missingLine(of fragment: Fragment, in source: String) -> String? {
        let sourceLines = source.components(separatedBy: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        var position = 0
        for raw in fragment.lines {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line == "// ..." { continue }
            guard let found = sourceLines[position...].firstIndex(of: line) else { return raw }
            position = found + 1
        }
        return nil
    }

    /// README.md and docs/*.md, as paths from the repository root.
    static func pages() throws -> [String] {
        let docs = CCSimBinary.root.appendingPathComponent("docs")
        return ["README.md"] + (try FileManager.default.contentsOfDirectory(atPath: docs.path).filter { $0.hasSuffix(".md") }.sorted().map { "docs/" + $0 })
    }

    func test_everyFragmentInTheDocs_isStillInTheFileItNames() throws {
        var checked = 0
        var quoted: Set<String> = []
        for page in try Self.pages() {
            let markdown = try String(contentsOf: CCSimBinary.root.appendingPathComponent(page), encoding: .utf8)
            for fragment in Self.fragments(in: markdown) {
                quoted.insert("\(page) \(fragment.path)")
                let location = "\(page):\(fragment.line): fragment of \(fragment.path)"
                XCTAssertFalse(fragment.lines.isEmpty, "\(location): no fenced block after the marker")
                let source = try String(contentsOf: CCSimBinary.root.appendingPathComponent(fragment.path), encoding: .utf8)
                if let missing = Self.missingLine(of: fragment, in: source) {
                    XCTFail("\(location): this line is not in the file (or not in this order): \(missing)")
                }
                checked += 1
            }
        }
        XCTAssertGreaterThanOrEqual(checked, 6, "docs/DESIGN.md's event how-to quotes six fragments")
        // The code a newcomer copies is quoted from the tests that compile and run it: the library
        // examples (SWEEPS.md's once said `channel("messaging", "service_level")`, which does not
        // compile, while its test used `.serviceLevel`) and ROUTING.md's policy and its use.
        for expected in ["README.md Tests/ContactCenterTests/LibraryExampleTests.swift",
                         "docs/SWEEPS.md Tests/ContactCenterTests/LibraryExampleTests.swift",
                         "docs/ROUTING.md Tests/ContactCenterTests/RoutingExtensionTests.swift",
                         "docs/ROUTING.md Sources/ContactCenter/Routing/RoutingRegistry.swift"] {
            XCTAssertTrue(quoted.contains(expected), "no fragment marker: \(expected)")
        }
    }

    func test_theCheck_findsALineThatIsNotThere_andOneOutOfOrder() {
        let source = "struct A {\n    var x = 1\n    var y = 2\n}\n"
        let page = "<!-- fragment: A.swift -->\n```swift\nstruct A {\n    // ...\n    var y = 2\n}\n```\n"
        let good = Self.fragments(in: page)
        XCTAssertEqual(good.count, 1)
        XCTAssertEqual(good.first?.path, "A.swift")
        XCTAssertNil(Self.missingLine(of: good[0], in: source))
        let changed = Fragment(path: "A.swift", line: 1, lines: ["struct A {", "    var y = 3"])
        XCTAssertEqual(Self.missingLine(of: changed, in: source), "    var y = 3")
        let reordered = Fragment(path: "A.swift", line: 1, lines: ["var y = 2", "var x = 1"])
        XCTAssertEqual(Self.missingLine(of: reordered, in: source), "var x = 1")
    }
}
