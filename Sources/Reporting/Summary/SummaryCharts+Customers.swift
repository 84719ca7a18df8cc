import ContactCenter

/// The charts about customers and money (models with an `economics:` or `journeys:` section):
/// each channel's share of the budget beside its share of usage, and where repeat contacts
/// arrive and what brought the customer back.
extension SummaryCharts {
    /// "45% of the budget for 20% of the usage": usage share (base) and budget share per run, per
    /// channel (`usage_share`, `budget_share`); nil without economics.
    public func budgetVersusUsage() -> BarChart? {
        guard !summary.base.summary.economicsChannels.isEmpty else { return nil }
        let names = summary.channelNames
        var series = [BarChart.Series(name: "Usage, base",
                                      values: names.map { summary.base.summary.economicsChannel($0, .usageShare)?.mean },
                                      style: SeriesStyle(color: ChartStyle.orange, dash: "", marker: .circle, pattern: "dots"))]
        for (r, run) in summary.runs.enumerated() {
            var style = SeriesStyle.series(r)
            if r == 0 { style.pattern = nil }
            series.append(BarChart.Series(name: "Budget, \(labels[r].lowercased())",
                                          values: names.map { run.summary.economicsChannel($0, .budgetShare)?.mean }, style: style))
        }
        var chart = BarChart(title: "Share of budget and share of usage by channel", yLabel: "Share of total (%)",
                             categories: names, series: series, yFormat: .percent)
        chart.width = 1000
        chart.height = 280
        return chart
    }

    /// The causes of a repeat contact, in the order the charts show them.
    static let repeatCauses: [JourneyChannelMeasure] = [.repeatsAfterAbandoned, .repeatsAfterUnanswered, .repeatsAfterUnresolved, .transfersIn]

    /// Per run, the repeat contacts each channel receives over the horizon by what brought the
    /// customer back (after abandoning, no answer, an unresolved answer, or a transfer): one chart
    /// per run keeps four causes readable. Channels that receive none in any run are left out;
    /// empty without journeys.
    public func repeatContactsByCause() -> [BarChart] {
        guard !summary.base.summary.journeyChannels.isEmpty else { return [] }
        let names = summary.channelNames.filter { name in
            summary.runs.contains { run in Self.repeatCauses.contains { (run.summary.journeyChannel(name, $0)?.mean ?? 0) > 0 } }
        }
        guard !names.isEmpty else { return [] }
        let horizon = SummaryFormat.horizon(summary.base)
        return summary.runs.enumerated().map { r, run in
            let series = Self.repeatCauses.enumerated().map { k, cause in
                BarChart.Series(name: cause.title, values: names.map { run.summary.journeyChannel($0, cause)?.mean },
                                style: SeriesStyle.series(k))
            }
            return BarChart(title: "Repeat contacts by cause over \(horizon), \(labels[r].lowercased())",
                            xLabel: "Channel the customer comes back on", yLabel: "Repeat contacts", categories: names,
                            series: series, yFormat: .number)
        }
    }
}
