import XCTest
@testable import ContactCenter

/// Demand over a week: `horizon.start`, `calendar:` (day types, closed weekdays, holidays),
/// `demand.weekly` factors and profiles by day type, forecasts of dated weeks laid on the horizon.
final class WeekDemandTests: XCTestCase {
    /// A week of one-hour intervals from Monday 2026-11-23; phone 08:00-20:00, email around the clock.
    static let week = """
        name: Week
        horizon: { days: 7, interval: 1h, start: 2026-11-23 }
        calendar:
          day_types: { weekday: [monday, tuesday, wednesday, thursday, friday], weekend: [saturday, sunday] }
          closed: [sunday]
        channels:
          phone: { kind: voice, hours: "08:00-20:00", handle_time: 5m, patience: 2m, service_level: 80% within 20s }
          email: { kind: deferred, handle_time: 8m, service_level: 90% within 24h }
        demand:
          contacts_per_day: 1200
          mix: { phone: 60%, email: 40% }
          weekly: { phone: [1.3, 1, 1, 1, 1, 0.5, 1], email: { saturday: 50%, sunday: 25% } }
          profile:
            phone: { weekday: [1, 2, 2, 1], saturday: [1, 1, 0, 0] }
        agent_groups:
          phone: { skills: [phone], agents: 10 }
          email: { skills: [email], agents: 5, hours: "09:00-17:00" }

        """

    func load(_ text: String, files: [String: String] = [:]) throws -> ContactCenterModel {
        let sandbox = try FileSandbox()
        for (name, content) in files { try sandbox.write(name, content) }
        return try ModelLoader.load(path: try sandbox.write("m.yaml", text)).model
    }

    /// Contacts per day of channel `c`.
    func daily(_ model: ContactCenterModel, _ c: Int) -> [Double] {
        let perDay = model.intervalsPerDay
        return (0..<model.dayCount).map { d in model.arrivalRates[c][d * perDay..<(d + 1) * perDay].reduce(0, +) * model.intervalLength }
    }

    func test_weeklyFactors_scaleEachDay_andAClosedDayHasNoRealTimeContacts_butDeferredWorkStillArrives() throws {
        let model = try load(Self.week)
        let phone = daily(model, 0), email = daily(model, 1)
        let expectedPhone = [1.3, 1, 1, 1, 1, 0.5, 0].map { 720 * $0 }
        let expectedEmail = [1, 1, 1, 1, 1, 0.5, 0.25].map { 480 * $0 }
        for d in 0..<7 {
            XCTAssertEqual(phone[d], expectedPhone[d], accuracy: 1e-9, "phone, day \(d)")
            XCTAssertEqual(email[d], expectedEmail[d], accuracy: 1e-9, "email, day \(d)")
        }
        XCTAssertEqual(model.calendar.closed, [false, false, false, false, false, false, true])
        XCTAssertEqual(model.calendar.label(ofDay: 0), "Mon 2026-11-23")
        XCTAssertEqual(model.calendar.dayTypes, ["weekday", "weekday", "weekday", "weekday", "weekday", "weekend", "weekend"])
    }

    func test_profilesByDayType_shapeTheirDays_andADayWithoutAProfileIsFlat() throws {
        let text = Self.week.replacingOccurrences(of: "saturday: [1, 1, 0, 0] }", with: "saturday: [1, 1, 0, 0], monday: [0, 0, 0, 1] }")
        let model = try load(text)
        let perDay = model.intervalsPerDay
        func hours(_ d: Int) -> [Double] { (0..<perDay).map { model.arrivalRates[0][d * perDay + $0] * 3600 } }
        // Monday's own profile wins over its day type's: everything in the last quarter (17:00-20:00).
        XCTAssertEqual(hours(0)[8..<17].reduce(0, +), 0)
        XCTAssertEqual(hours(0)[17..<20].reduce(0, +), 720 * 1.3, accuracy: 1e-9)
        // Tuesday (weekday): weights 1, 2, 2, 1 over 08-11, 11-14, 14-17, 17-20.
        XCTAssertEqual(hours(1)[8], 720.0 / 6 / 3, accuracy: 1e-9)
        XCTAssertEqual(hours(1)[11], 720.0 * 2 / 6 / 3, accuracy: 1e-9)
        // Saturday: the first half of the open hours only.
        XCTAssertEqual(hours(5)[8..<14].reduce(0, +), 360, accuracy: 1e-9)
        XCTAssertEqual(hours(5)[14..<20].reduce(0, +), 0)
    }

    func test_aWeekOfIdenticalDays_isTheModelOfSevenDays_byteForByte() throws {
        let plain = """
            name: Plain
            horizon: { days: 7, interval: 30m }
            simulation: { replications: 3, seed: 11 }
            channels:
              phone: { kind: voice, hours: "08:00-20:00", handle_time: 5m, patience: 2m, service_level: 80% within 20s }
              email: { kind: deferred, handle_time: 8m, service_level: 90% within 24h }
            demand:
              contacts_per_day: 1200
              mix: { phone: 60%, email: 40% }
              day_to_day_cv: 10%
              profile: { phone: [1, 2, 2, 1] }
            agent_groups:
              phone: { skills: [phone], agents: 10, hours: "08:00-20:00" }
              email: { skills: [email], shifts: [{ start: "22:00", end: "06:00", agents: 2 }, { start: "09:00", end: "17:00", agents: 3 }] }

            """
        let week = plain
            .replacingOccurrences(of: "days: 7, interval: 30m }", with: "days: 7, interval: 30m, start: wednesday }\n"
                                  + "calendar: { day_types: { work: [monday, tuesday, wednesday, thursday, friday] } }")
            .replacingOccurrences(of: "profile: { phone: [1, 2, 2, 1] }",
                                  with: "profile: { phone: { work: [1, 2, 2, 1], saturday: [1, 2, 2, 1], sunday: [1, 2, 2, 1] } }\n"
                                  + "  weekly: [1, 1, 1, 1, 1, 1, 1]")
            .replacingOccurrences(of: "agents: 10, hours: \"08:00-20:00\"",
                                  with: "agents: { work: 10, saturday: 10, sunday: 10 }, hours: { work: \"08:00-20:00\", weekend: \"08:00-20:00\" }")
            .replacingOccurrences(of: "work: [monday, tuesday, wednesday, thursday, friday]",
                                  with: "work: [monday, tuesday, wednesday, thursday, friday], weekend: [saturday, sunday]")
        let a = try load(plain), b = try load(week)
        XCTAssertEqual(a.arrivalRates, b.arrivalRates)
        XCTAssertEqual(a.groups.map(\.staffing), b.groups.map(\.staffing))
        XCTAssertEqual(Replications.run(a, count: 3, seed: 11, jobs: 2), Replications.run(b, count: 3, seed: 11, jobs: 2))
    }

    func test_aDatedForecastWeek_isLaidOnTheHorizonByDate_orByWeekday() throws {
        // Monday 2026-11-23 to Sunday 2026-11-29: day k has k+1 phone contacts at 09:00.
        let rows = (0..<7).map { "2026-11-\(23 + $0) 09:00,phone,\($0 + 1)\n2026-11-\(23 + $0) 10:00,phone,0" }.joined(separator: "\n")
        let files = ["f.csv": "interval_start,channel,volume\n" + rows + "\n"]
        let base = """
            name: Forecast
            horizon: { days: 3, interval: 1h, start: START }
            channels:
              phone: { kind: voice, handle_time: 5m, service_level: 80% within 20s }
            demand: { forecast: f.csv }
            agent_groups:
              team: { skills: [phone], agents: 3 }

            """
        for (start, expected) in [("2026-11-27", [5.0, 6, 7]), ("2026-12-05", [6.0, 7, 1]), ("wednesday", [3.0, 4, 5]),
                                  ("sunday", [7.0, 1, 2])] {
            let model = try load(base.replacingOccurrences(of: "START", with: start), files: files)
            XCTAssertEqual(daily(model, 0), expected, "start \(start)")
        }
    }

    func test_aDatedForecastWithoutTheStartWeekday_isRefusedAtTheForecast() throws {
        let sandbox = try FileSandbox()
        try sandbox.write("f.csv", "interval_start,channel,volume\n2026-11-23 09:00,phone,4\n2026-11-24 09:00,phone,4\n"
                           + "2026-11-24 10:00,phone,0\n")
        let path = try sandbox.write("m.yaml", """
            name: Forecast
            horizon: { days: 3, interval: 1h, start: friday }
            channels:
              phone: { kind: voice, handle_time: 5m, service_level: 80% within 20s }
            demand: { forecast: f.csv }
            agent_groups:
              team: { skills: [phone], agents: 3 }

            """)
        XCTAssertEqual(issues(loading: path, in: sandbox),
                       ["m.yaml:5:21: demand.forecast: 'f.csv': its dates have no friday for the horizon to start on (horizon.start); "
                        + "give dates that include one, or start the horizon on a day they cover"])
    }

    func test_forecastContactsOfARealTimeChannelOnAClosedDay_areDropped_withAWarning() throws {
        let sandbox = try FileSandbox()
        try sandbox.write("f.csv", "interval_start,channel,volume\n09:00,phone,4\n")
        let path = try sandbox.write("m.yaml", """
            name: Forecast
            horizon: { days: 7, interval: 1h, start: monday }
            calendar: { closed: [saturday, sunday] }
            channels:
              phone: { kind: voice, handle_time: 5m, service_level: 80% within 20s }
            demand: { forecast: f.csv }
            agent_groups:
              team: { skills: [phone], agents: 3 }

            """)
        let loaded = try ModelLoader.load(path: path)
        XCTAssertEqual(daily(loaded.model, 0), [4, 4, 4, 4, 4, 0, 0])
        XCTAssertEqual(loaded.warnings.map { $0.description.replacingOccurrences(of: sandbox.directory.path + "/", with: "") },
                       ["m.yaml:6:21: warning: demand.forecast: 8 phone contacts fall on closed days (the first: Sat); "
                        + "a real-time channel gets no contacts when the center is closed"])
    }

    func test_holidaysAreClosed_andNeedADatedStart() throws {
        let model = try load(Self.week.replacingOccurrences(of: "closed: [sunday]", with: "closed: [sunday]\n  holidays: [2026-11-26]"))
        XCTAssertEqual(model.calendar.closed, [false, false, false, true, false, false, true])
        XCTAssertEqual(daily(model, 0)[3], 0)
        XCTAssertEqual(model.groups[0].staffing[3 * 24 + 10], 0, "nobody on duty on a holiday")

        let sandbox = try FileSandbox()
        let path = try sandbox.write("m.yaml", Self.week.replacingOccurrences(of: "start: 2026-11-23", with: "start: monday")
            .replacingOccurrences(of: "closed: [sunday]", with: "closed: [sunday]\n  holidays: [2026-11-26]"))
        XCTAssertEqual(issues(loading: path, in: sandbox),
                       ["m.yaml:6:13: calendar.holidays: holidays are dates, so the horizon must start on one: "
                        + "write horizon.start as a date like 2026-11-23"])
    }

    func test_everyMistakeOfTheWeek_isLocated_withSuggestions_allAtOnce() throws {
        let sandbox = try FileSandbox()
        let text = Self.week
            .replacingOccurrences(of: "start: 2026-11-23", with: "start: mondy")
            .replacingOccurrences(of: "closed: [sunday]", with: "closed: [sundy]")
            .replacingOccurrences(of: "email: { saturday: 50%", with: "email: { satday: 50%")
            .replacingOccurrences(of: "[1.3, 1, 1, 1, 1, 0.5, 1]", with: "[1.3, 1, 1, 1, 1, 0.5]")
            .replacingOccurrences(of: "saturday: [1, 1, 0, 0]", with: "weekedn: [1, 1, 0, 0]")
        XCTAssertEqual(issues(loading: try sandbox.write("m.yaml", text), in: sandbox), [
            "m.yaml:2:42: horizon.start: 'mondy' is neither a weekday nor a date; write a weekday like monday, or a date like 2026-11-23; "
                + "did you mean 'monday'?",
            "m.yaml:5:12: calendar.closed.0: 'sundy' is not a weekday; did you mean 'sunday'?",
            "m.yaml:12:20: demand.weekly.phone: expected 7 factors, Monday to Sunday, like [1.2, 1, 1, 1, 0.9, 0.5, 0]; found 6 factors",
            "m.yaml:12:53: demand.weekly.email: 'satday' is not a weekday; did you mean 'saturday'?",
            "m.yaml:14:37: demand.profile.phone: unknown day or day type 'weekedn'; did you mean 'weekend'?",
        ])
    }

    func test_valuesByDay_withoutNamedDays_areRefusedWhereTheyAreWritten() throws {
        let sandbox = try FileSandbox()
        let text = """
            name: Unnamed
            horizon: { days: 2, interval: 1h }
            channels:
              phone: { kind: voice, handle_time: 5m, service_level: 80% within 20s }
            demand: { contacts_per_day: 100, mix: { phone: 100% }, weekly: [1, 1, 1, 1, 1, 1, 0] }
            agent_groups:
              team: { skills: [phone], agents: { monday: 3 } }

            """
        XCTAssertEqual(issues(loading: try sandbox.write("m.yaml", text), in: sandbox), [
            "m.yaml:5:64: demand.weekly: weekly factors need named days: give horizon.start (a weekday like monday, or a date like 2026-11-23)",
            "m.yaml:7:36: agent_groups.team.agents: values by day need named days: give horizon.start (a weekday like monday, or a date like 2026-11-23)",
        ])
    }
}
