//! `java.lang.StrictMath`'s natives (JDK 17: the trigonometric, logarithmic and hyperbolic
//! functions, `IEEEremainder`, `atan2`, `expm1`, `log1p`; `exp`, `pow`, `cbrt` and `hypot` are
//! Java code in `FdLibm`). `sqrt` is registered with the `java.lang` natives.

use runtime::natives::{Env, NativeFn, NativeRegistry};
use runtime::{JResult, Value};

use crate::fdlibm;

const STRICT_MATH: &str = "java/lang/StrictMath";

pub(crate) fn register(r: &NativeRegistry) {
    let unary: [(&str, NativeFn); 13] = [
        ("sin", |e| unary(e, fdlibm::sin)),
        ("cos", |e| unary(e, fdlibm::cos)),
        ("tan", |e| unary(e, fdlibm::tan)),
        ("asin", |e| unary(e, fdlibm::asin)),
        ("acos", |e| unary(e, fdlibm::acos)),
        ("atan", |e| unary(e, fdlibm::atan)),
        ("log", |e| unary(e, fdlibm::log)),
        ("log10", |e| unary(e, fdlibm::log10)),
        ("sinh", |e| unary(e, fdlibm::sinh)),
        ("cosh", |e| unary(e, fdlibm::cosh)),
        ("tanh", |e| unary(e, fdlibm::tanh)),
        ("expm1", |e| unary(e, fdlibm::expm1)),
        ("log1p", |e| unary(e, fdlibm::log1p)),
    ];
    for (name, f) in unary {
        r.register(STRICT_MATH, name, "(D)D", f);
    }
    r.register(STRICT_MATH, "IEEEremainder", "(DD)D", |e| {
        Ok(Value::Double(fdlibm::ieee_remainder(
            e.double(0),
            e.double(1),
        )))
    });
    r.register(STRICT_MATH, "atan2", "(DD)D", |e| {
        Ok(Value::Double(fdlibm::atan2(e.double(0), e.double(1))))
    });
}

fn unary(env: &mut Env<'_>, f: fn(f64) -> f64) -> JResult<Value> {
    Ok(Value::Double(f(env.double(0))))
}
