import Foundation

/// How chart values are written on ticks and labels (grouped by thousands; no sign on a value
/// that shows as zero, see ``NumberText``).
public enum ValueFormat: Sendable, Equatable {
    /// A share in [0, 1] as `80%`.
    case percent
    /// A share difference as `+12 pts`.
    case points
    /// A plain number, grouped (`1,200`, `2.5`).
    case number
    /// A signed number (`+1,200`).
    case signed

    /// The value as a tick or bar label: `80%`, `+12 pts`, `1,200`, `+1,200`.
    public func tick(_ x: Double) -> String {
        guard x.isFinite else { return "n/a" }
        switch self {
        case .percent: return ValueFormat.trim(100 * x) + "%"
        case .points: return ValueFormat.withSign(ValueFormat.trim(100 * x), x) + " pts"
        case .number: return ValueFormat.grouped(x)
        case .signed: return ValueFormat.withSign(ValueFormat.grouped(x), x)
        }
    }

    /// The value without its unit, for a label short of room (`+77.8` for `+77.8 pts`).
    public func compact(_ x: Double) -> String {
        switch self {
        case .points: return x.isFinite ? ValueFormat.withSign(ValueFormat.trim(100 * x), x) : "n/a"
        default: return tick(x)
        }
    }

    /// `+` or `-` before `text` unless it shows zero.
    static func withSign(_ text: String, _ x: Double) -> String {
        let magnitude = text.hasPrefix("-") ? String(text.dropFirst()) : text
        if NumberText.isZero(magnitude) { return magnitude }
        return (x > 0 ? "+" : "-") + magnitude
    }

    static func trim(_ x: Double) -> String {
        let r = (x * 10).rounded() / 10
        return NumberText.grouped(r, decimals: r == r.rounded() ? 0 : 1)
    }

    static func grouped(_ x: Double) -> String {
        if abs(x) >= 100 || x == x.rounded() { return NumberText.grouped(x, decimals: 0) }
        return trim(x)
    }
}

/// The layout shared by the charts: the `<svg>` opening with its accessible title and
/// description, the plot rectangle, axis titles and the legend (wrapped onto as many rows as its
/// keys need). The left margin makes room for the widest y tick label beside the y axis title.
struct ChartFrame {
    struct Plot {
        var left: Double, right: Double, top: Double, bottom: Double
        var box: Box { Box(left: left, top: top, right: right, bottom: bottom) }
    }
    enum Key { case line, bar }

    /// A legend entry and where it goes.
    struct LegendItem {
        var name: String
        var style: SeriesStyle
        var key: Key
        var x: Double
        var y: Double
    }

    static let titleFontSize = 13.0
    static let axisLabelFontSize = 11.0
    static let tickFontSize = 10.0
    static let legendFontSize = 11.0
    static let legendRowHeight = 18.0

    var width: Double
    var height: Double
    var title: String
    var plot: Plot
    var legendItems: [LegendItem]

    /// `yTicks`: the y tick labels, for the left margin; `legend`: the keys, laid out in rows.
    init(width: Double, height: Double, title: String, legend: [(name: String, style: SeriesStyle, key: Key)],
         yTicks: [String] = [], bottomMargin: Double = 44) {
        self.width = width
        self.height = height
        self.title = title
        let widestTick = yTicks.map { TextMetrics.width($0, fontSize: Self.tickFontSize) }.max() ?? 0
        // The y axis title (rotated, centred at x = 14) reaches x = 17; ticks end 6 left of the axis.
        let left = min(max(62, (14 + 0.25 * Self.axisLabelFontSize + 4 + widestTick + 6).rounded(.up)), (width / 2).rounded())
        var items: [LegendItem] = []
        var x = left, row = 0
        for item in legend {
            let keyWidth = item.key == .line ? 32.0 : 19.0
            let name = TextMetrics.truncated(item.name, toWidth: width - 8 - left - keyWidth, fontSize: Self.legendFontSize)
            let itemWidth = keyWidth + TextMetrics.width(name, fontSize: Self.legendFontSize)
            if x > left && x + itemWidth > width - 8 {
                row += 1
                x = left
            }
            items.append(LegendItem(name: name, style: item.style, key: item.key, x: x, y: 36 + Self.legendRowHeight * Double(row)))
            x += itemWidth + 18
        }
        legendItems = items
        let rows = Double(legend.isEmpty ? 1 : row + 1)
        plot = Plot(left: left, right: width - 14, top: 24 + Self.legendRowHeight * rows + 10, bottom: height - bottomMargin)
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
        out += SVG.text(TextMetrics.truncated(title, toWidth: width - 16, fontSize: Self.titleFontSize), x: 8, y: 17, className: "title")
        return out
    }

    /// The x axis title under the plot and the y axis title turned along the left edge.
    func axisTitles(x: String, y: String) -> String {
        SVG.text(TextMetrics.truncated(x, toWidth: plot.right - plot.left, fontSize: Self.axisLabelFontSize),
                 x: (plot.left + plot.right) / 2, y: height - 8, anchor: "middle", className: "axis-label")
            + SVG.text(TextMetrics.truncated(y, toWidth: plot.bottom - plot.top + 40, fontSize: Self.axisLabelFontSize),
                       x: 14, y: (plot.top + plot.bottom) / 2, anchor: "middle", className: "axis-label", rotate: -90)
    }

    /// The rows of keys under the title: a short line with its marker, or a swatch, then the name.
    func legend() -> String {
        var out = ""
        for item in legendItems {
            var x = item.x
            switch item.key {
            case .line:
                out += SVG.line(x, item.y, x + 26, item.y, stroke: item.style.color, dash: item.style.dash, width: 2)
                out += item.style.markerSVG(x: x + 13, y: item.y)
                x += 32
            case .bar:
                out += SVG.rect(x: x, y: item.y - 6, width: 14, height: 12, fill: item.style.barFill, stroke: "#333")
                x += 19
            }
            out += SVG.text(item.name, x: x, y: item.y + 4, className: "legend")
        }
        return "<g class=\"legend-keys\">" + out + "</g>"
    }

    /// Boxes of the title, the legend names and the axis titles, which labels must not cover.
    var textBoxes: [Box] {
        var boxes = legendItems.map { item in
            TextMetrics.box(item.name, x: item.x + (item.key == .line ? 32 : 19), y: item.y + 4, anchor: "start",
                            fontSize: Self.legendFontSize)
        }
        boxes.append(Box(left: 0, top: height - 8 - 0.8 * Self.axisLabelFontSize, right: width, bottom: height))
        boxes.append(Box(left: 0, top: 0, right: width, bottom: 17 + 0.25 * Self.titleFontSize))
        return boxes
    }
}
