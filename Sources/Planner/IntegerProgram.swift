import CCbc
import Foundation

/// A minimisation integer program solved by CBC (COIN-OR branch and cut) through its C interface.
/// The only code that sees CBC: callers add integer columns and rows, then read a ``Solution``.
final class IntegerProgram {
    /// What CBC found.
    struct Solution {
        /// Column values rounded to integers (empty when no feasible solution was found).
        var values: [Int]
        var objective: Double
        /// CBC's best lower bound on the objective.
        var bound: Double
        var provenOptimal: Bool
        var provenInfeasible: Bool
        var timeLimitHit: Bool
        var seconds: Double

        /// The relative optimality gap, (objective - bound) / objective; 0 when proven optimal.
        var gap: Double {
            if provenOptimal { return 0 }
            guard !values.isEmpty, objective.isFinite, bound.isFinite else { return .infinity }
            return max(0, objective - bound) / max(abs(objective), 1e-9)
        }
    }

    private let model: UnsafeMutableRawPointer
    private(set) var columns = 0
    private(set) var rows = 0

    init() {
        model = Cbc_newModel()
        Cbc_setLogLevel(model, 0)
    }

    deinit { Cbc_deleteModel(model) }

    /// The CBC library version, e.g. `2.10.8`.
    static var solverVersion: String { String(cString: Cbc_getVersion()) }

    /// Adds an integer column with `cost` in the objective, bounds `lower...upper` (nil: none); returns its index.
    @discardableResult
    func addIntegerColumn(cost: Double, lower: Double = 0, upper: Double? = nil) -> Int {
        Cbc_addCol(model, "x\(columns)", lower, upper ?? Double.greatestFiniteMagnitude, cost, 1, 0, nil, nil)
        columns += 1
        return columns - 1
    }

    /// Adds the row `sum(coefficients[i] * x[indices[i]]) (>=, <=) rhs`.
    func addRow(_ indices: [Int], _ coefficients: [Double], atLeast: Bool, _ rhs: Double) {
        let cols = indices.map { Int32($0) }
        cols.withUnsafeBufferPointer { c in
            coefficients.withUnsafeBufferPointer { v in
                Cbc_addRow(model, "r\(rows)", Int32(cols.count), c.baseAddress, v.baseAddress,
                           CChar(UInt8(ascii: atLeast ? "G" : "L")), rhs)
            }
        }
        rows += 1
    }

    /// Solves within `timeLimit` seconds (then CBC returns its best solution and bound so far); a
    /// solution within `allowableGap` of the bound counts as optimal.
    func solve(timeLimit: Double, allowableGap: Double = 0) -> Solution {
        Cbc_setMaximumSeconds(model, timeLimit)
        if allowableGap > 0 { Cbc_setAllowableGap(model, allowableGap) }
        Cbc_setParameter(model, "threads", "1")   // one thread: the same roster on every run
        let started = Date()
        _ = Cbc_solve(model)
        let seconds = Date().timeIntervalSince(started)
        let infeasible = Cbc_isProvenInfeasible(model) != 0
        var values: [Int] = []
        if !infeasible, let x = Cbc_getColSolution(model), Cbc_numberSavedSolutions(model) > 0 || Cbc_isProvenOptimal(model) != 0 {
            values = (0..<columns).map { Int(x[$0].rounded()) }
        }
        return Solution(values: values, objective: Cbc_getObjValue(model), bound: Cbc_getBestPossibleObjValue(model),
                        provenOptimal: Cbc_isProvenOptimal(model) != 0, provenInfeasible: infeasible,
                        timeLimitHit: Cbc_isSecondsLimitReached(model) != 0, seconds: seconds)
    }
}
