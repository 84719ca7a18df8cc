/// A function to integrate with ``QuadratureWorkspace``: a value whose ``value(at:)`` GSL calls
/// back at each abscissa, evaluated in place (no copy, no reference counting per call; a Swift
/// closure stored for GSL's C callback would be retained and released at every call). In hot code,
/// mark `value(at:)` `@inline(__always)` so the protocol witness holds its body.
public protocol Integrand {
    /// The integrand at `x`.
    func value(at x: Double) -> Double
}
