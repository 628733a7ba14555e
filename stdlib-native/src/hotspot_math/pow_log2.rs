//! The logarithm half of [`super::pow`]: `log2 |x|` as a head and a tail, precise enough
//! that `y log2 |x|` keeps about 70 bits.
//!
//! With `x = 2^k m`, `m` in `[1, 2)`, the reciprocal estimate of `m` times `c = 1.4453125`
//! (`log2 e` to 8 bits; in single precision), rounded to 10 significant bits, is `B`, so that
//! `r = B m - c` is small. Then `log2 x = k + log2(c/B) + log2(1 + r/c)`:
//! `log2(c/B)` comes from a table in two parts, and `log2(1 + r/c)` is `r` plus a fitted
//! polynomial of degree 8 (its linear coefficient beyond 1 is `log2(e)/c - 1`). The mantissa
//! is split so that `B` times its head is exact, the head shorter for bigger `|k|` so that
//! `k + log2(c/B) + (B m_head - c)` is nearly exact too.
//!
//! Close to 1 with a big exponent `y`, a second evaluation adds the terms of degrees 1 and
//! 2 with their rounding errors kept, for the longer result [`log2_near_one`] gives.

use super::reciprocal::mantissa_reciprocal_estimate;
use super::tables::{LOG2_LINEAR_EXCESS, LOG2_RATIOS};

/// `1.4453125`, `log2 e` rounded to 8 significant bits.
const LOG2_E_SHORT: f64 = 1.445_312_5;
/// Coefficients of the polynomial for `log2(1 + r/c) - r` (degrees 1 to 8): `C1` is
/// `log2(e)/c - 1`, rounded to nearest; the others are fitted by Intel.
const C1: f64 = LOG2_LINEAR_EXCESS;
/// See [`C1`].
const C2: f64 = f64::from_bits(0xbfd6_19b6_b384_1d2a);
/// See [`C1`].
const C3: f64 = f64::from_bits(0x3fc4_635e_486e_cecc);
/// See [`C1`].
const C4: f64 = f64::from_bits(0xbfb5_28db_9f95_985a);
/// See [`C1`].
const C5: f64 = f64::from_bits(0x3fa7_6c9b_ac83_49bb);
/// See [`C1`].
const C6: f64 = f64::from_bits(0xbf9b_0301_ee24_1472);
/// See [`C1`].
const C7: f64 = f64::from_bits(0x3f90_04f2_5187_75e3);
/// See [`C1`].
const C8: f64 = f64::from_bits(0xbf83_6578_6dc9_6112);
/// For arguments near 1: [`C1`] and [`C2`] each split into a short head (exact products with
/// the reduced argument's parts) and a fitted tail; [`C3`] fitted again.
const C1_HEAD: f64 = f64::from_bits(0xbf5d_abe1_0000_0000);
/// See [`C1_HEAD`].
const C1_TAIL: f64 = f64::from_bits(0xbdd6_1bb2_4120_55cc);
/// See [`C1_HEAD`].
const C2_HEAD: f64 = f64::from_bits(0xbfd6_1a00_0000_0000);
/// See [`C1_HEAD`].
const C2_TAIL: f64 = f64::from_bits(0x3ef2_531e_f8b5_787d);
/// See [`C1_HEAD`].
const C3_NEAR_ONE: f64 = f64::from_bits(0x3fc4_635e_486e_cecb);

/// The smallest table index: the rounded estimate of `c/m` is at least `(1 + 228/512) / 2`.
const FIRST_INDEX: usize = 228;

/// `x = 2^k m` with `m` in `[1, 2)` given by its fraction bits.
#[derive(Clone, Copy)]
pub(super) struct Split {
    /// The exponent `k`.
    pub(super) k: i32,
    /// The 52 fraction bits of `m`.
    pub(super) fraction: u64,
    /// How many low bits of the mantissa's upper 20 fraction bits its head leaves out.
    pub(super) head_cut: u32,
    /// Whether the head is rounded (near 1) rather than cut.
    pub(super) round_head: bool,
}

/// `log2 |x|` as `high + low`.
#[derive(Clone, Copy)]
pub(super) struct Log2 {
    /// The head: `k + log2(c/B) + (B m_head - c)`, rounded.
    pub(super) high: f64,
    /// The tail.
    pub(super) low: f64,
}

/// The reduction shared by both evaluations.
struct Reduction {
    /// `B m_head - c` (exact).
    head_offset: f64,
    /// `B m_tail` (exact).
    tail_product: f64,
    /// `r = B m - c`, rounded.
    r: f64,
    /// The table entry `log2(c/B)` as head and tail.
    ratio: (f64, f64),
}

/// `B` as a double scaled by `2^-896` and the table index, from the mantissa's fraction bits.
fn reduce(split: &Split) -> Reduction {
    let estimate = mantissa_reciprocal_estimate(split.fraction) * LOG2_E_SHORT as f32;
    // Round to 10 significant bits (ties away), as a double scaled as the reciprocal is.
    let rounded = estimate.to_bits().wrapping_add(1 << 13) & 0xffff_c000;
    let b = f64::from_bits(u64::from(rounded) << 29);
    // The 9 fraction bits with the lowest exponent bit above them; the estimate's error keeps
    // this in 228..=740.
    let index = ((rounded >> 14) & 0x3ff) as usize;
    let m = f64::from_bits(split.fraction | (0x77f << 52));
    let head_bits = if split.round_head {
        m.to_bits().wrapping_add(1 << 31)
    } else {
        m.to_bits()
    };
    let m_head = f64::from_bits(head_bits & (u64::from(u32::MAX << split.head_cut) << 32));
    let m_tail = m - m_head;
    let tail_product = m_tail * b;
    let head_offset = m_head * b - LOG2_E_SHORT;
    Reduction {
        head_offset,
        tail_product,
        r: tail_product + head_offset,
        ratio: LOG2_RATIOS[index - FIRST_INDEX],
    }
}

/// `log2 |x|` for `x = 2^k m`.
pub(super) fn log2(split: &Split) -> Log2 {
    let Reduction {
        head_offset,
        tail_product,
        r,
        ratio,
    } = reduce(split);
    let high = (head_offset + ratio.0) + f64::from(split.k);
    let r2 = r * r;
    let r3 = r * r2;
    let r4 = r2 * r2;
    // The polynomial in two interleaved halves, as the stub evaluates it.
    let degrees_1_2 = (C1 + C2 * r) * r;
    let degrees_3_4 = (C3 + C4 * r) * r3;
    let degrees_5_6 = r4 * ((C5 + C6 * r) * r);
    let degrees_7_8 = r4 * ((C7 + C8 * r) * r3);
    let low =
        (degrees_5_6 + degrees_1_2) + (degrees_7_8 + (degrees_3_4 + (tail_product + ratio.1)));
    Log2 { high, low }
}

/// `log2 |x|` for `x` within `[1 - 1/32, 1 + 1/16)`, as a head rounded to nearest and a tail
/// (the `Log2` fields), with the terms of degree 1 and 2 added exactly.
pub(super) fn log2_near_one(split: &Split) -> Log2 {
    let Reduction {
        head_offset: d,
        tail_product: t,
        r,
        ratio,
    } = reduce(split);
    let (ratio_head, ratio_tail) = ratio;
    let base = f64::from(split.k) + ratio_head;
    // Sum base + d (1 + C1_HEAD) + C2_HEAD (d^2 + t (d + r)) + t (1 + C1_HEAD) + ratio_tail,
    // keeping each rounding error.
    let d_linear = d + C1_HEAD * d;
    let square_cross = C2_HEAD * t * (d + r);
    let s1 = base + d_linear;
    let e1 = (base - s1) + d_linear;
    let d_square = C2_HEAD * d * d;
    let s2 = s1 + d_square;
    let e2 = d_square + (s1 - s2);
    let s3 = s2 + t;
    let e3 = (s2 - s3) + t;
    let t_linear = C1_HEAD * t;
    let s4 = s3 + t_linear;
    let e4 = (s3 - s4) + t_linear;
    let s5 = s4 + ratio_tail;
    let e5 = (s4 - s5) + ratio_tail;
    let errors = (((square_cross + (e2 + e1)) + e3) + e4) + e5;

    let r2 = r * r;
    let r3 = r * r2;
    let r4 = r2 * r2;
    let even = ((C3_NEAR_ONE + C4 * r) * r3 + errors) + ((C7 + C8 * r) * r3) * r4;
    let odd = (C1_TAIL + C2_TAIL * r) * r + ((C5 + C6 * r) * r) * r4;
    Log2 {
        high: s5,
        low: even + odd,
    }
}
