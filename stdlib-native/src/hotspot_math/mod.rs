//! `Math.exp`, `log`, `log10`, `sin`, `cos`, `tan` and `pow` with the exact bits HotSpot 17
//! gives on x86-64.
//!
//! HotSpot computes these `Math` methods (in the interpreter as in compiled code) with its own
//! stub routines, derived from Intel's LIBM, not with `StrictMath`'s fdlibm: their results are
//! within an ulp of the true value but not always correctly rounded, and they differ from
//! fdlibm's in a few percent of arguments. The functions here follow the same algorithms (the
//! same argument reductions, tables, polynomials and order of floating-point operations, so the
//! same roundings), written as ordinary `f64` arithmetic. The tables are generated from their
//! mathematical definitions by `scripts/gen_math_tables.py`; the polynomial coefficients, fitted
//! by Intel, are constants.

mod exp;
mod log;
mod log10;
mod pow;
mod pow_exp2;
mod pow_log2;
mod reciprocal;
mod reduction;
#[rustfmt::skip]
mod tables;
mod tan;
mod trig;

pub use exp::exp;
pub use log::log;
pub use log10::log10;
pub use pow::pow;
pub use tan::tan;
pub use trig::{cos, sin};
