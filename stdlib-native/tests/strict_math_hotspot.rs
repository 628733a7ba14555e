//! `StrictMath`'s native functions against HotSpot's (fdlibm compiled from C), bit for bit,
//! over special values (NaN payloads included), subnormals, powers of two, huge arguments and
//! pseudo-random inputs of every scale.

mod common;

use common::math_inputs::{assert_matches_hotspot, inputs};
use stdlib_native::fdlibm;

/// The functions `StrictMathDump` prints for each argument pair, in order.
const FUNCTIONS: [&str; 17] = [
    "sin",
    "cos",
    "tan",
    "asin",
    "acos",
    "atan",
    "log",
    "log10",
    "sqrt",
    "IEEEremainder",
    "atan2",
    "sinh",
    "cosh",
    "tanh",
    "expm1",
    "log1p",
    "exp",
];

#[test]
fn strict_math_matches_hotspot_bit_for_bit() {
    let inputs = inputs();
    assert_matches_hotspot("StrictMathDump", &inputs, &FUNCTIONS, |x, y| {
        vec![
            fdlibm::sin(x),
            fdlibm::cos(x),
            fdlibm::tan(x),
            fdlibm::asin(x),
            fdlibm::acos(x),
            fdlibm::atan(x),
            fdlibm::log(x),
            fdlibm::log10(x),
            fdlibm::sqrt(x),
            fdlibm::ieee_remainder(x, y),
            fdlibm::atan2(x, y),
            fdlibm::sinh(x),
            fdlibm::cosh(x),
            fdlibm::tanh(x),
            fdlibm::expm1(x),
            fdlibm::log1p(x),
            fdlibm::exp(x),
        ]
    });
    println!(
        "{} inputs, {} functions, all bit for bit",
        inputs.len(),
        FUNCTIONS.len()
    );
}
