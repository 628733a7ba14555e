//! fdlibm's argument reduction: x - n·pi/2 as a head and a tail, with pi/2 in pieces of 33
//! bits for medium arguments and, for huge ones, Payne and Hanek's method over the bits of
//! 2/pi (24 at a time).

use super::words::{from_words, hi, lo};

/// 2/pi in chunks of 24 bits.
const TWO_OVER_PI: [i32; 66] = [
    0xA2F983, 0x6E4E44, 0x1529FC, 0x2757D1, 0xF534DD, 0xC0DB62, 0x95993C, 0x439041, 0xFE5163,
    0xABDEBB, 0xC561B7, 0x246E3A, 0x424DD2, 0xE00649, 0x2EEA09, 0xD1921C, 0xFE1DEB, 0x1CB129,
    0xA73EE8, 0x8235F5, 0x2EBB44, 0x84E99C, 0x7026B4, 0x5F7E41, 0x3991D6, 0x398353, 0x39F49C,
    0x845F8B, 0xBDF928, 0x3B1FF8, 0x97FFDE, 0x05980F, 0xEF2F11, 0x8B5A0A, 0x6D1F6D, 0x367ECF,
    0x27CB09, 0xB74F46, 0x3F669E, 0x5FEA2D, 0x7527BA, 0xC7EBE5, 0xF17B3D, 0x0739F7, 0x8A5292,
    0xEA6BFB, 0x5FB11F, 0x8D5D08, 0x560330, 0x46FC7B, 0x6BABF0, 0xCFBC20, 0x9AF436, 0x1DA9E3,
    0x91615E, 0xE61B08, 0x659985, 0x5F14A0, 0x68408D, 0xFFD880, 0x4D7327, 0x310606, 0x1556CA,
    0x73A8C9, 0x60E27B, 0xC08C6B,
];

/// High words of n·pi/2 for n = 1..=32 (where cancellation must be checked).
const NPIO2_HW: [i32; 32] = [
    0x3FF921FB, 0x400921FB, 0x4012D97C, 0x401921FB, 0x401F6A7A, 0x4022D97C, 0x4025FDBB, 0x402921FB,
    0x402C463A, 0x402F6A7A, 0x4031475C, 0x4032D97C, 0x40346B9C, 0x4035FDBB, 0x40378FDB, 0x403921FB,
    0x403AB41B, 0x403C463A, 0x403DD85A, 0x403F6A7A, 0x40407E4C, 0x4041475C, 0x4042106C, 0x4042D97C,
    0x4043A28C, 0x40446B9C, 0x404534AC, 0x4045FDBB, 0x4046C6CB, 0x40478FDB, 0x404858EB, 0x404921FB,
];

const TWO24: f64 = 1.677_721_6e7;
const TWON24: f64 = f64::from_bits(0x3e700000_00000000);
/// 53 bits of 2/pi.
const INV_PIO2: f64 = f64::from_bits(0x3fe45f30_6dc9c883);
/// pi/2 as three 33-bit pieces, each with the tail after it.
const PIO2_1: f64 = f64::from_bits(0x3ff921fb_54400000);
const PIO2_1T: f64 = f64::from_bits(0x3dd0b461_1a626331);
const PIO2_2: f64 = f64::from_bits(0x3dd0b461_1a600000);
const PIO2_2T: f64 = f64::from_bits(0x3ba3198a_2e037073);
const PIO2_3: f64 = f64::from_bits(0x3ba3198a_2e000000);
const PIO2_3T: f64 = f64::from_bits(0x397b839a_252049c1);

/// pi/2 in pieces of 24 bits, for the huge-argument reduction.
const PIO2_PIECES: [f64; 8] = [
    f64::from_bits(0x3ff921fb_40000000),
    f64::from_bits(0x3e74442d_00000000),
    f64::from_bits(0x3cf84698_80000000),
    f64::from_bits(0x3b78cc51_60000000),
    f64::from_bits(0x39f01b83_80000000),
    f64::from_bits(0x387a2520_40000000),
    f64::from_bits(0x36e38222_80000000),
    f64::from_bits(0x3569f31d_00000000),
];

/// Reduces `x` (finite, |x| > pi/4) to `y0 + y1` = x - n·pi/2 with |y0 + y1| <= pi/4; returns
/// (n, y0, y1).
pub fn rem_pio2(x: f64) -> (i32, f64, f64) {
    let hx = hi(x);
    let ix = hx & 0x7fff_ffff;
    if ix < 0x4002_d97c {
        // |x| < 3pi/4: n is ±1.
        let sign = if hx > 0 { 1.0 } else { -1.0 };
        let z = x - sign * PIO2_1;
        let (z, tail) = if ix != 0x3ff9_21fb {
            (z, PIO2_1T)
        } else {
            // Near pi/2: 33 + 33 + 53 bits of pi/2.
            (z - sign * PIO2_2, PIO2_2T)
        };
        let y0 = z - sign * tail;
        let y1 = (z - y0) - sign * tail;
        return (if hx > 0 { 1 } else { -1 }, y0, y1);
    }
    if ix <= 0x4139_21fb {
        return medium(x, hx, ix);
    }
    if ix >= 0x7ff0_0000 {
        let nan = super::words::invalid(x);
        return (0, nan, nan);
    }
    // Huge: |x| scaled to [2^23, 2^24) and split into 24-bit integers.
    let e0 = (ix >> 20) - 1046;
    let mut z = from_words(ix - (e0 << 20), lo(x));
    let mut tx = [0.0; 3];
    for t in tx.iter_mut().take(2) {
        *t = f64::from(z as i32);
        z = (z - *t) * TWO24;
    }
    tx[2] = z;
    let mut nx = 3;
    while nx > 1 && tx[nx - 1] == 0.0 {
        nx -= 1;
    }
    let (n, y0, y1) = large(&tx[..nx], e0);
    if hx < 0 { (-n, -y0, -y1) } else { (n, y0, y1) }
}

/// |x| <= 2^19·pi/2: n = round(|x|·2/pi) and |x| - n·pi/2 with 85, 118 or 151 bits of pi/2 as
/// cancellation requires.
fn medium(x: f64, hx: i32, ix: i32) -> (i32, f64, f64) {
    let t = x.abs();
    let n = (t * INV_PIO2 + 0.5) as i32;
    let fn_ = f64::from(n);
    let mut r = t - fn_ * PIO2_1;
    let mut w = fn_ * PIO2_1T;
    let mut y0 = r - w;
    let quick = n < 32 && ix != NPIO2_HW[(n - 1) as usize];
    if !quick {
        let j = ix >> 20;
        let exponent = |v: f64| (hi(v) >> 20) & 0x7ff;
        if j - exponent(y0) > 16 {
            let t = r;
            w = fn_ * PIO2_2;
            r = t - w;
            w = fn_ * PIO2_2T - ((t - r) - w);
            y0 = r - w;
            if j - exponent(y0) > 49 {
                let t = r;
                w = fn_ * PIO2_3;
                r = t - w;
                w = fn_ * PIO2_3T - ((t - r) - w);
                y0 = r - w;
            }
        }
    }
    let y1 = (r - y0) - w;
    if hx < 0 { (-n, -y0, -y1) } else { (n, y0, y1) }
}

/// Payne-Hanek: `x` (24-bit integer chunks, value x·2^e0) times 2/pi, keeping the fraction
/// and n mod 8; the fraction times pi/2 comes back as head and tail.
fn large(x: &[f64], e0: i32) -> (i32, f64, f64) {
    /// Terms of 2/pi used beyond those x needs (fdlibm's `jk` for double-double results).
    const JK: usize = 4;
    let jx = x.len() - 1;
    let jv = ((e0 - 3) / 24).max(0) as usize;
    let mut q0 = e0 - 24 * (jv as i32 + 1);
    let chunk = |i: isize| -> f64 {
        if i < 0 {
            0.0
        } else {
            TWO_OVER_PI.get(i as usize).map_or(0.0, |&v| f64::from(v))
        }
    };
    let mut f = [0.0f64; 20];
    for (i, fi) in f.iter_mut().enumerate().take(jx + JK + 1) {
        *fi = chunk(jv as isize - jx as isize + i as isize);
    }
    let mut q = [0.0f64; 20];
    for (i, qi) in q.iter_mut().enumerate().take(JK + 1) {
        *qi = (0..=jx).fold(0.0, |acc, j| acc + x[j] * f[jx + i - j]);
    }
    let mut jz = JK;
    let mut iq = [0i32; 20];
    loop {
        // Distil q[] into 24-bit integers iq[], most significant last.
        let mut z = q[jz];
        for (i, j) in (1..=jz).rev().enumerate() {
            let fw = f64::from((TWON24 * z) as i32);
            iq[i] = (z - TWO24 * fw) as i32;
            z = q[j - 1] + fw;
        }
        z = libm::scalbn(z, q0);
        z -= 8.0 * (z * 0.125).floor();
        let mut n = z as i32;
        z -= f64::from(n);
        let mut ih = 0;
        if q0 > 0 {
            let i = iq[jz - 1] >> (24 - q0);
            n += i;
            iq[jz - 1] -= i << (24 - q0);
            ih = iq[jz - 1] >> (23 - q0);
        } else if q0 == 0 {
            ih = iq[jz - 1] >> 23;
        } else if z >= 0.5 {
            ih = 2;
        }
        if ih > 0 {
            // The fraction is above 1/2: take 1 - fraction.
            n += 1;
            let mut carry = false;
            for v in iq.iter_mut().take(jz) {
                if carry {
                    *v = 0xff_ffff - *v;
                } else if *v != 0 {
                    carry = true;
                    *v = 0x100_0000 - *v;
                }
            }
            match q0 {
                1 => iq[jz - 1] &= 0x7f_ffff,
                2 => iq[jz - 1] &= 0x3f_ffff,
                _ => {}
            }
            if ih == 2 {
                z = 1.0 - z;
                if carry {
                    z -= libm::scalbn(1.0, q0);
                }
            }
        }
        if z == 0.0 && iq[JK..jz].iter().all(|&v| v == 0) {
            // Everything cancelled: take more terms of 2/pi.
            let mut k = 1;
            while iq[JK - k] == 0 {
                k += 1;
            }
            for i in jz + 1..=jz + k {
                f[jx + i] = chunk((jv + i) as isize);
                q[i] = (0..=jx).fold(0.0, |acc, j| acc + x[j] * f[jx + i - j]);
            }
            jz += k;
            continue;
        }
        // Drop zero chunks, or split a fraction of more than 24 bits.
        if z == 0.0 {
            jz -= 1;
            q0 -= 24;
            while iq[jz] == 0 {
                jz -= 1;
                q0 -= 24;
            }
        } else {
            z = libm::scalbn(z, -q0);
            if z >= TWO24 {
                let fw = f64::from((TWON24 * z) as i32);
                iq[jz] = (z - TWO24 * fw) as i32;
                jz += 1;
                q0 += 24;
                iq[jz] = fw as i32;
            } else {
                iq[jz] = z as i32;
            }
        }
        // The fraction's chunks as doubles, then times pi/2.
        let mut fw = libm::scalbn(1.0, q0);
        for i in (0..=jz).rev() {
            q[i] = fw * f64::from(iq[i]);
            fw *= TWON24;
        }
        let mut fq = [0.0f64; 20];
        for i in (0..=jz).rev() {
            let mut sum = 0.0;
            let mut k = 0;
            while k <= JK && k <= jz - i {
                sum += PIO2_PIECES[k] * q[i + k];
                k += 1;
            }
            fq[jz - i] = sum;
        }
        let mut head = 0.0;
        for v in fq[..=jz].iter().rev() {
            head += *v;
        }
        let mut tail = fq[0] - head;
        for v in &fq[1..=jz] {
            tail += *v;
        }
        let (y0, y1) = if ih == 0 {
            (head, tail)
        } else {
            (-head, -tail)
        };
        return (n & 7, y0, y1);
    }
}
