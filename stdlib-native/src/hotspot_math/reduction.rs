//! Reduction of huge arguments of `sin`, `cos` (modulo `pi/4`) and `tan` (modulo `pi/2`) as
//! HotSpot's stubs do it (Payne and Hanek's method): the mantissa is multiplied by a 224-bit
//! window of the bits of `2/pi`, chosen by the exponent so that the product holds the last
//! bits of the quotient and enough bits of the fraction; the fraction is then converted to a
//! double-double and multiplied by `pi/4`.

use super::tables::TWO_OVER_PI_WORDS;

/// The period an argument is reduced by.
#[derive(Clone, Copy)]
pub(super) enum Period {
    /// `pi/4`, for `sin` and `cos`.
    QuarterPi,
    /// `pi/2`, for `tan`.
    HalfPi,
}

/// An argument reduced by a period `p`: `x = count p + head + tail` (modulo `2 pi`), with
/// `|head + tail| <= p/2`.
pub(super) struct Reduced {
    /// The reduced argument, rounded.
    pub(super) head: f64,
    /// The rest of the reduced argument.
    pub(super) tail: f64,
    /// The number of periods taken away, modulo 8 for `pi/4` and 4 for `pi/2` (negative for
    /// negative arguments).
    pub(super) count: i32,
}

/// The product in 32-bit limbs, least significant first (bits 32 to 255 of the product of
/// the mantissa with the window; its lowest 32 bits are always zero and left out).
type Limbs = [u32; 7];

/// `2/pi`'s 32-bit word `k` (zero before the binary point, for negative `k`).
fn two_over_pi_word(k: i64) -> u64 {
    usize::try_from(k)
        .ok()
        .and_then(|k| TWO_OVER_PI_WORDS.get(k))
        .map_or(0, |&w| u64::from(w))
}

/// Adds `value` to `limbs` at limb `at` (limb `at` of the product has weight `2^(32 at + 32)`),
/// dropping what carries beyond the top limb.
fn add_at(limbs: &mut Limbs, at: usize, value: u64) {
    let mut carry = u128::from(value);
    for limb in limbs.iter_mut().skip(at) {
        carry += u128::from(*limb);
        *limb = carry as u32;
        carry >>= 32;
    }
}

/// `len` (at most 64) bits of `limbs` from bit `from` up (bits below 0 read as zero).
fn bit_field(limbs: &Limbs, from: i64, len: u32) -> u64 {
    let mut out = 0u64;
    for i in (0..i64::from(len)).rev() {
        let position = from + i;
        let bit = if position < 0 {
            0
        } else {
            let limb = limbs.get((position / 32) as usize).copied().unwrap_or(0);
            (limb >> (position % 32)) & 1
        };
        out = (out << 1) | u64::from(bit);
    }
    out
}

/// `2^k` for `k` in the normal exponent range.
fn pow2(k: i64) -> f64 {
    f64::from_bits(((k + 1023) as u64) << 52)
}

/// Reduces a finite `x` with `|x| >= 2^13` by `period`, rounding to the nearest multiple;
/// `pi_over_4` is `pi/4` as a head and a tail, by which the reduced fraction is multiplied.
pub(super) fn reduce(x: f64, period: Period, pi_over_4: (f64, f64)) -> Reduced {
    let bits = x.to_bits();
    let exponent = ((bits >> 52) & 0x7ff) as i64;
    let mantissa = (bits & ((1 << 52) - 1)) | (1 << 52);
    let (mantissa_high, mantissa_low) = (mantissa >> 32, mantissa & 0xffff_ffff);

    // The window: seven words of 2/pi from `first`, where the words before the window only
    // contribute multiples of 8 octants.
    let first = (exponent - 1014).div_euclid(32) - 2;
    let window: [u64; 7] = std::array::from_fn(|i| two_over_pi_word(first + i as i64));
    // product = mantissa * window, less the lowest partial product (low mantissa word times
    // the last window word), which only adds to bits far below those used.
    let mut product: Limbs = [0; 7];
    for (i, &word) in window.iter().enumerate() {
        if i < 6 {
            add_at(&mut product, 5 - i, word * mantissa_low);
        }
        if i > 0 {
            add_at(&mut product, 6 - i, word * mantissa_high);
        }
    }
    // |x| 4/pi = product * 2^-units; the quotient by the period starts at bit `whole`.
    let units = 1266 + 32 * first - exponent;
    let (whole, count_bits) = match period {
        Period::QuarterPi => (units, 3),
        Period::HalfPi => (units + 1, 2),
    };
    let mut count = bit_field(&product, whole, count_bits) as i32;
    let mut negative = bits >> 63 != 0;
    // Keep the fraction; past one half, round up to the next multiple and take 1 - fraction.
    let mut fraction = product;
    clear_from(&mut fraction, whole);
    if bit_field(&fraction, whole - 1, 1) == 1 {
        negate(&mut fraction);
        clear_from(&mut fraction, whole);
        count += 1;
        negative = !negative;
    }
    let count = count & ((1 << count_bits) - 1);
    let count = if bits >> 63 != 0 { -count } else { count };
    let Some(leading) = highest_bit(&fraction) else {
        return Reduced {
            head: 0.0,
            tail: 0.0,
            count,
        };
    };
    // The fraction as a 30-bit head and the 63 bits after it (one more is dropped), each
    // converted to a double (the second rounded), scaled so that a + b is the reduced
    // argument in units of pi/4.
    let head_bits = bit_field(&fraction, leading - 29, 30);
    let tail_bits = bit_field(&fraction, leading - 29 - 64, 64) >> 1;
    let sign = if negative { -1.0 } else { 1.0 };
    let a = sign * head_bits as f64 * pow2(leading - 29 - units);
    let b = sign * tail_bits as f64 * pow2(leading - 29 - 63 - units);
    // (a + b) pi/4 as a double-double.
    let (pi_over_4_head, pi_over_4_tail) = pi_over_4;
    let high = a * pi_over_4_head;
    let low = pi_over_4_tail * (a + b) + b * pi_over_4_head;
    let head = high + low;
    let tail = low + (high - head);
    Reduced { head, tail, count }
}

/// Clears the bits from `from` up.
fn clear_from(limbs: &mut Limbs, from: i64) {
    for (i, limb) in limbs.iter_mut().enumerate() {
        let start = 32 * i as i64;
        if start >= from {
            *limb = 0;
        } else if start + 32 > from {
            *limb &= (1u32 << (from - start)) - 1;
        }
    }
}

/// Two's complement negation (modulo the limbs' range).
fn negate(limbs: &mut Limbs) {
    let mut carry = 1u64;
    for limb in limbs.iter_mut() {
        let sum = u64::from(!*limb) + carry;
        *limb = sum as u32;
        carry = sum >> 32;
    }
}

/// The position of the highest set bit, if any.
fn highest_bit(limbs: &Limbs) -> Option<i64> {
    limbs
        .iter()
        .enumerate()
        .rev()
        .find(|(_, limb)| **limb != 0)
        .map(|(i, &limb)| 32 * i as i64 + 31 - i64::from(limb.leading_zeros()))
}
