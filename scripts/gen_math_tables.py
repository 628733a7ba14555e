#!/usr/bin/env python3
"""Generates stdlib-native/src/hotspot_math/tables/: the tables of Cortado's versions of
HotSpot's x86-64 Math stubs, computed from their mathematical definitions with mpmath.

Run from the repository root: python3 scripts/gen_math_tables.py
"""

import os
import struct
import sys

import mpmath

mpmath.mp.prec = 400
OUT = "stdlib-native/src/hotspot_math/tables"


def bits(value):
    """The IEEE binary64 bits of an mpmath number rounded to nearest."""
    return struct.unpack("<Q", struct.pack("<d", float(value)))[0]


def truncated(value, significant_bits):
    """`value` cut (towards zero) to `significant_bits` significant bits, as an mpf."""
    m, e = mpmath.frexp(value)
    scale = mpmath.mpf(2) ** significant_bits
    return mpmath.ldexp(mpmath.floor(m * scale) / scale, e) if value > 0 else -truncated(-value, significant_bits)


def hexword(b):
    h = "%016x" % b
    return "0x%s_%s_%s_%s" % (h[0:4], h[4:8], h[8:12], h[12:16])


def exp2_fractions():
    """2^(j/64), j in 0..64: the fraction bits of its value truncated to 53 bits, and the
    relative tail (2^(j/64) - head) / head rounded to nearest."""
    rows = []
    for j in range(64):
        exact = mpmath.power(2, mpmath.mpf(j) / 64)
        head = truncated(exact, 53)
        tail = (exact - head) / head
        rows.append("    (%s, f64::from_bits(%s))," % (hexword(bits(head) & ((1 << 52) - 1)), hexword(bits(tail))))
    return rows


def ln_reciprocals():
    """-ln(B) for B = (128 + i) / 256, i in 0..=128: a head rounded to a multiple of 2^-43
    and the rest rounded to nearest."""
    rows = []
    for i in range(129):
        exact = -mpmath.log(mpmath.mpf(128 + i) / 256)
        head = mpmath.nint(exact * 2**43) / 2**43
        rows.append("    (f64::from_bits(%s), f64::from_bits(%s))," % (hexword(bits(head)), hexword(bits(exact - head))))
    return rows


def log10_ratios():
    """log10(c / B) for c = 0.43359375 and B = (1 + i/128) / 8 for i in 94..128, then
    (1 + (i - 128)/128) / 4 for i in 128..=222 (the values the rounded estimate of c/m takes):
    a head rounded to a multiple of 2^-44 and the rest rounded to nearest."""
    rows = []
    c = mpmath.mpf("0.43359375")
    for i in range(94, 223):
        b = (1 + mpmath.mpf(i) / 128) / 8 if i < 128 else (1 + mpmath.mpf(i - 128) / 128) / 4
        exact = mpmath.log10(c / b)
        head = mpmath.nint(exact * 2**44) / 2**44
        rows.append("    (f64::from_bits(%s), f64::from_bits(%s))," % (hexword(bits(head)), hexword(bits(exact - head))))
    return rows


def closest_power_of_two(value):
    """The signed power of two closest to `value` (0 for 0)."""
    if value == 0:
        return mpmath.mpf(0)
    sign = 1 if value > 0 else -1
    candidates = [sign * mpmath.mpf(2) ** k for k in range(-60, 3)]
    return min(candidates, key=lambda p: abs(value - p))


def sin_cos_table():
    """For B = M pi/32, M in 0..64: sigma, the power of two closest to cos B; cos B - sigma
    rounded to nearest; sin B rounded to nearest, and the rest rounded to single precision."""
    rows = []
    for m in range(64):
        cos_b = mpmath.cospi(mpmath.mpf(m) / 32)
        sin_b = mpmath.sinpi(mpmath.mpf(m) / 32)
        sigma = closest_power_of_two(cos_b)
        sin_head = mpmath.mpf(float(sin_b))
        sin_tail = struct.unpack("<f", struct.pack("<f", float(sin_b - sin_head)))[0]
        rows.append(
            "    SinCosEntry { cos_minus_sigma: f64::from_bits(%s), sin_head: f64::from_bits(%s), sin_tail: f64::from_bits(%s), sigma: f64::from_bits(%s) },"
            % (hexword(bits(cos_b - sigma)), hexword(bits(sin_head)), hexword(bits(sin_tail)), hexword(bits(sigma)))
        )
    return rows


def two_over_pi_words(count):
    """The fraction of 2/pi rounded to nearest to `count` 32-bit words, most significant first."""
    mpmath.mp.prec = 32 * count + 64
    scaled = int(mpmath.nint((2 / mpmath.pi) * mpmath.mpf(2) ** (32 * count)))
    mpmath.mp.prec = 400
    return ["0x%08x," % ((scaled >> (32 * (count - 1 - k))) & 0xFFFFFFFF) for k in range(count)]


def rounded_to_multiple(value, exponent):
    """`value` rounded to the nearest multiple of 2^exponent, as an mpf."""
    return mpmath.nint(value * mpmath.mpf(2) ** -exponent) * mpmath.mpf(2) ** exponent


def constants():
    """Constants derived from pi: 32/pi and 2/pi, pi/32 in three parts (the first two short
    enough to be multiplied exactly by the integers the reductions use) in three variants,
    pi/4 in two parts in two variants."""
    pi32 = mpmath.pi / 32
    p1 = rounded_to_multiple(pi32, -34)
    p2 = rounded_to_multiple(pi32 - p1, -69)
    t1 = rounded_to_multiple(pi32, -38)
    t2 = rounded_to_multiple(pi32 - t1, -77)
    q1 = rounded_to_multiple(pi32, -42)
    q2 = rounded_to_multiple(pi32 - q1, -82)
    pi4 = mpmath.pi / 4
    pi4_head = mpmath.floor(pi4 * 2**23) / 2**23
    pi4_short = mpmath.floor(pi4 * 2**21) / 2**21
    return [
        ("THIRTY_TWO_OVER_PI", "`32/pi` rounded to nearest.", 32 / mpmath.pi),
        ("TWO_OVER_PI", "`2/pi` rounded to nearest.", 2 / mpmath.pi),
        ("PI_OVER_32_HEAD", "`pi/32` rounded to a multiple of `2^-34` (31 significant bits).", p1),
        ("PI_OVER_32_MIDDLE", "The rest of `pi/32` rounded to a multiple of `2^-69`.", p2),
        ("PI_OVER_32_TAIL", "The rest of `pi/32` after the head and middle, rounded to nearest.", pi32 - p1 - p2),
        ("TAN_PI_OVER_32_HEAD", "`pi/32` rounded to a multiple of `2^-38` (35 significant bits).", t1),
        ("TAN_PI_OVER_32_MIDDLE", "The rest of `pi/32` rounded to a multiple of `2^-77`.", t2),
        ("TAN_PI_OVER_32_TAIL", "The rest of `pi/32` after [`TAN_PI_OVER_32_HEAD`] and [`TAN_PI_OVER_32_MIDDLE`], rounded to nearest.", pi32 - t1 - t2),
        ("POLE_PI_OVER_32_HEAD", "`pi/32` rounded to a multiple of `2^-42` (39 significant bits).", q1),
        ("POLE_PI_OVER_32_MIDDLE", "The rest of `pi/32` rounded to a multiple of `2^-82`.", q2),
        ("POLE_PI_OVER_32_REST", "`pi/32 - POLE_PI_OVER_32_HEAD`, rounded to nearest.", pi32 - q1),
        ("POLE_PI_OVER_32_TAIL", "The rest of `pi/32` after [`POLE_PI_OVER_32_HEAD`] and [`POLE_PI_OVER_32_MIDDLE`], rounded to nearest.", pi32 - q1 - q2),
        ("PI_OVER_4_HEAD", "`pi/4` cut to a multiple of `2^-23`.", pi4_head),
        ("PI_OVER_4_TAIL", "`pi/4 - PI_OVER_4_HEAD`, rounded to nearest.", pi4 - pi4_head),
        ("TAN_PI_OVER_4_HEAD", "`pi/4` cut to a multiple of `2^-21`.", pi4_short),
        ("TAN_PI_OVER_4_TAIL", "`pi/4 - TAN_PI_OVER_4_HEAD`, rounded to nearest.", pi4 - pi4_short),
    ]


def tan_series(n):
    """Coefficients of r^0 .. r^(n-1) of tan r."""
    out = [mpmath.mpf(0)] * n
    for k in range(1, (n + 1) // 2 + 1):
        power = 2 * k - 1
        if power < n:
            b = mpmath.bernoulli(2 * k)
            out[power] = (-1) ** (k - 1) * 2 ** (2 * k) * (2 ** (2 * k) - 1) * b / mpmath.factorial(2 * k)
    return out


def series_mul(a, b):
    n = len(a)
    return [mpmath.fsum(a[i] * b[k - i] for i in range(k + 1)) for k in range(n)]


def series_div(a, b):
    """a / b for power series with b[0] != 0."""
    n = len(a)
    q = [mpmath.mpf(0)] * n
    for k in range(n):
        q[k] = (a[k] - mpmath.fsum(q[i] * b[k - i] for i in range(k))) / b[0]
    return q


def rounded_to_significant(value, significant_bits):
    """`value` rounded to nearest with `significant_bits` significant bits, as an mpf."""
    if value == 0:
        return mpmath.mpf(0)
    m, e = mpmath.frexp(value)
    scale = mpmath.mpf(2) ** significant_bits
    return mpmath.ldexp(mpmath.nint(m * scale) / scale, e)


def tan_expansion(j, n=16):
    """The power series in r of tan(j pi/32 + r), less the pole term -1/(j pi/32 + r - pi/2)
    for j in 9..=23 (where the stub adds that term from a reciprocal)."""
    tangent = tan_series(n)
    if 9 <= j <= 23:
        if j == 16:
            # -cot r + 1/r
            out = [mpmath.mpf(0)] * n
            for k in range(1, n):
                power = 2 * k - 1
                if power < n:
                    out[power] = -((-1) ** k) * 2 ** (2 * k) * mpmath.bernoulli(2 * k) / mpmath.factorial(2 * k)
            return out
        v0 = (j - 16) * mpmath.pi / 32
        t0 = mpmath.tan(v0)
        num = [-(1 if k == 0 else 0) + t0 * tangent[k] for k in range(n)]
        den = [t0 + tangent[k] if k == 0 else tangent[k] for k in range(n)]
        den[0] = t0
        value = series_div(num, den)
        return [value[k] + (-1) ** k / v0 ** (k + 1) for k in range(n)]
    t = mpmath.sinpi(mpmath.mpf(j) / 32) / mpmath.cospi(mpmath.mpf(j) / 32)
    num = [t + tangent[k] if k == 0 else tangent[k] for k in range(n)]
    num[0] = t
    den = [1 - t * tangent[k] if k == 0 else -t * tangent[k] for k in range(n)]
    den[0] = mpmath.mpf(1)
    return series_div(num, den)


def tan_table():
    rows = []
    for j in range(32):
        g = tan_expansion(j)
        pole = 9 <= j <= 23
        if pole:
            value_head = rounded_to_significant(g[0], 40)
            sigma = mpmath.mpf(0)
        else:
            value_head = mpmath.mpf(float(g[0]))
            sigma = closest_power_of_two(g[1])
        coefficients = ", ".join("f64::from_bits(%s)" % hexword(bits(g[k])) for k in range(2, 16))
        rows.append("    TanEntry {")
        rows.append("        value_head: f64::from_bits(%s)," % hexword(bits(value_head)))
        rows.append("        value_tail: f64::from_bits(%s)," % hexword(bits(g[0] - value_head)))
        rows.append("        sigma: f64::from_bits(%s)," % hexword(bits(sigma)))
        rows.append("        slope_minus_sigma: f64::from_bits(%s)," % hexword(bits(g[1] - sigma)))
        rows.append("        has_pole: %s," % ("true" if pole else "false"))
        rows.append("        coefficients: [%s]," % coefficients)
        rows.append("    },")
    return rows


def log2_ratios():
    """log2(c / B) for c = 1.4453125 (log2 e to 8 significant bits) and the 513 values B of the
    rounded estimate of c/m: (1 + i/512) / 2 for i in 228..512, then 1 + (i - 512)/512 for i in
    512..=740; a head rounded to a multiple of 2^-24 and the rest rounded to nearest."""
    rows = []
    c = mpmath.mpf("1.4453125")
    for i in range(228, 741):
        b = (1 + mpmath.mpf(i) / 512) / 2 if i < 512 else 1 + mpmath.mpf(i - 512) / 512
        exact = mpmath.log(c / b, 2)
        head = rounded_to_multiple(exact, -24)
        rows.append("    (f64::from_bits(%s), f64::from_bits(%s))," % (hexword(bits(head)), hexword(bits(exact - head))))
    return rows


def exp2_fractions_256():
    """2^(j/256) for j in 0..256: rounded to nearest, and the rest rounded to nearest. The
    stubs scale both parts by adding to their exponent fields, which needs a nonzero tail:
    for j = 0 the tail is 2^-72 rather than 0 (too small to matter but for ties)."""
    rows = []
    for j in range(256):
        exact = mpmath.power(2, mpmath.mpf(j) / 256)
        head = mpmath.mpf(float(exact))
        tail = exact - head if j > 0 else mpmath.mpf(2) ** -72
        rows.append("    (f64::from_bits(%s), f64::from_bits(%s))," % (hexword(bits(head)), hexword(bits(tail))))
    return rows


HEADER = [
    "//! Generated by `scripts/gen_math_tables.py` from the tables' mathematical definitions",
    "//! (do not edit by hand).",
    "",
]


def paired(rows):
    """Two table rows a line."""
    rows = [r.strip() for r in rows]
    return ["    " + " ".join(rows[i:i + 2]) for i in range(0, len(rows), 2)]


def table(out, doc, declaration, rows):
    out.append("")
    out.extend("/// " + line for line in doc)
    out.append("pub(crate) const %s = [" % declaration)
    out.extend(rows)
    out.append("];")


def exp_log_constants():
    """Constants derived from ln 2, log10 2 and log10 e for exp, log and log10."""
    ln2 = mpmath.log(2)
    head64 = truncated(ln2 / 64, 36)
    ln2_16 = rounded_to_multiple(ln2, -43) / 16
    log10_2 = mpmath.log10(2)
    log10_2_16 = rounded_to_multiple(log10_2, -43) / 16
    return [
        ("SIXTY_FOUR_OVER_LN2", "`64 / ln 2`, rounded to nearest: scales `x` to units of `ln2/64`.", 64 / ln2),
        ("LN2_OVER_64_HEAD", "`ln2/64` cut to 36 significant bits, so `k * LN2_OVER_64_HEAD` is exact for `|k| < 2^17`.", head64),
        ("LN2_OVER_64_TAIL", "`ln2/64 - LN2_OVER_64_HEAD`, rounded to nearest.", ln2 / 64 - head64),
        ("LN2_OVER_16_HEAD", "`ln 2` rounded to a multiple of `2^-43`, divided by 16.", ln2_16),
        ("LN2_OVER_16_TAIL", "`ln2/16 - LN2_OVER_16_HEAD`, rounded to nearest.", ln2 / 16 - ln2_16),
        ("LOG10_2_OVER_16_HEAD", "`log10 2` rounded to a multiple of `2^-43`, divided by 16.", log10_2_16),
        ("LOG10_2_OVER_16_TAIL", "`log10(2)/16 - LOG10_2_OVER_16_HEAD`, rounded to nearest.", log10_2 / 16 - log10_2_16),
        ("LOG10_LINEAR_EXCESS", "`log10(e) / 0.43359375 - 1`, rounded to nearest: `log10`'s linear coefficient beyond 1.",
         mpmath.log10(mpmath.e) / mpmath.mpf("0.43359375") - 1),
    ]


def constant_lines(out, items):
    for name, doc, value in items:
        out.append("")
        out.append("/// %s" % doc)
        out.append("pub(crate) const %s: f64 = f64::from_bits(%s);" % (name, hexword(bits(value))))


def exp_log_file():
    out = ["//! Tables and constants of `exp`, `log` and `log10`."] + HEADER[:]
    constant_lines(out, exp_log_constants())
    table(out, ["`2^(j/64)` for `j` in `0..64`: the 52 fraction bits of its value truncated to 53",
                "significant bits (`T`), and the relative tail `t` rounded to nearest, `2^(j/64) = T (1 + t)`."],
          "EXP2_FRACTIONS: [(u64, f64); 64]", exp2_fractions())
    table(out, ["`-ln B` for `B = (128 + i) / 256`, `i` in `0..=128`: a head that is a multiple of `2^-43`",
                "and the rest, rounded to nearest."],
          "LN_RECIPROCALS: [(f64, f64); 129]", ln_reciprocals())
    table(out, ["`log10(c / B)` for `c = 0.43359375` and the 129 values `B` of the rounded estimate of `c/m`",
                "(from `(1 + 94/128) / 8` to `(1 + 94/128) / 4`, by steps of `2^-10` then `2^-9`): a head that",
                "is a multiple of `2^-44` and the rest, rounded to nearest."],
          "LOG10_RATIOS: [(f64, f64); 129]", log10_ratios())
    return out


def trig_file():
    out = ["//! Tables and constants of `sin`, `cos` and `tan`."] + HEADER[:]
    out.append("/// `sin` and `cos` of `B = M pi/32`, split for the trigonometric kernel.")
    out.append("pub(crate) struct SinCosEntry {")
    out.append("    /// `cos B - sigma`, rounded to nearest.")
    out.append("    pub(crate) cos_minus_sigma: f64,")
    out.append("    /// `sin B` rounded to nearest.")
    out.append("    pub(crate) sin_head: f64,")
    out.append("    /// `sin B - sin_head`, rounded to single precision.")
    out.append("    pub(crate) sin_tail: f64,")
    out.append("    /// The power of two closest to `cos B` (0 where `cos B` is 0).")
    out.append("    pub(crate) sigma: f64,")
    out.append("}")
    table(out, ["[`SinCosEntry`] for `M` in `0..64`."], "SIN_COS: [SinCosEntry; 64]", sin_cos_table())
    table(out, ["The fraction of `2/pi` rounded to 1248 bits, in 32-bit words, most significant first:",
                "word `k` holds the bits of weights `2^-(32k+1)` to `2^-(32k+32)`."],
          "TWO_OVER_PI_WORDS: [u32; 39]", paired(two_over_pi_words(39)))
    out.append("")
    out.append("/// The expansion of `tan` around `B = j pi/32`: `g(r) = tan(B + r)`, less the pole term")
    out.append("/// `-1/(B + r - pi/2)` where [`TanEntry::has_pole`] (`j` in `9..=23`, added separately).")
    out.append("pub(crate) struct TanEntry {")
    out.append("    /// `g(0)` rounded to nearest (to 40 significant bits where the entry has the pole term).")
    out.append("    pub(crate) value_head: f64,")
    out.append("    /// `g(0) - value_head`, rounded to nearest.")
    out.append("    pub(crate) value_tail: f64,")
    out.append("    /// The power of two closest to `g'(0)`, or 0 where the entry has the pole term.")
    out.append("    pub(crate) sigma: f64,")
    out.append("    /// `g'(0) - sigma`, rounded to nearest.")
    out.append("    pub(crate) slope_minus_sigma: f64,")
    out.append("    /// Whether the pole term is taken out of `g`.")
    out.append("    pub(crate) has_pole: bool,")
    out.append("    /// The Taylor coefficients of `g` for `r^2` to `r^15`, rounded to nearest.")
    out.append("    pub(crate) coefficients: [f64; 14],")
    out.append("}")
    table(out, ["[`TanEntry`] for `j` in `0..32`."], "TAN: [TanEntry; 32]", tan_table())
    constant_lines(out, constants())
    return out


def pow_file():
    out = ["//! Tables and constants of `pow`."] + HEADER[:]
    constant_lines(out, [("LOG2_LINEAR_EXCESS",
                          "`log2(e) / 1.4453125 - 1`, rounded to nearest: the linear coefficient beyond 1 of `pow`'s logarithm.",
                          1 / mpmath.log(2) / mpmath.mpf("1.4453125") - 1)])
    table(out, ["`log2(c / B)` for `c = 1.4453125` and the 513 values `B` of the rounded estimate of",
                "`c/m` (`(1 + i/512) / 2` for `i` in `228..512`, then `1 + (i - 512)/512` up to `i = 740`):",
                "a head that is a multiple of `2^-24` and the rest, rounded to nearest."],
          "LOG2_RATIOS: [(f64, f64); 513]", paired(log2_ratios()))
    table(out, ["`2^(j/256)` for `j` in `0..256`, rounded to nearest, and the rest rounded to nearest",
                "(`2^-72` instead of 0 for `j = 0`: the stubs scale the tail through its exponent field)."],
          "EXP2_FRACTIONS_256: [(f64, f64); 256]", paired(exp2_fractions_256()))
    out.append("")
    out.append("/// `(ln 2)^k / k!` for `k` in `1..=5`, rounded to nearest: the Taylor coefficients of `2^z`.")
    out.append("pub(crate) const EXP2_TAYLOR: [f64; 5] = [")
    out.extend("    f64::from_bits(%s)," % hexword(bits(mpmath.log(2) ** k / mpmath.factorial(k))) for k in range(1, 6))
    out.append("];")
    return out


def mod_file():
    return [
        "//! Tables and constants of the `hotspot_math` functions.",
    ] + HEADER[:] + [
        "#[rustfmt::skip]",
        "mod exp_log;",
        "#[rustfmt::skip]",
        "mod pow;",
        "#[rustfmt::skip]",
        "mod trig;",
        "",
        "pub(crate) use exp_log::*;",
        "pub(crate) use pow::*;",
        "pub(crate) use trig::*;",
    ]


def main():
    os.makedirs(OUT, exist_ok=True)
    for name, lines in [("mod.rs", mod_file()), ("exp_log.rs", exp_log_file()),
                        ("trig.rs", trig_file()), ("pow.rs", pow_file())]:
        path = os.path.join(OUT, name)
        with open(path, "w") as f:
            f.write("\n".join(lines) + "\n")
        print("wrote", path, file=sys.stderr)


if __name__ == "__main__":
    main()
