import Foundation

/// A progress bar on stderr for runs that take more than a second; silent when stderr is not a
/// terminal (pipes, CI, files), so scripted output stays clean.
final class ProgressBar: @unchecked Sendable {
    private let total: Int
    private let label: String
    private let start = Date()
    private let lock = NSLock()
    private let enabled: Bool
    private var shown = false

    init(total: Int, label: String) {
        self.total = total
        self.label = label
        enabled = isatty(STDERR_FILENO) == 1
    }

    /// The callback to hand to a runner: `done` out of `total` finished.
    var callback: @Sendable (Int) -> Void { { [self] done in update(done) } }

    func update(_ done: Int) {
        guard enabled else { return }
        lock.lock()
        defer { lock.unlock() }
        let elapsed = Date().timeIntervalSince(start)
        guard elapsed > 1 || shown else { return }
        shown = true
        let width = 30
        let filled = total > 0 ? width * done / total : width
        let eta = done > 0 ? elapsed / Double(done) * Double(total - done) : 0
        let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
        let line = String(format: "\r%@ [%@] %d/%d, %.0fs left ", label, bar, done, total, eta)
        FileHandle.standardError.write(Data(line.utf8))
    }

    /// Clears the bar's line.
    func finish() {
        guard enabled, shown else { return }
        FileHandle.standardError.write(Data(("\r" + String(repeating: " ", count: 70) + "\r").utf8))
    }
}
