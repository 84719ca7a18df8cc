/// A line chart over a shared x axis, as an inline SVG: one line per series (each with its own
/// colour, dash pattern and markers), optional horizontal reference lines (targets), axis titles
/// with units, and a legend. Undefined points (`nil`, or not finite) leave a gap in the line.
///
/// ```swift
/// let chart = LineChart(title: "Phone: service level", xLabel: "Day of the week", yLabel: "Answered within 20s (%)",
///                       series: [.init(name: "Base", points: [(0, 0.8), (1800, 0.9)])],
///                       yFormat: .percent, yRange: 0...1)
/// let svg = chart.svg()
/// ```
public struct LineChart: Sendable {
    /// One line: points (x, y), a nil or non-finite y leaving a gap.
    public struct Series: Sendable {
        public var name: String
        public var points: [(x: Double, y: Double?)]
        /// A line named `name` through `points`.
        public init(name: String, points: [(x: Double, y: Double?)]) {
            self.name = name
            self.points = points
        }
    }

    /// A horizontal line across the plot, e.g. a service-level target.
    public struct Reference: Sendable {
        public var y: Double
        public var label: String
        /// A line at `y` labelled `label`.
        public init(y: Double, label: String) {
            self.y = y
            self.label = label
        }
    }

    public var title: String
    public var xLabel: String
    public var yLabel: String
    public var series: [Series]
    /// Ticks on the x axis (value, label); when empty, nice numbers over the data.
    public var xTicks: [(value: Double, label: String)]
    public var yFormat: ValueFormat
    /// A fixed y range (e.g. 0...1 for shares); nil: nice numbers over the data, including 0.
    public var yRange: ClosedRange<Double>?
    public var references: [Reference]
    public var width = 560.0
    public var height = 250.0

    /// A chart of `series`, with optional x ticks, a fixed y range and reference lines.
    public init(title: String, xLabel: String, yLabel: String, series: [Series],
                xTicks: [(value: Double, label: String)] = [], yFormat: ValueFormat = .number,
                yRange: ClosedRange<Double>? = nil, references: [Reference] = []) {
        self.title = title
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.series = series
        self.xTicks = xTicks
        self.yFormat = yFormat
        self.yRange = yRange
        self.references = references
    }

    /// The chart as a standalone `<svg>` element.
    public func svg() -> String {
        let legend = series.enumerated().map { ($1.name, SeriesStyle.series($0), ChartFrame.Key.line) }
        let xs = series.flatMap { $0.points.map(\.x) }.filter(\.isFinite)
        let ys = series.flatMap { $0.points.compactMap(\.y) }.filter(\.isFinite)
        let xAxis = Axis(covering: xs, count: 6, fixed: xs.isEmpty ? nil : (xs.min()!...max(xs.max()!, xs.min()! + 1)))
        let yAxis = Axis(covering: ys + references.map(\.y), include: [0], count: 5, fixed: yRange)
        let frame = ChartFrame(width: width, height: height, title: title, legend: legend, yTicks: yAxis.ticks.map(yFormat.tick))
        let left = frame.plot.left, right = frame.plot.right, top = frame.plot.top, bottom = frame.plot.bottom
        func px(_ x: Double) -> Double { xAxis.position(x, from: left, to: right) }
        func py(_ y: Double) -> Double { yAxis.position(y, from: bottom, to: top) }

        var placer = LabelPlacer(bounds: frame.plot.box, fontSize: ChartFrame.tickFontSize)
        frame.textBoxes.forEach { placer.avoid($0) }
        var body = frame.open(description: description)
        // Grid and y ticks.
        for t in yAxis.ticks {
            body += SVG.line(left, py(t), right, py(t), className: "gridline")
            body += SVG.text(yFormat.tick(t), x: left - 6, y: py(t) + 3.5, anchor: "end", className: "tick")
            placer.avoid(text: yFormat.tick(t), x: left - 6, y: py(t) + 3.5, anchor: "end", fontSize: ChartFrame.tickFontSize)
        }
        let xTickList = xTicks.isEmpty ? xAxis.ticks.map { ($0, ValueFormat.number.tick($0)) } : xTicks
        for (value, label) in xTickList where value >= xAxis.lower && value <= xAxis.upper {
            body += SVG.line(px(value), bottom, px(value), bottom + 4, className: "axis")
            body += SVG.text(label, x: px(value), y: bottom + 16, anchor: "middle", className: "tick")
            placer.avoid(text: label, x: px(value), y: bottom + 16, anchor: "middle", fontSize: ChartFrame.tickFontSize)
        }
        body += SVG.line(left, bottom, right, bottom, className: "axis") + SVG.line(left, top, left, bottom, className: "axis")
        body += frame.axisTitles(x: xLabel, y: yLabel)
        for r in references {
            body += SVG.line(left, py(r.y), right, py(r.y), className: "target", dash: "3 3")
            placer.avoid(Box.line(left, py(r.y), right, py(r.y), stroke: 1.2))
        }
        // Lines: one polyline per run of defined points, markers spread along the line.
        for (k, s) in series.enumerated() {
            let style = SeriesStyle.series(k)
            let defined = s.points.filter { $0.x.isFinite && ($0.y?.isFinite ?? false) }
            var group = ""
            var run: [(Double, Double)] = []
            func flush() {
                if run.count == 1 { run.append(run[0]) }
                if !run.isEmpty {
                    let points = run.map { SVG.coordinate($0.0) + "," + SVG.coordinate($0.1) }
                    group += SVG.element("polyline", [("points", points.joined(separator: " ")), ("fill", "none"),
                                                      ("stroke", style.color), ("stroke-width", "2"),
                                                      ("stroke-dasharray", style.dash), ("stroke-linejoin", "round")])
                    for (a, b) in zip(run, run.dropFirst()) { placer.softSegments.append((a.0, a.1, b.0, b.1)) }
                }
                run = []
            }
            for p in s.points {
                if let y = p.y, y.isFinite, p.x.isFinite {
                    run.append((px(p.x), py(y)))
                } else {
                    flush()
                }
            }
            flush()
            let every = max(1, defined.count / 12)
            for (i, p) in defined.enumerated() where i % every == every / 2 {
                group += style.markerSVG(x: px(p.x), y: py(p.y!))
            }
            body += SVG.element("g", [("class", "series"), ("data-series", s.name), ("data-points", String(defined.count))], group)
        }
        // Target labels: on their line's right end, else its left end or along it, above or below,
        // clear of the data where possible.
        for r in references {
            let y = py(r.y)
            var candidates: [LabelPlacer.Candidate] = []
            for (x, anchor) in [(right - 2, "end"), (left + 4, "start"), ((left + right) / 2, "middle"),
                                (left + (right - left) / 4, "middle"), (left + 3 * (right - left) / 4, "middle")] {
                candidates.append(.init(text: r.label, x: x, y: y - 5, anchor: anchor))
                candidates.append(.init(text: r.label, x: x, y: y + 5 + 0.8 * ChartFrame.tickFontSize, anchor: anchor))
            }
            if let c = placer.place(candidates) {
                body += SVG.text(c.text, x: c.x, y: c.y, anchor: c.anchor, className: "target-label")
            }
        }
        body += frame.legend()
        return body + "</svg>"
    }

    var description: String {
        "\(title). \(yLabel) against \(xLabel); " + series.map(\.name).joined(separator: ", ")
    }
}
