//! `hotspot_math` against HotSpot's `Math` methods (its x86-64 stubs), bit for bit, over the
//! arguments of `common::math_inputs::stub_inputs` (special values, subnormals, every scale,
//! huge trigonometric arguments, range boundaries, `pow`'s special cases).

mod common;

use common::math_inputs::stub_inputs;
use stdlib_native::hotspot_math;

/// The columns `MathIntrinsicDump` prints for each argument pair, in order.
const COLUMNS: [&str; 7] = ["sin", "cos", "tan", "exp", "log", "log10", "pow"];

/// Our function for a column, called with the argument pair.
fn ours(column: &str, x: f64, y: f64) -> f64 {
    match column {
        "sin" => hotspot_math::sin(x),
        "cos" => hotspot_math::cos(x),
        "tan" => hotspot_math::tan(x),
        "exp" => hotspot_math::exp(x),
        "log" => hotspot_math::log(x),
        "log10" => hotspot_math::log10(x),
        "pow" => hotspot_math::pow(x, y),
        other => panic!("no function for column {other}"),
    }
}

/// The columns implemented so far (each registered as `Math`'s intrinsic).
const IMPLEMENTED: [&str; 7] = ["sin", "cos", "tan", "exp", "log", "log10", "pow"];

#[test]
fn hotspot_math_matches_hotspot_bit_for_bit() {
    let java = std::path::Path::new(common::JDK).join("bin/java");
    if !java.exists() {
        println!("SKIPPED: no HotSpot at {} to compare with", java.display());
        return;
    }
    let classes = common::compile(&["MathIntrinsicDump.java"]);
    let inputs = stub_inputs();
    let file = classes.path().join("inputs.txt");
    let text: String = inputs
        .iter()
        .map(|(x, y)| format!("{:x} {:x}\n", x.to_bits(), y.to_bits()))
        .collect();
    std::fs::write(&file, text).expect("write inputs");
    let expected = common::java(
        classes.path(),
        "MathIntrinsicDump",
        &[&file.to_string_lossy()],
    );
    let lines: Vec<&str> = expected.lines().collect();
    assert_eq!(lines.len(), inputs.len(), "one line per input");
    let mut mismatches: Vec<String> = Vec::new();
    let mut per_function: std::collections::BTreeMap<&str, usize> = Default::default();
    for (&(x, y), line) in inputs.iter().zip(&lines) {
        let want: Vec<u64> = line
            .split(' ')
            .map(|h| u64::from_str_radix(h, 16).expect("hex"))
            .collect();
        for (column, w) in COLUMNS.iter().zip(&want) {
            if !IMPLEMENTED.contains(column) {
                continue;
            }
            let got = ours(column, x, y);
            if got.to_bits() != *w {
                let count = per_function.entry(column).or_default();
                *count += 1;
                if *count <= 4 {
                    mismatches.push(format!(
                        "{column}({:#x}, {:#x}) = {:#x}, HotSpot {w:#x}",
                        x.to_bits(),
                        y.to_bits(),
                        got.to_bits()
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
    println!(
        "{} argument pairs, {} functions ({}), all bit for bit",
        inputs.len(),
        IMPLEMENTED.len(),
        IMPLEMENTED.join(", ")
    );
}
