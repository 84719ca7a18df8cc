import Foundation

/// The few SVG and HTML building blocks the charts and the HTML report need: escaping,
/// coordinates that are always finite, and elements written as strings.
///
/// Why strings and not a library: no well-kept Swift SVG library is available, and JohnSundell/Plot
/// (an HTML DSL) would add a dependency for markup this small. Every piece of text that reaches
/// the output goes through `escape`, and every number through `coordinate`, so the output
/// cannot carry unescaped markup or `NaN`.
public enum SVG {
    /// `text` with `& < > " '` escaped, safe in element content and in quoted attributes.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.count)
        for ch in text {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(ch)
            }
        }
        return out
    }

    /// A coordinate with at most one decimal (`12.5`, `40`); a non-finite value becomes 0 so
    /// that no `NaN` or `inf` can reach the output.
    public static func coordinate(_ x: Double) -> String {
        guard x.isFinite else { return "0" }
        let rounded = (x * 10).rounded() / 10
        if rounded == rounded.rounded() && abs(rounded) < 1e15 { return String(Int(rounded)) }
        return String(format: "%.1f", rounded)
    }

    /// `<name a="v" ...>content</name>` (self-closing when `content` is nil); attribute values are escaped.
    public static func element(_ name: String, _ attributes: [(String, String)], _ content: String? = nil) -> String {
        let attrs = attributes.map { " \($0.0)=\"\(escape($0.1))\"" }.joined()
        guard let content else { return "<\(name)\(attrs)/>" }
        return "<\(name)\(attrs)>\(content)</\(name)>"
    }

    /// A text label at (x, y); `anchor` is `start`, `middle` or `end`.
    public static func text(_ s: String, x: Double, y: Double, anchor: String = "start", className: String? = nil,
                            rotate: Double? = nil) -> String {
        var attributes = [("x", coordinate(x)), ("y", coordinate(y)), ("text-anchor", anchor)]
        if let className { attributes.append(("class", className)) }
        if let rotate { attributes.append(("transform", "rotate(\(coordinate(rotate)) \(coordinate(x)) \(coordinate(y)))")) }
        return element("text", attributes, escape(s))
    }

    /// A straight line.
    public static func line(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, className: String? = nil,
                            stroke: String? = nil, dash: String? = nil, width: Double? = nil) -> String {
        var attributes = [("x1", coordinate(x1)), ("y1", coordinate(y1)), ("x2", coordinate(x2)), ("y2", coordinate(y2))]
        if let className { attributes.append(("class", className)) }
        if let stroke { attributes.append(("stroke", stroke)) }
        if let dash, !dash.isEmpty { attributes.append(("stroke-dasharray", dash)) }
        if let width { attributes.append(("stroke-width", coordinate(width))) }
        return element("line", attributes)
    }

    /// A rectangle (negative heights are turned around).
    public static func rect(x: Double, y: Double, width: Double, height: Double, fill: String, className: String? = nil,
                            stroke: String? = nil) -> String {
        var attributes = [("x", coordinate(min(x, x + width))), ("y", coordinate(min(y, y + height))),
                          ("width", coordinate(abs(width))), ("height", coordinate(abs(height))), ("fill", fill)]
        if let className { attributes.append(("class", className)) }
        if let stroke { attributes.append(("stroke", stroke)) }
        return element("rect", attributes)
    }
}
