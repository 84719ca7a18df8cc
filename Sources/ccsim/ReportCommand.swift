import ArgumentParser
import ContactCenter
import Foundation
import Reporting

/// `ccsim report BASE [SCENARIO...]`: the executive summary, as one self-contained HTML page
/// with charts, as Markdown, or as text for the terminal.
struct Report: ParsableCommand {
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case html, markdown, text
    }

    static let configuration = CommandConfiguration(
        abstract: "Executive summary of a model and its what-if scenarios: headline, KPIs, charts, assumptions.",
        discussion: """
            Runs like 'ccsim compare' (same seed and replications for every file, differences paired by \
            replication). Unless --format is given, the format follows --output's extension: html for .html or \
            .htm, markdown for .md or .markdown, text otherwise (and on standard output).
            """)

    @Argument(help: "The base model or scenario file.") var base: String
    @Argument(help: "Scenario (or model) files to compare with the base (optional).") var scenarios: [String] = []
    @Option(parsing: .unconditional, help: "html (one self-contained page), markdown or text.") var format: Format?
    @Option(parsing: .unconditional, help: ArgumentHelp("Write the report to this file instead of standard output.",
                               discussion: "An existing file is replaced only once the new one is complete."))
    var output: String?
    @OptionGroup var simulation: RunOptions
    @OptionGroup var model: ModelOptions

    /// The format asked for, or the one `--output`'s extension implies.
    var resolvedFormat: Format {
        if let format { return format }
        guard let name = output?.lowercased() else { return .text }
        if name.hasSuffix(".html") || name.hasSuffix(".htm") { return .html }
        if name.hasSuffix(".md") || name.hasSuffix(".markdown") { return .markdown }
        return .text
    }

    func run() throws {
        // Checked before any work, as every other command's `--output` (it was found only once the
        // simulation had run).
        try OutputOptions.check(output, flag: "--output")
        let format = resolvedFormat
        let (report, settings) = try simulateComparison(base: base, scenarios: scenarios, simulation: simulation, model: model,
                                                        output: output)
        var command = reproduceCommand("report", files: [base] + scenarios, settings: settings,
                                       assignments: model.assignments, format: format.rawValue)
        if let output { command += " --output " + (output.contains(" ") ? "'\(output)'" : output) }
        let summary = ExecutiveSummary(compare: report, command: command)
        let text: String
        switch format {
        case .html: text = HTMLReport(summary).render()
        case .markdown: text = MarkdownSummary(summary).render()
        case .text: text = TextLayout.fit(TextSummary(summary).render())
        }
        try OutputOptions.write(text, to: output)
    }
}
