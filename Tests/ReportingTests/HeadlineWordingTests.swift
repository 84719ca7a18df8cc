import ContactCenter
import XCTest
@testable import Reporting

/// The wording of the headline's sentences: a significant service-level change never reads
/// "falls from 99% to 99%", and a title of two imperatives is turned into two gerunds.
final class HeadlineWordingTests: XCTestCase {
    /// `ccsim report models/seed-retail-multichannel.yaml scenarios/phone-callbacks.yaml` printed
    /// "phone service level falls from 99% (98–100%) to 99% (98–100%)": a significant fall of 0.1
    /// point that whole percents hide. The two means get the decimals that tell them apart.
    func test_serviceLevelChange_showsDecimalsThatTellTheTwoLevelsApart() {
        let from = Estimate(mean: 0.9891, ci95: 0.008, count: 5), to = Estimate(mean: 0.9882, ci95: 0.008, count: 5)
        XCTAssertEqual(SummaryFormat.share(from), "99% (98–100%)")
        XCTAssertEqual(SummaryFormat.share(to), "99% (98–100%)")
        XCTAssertEqual(SummaryFormat.shareChange(from: from, to: to), "from 98.9% (98.1–99.7%) to 98.8% (98.0–99.6%)")
        // Levels that already read differently keep the usual decimals.
        let low = Estimate(mean: 0.20, ci95: 0.06, count: 5), high = Estimate(mean: 0.995, ci95: 0.004, count: 5)
        XCTAssertEqual(SummaryFormat.shareChange(from: low, to: high), "from 20% (14–26%) to 99.5% (99.1–99.9%)")
        // Undefined levels stay n/a, without looping.
        XCTAssertEqual(SummaryFormat.shareChange(from: nil, to: to), "from n/a to 99% (98–100%)")
    }

    /// "Realign staff to usage and unify customer history" read "Realigning staff to usage and
    /// unify customer history keeps ... customers".
    func test_gerund_turnsEveryImperativeJoinedByAnd() {
        XCTAssertEqual(Headline.gerund("Realign staff to usage and unify customer history"),
                       "Realigning staff to usage and unifying customer history")
        XCTAssertEqual(Headline.gerund("Move 20 phone agents to messaging and social"), "Moving 20 phone agents to messaging and social")
        XCTAssertEqual(Headline.gerund("Offer call-backs on the phone"), "Offering call-backs on the phone")
        XCTAssertNil(Headline.gerund("A better website (resolves 60% instead of 35%)"))
    }
}
