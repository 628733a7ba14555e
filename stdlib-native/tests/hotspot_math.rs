//! `hotspot_math` against HotSpot's `Math` methods (its x86-64 stubs), bit for bit, over the
//! arguments of `common::math_inputs::stub_inputs` (special values, subnormals, every scale,
//! huge trigonometric arguments, range boundaries, `pow`'s special cases).

mod common;

use common::math_inputs::{assert_matches_hotspot, stub_inputs};
use stdlib_native::hotspot_math;

/// The functions `MathIntrinsicDump` prints for each argument pair, in order.
const FUNCTIONS: [&str; 7] = ["sin", "cos", "tan", "exp", "log", "log10", "pow"];

#[test]
fn hotspot_math_matches_hotspot_bit_for_bit() {
    let inputs = stub_inputs();
    assert_matches_hotspot("MathIntrinsicDump", &inputs, &FUNCTIONS, |x, y| {
        vec![
            hotspot_math::sin(x),
            hotspot_math::cos(x),
            hotspot_math::tan(x),
            hotspot_math::exp(x),
            hotspot_math::log(x),
            hotspot_math::log10(x),
            hotspot_math::pow(x, y),
        ]
    });
    println!(
        "{} argument pairs, {} functions ({}), all bit for bit",
        inputs.len(),
        FUNCTIONS.len(),
        FUNCTIONS.join(", ")
    );
}
