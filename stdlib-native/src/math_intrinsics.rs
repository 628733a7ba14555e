//! `Math` methods the VM runs as intrinsics instead of their bytecode, as HotSpot gives them
//! special method entries.
//!
//! `Math.sqrt` is correctly rounded, as its bytecode (`StrictMath.sqrt`) is. `Math.sin`,
//! `cos`, `tan`, `exp`, `log`, `log10` and `pow` are computed by HotSpot on x86-64 with its own
//! stubs, whose last-place results differ from `StrictMath`'s for some arguments: they are
//! [`crate::hotspot_math`]'s versions, which give the stubs' bits.

use crate::hotspot_math;
use runtime::natives::{Intrinsic, NativeRegistry};

/// `Math.sqrt`: IEEE 754 square root, correctly rounded, as `StrictMath.sqrt` is.
fn sqrt(x: f64) -> f64 {
    x.sqrt()
}

/// A `Math` method of one `double` argument.
type UnaryMath = fn(f64) -> f64;

/// Registers the intrinsics.
pub(crate) fn register(r: &NativeRegistry) {
    r.register_intrinsic("java/lang/Math", "sqrt", "(D)D", Intrinsic::Unary(sqrt));
    let unary: [(&str, UnaryMath); 6] = [
        ("sin", hotspot_math::sin),
        ("cos", hotspot_math::cos),
        ("tan", hotspot_math::tan),
        ("exp", hotspot_math::exp),
        ("log", hotspot_math::log),
        ("log10", hotspot_math::log10),
    ];
    for (name, function) in unary {
        r.register_intrinsic("java/lang/Math", name, "(D)D", Intrinsic::Unary(function));
    }
    r.register_intrinsic(
        "java/lang/Math",
        "pow",
        "(DD)D",
        Intrinsic::Binary(hotspot_math::pow),
    );
}
