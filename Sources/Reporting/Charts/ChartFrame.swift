import Foundation

/// How chart values are written on ticks and labels.
public enum ValueFormat: Sendable, Equatable {
    /// A share in [0, 1] as `80%`.
    case percent
    /// A share difference as `+12 pts`.
    case points
    /// A plain number, grouped (`1,200`, `2.5`).
    case number
    /// A signed number (`+1,200`).
    case signed

    public func tick(_ x: Double) -> String {
        guard x.isFinite else { return "n/a" }
        switch self {
        case .percent: return ValueFormat.trim(100 * x) + "%"
        case .points: return (x > 0 ? "+" : "") + ValueFormat.trim(100 * x) + " pts"
        case .number: return ValueFormat.grouped(x)
        case .signed: return (x > 0 ? "+" : "") + ValueFormat.grouped(x)
        }
    }

    static func trim(_ x: Double) -> String {
        let r = (x * 10).rounded() / 10
        return r == r.rounded() ? String(Int(r)) : String(format: "%.1f", r)
    }

    static func grouped(_ x: Double) -> String {
        if abs(x) >= 100 || x == x.rounded() { return Cell.grouped(Int(x.rounded())) }
        return trim(x)
    }
}

/// The layout shared by the charts: the `<svg>` opening with its accessible title and
/// description, the plot rectangle, axis titles and the legend.
struct ChartFrame {
    struct Plot {
        var left: Double, right: Double, top: Double, bottom: Double
    }
    enum Key { case line, bar }

    var width: Double
    var height: Double
    var title: String
    var plot: Plot

    init(width: Double, height: Double, title: String, legendRows: Int, leftMargin: Double = 62, bottomMargin: Double = 44) {
        self.width = width
        self.height = height
        self.title = title
        plot = Plot(left: leftMargin, right: width - 14, top: 24 + 18 * Double(legendRows) + 10, bottom: height - bottomMargin)
    }

    /// `<svg ...><title/><desc/><style/>` (the caller closes it).
    func open(description: String, patterns: [String] = []) -> String {
        // A stable id (FNV-1a of the title), so the same chart is written byte-identically.
        var hash: UInt32 = 2_166_136_261
        for byte in (title + description).utf8 { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
        let id = "c" + String(hash, radix: 36)
        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(SVG.coordinate(width)) \(SVG.coordinate(height))\" "
            + "width=\"\(SVG.coordinate(width))\" height=\"\(SVG.coordinate(height))\" role=\"img\" "
            + "aria-labelledby=\"\(id)t \(id)d\" class=\"chart\">"
        out += "<title id=\"\(id)t\">\(SVG.escape(title))</title><desc id=\"\(id)d\">\(SVG.escape(description))</desc>"
        out += "<style>\(ChartStyle.css)</style>"
        if !patterns.isEmpty { out += "<defs>" + ChartStyle.patternDefinitions(colors: patterns) + "</defs>" }
        out += SVG.rect(x: 0, y: 0, width: width, height: height, fill: "#fff")
        out += SVG.text(title, x: 8, y: 17, className: "title")
        return out
    }

    /// The x axis title under the plot and the y axis title turned along the left edge.
    func axisTitles(x: String, y: String) -> String {
        SVG.text(x, x: (plot.left + plot.right) / 2, y: height - 8, anchor: "middle", className: "axis-label")
            + SVG.text(y, x: 14, y: (plot.top + plot.bottom) / 2, anchor: "middle", className: "axis-label", rotate: -90)
    }

    /// One row of keys under the title: a short line with its marker, or a swatch, then the name.
    func legend(_ items: [(name: String, style: SeriesStyle, key: Key)]) -> String {
        var x = plot.left
        let y = 36.0
        var out = ""
        for item in items {
            switch item.key {
            case .line:
                out += SVG.line(x, y, x + 26, y, stroke: item.style.color, dash: item.style.dash, width: 2)
                out += item.style.markerSVG(x: x + 13, y: y)
                x += 32
            case .bar:
                out += SVG.rect(x: x, y: y - 6, width: 14, height: 12, fill: item.style.barFill, stroke: "#333")
                x += 19
            }
            out += SVG.text(item.name, x: x, y: y + 4, className: "legend")
            x += 7 * Double(item.name.count) + 18
        }
        return "<g class=\"legend-keys\">" + out + "</g>"
    }
}
