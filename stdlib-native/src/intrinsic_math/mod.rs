//! The `Math` methods HotSpot replaces by its x86-64 math stubs (`StubRoutines::dsin` and
//! friends, the routines of Intel's LIBM), on every tier including `-Xint`: `sin`, `cos`,
//! `tan`, `exp`, `log`, `log10` and `pow`. Their results differ from `StrictMath`'s (fdlibm)
//! in the last place for some arguments, so Cortado runs the same routines: the same
//! constant tables and the same operations in the same order, expressed over a model of the
//! processor's registers ([`machine`]).
//!
//! They are registered as intrinsics: the runtime replaces the methods' bytecode (which calls
//! `StrictMath`) when it links them, as HotSpot gives them special method entries.

mod cos;
mod exp;
mod log;
mod log10;
mod machine;
mod pow;
mod shared;
mod sin;
mod tan;

use runtime::natives::{Intrinsic, NativeRegistry};

pub use cos::cos;
pub use exp::exp;
pub use log::log;
pub use log10::log10;
pub use pow::pow;
pub use sin::sin;
pub use tan::tan;

type Unary = fn(f64) -> f64;

pub(crate) fn register(r: &NativeRegistry) {
    let unary: [(&str, Unary); 6] = [
        ("sin", sin),
        ("cos", cos),
        ("tan", tan),
        ("exp", exp),
        ("log", log),
        ("log10", log10),
    ];
    for (name, f) in unary {
        r.register_intrinsic("java/lang/Math", name, "(D)D", Intrinsic::Unary(f));
    }
    r.register_intrinsic("java/lang/Math", "pow", "(DD)D", Intrinsic::Binary(pow));
}
