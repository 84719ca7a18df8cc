/// Money as reports write it: the amount, then the model's currency (`currency: EUR` at the top
/// of a model file) when it has one: `6,307 EUR`, `+6,307 EUR`. Without a currency, plain numbers.
public enum Currency {
    /// `amount` (already formatted) followed by the currency, if any.
    public static func amount(_ amount: String, _ currency: String?) -> String {
        guard let currency, !currency.isEmpty else { return amount }
        return amount + " " + currency
    }

    /// A column title with the currency in brackets: `Cost (EUR)`; unchanged without a currency.
    public static func title(_ title: String, _ currency: String?) -> String {
        guard let currency, !currency.isEmpty else { return title }
        return title + " (" + currency + ")"
    }
}
