//! `Math` methods the VM runs as intrinsics instead of their bytecode, as HotSpot gives them
//! special method entries: only those whose results are exactly specified, so the intrinsic
//! gives bit for bit what the bytecode would.
//!
//! `Math.sin`, `cos`, `tan`, `exp`, `log`, `log10` and `pow` are not among them: HotSpot on
//! x86-64 runs Intel's LIBM routines for those, whose last-place results differ from
//! `StrictMath`'s for some arguments, and Cortado has no implementation of its own of those
//! routines yet, so they run their bytecode (which calls `StrictMath`).

use runtime::natives::{Intrinsic, NativeRegistry};

/// `Math.sqrt`: IEEE 754 square root, correctly rounded, as `StrictMath.sqrt` is.
fn sqrt(x: f64) -> f64 {
    x.sqrt()
}

/// Registers the intrinsics.
pub(crate) fn register(r: &NativeRegistry) {
    r.register_intrinsic("java/lang/Math", "sqrt", "(D)D", Intrinsic::Unary(sqrt));
}
