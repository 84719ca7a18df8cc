import Foundation

/// Reads a chart's SVG as a reader's eye would meet it and lists every collision: each text's
/// box is estimated from its font size and character count (0.62 em per character, 0.8 em above
/// the baseline and 0.25 em below; rotated axis titles turned on their side), each whisker and
/// target line from its end points and stroke. It reports
/// - two texts that overlap (value labels, target labels, tick labels, axis titles, legend, title),
/// - a value or target label that covers a whisker or a target line,
/// - a value or target label outside the plot, and any text outside the drawing.
///
/// Independent of the chart code on purpose: it parses the output, so it judges what is drawn.
struct SVGLayoutChecker {
    struct Rect: CustomStringConvertible {
        var left: Double, top: Double, right: Double, bottom: Double
        func overlaps(_ o: Rect) -> Bool { left < o.right && o.left < right && top < o.bottom && o.top < bottom }
        func inside(_ o: Rect, tolerance: Double = 0.5) -> Bool {
            left >= o.left - tolerance && right <= o.right + tolerance && top >= o.top - tolerance && bottom <= o.bottom + tolerance
        }
        var description: String { String(format: "[%.1f,%.1f]x[%.1f,%.1f]", left, right, top, bottom) }
    }

    struct Text {
        var content: String
        var className: String
        var box: Rect
    }

    static let fontSizes = ["title": 13.0, "axis-label": 11, "tick": 10, "legend": 11, "value-label": 10, "target-label": 10]
    static let labelClasses: Set<String> = ["value-label", "target-label"]

    let svg: String

    static func attribute(_ name: String, in tag: Substring) -> String? {
        guard let r = tag.range(of: " \(name)=\"") else { return nil }
        let rest = tag[r.upperBound...]
        return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
    }

    static func unescaped(_ s: String) -> String {
        s.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    var size: (width: Double, height: Double) {
        let m = svg.firstMatch(of: /viewBox="0 0 ([0-9.]+) ([0-9.]+)"/)!
        return (Double(m.1)!, Double(m.2)!)
    }

    var texts: [Text] {
        svg.matches(of: /<text([^>]*)>([^<]*)<\/text>/).map { m in
            let tag = m.1
            let content = Self.unescaped(String(m.2))
            let className = Self.attribute("class", in: tag) ?? ""
            let fontSize = Self.fontSizes[className] ?? 11
            let x = Double(Self.attribute("x", in: tag) ?? "0") ?? 0, y = Double(Self.attribute("y", in: tag) ?? "0") ?? 0
            let anchor = Self.attribute("text-anchor", in: tag) ?? "start"
            let width = Double(content.count) * 0.62 * fontSize
            let start = anchor == "middle" ? -width / 2 : (anchor == "end" ? -width : 0)
            let box: Rect
            if Self.attribute("transform", in: tag)?.hasPrefix("rotate(-90") == true {
                // Turned a quarter anticlockwise about (x, y): the text runs up, its ascent to the left.
                box = Rect(left: x - 0.8 * fontSize, top: y - start - width, right: x + 0.25 * fontSize, bottom: y - start)
            } else {
                box = Rect(left: x + start, top: y - 0.8 * fontSize, right: x + start + width, bottom: y + 0.25 * fontSize)
            }
            return Text(content: content, className: className, box: box)
        }
    }

    /// Lines of `className` (`err`: whiskers, `target`: target lines) as boxes `stroke` wide.
    func lines(_ className: String, stroke: Double) -> [Rect] {
        svg.matches(of: /<line([^>]*)\/>/).compactMap { m -> Rect? in
            let tag = m.1
            guard Self.attribute("class", in: tag) == className else { return nil }
            let v = ["x1", "y1", "x2", "y2"].map { Double(Self.attribute($0, in: tag) ?? "0") ?? 0 }
            return Rect(left: min(v[0], v[2]) - stroke / 2, top: min(v[1], v[3]) - stroke / 2,
                        right: max(v[0], v[2]) + stroke / 2, bottom: max(v[1], v[3]) + stroke / 2)
        }
    }

    /// The plot: the vertical axis line gives its left, top and bottom; the gridlines its right.
    var plot: Rect? {
        let axes = svg.matches(of: /<line x1="([0-9.]+)" y1="([0-9.]+)" x2="([0-9.]+)" y2="([0-9.]+)" class="axis"\/>/)
            .map { ($0.1, $0.2, $0.3, $0.4) }.map { (Double($0.0)!, Double($0.1)!, Double($0.2)!, Double($0.3)!) }
        guard let y = axes.first(where: { $0.0 == $0.2 && abs($0.1 - $0.3) > 20 }) else { return nil }
        let right = svg.matches(of: /<line x1="[0-9.]+" y1="[0-9.]+" x2="([0-9.]+)" y2="[0-9.]+" class="gridline"\/>/)
            .compactMap { Double($0.1) }.max() ?? y.0
        return Rect(left: y.0, top: min(y.1, y.3), right: right, bottom: max(y.1, y.3))
    }

    /// Every collision, in words; empty when the chart is clean.
    func problems() -> [String] {
        var out: [String] = []
        let texts = self.texts
        let drawing = Rect(left: 0, top: 0, right: size.width, bottom: size.height)
        let whiskers = lines("err", stroke: 1.3), targets = lines("target", stroke: 1.2)
        let plot = self.plot
        for (i, a) in texts.enumerated() {
            if !a.box.inside(drawing) { out.append("'\(a.content)' (\(a.className)) \(a.box) leaves the drawing") }
            for b in texts[(i + 1)...] where a.box.overlaps(b.box) {
                out.append("'\(a.content)' (\(a.className)) \(a.box) overlaps '\(b.content)' (\(b.className)) \(b.box)")
            }
            guard Self.labelClasses.contains(a.className) else { continue }
            if let plot, !a.box.inside(plot) { out.append("'\(a.content)' \(a.box) is outside the plot \(plot)") }
            for w in whiskers where a.box.overlaps(w) { out.append("'\(a.content)' \(a.box) covers a whisker \(w)") }
            for t in targets where a.box.overlaps(t) { out.append("'\(a.content)' \(a.box) covers a target line \(t)") }
        }
        return out
    }

    /// The `<svg>` elements of an HTML page.
    static func charts(in html: String) -> [String] {
        html.matches(of: /<svg .*?<\/svg>/.dotMatchesNewlines()).map { String($0.0) }
    }
}
