//! Location attributes: where a resource's name pieces and bytes are in a jimage.

use super::{JImage, JImageError};

/// Attribute kinds of a location's attribute stream.
const ATTRIBUTE_END: u8 = 0;
const ATTRIBUTE_MODULE: u8 = 1;
const ATTRIBUTE_PARENT: u8 = 2;
const ATTRIBUTE_BASE: u8 = 3;
const ATTRIBUTE_EXTENSION: u8 = 4;
const ATTRIBUTE_OFFSET: u8 = 5;
const ATTRIBUTE_COMPRESSED: u8 = 6;
const ATTRIBUTE_UNCOMPRESSED: u8 = 7;

/// One resource's entry in the image index: its name as four string offsets
/// (`/module/parent/base.extension`) and the position and sizes of its bytes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Location {
    module: u32,
    parent: u32,
    base: u32,
    extension: u32,
    offset: u64,
    compressed_size: u64,
    uncompressed_size: u64,
}

impl Location {
    /// Decodes the attribute stream starting at `offset` in the locations table `stream`.
    /// Each attribute is a byte `kind << 3 | (length - 1)` and `length` big-endian value bytes;
    /// kind 0 ends the stream.
    pub(super) fn decode(stream: &[u8], offset: u32) -> Result<Location, JImageError> {
        let malformed = |what| JImageError::Malformed {
            what,
            value: u64::from(offset),
        };
        let mut rest = stream
            .get(offset as usize..)
            .ok_or(malformed("location offset"))?;
        let mut location = Location::default();
        loop {
            let (&head, tail) = rest
                .split_first()
                .ok_or(malformed("unterminated location at offset"))?;
            let kind = head >> 3;
            if kind == ATTRIBUTE_END {
                return Ok(location);
            }
            let length = usize::from(head & 7) + 1;
            let value_bytes = tail
                .get(..length)
                .ok_or(malformed("truncated location attribute at offset"))?;
            let value = value_bytes
                .iter()
                .fold(0u64, |value, &byte| (value << 8) | u64::from(byte));
            rest = &tail[length..];
            let string_offset =
                || u32::try_from(value).map_err(|_| malformed("string offset in location"));
            match kind {
                ATTRIBUTE_MODULE => location.module = string_offset()?,
                ATTRIBUTE_PARENT => location.parent = string_offset()?,
                ATTRIBUTE_BASE => location.base = string_offset()?,
                ATTRIBUTE_EXTENSION => location.extension = string_offset()?,
                ATTRIBUTE_OFFSET => location.offset = value,
                ATTRIBUTE_COMPRESSED => location.compressed_size = value,
                ATTRIBUTE_UNCOMPRESSED => location.uncompressed_size = value,
                _ => return Err(malformed("unknown attribute kind in location at offset")),
            }
        }
    }

    /// The string offset of the module name (empty for top-level entries).
    pub fn module_offset(&self) -> u32 {
        self.module
    }

    /// The offset of the resource's bytes after the end of the index.
    pub fn offset(&self) -> u64 {
        self.offset
    }

    /// The stored size when compressed, 0 when stored uncompressed.
    pub fn compressed_size(&self) -> u64 {
        self.compressed_size
    }

    /// The size of the resource's content.
    pub fn uncompressed_size(&self) -> u64 {
        self.uncompressed_size
    }

    /// The module name of this location (e.g. `java.base`; `packages` and `modules` for the
    /// synthetic directory entries).
    pub fn module<'a>(&self, image: &'a JImage) -> Result<&'a str, JImageError> {
        image.string(self.module)
    }

    /// The pieces of the full name, in order, as the image stores them: `/module/`, `parent/`,
    /// `base`, `.extension`, each present only when its string is not empty.
    fn name_pieces<'a>(&self, image: &'a JImage) -> Result<[&'a [u8]; 8], JImageError> {
        let module = image.string_bytes(self.module)?;
        let parent = image.string_bytes(self.parent)?;
        let base = image.string_bytes(self.base)?;
        let extension = image.string_bytes(self.extension)?;
        let separator = |piece: &[u8], text: &'static [u8]| -> &'static [u8] {
            if piece.is_empty() { b"" } else { text }
        };
        Ok([
            separator(module, b"/"),
            module,
            separator(module, b"/"),
            parent,
            separator(parent, b"/"),
            base,
            separator(extension, b"."),
            extension,
        ])
    }

    /// Whether this location's full name equals the concatenation of `parts`.
    pub(super) fn name_equals(&self, image: &JImage, parts: &[&[u8]]) -> Result<bool, JImageError> {
        let pieces = self.name_pieces(image)?;
        let stored = pieces.iter().flat_map(|piece| piece.iter());
        let wanted = parts.iter().flat_map(|part| part.iter());
        Ok(stored.eq(wanted))
    }

    /// The full name `/module/parent/base.extension`.
    pub fn full_name(&self, image: &JImage) -> Result<String, JImageError> {
        let bytes: Vec<u8> = self
            .name_pieces(image)?
            .iter()
            .flat_map(|piece| piece.iter().copied())
            .collect();
        String::from_utf8(bytes).map_err(|_| JImageError::Malformed {
            what: "non-UTF-8 name at string offset",
            value: u64::from(self.base),
        })
    }
}
