//! Modified UTF-8 (JVMS §4.4.7), the encoding of every `CONSTANT_Utf8` entry.
//!
//! Modified UTF-8 differs from standard UTF-8 in two ways: U+0000 is written as the two bytes
//! `C0 80` (so no string contains a zero byte), and a code point above U+FFFF is written as its
//! UTF-16 surrogate pair, each surrogate as its own three-byte sequence (six bytes in all).
//!
//! Java strings are UTF-16 and may hold an unpaired surrogate, which no Rust `char` can represent.
//! Two decoders are therefore offered:
//! - [`decode`] gives a Rust string, borrowing the input when it is already valid standard UTF-8
//!   (the common case: no allocation). An unpaired surrogate becomes U+FFFD REPLACEMENT
//!   CHARACTER; [`has_unpaired_surrogate`] tells whether that happened.
//! - [`decode_utf16`] is lossless: it gives the UTF-16 code units a `java.lang.String` holds.
//!
//! Which byte strings are legal in a class file is decided by [`is_legal`], which follows
//! HotSpot 17's rules exactly (including its leniency for class files of version 47 and older).

use std::borrow::Cow;
use std::fmt;

/// A byte string that is not modified UTF-8.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mutf8Error {
    /// Offset of the first byte of the malformed sequence.
    pub offset: usize,
}

impl fmt::Display for Mutf8Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "malformed modified UTF-8 at byte {}", self.offset)
    }
}

impl std::error::Error for Mutf8Error {}

/// Whether HotSpot 17 accepts `bytes` as the contents of a `CONSTANT_Utf8` entry.
///
/// Rules: no zero byte; no byte `80..=BF` or `F0..=FF` starting a sequence; two- and three-byte
/// sequences must be complete and must not be overlong (except `C0 80` for U+0000), unless
/// `lenient` is set (HotSpot sets it for class files of major version 47 and older, which may
/// hold overlong forms). Surrogates, paired or not, are allowed.
pub fn is_legal(bytes: &[u8], lenient: bool) -> bool {
    let mut i = 0;
    let n = bytes.len();
    while i < n {
        let b0 = bytes[i];
        if b0 == 0 {
            return false;
        }
        if b0 < 0x80 {
            i += 1;
            continue;
        }
        match b0 >> 4 {
            0xC | 0xD => {
                let Some(&b1) = bytes.get(i + 1) else {
                    return false;
                };
                if b1 & 0xC0 != 0x80 {
                    return false;
                }
                let c = (u32::from(b0 & 0x1F) << 6) | u32::from(b1 & 0x3F);
                if !(lenient || c == 0 || c >= 0x80) {
                    return false;
                }
                i += 2;
            }
            0xE => {
                let (Some(&b1), Some(&b2)) = (bytes.get(i + 1), bytes.get(i + 2)) else {
                    return false;
                };
                if b1 & 0xC0 != 0x80 || b2 & 0xC0 != 0x80 {
                    return false;
                }
                let c = (u32::from(b0 & 0x0F) << 12)
                    | (u32::from(b1 & 0x3F) << 6)
                    | u32::from(b2 & 0x3F);
                if !(lenient || c >= 0x800) {
                    return false;
                }
                i += 3;
            }
            _ => return false,
        }
    }
    true
}

/// Decodes one UTF-16 code unit starting at `i`; returns it and the sequence length.
pub(crate) fn next_unit(bytes: &[u8], i: usize) -> Result<(u16, usize), Mutf8Error> {
    let err = Mutf8Error { offset: i };
    let b0 = *bytes.get(i).ok_or(err)?;
    let cont = |k: usize| -> Result<u16, Mutf8Error> {
        match bytes.get(i + k) {
            Some(&b) if b & 0xC0 == 0x80 => Ok(u16::from(b & 0x3F)),
            _ => Err(err),
        }
    };
    match b0 {
        0 => Err(err),
        0x01..=0x7F => Ok((u16::from(b0), 1)),
        0xC0..=0xDF => Ok(((u16::from(b0 & 0x1F) << 6) | cont(1)?, 2)),
        0xE0..=0xEF => Ok(((u16::from(b0 & 0x0F) << 12) | (cont(1)? << 6) | cont(2)?, 3)),
        _ => Err(err),
    }
}

/// Decodes modified UTF-8 into UTF-16 code units, losslessly.
pub fn decode_utf16(bytes: &[u8]) -> Result<Vec<u16>, Mutf8Error> {
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let (unit, len) = next_unit(bytes, i)?;
        out.push(unit);
        i += len;
    }
    Ok(out)
}

/// Whether the bytes are valid standard UTF-8 that modified UTF-8 would encode the same way
/// (no zero byte, no four-byte sequence), so they can be borrowed as a `str` unchanged.
fn as_plain_str(bytes: &[u8]) -> Option<&str> {
    // Names and descriptors are nearly always ASCII without NUL: one pass over the bytes.
    if bytes.iter().all(|&b| b.wrapping_sub(1) < 0x7F) {
        return std::str::from_utf8(bytes).ok();
    }
    if bytes.iter().any(|&b| b == 0 || b >= 0xF0) {
        return None;
    }
    std::str::from_utf8(bytes).ok()
}

/// Decodes modified UTF-8 into a Rust string, borrowing when the bytes are already standard
/// UTF-8. An unpaired surrogate decodes to U+FFFD (see [`has_unpaired_surrogate`]).
pub fn decode(bytes: &[u8]) -> Result<Cow<'_, str>, Mutf8Error> {
    if let Some(s) = as_plain_str(bytes) {
        return Ok(Cow::Borrowed(s));
    }
    let units = decode_utf16(bytes)?;
    Ok(Cow::Owned(
        char::decode_utf16(units)
            .map(|r| r.unwrap_or('\u{FFFD}'))
            .collect(),
    ))
}

/// Decodes like [`decode`] but never fails: a malformed byte becomes U+FFFD. For messages.
pub fn decode_lossy(bytes: &[u8]) -> Cow<'_, str> {
    if let Some(s) = as_plain_str(bytes) {
        return Cow::Borrowed(s);
    }
    let mut units = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match next_unit(bytes, i) {
            Ok((unit, len)) => {
                units.push(unit);
                i += len;
            }
            Err(_) => {
                units.push(0xFFFD);
                i += 1;
            }
        }
    }
    Cow::Owned(
        char::decode_utf16(units)
            .map(|r| r.unwrap_or('\u{FFFD}'))
            .collect(),
    )
}

/// Whether decoding `bytes` with [`decode`] would replace an unpaired surrogate by U+FFFD,
/// i.e. whether only [`decode_utf16`] represents this string exactly.
pub fn has_unpaired_surrogate(bytes: &[u8]) -> Result<bool, Mutf8Error> {
    if as_plain_str(bytes).is_some() {
        return Ok(false);
    }
    let units = decode_utf16(bytes)?;
    Ok(char::decode_utf16(units).any(|r| r.is_err()))
}

/// Appends the modified UTF-8 form of one UTF-16 code unit.
fn push_unit(out: &mut Vec<u8>, unit: u16) {
    match unit {
        0x0001..=0x007F => out.push(unit as u8),
        0x0000 | 0x0080..=0x07FF => {
            out.push(0xC0 | (unit >> 6) as u8);
            out.push(0x80 | (unit & 0x3F) as u8);
        }
        _ => {
            out.push(0xE0 | (unit >> 12) as u8);
            out.push(0x80 | ((unit >> 6) & 0x3F) as u8);
            out.push(0x80 | (unit & 0x3F) as u8);
        }
    }
}

/// Encodes UTF-16 code units (which may hold unpaired surrogates) as modified UTF-8.
pub fn encode_utf16(units: &[u16]) -> Vec<u8> {
    let mut out = Vec::with_capacity(units.len());
    for &unit in units {
        push_unit(&mut out, unit);
    }
    out
}

/// Encodes a Rust string as modified UTF-8, borrowing when the two encodings agree (no U+0000
/// and nothing above U+FFFF).
pub fn encode(s: &str) -> Cow<'_, [u8]> {
    if !s.bytes().any(|b| b == 0 || b >= 0xF0) {
        return Cow::Borrowed(s.as_bytes());
    }
    let mut out = Vec::with_capacity(s.len() + 8);
    let mut buf = [0u16; 2];
    for c in s.chars() {
        for &unit in c.encode_utf16(&mut buf).iter() {
            push_unit(&mut out, unit);
        }
    }
    Cow::Owned(out)
}
