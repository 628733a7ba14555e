//! `Math.sin` and `Math.cos` as HotSpot's x86-64 stubs compute them.
//!
//! The argument is written `x = N pi/32 + r + c`, with `N` the nearest integer to `32x/pi`,
//! `r` a double and `c` a correction (`pi/32` is taken in three parts so that the first two
//! products by `N` are exact). With `B = (N mod 64) pi/32`, the stubs expand
//! `sin(B + r + c)` around `r`, using a table of `sin B` and of `cos B` split as
//! `sigma + (cos B - sigma)` with `sigma` a power of two, so that the largest terms are
//! added with their rounding errors kept:
//!
//! `sin(B + r + c) = [sin B + sigma r] + (cos B - sigma) r + sin B (cos r - 1)
//!                   + cos B (sin r - r) + c (cos B - r sin B) + ...`
//!
//! `cos x` is `sin(x + pi/2)`: the same computation with `N + 16` as the table index.
//! Arguments from `2^16 * 1.375` on are first reduced modulo `pi/4`
//! ([`reduce`]); the octant moves the table index by 8 and the reduced
//! argument's second part joins the correction `c`.

use super::reduction::{Period, Reduced, reduce};
use super::tables::{
    PI_OVER_4_HEAD, PI_OVER_4_TAIL, PI_OVER_32_HEAD, PI_OVER_32_MIDDLE, PI_OVER_32_TAIL, SIN_COS,
    THIRTY_TWO_OVER_PI,
};

/// Taylor coefficients of `sin r - r`, rounded: `-1/3!`, `1/5!`, `-1/7!`, `1/9!`.
const SIN_COEFFICIENTS: [f64; 4] = [-1.0 / 6.0, 1.0 / 120.0, -1.0 / 5040.0, 1.0 / 362_880.0];
/// Taylor coefficients of `cos r - 1`, rounded: `-1/2!`, `1/4!`, `-1/6!`, `1/8!`.
const COS_COEFFICIENTS: [f64; 4] = [-0.5, 1.0 / 24.0, -1.0 / 720.0, 1.0 / 40_320.0];

/// The top 16 bits of a double's representation without the sign: bits of the exponent and
/// 4 fraction bits. Arguments whose top bits are in this range take the direct path,
/// `2^-252 <= |x| < 2^16 * 1.375`.
const DIRECT_RANGE: std::ops::RangeInclusive<u64> = 0x3030..=0x40f5;

/// `sin x` with the bits HotSpot 17's x86-64 `Math.sin` gives.
pub fn sin(x: f64) -> f64 {
    let top = (x.to_bits() >> 48) & 0x7fff;
    if DIRECT_RANGE.contains(&top) {
        return sin_near(x, 0.0, 0);
    }
    if top < 0x3030 {
        // sin x is x to within an ulp here: the stub returns x (1 - 2^-53) for subnormals and
        // (2^55 x - x) 2^-55 above.
        if top < 0x0010 {
            return x * f64::from_bits(0x3fef_ffff_ffff_ffff);
        }
        let two_pow_55 = f64::from_bits(0x4360_0000_0000_0000);
        return (two_pow_55 * x - x) * f64::from_bits(0x3c80_0000_0000_0000);
    }
    if !x.is_finite() {
        // A NaN stays (quieted), an infinity gives the default NaN.
        return x * -0.0;
    }
    let reduced = reduce_by_quarter_pi(x);
    sin_near(reduced.head, reduced.tail, 8 * reduced.count)
}

/// `cos x` with the bits HotSpot 17's x86-64 `Math.cos` gives.
pub fn cos(x: f64) -> f64 {
    let top = (x.to_bits() >> 48) & 0x7fff;
    if DIRECT_RANGE.contains(&top) {
        return sin_near(x, 0.0, 16);
    }
    if top < 0x3030 {
        return 1.0 - x.abs();
    }
    if !x.is_finite() {
        return x * -0.0;
    }
    let reduced = reduce_by_quarter_pi(x);
    sin_near(reduced.head, reduced.tail, 8 * reduced.count + 16)
}

/// `x` reduced by `pi/4`.
fn reduce_by_quarter_pi(x: f64) -> Reduced {
    reduce(x, Period::QuarterPi, (PI_OVER_4_HEAD, PI_OVER_4_TAIL))
}

/// `sin(y + y_tail + shift pi/32)` for `|y| < 2^16 * 1.375`, `y_tail` tiny.
fn sin_near(y: f64, y_tail: f64, shift: i32) -> f64 {
    // N = round(32y/pi), half-way cases away from zero.
    let n = (y * THIRTY_TWO_OVER_PI + 0.5f64.copysign(y)) as i32;
    let nf = f64::from(n);
    let entry = &SIN_COS[(n.wrapping_add(shift) & 63) as usize];

    // r = y - N pi/32 in two roundings, and -c, what r misses, from their errors.
    let r1 = y - nf * PI_OVER_32_HEAD;
    let middle = nf * PI_OVER_32_MIDDLE;
    let r = r1 - middle;
    let lost = (r1 - r) - middle;
    let minus_c = (nf * PI_OVER_32_TAIL - lost) - y_tail;

    let cos_b = entry.cos_minus_sigma + entry.sigma;
    let minus_d = entry.sin_head * r - cos_b;
    let r2 = r * r;
    let r4 = r2 * r2;
    let sin_series = series(&SIN_COEFFICIENTS, r1, r, r2, r4) * (cos_b * r * r2);
    let cos_series = series(&COS_COEFFICIENTS, r1, r, r2, r4) * (entry.sin_head * r2);

    // sin B + sigma r + (cos B - sigma) r, added with both rounding errors kept.
    let sigma_r = entry.sigma * r;
    let partial = sigma_r + entry.sin_head;
    let middle_term = r * entry.cos_minus_sigma;
    let high = middle_term + partial;
    let error_1 = (entry.sin_head - partial) + sigma_r;
    let error_2 = (partial - high) + middle_term;
    let correction = minus_c * minus_d + entry.sin_tail;
    high + ((((correction + error_1) + error_2) + sin_series) + cos_series)
}

/// `k0 + k1 r^2 + (k2 + k3 r1 r) r^4`, the stubs' evaluation of the series divided by its
/// first power (`r^3` or `r^2`); `r1` is `r` before its last correction.
fn series(k: &[f64; 4], r1: f64, r: f64, r2: f64, r4: f64) -> f64 {
    (k[1] * r2 + k[0]) + (k[3] * r1 * r + k[2]) * r4
}
