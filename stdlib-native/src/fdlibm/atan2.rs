//! fdlibm's two-argument arc tangent: special cases by quadrant, then atan(|y/x|) moved into
//! the quadrant with pi split in two parts.

use super::words::{from_words, hi, lo, nan_of};

const TINY: f64 = 1.0e-300;
const PI_O_4: f64 = f64::from_bits(0x3fe921fb_54442d18);
const PI_O_2: f64 = f64::from_bits(0x3ff921fb_54442d18);
const PI: f64 = f64::from_bits(0x400921fb_54442d18);
const PI_LO: f64 = f64::from_bits(0x3ca1a626_33145c07);

/// `StrictMath.atan2(y, x)`.
pub fn atan2(y: f64, x: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return nan_of(x, y);
    }
    let (hx, hy) = (hi(x), hi(y));
    let (ix, iy) = (hx & 0x7fff_ffff, hy & 0x7fff_ffff);
    let (lx, ly) = (lo(x), lo(y));
    if (hx.wrapping_sub(0x3ff0_0000) as u32 | lx) == 0 {
        return libm::atan(y);
    }
    // Quadrant: bit 0 the sign of y, bit 1 the sign of x.
    let m = ((hy >> 31) & 1) | ((hx >> 30) & 2);
    if (iy as u32 | ly) == 0 {
        return match m {
            0 | 1 => y,
            2 => PI + TINY,
            _ => -PI - TINY,
        };
    }
    if (ix as u32 | lx) == 0 {
        return if hy < 0 {
            -PI_O_2 - TINY
        } else {
            PI_O_2 + TINY
        };
    }
    if ix == 0x7ff0_0000 {
        return if iy == 0x7ff0_0000 {
            match m {
                0 => PI_O_4 + TINY,
                1 => -PI_O_4 - TINY,
                2 => 3.0 * PI_O_4 + TINY,
                _ => -3.0 * PI_O_4 - TINY,
            }
        } else {
            match m {
                0 => 0.0,
                1 => -0.0,
                2 => PI + TINY,
                _ => -PI - TINY,
            }
        };
    }
    if iy == 0x7ff0_0000 {
        return if hy < 0 {
            -PI_O_2 - TINY
        } else {
            PI_O_2 + TINY
        };
    }
    let k = (iy - ix) >> 20;
    let z = if k > 60 {
        PI_O_2 + 0.5 * PI_LO
    } else if hx < 0 && k < -60 {
        0.0
    } else {
        libm::atan((y / x).abs())
    };
    match m {
        0 => z,
        1 => from_words(hi(z) ^ i32::MIN, lo(z)),
        2 => PI - (z - PI_LO),
        _ => (z - PI_LO) - PI,
    }
}
