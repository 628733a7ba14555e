//! The 32-bit halves of a double, as fdlibm's algorithms test and build them.

/// The high word (sign, exponent and the top 20 mantissa bits).
pub fn hi(x: f64) -> i32 {
    (x.to_bits() >> 32) as i32
}

/// The low word (the bottom 32 mantissa bits).
pub fn lo(x: f64) -> u32 {
    x.to_bits() as u32
}

/// The double with these words.
pub fn from_words(hi: i32, lo: u32) -> f64 {
    f64::from_bits(u64::from(hi as u32) << 32 | u64::from(lo))
}

/// `x` with its low word cleared.
pub fn clear_lo(x: f64) -> f64 {
    from_words(hi(x), 0)
}

/// `x` (a NaN) made quiet, as an x86 arithmetic instruction returns it.
pub fn quiet(x: f64) -> f64 {
    f64::from_bits(x.to_bits() | 0x0008_0000_0000_0000)
}

/// The NaN an x86 arithmetic instruction gives for operands `a` and `b`, one a NaN: the
/// first if it is one, else the second, made quiet. (Written out because the compiler may
/// swap the operands of `a + b`, which changes which payload comes out.)
pub fn nan_of(a: f64, b: f64) -> f64 {
    if a.is_nan() { quiet(a) } else { quiet(b) }
}

/// The NaN x86 produces for an invalid operation on non-NaN operands (such as 0/0 or
/// inf - inf): the "indefinite", negative and quiet.
pub const DEFAULT_NAN: f64 = f64::from_bits(0xfff8_0000_0000_0000);

/// What fdlibm's `x - x` (or `(x - x) / (x - x)`) gives: `x` made quiet if it is a NaN,
/// else the default NaN (for infinities; a finite `x` never reaches these uses).
pub fn invalid(x: f64) -> f64 {
    if x.is_nan() { quiet(x) } else { DEFAULT_NAN }
}
