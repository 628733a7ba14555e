//! fdlibm's natural and decimal logarithms: x = 2^k·(1+f) with 1+f in [sqrt(2)/2, sqrt(2)),
//! log(1+f) from s = f/(2+f) and a degree-14 polynomial, k·ln2 added in two parts.

use super::words::{DEFAULT_NAN, from_words, hi, invalid, lo};

const LN2_HI: f64 = f64::from_bits(0x3fe62e42_fee00000);
const LN2_LO: f64 = f64::from_bits(0x3dea39ef_35793c76);
const TWO54: f64 = 1.801_439_850_948_198_4e16;
const LG1: f64 = f64::from_bits(0x3fe55555_55555593);
const LG2: f64 = f64::from_bits(0x3fd99999_9997fa04);
const LG3: f64 = f64::from_bits(0x3fd24924_94229359);
const LG4: f64 = f64::from_bits(0x3fcc71c5_1d8e78af);
const LG5: f64 = f64::from_bits(0x3fc74664_96cb03de);
const LG6: f64 = f64::from_bits(0x3fc39a09_d078c69f);
const LG7: f64 = f64::from_bits(0x3fc2f112_df3e5244);

const IVLN10: f64 = f64::from_bits(0x3fdbcb7b_1526e50e);
const LOG10_2HI: f64 = f64::from_bits(0x3fd34413_509f6000);
const LOG10_2LO: f64 = f64::from_bits(0x3d59fef3_11f12b36);

/// The special results of both logarithms: ±0 gives -inf, negatives NaN, +inf and NaN
/// themselves. Otherwise `x` scaled out of the subnormals, its high word, and the scale.
fn special_or_scaled(x: f64) -> Result<(f64, i32, i32), f64> {
    let mut hx = hi(x);
    let mut x = x;
    let mut k = 0;
    if hx < 0x0010_0000 {
        if (hx & 0x7fff_ffff) as u32 | lo(x) == 0 {
            return Err(f64::NEG_INFINITY);
        }
        if hx < 0 {
            return Err(DEFAULT_NAN);
        }
        k -= 54;
        x *= TWO54;
        hx = hi(x);
    }
    if hx >= 0x7ff0_0000 {
        return Err(x + x);
    }
    Ok((x, hx, k))
}

/// `StrictMath.log`.
pub fn log(x: f64) -> f64 {
    let (x, hx, k) = match special_or_scaled(x) {
        Ok(v) => v,
        Err(r) => return r,
    };
    let mut k = k + (hx >> 20) - 1023;
    let hx = hx & 0x000f_ffff;
    let i = (hx + 0x95f64) & 0x10_0000;
    // Normalise x or x/2 into [sqrt(2)/2, sqrt(2)).
    let x = from_words(hx | (i ^ 0x3ff0_0000), lo(x));
    k += i >> 20;
    let f = x - 1.0;
    let dk = f64::from(k);
    if (0x000f_ffff & (2 + hx)) < 3 {
        // |f| < 2^-20.
        if f == 0.0 {
            return if k == 0 {
                0.0
            } else {
                dk * LN2_HI + dk * LN2_LO
            };
        }
        let r = f * f * (0.5 - f64::from_bits(0x3fd55555_55555555) * f);
        return if k == 0 {
            f - r
        } else {
            dk * LN2_HI - ((r - dk * LN2_LO) - f)
        };
    }
    let s = f / (2.0 + f);
    let z = s * s;
    let w = z * z;
    let t1 = w * (LG2 + w * (LG4 + w * LG6));
    let t2 = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7)));
    let r = t2 + t1;
    if (hx - 0x6147a) | (0x6b851 - hx) > 0 {
        let hfsq = 0.5 * f * f;
        if k == 0 {
            f - (hfsq - s * (hfsq + r))
        } else {
            dk * LN2_HI - ((hfsq - (s * (hfsq + r) + dk * LN2_LO)) - f)
        }
    } else if k == 0 {
        f - s * (f - r)
    } else {
        dk * LN2_HI - ((s * (f - r) - dk * LN2_LO) - f)
    }
}

/// `StrictMath.log10`: n·log10(2) + log10(x / 2^n), the second as ln(m)/ln(10), with n
/// chosen so that m is in [1, 2) for n >= 0 and [0.5, 1) for n < 0.
pub fn log10(x: f64) -> f64 {
    let (x, hx, k) = match special_or_scaled(x) {
        Ok(v) => v,
        Err(r) => return r,
    };
    let k = k + (hx >> 20) - 1023;
    let i = i32::from(k < 0);
    let hx = (hx & 0x000f_ffff) | ((0x3ff - i) << 20);
    let y = f64::from(k + i);
    let x = from_words(hx, lo(x));
    let z = y * LOG10_2LO + IVLN10 * log(x);
    z + y * LOG10_2HI
}

/// `StrictMath.log1p`: log(1+x) as `log` computes it, on 1+x = 2^k·(1+f) with a correction
/// term for the rounding of 1+x.
pub fn log1p(x: f64) -> f64 {
    let hx = hi(x);
    let ax = hx & 0x7fff_ffff;
    let mut k = 1;
    let (mut f, mut c, mut hu) = (0.0, 0.0, 0);
    if hx < 0x3FDA_827A {
        // x < 0.41422
        if ax >= 0x3ff0_0000 {
            if x == -1.0 {
                return f64::NEG_INFINITY;
            }
            return invalid(x);
        }
        if ax < 0x3e20_0000 {
            // |x| < 2^-29
            if ax < 0x3c90_0000 {
                return x;
            }
            return x - x * x * 0.5;
        }
        if hx > 0 || hx <= 0xbfd2_bec3_u32 as i32 {
            // -0.2929 < x < 0.41422
            k = 0;
            f = x;
            hu = 1;
        }
    }
    if hx >= 0x7ff0_0000 {
        return x + x;
    }
    if k != 0 {
        let u = if hx < 0x4340_0000 {
            let u = 1.0 + x;
            hu = hi(u);
            k = (hu >> 20) - 1023;
            c = if k > 0 { 1.0 - (u - x) } else { x - (u - 1.0) };
            c /= u;
            u
        } else {
            hu = hi(x);
            k = (hu >> 20) - 1023;
            c = 0.0;
            x
        };
        hu &= 0x000f_ffff;
        let u = if hu < 0x6a09e {
            from_words(hu | 0x3ff0_0000, lo(u))
        } else {
            k += 1;
            let half = from_words(hu | 0x3fe0_0000, lo(u));
            hu = (0x0010_0000 - hu) >> 2;
            half
        };
        f = u - 1.0;
    }
    let dk = f64::from(k);
    let hfsq = 0.5 * f * f;
    if hu == 0 {
        // |f| < 2^-20
        if f == 0.0 {
            if k == 0 {
                return 0.0;
            }
            c += dk * LN2_LO;
            return dk * LN2_HI + c;
        }
        let r = hfsq * (1.0 - f64::from_bits(0x3fe55555_55555555) * f);
        return if k == 0 {
            f - r
        } else {
            dk * LN2_HI - ((r - (dk * LN2_LO + c)) - f)
        };
    }
    let s = f / (2.0 + f);
    let z = s * s;
    let r = z * (LG1 + z * (LG2 + z * (LG3 + z * (LG4 + z * (LG5 + z * (LG6 + z * LG7))))));
    if k == 0 {
        f - (hfsq - s * (hfsq + r))
    } else {
        dk * LN2_HI - ((hfsq - (s * (hfsq + r) + (dk * LN2_LO + c))) - f)
    }
}
