//! The `Math` methods HotSpot replaces by its x86-64 stubs (`sin`, `cos`, `tan`, `exp`, `log`,
//! `log10`, `pow`) against HotSpot's own results, bit for bit, in the interpreter (`-Xint`),
//! where the stubs are the methods' entries.

mod common;

use common::math_inputs::{Rng, inputs};
use stdlib_native::intrinsic_math;

/// The shared inputs plus arguments of `pow` where its special cases and its precision
/// matter: integral and half-integral exponents, bases near 1, overflow and underflow.
fn all_inputs() -> Vec<(f64, f64)> {
    let mut out = inputs();
    let mut rng = Rng(0x2545_f491_4f6c_dd1d);
    let exponents = [
        0.5, -0.5, 2.0, 3.0, -1.0, -2.0, 0.25, 1e9, -1e9, 1075.0, 1023.5,
    ];
    for _ in 0..2000 {
        let x = rng.double_with_exponent(1000, 1050);
        let y = exponents[(rng.next() % exponents.len() as u64) as usize];
        out.push((x, y));
        let near_one = f64::from_bits(1.0f64.to_bits() ^ (rng.next() & 0xfffff));
        out.push((near_one, rng.double_with_exponent(1030, 1060)));
        out.push((-x.abs(), (rng.next() % 61) as f64 - 30.0));
    }
    out
}

type Unary = fn(f64) -> f64;

#[test]
fn math_intrinsics_match_hotspot_bit_for_bit() {
    let classes = common::compile(&["MathIntrinsicDump.java"]);
    let inputs = all_inputs();
    let file = classes.path().join("inputs.txt");
    let text: String = inputs
        .iter()
        .map(|(x, y)| format!("{:x} {:x}\n", x.to_bits(), y.to_bits()))
        .collect();
    std::fs::write(&file, text).expect("write inputs");
    let expected = common::java_with(
        &["-Xint"],
        classes.path(),
        "MathIntrinsicDump",
        &[&file.to_string_lossy()],
    );
    let unary: [(&str, Unary); 6] = [
        ("sin", intrinsic_math::sin),
        ("cos", intrinsic_math::cos),
        ("tan", intrinsic_math::tan),
        ("exp", intrinsic_math::exp),
        ("log", intrinsic_math::log),
        ("log10", intrinsic_math::log10),
    ];
    let mut mismatches: Vec<String> = Vec::new();
    let mut per_function: std::collections::BTreeMap<&str, usize> = Default::default();
    let lines: Vec<&str> = expected.lines().collect();
    assert_eq!(lines.len(), inputs.len(), "one line per input");
    for (&(x, y), line) in inputs.iter().zip(&lines) {
        let want: Vec<u64> = line
            .split(' ')
            .map(|h| u64::from_str_radix(h, 16).expect("hex"))
            .collect();
        let mut got: Vec<(&str, f64)> = unary.iter().map(|(n, f)| (*n, f(x))).collect();
        got.push(("pow", intrinsic_math::pow(x, y)));
        for ((name, g), w) in got.iter().zip(&want) {
            if g.to_bits() != *w {
                *per_function.entry(name).or_default() += 1;
                if per_function[name] <= 4 {
                    mismatches.push(format!(
                        "{name}({:#x}, {:#x}) = {:#x}, HotSpot {w:#x}",
                        x.to_bits(),
                        y.to_bits(),
                        g.to_bits()
                    ));
                }
            }
        }
    }
    assert!(
        mismatches.is_empty(),
        "mismatches per function {per_function:?} of {} inputs:\n{}",
        inputs.len(),
        mismatches.join("\n")
    );
    // The stubs are not fdlibm: they round differently for some arguments (cos(0.1)...).
    let differing = inputs
        .iter()
        .filter(|(x, _)| {
            intrinsic_math::cos(*x).to_bits() != stdlib_native::fdlibm::cos(*x).to_bits()
        })
        .count();
    assert!(differing > 0, "cos agrees with fdlibm everywhere");
    println!(
        "{} inputs, 7 functions, all bit for bit; cos differs from StrictMath for {differing}",
        inputs.len()
    );
}
