//! `Math.pow` as HotSpot's x86-64 stub computes it: `x^y = 2^(y log2 x)` with `log2 |x|`
//! from [`super::pow_log2`] and the power of two from [`super::pow_exp2`], after the special
//! cases Java specifies (zeros, infinities, NaN, negative bases), with the stub's choices of
//! NaN. `pow(x, 2)` is `x * x` and `pow(x, 0.5)` is `sqrt x` for `x >= +0`, exactly.

use super::pow_exp2::{
    HEAD_26_BITS, exp2_main, exp2_tiny, exp2_wide, infinite_exponent, out_of_range,
    overflow_or_underflow,
};
use super::pow_log2::{Log2, Split, log2, log2_near_one};

/// The NaN x86 produces for an invalid operation (`0 * inf`): sign set, quiet, no payload.
const DEFAULT_NAN: u64 = 0xfff8_0000_0000_0000;
/// The NaN the stub returns for `pow(±1, ±inf)` and `pow(1, NaN)`.
const ONE_TO_INFINITY_NAN: u64 = 0x7ff8_0000_0000_0000;
/// Keeps the sign, exponent and 20 fraction bits: the head of `y` on the path near 1.
const Y_HEAD_21_BITS: u64 = 0xffff_ffff_0000_0000;

/// `x^y` with the bits HotSpot 17's x86-64 `Math.pow` gives.
pub fn pow(x: f64, y: f64) -> f64 {
    if y.to_bits() == 2.0f64.to_bits() {
        return x * x;
    }
    if y.to_bits() == 0.5f64.to_bits() && (x.to_bits() as i64) >= 0 {
        return x.sqrt();
    }
    if x.is_normal() && x > 0.0 {
        return power_of_normal(x, y, false);
    }
    special_base(x, y)
}

/// Whether `y` (finite, not zero) is an integer, and whether it is odd.
#[derive(PartialEq)]
enum Parity {
    /// Not an integer.
    NotInteger,
    /// An even integer.
    Even,
    /// An odd integer.
    Odd,
}

/// The [`Parity`] of a finite `y`.
fn parity(y: f64) -> Parity {
    let magnitude = y.abs();
    if magnitude.fract() != 0.0 {
        Parity::NotInteger
    } else if magnitude >= 9_007_199_254_740_992.0 || (magnitude as u64).is_multiple_of(2) {
        Parity::Even
    } else {
        Parity::Odd
    }
}

/// `x^y` for `x` NaN, infinite, zero, negative or subnormal.
fn special_base(x: f64, y: f64) -> f64 {
    let y_negative = y.is_sign_negative();
    if !x.is_finite() {
        if y == 0.0 {
            return 1.0;
        }
        if x.is_nan() {
            return x + x;
        }
        if y.is_nan() {
            return y + y;
        }
        let odd = y.is_finite() && parity(y) == Parity::Odd;
        return match (x > 0.0 || !odd, y_negative) {
            (true, true) => 0.0,
            (true, false) => f64::INFINITY,
            (false, true) => -0.0,
            (false, false) => f64::NEG_INFINITY,
        };
    }
    if x == 0.0 {
        return zero_base(x, y);
    }
    if x > 0.0 {
        return power_of_subnormal(x, y, false);
    }
    if y == 0.0 {
        return 1.0;
    }
    if y.is_nan() {
        return y + y;
    }
    if y.is_infinite() {
        if x == -1.0 {
            return f64::from_bits(ONE_TO_INFINITY_NAN);
        }
        let below_one = (x.to_bits() >> 52) & 0x7ff < 1023;
        return if below_one != y_negative {
            0.0
        } else {
            f64::INFINITY
        };
    }
    let negative = match parity(y) {
        Parity::NotInteger => return f64::from_bits(DEFAULT_NAN),
        Parity::Even => false,
        Parity::Odd => true,
    };
    if x.is_normal() {
        power_of_normal(-x, y, negative)
    } else {
        power_of_subnormal(-x, y, negative)
    }
}

/// `(±0)^y`.
fn zero_base(x: f64, y: f64) -> f64 {
    if y.is_nan() {
        return y + y;
    }
    if y == 0.0 {
        return 1.0;
    }
    let odd = y.is_finite() && parity(y) == Parity::Odd;
    match (odd, y.is_sign_negative()) {
        (true, true) => 1.0 / x,
        (true, false) => x,
        (false, true) => f64::INFINITY,
        (false, false) => 0.0,
    }
}

/// `±a^y` for a positive normal `a`.
fn power_of_normal(a: f64, y: f64, negative: bool) -> f64 {
    let bits = a.to_bits();
    let k = ((bits >> 52) & 0x7ff) as i32 - 1023;
    let fraction = bits & ((1 << 52) - 1);
    let head_cut = (k.unsigned_abs() + 1).ilog2();
    // Within [1 - 1/32, 1 + 1/16) the mantissa's head is rounded, and a big |y| takes the
    // longer logarithm.
    let near_one = (bits >> 48).wrapping_sub(0x3fef) <= 1;
    let split = Split {
        k,
        fraction,
        head_cut,
        round_head: near_one,
    };
    if near_one && (y.to_bits() >> 48) & 0x7ff0 >= 0x40b0 {
        return power_near_one(split, a, y, negative);
    }
    power_from_log(split, a, y, negative)
}

/// `±a^y` for a positive subnormal `a` (normalised by `2^128` first).
fn power_of_subnormal(a: f64, y: f64, negative: bool) -> f64 {
    let bits = (a * f64::from_bits(0x47f0_0000_0000_0000)).to_bits();
    let split = Split {
        k: ((bits >> 52) & 0x7ff) as i32 - 1023 - 128,
        fraction: bits & ((1 << 52) - 1),
        head_cut: 10,
        round_head: false,
    };
    power_from_log(split, a, y, negative)
}

/// `±a^y` through [`log2`], choosing the exponential by the size of `y log2 a` (estimated
/// from the exponents of `y` and of `|k| + 1`).
fn power_from_log(split: Split, a: f64, y: f64, negative: bool) -> f64 {
    let log: Log2 = log2(&split);
    let magnitude_bits = (split.k.unsigned_abs() + 1).ilog2() as i32;
    let y_exponent = ((y.to_bits() >> 52) & 0x7ff) as i32;
    let size = magnitude_bits + y_exponent - 1023;
    if (-31..8).contains(&size) {
        return exp2_main(log, y, negative);
    }
    if size < -31 {
        return if size < -55 {
            1.0
        } else {
            exp2_tiny(log, y, negative)
        };
    }
    if size >= 16 {
        return out_of_range(a, y, negative);
    }
    // l = high + low, resplit into a 26-bit head and a tail.
    let sum = log.high + log.low;
    let sum_error = log.low + (log.high - sum);
    let head = f64::from_bits(sum.to_bits() & HEAD_26_BITS);
    exp2_wide(head, sum_error + (sum - head), y, HEAD_26_BITS, negative, a)
}

/// `±a^y` for `a` near 1 and `|y| >= 4096`, through [`log2_near_one`].
fn power_near_one(split: Split, a: f64, y: f64, negative: bool) -> f64 {
    let log = log2_near_one(&split);
    let head = f64::from_bits(log.high.to_bits() & HEAD_26_BITS);
    let tail = (log.high - head) + log.low;
    if !y.is_finite() {
        return infinite_exponent(a, y);
    }
    let log_exponent = ((log.high.to_bits() >> 48) & 0x7ff0) as i32 - 0x3ff0;
    if ((y.to_bits() >> 48) & 0x7ff0) as i32 + log_exponent >= 0x40c0 {
        let underflow = (y.to_bits() ^ head.to_bits()) >> 63 != 0;
        return overflow_or_underflow(underflow, negative);
    }
    exp2_wide(head, tail, y, Y_HEAD_21_BITS, negative, a)
}
