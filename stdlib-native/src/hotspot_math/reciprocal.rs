//! The first step of the logarithm stubs (`log`, `log10`, `pow`): an approximation of `1/m`
//! (times a constant) for a mantissa `m` in `[1, 2)`, from the processor's reciprocal estimate
//! rounded to a few significant bits, which both reduces the argument and selects a table
//! entry.

/// The reciprocal estimate of `m` as HotSpot's stubs obtain it: the x86 `rcpps`
/// instruction on `m` rounded down to single precision. The estimate has only about 12
/// correct bits and its exact bits depend on the processor model; the stubs round it to
/// 8 or 10 significant bits, which the estimate's error decides for a few percent of
/// mantissas, so the same instruction is used here to choose the same table entry as HotSpot on the
/// same machine (on this AMD EPYC, the rounded estimate differs from the rounded exact
/// reciprocal for 2% of mantissas, and its steps fall elsewhere than on Intel processors).
/// Elsewhere the correctly rounded reciprocal stands in for it.
fn reciprocal_estimate(m: f32) -> f32 {
    #[cfg(target_arch = "x86_64")]
    {
        use std::arch::x86_64::{_mm_cvtss_f32, _mm_rcp_ss, _mm_set_ss};
        // SAFETY: these intrinsics only require SSE, which every x86-64 processor has (it is
        // part of the target's baseline, enabled for every x86_64 build); they touch no memory.
        unsafe { _mm_cvtss_f32(_mm_rcp_ss(_mm_set_ss(m))) }
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        1.0 / m
    }
}

/// The reciprocal estimate of a mantissa in `[1, 2)` given by its 52 fraction bits,
/// truncated to single precision first.
pub(super) fn mantissa_reciprocal_estimate(fraction: u64) -> f32 {
    reciprocal_estimate(f32::from_bits(0x3f80_0000 | (fraction >> 29) as u32))
}

/// `value` (positive, normal) rounded to 8 significant bits, to nearest with ties away from
/// zero, as a double scaled by `2^-896` (the stubs multiply it with a mantissa scaled by
/// `2^896`), and the table index the stubs derive from it: the 7 fraction bits with the
/// lowest bit of the exponent above them.
pub(super) fn round_to_8_bits(value: f32) -> (f64, usize) {
    // Adding half of the 8th significant bit and cutting below it rounds.
    let rounded = value.to_bits().wrapping_add(1 << 15) & 0xffff_0000;
    // The single's exponent and fraction moved to a double's fields keep the single's biased
    // exponent: the double is the single's value times 2^(127 - 1023).
    let scaled = f64::from_bits(u64::from(rounded) << 29);
    (scaled, ((rounded >> 16) & 0xff) as usize)
}
