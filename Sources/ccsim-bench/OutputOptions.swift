import ArgumentParser
import Foundation
import Reporting

/// `--format` and `--output` of the benchmarks that print a table: the renderings of `ccsim`'s
/// tables (Reporting's `DataTable`), to standard output or atomically to a file.
struct OutputOptions: ParsableArguments {
    /// The renderings a benchmark table has.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, json, csv, markdown
    }

    @Option(help: "Output format: table (for people), json, csv or markdown.")
    var format: Format = .table

    @Option(help: ArgumentHelp("Write the result to this file instead of standard output.",
                               discussion: "An existing file is replaced only once the new one is complete."))
    var output: String?

    /// Writes the rendering of `table` in the chosen format.
    func emit(_ table: DataTable) throws {
        let text = switch format {
        case .table: TextLayout.fit(table.text())
        case .json: table.json().serialized() + "\n"
        case .csv: table.csv()
        case .markdown: table.markdown()
        }
        guard let output else {
            try FileHandle.standardOutput.write(contentsOf: Data(text.utf8))
            return
        }
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
        } catch {
            throw InputError("--output: cannot write '\(output)': \(error.localizedDescription)")
        }
    }
}
