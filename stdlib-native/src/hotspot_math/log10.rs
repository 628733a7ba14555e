//! `Math.log10` as HotSpot's x86-64 stub computes it.
//!
//! As for [`super::log`], with `x = 2^k m`: here `B` approximates `c/m`, where
//! `c = 0.43359375` is a short approximation of `log10 e`, so that `r = B m - c` is small and
//! computed exactly. Then `log10 x = k log10 2 + log10(c/B) + log10(1 + r/c)`: `log10(c/B)`
//! comes from a table in two parts, and `log10(1 + r/c)` is `r + (log10(e)/c - 1) r` plus a
//! polynomial in `r` of degrees 2 to 7.

use super::log::{MANTISSA_EXPONENT, split_for_log};
use super::reciprocal::{mantissa_reciprocal_estimate, round_to_8_bits};
use super::tables::{
    LOG10_2_OVER_16_HEAD, LOG10_2_OVER_16_TAIL, LOG10_LINEAR_EXCESS, LOG10_RATIOS,
};

/// `0.43359375`, `log10 e` cut to 8 significant bits.
const LOG10_E_SHORT: f32 = 0.433_593_75;

/// Fitted coefficient of `r^2` of the stub's polynomial for `log10(1 + r/c)` (close to
/// `-log10(e) / (2 c^2)`).
const C2: f64 = f64::from_bits(0xbff2_7af2_dc77_b115);
/// Fitted coefficient of `r^3`.
const C3: f64 = f64::from_bits(0x3ffc_6a02_dc96_3467);
/// Fitted coefficient of `r^4`.
const C4: f64 = f64::from_bits(0xc008_9309_64d4_ef0d);
/// Fitted coefficient of `r^5`.
const C5: f64 = f64::from_bits(0x4016_ab9f_7f9d_3aa1);
/// Fitted coefficient of `r^6`.
const C6: f64 = f64::from_bits(0xc025_c917_3855_93b1);
/// Fitted coefficient of `r^7`.
const C7: f64 = f64::from_bits(0x4035_8874_c1a5_f12e);

/// The sign, exponent and top 25 fraction bits of a double: a head of the mantissa whose
/// product with `B` (8 significant bits) is exact.
const MANTISSA_HEAD_MASK: u64 = 0xffff_ffff_f800_0000;
/// The smallest table index: `B` is at least `c/2` rounded, `(1 + 94/128) / 8`.
const FIRST_INDEX: usize = 94;

/// `log10 x` with the bits HotSpot 17's x86-64 `Math.log10` gives.
pub fn log10(x: f64) -> f64 {
    match split_for_log(x) {
        Ok((k, fraction)) => log10_of_parts(k, fraction),
        Err(special) => special,
    }
}

/// `log10(2^k m)` for the fraction bits `fraction` of `m` in `[1, 2)`.
fn log10_of_parts(k: i64, fraction: u64) -> f64 {
    // The estimate of 1/m is scaled by c in single precision before it is rounded.
    let (b, index) = round_to_8_bits(mantissa_reciprocal_estimate(fraction) * LOG10_E_SHORT);
    let m = f64::from_bits(fraction | MANTISSA_EXPONENT);
    let m_head = f64::from_bits(m.to_bits() & MANTISSA_HEAD_MASK);
    let m_tail = m - m_head;
    let r = m_tail * b + (m_head * b - f64::from(LOG10_E_SHORT));
    let sixteen_k = (16 * k) as f64;
    // The estimate's relative error (below 1.5 2^-12) keeps the index in 94..=222.
    let (ratio_head, ratio_tail) = LOG10_RATIOS[index - FIRST_INDEX];

    let big = ratio_head + sixteen_k * LOG10_2_OVER_16_HEAD;
    let sum = big + r;
    let sum_error = r + (big - sum);
    let tails = sixteen_k * LOG10_2_OVER_16_TAIL + ratio_tail;

    let r2 = r * r;
    let r4 = r2 * r2;
    let degree_5_to_7 = ((C6 * r + C5) * r + C7 * r * r2) * r4;
    let degree_2_to_4 = ((C3 * r + C2) + C4 * r2) * r2;
    sum + ((((sum_error + LOG10_LINEAR_EXCESS * r) + tails) + degree_5_to_7) + degree_2_to_4)
}
