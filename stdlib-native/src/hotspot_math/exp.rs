//! `Math.exp` as HotSpot's x86-64 stub computes it.
//!
//! The argument is split as `x = (64 n + j) ln2/64 + r` with `j` in `0..64` and `|r| <= ln2/128`,
//! so that `e^x = 2^n 2^(j/64) e^r`. The factor `2^(j/64)` comes from a table as a truncated
//! head `T` (52 fraction bits) and a relative tail `t` with `2^(j/64) = T (1 + t)`; `e^r - 1`
//! is a polynomial of degree 6 evaluated in two interleaved halves; the result is
//! `S + S (t + p(r))` with `S = 2^n T`, one multiply-add that rounds once at the end unless the
//! result leaves the normal range, where `2^n` is applied in two halves.

use super::tables::{EXP2_FRACTIONS, LN2_OVER_64_HEAD, LN2_OVER_64_TAIL, SIXTY_FOUR_OVER_LN2};

/// `1.5 * 2^52`: adding it to a double below `2^51` in magnitude rounds that double to an
/// integer held in the low bits of the sum's representation.
const ROUNDING_SHIFTER: f64 = f64::from_bits(0x4338_0000_0000_0000);

/// Fitted coefficient of `r^2` of the stub's polynomial for `e^r - 1` (one ulp below 1/2).
const C2: f64 = f64::from_bits(0x3fdf_ffff_ffff_fffe);
/// Fitted coefficient of `r^3` (close to 1/6).
const C3: f64 = f64::from_bits(0x3fc5_5555_5554_8ba1);
/// Fitted coefficient of `r^4` (close to 1/24).
const C4: f64 = f64::from_bits(0x3fa5_5555_555b_9e25);
/// Fitted coefficient of `r^5` (close to 1/120).
const C5: f64 = f64::from_bits(0x3f81_1115_c090_cf0f);
/// Fitted coefficient of `r^6` (close to 1/720).
const C6: f64 = f64::from_bits(0x3f56_c15c_e328_9860);

/// Exponent-field bits of an `f64`.
const EXPONENT_MASK: u64 = 0x7ff << 52;

/// `e^x` with the bits HotSpot 17's x86-64 `Math.exp` gives.
pub fn exp(x: f64) -> f64 {
    let bits = x.to_bits();
    let magnitude = bits & !(1 << 63);
    // Below 2^-54 the result is 1 rounded from 1 + x; from 1024 on (and for NaN and the
    // infinities) it is decided without computing.
    if !(0x3c90_0000_0000_0000..0x4090_0000_0000_0000).contains(&magnitude) {
        return exp_outside_range(x, magnitude);
    }
    let shifted = x * SIXTY_FOUR_OVER_LN2 + ROUNDING_SHIFTER;
    // The integer m = round(x * 64/ln2) sits in the low 32 bits, two's complement.
    let m = shifted.to_bits() as u32 as i32;
    let k = shifted - ROUNDING_SHIFTER;
    let r = (x - k * LN2_OVER_64_HEAD) - k * LN2_OVER_64_TAIL;
    let (head_fraction, relative_tail) = EXP2_FRACTIONS[(m & 63) as usize];
    let n = m >> 6;

    // p = t + e^r - 1, summed from the smallest terms up in the stub's order.
    let r2 = r * r;
    let r3 = r * r2;
    let r5 = r3 * r2;
    let odd_high = r5 * (C5 + C6 * r);
    let odd_low = r3 * (C3 + C4 * r);
    let p = (odd_low + ((r + relative_tail) + odd_high)) + r2 * C2;

    if (-894..=1022).contains(&n) {
        let scale = f64::from_bits((((n + 1023) as u64) << 52) | head_fraction);
        return p * scale + scale;
    }
    scale_far(p, n, head_fraction)
}

/// The end of [`exp`] when `2^n` is outside the normal range: the scale is applied as
/// `2^ceil(n/2)` (with the table head) and then `2^floor(n/2)`; near and below the subnormal
/// boundary the head of the scaled value is split so that its part that survives in a
/// subnormal is added exactly.
fn scale_far(p: f64, n: i32, head_fraction: u64) -> f64 {
    let second_half = n >> 1;
    let first_half = n - second_half;
    let scale = f64::from_bits((((first_half + 1023) as u64) << 52) | head_fraction);
    let second_scale = f64::from_bits(((second_half + 1023) as u64) << 52);
    let scaled_p = p * scale;
    // How many low bits of `scale` fall below 2^-1074 once multiplied by 2^(n - ceil(n/2)).
    let dropped_bits = -1022 - n;
    if dropped_bits > 52 {
        return (scaled_p + scale) * second_scale;
    }
    let head = if (0..64).contains(&dropped_bits) {
        f64::from_bits(scale.to_bits() & (u64::MAX << dropped_bits))
    } else {
        0.0
    };
    let sum = scaled_p + (scale - head);
    if n >= 1023 || (dropped_bits == 0 && sum.is_sign_positive()) {
        return (sum + head) * second_scale;
    }
    let result = (sum + head) * second_scale;
    if result.to_bits() & EXPONENT_MASK != 0 {
        return result;
    }
    // Subnormal result: scale both parts separately, then add (both are multiples of 2^-1074
    // below 2^-1021, so this sum is exact).
    head * second_scale + sum * second_scale
}

/// [`exp`] for NaN, the infinities, `|x| >= 1024` and `|x| < 2^-54`.
fn exp_outside_range(x: f64, magnitude: u64) -> f64 {
    if magnitude < 0x3c90_0000_0000_0000 {
        return x + 1.0;
    }
    if x.is_nan() {
        // Quiets a signalling NaN and keeps the payload, as the hardware addition does.
        return x + x;
    }
    if x > 0.0 { f64::INFINITY } else { 0.0 }
}
