import ContactCenter

/// The "customers and money" tables, for models with a `journeys:` or `economics:` section: per
/// run the journeys (started, resolved, lost, contacts per resolved journey, channels used, time to
/// resolution) and the money (customers and revenue at risk, total cost, cost per resolved journey)
/// with their 95% intervals; and per scenario the paired changes. A measure the model does not
/// have (journeys without economics, or the reverse) has no row.
extension SummaryTables {
    /// One row of the customers tables: its title, how a value reads and how a change reads.
    struct CustomerRow {
        var title: String
        var estimate: (SimulationSummary) -> Estimate?
        var value: (Estimate?) -> String
        var change: (Estimate) -> String
    }

    /// The rows in table order (only those the base has).
    var customerRows: [CustomerRow] {
        let currency = summary.currency
        let horizon = SummaryFormat.horizon(summary.base)
        func journey(_ title: String, _ m: JourneyMeasure, _ value: @escaping (Estimate?) -> String,
                     _ change: @escaping (Estimate) -> String) -> CustomerRow {
            CustomerRow(title: title, estimate: { $0.journey(m) }, value: value, change: change)
        }
        func money(_ title: String, _ m: EconomicsMeasure) -> CustomerRow {
            CustomerRow(title: title, estimate: { $0.economics(m) }, value: { SummaryFormat.money($0, currency) },
                        change: { d in
                            let decimals = abs(d.mean) < 100 ? 2 : 0
                            return Currency.amount(SummaryFormat.signedNumber(d, decimals: decimals), currency)
                        })
        }
        let rows = [
            journey("Journeys started over \(horizon)", .started, SummaryFormat.count, SummaryFormat.signedCount),
            journey("Resolved share", .resolvedShare, SummaryFormat.share, SummaryFormat.points),
            journey("Lost for good over \(horizon)", .lost, SummaryFormat.count, SummaryFormat.signedCount),
            journey("Contacts per resolved journey", .contactsPerResolved, { SummaryFormat.number($0, decimals: 2) },
                    { SummaryFormat.signedNumber($0, decimals: 2) }),
            journey("Used 2+ channels", .multichannelShare, SummaryFormat.share, SummaryFormat.points),
            journey("Time to resolution", .timeToResolutionSeconds, SummaryFormat.duration, SummaryFormat.signedDuration),
            CustomerRow(title: "Customers at risk a week", estimate: { $0.economics(.customersAtRiskPerWeek) },
                        value: SummaryFormat.count, change: SummaryFormat.signedCount),
            money("Revenue at risk a week", .revenueAtRiskPerWeek),
            money("Staff and channel cost over \(horizon)", .totalCost),
            money("Cost per resolved journey", .costPerResolvedJourney),
        ]
        return rows.filter { $0.estimate(summary.base.summary) != nil }
    }

    /// One row per measure, one column per run: the value with its 95% interval.
    public func customersTable() -> DataTable {
        var t = DataTable(columns: [Column("measure", "Customers and money")]
                              + runLabels.enumerated().map { r, label in Column("run_\(r)", label) }, keyColumns: 1)
        for row in customerRows {
            t.rows.append([.text(row.title)] + summary.runs.map { .text(row.value(row.estimate($0.summary))) })
        }
        return t
    }

    /// One row per measure, one column per scenario: its paired change with the 95% interval
    /// ("no change", "not significant: ..." by ``ChangeVerdict``). Nil without scenarios.
    public func customerChangesTable() -> DataTable? {
        guard !summary.scenarios.isEmpty else { return nil }
        var t = DataTable(columns: [Column("measure", "Change")]
                              + summary.scenarios.indices.map { k in Column("scenario_\(k + 1)", runLabels[k + 1] + " minus base") },
                          keyColumns: 1)
        for row in customerRows {
            t.rows.append([.text(row.title)] + summary.scenarios.map { s in
                guard let d = row.estimate(s.delta), d.mean.isFinite else { return .text(SummaryFormat.notAvailable) }
                return .text(Self.verdictText(d, row.change))
            })
        }
        return t
    }
}
