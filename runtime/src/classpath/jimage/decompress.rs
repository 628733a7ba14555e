//! Compressed jimage resources (images made by `jlink --compress`).
//!
//! A compressed resource starts with a 29-byte header in the image's byte order: magic
//! `0xCAFEFAFA`, `u64` compressed size, `u64` uncompressed size, `u32` string offset of the
//! decompressor's name, `u32` decompressor configuration (unused), `u8` is-terminal. The payload
//! follows. Decompressors can be stacked, so the output is decompressed again for as long as it
//! starts with another header. Two decompressors exist: `zip` (a zlib stream) and `compact-cp`
//! (class files whose constant-pool strings were moved to the image's strings table).

use std::io::Read;

use super::{JImage, JImageError};

/// The magic number of a compressed resource's header.
pub const COMPRESSED_MAGIC: u32 = 0xCAFE_FAFA;
/// The size of a compressed resource's header.
const HEADER_SIZE: usize = 29;
/// How many decompressors may be stacked on one resource before the image counts as malformed.
const MAX_STACK_DEPTH: usize = 16;

/// Constant-pool tags of the `compact-cp` transformation.
const CONSTANT_UTF8: u8 = 1;
const CONSTANT_LONG: u8 = 5;
const CONSTANT_DOUBLE: u8 = 6;
const EXTERNALIZED_STRING: u8 = 23;
const EXTERNALIZED_STRING_DESCRIPTOR: u8 = 25;

/// One compressed-resource header.
struct ResourceHeader {
    uncompressed_size: u64,
    decompressor_name: u32,
}

impl ResourceHeader {
    /// Reads the header at the start of `bytes`, or `None` when `bytes` does not start with one.
    fn read(image: &JImage, bytes: &[u8]) -> Option<ResourceHeader> {
        let header = bytes.get(..HEADER_SIZE)?;
        let order = image.header().byte_order;
        let u32_at =
            |at: usize| order.u32([header[at], header[at + 1], header[at + 2], header[at + 3]]);
        if u32_at(0) != COMPRESSED_MAGIC {
            return None;
        }
        let mut size = [0; 8];
        size.copy_from_slice(&header[12..20]);
        Some(ResourceHeader {
            uncompressed_size: order.u64(size),
            decompressor_name: u32_at(20),
        })
    }
}

/// Decompresses a resource's stored bytes through every stacked decompressor.
pub(super) fn decompress(image: &JImage, stored: &[u8]) -> Result<Vec<u8>, JImageError> {
    let mut content: Option<Vec<u8>> = None;
    for _ in 0..MAX_STACK_DEPTH {
        let current = content.as_deref().unwrap_or(stored);
        let Some(header) = ResourceHeader::read(image, current) else {
            return Ok(content.unwrap_or_else(|| stored.to_vec()));
        };
        // Java arrays end at 2^31 - 1 bytes; a larger size can only come from a broken image.
        if header.uncompressed_size > i32::MAX as u64 {
            return Err(JImageError::Malformed {
                what: "uncompressed size in compressed resource header",
                value: header.uncompressed_size,
            });
        }
        let name = image.string(header.decompressor_name)?;
        let payload = &current[HEADER_SIZE..];
        let output = match name {
            "zip" => inflate(payload, header.uncompressed_size),
            "compact-cp" => expand_shared_strings(image, payload, header.uncompressed_size),
            _ => {
                return Err(JImageError::UnsupportedDecompressor {
                    name: name.to_string(),
                });
            }
        }
        .map_err(|reason| JImageError::Decompression {
            decompressor: name.to_string(),
            reason,
        })?;
        content = Some(output);
    }
    Err(JImageError::Malformed {
        what: "compressed resource nesting deeper than",
        value: MAX_STACK_DEPTH as u64,
    })
}

/// Inflates a zlib stream that must produce exactly `size` bytes.
fn inflate(payload: &[u8], size: u64) -> Result<Vec<u8>, String> {
    let mut output = Vec::with_capacity(size.min(payload.len() as u64 * 8) as usize);
    flate2::read::ZlibDecoder::new(payload)
        .take(size.saturating_add(1))
        .read_to_end(&mut output)
        .map_err(|error| error.to_string())?;
    if output.len() as u64 != size {
        return Err(format!(
            "inflated to {} bytes or more, the header says {size}",
            output.len()
        ));
    }
    Ok(output)
}

/// A cursor over the transformed class bytes of a `compact-cp` resource.
struct Input<'a> {
    bytes: &'a [u8],
}

impl<'a> Input<'a> {
    fn take(&mut self, count: usize) -> Result<&'a [u8], String> {
        if count > self.bytes.len() {
            return Err("transformed class ends early".to_string());
        }
        let (taken, rest) = self.bytes.split_at(count);
        self.bytes = rest;
        Ok(taken)
    }

    fn u8(&mut self) -> Result<u8, String> {
        Ok(self.take(1)?[0])
    }

    fn u16(&mut self) -> Result<u16, String> {
        let bytes = self.take(2)?;
        Ok(u16::from_be_bytes([bytes[0], bytes[1]]))
    }

    /// A compressed index: a header byte with the high bit set carries the length (1 to 3 bytes,
    /// in bits 5-6) and the value's top 5 bits; otherwise the index is a plain 4-byte value.
    fn index(&mut self) -> Result<u32, String> {
        let header = self.u8()?;
        let (length, mut value) = compressed_index_header(header)?;
        for &byte in self.take(length - 1)? {
            value = (value << 8) | u32::from(byte);
        }
        Ok(value)
    }
}

/// The length and initial value bits of a compressed index's header byte.
fn compressed_index_header(header: u8) -> Result<(usize, u32), String> {
    if header & 0x80 == 0 {
        return Ok((4, u32::from(header)));
    }
    match usize::from((header >> 5) & 3) {
        0 => Err("compressed index of length 0".to_string()),
        length => Ok((length, u32::from(header & 0x1F))),
    }
}

/// Every compressed index packed in `bytes`.
fn index_flow(bytes: &[u8]) -> Result<Vec<u32>, String> {
    let mut input = Input { bytes };
    let mut indices = Vec::new();
    while !input.bytes.is_empty() {
        indices.push(input.index()?);
    }
    Ok(indices)
}

/// Appends a `CONSTANT_Utf8` entry (tag, length, bytes) to `output`.
fn push_utf8(output: &mut Vec<u8>, text: &[u8]) -> Result<(), String> {
    let length = u16::try_from(text.len()).map_err(|_| "shared string too long".to_string())?;
    output.push(CONSTANT_UTF8);
    output.extend_from_slice(&length.to_be_bytes());
    output.extend_from_slice(text);
    Ok(())
}

/// Rebuilds a class file whose constant-pool strings were moved to the image's strings table.
fn expand_shared_strings(image: &JImage, payload: &[u8], size: u64) -> Result<Vec<u8>, String> {
    let string = |index: u32| image.string_bytes(index).map_err(|error| error.to_string());
    let mut input = Input { bytes: payload };
    let mut output = Vec::with_capacity(size.min(payload.len() as u64 * 4) as usize);
    output.extend_from_slice(input.take(8)?); // magic, minor and major version
    let count = input.u16()?;
    output.extend_from_slice(&count.to_be_bytes());
    let mut slot = 1;
    while slot < count {
        let tag = input.u8()?;
        match tag {
            CONSTANT_UTF8 => {
                let length = input.u16()?;
                output.push(CONSTANT_UTF8);
                output.extend_from_slice(&length.to_be_bytes());
                output.extend_from_slice(input.take(usize::from(length))?);
            }
            EXTERNALIZED_STRING => push_utf8(&mut output, string(input.index()?)?)?,
            EXTERNALIZED_STRING_DESCRIPTOR => {
                let descriptor = string(input.index()?)?;
                let packed_length = input.index()? as usize;
                let mut names = index_flow(input.take(packed_length)?)?.into_iter();
                let mut text = Vec::with_capacity(descriptor.len() * 4);
                for &byte in descriptor {
                    text.push(byte);
                    if byte == b'L' {
                        let missing = || "descriptor has more classes than indices".to_string();
                        let package = string(names.next().ok_or_else(missing)?)?;
                        if !package.is_empty() {
                            text.extend_from_slice(package);
                            text.push(b'/');
                        }
                        text.extend_from_slice(string(names.next().ok_or_else(missing)?)?);
                    }
                }
                push_utf8(&mut output, &text)?;
            }
            _ => {
                let width = match tag {
                    3 | 4 | 9 | 10 | 11 | 12 | 17 | 18 => 4,
                    CONSTANT_LONG | CONSTANT_DOUBLE => 8,
                    7 | 8 | 16 | 19 | 20 => 2,
                    15 => 3,
                    _ => return Err(format!("unknown constant-pool tag {tag}")),
                };
                if matches!(tag, CONSTANT_LONG | CONSTANT_DOUBLE) {
                    slot += 1;
                }
                output.push(tag);
                output.extend_from_slice(input.take(width)?);
            }
        }
        slot += 1;
        if output.len() as u64 > size {
            return Err(format!(
                "rebuilt more than the {size} bytes the header says"
            ));
        }
    }
    output.extend_from_slice(input.bytes);
    if output.len() as u64 != size {
        return Err(format!(
            "rebuilt {} bytes, the header says {size}",
            output.len()
        ));
    }
    Ok(output)
}
