/// Reads the optional `economics:` section (see ``EconomicsModel`` and docs/MODELS.md "Economics"):
///
/// ```yaml
/// economics:
///   channel_costs: { phone: { per_contact: 0.10, per_minute: 0.03 }, email: { per_contact: 0.05 } }
///   callback_cost: 0.20
///   customer_value: 300              # what keeping a customer is worth (a year's margin), in the model's currency
///   churn: { abandoned: 5%, unanswered: 10%, unresolved: 20%,
///            contacts_over: { count: 3, churn: 10% }, waited_over: { time: 10m, churn: 5% } }
/// ```
enum EconomicsDecoder {
    static let keys = ["channel_costs", "callback_cost", "customer_value", "churn"]

    static func read(_ node: ParameterNode, channels: [String], _ reader: ParameterReader) -> EconomicsModel? {
        let before = reader.problemCount
        guard let fields = reader.mapping(node, "economics", known: keys, expected: "a mapping like { customer_value: 300, churn: { abandoned: 5% } }")
        else { return nil }
        let limit = ContactCenterModel.Limits.costPerHour
        var model = EconomicsModel(perContact: Array(repeating: 0, count: channels.count), perMinute: Array(repeating: 0, count: channels.count))
        if let n = fields["channel_costs"] {
            for entry in reader.namedEntries(n, "economics.channel_costs", what: "channels") ?? [] {
                let path = "economics.channel_costs." + entry.key
                guard let c = channels.firstIndex(of: entry.key) else {
                    reader.report(entry.keyLocation, "economics.channel_costs: unknown channel '\(entry.key)'" + Suggestion.hint(for: entry.key, in: channels))
                    continue
                }
                guard let costs = reader.mapping(entry.value, path, known: ["per_contact", "per_minute"],
                                                 expected: "costs like { per_contact: 0.10, per_minute: 0.03 }") else { continue }
                if let v = costs["per_contact"] {
                    model.perContact[c] = reader.number(v, path + ".per_contact", positive: false, maximum: limit, what: "a cost per contact") ?? 0
                }
                if let v = costs["per_minute"] {
                    model.perMinute[c] = reader.number(v, path + ".per_minute", positive: false, maximum: limit, what: "a cost per minute") ?? 0
                }
            }
        }
        if let n = fields["callback_cost"] {
            model.perCallback = reader.number(n, "economics.callback_cost", positive: false, maximum: limit, what: "a cost per call-back") ?? 0
        }
        if let n = fields["customer_value"] {
            model.customerValue = reader.number(n, "economics.customer_value", positive: false, maximum: limit, what: "a value per customer") ?? 0
        }
        if let n = fields["churn"], let churn = reader.mapping(n, "economics.churn",
                                                             known: ["abandoned", "unanswered", "unresolved", "contacts_over", "waited_over"]) {
            func share(_ key: String) -> Double { churn[key].flatMap { reader.share($0, "economics.churn." + key) } ?? 0 }
            model.churn.abandoned = share("abandoned")
            model.churn.unanswered = share("unanswered")
            model.churn.unresolved = share("unresolved")
            if let over = churn["contacts_over"], let f = reader.mapping(over, "economics.churn.contacts_over", known: ["count", "churn"],
                                                                          required: ["count", "churn"]) {
                let count = f["count"].flatMap { reader.integer($0, "economics.churn.contacts_over.count", minimum: 1, maximum: 1000, what: "a number of contacts") }
                let p = f["churn"].flatMap { reader.share($0, "economics.churn.contacts_over.churn") }
                if let count, let p { model.churn.contactsOver = (count, p) }
            }
            if let over = churn["waited_over"], let f = reader.mapping(over, "economics.churn.waited_over", known: ["time", "churn"],
                                                                        required: ["time", "churn"]) {
                let time = f["time"].flatMap { reader.duration($0, "economics.churn.waited_over.time") }
                let p = f["churn"].flatMap { reader.share($0, "economics.churn.waited_over.churn") }
                if let time, let p { model.churn.waitedOver = (time, p) }
            }
        }
        return reader.problemCount == before ? model : nil
    }
}
