/// A vertical bar chart as an inline SVG: categories along the x axis, one bar per series in
/// each category (grouped), optional 95% error bars (whiskers from mean - h to mean + h), a
/// zero line when values are negative, and the value written over each bar. Bars of series
/// after the first carry a fill pattern, so the series stay apart in grey-scale.
///
/// ```swift
/// let chart = BarChart(title: "Change in service level", yLabel: "Percentage points",
///                      categories: ["phone", "messaging"],
///                      series: [.init(name: "Scenario", values: [-0.01, 0.78], errors: [0.002, 0.03])],
///                      yFormat: .points)
/// ```
public struct BarChart: Sendable {
    public struct Series: Sendable {
        public var name: String
        /// One value per category; nil: undefined (no bar, `n/a` written).
        public var values: [Double?]
        /// 95% half-widths, one per category (nil: no error bar).
        public var errors: [Double?]
        public var style: SeriesStyle?
        public init(name: String, values: [Double?], errors: [Double?] = [], style: SeriesStyle? = nil) {
            self.name = name
            self.values = values
            self.errors = errors
            self.style = style
        }
    }

    public var title: String
    public var xLabel: String
    public var yLabel: String
    public var categories: [String]
    public var series: [Series]
    public var yFormat: ValueFormat
    public var yRange: ClosedRange<Double>?
    public var width = 560.0
    public var height = 260.0

    public init(title: String, xLabel: String = "Channel", yLabel: String, categories: [String], series: [Series],
                yFormat: ValueFormat = .number, yRange: ClosedRange<Double>? = nil) {
        self.title = title
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.categories = categories
        self.series = series
        self.yFormat = yFormat
        self.yRange = yRange
    }

    func style(_ k: Int) -> SeriesStyle { series[k].style ?? SeriesStyle.series(k) }

    /// The chart as a standalone `<svg>` element.
    public func svg() -> String {
        let frame = ChartFrame(width: width, height: height, title: title, legendRows: 1)
        var extent: [Double] = []
        for s in series {
            for (i, v) in s.values.enumerated() {
                guard let v, v.isFinite else { continue }
                let h = (i < s.errors.count ? s.errors[i] : nil) ?? 0
                extent += [v - (h.isFinite ? h : 0), v + (h.isFinite ? h : 0)]
            }
        }
        let yAxis = Axis(covering: extent, include: [0], count: 5, fixed: yRange)
        let p = frame.plot
        func py(_ y: Double) -> Double { yAxis.position(y, from: p.bottom, to: p.top) }

        var body = frame.open(description: description, patterns: series.indices.map { style($0).color })
        for t in yAxis.ticks {
            body += SVG.line(p.left, py(t), p.right, py(t), className: "gridline")
            body += SVG.text(yFormat.tick(t), x: p.left - 6, y: py(t) + 3.5, anchor: "end", className: "tick")
        }
        body += SVG.line(p.left, p.top, p.left, p.bottom, className: "axis")
        body += frame.axisTitles(x: xLabel, y: yLabel)
        let slot = (p.right - p.left) / Double(max(1, categories.count))
        let barWidth = min(44, slot * 0.8 / Double(max(1, series.count)))
        let zero = py(max(yAxis.lower, min(yAxis.upper, 0)))
        for (i, category) in categories.enumerated() {
            let groupLeft = p.left + slot * Double(i) + (slot - barWidth * Double(series.count)) / 2
            body += SVG.text(category, x: p.left + slot * (Double(i) + 0.5), y: p.bottom + 16, anchor: "middle", className: "tick")
            for (k, s) in series.enumerated() {
                let x = groupLeft + barWidth * Double(k)
                let cx = x + barWidth / 2
                guard i < s.values.count, let v = s.values[i], v.isFinite else {
                    body += SVG.text("n/a", x: cx, y: zero - 4, anchor: "middle", className: "tick")
                    continue
                }
                body += SVG.rect(x: x + 1, y: zero, width: barWidth - 2, height: py(v) - zero, fill: style(k).barFill,
                                 className: "bar", stroke: style(k).color)
                var labelY = v >= 0 ? py(v) - 4 : py(v) + 12
                if i < s.errors.count, let h = s.errors[i], h.isFinite {
                    let lo = py(v - h), hi = py(v + h), w = min(6, barWidth / 3)
                    body += "<g class=\"error-bar\">" + SVG.line(cx, lo, cx, hi, className: "err")
                        + SVG.line(cx - w, lo, cx + w, lo, className: "err") + SVG.line(cx - w, hi, cx + w, hi, className: "err") + "</g>"
                    labelY = v >= 0 ? min(labelY, hi - 4) : max(labelY, lo + 12)
                }
                body += SVG.text(yFormat.tick(v), x: cx, y: min(max(labelY, p.top + 8), p.bottom + 2), anchor: "middle",
                                 className: "tick")
            }
        }
        body += SVG.line(p.left, zero, p.right, zero, className: yAxis.lower < 0 ? "zero" : "axis")
        body += frame.legend(series.enumerated().map { ($1.name, style($0), .bar) })
        return body + "</svg>"
    }

    var description: String {
        "\(title). \(yLabel) by \(xLabel.lowercased()) (" + categories.joined(separator: ", ") + "); "
            + series.map(\.name).joined(separator: ", ")
            + (series.contains { !$0.errors.isEmpty } ? "; error bars are 95% confidence intervals" : "")
    }
}
