//! fdlibm's sine, cosine and tangent: the argument reduced to [-pi/4, pi/4] as a head and a
//! tail (`rem_pio2`), then the kernel polynomials evaluated in fdlibm's order.

use super::rem_pio2::rem_pio2;
use super::words::{clear_lo, from_words, hi, invalid, lo};

/// Largest high word of |x| needing no reduction (|x| ~<= pi/4).
const PIO4_HI: i32 = 0x3fe9_21fb;
/// High word of infinity: NaN and infinities from there on.
const INF_HI: i32 = 0x7ff0_0000;

const S1: f64 = f64::from_bits(0xbfc55555_55555549);
const S2: f64 = f64::from_bits(0x3f811111_1110f8a6);
const S3: f64 = f64::from_bits(0xbf2a01a0_19c161d5);
const S4: f64 = f64::from_bits(0x3ec71de3_57b1fe7d);
const S5: f64 = f64::from_bits(0xbe5ae5e6_8a2b9ceb);
const S6: f64 = f64::from_bits(0x3de5d93a_5acfd57c);

const C1: f64 = f64::from_bits(0x3fa55555_5555554c);
const C2: f64 = f64::from_bits(0xbf56c16c_16c15177);
const C3: f64 = f64::from_bits(0x3efa01a0_19cb1590);
const C4: f64 = f64::from_bits(0xbe927e4f_809c52ad);
const C5: f64 = f64::from_bits(0x3e21ee9e_bdb4b1c4);
const C6: f64 = f64::from_bits(0xbda8fae9_be8838d4);

/// The tangent polynomial's coefficients T0..T12.
const T: [f64; 13] = [
    f64::from_bits(0x3fd55555_55555563),
    f64::from_bits(0x3fc11111_1110fe7a),
    f64::from_bits(0x3faba1ba_1bb341fe),
    f64::from_bits(0x3f9664f4_8406d637),
    f64::from_bits(0x3f8226e3_e96e8493),
    f64::from_bits(0x3f6d6d22_c9560328),
    f64::from_bits(0x3f57dbc8_fee08315),
    f64::from_bits(0x3f4344d8_f2f26501),
    f64::from_bits(0x3f3026f7_1a8d1068),
    f64::from_bits(0x3f147e88_a03792a6),
    f64::from_bits(0x3f12b80f_32f0a7e9),
    f64::from_bits(0xbef375cb_db605373),
    f64::from_bits(0x3efb2a70_74bf7ad4),
];
const PIO4: f64 = f64::from_bits(0x3fe921fb_54442d18);
const PIO4_LO: f64 = f64::from_bits(0x3c81a626_33145c07);

/// sin(x + y) for |x| <= pi/4, `y` the tail of `x` (ignored when `tail_is_zero`).
fn kernel_sin(x: f64, y: f64, tail_is_zero: bool) -> f64 {
    let ix = hi(x) & 0x7fff_ffff;
    if ix < 0x3e40_0000 {
        return x;
    }
    let z = x * x;
    let v = z * x;
    let r = S2 + z * (S3 + z * (S4 + z * (S5 + z * S6)));
    if tail_is_zero {
        x + v * (S1 + z * r)
    } else {
        x - ((z * (0.5 * y - v * r) - y) - v * S1)
    }
}

/// cos(x + y) for |x| <= pi/4: 1 - x²/2 + x⁴·r, with the subtraction split for |x| >= 0.3
/// so that it stays exact.
fn kernel_cos(x: f64, y: f64) -> f64 {
    let ix = hi(x) & 0x7fff_ffff;
    if ix < 0x3e40_0000 {
        return 1.0;
    }
    let z = x * x;
    let r = z * (C1 + z * (C2 + z * (C3 + z * (C4 + z * (C5 + z * C6)))));
    if ix < 0x3fd3_3333 {
        return 1.0 - (0.5 * z - (z * r - x * y));
    }
    let qx = if ix > 0x3fe9_0000 {
        0.28125
    } else {
        from_words(ix - 0x0020_0000, 0)
    };
    let hz = 0.5 * z - qx;
    let a = 1.0 - qx;
    a - (hz - (z * r - x * y))
}

/// -1/w computed carefully from `w = x + r` split as head and tail.
fn careful_negative_reciprocal(w: f64, x: f64, r: f64) -> f64 {
    let z = clear_lo(w);
    let v = r - (z - x);
    let a = -1.0 / w;
    let t = clear_lo(a);
    let s = 1.0 + t * z;
    t + a * (s + t * v)
}

/// tan(x + y) for |x| <= pi/4 (`odd` false) or -1/tan(x + y) (`odd` true).
fn kernel_tan(x: f64, y: f64, odd: bool) -> f64 {
    let hx = hi(x);
    let ix = hx & 0x7fff_ffff;
    if ix < 0x3e30_0000 {
        if (ix as u32 | lo(x)) == 0 && odd {
            return 1.0 / x.abs();
        }
        if !odd {
            return x;
        }
        return careful_negative_reciprocal(x + y, x, y);
    }
    let (mut x, mut y) = (x, y);
    let big = ix >= 0x3fe5_9428;
    if big {
        if hx < 0 {
            x = -x;
            y = -y;
        }
        let z = PIO4 - x;
        let w = PIO4_LO - y;
        x = z + w;
        y = 0.0;
    }
    let z = x * x;
    let w = z * z;
    let r = T[1] + w * (T[3] + w * (T[5] + w * (T[7] + w * (T[9] + w * T[11]))));
    let v = z * (T[2] + w * (T[4] + w * (T[6] + w * (T[8] + w * (T[10] + w * T[12])))));
    let s = z * x;
    let mut r = y + z * (s * (r + v) + y);
    r += T[0] * s;
    let w = x + r;
    if big {
        let v = if odd { -1.0 } else { 1.0 };
        let sign = f64::from(1 - ((hx >> 30) & 2));
        return sign * (v - 2.0 * (x - (w * w / (w + v) - r)));
    }
    if !odd {
        return w;
    }
    careful_negative_reciprocal(w, x, r)
}

/// `StrictMath.sin`.
pub fn sin(x: f64) -> f64 {
    let ix = hi(x) & 0x7fff_ffff;
    if ix <= PIO4_HI {
        return kernel_sin(x, 0.0, true);
    }
    if ix >= INF_HI {
        return invalid(x);
    }
    let (n, y0, y1) = rem_pio2(x);
    match n & 3 {
        0 => kernel_sin(y0, y1, false),
        1 => kernel_cos(y0, y1),
        2 => -kernel_sin(y0, y1, false),
        _ => -kernel_cos(y0, y1),
    }
}

/// `StrictMath.cos`.
pub fn cos(x: f64) -> f64 {
    let ix = hi(x) & 0x7fff_ffff;
    if ix <= PIO4_HI {
        return kernel_cos(x, 0.0);
    }
    if ix >= INF_HI {
        return invalid(x);
    }
    let (n, y0, y1) = rem_pio2(x);
    match n & 3 {
        0 => kernel_cos(y0, y1),
        1 => -kernel_sin(y0, y1, false),
        2 => -kernel_cos(y0, y1),
        _ => kernel_sin(y0, y1, false),
    }
}

/// `StrictMath.tan`.
pub fn tan(x: f64) -> f64 {
    let ix = hi(x) & 0x7fff_ffff;
    if ix <= PIO4_HI {
        return kernel_tan(x, 0.0, false);
    }
    if ix >= INF_HI {
        return invalid(x);
    }
    let (n, y0, y1) = rem_pio2(x);
    kernel_tan(y0, y1, n & 1 == 1)
}
