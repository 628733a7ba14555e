//! Arguments for comparing math functions with HotSpot bit for bit.

/// A small deterministic generator (xorshift64*), so failures reproduce.
pub struct Rng(pub u64);

impl Rng {
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    /// A double with a random mantissa and sign and a biased exponent in `lo..=hi`.
    pub fn double_with_exponent(&mut self, lo: u64, hi: u64) -> f64 {
        let r = self.next();
        let exponent = lo + (r >> 52) % (hi - lo + 1);
        let sign = self.next() & (1 << 63);
        f64::from_bits(sign | exponent << 52 | (r & ((1 << 52) - 1)))
    }
}

/// Argument pairs covering special values (NaN payloads included), subnormals, powers of two,
/// huge arguments, multiples of pi/4 and pseudo-random inputs of every scale.
pub fn inputs() -> Vec<(f64, f64)> {
    let specials = [
        0.0,
        -0.0,
        f64::INFINITY,
        f64::NEG_INFINITY,
        f64::NAN,
        -f64::NAN,
        f64::from_bits(0x7ff0_0000_0000_0001),
        f64::MIN_POSITIVE,
        -f64::MIN_POSITIVE,
        f64::from_bits(1),
        f64::from_bits(0x000f_ffff_ffff_ffff),
        -f64::from_bits(3),
        f64::MAX,
        f64::MIN,
        1.0,
        -1.0,
        0.5,
        -0.5,
        2.0,
        std::f64::consts::PI,
        std::f64::consts::FRAC_PI_2,
        std::f64::consts::FRAC_PI_4,
        -std::f64::consts::FRAC_PI_4,
        1e22,
        1e300,
        -1e300,
        1.0e-300,
        710.0,
        -710.0,
        709.78,
        22.0,
        -22.0,
        0.5493,
        1.0 - f64::EPSILON,
        1.0 + f64::EPSILON,
        f64::from_bits(0x4330_0000_0000_0000),
        f64::from_bits(0x4170_0000_0000_0000),
        f64::from_bits(0x3e40_0000_0000_0000),
        f64::from_bits(0x3c90_0000_0000_0000),
    ];
    let mut out = Vec::new();
    for &x in &specials {
        for &y in &specials {
            out.push((x, y));
        }
    }
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    // Exponent bands: tiny and subnormal, around 1, moderate, big (sin/cos reduction), any.
    let bands: [(u64, u64); 6] = [
        (0, 0),
        (900, 1010),
        (1010, 1040),
        (1000, 1100),
        (1100, 2046),
        (0, 2046),
    ];
    for &(lo, hi) in &bands {
        for _ in 0..4000 {
            let x = rng.double_with_exponent(lo, hi);
            let y = rng.double_with_exponent(lo, hi);
            out.push((x, y));
        }
    }
    // Powers of two of every scale, and the double closest to a multiple of pi/2
    // (6381956970095103·2^797, the hardest case for argument reduction) with neighbours.
    for e in -1074..1024 {
        let p = 2f64.powi(e);
        out.push((p, -p));
    }
    let hardest = 6_381_956_970_095_103.0 * 2f64.powi(797);
    for d in -3i64..=3 {
        let v = f64::from_bits((hardest.to_bits() as i64 + d) as u64);
        out.push((v, -v));
        out.push((-v, v));
    }
    // Multiples of pi/2 and pi/4 (where argument reduction is hardest) and near them.
    for k in 1..400 {
        let x = k as f64 * std::f64::consts::FRAC_PI_4;
        for d in [-2i64, -1, 0, 1, 2] {
            let v = f64::from_bits((x.to_bits() as i64 + d) as u64);
            out.push((v, -v));
        }
    }
    out
}

/// [`inputs`] and, for the functions HotSpot computes with its own stubs (`Math.exp`, `log`,
/// `log10`, `sin`, `cos`, `tan`, `pow`), arguments around their branch points: the whole range
/// of `exp` with its overflow and subnormal boundaries, logarithms near 1, trigonometric
/// arguments near multiples of pi/2 of every size, and `pow` over bases near 1, negative bases
/// with integer and non-integer exponents, and results near overflow and underflow.
pub fn stub_inputs() -> Vec<(f64, f64)> {
    let mut out = inputs();
    let mut rng = Rng(0x2545_f491_4f6c_dd1d);
    let mut uniform =
        |lo: f64, hi: f64| lo + (hi - lo) * ((rng.next() >> 11) as f64 / (1u64 << 53) as f64);
    // exp: every range of 2^n, the boundaries of overflow (709.78) and of subnormal results
    // (-708.4) and of zero (-745.13).
    for _ in 0..6000 {
        out.push((uniform(-760.0, 760.0), uniform(-4.0, 4.0)));
    }
    for _ in 0..3000 {
        out.push((uniform(-746.0, -707.0), uniform(0.0, 2.0)));
        out.push((uniform(709.0, 710.0), uniform(-2.0, 0.0)));
        out.push((uniform(-1.0, 1.0), uniform(-1100.0, 1100.0)));
    }
    // Logarithms near 1, and bases near 1 for pow with big exponents.
    for k in 1..60 {
        for _ in 0..40 {
            let d = uniform(-1.0, 1.0) * 2f64.powi(-k);
            out.push((1.0 + d, uniform(-1.0, 1.0) * 2f64.powi(k.min(40))));
        }
    }
    // Trigonometric arguments close to multiples of pi/2, small and large.
    for _ in 0..3000 {
        let k = (uniform(0.0, 1.0) * 2f64.powi((uniform(0.0, 60.0)) as i32)).round();
        let v = k * std::f64::consts::FRAC_PI_2;
        let d = uniform(-4.0, 4.0) as i64;
        out.push((
            f64::from_bits((v.to_bits() as i64 + d) as u64),
            uniform(-3.0, 3.0),
        ));
    }
    // pow: negative bases with integer, odd, even and non-integer exponents; results near
    // overflow and underflow; exponents of every size.
    for _ in 0..3000 {
        let x = -uniform(0.0, 4.0);
        let y = uniform(-60.0, 60.0);
        out.push((x, y.round()));
        out.push((x, y));
    }
    for _ in 0..3000 {
        let x = uniform(0.01, 100.0);
        let limit = if rng_bit(x) { 1024.0 } else { -1074.0 };
        let y = limit / x.log2() * uniform(0.999, 1.001);
        out.push((x, y));
        out.push((-x, y.round()));
    }
    for _ in 0..3000 {
        let x = f64::from_bits(uniform(0.0, 0x7fef_ffff_ffff_ffffu64 as f64) as u64);
        out.push((x, uniform(-2.0, 2.0)));
        out.push((
            x,
            uniform(-1.0, 1.0) * 2f64.powi(uniform(-60.0, 70.0) as i32),
        ));
    }
    out
}

/// A bit taken from a double's mantissa, to choose between two cases.
fn rng_bit(x: f64) -> bool {
    x.to_bits() & 0x100 != 0
}

/// Runs `dump_class` (a program of `tests/java` that reads argument pairs from the file named
/// by its argument and prints, per pair, the raw bits of its functions' results in hex, in
/// the order of `names`) on HotSpot, and panics with the mismatches (at most four per
/// function) where `ours(x, y)`, giving our results in the same order, differs in any bit.
pub fn assert_matches_hotspot(
    dump_class: &str,
    inputs: &[(f64, f64)],
    names: &[&str],
    ours: impl Fn(f64, f64) -> Vec<f64>,
) {
    let classes = super::compile(&[&format!("{dump_class}.java")]);
    let file = classes.path().join("inputs.txt");
    let text: String = inputs
        .iter()
        .map(|(x, y)| format!("{:x} {:x}\n", x.to_bits(), y.to_bits()))
        .collect();
    std::fs::write(&file, text).expect("write inputs");
    let expected = super::java(classes.path(), dump_class, &[&file.to_string_lossy()]);
    let lines: Vec<&str> = expected.lines().collect();
    assert_eq!(lines.len(), inputs.len(), "one line per input");
    let mut mismatches: Vec<String> = Vec::new();
    let mut per_function: std::collections::BTreeMap<&str, usize> = Default::default();
    for (&(x, y), line) in inputs.iter().zip(&lines) {
        let want: Vec<u64> = line
            .split(' ')
            .map(|h| u64::from_str_radix(h, 16).expect("hex"))
            .collect();
        let got = ours(x, y);
        assert_eq!(want.len(), names.len(), "one column per function");
        for ((name, g), w) in names.iter().zip(&got).zip(&want) {
            if g.to_bits() != *w {
                let count = per_function.entry(name).or_default();
                *count += 1;
                if *count <= 4 {
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
}
