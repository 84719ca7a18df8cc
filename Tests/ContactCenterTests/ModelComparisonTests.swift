import XCTest
@testable import ContactCenter

/// A scenario compared with a base must rest on the same model file: the roots of their
/// `base:` chains, by resolved real path.
final class ModelComparisonTests: XCTestCase {
    func test_scenariosOnTheSameModel_canBeCompared_inAnyOrder_alsoThroughALink() throws {
        let sandbox = try FileSandbox()
        try sandbox.write("models/m.yaml", issueExampleModel)
        try FileManager.default.createSymbolicLink(atPath: sandbox.path("link.yaml"), withDestinationPath: sandbox.path("models/m.yaml"))
        let a = try sandbox.write("scenarios/a.yaml", "name: A\nbase: ../models/m.yaml\nchanges:\n  - scale_demand: { channel: email, factor: 1.1 }\n")
        let b = try sandbox.write("b.yaml", "name: B\nbase: scenarios/a.yaml\nchanges:\n  - scale_demand: { channel: email, factor: 1.1 }\n")
        let c = try sandbox.write("c.yaml", "name: C\nbase: link.yaml\nchanges: []\n")
        let loaded = try [sandbox.path("models/m.yaml"), a, b, c].map { try ModelLoader.load(path: $0) }
        XCTAssertEqual(loaded[2].rootModel, sandbox.path("models/m.yaml"))
        for base in loaded {
            XCTAssertNoThrow(try LoadedModel.checkComparable(base: base, scenarios: loaded))
        }
    }

    func test_aScenarioOfAnotherModel_isRefused_namingBothModels() throws {
        let sandbox = try FileSandbox()
        let retail = try sandbox.write("retail.yaml", issueExampleModel)
        let bank = try sandbox.write("bank.yaml", smallModel)
        let growth = try sandbox.write("growth.yaml", "name: G\nbase: bank.yaml\nchanges:\n  - scale_demand: { channel: phone, factor: +65% }\n")
        let base = try ModelLoader.load(path: retail)
        let scenarios = try [growth, bank].map { try ModelLoader.load(path: $0) }
        XCTAssertThrowsError(try LoadedModel.checkComparable(base: base, scenarios: scenarios)) { error in
            let messages = (error as? FileErrors)?.issues.map { $0.description.replacingOccurrences(of: sandbox.directory.path + "/", with: "") }
            XCTAssertEqual(messages, [
                "growth.yaml: cannot be compared with the base retail.yaml: it is built on the model bank.yaml, the base is the model "
                    + "retail.yaml; compare a scenario with the model it is built on, or with another scenario on that model",
                "bank.yaml: cannot be compared with the base retail.yaml: it is the model bank.yaml, the base is the model "
                    + "retail.yaml; compare a scenario with the model it is built on, or with another scenario on that model",
            ])
        }
    }

    /// A scenario that sets another currency has its costs read in the base's otherwise.
    func test_aScenarioInAnotherCurrency_isRefused_namingBoth() throws {
        let sandbox = try FileSandbox()
        let model = try sandbox.write("m.yaml", "currency: EUR\n" + smallModel)
        let usd = try sandbox.write("usd.yaml", "name: U\nbase: m.yaml\nchanges:\n  - set: { path: currency, value: USD }\n")
        let same = try sandbox.write("same.yaml", "name: S\nbase: m.yaml\nchanges:\n  - set: { path: currency, value: EUR }\n")
        let base = try ModelLoader.load(path: model)
        XCTAssertNoThrow(try LoadedModel.checkComparable(base: base, scenarios: [try ModelLoader.load(path: same)]))
        XCTAssertThrowsError(try LoadedModel.checkComparable(base: base, scenarios: [try ModelLoader.load(path: usd)])) { error in
            XCTAssertEqual((error as? FileErrors)?.issues.map { $0.description.replacingOccurrences(of: sandbox.directory.path + "/", with: "") }, [
                "usd.yaml: cannot be compared with the base m.yaml: it has costs in USD, the base costs in EUR; costs are compared "
                    + "as they are, so give both the same currency"])
        }
    }
}
