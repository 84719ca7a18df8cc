import Foundation
import Reporting
import XCTest

/// The SVG charts checked as a reader would: titles and axis labels present, one point per
/// defined value, one bar per value, error bars where intervals are given, nothing outside the
/// drawing area, and no NaN or infinity anywhere.
final class ChartTests: XCTestCase {
    /// Every number in x/y/width/height/points attributes, with the viewBox size.
    func coordinates(_ svg: String) -> (numbers: [(String, Double)], width: Double, height: Double) {
        let viewBox = svg.firstMatch(of: /viewBox="0 0 ([0-9.]+) ([0-9.]+)"/)!
        var out: [(String, Double)] = []
        for m in svg.matches(of: /\s(x|y|x1|x2|y1|y2|cx|cy|width|height)="(-?[0-9.]+)"/) {
            out.append((String(m.1), Double(m.2)!))
        }
        for m in svg.matches(of: /\spoints="([^"]*)"/) {
            for pair in m.1.split(separator: " ") {
                let xy = pair.split(separator: ",").map { Double($0)! }
                out.append(("x", xy[0]))
                out.append(("y", xy[1]))
            }
        }
        return (out, Double(viewBox.1)!, Double(viewBox.2)!)
    }

    func assertInsideViewBox(_ svg: String, file: StaticString = #filePath, line: UInt = #line) {
        let (numbers, width, height) = coordinates(svg)
        XCTAssertFalse(numbers.isEmpty, file: file, line: line)
        for (name, value) in numbers {
            let limit = ["y", "y1", "y2", "cy", "height"].contains(name) ? height : width
            XCTAssertTrue(value >= 0 && value <= limit, "\(name)=\(value) outside 0...\(limit)", file: file, line: line)
        }
    }

    func assertNoNaN(_ svg: String, file: StaticString = #filePath, line: UInt = #line) {
        for bad in ["NaN", "nan", "inf", "Infinity"] {
            XCTAssertFalse(svg.contains(bad), "'\(bad)' in the SVG", file: file, line: line)
        }
    }

    func slChart(_ values: [Double?]) -> LineChart {
        LineChart(title: "Phone: service level", xLabel: "Time (simulated days)", yLabel: "Answered within 20s (%)",
                  series: [.init(name: "Base", points: values.enumerated().map { (Double($0) * 1800, $1) }),
                           .init(name: "Scenario", points: values.enumerated().map { (Double($0) * 1800, $1.map { $0 + 0.05 }) })],
                  xTicks: [(0, "Day 1")], yFormat: .percent, yRange: 0...1,
                  references: [.init(y: 0.8, label: "target 80%")])
    }

    func test_lineChart_hasTitleAxisLabelsLegendAndTarget() {
        let svg = slChart([0.5, 0.7, 0.9]).svg()
        XCTAssertTrue(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        XCTAssertTrue(svg.hasSuffix("</svg>"))
        for text in ["Phone: service level", "Time (simulated days)", "Answered within 20s (%)", "target 80%", "Day 1",
                     ">Base<", ">Scenario<", ">0%<", ">100%<", "<title", "<desc"] {
            XCTAssertTrue(svg.contains(text), "missing \(text)")
        }
        assertInsideViewBox(svg)
        assertNoNaN(svg)
    }

    func test_lineChart_drawsOnePointPerDefinedValue_andBreaksAtGaps() {
        let svg = slChart([0.5, 0.6, nil, 0.8, .nan, 0.9, 1.0]).svg()
        XCTAssertEqual(svg.matches(of: /data-points="5"/).count, 2)
        // Three runs of defined points per series: [0.5, 0.6], [0.8], [0.9, 1.0].
        XCTAssertEqual(svg.matches(of: /<polyline/).count, 6)
        assertInsideViewBox(svg)
        assertNoNaN(svg)
    }

    func test_lineChart_withNoData_isStillAValidEmptyChart() {
        let chart = LineChart(title: "Empty", xLabel: "x", yLabel: "y", series: [.init(name: "Base", points: [(0, nil)])])
        let svg = chart.svg()
        XCTAssertTrue(svg.contains("data-points=\"0\""))
        XCTAssertFalse(svg.contains("<polyline"))
        assertInsideViewBox(svg)
        assertNoNaN(svg)
    }

    func test_lineChart_clampsValuesOutsideAFixedRange() {
        let svg = slChart([-0.5, 2.0, .infinity]).svg()
        assertInsideViewBox(svg)
        assertNoNaN(svg)
    }

    func test_barChart_drawsOneBarPerValue_withErrorBarsAndAZeroLine() {
        let chart = BarChart(title: "Change in service level (95% CI)", yLabel: "Percentage points",
                             categories: ["phone", "messaging", "social"],
                             series: [.init(name: "Scenario minus base", values: [-0.01, 0.79, nil], errors: [0.002, 0.05, nil]),
                                      .init(name: "Scenario 2 minus base", values: [0.0, 0.5, 0.3], errors: [0, 0.04, 0.1])],
                             yFormat: .points)
        let svg = chart.svg()
        XCTAssertEqual(svg.matches(of: /class="bar"/).count, 5)
        XCTAssertEqual(svg.matches(of: /class="error-bar"/).count, 5)
        XCTAssertTrue(svg.contains("n/a"), "an undefined value is written n/a")
        XCTAssertTrue(svg.contains("class=\"zero\""), "negative values get a zero line")
        for text in ["Percentage points", "Channel", "phone", "messaging", "social", "+79 pts", "Scenario 2 minus base"] {
            XCTAssertTrue(svg.contains(text), "missing \(text)")
        }
        XCTAssertTrue(svg.contains("url(#hatch-D55E00)"), "the second series is hatched for grey-scale printing")
        assertInsideViewBox(svg)
        assertNoNaN(svg)
    }

    func test_barChart_errorBarsSpanTheInterval() throws {
        let chart = BarChart(title: "t", yLabel: "Contacts", categories: ["a"],
                             series: [.init(name: "s", values: [100], errors: [20])], yRange: 0...200)
        let svg = chart.svg()
        let bar = try XCTUnwrap(svg.firstMatch(of: /<g class="error-bar"><line x1="[0-9.]+" y1="([0-9.]+)" x2="[0-9.]+" y2="([0-9.]+)"/))
        let (lo, hi) = (Double(bar.1)!, Double(bar.2)!)
        // The plot is 0...200; the whisker covers 80...120, a fifth of the plot height.
        let frame = coordinates(svg)
        XCTAssertGreaterThan(lo, hi)
        XCTAssertEqual((lo - hi) / (frame.height - 44 - 52), 0.2, accuracy: 0.01)
    }

    func test_text_isEscaped() {
        let chart = BarChart(title: "R&D <team> \"quoted\"", yLabel: "y", categories: ["a<b"], series: [.init(name: "s&p", values: [1])])
        let svg = chart.svg()
        XCTAssertTrue(svg.contains("R&amp;D &lt;team&gt; &quot;quoted&quot;"))
        XCTAssertTrue(svg.contains("a&lt;b"))
        XCTAssertFalse(svg.contains("<team>"))
    }

    func test_axis_picksNiceTicks() {
        let axis = Axis(covering: [3, 97], include: [0])
        XCTAssertEqual(axis.lower, 0)
        XCTAssertEqual(axis.upper, 100)
        XCTAssertEqual(axis.ticks, [0, 20, 40, 60, 80, 100])
        XCTAssertEqual(Axis(covering: [Double.nan]).ticks.first, 0)
    }
}
