//! The exponential half of [`super::pow`]: `2^(y log2 |x|)` from `log2 |x|` as a head and a
//! tail.
//!
//! `y log2|x|` is formed as `w + z` with `w`, the product of the heads of `y` and of the
//! logarithm, rounded to a multiple of `1/256` by the addition of a shifter (`N = 256 w` is
//! then read from the sum's low bits), and `z` everything else, small. Then
//! `2^(y log2|x|) = 2^(N div 256) 2^((N mod 256)/256) 2^z`, with `2^(j/256)` from a table in
//! two parts and `2^z - 1` a Taylor polynomial of degree 5 in `z ln 2`. The power of two is
//! applied by adding to the exponent fields of the table values (which also sets the sign),
//! in two halves where the result may leave the normal range.

use super::pow_log2::Log2;
use super::tables::{EXP2_FRACTIONS_256, EXP2_TAYLOR};

/// `1.5 * 2^44`: adding it rounds a double below `2^43` in magnitude to a multiple of
/// `1/256`, held as an integer in the low bits of the sum's representation.
const SHIFTER_256: f64 = f64::from_bits(0x42b8_0000_0000_0000);
/// Keeps the sign, exponent and 17 fraction bits: the head of `y` on the main path.
pub(super) const Y_HEAD_18_BITS: u64 = 0xffff_fff8_0000_0000;
/// Keeps the sign, exponent and 25 fraction bits: the heads of `y` and of the logarithm
/// where the product is big.
pub(super) const HEAD_26_BITS: u64 = 0xffff_ffff_f800_0000;
/// The sign bit of a double.
const SIGN: u64 = 1 << 63;

/// `±2^(y (log.high + log.low))` on the main path, where `|y log2 x| < 512`.
pub(super) fn exp2_main(log: Log2, y: f64, negative: bool) -> f64 {
    let y_head = f64::from_bits(y.to_bits() & Y_HEAD_18_BITS);
    let y_tail = y - y_head;
    let w = y_head * log.high;
    let shifted = SHIFTER_256 + w;
    let units = shifted.to_bits() as u32;
    let w_rounded = shifted - SHIFTER_256;
    let z = y * log.low + ((w - w_rounded) + y_tail * log.high);
    // 2^(N div 256), applied to both parts of the table value through their exponent fields.
    let exponent_add = ((units << 12) & 0xfff0_0000) ^ if negative { 1 << 31 } else { 0 };
    let (head, tail) = scaled_entry(units, exponent_add);
    polynomial_times(z, head, tail) + head
}

/// `±2^(y l)` for the logarithm `l = l_head + l_tail` with `l_head` of 26 bits, where
/// `|y l|` may be big: `y_mask` gives the head of `y`. Decides overflow and underflow for
/// `|y l| > 1088`, and rounds subnormal results once.
pub(super) fn exp2_wide(
    l_head: f64,
    l_tail: f64,
    y: f64,
    y_mask: u64,
    negative: bool,
    x: f64,
) -> f64 {
    let y_head = f64::from_bits(y.to_bits() & y_mask);
    let y_tail = y - y_head;
    let w = y_head * l_head;
    let shifted = SHIFTER_256 + w;
    let units = shifted.to_bits() as u32;
    let w_rounded = shifted - SHIFTER_256;
    let z = (y * l_tail + y_tail * l_head) + (w - w_rounded);
    if (w_rounded.to_bits() >> 48) & 0x7fff > 0x4091 {
        return out_of_range(x, y, negative);
    }
    // 2^(N div 256) in two halves: the lower one into the table values, the other a factor.
    let whole = (units as i32) >> 8;
    let lower_half = whole >> 1;
    let upper_half = whole - lower_half;
    let exponent_add = ((lower_half as u32) << 20) ^ if negative { 1 << 31 } else { 0 };
    let (head, tail) = scaled_entry(units, exponent_add);
    let scale = f64::from_bits(((upper_half + 1023) as u64) << 52);
    let small = polynomial_times(z, head, tail);
    let result = (small + head) * scale;
    if (result.to_bits() >> 52) & 0x7ff != 0 {
        return result;
    }
    subnormal(head, small, scale).unwrap_or(result)
}

/// A subnormal `(small + head) * scale` rounded once: the head of `head` that `scale` keeps
/// exact is multiplied apart from the rest. `None` where the result is too small for that.
fn subnormal(head: f64, small: f64, scale: f64) -> Option<f64> {
    let field = |v: f64| ((v.to_bits() >> 52) & 0x7ff) as i32;
    let biased = field(head) - 1023 + field(scale);
    let cut = -31 - biased;
    if cut > 20 {
        return None;
    }
    let kept = if cut <= 0 { u32::MAX } else { u32::MAX << cut };
    let exact_part = f64::from_bits(head.to_bits() & (u64::from(kept) << 32));
    let rest = (head - exact_part) + small;
    Some(exact_part * scale + rest * scale)
}

/// The table entry for `N mod 256` with `exponent_add` added to the upper 32 bits of both
/// parts (scaling them by a power of two, and negating them with the sign bit).
fn scaled_entry(units: u32, exponent_add: u32) -> (f64, f64) {
    let (head, tail) = EXP2_FRACTIONS_256[(units & 255) as usize];
    let add = |v: f64| f64::from_bits(v.to_bits().wrapping_add(u64::from(exponent_add) << 32));
    (add(head), add(tail))
}

/// `head (2^z - 1) + tail`, in the stub's order.
fn polynomial_times(z: f64, head: f64, tail: f64) -> f64 {
    let [c1, c2, c3, c4, c5] = EXP2_TAYLOR;
    let z2 = z * z;
    let z4 = z2 * z2;
    let linear = (c1 * z) * head + tail;
    let degrees_4_5 = z4 * (c4 + c5 * z);
    let degrees_2_3 = z2 * (c2 + c3 * z);
    (degrees_4_5 * head + linear) + degrees_2_3 * head
}

/// `±2^(y log2|x|)` when `y log2|x|` is below `2^-23` or so: `±(1 + y l ln 2)`.
pub(super) fn exp2_tiny(log: Log2, y: f64, negative: bool) -> f64 {
    let (one, ln2) = if negative {
        (-1.0, -EXP2_TAYLOR[0])
    } else {
        (1.0, EXP2_TAYLOR[0])
    };
    one + (log.high * y + y * log.low) * ln2
}

/// The result for `y log2|x|` beyond the range of doubles: overflow to `±inf` or underflow
/// to `±0` by the signs of `log2|x|` and `y`; or, for an infinite or NaN `y`,
/// [`infinite_exponent`].
pub(super) fn out_of_range(x: f64, y: f64, negative: bool) -> f64 {
    if !y.is_finite() {
        return infinite_exponent(x, y);
    }
    let below_one = (x.to_bits() >> 52) & 0x7ff < 1023;
    overflow_or_underflow(below_one != (y.to_bits() & SIGN != 0), negative)
}

/// `±0` (underflow) or `±inf` (overflow).
pub(super) fn overflow_or_underflow(underflow: bool, negative: bool) -> f64 {
    let sign = if negative { -1.0 } else { 1.0 };
    if underflow {
        sign * 0.0
    } else {
        sign * f64::INFINITY
    }
}

/// `x^y` for a positive `x` and an infinite or NaN `y`: NaN for `x = 1` (as Java requires),
/// `y` quieted for a NaN `y`, otherwise 0 or infinity.
pub(super) fn infinite_exponent(x: f64, y: f64) -> f64 {
    if x == 1.0 {
        return f64::from_bits(0x7ff8_0000_0000_0000);
    }
    if y.is_nan() {
        return y + y;
    }
    let below_one = (x.to_bits() >> 52) & 0x7ff < 1023;
    if below_one != (y.to_bits() & SIGN != 0) {
        0.0
    } else {
        f64::INFINITY
    }
}
