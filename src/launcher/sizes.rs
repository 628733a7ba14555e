//! Memory sizes as HotSpot reads them (`-Xmx512m`, `-XX:MaxHeapSize=0x10000000`, `-Xss1k`).
//!
//! The grammar: a decimal number, or a hexadecimal one after `0x`/`0X`, then at most one suffix
//! character among `k K m M g G t T`. The first character must be a digit (so no sign and no
//! leading blank), and a value that does not fit in 64 bits is unreadable rather than wrapped.

const KIB: u64 = 1 << 10;

/// Reads a size with an optional `k`/`m`/`g`/`t` suffix; `None` when HotSpot would call it
/// unreadable (bad syntax, more than one trailing character, or 64-bit overflow).
pub fn parse_size(text: &str) -> Option<u64> {
    let (number, suffix) = split_number(text)?;
    let multiplier = match suffix {
        "" => 1,
        "k" | "K" => KIB,
        "m" | "M" => KIB * KIB,
        "g" | "G" => KIB * KIB * KIB,
        "t" | "T" => KIB * KIB * KIB * KIB,
        _ => return None,
    };
    number.checked_mul(multiplier)
}

/// Splits `text` into its number and whatever follows it, parsing the number in base 16 after a
/// `0x` prefix and in base 10 otherwise. `None` when no digit was read or the number overflows.
fn split_number(text: &str) -> Option<(u64, &str)> {
    if !text.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let (digits_start, radix) = match text.as_bytes() {
        [b'0', b'x' | b'X', next, ..] if next.is_ascii_hexdigit() => (2, 16),
        _ => (0, 10),
    };
    let rest = &text[digits_start..];
    let digits_len = rest
        .find(|c: char| !c.is_digit(radix))
        .unwrap_or(rest.len());
    let number = u64::from_str_radix(&rest[..digits_len], radix).ok()?;
    Some((number, &rest[digits_len..]))
}

/// How a size compares with the range an option allows (HotSpot's `ArgsRange`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SizeCheck {
    /// The size is acceptable.
    InRange(u64),
    /// The text is not a size.
    Unreadable,
    /// Below the option's minimum.
    TooSmall,
    /// Above the option's maximum.
    TooBig,
}

/// Parses `text` and checks it against `min..=max`.
pub fn check_size(text: &str, min: u64, max: u64) -> SizeCheck {
    match parse_size(text) {
        None => SizeCheck::Unreadable,
        Some(size) if size < min => SizeCheck::TooSmall,
        Some(size) if size > max => SizeCheck::TooBig,
        Some(size) => SizeCheck::InRange(size),
    }
}

/// Reads the value of a numeric `-XX:` flag: a size as above, negative only for signed flags.
/// `None` for anything HotSpot reports as an improperly specified option.
pub fn parse_flag_integer(text: &str, signed: bool) -> Option<i128> {
    match text.strip_prefix('-') {
        Some(magnitude) if signed => parse_size(magnitude).map(|m| -i128::from(m)),
        Some(_) => None,
        None => parse_size(text).map(i128::from),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_and_suffixed_sizes() {
        assert_eq!(parse_size("0"), Some(0));
        assert_eq!(parse_size("1234"), Some(1234));
        assert_eq!(parse_size("1k"), Some(1024));
        assert_eq!(parse_size("1K"), Some(1024));
        assert_eq!(parse_size("64m"), Some(64 << 20));
        assert_eq!(parse_size("2G"), Some(2 << 30));
        assert_eq!(parse_size("3t"), Some(3 << 40));
        assert_eq!(parse_size("010"), Some(10), "a leading zero is not octal");
    }

    #[test]
    fn hexadecimal_sizes() {
        assert_eq!(parse_size("0x10"), Some(16));
        assert_eq!(parse_size("0X1fk"), Some(31 * 1024));
        assert_eq!(
            parse_size("0x"),
            None,
            "0x without digits leaves 'x' as a bad suffix"
        );
    }

    #[test]
    fn malformed_sizes() {
        for text in ["", "k", "12q", "1kk", "-1", "+1", " 1", "1 ", "1.5g", "m1"] {
            assert_eq!(parse_size(text), None, "{text:?}");
        }
    }

    #[test]
    fn overflow_is_unreadable() {
        assert_eq!(parse_size("18446744073709551615"), Some(u64::MAX));
        assert_eq!(parse_size("18446744073709551616"), None);
        assert_eq!(parse_size("99999999999999999999"), None);
        assert_eq!(parse_size("16777215t"), Some(16_777_215 << 40));
        assert_eq!(parse_size("16777216t"), None, "2^24 TiB is 2^64 bytes");
        assert_eq!(parse_size("17179869184g"), None);
    }

    #[test]
    fn ranges() {
        assert_eq!(check_size("0", 1, u64::MAX), SizeCheck::TooSmall);
        assert_eq!(check_size("0k", 0, u64::MAX), SizeCheck::InRange(0));
        assert_eq!(check_size("2g", 0, 1 << 30), SizeCheck::TooBig);
        assert_eq!(check_size("1g", 0, 1 << 30), SizeCheck::InRange(1 << 30));
        assert_eq!(check_size("12q", 0, 1 << 30), SizeCheck::Unreadable);
    }

    #[test]
    fn flag_integers() {
        assert_eq!(parse_flag_integer("-5", true), Some(-5));
        assert_eq!(parse_flag_integer("-5", false), None);
        assert_eq!(parse_flag_integer("1k", true), Some(1024));
        assert_eq!(parse_flag_integer("+1", true), None);
        assert_eq!(parse_flag_integer("", true), None);
        assert_eq!(parse_flag_integer("-", true), None);
    }
}
