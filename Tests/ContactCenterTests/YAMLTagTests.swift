import XCTest
@testable import ContactCenter

/// YAML tags are refused at the tagged value, naming its path, instead of being ignored: `agents: !!str 5`
/// was read as the number 5, `!custom 3` and `!!binary ...` as their plain text. (Found by fuzzing.)
final class YAMLTagTests: XCTestCase {
    func issues(_ yaml: String) -> [String] {
        switch ParameterFile.parse(Data(yaml.utf8), path: "m.yaml") {
        case .success: return []
        case let .failure(errors): return errors.issues.map(\.description)
        }
    }

    func test_tagsOnValues_areRefusedAtTheValue_withItsPath() {
        XCTAssertEqual(issues("agent_groups:\n  team: { agents: !!str 5 }\n"), [
            "m.yaml:2:19: agent_groups.team.agents: the YAML tag '!!str' is not supported: ccsim reads each value as its key expects "
                + "(a number, a duration, a name, ...); remove the tag (quote the value to keep it text)",
        ])
        for (tag, value) in [("!custom", "3"), ("!!binary", "aGVsbG8="), ("!!int", "5"), ("!!float", "1.5"), ("!", "5")] {
            let found = issues("demand:\n  contacts_per_day: \(tag) \(value)\n")
            XCTAssertEqual(found.count, 1, "\(tag): \(found)")
            XCTAssertTrue(found.first?.hasPrefix("m.yaml:2:21: demand.contacts_per_day: the YAML tag '\(tag)' is not supported") == true,
                          "\(tag): \(found)")
        }
        XCTAssertEqual(issues("horizon: !!map { days: 1 }\nchannels: !!seq []\nlist: [a, !x b]\n").count, 3)
        XCTAssertTrue(issues("list: [a, !x b]\n").first?.contains("list.1: the YAML tag '!x'") == true)
    }

    func test_aTagOnAKey_thatNoPlainKeyHas_isRefused() {
        XCTAssertEqual(issues("channels:\n  !custom calls: {}\n"),
                       ["m.yaml:2:3: channels: the YAML tag '!custom' on the key 'calls' is not supported; remove the tag"])
    }

    func test_plainAndQuotedValues_andMergeKeys_areNotTags() throws {
        XCTAssertEqual(issues("a: 5\nb: \"5\"\nc: '5'\nd: five\n5: x\nbase: &b { x: 1 }\ne: { <<: *b, y: 2 }\nf: ~\n"), [])
        for file in ["models/seed-retail-multichannel.yaml", "models/bank-phone-email.yaml", "models/single-queue.yaml"] {
            let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
                .appendingPathComponent(file).path
            XCTAssertNoThrow(try ModelLoader.load(path: path), file)
        }
    }

    func test_aTaggedOverride_isRefusedAtTheOverride() throws {
        let sandbox = try FileSandbox()
        let path = try sandbox.write("m.yaml", smallModel)
        XCTAssertEqual(issues(loading: path, in: sandbox, overrides: [ParameterOverride(path: "agent_groups.team.agents", value: "!!str 5")]),
                       ["--set agent_groups.team.agents=!!str 5: the YAML tag '!!str' is not supported: ccsim reads each value as its key "
                        + "expects (a number, a duration, a name, ...); remove the tag (quote the value to keep it text)"])
    }
}
