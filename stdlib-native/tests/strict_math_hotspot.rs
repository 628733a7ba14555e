//! `StrictMath`'s native functions against HotSpot's (fdlibm compiled from C), bit for bit,
//! over special values (NaN payloads included), subnormals, powers of two, huge arguments and
//! pseudo-random inputs of every scale.

mod common;

use common::math_inputs::inputs;
use stdlib_native::fdlibm;

type Unary = fn(f64) -> f64;

#[test]
fn strict_math_matches_hotspot_bit_for_bit() {
    let classes = common::compile(&["StrictMathDump.java"]);
    let inputs = inputs();
    let file = classes.path().join("inputs.txt");
    let text: String = inputs
        .iter()
        .map(|(x, y)| format!("{:x} {:x}\n", x.to_bits(), y.to_bits()))
        .collect();
    std::fs::write(&file, text).expect("write inputs");
    let expected = common::java(classes.path(), "StrictMathDump", &[&file.to_string_lossy()]);
    let unary: [(&str, Unary); 9] = [
        ("sin", fdlibm::sin),
        ("cos", fdlibm::cos),
        ("tan", fdlibm::tan),
        ("asin", fdlibm::asin),
        ("acos", fdlibm::acos),
        ("atan", fdlibm::atan),
        ("log", fdlibm::log),
        ("log10", fdlibm::log10),
        ("sqrt", fdlibm::sqrt),
    ];
    let tail: [(&str, Unary); 6] = [
        ("sinh", fdlibm::sinh),
        ("cosh", fdlibm::cosh),
        ("tanh", fdlibm::tanh),
        ("expm1", fdlibm::expm1),
        ("log1p", fdlibm::log1p),
        ("exp", fdlibm::exp),
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
        got.push(("IEEEremainder", fdlibm::ieee_remainder(x, y)));
        got.push(("atan2", fdlibm::atan2(x, y)));
        got.extend(tail.iter().map(|(n, f)| (*n, f(x))));
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
        "mismatches per function {per_function:?}:\n{}",
        mismatches.join("\n")
    );
    println!("{} inputs, 17 functions, all bit for bit", inputs.len());
}
