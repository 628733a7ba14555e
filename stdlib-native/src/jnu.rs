//! Strings crossing to and from the host as libjava converts them (`JNU_GetStringPlatformChars`
//! and `JNU_NewStringPlatform`), in the `sun.jnu.encoding` of the locale: UTF-8 (unpaired
//! surrogates sent as '?'), ISO-8859-1 (one byte a char, '?' beyond), or US-ASCII for the C
//! locale's "ANSI_X3.4-1968" ('?' out, U+FFFD in). Other code sets are taken as UTF-8.

use std::sync::OnceLock;

/// The replacement for a char the encoding cannot carry.
const UNMAPPABLE: u8 = b'?';

/// How the platform encodes file names, environment strings and the like.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Encoding {
    Utf8,
    Latin1,
    Ascii,
}

fn encoding() -> Encoding {
    static ENCODING: OnceLock<Encoding> = OnceLock::new();
    *ENCODING.get_or_init(|| classify(&crate::locale::encoding()))
}

fn classify(name: &str) -> Encoding {
    match name {
        "8859_1" | "ISO8859-1" | "ISO8859_1" | "ISO-8859-1" => Encoding::Latin1,
        "ANSI_X3.4-1968" | "ISO646-US" | "US-ASCII" => Encoding::Ascii,
        _ => Encoding::Utf8,
    }
}

/// A Java string's UTF-16 units as platform bytes.
pub fn to_platform(units: &[u16]) -> Vec<u8> {
    encode(encoding(), units)
}

/// Platform bytes as text for a Java string.
pub fn from_platform(bytes: &[u8]) -> String {
    decode(encoding(), bytes)
}

fn encode(encoding: Encoding, units: &[u16]) -> Vec<u8> {
    let chars = char::decode_utf16(units.iter().copied());
    match encoding {
        Encoding::Utf8 => {
            let mut out = Vec::with_capacity(units.len());
            for c in chars {
                match c {
                    Ok(c) => out.extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes()),
                    Err(_) => out.push(UNMAPPABLE),
                }
            }
            out
        }
        Encoding::Latin1 => chars
            .map(|c| match c {
                Ok(c) if (c as u32) < 0x100 => c as u8,
                _ => UNMAPPABLE,
            })
            .collect(),
        Encoding::Ascii => chars
            .map(|c| match c {
                Ok(c) if c.is_ascii() => c as u8,
                _ => UNMAPPABLE,
            })
            .collect(),
    }
}

fn decode(encoding: Encoding, bytes: &[u8]) -> String {
    match encoding {
        Encoding::Utf8 => String::from_utf8_lossy(bytes).into_owned(),
        Encoding::Latin1 => bytes.iter().map(|&b| char::from(b)).collect(),
        Encoding::Ascii => bytes
            .iter()
            .map(|&b| {
                if b.is_ascii() {
                    char::from(b)
                } else {
                    '\u{fffd}'
                }
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::{Encoding, decode, encode};

    fn units(s: &str) -> Vec<u16> {
        s.encode_utf16().collect()
    }

    #[test]
    fn strings_convert_as_libjava() {
        let text = units("a\u{e9}\u{20ac}\u{1f600}");
        assert_eq!(
            encode(Encoding::Utf8, &text),
            "a\u{e9}\u{20ac}\u{1f600}".as_bytes()
        );
        assert_eq!(encode(Encoding::Latin1, &text), b"a\xe9??");
        assert_eq!(encode(Encoding::Ascii, &text), b"a???");
        assert_eq!(encode(Encoding::Utf8, &[0x61, 0xd800, 0x62]), b"a?b");
        assert_eq!(decode(Encoding::Latin1, b"a\xe9"), "a\u{e9}");
        assert_eq!(decode(Encoding::Ascii, b"a\xe9"), "a\u{fffd}");
        assert_eq!(decode(Encoding::Utf8, "\u{e9}".as_bytes()), "\u{e9}");
    }
}
