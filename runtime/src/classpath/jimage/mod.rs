//! A reader for the JDK's module image, `$JAVA_HOME/lib/modules` (the "jimage" format).
//!
//! The file is memory-mapped. Its index (header, redirect table, location offsets, location
//! attribute streams and the strings table) is read in place, and uncompressed resources are
//! returned as slices of the mapping, so loading a class from the image copies nothing.
//!
//! Layout (every table in the file's byte order, detected from the magic number):
//! a 28-byte header of seven `u32` (magic `0xCAFEDADA`, version `major << 16 | minor`, flags,
//! resource count, table length, locations size, strings size), then `redirect[table_length]`
//! (`i32`), `offsets[table_length]` (`u32`), the location attribute streams and the strings.
//! Resource bytes start right after the index. Every offset read from the file is bounds-checked:
//! a malformed image gives a [`JImageError`], never a panic.

mod classes;
mod decompress;
mod location;

use std::borrow::Cow;
use std::fmt;
use std::fs::File;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use memmap2::Mmap;

pub use classes::ImageClass;
pub use location::Location;

/// The magic number that opens every jimage file.
pub const JIMAGE_MAGIC: u32 = 0xCAFE_DADA;
/// The only major version of the format.
pub const MAJOR_VERSION: u16 = 1;
/// The only minor version of the format.
pub const MINOR_VERSION: u16 = 0;
/// The size in bytes of the image header.
pub const HEADER_SIZE: usize = 28;
/// The multiplier (and default seed) of the image's string hash (the FNV-1 prime).
const HASH_MULTIPLIER: u32 = 0x0100_0193;

/// The byte order of an image's tables, detected from its magic number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ByteOrder {
    /// Least significant byte first (every x86-64 and AArch64 JDK).
    LittleEndian,
    /// Most significant byte first.
    BigEndian,
}

impl ByteOrder {
    fn u32(self, bytes: [u8; 4]) -> u32 {
        match self {
            ByteOrder::LittleEndian => u32::from_le_bytes(bytes),
            ByteOrder::BigEndian => u32::from_be_bytes(bytes),
        }
    }

    fn u64(self, bytes: [u8; 8]) -> u64 {
        match self {
            ByteOrder::LittleEndian => u64::from_le_bytes(bytes),
            ByteOrder::BigEndian => u64::from_be_bytes(bytes),
        }
    }
}

/// The numbers of an image's header.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Header {
    /// The byte order the image was written in.
    pub byte_order: ByteOrder,
    /// The format's major version (always 1).
    pub major_version: u16,
    /// The format's minor version (always 0).
    pub minor_version: u16,
    /// Flags (unused by JDK 17, 0).
    pub flags: u32,
    /// The number of resources in the image.
    pub resource_count: u32,
    /// The number of slots of the redirect and offsets tables.
    pub table_length: u32,
    /// The size in bytes of the location attribute streams.
    pub locations_size: u32,
    /// The size in bytes of the strings table.
    pub strings_size: u32,
}

impl Header {
    /// The size of the index (header and tables); resource bytes start at this file offset.
    pub fn index_size(&self) -> u64 {
        HEADER_SIZE as u64
            + 8 * u64::from(self.table_length)
            + u64::from(self.locations_size)
            + u64::from(self.strings_size)
    }
}

/// Why an image could not be opened or a resource in it could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum JImageError {
    /// The file is shorter than the 28-byte header.
    TruncatedHeader {
        /// The file's length in bytes.
        file_len: u64,
    },
    /// The file does not start with `0xCAFEDADA` in either byte order.
    BadMagic {
        /// The first four bytes, read little-endian.
        found: u32,
    },
    /// The header names a format version other than 1.0.
    UnsupportedVersion {
        /// The major version found.
        major: u16,
        /// The minor version found.
        minor: u16,
    },
    /// The header's table sizes describe an index larger than the file.
    IndexPastEnd {
        /// The index size the header implies.
        index_size: u64,
        /// The file's length in bytes.
        file_len: u64,
    },
    /// An offset, size or attribute in the index points outside the table or file it refers to.
    Malformed {
        /// What was being read.
        what: &'static str,
        /// The offending value.
        value: u64,
    },
    /// A compressed resource decompressed to another size than its location says.
    SizeMismatch {
        /// The location's uncompressed size.
        expected: u64,
        /// The size the decompressors produced.
        actual: u64,
    },
    /// A compressed resource names a decompressor this reader does not implement.
    UnsupportedDecompressor {
        /// The decompressor's name as stored in the image (e.g. `compact-cp`).
        name: String,
    },
    /// A compressed resource could not be decompressed.
    Decompression {
        /// The decompressor's name.
        decompressor: String,
        /// What went wrong.
        reason: String,
    },
}

impl fmt::Display for JImageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            JImageError::TruncatedHeader { file_len } => write!(
                f,
                "jimage truncated: {file_len} bytes, the header alone is {HEADER_SIZE}"
            ),
            JImageError::BadMagic { found } => {
                write!(
                    f,
                    "not a jimage file: magic {found:#010X}, expected 0xCAFEDADA"
                )
            }
            JImageError::UnsupportedVersion { major, minor } => {
                write!(
                    f,
                    "unsupported jimage version {major}.{minor}, expected 1.0"
                )
            }
            JImageError::IndexPastEnd {
                index_size,
                file_len,
            } => write!(
                f,
                "jimage index of {index_size} bytes exceeds the file's {file_len} bytes"
            ),
            JImageError::Malformed { what, value } => {
                write!(f, "malformed jimage: {what} {value} is out of bounds")
            }
            JImageError::SizeMismatch { expected, actual } => write!(
                f,
                "jimage resource decompressed to {actual} bytes, its location says {expected}"
            ),
            JImageError::UnsupportedDecompressor { name } => {
                write!(
                    f,
                    "jimage resource uses the unsupported decompressor \"{name}\""
                )
            }
            JImageError::Decompression {
                decompressor,
                reason,
            } => write!(f, "jimage decompressor \"{decompressor}\" failed: {reason}"),
        }
    }
}

impl std::error::Error for JImageError {}

impl From<JImageError> for io::Error {
    fn from(error: JImageError) -> io::Error {
        io::Error::new(io::ErrorKind::InvalidData, error)
    }
}

/// An open, memory-mapped jimage file. `Send + Sync`: reads never mutate it.
pub struct JImage {
    path: PathBuf,
    map: Mmap,
    header: Header,
    redirect_start: usize,
    offsets_start: usize,
    locations_start: usize,
    strings_start: usize,
    index_size: usize,
}

impl fmt::Debug for JImage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("JImage")
            .field("path", &self.path)
            .field("header", &self.header)
            .finish_non_exhaustive()
    }
}

impl JImage {
    /// Maps the image at `path` and validates its header and index bounds. A malformed image is
    /// an [`io::ErrorKind::InvalidData`] error wrapping a [`JImageError`].
    pub fn open(path: impl AsRef<Path>) -> io::Result<JImage> {
        let path = path.as_ref();
        let file = File::open(path)?;
        let file_len = file.metadata()?.len();
        if file_len < HEADER_SIZE as u64 {
            return Err(JImageError::TruncatedHeader { file_len }.into());
        }
        // SAFETY: the mapping is only ever read. The file is the JDK's read-only module image,
        // which is not modified while a JVM has it mapped (HotSpot maps it the same way); a
        // truncation by another process is outside what any JVM guards against.
        let map = unsafe { Mmap::map(&file)? };
        Ok(JImage::from_map(path.to_path_buf(), map)?)
    }

    /// The image at `path`, mapped once per process and kept for its lifetime: every VM of
    /// the process shares the mapping, and the resources borrowed from it (the boot classes'
    /// bytes, which live as long as their class metadata) stay valid.
    pub fn open_shared(path: impl AsRef<Path>) -> io::Result<&'static JImage> {
        static SHARED: Mutex<Vec<&'static JImage>> = Mutex::new(Vec::new());
        let path = path.as_ref();
        let key = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
        let mut shared = SHARED.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(image) = shared.iter().find(|i| i.path == key) {
            return Ok(image);
        }
        let image: &'static JImage = Box::leak(Box::new(JImage::open(&key)?));
        shared.push(image);
        Ok(image)
    }

    fn from_map(path: PathBuf, map: Mmap) -> Result<JImage, JImageError> {
        let file_len = map.len() as u64;
        let Some(header_bytes) = map.get(..HEADER_SIZE) else {
            return Err(JImageError::TruncatedHeader { file_len });
        };
        let word = |i: usize| -> [u8; 4] {
            let mut bytes = [0; 4];
            bytes.copy_from_slice(&header_bytes[i * 4..i * 4 + 4]);
            bytes
        };
        let byte_order = if u32::from_le_bytes(word(0)) == JIMAGE_MAGIC {
            ByteOrder::LittleEndian
        } else if u32::from_be_bytes(word(0)) == JIMAGE_MAGIC {
            ByteOrder::BigEndian
        } else {
            return Err(JImageError::BadMagic {
                found: u32::from_le_bytes(word(0)),
            });
        };
        let version = byte_order.u32(word(1));
        let (major, minor) = ((version >> 16) as u16, version as u16);
        if major != MAJOR_VERSION || minor != MINOR_VERSION {
            return Err(JImageError::UnsupportedVersion { major, minor });
        }
        let header = Header {
            byte_order,
            major_version: major,
            minor_version: minor,
            flags: byte_order.u32(word(2)),
            resource_count: byte_order.u32(word(3)),
            table_length: byte_order.u32(word(4)),
            locations_size: byte_order.u32(word(5)),
            strings_size: byte_order.u32(word(6)),
        };
        let index_size = header.index_size();
        if index_size > file_len {
            return Err(JImageError::IndexPastEnd {
                index_size,
                file_len,
            });
        }
        let table_length = header.table_length as usize;
        let redirect_start = HEADER_SIZE;
        let offsets_start = redirect_start + 4 * table_length;
        let locations_start = offsets_start + 4 * table_length;
        let strings_start = locations_start + header.locations_size as usize;
        Ok(JImage {
            path,
            map,
            header,
            redirect_start,
            offsets_start,
            locations_start,
            strings_start,
            index_size: index_size as usize,
        })
    }

    /// The path the image was opened from.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The whole image file as mapped (what `NativeImageBuffer.getNativeMap` hands the
    /// JDK's own image reader).
    pub fn mapped_bytes(&self) -> &[u8] {
        &self.map
    }

    /// The header's numbers.
    pub fn header(&self) -> &Header {
        &self.header
    }

    fn u32_at(&self, pos: usize) -> u32 {
        let mut bytes = [0; 4];
        bytes.copy_from_slice(&self.map[pos..pos + 4]);
        self.header.byte_order.u32(bytes)
    }

    /// The bytes of the strings table from `offset` up to (not including) the next NUL.
    fn string_bytes(&self, offset: u32) -> Result<&[u8], JImageError> {
        let malformed = JImageError::Malformed {
            what: "string offset",
            value: u64::from(offset),
        };
        let table = &self.map[self.strings_start..self.index_size];
        let tail = table.get(offset as usize..).ok_or(malformed.clone())?;
        let end = tail.iter().position(|&b| b == 0).ok_or(malformed)?;
        Ok(&tail[..end])
    }

    /// The string at `offset` in the strings table.
    pub fn string(&self, offset: u32) -> Result<&str, JImageError> {
        let bytes = self.string_bytes(offset)?;
        std::str::from_utf8(bytes).map_err(|_| JImageError::Malformed {
            what: "non-UTF-8 string at offset",
            value: u64::from(offset),
        })
    }

    /// The location stored in slot `index` of the offsets table.
    pub fn location_at(&self, index: u32) -> Result<Location, JImageError> {
        if index >= self.header.table_length {
            return Err(JImageError::Malformed {
                what: "location index",
                value: u64::from(index),
            });
        }
        let offset = self.u32_at(self.offsets_start + 4 * index as usize);
        let stream = &self.map[self.locations_start..self.strings_start];
        Location::decode(stream, offset)
    }

    /// Looks up the resource with full name `/module/parent/base.extension`.
    pub fn find_by_name(&self, full_name: &str) -> Result<Option<Location>, JImageError> {
        self.find_parts(&[full_name.as_bytes()])
    }

    /// Looks up `path` (e.g. `java/lang/Object.class`) in `module` (e.g. `java.base`).
    pub fn find(&self, module: &str, path: &str) -> Result<Option<Location>, JImageError> {
        self.find_parts(&[b"/", module.as_bytes(), b"/", path.as_bytes()])
    }

    /// Looks up the name made of `parts` concatenated, without building it.
    fn find_parts(&self, parts: &[&[u8]]) -> Result<Option<Location>, JImageError> {
        let length = self.header.table_length;
        if length == 0 {
            return Ok(None);
        }
        let slot = hash_parts(parts, HASH_MULTIPLIER) % length;
        let redirect = self.u32_at(self.redirect_start + 4 * slot as usize) as i32;
        let index = match redirect {
            0 => return Ok(None),
            r if r < 0 => (-1 - i64::from(r)) as u64,
            seed => u64::from(hash_parts(parts, seed as u32) % length),
        };
        let index = u32::try_from(index).map_err(|_| JImageError::Malformed {
            what: "redirect to location index",
            value: index,
        })?;
        let location = self.location_at(index)?;
        if location.name_equals(self, parts)? {
            Ok(Some(location))
        } else {
            Ok(None)
        }
    }

    /// Reads a resource's bytes: borrowed from the mapping when stored uncompressed, otherwise
    /// decompressed into a new buffer.
    pub fn read(&self, location: &Location) -> Result<Cow<'_, [u8]>, JImageError> {
        let stored_size = if location.compressed_size() == 0 {
            location.uncompressed_size()
        } else {
            location.compressed_size()
        };
        let start = (self.index_size as u64).checked_add(location.offset());
        let end = start.and_then(|start| start.checked_add(stored_size));
        let bytes = match (start, end) {
            (Some(start), Some(end)) if end <= self.map.len() as u64 => {
                &self.map[start as usize..end as usize]
            }
            _ => {
                return Err(JImageError::Malformed {
                    what: "resource offset",
                    value: location.offset(),
                });
            }
        };
        if location.compressed_size() == 0 {
            return Ok(Cow::Borrowed(bytes));
        }
        let decompressed = decompress::decompress(self, bytes)?;
        if decompressed.len() as u64 != location.uncompressed_size() {
            return Err(JImageError::SizeMismatch {
                expected: location.uncompressed_size(),
                actual: decompressed.len() as u64,
            });
        }
        Ok(Cow::Owned(decompressed))
    }

    /// The module that holds `package` (`java.lang` or `java/lang`), from the image's
    /// `/packages/<package>` entry: the first module in which the package is not empty.
    pub fn package_module(&self, package: &str) -> Result<Option<&str>, JImageError> {
        let dotted = package.replace('/', ".");
        let Some(location) = self.find_parts(&[b"/packages/", dotted.as_bytes()])? else {
            return Ok(None);
        };
        let content = self.read(&location)?;
        for pair in content.chunks_exact(8) {
            let word = |i: usize| [pair[i], pair[i + 1], pair[i + 2], pair[i + 3]];
            let is_empty = self.header.byte_order.u32(word(0));
            if is_empty == 0 {
                let module = self.string(self.header.byte_order.u32(word(4)))?;
                return Ok(Some(module).filter(|module| !module.is_empty()));
            }
        }
        Ok(None)
    }

    /// Finds the class `internal_name` (e.g. `java/lang/Object`) in the module that owns its
    /// package; returns that module's name and the class's location.
    pub fn find_class(&self, internal_name: &str) -> Result<Option<(&str, Location)>, JImageError> {
        let package = internal_name
            .rsplit_once('/')
            .map_or("", |(package, _)| package);
        let Some(module) = self.package_module(package)? else {
            return Ok(None);
        };
        let location = self.find_parts(&[
            b"/",
            module.as_bytes(),
            b"/",
            internal_name.as_bytes(),
            b".class",
        ])?;
        Ok(location.map(|location| (module, location)))
    }

    /// The names of the modules in the image, sorted.
    pub fn modules(&self) -> Result<Vec<&str>, JImageError> {
        let mut modules = Vec::new();
        for location in self.locations() {
            let module = self.string(location?.module_offset())?;
            if !matches!(module, "" | "modules" | "packages") {
                modules.push(module);
            }
        }
        modules.sort_unstable();
        modules.dedup();
        Ok(modules)
    }

    /// Every location of the image in table order, including the synthetic `/packages/...` and
    /// `/modules/...` directory entries.
    pub fn locations(&self) -> impl Iterator<Item = Result<Location, JImageError>> + '_ {
        (0..self.header.table_length).map(|index| self.location_at(index))
    }

    /// The full names of every resource in the image (see [`JImage::locations`]).
    pub fn resource_names(&self) -> impl Iterator<Item = Result<String, JImageError>> + '_ {
        self.locations()
            .map(|location| location.and_then(|location| location.full_name(self)))
    }
}

/// The image's string hash over the concatenation of `parts`, starting from `seed`.
fn hash_parts(parts: &[&[u8]], seed: u32) -> u32 {
    let mut hash = seed;
    for &byte in parts.iter().flat_map(|part| part.iter()) {
        hash = hash.wrapping_mul(HASH_MULTIPLIER) ^ u32::from(byte);
    }
    hash & 0x7FFF_FFFF
}

#[cfg(test)]
mod tests {
    use super::hash_parts;

    #[test]
    fn split_name_hashes_like_the_whole() {
        let whole = hash_parts(&[b"/java.base/java/lang/Object.class"], 0x0100_0193);
        let split = hash_parts(
            &[b"/", b"java.base", b"/", b"java/lang/Object", b".class"],
            0x0100_0193,
        );
        assert_eq!(whole, split);
        assert_eq!(whole & 0x8000_0000, 0);
    }
}
