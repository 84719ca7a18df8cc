import XCTest
@testable import ContactCenter

/// Alias bombs, deep nesting and oversized files are refused, located, before anything is expanded.
final class YAMLSizeCheckTests: XCTestCase {
    /// The "billion laughs" document: 10 levels of 10 aliases each expand to 10^10 values.
    static func laughs(levels: Int = 10, at key: String = "channels: *a9") -> String {
        var lines = ["name: laughs", "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
        for i in 1..<levels {
            lines.append("a\(i): &a\(i) [" + Array(repeating: "*a\(i - 1)", count: 10).joined(separator: ", ") + "]")
        }
        lines.append(key)
        return lines.joined(separator: "\n") + "\n"
    }

    func test_billionLaughs_isRefusedAtTheAliasThatCrossesTheBudget_inMilliseconds() throws {
        let sandbox = try FileSandbox()
        let path = try sandbox.write("m.yaml", Self.laughs())
        let started = Date()
        XCTAssertEqual(issues(loading: path, in: sandbox), [
            "m.yaml:7:45: the alias *a4 makes the document larger than 1000000 values once aliases are expanded "
                + "(aliases of aliases multiply); write the values out instead",
        ])
        XCTAssertLessThan(Date().timeIntervalSince(started), 1)
    }

    func test_aliasBombsUsedAsKeys_andMergeKeys_areCountedToo() throws {
        let sandbox = try FileSandbox()
        // Composing hashes mapping keys, so an alias of a huge node as a key must be refused before composing.
        let keys = try sandbox.write("k.yaml", Self.laughs(at: "channels: { *a9 : 1, *a8 : 2 }"))
        XCTAssertEqual(issues(loading: keys, in: sandbox).first?.hasPrefix("k.yaml:7:45: the alias *a4 makes the document larger"), true)
        let merges = try sandbox.write("m.yaml", Self.laughs(levels: 5, at: "x: &m { <<: *a4, b: 1 }\ny: [" +
                                       Array(repeating: "*m", count: 10).joined(separator: ", ") + "]"))
        XCTAssertEqual(issues(loading: merges, in: sandbox).first?.contains("the alias *m makes the document larger than 1000000"), true)
    }

    func test_aliasesWithinTheBudget_stillWork() throws {
        let sandbox = try FileSandbox()
        let path = try sandbox.write("m.yaml", "defaults: &d { kind: voice, handle_time: 5m, service_level: 80% within 20s }\n"
                                     + smallModel.replacingOccurrences(of: "phone: { kind: voice, hours: \"08:00-12:00\", handle_time: 5m, "
                                                                       + "service_level: 80% within 20s }",
                                                                       with: "phone: { <<: *d, hours: \"08:00-12:00\" }"))
        let found = issues(loading: path, in: sandbox)
        XCTAssertEqual(found.count, 1, "the merge is expanded and the model decoded; only the helper key is unknown: \(found)")
        XCTAssertTrue(found.first?.hasPrefix("m.yaml:1:1: unknown key 'defaults'; expected one of: name, ") ?? false, "\(found)")
    }

    func test_deepNesting_isRefusedLocated_withoutExhaustingTheStack() throws {
        let sandbox = try FileSandbox()
        for depth in [100, 100_000] {
            let path = try sandbox.write("d.yaml", "name: deep\nchannels: " + String(repeating: "[", count: depth)
                                         + String(repeating: "]", count: depth) + "\n")
            let found = issues(loading: path, in: sandbox)
            XCTAssertEqual(found.count, 1, "\(depth): \(found)")
            XCTAssertTrue(found[0].hasPrefix("d.yaml:2:") && found[0].contains("nested"), "\(depth): \(found)")
        }
    }

    func test_overrideValues_areMeasuredToo() throws {
        let sandbox = try FileSandbox()
        let path = try sandbox.write("m.yaml", smallModel)
        var levels = ["&a0 [x, x, x, x, x, x, x, x, x, x]"]
        for i in 1..<7 {
            let aliases: [String] = Array(repeating: "*a\(i - 1)", count: 10)
            levels.append("&a\(i) [" + aliases.joined(separator: ", ") + "]")
        }
        let bomb = "[" + levels.joined(separator: ", ") + "]"
        let found = issues(loading: path, in: sandbox, overrides: [ParameterOverride(path: "name", value: bomb)])
        XCTAssertEqual(found.count, 1)
        XCTAssertTrue(found[0].hasPrefix("--set name=[&a0 [x, x,") && found[0].contains("the value is too large: the alias *a4"), found[0])
    }

    func test_aFileAbove16MB_isRefusedBeforeItIsRead() throws {
        let sandbox = try FileSandbox()
        let path = sandbox.path("big.yaml")
        FileManager.default.createFile(atPath: path, contents: nil)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.truncate(atOffset: 17_000_000)   // sparse: no 17 MB written
        try handle.close()
        XCTAssertEqual(issues(loading: path, in: sandbox), [
            "big.yaml: is 17 MB; model, scenario and sweep files of more than 16 MB are not supported (put long series in CSV files)",
        ])
    }
}
