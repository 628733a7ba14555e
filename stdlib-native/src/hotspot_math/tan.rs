//! `Math.tan` as HotSpot's x86-64 stub computes it.
//!
//! The argument is written `x = N pi/32 + r` (`N` the nearest integer to `32x/pi`,
//! `|r| <= pi/64`) and `tan x` is expanded around `B = (N mod 32) pi/32` as a polynomial of
//! degree 15 in `r` whose coefficients come from a table of 32 entries. Near the poles
//! (`B` within `7 pi/32` of `pi/2`) the expansion leaves out the pole term `-1/u`, with
//! `u = x - n pi/2` the distance to the nearest multiple of `pi/2`; that term is computed from
//! a reciprocal of `u`, split so that its head is exact. The large terms (table value,
//! linear term, pole term) are added with their rounding errors kept.
//!
//! Small arguments use an odd polynomial; from `2^13 * 1.5625` on, arguments are first
//! reduced modulo `pi/2` ([`reduce`]), the quadrant moving the table index by 16.

use super::reduction::{Period, reduce};
use super::tables::{
    POLE_PI_OVER_32_HEAD, POLE_PI_OVER_32_MIDDLE, POLE_PI_OVER_32_REST, POLE_PI_OVER_32_TAIL, TAN,
    TAN_PI_OVER_4_HEAD, TAN_PI_OVER_4_TAIL, TAN_PI_OVER_32_HEAD, TAN_PI_OVER_32_MIDDLE,
    TAN_PI_OVER_32_TAIL, THIRTY_TWO_OVER_PI, TWO_OVER_PI,
};

/// Fitted coefficients of the stub's odd polynomial for `tan x` on `2^-29 <= |x| < 0.1`:
/// `tan x = x + x^3 (Q3 + Q5 x^2 + Q7 x^4 + Q9 x^6 + Q11 x^8)` (close to the Taylor
/// coefficients 1/3, 2/15, 17/315, 62/2835, 1382/155925).
const Q3: f64 = f64::from_bits(0x3fd5_5555_5555_5612);
/// See [`Q3`].
const Q5: f64 = f64::from_bits(0x3fc1_1111_1109_2746);
/// See [`Q3`].
const Q7: f64 = f64::from_bits(0x3fab_a1ba_52c4_c8ab);
/// See [`Q3`].
const Q9: f64 = f64::from_bits(0x3f96_64a0_bf84_7a43);
/// See [`Q3`].
const Q11: f64 = f64::from_bits(0x3f82_609a_b8fe_4d77);

/// Keeps the sign, exponent and top 34 fraction bits: the rough distance to the pole whose
/// reciprocal is taken.
const POLE_DISTANCE_MASK: u64 = 0xffff_ffff_fffc_0000;
/// Keeps the sign, exponent and top 17 fraction bits of the reciprocal, so that its product
/// with the rough distance is exact.
const RECIPROCAL_HEAD_MASK: u64 = 0xffff_fff8_0000_0000;
/// The top 16 bits (sign excluded) of the arguments that take the direct path,
/// `0.1015625 <= |x| < 2^13 * 1.5625`.
const DIRECT_RANGE: std::ops::RangeInclusive<u64> = 0x3fba..=0x40c8;

/// `tan x` with the bits HotSpot 17's x86-64 `Math.tan` gives.
pub fn tan(x: f64) -> f64 {
    let top = (x.to_bits() >> 48) & 0x7fff;
    if DIRECT_RANGE.contains(&top) {
        // -0.0 adds nothing to any correction, whatever its sign.
        return tan_near(x, -0.0, 0);
    }
    if top < 0x3fba {
        if top < 0x0010 {
            return x;
        }
        if top < 0x3e20 {
            // tan x is x to within an ulp here: the stub returns (x + 2^55 x) 2^-55.
            let two_pow_55 = f64::from_bits(0x4360_0000_0000_0000);
            return (x + two_pow_55 * x) * f64::from_bits(0x3c80_0000_0000_0000);
        }
        let x2 = x * x;
        let x3 = x * x2;
        return x + ((((Q11 * x2 + Q9) * x2 + Q7) * x2 + Q5) * x2 + Q3) * x3;
    }
    if !x.is_finite() {
        return x * -0.0;
    }
    let reduced = reduce(x, Period::HalfPi, (TAN_PI_OVER_4_HEAD, TAN_PI_OVER_4_TAIL));
    tan_near(reduced.head, reduced.tail, 16 * reduced.count)
}

/// `tan(y + y_tail + shift pi/32)` for `|y| < 2^13 * 1.5625`, `y_tail` tiny.
fn tan_near(y: f64, y_tail: f64, shift: i32) -> f64 {
    let half = 0.5f64.copysign(y);
    // The nearest multiples of pi/2 (in units of pi/32) and of pi/32.
    let pole_units = 16.0 * f64::from((y * TWO_OVER_PI + half) as i32);
    let n = (y * THIRTY_TWO_OVER_PI + half) as i32;
    let nf = f64::from(n);
    let entry = &TAN[(n.wrapping_add(shift) & 31) as usize];

    // u = y - pole_units pi/32: a rough head of 35 bits and its correction.
    let u1 = y - pole_units * POLE_PI_OVER_32_HEAD;
    let u_head =
        f64::from_bits((u1 - pole_units * POLE_PI_OVER_32_REST).to_bits() & POLE_DISTANCE_MASK);
    let u2 = u1 - pole_units * POLE_PI_OVER_32_MIDDLE;
    let u_lost =
        ((u1 - u2) - pole_units * POLE_PI_OVER_32_MIDDLE) - pole_units * POLE_PI_OVER_32_TAIL;
    let u_correction = (u_lost + y_tail) + (u2 - u_head);
    // r = y - N pi/32 and its correction.
    let r1 = y - nf * TAN_PI_OVER_32_HEAD;
    let r = r1 - nf * TAN_PI_OVER_32_MIDDLE;
    let r_correction =
        (((r1 - r) - nf * TAN_PI_OVER_32_MIDDLE) - nf * TAN_PI_OVER_32_TAIL) + y_tail;
    let reciprocal = 1.0 / u_head;

    let polynomial = expansion_beyond_linear(&entry.coefficients, r);
    // The linear term (sigma + slope) r with its rounding error.
    let sigma_r = entry.sigma * r;
    let slope_r = entry.slope_minus_sigma * r;
    let linear = sigma_r + slope_r;
    let linear_error = slope_r + (sigma_r - linear);
    let small = (((entry.sigma + entry.slope_minus_sigma) * r_correction + entry.value_tail)
        + linear_error)
        + polynomial;

    // The pole term -1/u = -(reciprocal head) - (1/u - reciprocal head); the second part is
    // reciprocal * (1 - u_head head - u_correction reciprocal).
    let (mask, tau) = if entry.has_pole {
        (RECIPROCAL_HEAD_MASK, 1.0)
    } else {
        (0, 0.0)
    };
    let reciprocal_head = f64::from_bits(reciprocal.to_bits() & mask);
    let pole_rest =
        ((1.0 - u_head * reciprocal_head) - u_correction * reciprocal) * (reciprocal * tau);
    let big = reciprocal_head - entry.value_head;
    let sum = linear - big;
    let sum_error = linear - (big + sum);
    ((small + sum_error) - pole_rest) + sum
}

/// The expansion's terms of degrees 2 to 15 in `r`, `c` holding their coefficients, in the
/// stub's evaluation order: two halves of degrees 2 to 7 and 8 to 15 (the latter scaled by
/// `r^8`), each as `(c_k + c_k+1 r) r^0 + (c_k+2 + c_k+3 r) r^2 + c_k+4 r^4 + (...) r^5`.
fn expansion_beyond_linear(c: &[f64; 14], r: f64) -> f64 {
    let r2 = r * r;
    let r4 = r2 * r2;
    let r5 = r * r4;
    let r8 = r4 * r4;
    let low = ((c[1] * r + c[0]) * r2 + c[2] * r4) + ((c[4] * r + c[3]) + c[5] * r2) * r5;
    let high = (((c[7] * r + c[6]) + (c[9] * r + c[8]) * r2) + c[10] * r4)
        + ((c[12] * r + c[11]) + c[13] * r2) * r5;
    r8 * high + low
}
