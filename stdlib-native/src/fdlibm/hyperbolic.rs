//! fdlibm's exponential (the one `sinh` and `cosh` use; `StrictMath.exp` itself is Java code
//! in JDK 17 doing the same) and hyperbolic functions.

use super::words::{from_words, hi, lo};

const O_THRESHOLD: f64 = f64::from_bits(0x40862e42_fefa39ef);
const U_THRESHOLD: f64 = f64::from_bits(0xc0874910_d52d3051);
const LN2_HI: f64 = f64::from_bits(0x3fe62e42_fee00000);
const LN2_LO: f64 = f64::from_bits(0x3dea39ef_35793c76);
const INV_LN2: f64 = f64::from_bits(0x3ff71547_652b82fe);
const TWOM1000: f64 = f64::from_bits(0x01700000_00000000);
const HUGE: f64 = 1.0e300;
const P1: f64 = f64::from_bits(0x3fc55555_5555553e);
const P2: f64 = f64::from_bits(0xbf66c16c_16bebd93);
const P3: f64 = f64::from_bits(0x3f11566a_af25de2c);
const P4: f64 = f64::from_bits(0xbebbbd41_c5d26bf1);
const P5: f64 = f64::from_bits(0x3e663769_72bea4d0);

/// e^x: x = k·ln2 + r with |r| <= ln2/2, e^r from a rational approximation, then scaled.
pub fn exp(x: f64) -> f64 {
    let hx = hi(x) as u32;
    let negative = hx >> 31 == 1;
    let hx = hx & 0x7fff_ffff;
    if hx >= 0x4086_2E42 {
        if hx >= 0x7ff0_0000 {
            if (hx & 0xf_ffff) | lo(x) != 0 {
                return x + x;
            }
            return if negative { 0.0 } else { x };
        }
        if x > O_THRESHOLD {
            return HUGE * HUGE;
        }
        if x < U_THRESHOLD {
            return TWOM1000 * TWOM1000;
        }
    }
    let (mut k, mut hi_part, mut lo_part) = (0i32, 0.0, 0.0);
    let mut x = x;
    if hx > 0x3fd6_2e42 {
        if hx < 0x3FF0_A2B2 {
            let sign = if negative { -1.0 } else { 1.0 };
            hi_part = x - sign * LN2_HI;
            lo_part = sign * LN2_LO;
            k = if negative { -1 } else { 1 };
        } else {
            let half = if negative { -0.5 } else { 0.5 };
            k = (INV_LN2 * x + half) as i32;
            let t = f64::from(k);
            hi_part = x - t * LN2_HI;
            lo_part = t * LN2_LO;
        }
        x = hi_part - lo_part;
    } else if hx < 0x3e30_0000 {
        return 1.0 + x;
    }
    let t = x * x;
    let c = x - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
    if k == 0 {
        return 1.0 - ((x * c) / (c - 2.0) - x);
    }
    let y = 1.0 - ((lo_part - (x * c) / (2.0 - c)) - hi_part);
    if k >= -1021 {
        from_words(hi(y).wrapping_add(k << 20), lo(y))
    } else {
        from_words(hi(y).wrapping_add((k + 1000) << 20), lo(y)) * TWOM1000
    }
}

/// |x| below which sinh and cosh take e^|x| directly (22).
const HI_22: i32 = 0x4036_0000;
/// |x| from which e^|x| overflows (about 709.78).
const HI_LN_MAX: i32 = 0x4086_2E42;

/// Whether e^(|x|/2)² still fits (|x| up to the overflow threshold, about 710.4758).
fn below_overflow_threshold(ix: i32, x: f64) -> bool {
    ix < 0x4086_33CE || (ix == 0x4086_33ce && lo(x) <= 0x8fb9_f87d)
}

/// `StrictMath.sinh`.
pub fn sinh(x: f64) -> f64 {
    let jx = hi(x);
    let ix = jx & 0x7fff_ffff;
    if ix >= 0x7ff0_0000 {
        return x + x;
    }
    let h = if jx < 0 { -0.5 } else { 0.5 };
    if ix < HI_22 {
        if ix < 0x3e30_0000 {
            return x;
        }
        let t = libm::expm1(x.abs());
        if ix < 0x3ff0_0000 {
            return h * (2.0 * t - t * t / (t + 1.0));
        }
        return h * (t + t / (t + 1.0));
    }
    if ix < HI_LN_MAX {
        return h * exp(x.abs());
    }
    if below_overflow_threshold(ix, x) {
        let w = exp(0.5 * x.abs());
        let t = h * w;
        return t * w;
    }
    x * 1.0e307
}

/// `StrictMath.cosh`.
pub fn cosh(x: f64) -> f64 {
    let ix = hi(x) & 0x7fff_ffff;
    if ix >= 0x7ff0_0000 {
        return x * x;
    }
    if ix < 0x3fd6_2e43 {
        // |x| < ln2/2: 1 + expm1(|x|)²/(2·e^|x|).
        let t = libm::expm1(x.abs());
        let w = 1.0 + t;
        if ix < 0x3c80_0000 {
            return w;
        }
        return 1.0 + (t * t) / (w + w);
    }
    if ix < HI_22 {
        let t = exp(x.abs());
        return 0.5 * t + 0.5 / t;
    }
    if ix < HI_LN_MAX {
        return 0.5 * exp(x.abs());
    }
    if below_overflow_threshold(ix, x) {
        let w = exp(0.5 * x.abs());
        let t = 0.5 * w;
        return t * w;
    }
    HUGE * HUGE
}

/// `StrictMath.tanh`.
pub fn tanh(x: f64) -> f64 {
    let jx = hi(x);
    let ix = jx & 0x7fff_ffff;
    if ix >= 0x7ff0_0000 {
        return if jx >= 0 {
            1.0 / x + 1.0
        } else {
            1.0 / x - 1.0
        };
    }
    let z = if ix < HI_22 {
        if ix < 0x3c80_0000 {
            return x * (1.0 + x);
        }
        if ix >= 0x3ff0_0000 {
            let t = libm::expm1(2.0 * x.abs());
            1.0 - 2.0 / (t + 2.0)
        } else {
            let t = libm::expm1(-2.0 * x.abs());
            -t / (t + 2.0)
        }
    } else {
        1.0 - 1.0e-300
    };
    if jx >= 0 { z } else { -z }
}
