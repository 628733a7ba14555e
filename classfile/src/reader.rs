//! A big-endian cursor over class-file bytes that reports running past the end as HotSpot's
//! "Truncated class file".

use crate::error::{ClassFileError, Result};

/// A forward-only reader over a byte slice. Every read checks the remaining length first.
#[derive(Debug, Clone, Copy)]
pub struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    /// A reader at the start of `bytes`.
    pub fn new(bytes: &'a [u8]) -> Reader<'a> {
        Reader { bytes, pos: 0 }
    }

    /// A reader over `bytes` positioned at `pos` (clamped to the end).
    pub fn at(bytes: &'a [u8], pos: usize) -> Reader<'a> {
        Reader {
            bytes,
            pos: pos.min(bytes.len()),
        }
    }

    /// The current offset from the start of the underlying slice.
    pub fn position(&self) -> usize {
        self.pos
    }

    /// How many bytes are left.
    pub fn remaining(&self) -> usize {
        self.bytes.len() - self.pos
    }

    /// Whether every byte has been consumed.
    pub fn at_end(&self) -> bool {
        self.pos == self.bytes.len()
    }

    /// Fails with "Truncated class file" unless at least `n` more bytes remain.
    pub fn need(&self, n: usize) -> Result<()> {
        if self.remaining() >= n {
            Ok(())
        } else {
            Err(ClassFileError::truncated())
        }
    }

    /// Reads `n` bytes as a borrowed slice.
    pub fn bytes(&mut self, n: usize) -> Result<&'a [u8]> {
        self.need(n)?;
        let slice = &self.bytes[self.pos..self.pos + n];
        self.pos += n;
        Ok(slice)
    }

    /// Skips `n` bytes.
    pub fn skip(&mut self, n: usize) -> Result<()> {
        self.need(n)?;
        self.pos += n;
        Ok(())
    }

    /// Reads one byte.
    pub fn u1(&mut self) -> Result<u8> {
        let b = *self
            .bytes
            .get(self.pos)
            .ok_or_else(ClassFileError::truncated)?;
        self.pos += 1;
        Ok(b)
    }

    /// Reads a big-endian `u2`.
    pub fn u2(&mut self) -> Result<u16> {
        let b = self.bytes(2)?;
        Ok(u16::from_be_bytes([b[0], b[1]]))
    }

    /// Reads a big-endian `u4`.
    pub fn u4(&mut self) -> Result<u32> {
        let b = self.bytes(4)?;
        Ok(u32::from_be_bytes([b[0], b[1], b[2], b[3]]))
    }

    /// Reads a big-endian `u8` (eight bytes).
    pub fn u8(&mut self) -> Result<u64> {
        let b = self.bytes(8)?;
        Ok(u64::from_be_bytes([
            b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7],
        ]))
    }
}

/// Reads the big-endian `u2` at `off` of a slice whose length the caller has checked.
pub(crate) fn be_u16(b: &[u8], off: usize) -> u16 {
    u16::from_be_bytes([b[off], b[off + 1]])
}

impl<'a> Reader<'a> {
    /// The bytes from `start` up to the current position.
    pub fn slice_from(&self, start: usize) -> &'a [u8] {
        &self.bytes[start.min(self.pos)..self.pos]
    }

    /// The whole underlying slice.
    pub fn all(&self) -> &'a [u8] {
        self.bytes
    }
}
