import ContactCenter
import Foundation
import Planner
import Reporting

extension Plan {
    /// `--by-day`: the model's kinds of open day (`ModelCalendar.dayKinds`), each reloaded as a one-day
    /// horizon starting on its first day (its date when the horizon starts on one, so holidays and dated
    /// files still match; no warm-up) and planned on its own; the reports one after the other.
    func planByDay(_ loaded: LoadedModel, settings: PlannerSettings, progress: (@Sendable (String) -> Void)?) throws {
        let calendar = loaded.model.calendar
        guard calendar.hasWeekdays else {
            throw InputError("--by-day needs named days: give the model a horizon.start (a weekday or a date)")
        }
        let kinds = calendar.dayKinds(among: loaded.model.measuredDays)
        guard !kinds.isEmpty else { throw InputError("--by-day: the horizon has no open day to plan") }
        var entries: [DayKindPlans.Entry] = []
        var results: [PlanResult] = []
        for kind in kinds {
            let start = calendar.date(ofDay: kind.day) ?? calendar.weekday(ofDay: kind.day)!.name
            let day = try ModelLoader.load(path: file, overrides: try model.overrides() + [
                ParameterOverride(path: "horizon.days", value: "1"), ParameterOverride(path: "horizon.start", value: start),
                ParameterOverride(path: "simulation.warmup", value: "0s"),
            ])
            progress?("planning \(kind.key) as \(calendar.label(ofDay: kind.day))")
            let result: PlanResult
            do { result = try Planner.plan(day, settings: settings, progress: progress) } catch let error as PlannerError {
                throw InputError("\(kind.key): \(error.description)")
            }
            FileHandle.standardError.write(Data(String(format: "ccsim plan: %@: %d replications simulated in %.1f s\n", kind.key,
                                                       result.statistics.replicationsSimulated, result.statistics.seconds).utf8))
            entries.append(.init(key: kind.key, day: calendar.label(ofDay: kind.day), report: PlannerReport(result, title: loaded.title)))
            results.append(result)
        }
        let plans = DayKindPlans(entries)
        let rendered = format.render(plans) ?? plans.text()
        let name = ["json": "plan.json", "csv": "plan.csv", "markdown": "plan.md"][format.rawValue] ?? "plan.txt"
        guard let output else { return try OutputOptions.write(rendered, to: nil) }
        try write([(name, rendered)] + plans.files(results), into: output)
        FileHandle.standardError.write(Data("ccsim plan: wrote \(name), a folder per kind of day and staffing-by-day.yaml to \(output)\n".utf8))
    }
}
