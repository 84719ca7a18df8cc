#ifndef CCSIM_CGSL_SHIM_H
#define CCSIM_CGSL_SHIM_H
// The only C that ccsim sees, imported by one Swift module: GSL (Sources/GSL), which gives
// every other module Swift values. Swift 6 rejects reading GSL's mutable globals
// (e.g. gsl_rng_mt19937) directly, so they are exposed through static inline accessors here.
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

/// Layout of GSL's private MT19937 state (gsl-2.x `rng/mt.c`: `unsigned long mt[624]; int mti;`).
/// Used only by `ccsim_rng_mt19937_set_words`, which checks the size before writing.
typedef struct { unsigned long mt[624]; int mti; } ccsim_mt19937_state;

/// Seeds an MT19937 generator with 624 full 32-bit state words instead of the single
/// 32-bit seed `gsl_rng_set` accepts, so streams derived from 64-bit seeds do not collide.
/// Returns 0 on success, -1 (state untouched) if `r` is not MT19937 or its state size
/// differs from the layout above; callers then fall back to `gsl_rng_set`.
static inline int ccsim_rng_mt19937_set_words(gsl_rng *r, const unsigned int *words) {
    if (r->type != gsl_rng_mt19937 || gsl_rng_size(r) != sizeof(ccsim_mt19937_state)) return -1;
    ccsim_mt19937_state *state = (ccsim_mt19937_state *)gsl_rng_state(r);
    for (int i = 0; i < 624; i++) state->mt[i] = (unsigned long)words[i] & 0xffffffffUL;
    state->mti = 624;
    return 0;
}

/// The words and index of an MT19937 generator's state (GSL's own layout), for drawing uniforms
/// without an indirect call per draw; NULL when `r` is not MT19937 or the layout differs.
static inline unsigned long *ccsim_mt19937_words(gsl_rng *r) {
    if (r->type != gsl_rng_mt19937 || gsl_rng_size(r) != sizeof(ccsim_mt19937_state)) return 0;
    return ((ccsim_mt19937_state *)gsl_rng_state(r))->mt;
}
static inline int *ccsim_mt19937_index(gsl_rng *r) {
    if (r->type != gsl_rng_mt19937 || gsl_rng_size(r) != sizeof(ccsim_mt19937_state)) return 0;
    return &((ccsim_mt19937_state *)gsl_rng_state(r))->mti;
}

/// A hint that the cache line holding `p` will be read soon (the CPU's prefetch instruction; it
/// never faults). The simulator's hot tables use it through GSL's `prefetch(_:)`.
static inline void ccsim_prefetch(const void *p) { __builtin_prefetch(p, 0, 3); }

#endif
