extension ShiftTemplates {
    /// Checks the templates against `model`: start times, lengths and breaks on the model's
    /// interval boundaries, breaks that end inside the shift, groups that exist.
    ///
    /// - Throws: ``FileErrors`` with every problem, located in the shifts file.
    public func check(against model: ContactCenterModel) throws {
        var issues: [FileIssue] = []
        let step = model.intervalLength
        let stepText = Self.durationText(step)
        func onGrid(_ x: Double) -> Bool { abs((x / step).rounded() * step - x) < 1e-6 }
        func report(_ t: ShiftTemplate, _ field: String, _ message: String) {
            let at = t.location(field)
            let issue = FileIssue(file: at.file, line: at.line, column: at.column, message: "shifts.\(t.name).\(field): \(message)")
            if !issues.contains(issue) { issues.append(issue) }
        }
        let names = model.groups.map(\.name)
        for t in templates {
            if case let .range(_, _, every?) = t.starts, !onGrid(every) {
                report(t, "every", "\(Self.durationText(every)) is not a whole number of the model's \(stepText) intervals")
            }
            for start in t.startTimes(intervalLength: step) where !onGrid(start) {
                report(t, "starts", "\(Self.clock(start)) is not on a boundary of the model's \(stepText) intervals")
            }
            for length in t.lengths where !onGrid(length) {
                report(t, "length", "\(Self.durationText(length)) is not a whole number of the model's \(stepText) intervals")
            }
            if let b = t.breakRule {
                for (field, value) in [("break.after", b.earliest), ("break.before", b.latest), ("break.length", b.length)] where !onGrid(value) {
                    report(t, "break", "\(field) \(Self.durationText(value)) is not a whole number of the model's \(stepText) intervals")
                }
                for length in t.lengths where b.latest + b.length > length || b.earliest < step {
                    report(t, "break", "a break starting \(Self.durationText(b.earliest))-\(Self.durationText(b.latest)) after the start "
                           + "and lasting \(Self.durationText(b.length)) must start after the first interval and end within "
                           + "the \(Self.durationText(length)) shift")
                }
            }
            for (i, group) in (t.groups ?? []).enumerated() where !names.contains(group) {
                report(t, "groups.\(i)", "unknown agent group '\(group)'" + Suggestion.hint(for: group, in: names))
            }
        }
        if !issues.isEmpty { throw FileErrors(issues) }
    }

    /// The templates group `name` may work.
    public func templates(forGroup name: String) -> [ShiftTemplate] {
        templates.filter { $0.groups?.contains(name) ?? true }
    }
}
