/// A rectangle in SVG user units.
struct Box: Sendable, Equatable {
    var left: Double, top: Double, right: Double, bottom: Double

    /// The box around a line from (x1, y1) to (x2, y2) drawn `stroke` wide.
    static func line(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, stroke: Double = 1.5) -> Box {
        Box(left: min(x1, x2) - stroke / 2, top: min(y1, y2) - stroke / 2,
            right: max(x1, x2) + stroke / 2, bottom: max(y1, y2) + stroke / 2)
    }

    /// Whether the two boxes share more than `margin` of area in both directions.
    func overlaps(_ other: Box, margin: Double = 0) -> Bool {
        left < other.right + margin && other.left < right + margin && top < other.bottom + margin && other.top < bottom + margin
    }

    func inside(_ other: Box) -> Bool {
        left >= other.left && right <= other.right && top >= other.top && bottom <= other.bottom
    }

    /// Whether the segment from (x1, y1) to (x2, y2) passes through the box (Liang–Barsky clipping).
    func crosses(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double) -> Bool {
        var t0 = 0.0, t1 = 1.0
        let dx = x2 - x1, dy = y2 - y1
        for (p, q) in [(-dx, x1 - left), (dx, right - x1), (-dy, y1 - top), (dy, bottom - y1)] {
            if p == 0 {
                if q < 0 { return false }
            } else {
                let t = q / p
                if p < 0 { t0 = max(t0, t) } else { t1 = min(t1, t) }
                if t0 > t1 { return false }
            }
        }
        return true
    }
}

/// How much room a text label takes, estimated on the safe side from its font size: 0.62 em
/// per character (wider than the digits, lowercase letters and signs of the labels in the usual
/// sans-serif fonts), 0.8 em above the baseline and 0.25 em below.
enum TextMetrics {
    static let emPerCharacter = 0.62

    static func width(_ text: String, fontSize: Double) -> Double { Double(text.count) * emPerCharacter * fontSize }

    /// The box of `text` drawn at (x, y) with `anchor` (`start`, `middle` or `end`).
    static func box(_ text: String, x: Double, y: Double, anchor: String, fontSize: Double) -> Box {
        let w = width(text, fontSize: fontSize)
        let left = anchor == "middle" ? x - w / 2 : (anchor == "end" ? x - w : x)
        return Box(left: left, top: y - 0.8 * fontSize, right: left + w, bottom: y + 0.25 * fontSize)
    }

    /// `text` shortened with `…` to at most `width` units.
    static func truncated(_ text: String, toWidth width: Double, fontSize: Double) -> String {
        let fits = Int(width / (emPerCharacter * fontSize))
        guard text.count > fits else { return text }
        return fits <= 1 ? "…" : String(text.prefix(fits - 1)) + "…"
    }
}

/// Puts text labels where they overlap nothing already drawn: each label tries its candidate
/// positions in order and takes the first inside `bounds` that clears every obstacle (whiskers,
/// target lines, axis labels, other labels) with a small margin; lines of data are avoided when
/// a candidate allows. A label with no such position is dropped (the tables carry every number).
struct LabelPlacer {
    /// A place to try: the text (a shorter form may follow the full one) and its anchor point.
    struct Candidate {
        var text: String
        var x: Double
        var y: Double
        var anchor: String
    }

    var bounds: Box
    var obstacles: [Box] = []
    /// Lines to avoid when possible (data series): segments (x1, y1, x2, y2).
    var softSegments: [(Double, Double, Double, Double)] = []
    let fontSize: Double
    let margin = 1.0

    init(bounds: Box, fontSize: Double) {
        self.bounds = bounds
        self.fontSize = fontSize
    }

    mutating func avoid(_ box: Box) { obstacles.append(box) }

    mutating func avoid(text: String, x: Double, y: Double, anchor: String, fontSize: Double) {
        obstacles.append(TextMetrics.box(text, x: x, y: y, anchor: anchor, fontSize: fontSize))
    }

    func fits(_ box: Box) -> Bool {
        box.inside(bounds) && !obstacles.contains { $0.overlaps(box, margin: margin) }
    }

    func crossesData(_ box: Box) -> Bool {
        softSegments.contains { box.crosses($0.0, $0.1, $0.2, $0.3) }
    }

    /// The first candidate that fits (preferring one clear of the data lines), now an obstacle
    /// for the labels placed after it; nil when none fits.
    mutating func place(_ candidates: [Candidate]) -> Candidate? {
        let boxes = candidates.map { TextMetrics.box($0.text, x: $0.x, y: $0.y, anchor: $0.anchor, fontSize: fontSize) }
        let fitting = candidates.indices.filter { fits(boxes[$0]) }
        guard let chosen = fitting.first(where: { !crossesData(boxes[$0]) }) ?? fitting.first else { return nil }
        obstacles.append(boxes[chosen])
        return candidates[chosen]
    }
}
