#ifndef CCSIM_CGSL_SHIM_H
#define CCSIM_CGSL_SHIM_H
// The only C that ccsim sees. Swift 6 rejects reading GSL's mutable globals
// (e.g. gsl_rng_mt19937) directly, so they are exposed through static inline
// accessors here. Nothing outside the Swift modules that wrap GSL imports this.
#include <gsl/gsl_errno.h>
#include <gsl/gsl_rng.h>
#include <gsl/gsl_randist.h>
#include <gsl/gsl_cdf.h>
#include <gsl/gsl_sf_gamma.h>
#include <gsl/gsl_sf_exp.h>
#include <gsl/gsl_sf_log.h>
#include <gsl/gsl_integration.h>
#include <gsl/gsl_math.h>

/// The Mersenne Twister generator type (MT19937), ccsim's default stream generator.
static inline const gsl_rng_type *ccsim_rng_mt19937(void) { return gsl_rng_mt19937; }

/// The RANLXD2 generator type, for users who want a generator with proven decorrelation.
static inline const gsl_rng_type *ccsim_rng_ranlxd2(void) { return gsl_rng_ranlxd2; }

/// Turns GSL's default error handler (which calls abort()) off, once per process:
/// ccsim checks every status code itself and reports errors in its own words.
static inline void ccsim_gsl_disable_abort(void) { gsl_set_error_handler_off(); }

#endif
