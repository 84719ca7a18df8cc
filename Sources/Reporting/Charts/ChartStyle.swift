/// How the n-th series of a chart looks: a colour from the Okabe-Ito palette (distinguishable
/// with the common colour-vision deficiencies), and a dash pattern, marker shape and fill
/// pattern so that the series stay apart when the page is printed in grey.
///
/// Okabe, M. and Ito, K. (2008), *Color Universal Design: how to make figures and presentations
/// that are friendly to colorblind people*, https://jfly.uni-koeln.de/color/.
public struct SeriesStyle: Sendable, Equatable {
    /// The shape drawn on a line series' points.
    public enum Marker: String, Sendable, CaseIterable { case circle, square, triangle, diamond }

    public var color: String
    /// SVG `stroke-dasharray` (empty: solid).
    public var dash: String
    public var marker: Marker
    /// Id of the bar fill pattern (see `ChartStyle.patternDefinitions`), nil for a plain fill.
    public var pattern: String?

    /// The style of series `index` (cycles after the sixth).
    public static func series(_ index: Int) -> SeriesStyle {
        let styles = [
            SeriesStyle(color: ChartStyle.blue, dash: "", marker: .circle, pattern: nil),
            SeriesStyle(color: ChartStyle.vermillion, dash: "7 4", marker: .square, pattern: "hatch"),
            SeriesStyle(color: ChartStyle.green, dash: "2 3", marker: .triangle, pattern: "dots"),
            SeriesStyle(color: ChartStyle.purple, dash: "10 3 2 3", marker: .diamond, pattern: "cross"),
            SeriesStyle(color: ChartStyle.sky, dash: "4 2 1 2", marker: .square, pattern: "dots"),
            SeriesStyle(color: ChartStyle.grey, dash: "1 3", marker: .triangle, pattern: "hatch"),
        ]
        return styles[((index % styles.count) + styles.count) % styles.count]
    }

    /// The fill attribute for a bar of this series: the pattern over the colour, or the colour.
    var barFill: String { pattern.map { "url(#\($0)-\(color.dropFirst()))" } ?? color }

    /// A marker centred at (x, y).
    func markerSVG(x: Double, y: Double, size: Double = 3.5) -> String {
        let c = SVG.coordinate
        switch marker {
        case .circle:
            return SVG.element("circle", [("cx", c(x)), ("cy", c(y)), ("r", c(size)), ("fill", color)])
        case .square:
            return SVG.element("rect", [("x", c(x - size)), ("y", c(y - size)), ("width", c(2 * size)),
                                        ("height", c(2 * size)), ("fill", "#fff"), ("stroke", color), ("stroke-width", "1.5")])
        case .triangle:
            return SVG.element("polygon", [("points", "\(c(x)),\(c(y - size * 1.2)) \(c(x - size)),\(c(y + size * 0.8)) "
                                            + "\(c(x + size)),\(c(y + size * 0.8))"), ("fill", color)])
        case .diamond:
            return SVG.element("polygon", [("points", "\(c(x)),\(c(y - size * 1.2)) \(c(x + size)),\(c(y)) "
                                            + "\(c(x)),\(c(y + size * 1.2)) \(c(x - size)),\(c(y))"),
                                           ("fill", "#fff"), ("stroke", color), ("stroke-width", "1.5")])
        }
    }
}

/// Colours, fonts and shared SVG definitions of the charts.
public enum ChartStyle {
    public static let blue = "#0072B2"
    public static let vermillion = "#D55E00"
    public static let green = "#009E73"
    public static let purple = "#CC79A7"
    public static let orange = "#E69F00"
    public static let sky = "#56B4E9"
    public static let grey = "#6E6E6E"
    public static let ink = "#1A1A1A"
    /// The band behind a category that stands out (a light vermillion, still visible in grey), and
    /// the colour of its name (written bold).
    public static let flaggedFill = "#FBE3D6"
    public static let flaggedInk = "#A23B00"

    /// The CSS inside every chart: system fonts only (nothing fetched), small grey axes. Selectors
    /// start with `svg.chart` because a `<style>` in inline SVG applies to the whole HTML page.
    static let css = """
        svg.chart text{font-family:-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;font-size:11px;\
        fill:#333;stroke:none}svg.chart .title{font-size:13px;font-weight:600;fill:#1a1a1a}\
        svg.chart .axis-label{font-size:11px;fill:#444}svg.chart .tick{font-size:10px;fill:#555}\
        svg.chart .value-label,svg.chart .target-label{font-size:10px;fill:#333}\
        svg.chart .gridline{stroke:#e3e3e3;stroke-width:1}svg.chart .axis{stroke:#777;stroke-width:1}\
        svg.chart .zero{stroke:#333;stroke-width:1}svg.chart .target{stroke:#333;stroke-width:1.2}\
        svg.chart .err{stroke:#1a1a1a;stroke-width:1.3}svg.chart .legend{font-size:11px}
        """

    /// Fill patterns for bars (`hatch`, `dots`, `cross`) in each palette colour: a white figure over the colour.
    static func patternDefinitions(colors: [String]) -> String {
        var out = ""
        for color in Set(colors).sorted() {
            let id = color.dropFirst()
            out += "<pattern id=\"hatch-\(id)\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" "
                + "patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"\(color)\"/>"
                + "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#fff\" stroke-width=\"2.2\"/></pattern>"
            out += "<pattern id=\"dots-\(id)\" width=\"5\" height=\"5\" patternUnits=\"userSpaceOnUse\">"
                + "<rect width=\"5\" height=\"5\" fill=\"\(color)\"/><circle cx=\"2.5\" cy=\"2.5\" r=\"1.1\" fill=\"#fff\"/></pattern>"
            out += "<pattern id=\"cross-\(id)\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\">"
                + "<rect width=\"6\" height=\"6\" fill=\"\(color)\"/><path d=\"M0 3H6M3 0V6\" stroke=\"#fff\" stroke-width=\"1.2\"/></pattern>"
        }
        return out
    }
}
