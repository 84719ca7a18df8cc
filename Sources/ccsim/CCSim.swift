import ArgumentParser

@main
struct CCSim: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ccsim",
        abstract: "Contact-center simulator and staffing planner.")
}
