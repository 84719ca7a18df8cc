import ContactCenter

/// A result ccsim can print in every tabular format: for people (`table`, at most
/// ``TextLayout/width`` columns), JSON (the scripting contract), CSV (tidy, for pandas or R) and
/// Markdown. The command line picks one with `--format` in one place (`OutputOptions.emit`).
public protocol Rendering {
    func text() -> String
    func json() -> JSONValue
    func csv() -> String
    func markdown() -> String
}

extension DataTable: Rendering {
    public func text() -> String { text(width: TextLayout.width) }
}

extension KeyValueReport: Rendering {
    public func text() -> String { text(width: TextLayout.width) }
}

extension RunReport: Rendering {}
extension CompareReport: Rendering {}

extension PlanReport: Rendering {
    public func csv() -> String { table.csv() }
}

extension QueueSimulationReport: Rendering {
    public func csv() -> String { table().csv() }
    public func markdown() -> String { table().markdown() }
}

extension PlannerReport: Rendering {}
