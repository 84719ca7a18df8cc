import CGSL

/// Asks the CPU to start loading the cache line holding `address`, without waiting for it and
/// without faulting (a hint: it changes no result). The simulator calls it for memory it will
/// read an event or two later (the next session end's agent, the next idle agent) when its
/// tables outgrow the caches. Here because this module is ccsim's one boundary with C; `package`,
/// not `public`: no public API takes a raw pointer.
@inlinable @inline(__always)
package func prefetch(_ address: UnsafeRawPointer) {
    ccsim_prefetch(address)
}
