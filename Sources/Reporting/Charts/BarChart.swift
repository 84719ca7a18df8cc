/// A vertical bar chart as an inline SVG: categories along the x axis, one bar per series in
/// each category (grouped), optional 95% error bars (whiskers from mean - h to mean + h), a
/// zero line when values are negative, and the value written beyond each bar's whisker. Bars of
/// series after the first carry a fill pattern, so the series stay apart in grey-scale.
///
/// Value labels never cover a whisker, an axis label, the legend or another label: the y axis
/// leaves room for a label beyond every whisker, and a label that would still collide moves
/// further out, loses its unit, or is left out (see ``LabelPlacer``). A category where every
/// series is exactly zero with no interval (the runs are the same) gets one "no change" label.
///
/// ```swift
/// let chart = BarChart(title: "Change in service level", yLabel: "Percentage points",
///                      categories: ["phone", "messaging"],
///                      series: [.init(name: "Scenario", values: [-0.01, 0.78], errors: [0.002, 0.03])],
///                      yFormat: .points)
/// ```
public struct BarChart: Sendable {
    /// One series of bars: a value (and optional 95% half-width) per category.
    public struct Series: Sendable {
        public var name: String
        /// One value per category; nil: undefined (no bar, `n/a` written).
        public var values: [Double?]
        /// 95% half-widths, one per category (nil: no error bar).
        public var errors: [Double?]
        public var style: SeriesStyle?
        /// A series named `name` with one value (and optionally one half-width) per category.
        public init(name: String, values: [Double?], errors: [Double?] = [], style: SeriesStyle? = nil) {
            self.name = name
            self.values = values
            self.errors = errors
            self.style = style
        }

        func value(_ i: Int) -> Double? { i < values.count ? values[i].flatMap { $0.isFinite ? $0 : nil } : nil }
        func error(_ i: Int) -> Double? { i < errors.count ? errors[i].flatMap { $0.isFinite ? abs($0) : nil } : nil }
    }

    public var title: String
    public var xLabel: String
    public var yLabel: String
    public var categories: [String]
    public var series: [Series]
    public var yFormat: ValueFormat
    public var yRange: ClosedRange<Double>?
    /// The label of a category whose every bar is zero with an interval of zero width (nil: the value).
    public var noChangeLabel: String?
    /// Horizontal lines across the plot (a target), labelled clear of bars, whiskers and labels.
    public var references: [LineChart.Reference] = []
    /// Categories that stand out (a day below its target): a shaded band behind their bars and their
    /// name in bold.
    public var flagged: Set<Int> = []
    public var width = 560.0
    public var height = 260.0

    static let labelFontSize = ChartFrame.tickFontSize
    /// Room a label takes beyond a whisker end: its height and the gap to the whisker.
    static let labelRoom = 5 + 1.05 * labelFontSize + 2

    /// A chart of `series` over `categories`; `noChangeLabel` labels a category whose every bar is exactly zero.
    public init(title: String, xLabel: String = "Channel", yLabel: String, categories: [String], series: [Series],
                yFormat: ValueFormat = .number, yRange: ClosedRange<Double>? = nil, noChangeLabel: String? = nil) {
        self.title = title
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.categories = categories
        self.series = series
        self.yFormat = yFormat
        self.yRange = yRange
        self.noChangeLabel = noChangeLabel
    }

    func style(_ k: Int) -> SeriesStyle { series[k].style ?? SeriesStyle.series(k) }

    /// Whether every series is zero with no spread in category `i`.
    func unchanged(_ i: Int) -> Bool {
        noChangeLabel != nil && !series.isEmpty && series.allSatisfy { $0.value(i) == 0 && ($0.error(i) ?? 0) == 0 }
    }

    /// The y axis: the bars and whiskers, zero, and room for a label beyond each whisker end.
    func yAxis(plotHeight: Double) -> Axis {
        var ends: [Double] = [], above: [Double] = [], below: [Double] = []
        for s in series {
            for i in categories.indices {
                guard let v = s.value(i) else {
                    above.append(0)
                    continue
                }
                let h = s.error(i) ?? 0
                ends += [v - h, v + h]
                if v >= 0 { above.append(v + h) } else { below.append(v - h) }
            }
        }
        ends += references.map(\.y)
        var axis = Axis(covering: ends, include: [0], count: 5, fixed: yRange)
        guard yRange == nil, plotHeight > 0 else { return axis }
        // Widen the axis until a label fits between every whisker end and the edge of the plot.
        for _ in 0..<4 {
            let room = Self.labelRoom / plotHeight * (axis.upper - axis.lower)
            var wanted: [Double] = []
            if let top = above.max(), top + room > axis.upper { wanted.append(top + room) }
            if let bottom = below.min(), bottom - room < axis.lower { wanted.append(bottom - room) }
            if wanted.isEmpty { break }
            ends += wanted
            axis = Axis(covering: ends, include: [0], count: 5)
        }
        return axis
    }

    /// The chart as a standalone `<svg>` element.
    public func svg() -> String {
        let legend = series.enumerated().map { ($1.name, style($0), ChartFrame.Key.bar) }
        var frame = ChartFrame(width: width, height: height, title: title, legend: legend)
        let yAxis = self.yAxis(plotHeight: frame.plot.bottom - frame.plot.top)
        frame = ChartFrame(width: width, height: height, title: title, legend: legend, yTicks: yAxis.ticks.map(yFormat.tick))
        let p = frame.plot
        func py(_ y: Double) -> Double { yAxis.position(y, from: p.bottom, to: p.top) }

        var placer = LabelPlacer(bounds: p.box,
                                 fontSize: Self.labelFontSize)
        frame.textBoxes.forEach { placer.avoid($0) }
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
        placer.avoid(Box.line(p.left, zero, p.right, zero, stroke: 1))

        // Bars and whiskers first, so that every label knows what it must not cover.
        var labels: [(x: Double, outer: Double, up: Bool, full: String, compact: String)] = []
        let names = categories.map { TextMetrics.truncated($0, toWidth: slot - 4, fontSize: ChartFrame.tickFontSize) }
        for i in flagged.sorted() where categories.indices.contains(i) {
            body += SVG.element("rect", [("x", SVG.coordinate(p.left + slot * Double(i))), ("y", SVG.coordinate(p.top)),
                                         ("width", SVG.coordinate(slot)), ("height", SVG.coordinate(p.bottom - p.top)),
                                         ("fill", ChartStyle.flaggedFill), ("class", "flagged")])
        }
        for (i, name) in names.enumerated() {
            let groupLeft = p.left + slot * Double(i) + (slot - barWidth * Double(series.count)) / 2
            if flagged.contains(i) {
                // Styled inline, so that charts without flagged categories keep their CSS byte for byte.
                body += SVG.element("text", [("x", SVG.coordinate(p.left + slot * (Double(i) + 0.5))), ("y", SVG.coordinate(p.bottom + 16)),
                                             ("text-anchor", "middle"), ("class", "tick flagged-tick"), ("font-weight", "700"),
                                             ("fill", ChartStyle.flaggedInk)], SVG.escape(name))
            } else {
                body += SVG.text(name, x: p.left + slot * (Double(i) + 0.5), y: p.bottom + 16, anchor: "middle", className: "tick")
            }
            placer.avoid(text: name, x: p.left + slot * (Double(i) + 0.5), y: p.bottom + 16, anchor: "middle",
                         fontSize: ChartFrame.tickFontSize)
            if unchanged(i), let text = noChangeLabel {
                labels.append((p.left + slot * (Double(i) + 0.5), zero, true, text, "0"))
            }
            for (k, s) in series.enumerated() {
                let x = groupLeft + barWidth * Double(k)
                let cx = x + barWidth / 2
                guard let v = s.value(i) else {
                    labels.append((cx, zero, true, "n/a", "n/a"))
                    continue
                }
                body += SVG.rect(x: x + 1, y: zero, width: barWidth - 2, height: py(v) - zero, fill: style(k).barFill,
                                 className: "bar", stroke: style(k).color)
                var outer = py(v)
                if let h = s.error(i) {
                    let lo = py(v - h), hi = py(v + h), w = min(6, barWidth / 3)
                    body += "<g class=\"error-bar\">" + SVG.line(cx, lo, cx, hi, className: "err")
                        + SVG.line(cx - w, lo, cx + w, lo, className: "err") + SVG.line(cx - w, hi, cx + w, hi, className: "err") + "</g>"
                    placer.avoid(Box.line(cx - w, min(lo, hi), cx + w, max(lo, hi), stroke: 1.3))
                    outer = v >= 0 ? hi : lo
                }
                // A bar that is zero with no spread says "no change" on its own when a label is set for it.
                let identical = noChangeLabel != nil && v == 0 && (s.error(i) ?? 0) == 0
                if !identical { labels.append((cx, outer, v >= 0, yFormat.tick(v), yFormat.compact(v))) }
            }
        }
        for t in yAxis.ticks { placer.avoid(text: yFormat.tick(t), x: p.left - 6, y: py(t) + 3.5, anchor: "end", fontSize: ChartFrame.tickFontSize) }
        for r in references {
            body += SVG.line(p.left, py(r.y), p.right, py(r.y), className: "target", dash: "3 3")
            placer.avoid(Box.line(p.left, py(r.y), p.right, py(r.y), stroke: 1.2))
        }
        // Then each value beyond its whisker's end: further out, or without its unit, when that is taken.
        for label in labels {
            let step = 1.05 * Self.labelFontSize + 2
            var candidates: [LabelPlacer.Candidate] = []
            for k in 0..<4 {
                let y = label.up ? label.outer - 5 - step * Double(k) : label.outer + 5 + 0.8 * Self.labelFontSize + step * Double(k)
                candidates.append(.init(text: label.full, x: label.x, y: y, anchor: "middle"))
                if label.compact != label.full { candidates.append(.init(text: label.compact, x: label.x, y: y, anchor: "middle")) }
            }
            if let c = placer.place(candidates) {
                body += SVG.text(c.text, x: c.x, y: c.y, anchor: "middle", className: "value-label")
            }
        }
        // Target labels last: at the line's right end, else its left end or the middle, above or below.
        for r in references {
            let y = py(r.y)
            let spots: [(Double, String)] = [(p.right - 2, "end"), (p.left + 4, "start"), ((p.left + p.right) / 2, "middle")]
            let candidates = spots.flatMap { x, anchor in
                [LabelPlacer.Candidate(text: r.label, x: x, y: y - 5, anchor: anchor),
                 LabelPlacer.Candidate(text: r.label, x: x, y: y + 5 + 0.8 * ChartFrame.tickFontSize, anchor: anchor)]
            }
            if let c = placer.place(candidates) { body += SVG.text(c.text, x: c.x, y: c.y, anchor: c.anchor, className: "target-label") }
        }
        body += SVG.line(p.left, zero, p.right, zero, className: yAxis.lower < 0 ? "zero" : "axis")
        body += frame.legend()
        return body + "</svg>"
    }

    var description: String {
        "\(title). \(yLabel) by \(xLabel.lowercased()) (" + categories.joined(separator: ", ") + "); "
            + series.map(\.name).joined(separator: ", ")
            + (series.contains { !$0.errors.isEmpty } ? "; error bars are 95% confidence intervals" : "")
            + (flagged.isEmpty ? "" : "; highlighted: " + flagged.sorted().filter { categories.indices.contains($0) }
                .map { categories[$0] }.joined(separator: ", "))
    }
}
