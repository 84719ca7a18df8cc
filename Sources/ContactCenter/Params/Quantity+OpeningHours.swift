extension Quantity {
    /// Daily opening hours from `"08:00-20:00"` (`"00:00-24:00"` for around the clock).
    /// Hours that pass midnight are refused: split such a channel's day in two or open it 24 hours.
    public static func openingHours(_ text: String) throws -> OpeningHours {
        let (t, open, close) = try clockRange(text, what: "opening hours", example: "\"08:00-20:00\" (\"00:00-24:00\" for around the clock)")
        guard open < close else {
            throw QuantityError("'\(t)' closes before it opens; hours past midnight are not supported (use e.g. \"00:00-24:00\")")
        }
        return OpeningHours(open: open, close: close)
    }

    /// A shift's break window, `"12:00-14:00"`; in a night shift one may pass midnight
    /// (`"23:00-01:00"`), and then closes the next day (`close` above 24:00).
    static func breakWindow(_ text: String) throws -> OpeningHours {
        let (t, open, close) = try clockRange(text, what: "a break window", example: "\"12:00-14:00\" (\"23:00-01:00\" past midnight)")
        guard open.truncatingRemainder(dividingBy: 86400) != close.truncatingRemainder(dividingBy: 86400) else {
            throw QuantityError("'\(t)' opens and closes at the same time; write e.g. \"12:00-14:00\"")
        }
        return OpeningHours(open: open, close: close > open ? close : close + 86400)
    }

    /// `HH:MM-HH:MM` read as two times of day (the trimmed text, open, close); otherwise an error
    /// saying the text is not `what`, with the reason when a time is wrong, and `example`.
    private static func clockRange(_ text: String, what: String, example: String) throws -> (String, Double, Double) {
        let t = text.trimmingCharacters(in: .whitespaces)
        let parts = t.split(separator: "-", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count == 2, let open = IntervalStart.timeOfDay(parts[0]), let close = IntervalStart.timeOfDay(parts[1]) else {
            let why = parts.lazy.compactMap { IntervalStart.whyNot($0) }.first.map { " (\($0))" } ?? ""
            throw QuantityError("'\(t)' is not \(what)\(why); write e.g. \(example)")
        }
        return (t, open, close)
    }
}
