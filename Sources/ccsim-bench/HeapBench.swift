import ArgumentParser
import Reporting

/// The event-calendar heaps on a hold model (pop one event, schedule one), the choice the
/// simulator's calendar rests on.
struct HeapBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "heap", abstract: "Compare the event-calendar heaps (4-ary, binary, swift-collections Heap).")
    @Option(help: "Operations (pop + schedule) per measurement.") var operations: Int = 2_000_000
    @OptionGroup var output: OutputOptions

    func run() throws {
        guard operations >= 1 else { throw InputError("--operations must be at least 1") }
        var table = DataTable(columns: [Column("heap", "Heap"), Column("pending_events", "Pending events"),
                                        Column("million_events_per_second", "M events/s")])
        for pending in [100, 1_000, 10_000, 100_000] {
            for r in HeapBenchmark.run(pendingEvents: pending, operations: operations) {
                table.rows.append([.text(r.implementation), .integer(pending), .number(r.eventsPerSecond / 1e6, decimals: 2)])
            }
        }
        try output.emit(table)
    }
}
