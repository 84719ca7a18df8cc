import ContactCenter
@testable import Planner
import XCTest

final class RosterTests: XCTestCase {
    /// CBC's roster of a small requirement costs exactly the brute-force optimum.
    func testRosterMatchesBruteForceOptimum() throws {
        let loaded = try fixtureModel("one-interval-queue.yaml")
        var model = loaded.model
        model.groups[0].costPerHour = 30
        var requirement = StaffingPattern(groups: 1, intervalsPerDay: 24, intervalLength: 3600)
        requirement.agents[0][9] = 3
        requirement.agents[0][10] = 5
        requirement.agents[0][11] = 4
        requirement.agents[0][12] = 2
        let templates = try ShiftTemplates.load(path: try fixturePath("tiny-shifts.yaml"))
        try templates.check(against: model)
        let roster = try RosterBuilder.build(requirement: requirement, model: model, templates: templates, timeLimit: 10)
        // morning covers 09-10, midday@10 covers 10-11, midday@11 covers 11-12.
        var best = Double.infinity
        for x in 0...10 { for y in 0...10 { for z in 0...10 where x >= 3 && x + y >= 5 && y + z >= 4 && z >= 2 {
            best = min(best, 50 * Double(x) + 45 * Double(y + z))
        } } }
        XCTAssertEqual(roster.cost, best, accuracy: 1e-6)
        XCTAssertTrue(roster.provenOptimal)
        XCTAssertEqual(roster.gap, 0)
        for k in 0..<24 { XCTAssertGreaterThanOrEqual(roster.coverage.agents[0][k], requirement.agents[0][k]) }
    }

    /// Breaks: an agent is off duty during the break, inside the window.
    func testBreaksAreInsideTheWindowAndOffDuty() throws {
        let model = try fixtureModel("one-interval-queue.yaml").model
        var requirement = StaffingPattern(groups: 1, intervalsPerDay: 24, intervalLength: 3600)
        for k in 8..<16 { requirement.agents[0][k] = 2 }
        let template = ShiftTemplate(name: "day", starts: .times([8 * 3600]), lengths: [9 * 3600],
                                     breakRule: .init(earliest: 3 * 3600, latest: 5 * 3600, length: 3600))
        let roster = try RosterBuilder.build(requirement: requirement, model: model,
                                             templates: ShiftTemplates(path: "t.yaml", templates: [template]), timeLimit: 10)
        for shift in roster.shifts {
            let b = try XCTUnwrap(shift.breakStart)
            XCTAssertTrue((11 * 3600...13 * 3600).contains(b))
        }
        // Two agents a shift cannot both break in the same hour; three with staggered breaks (11, 12, 13) suffice.
        XCTAssertEqual(roster.shifts.map(\.agents).reduce(0, +), 3)
        for k in 8..<16 { XCTAssertGreaterThanOrEqual(roster.coverage.agents[0][k], 2, "interval \(k)") }
    }

    /// Too few agents allowed: CBC proves the roster infeasible, reported in the shifts file.
    func testInfeasibleRosterIsRefused() throws {
        let model = try fixtureModel("one-interval-queue.yaml").model
        var requirement = StaffingPattern(groups: 1, intervalsPerDay: 24, intervalLength: 3600)
        requirement.agents[0][10] = 5
        let template = ShiftTemplate(name: "day", starts: .times([9 * 3600]), lengths: [4 * 3600], maxAgents: 3)
        XCTAssertThrowsError(try RosterBuilder.build(requirement: requirement, model: model,
                                                     templates: ShiftTemplates(path: "s.yaml", templates: [template]), timeLimit: 10)) {
            XCTAssertEqual(($0 as? FileErrors)?.description, "s.yaml: shifts.day.max_agents: the plan needs 5 agents of team at 10:00, "
                           + "and the shifts covering it ('day') allow at most 3 in all; raise max_agents or add templates")
        }
        // Read from a file, the refusal names the line of the max_agents that binds.
        let path = try fixturePath("tight-shifts.yaml")
        XCTAssertThrowsError(try RosterBuilder.build(requirement: requirement, model: model,
                                                     templates: ShiftTemplates.load(path: path), timeLimit: 10)) {
            XCTAssertTrue(($0 as? FileErrors)?.description.hasPrefix(path + ":6:17: shifts.day.max_agents: the plan needs 5") ?? false, "\($0)")
        }
        var evening = StaffingPattern(groups: 1, intervalsPerDay: 24, intervalLength: 3600)
        evening.agents[0][20] = 1
        XCTAssertThrowsError(try RosterBuilder.build(requirement: evening, model: model,
                                                     templates: ShiftTemplates.load(path: path), timeLimit: 10)) {
            XCTAssertTrue(($0 as? FileErrors)?.description.hasPrefix(path + ":3:3: shifts: no shift template covers team at 20:00") ?? false, "\($0)")
        }
        // Infeasible only jointly (each interval alone could be covered: one template's max_agents
        // bounds its shifts at both starts together): CBC's proof, at that max_agents.
        var joint = StaffingPattern(groups: 1, intervalsPerDay: 24, intervalLength: 3600)
        joint.agents[0][9] = 3
        joint.agents[0][12] = 3
        let flex = ShiftTemplate(name: "flex", starts: .times([9 * 3600, 12 * 3600]), lengths: [3600], maxAgents: 4)
        XCTAssertThrowsError(try RosterBuilder.build(requirement: joint, model: model,
                                                     templates: ShiftTemplates(path: "s.yaml", templates: [flex]), timeLimit: 10)) {
            XCTAssertEqual(($0 as? FileErrors)?.description, "s.yaml: shifts.flex.max_agents: CBC proves that no roster of these "
                           + "shifts covers the plan within the templates' min_agents/max_agents; raise max_agents or add templates")
        }
        let uncovering = ShiftTemplate(name: "night", starts: .times([20 * 3600]), lengths: [4 * 3600])
        XCTAssertThrowsError(try RosterBuilder.build(requirement: requirement, model: model,
                                                     templates: ShiftTemplates(path: "s.yaml", templates: [uncovering]), timeLimit: 10)) {
            XCTAssertTrue(($0 as? FileErrors)?.description.contains("no shift template covers team at 10:00 (5 agents)") ?? false, "\($0)")
        }
    }

    /// Every mistake of a shifts file at once, each at FILE:LINE:COLUMN with its dotted path.
    func testShiftFileMistakesAreLocated() throws {
        let path = try fixturePath("broken-shifts.yaml")
        XCTAssertThrowsError(try ShiftTemplates.load(path: path)) { error in
            let text = (error as? FileErrors)?.description ?? "\(error)"
            XCTAssertTrue(text.contains("broken-shifts.yaml:3:13: shifts.early.starts: '7:00-25:00' is not a start time"), text)
            XCTAssertTrue(text.contains("broken-shifts.yaml:4:5: shifts.early: unknown key 'lenght'"), text)
            XCTAssertTrue(text.contains("shifts.early.break.before: the window closes before it opens"), text)
            XCTAssertTrue(text.contains("broken-shifts.yaml:6:17: shifts.early.max_agents: -2 must be at least 0"), text)
        }
    }

    /// Templates that do not fit the model's intervals or name unknown groups.
    func testShiftTemplatesAreCheckedAgainstTheModel() throws {
        let model = try fixtureModel("one-interval-queue.yaml").model
        let templates = ShiftTemplates(path: "s.yaml", templates: [
            ShiftTemplate(name: "odd", starts: .times([9 * 3600 + 900]), lengths: [3 * 3600 + 1800], groups: ["tema"]),
        ])
        XCTAssertThrowsError(try templates.check(against: model)) { error in
            let text = (error as? FileErrors)?.description ?? ""
            XCTAssertTrue(text.contains("shifts.odd.starts: 09:15 is not on a boundary of the model's 1h intervals"), text)
            XCTAssertTrue(text.contains("shifts.odd.length: 210m is not a whole number"), text)
            XCTAssertTrue(text.contains("shifts.odd.groups.0: unknown agent group 'tema'"), text)
        }
    }

    /// Roster costs are whole multiples of a quantum: CBC may stop within half of it of its bound,
    /// which proves the roster optimal (the seed plan's roster ran to its time limit over a cent).
    func testCostQuantum_isTheLargestAmountEveryCostIsAWholeMultipleOf() {
        XCTAssertEqual(RosterBuilder.costQuantum([240, 120, 360]), 120)
        XCTAssertEqual(RosterBuilder.costQuantum([0.1, 0.3, 0.25]), 0.05, accuracy: 1e-12)
        XCTAssertEqual(RosterBuilder.costQuantum([1.0 / 3, 1]), 0, "no quantum: CBC closes the gap itself")
        XCTAssertEqual(RosterBuilder.costQuantum([0, 0]), 0)
    }
}
