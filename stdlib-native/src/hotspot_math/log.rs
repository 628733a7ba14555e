//! `Math.log` as HotSpot's x86-64 stub computes it.
//!
//! With `x = 2^k m`, `m` in `[1, 2)`, an 8-bit approximation `B` of `1/m` (see
//! [`round_to_8_bits`]) gives `r = B m - 1`, small (`|r| < 2^-7` or so), from two exact
//! products by `B` of the two halves of `m`; then
//! `ln x = k ln2 - ln B + ln(1 + r)`, where `-ln B` comes from a table in two parts and
//! `ln(1 + r)` is a polynomial of degree 7. The big parts `k ln2 - ln B` and `r` are added
//! with their rounding error kept, and all small terms are summed before the last addition.

use super::reciprocal::{mantissa_reciprocal_estimate, round_to_8_bits};
use super::tables::{LN_RECIPROCALS, LN2_OVER_16_HEAD, LN2_OVER_16_TAIL};

/// Coefficients of the stub's polynomial for `ln(1 + r)`: the Taylor coefficients
/// `-1/2, 1/3, -1/4, 1/5, 1/7` rounded to nearest, and a fitted coefficient of `r^6` close
/// to `-1/6`.
const C2: f64 = -0.5;
/// See [`C2`].
const C3: f64 = 1.0 / 3.0;
/// See [`C2`].
const C4: f64 = -0.25;
/// See [`C2`].
const C5: f64 = 0.2;
/// See [`C2`].
const C6: f64 = f64::from_bits(0xbfc5_555e_3d6f_b175);
/// See [`C2`].
const C7: f64 = 1.0 / 7.0;

/// The exponent given to the mantissa of `x` before it is multiplied by `B` (with `B`
/// scaled by `2^-896`).
pub(super) const MANTISSA_EXPONENT: u64 = 0x77f << 52;
/// The fraction bits of a double.
const FRACTION_MASK: u64 = (1 << 52) - 1;
/// The sign, exponent and top 7 fraction bits of a double (8 significant bits).
const HEAD_MASK: u64 = 0xffff_e000_0000_0000;
/// `2^128`, which makes a subnormal normal.
const TWO_POW_128: f64 = f64::from_bits(0x47f0_0000_0000_0000);
/// The NaN x86 produces for an invalid operation (sign set, quiet, no payload).
const X86_DEFAULT_NAN: u64 = 0xfff8_0000_0000_0000;

/// `ln x` with the bits HotSpot 17's x86-64 `Math.log` gives.
pub fn log(x: f64) -> f64 {
    match split_for_log(x) {
        Ok((k, fraction)) => log_of_parts(k, fraction),
        Err(special) => special,
    }
}

/// Splits a positive `x` into `k` and the fraction bits of `m` with `x = 2^k m`, `m` in
/// `[1, 2)` (a subnormal is normalised by `2^128` first), or gives the logarithms' result for
/// an argument outside their domain or infinite: `-inf` for zeros, `x + x` (a quiet NaN or
/// `+inf`) for NaN and `+inf`, x86's default NaN for other negative numbers.
pub(super) fn split_for_log(x: f64) -> Result<(i64, u64), f64> {
    let bits = x.to_bits();
    let biased = (bits >> 52) as i64;
    if (1..0x7ff).contains(&biased) {
        return Ok((biased - 1023, bits & FRACTION_MASK));
    }
    if bits == 0 || bits == 1 << 63 {
        return Err(f64::NEG_INFINITY);
    }
    if biased == 0 {
        let normal = (x * TWO_POW_128).to_bits();
        return Ok(((normal >> 52) as i64 - 1023 - 128, normal & FRACTION_MASK));
    }
    if x.is_nan() || x == f64::INFINITY {
        return Err(x + x);
    }
    Err(f64::from_bits(X86_DEFAULT_NAN))
}

/// `ln(2^k m)` for the fraction bits `fraction` of `m` in `[1, 2)`.
fn log_of_parts(k: i64, fraction: u64) -> f64 {
    let (b, index) = round_to_8_bits(mantissa_reciprocal_estimate(fraction));
    let m = f64::from_bits(fraction | MANTISSA_EXPONENT);
    let m_head = f64::from_bits(m.to_bits() & HEAD_MASK);
    let m_tail = m - m_head;
    // Both products are exact (B has 8 significant bits, m_head 8); so is the subtraction.
    let r = m_tail * b + (m_head * b - 1.0);
    let sixteen_k = (16 * k) as f64;
    let (neg_ln_b_head, neg_ln_b_tail) = LN_RECIPROCALS[index];

    let big = neg_ln_b_head + sixteen_k * LN2_OVER_16_HEAD;
    let sum = big + r;
    let sum_error = r + (big - sum);
    let tails = sixteen_k * LN2_OVER_16_TAIL + neg_ln_b_tail;

    let r2 = r * r;
    let r4 = r2 * r2;
    let degree_5_to_7 = ((C6 * r + C5) * r + C7 * r * r2) * r4;
    let degree_2_to_4 = ((C3 * r + C2) + C4 * r2) * r2;
    sum + (((sum_error + tails) + degree_5_to_7) + degree_2_to_4)
}
