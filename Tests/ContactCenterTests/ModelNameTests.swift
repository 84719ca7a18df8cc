import XCTest
@testable import ContactCenter

/// Channel and group names are letters, digits, `_` and `-`, as the reader's message says: they
/// are written unquoted into measure paths, `--set` paths and CSV cells.
final class ModelNameTests: XCTestCase {
    func test_namesWithCommasQuotesSpacesDotsOrSlashes_areRefused_eachAtItsKey() throws {
        let sandbox = try FileSandbox()
        let path = try sandbox.write("m.yaml", """
            name: Names
            channels:
              "ca,lls": { kind: voice, handle_time: 5m, service_level: 80% within 20s }
              'say "hi"': { kind: voice, handle_time: 5m, service_level: 80% within 20s }
              "e/mail": { kind: deferred, handle_time: 5m, service_level: 80% within 1d }
            demand: { contacts_per_day: 10, mix: { "ca,lls": 50%, 'say "hi"': 25%, "e/mail": 25% } }
            agent_groups:
              "team one": { skills: ["ca,lls", 'say "hi"', "e/mail"], agents: 1 }
              team.two: { skills: ["ca,lls"], agents: 1 }

            """)
        let rule = "is not a usable name; use only letters, digits, '_' or '-' (no dots, spaces, commas or quotes)"
        XCTAssertEqual(issues(loading: path, in: sandbox), [
            "m.yaml:3:3: channels: 'ca,lls' \(rule)",
            "m.yaml:4:3: channels: 'say \"hi\"' \(rule)",
            "m.yaml:5:3: channels: 'e/mail' \(rule)",
            "m.yaml:8:3: agent_groups: 'team one' \(rule)",
            "m.yaml:9:3: agent_groups: 'team.two' \(rule)",
        ])
    }

    func test_lettersOfAnyAlphabet_digits_underscoresAndHyphens_areNames() throws {
        for name in ["phone", "phone_2", "e-mail", "Téléphone", "電話", "24x7"] {
            XCTAssertTrue(ParameterReader.isUsableName(name), name)
        }
        for name in ["", "a b", "a,b", "a\"b", "a.b", "a/b", "a\tb", "a\r\nb", "a;b"] {
            XCTAssertFalse(ParameterReader.isUsableName(name), name)
        }
    }

    func test_aScenarioCannotSmuggleABadNameIn() throws {
        let sandbox = try FileSandbox()
        try sandbox.write("m.yaml", issueExampleModel)
        let path = try sandbox.write("s.yaml", """
            name: S
            base: m.yaml
            changes:
              - set: { path: "agent_groups.night,shift", value: { skills: [phone], agents: 2 } }
            """)
        XCTAssertEqual(issues(loading: path, in: sandbox), [
            "s.yaml:4:18: agent_groups: 'night,shift' is not a usable name; use only letters, digits, '_' or '-' "
                + "(no dots, spaces, commas or quotes)",
        ])
    }
}

/// The one CSV writer: RFC 4180 quoting only where a field needs it, and its reader inverts it.
final class CSVRecordTests: XCTestCase {
    func test_fieldsAreQuotedOnlyWhenTheyHoldACommaQuoteOrLineBreak() {
        XCTAssertEqual(CSVRecord.field("phone"), "phone")
        XCTAssertEqual(CSVRecord.field("12.5"), "12.5")
        XCTAssertEqual(CSVRecord.field(""), "")
        XCTAssertEqual(CSVRecord.field("a,b"), "\"a,b\"")
        XCTAssertEqual(CSVRecord.field("say \"hi\""), "\"say \"\"hi\"\"\"")
        XCTAssertEqual(CSVRecord.field("a\nb"), "\"a\nb\"")
        XCTAssertEqual(CSVRecord.field("a\rb"), "\"a\rb\"")
        // "\r\n" is one Swift Character, equal to neither "\r" nor "\n": checked by bytes.
        XCTAssertEqual(CSVRecord.field("a\r\nb"), "\"a\r\nb\"")
        XCTAssertEqual(CSVRecord.line(["1", "a,b", ""]), "1,\"a,b\",\n")
    }

    func test_theReader_readsWhatTheWriterWrote() {
        let fields = ["1", "a,b", "", "say \"hi\"", "[social, messaging]", "plain"]
        var line = CSVRecord.line(fields)
        line.removeLast()
        XCTAssertEqual(CSVRecord.fields(of: line[...]), fields)
        XCTAssertNil(CSVRecord.fields(of: "1,\"open"))
    }
}
