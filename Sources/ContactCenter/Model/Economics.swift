import Foundation

/// What contacts cost beyond staff, and what customers are worth: the optional `economics:`
/// section of a model. With it, results carry customers and revenue at risk, the cost per
/// resolved journey and each channel's share of the budget beside its share of usage.
///
/// A customer's risk of leaving combines the bad things that happened on their journey:
/// `1 - (1 - abandoned)^a (1 - unanswered)^u (1 - unresolved if the need was never resolved)
/// (1 - contacts_over if more than k contacts) (1 - waited_over if a contact waited longer than X)`,
/// with `a`, `u` the journey's abandoned and unanswered contacts.
public struct EconomicsModel: Sendable, Equatable {
    /// Per channel: cost of each contact offered (platform fees, postage).
    public var perContact: [Double]
    /// Per channel: cost of each minute a contact spends waiting or being handled (telephony).
    public var perMinute: [Double]
    /// Cost of each call-back made (reached or not).
    public var perCallback: Double
    /// What keeping a customer is worth (e.g. a year's margin).
    public var customerValue: Double
    public var churn: Churn

    public struct Churn: Sendable, Equatable {
        public var abandoned: Double
        public var unanswered: Double
        /// The need was never resolved (the journey was lost).
        public var unresolved: Double
        /// More than `count` contacts in one journey.
        public var contactsOver: (count: Int, churn: Double)?
        /// A contact waited longer than `seconds`.
        public var waitedOver: (seconds: Double, churn: Double)?

        public init(abandoned: Double = 0, unanswered: Double = 0, unresolved: Double = 0,
                    contactsOver: (count: Int, churn: Double)? = nil, waitedOver: (seconds: Double, churn: Double)? = nil) {
            self.abandoned = abandoned
            self.unanswered = unanswered
            self.unresolved = unresolved
            self.contactsOver = contactsOver
            self.waitedOver = waitedOver
        }

        public static func == (a: Churn, b: Churn) -> Bool {
            a.abandoned == b.abandoned && a.unanswered == b.unanswered && a.unresolved == b.unresolved
                && a.contactsOver?.count == b.contactsOver?.count && a.contactsOver?.churn == b.contactsOver?.churn
                && a.waitedOver?.seconds == b.waitedOver?.seconds && a.waitedOver?.churn == b.waitedOver?.churn
        }

        /// `x` to the power `n`; most journeys have no abandoned or unanswered contact, and `pow`
        /// was a tenth of a journey's cost (the result is `pow`'s: exact for 0 and 1).
        @inline(__always)
        static func power(_ x: Double, _ n: Int16) -> Double { n == 0 ? 1 : n == 1 ? x : pow(x, Double(n)) }

        /// The probability that the customer of `journey` leaves.
        public func probability(_ journey: borrowing Journey) -> Double {
            var stay = Self.power(1 - abandoned, journey.abandoned) * Self.power(1 - unanswered, journey.unanswered)
            if journey.state == .lost { stay *= 1 - unresolved }
            if let over = contactsOver, Int(journey.contacts) > over.count { stay *= 1 - over.churn }
            if let over = waitedOver, journey.longestWait > over.seconds { stay *= 1 - over.churn }
            return 1 - stay
        }
    }

    public init(perContact: [Double], perMinute: [Double], perCallback: Double = 0, customerValue: Double = 0, churn: Churn = Churn()) {
        self.perContact = perContact
        self.perMinute = perMinute
        self.perCallback = perCallback
        self.customerValue = customerValue
        self.churn = churn
    }
}
