import ContactCenter

/// The charts of the executive summary, built from its facts: staff share against contact share,
/// scenario differences with 95% error bars, and per channel the service level and the queue
/// (or deferred backlog) over the horizon, base and scenarios on the same axes.
public struct SummaryCharts: Sendable {
    public let summary: ExecutiveSummary
    let labels: [String]

    /// The charts of `summary`.
    public init(_ summary: ExecutiveSummary) {
        self.summary = summary
        labels = SummaryTables(summary).runLabels
    }

    /// "77% of budget for 22% of customers": share of contacts and of agent-hours, per channel and run.
    public func staffVersusContacts() -> BarChart {
        let names = summary.channelNames
        var series = [BarChart.Series(name: "Contacts", values: names.map { summary.kpi(summary.base, $0)?.contactShare?.mean },
                                      style: SeriesStyle(color: ChartStyle.orange, dash: "", marker: .circle, pattern: "dots"))]
        for (r, run) in summary.runs.enumerated() {
            var style = SeriesStyle.series(r)
            if r == 0 { style.pattern = nil }
            series.append(BarChart.Series(name: "Agent-hours, \(labels[r].lowercased())",
                                          values: names.map { summary.kpi(run, $0)?.staffShare }, style: style))
        }
        var chart = BarChart(title: "Share of contacts and share of agent-hours by channel", yLabel: "Share of total (%)",
                             categories: names, series: series, yFormat: .percent)
        chart.width = 1000
        chart.height = 280
        return chart
    }

    /// Service-level change per channel (percentage points) with 95% error bars, one series per scenario.
    public func serviceLevelChanges() -> BarChart {
        let names = summary.channelNames
        let series = summary.scenarios.enumerated().map { k, s in
            BarChart.Series(name: labels[k + 1] + " minus base", values: names.map { s.delta.channel($0, .serviceLevel)?.mean },
                            errors: names.map { s.delta.channel($0, .serviceLevel)?.ci95 }, style: SeriesStyle.series(k + 1))
        }
        return BarChart(title: "Change in service level (95% CI)", yLabel: "Percentage points", categories: names,
                        series: series, yFormat: .points, noChangeLabel: ChangeVerdict.noChangeText)
    }

    /// Change in abandoned contacts per channel over the horizon, with 95% error bars.
    public func abandonmentChanges() -> BarChart {
        let names = summary.channelNames
        let series = summary.scenarios.enumerated().map { k, s in
            BarChart.Series(name: labels[k + 1] + " minus base", values: names.map { s.delta.channel($0, .abandoned)?.mean },
                            errors: names.map { s.delta.channel($0, .abandoned)?.ci95 }, style: SeriesStyle.series(k + 1))
        }
        return BarChart(title: "Change in abandoned contacts over \(SummaryFormat.horizon(summary.base)) (95% CI)",
                        yLabel: "Contacts", categories: names, series: series, yFormat: .signed,
                        noChangeLabel: ChangeVerdict.noChangeText)
    }

    /// One per channel: its service level on each measured day of a horizon with named days (2 to 14 of
    /// them; a model without `horizon.start` reports as before), base and scenarios
    /// with 95% error bars and the target line; a day below its target in any run stands out.
    public func serviceLevelByDay() -> [BarChart] {
        let days = summary.base.summary.days
        guard summary.base.model.calendar.hasWeekdays, days.count >= 2, days.count <= 14 else { return [] }
        return summary.base.model.channels.map { channel in
            let series = summary.runs.enumerated().map { r, run in
                BarChart.Series(name: labels[r], values: days.map { run.summary.day($0.day, channel: channel.name, .serviceLevel)?.mean },
                                errors: days.map { run.summary.day($0.day, channel: channel.name, .serviceLevel)?.ci95 },
                                style: SeriesStyle.series(r))
            }
            let target = channel.serviceLevel
            var chart = BarChart(title: "\(channel.name): service level by day", xLabel: "Day",
                                 yLabel: "Answered within \(SummaryFormat.threshold(target.threshold)) (%)",
                                 categories: days.map(\.label), series: series, yFormat: .percent, yRange: 0...1)
            chart.references = [.init(y: target.fraction, label: "target \(SummaryFormat.share(target.fraction))")]
            chart.flagged = Set(days.indices.filter { k in
                summary.runs.contains { $0.summary.day(days[k].day)?.channelsBelowTarget($0.model).contains(channel.name) ?? false }
            })
            return chart
        }
    }

    /// Midpoints of the intervals, seconds.
    func x(_ p: IntervalSummary) -> Double { p.start + summary.base.model.intervalLength / 2 }

    /// One per channel: service level in each interval (by arrival), base and scenarios, with the target line.
    public func serviceLevelByInterval() -> [LineChart] {
        summary.base.model.channels.enumerated().map { c, channel in
            let series = summary.runs.enumerated().map { r, run -> LineChart.Series in
                let points = run.model.channelIndex(channel.name).flatMap { i in i < run.summary.intervals.count ? run.summary.intervals[i] : nil } ?? []
                return LineChart.Series(name: labels[r], points: points.map { (x($0), $0.serviceLevel) })
            }
            let target = channel.serviceLevel
            return LineChart(title: "\(channel.name): service level by \(SummaryFormat.intervalName(summary.base.model)) of arrival",
                             xLabel: "Time (simulated days)",
                             yLabel: "Answered within \(SummaryFormat.threshold(target.threshold)) (%)",
                             series: series, xTicks: summary.dayTicks, yFormat: .percent, yRange: 0...1,
                             references: [.init(y: target.fraction, label: "target \(SummaryFormat.share(target.fraction))")])
        }
    }

    /// One per channel: contacts waiting (live channels, mean over each interval) or the deferred
    /// backlog at the end of each interval, base and scenarios.
    public func queuesByInterval() -> [LineChart] {
        summary.base.model.channels.map { channel in
            let deferred = channel.kind == .deferred
            let series = summary.runs.enumerated().map { r, run -> LineChart.Series in
                let points = run.model.channelIndex(channel.name).flatMap { i in i < run.summary.intervals.count ? run.summary.intervals[i] : nil } ?? []
                return LineChart.Series(name: labels[r], points: points.map {
                    (x($0), deferred ? $0.backlogAtEnd : $0.meanQueueLength)
                })
            }
            return LineChart(title: deferred ? "\(channel.name): backlog of unanswered work" : "\(channel.name): contacts waiting",
                             xLabel: "Time (simulated days)",
                             yLabel: deferred ? "Backlog (contacts)" : "Mean contacts in queue",
                             series: series, xTicks: summary.dayTicks, yFormat: .number)
        }
    }
}
