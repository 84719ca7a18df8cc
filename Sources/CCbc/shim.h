#ifndef CCSIM_CCBC_SHIM_H
#define CCSIM_CCBC_SHIM_H
// CBC's C interface (coinor-libcbc-dev), for the shift roster's integer program.
// Only the Planner module imports this; everything else sees Swift types.
#include <coin/Cbc_C_Interface.h>

#endif
