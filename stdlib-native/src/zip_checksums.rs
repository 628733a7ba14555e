//! `java.util.zip.CRC32` and `Adler32`: zlib's checksums (the running value passed in and
//! returned as zlib's `crc32`/`adler32` take and give it), over single bytes, `byte[]` ranges
//! and off-heap buffers. A table-driven CRC-32 is a few lines, so no crate is needed.

use std::sync::OnceLock;

use runtime::natives::{Env, NativeRegistry};
use runtime::{JResult, Value};

use crate::io_support::read_region;

const CRC32: &str = "java/util/zip/CRC32";
const ADLER32: &str = "java/util/zip/Adler32";

pub(crate) fn register(r: &NativeRegistry) {
    r.register(CRC32, "update", "(II)I", |e| {
        Ok(Value::Int(crc32(e.int(0) as u32, &[e.int(1) as u8]) as i32))
    });
    r.register(CRC32, "updateBytes0", "(I[BII)I", |e| {
        array_update(e, crc32)
    });
    r.register(CRC32, "updateByteBuffer0", "(IJII)I", |e| {
        buffer_update(e, crc32)
    });
    r.register(ADLER32, "update", "(II)I", |e| {
        Ok(Value::Int(
            adler32(e.int(0) as u32, &[e.int(1) as u8]) as i32
        ))
    });
    r.register(ADLER32, "updateBytes", "(I[BII)I", |e| {
        array_update(e, adler32)
    });
    r.register(ADLER32, "updateByteBuffer", "(IJII)I", |e| {
        buffer_update(e, adler32)
    });
}

/// `(int sum, byte[] b, int off, int len)`: the Java side has checked the range.
fn array_update(env: &mut Env<'_>, f: fn(u32, &[u8]) -> u32) -> JResult<Value> {
    let (sum, off, len) = (env.int(0) as u32, env.int(2), env.int(3));
    let array = crate::io_support::check_region(env, 1, off, len)?;
    let bytes = read_region(array, off as usize, len as usize);
    Ok(Value::Int(f(sum, &bytes) as i32))
}

/// `(int sum, long address, int off, int len)`: a direct buffer's memory.
fn buffer_update(env: &mut Env<'_>, f: fn(u32, &[u8]) -> u32) -> JResult<Value> {
    let (sum, address, off, len) = (env.int(0) as u32, env.long(1), env.int(2), env.int(3));
    let mut bytes = vec![0u8; len.max(0) as usize];
    runtime::oops::raw::copy(
        (address + i64::from(off)) as usize,
        bytes.as_mut_ptr() as usize,
        bytes.len(),
    );
    Ok(Value::Int(f(sum, &bytes) as i32))
}

/// The reflected CRC-32 (polynomial 0xEDB88320) table.
fn crc_table() -> &'static [u32; 256] {
    static TABLE: OnceLock<[u32; 256]> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut t = [0u32; 256];
        for (i, entry) in t.iter_mut().enumerate() {
            let mut c = i as u32;
            for _ in 0..8 {
                c = if c & 1 != 0 {
                    0xEDB8_8320 ^ (c >> 1)
                } else {
                    c >> 1
                };
            }
            *entry = c;
        }
        t
    })
}

/// zlib's `crc32(crc, bytes)`.
pub fn crc32(crc: u32, bytes: &[u8]) -> u32 {
    let table = crc_table();
    let mut c = !crc;
    for &b in bytes {
        c = table[((c ^ u32::from(b)) & 0xff) as usize] ^ (c >> 8);
    }
    !c
}

/// The largest prime below 2^16.
const ADLER_BASE: u32 = 65521;
/// The most bytes summed before `b` could overflow 32 bits (zlib's NMAX).
const ADLER_NMAX: usize = 5552;

/// zlib's `adler32(adler, bytes)`.
pub fn adler32(adler: u32, bytes: &[u8]) -> u32 {
    let (mut a, mut b) = (adler & 0xffff, adler >> 16);
    for chunk in bytes.chunks(ADLER_NMAX) {
        for &x in chunk {
            a += u32::from(x);
            b += a;
        }
        a %= ADLER_BASE;
        b %= ADLER_BASE;
    }
    b << 16 | a
}

#[cfg(test)]
mod tests {
    use super::{adler32, crc32};

    #[test]
    fn checksums_match_zlib_check_values() {
        assert_eq!(crc32(0, b"123456789"), 0xCBF4_3926);
        assert_eq!(crc32(crc32(0, b"1234"), b"56789"), 0xCBF4_3926);
        assert_eq!(adler32(1, b"Wikipedia"), 0x11E6_0398);
        let big = vec![0xffu8; 100_000];
        let split = adler32(adler32(1, &big[..7000]), &big[7000..]);
        assert_eq!(adler32(1, &big), split);
    }
}
