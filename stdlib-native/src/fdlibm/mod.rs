//! The functions of `java.lang.StrictMath` that JDK 17 implements natively, with the results
//! of fdlibm 5.3 bit for bit (the JLS requires exactly those).
//!
//! `asin`, `acos`, `atan`, `expm1` and `IEEEremainder` come from the `libm` crate, a
//! port of musl's libm whose routines for these are fdlibm's. Where musl departs from
//! fdlibm's algorithms (the sine/cosine/tangent kernels and argument reduction, `log`,
//! `log10`, `log1p`, `atan2`, the hyperbolic functions), fdlibm's algorithms are written out here. A
//! differential test against HotSpot (`tests/strict_math_hotspot.rs`) checks every function
//! over thousands of inputs.

mod atan2;
mod hyperbolic;
mod log;
mod rem_pio2;
mod trig;
mod words;

pub use atan2::atan2;
pub use hyperbolic::{cosh, exp, sinh, tanh};
pub use log::{log, log1p, log10};
pub use trig::{cos, sin, tan};

/// `StrictMath.asin`.
pub fn asin(x: f64) -> f64 {
    if x.is_nan() {
        return words::quiet(x);
    }
    libm::asin(x)
}

/// `StrictMath.acos`.
pub fn acos(x: f64) -> f64 {
    if x.is_nan() {
        return words::quiet(x);
    }
    libm::acos(x)
}

/// `StrictMath.atan`.
pub fn atan(x: f64) -> f64 {
    if x.is_nan() {
        return words::quiet(x);
    }
    libm::atan(x)
}

/// `StrictMath.sqrt`: IEEE 754 square root is correctly rounded, so any conforming one is
/// fdlibm's.
pub fn sqrt(x: f64) -> f64 {
    x.sqrt()
}

/// `StrictMath.IEEEremainder`.
pub fn ieee_remainder(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        // fdlibm returns (x*y)/(x*y); HotSpot's build multiplies with y as first operand.
        return words::nan_of(y, x);
    }
    libm::remainder(x, y)
}

/// `StrictMath.expm1`.
pub fn expm1(x: f64) -> f64 {
    if x.is_nan() {
        return words::quiet(x);
    }
    libm::expm1(x)
}
