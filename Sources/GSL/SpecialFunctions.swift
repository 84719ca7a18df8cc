import CGSL

/// GSL's special functions and inverse distribution functions that ccsim uses, as Swift values
/// (Galassi et al., *GNU Scientific Library Reference Manual*, ch. 7 "Special Functions" and
/// 20.41 "Cumulative Distribution Functions"). GSL's aborting error handler is off in every call
/// (``ErrorHandler``): a failure comes back as a ``GSLStatus``, never as a crash.
public enum SpecialFunctions {
    /// ln Γ(x) (`gsl_sf_lngamma_e`); for x < 0 the log of |Γ(x)|.
    public static func logGamma(_ x: Double) -> GSLResult {
        ErrorHandler.turnOff()
        var result = gsl_sf_result()
        let status = gsl_sf_lngamma_e(x, &result)
        return GSLResult(value: result.val, absoluteError: result.err, status: GSLStatus(code: status))
    }

    /// The regularised upper incomplete gamma function Q(a, x) = Γ(a, x) / Γ(a), a > 0, x >= 0
    /// (`gsl_sf_gamma_inc_Q_e`).
    public static func regularizedUpperIncompleteGamma(_ a: Double, _ x: Double) -> GSLResult {
        ErrorHandler.turnOff()
        var result = gsl_sf_result()
        let status = gsl_sf_gamma_inc_Q_e(a, x, &result)
        return GSLResult(value: result.val, absoluteError: result.err, status: GSLStatus(code: status))
    }

    /// The `probability` quantile of Student's t with `degreesOfFreedom` degrees of freedom
    /// (`gsl_cdf_tdist_Pinv`); e.g. t(0.975, 9) = 2.2621571627409915. GSL's value agrees with exact
    /// tables to about 3·10⁻¹¹ relative (the accuracy of its t CDF). NaN for arguments outside
    /// 0 < probability < 1, degreesOfFreedom > 0.
    public static func studentTQuantile(_ probability: Double, degreesOfFreedom: Double) -> Double {
        ErrorHandler.turnOff()
        return gsl_cdf_tdist_Pinv(probability, degreesOfFreedom)
    }
}
