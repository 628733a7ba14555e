//! Attributes that HotSpot keeps as opaque bytes at load time (annotations, stack maps, module
//! descriptions) and decodes only when asked. They are kept borrowed here too and decoded into
//! typed structures on demand, so a malformed annotation fails where Java would fail (reflection,
//! verification), not at class load.

mod annotations;
mod module;
mod stack_map;

use std::fmt;

pub use annotations::{
    Annotation, ElementValue, ElementValuePair, LocalVarTarget, TargetInfo, TypeAnnotation,
    TypePathEntry,
};
pub use module::{Exports, Module, Provides, Requires};
pub use stack_map::{StackMapFrame, VerificationType};

use crate::error::ClassFileError;

/// Declares a borrowed, lazily decoded attribute body.
macro_rules! raw_attribute {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub struct $name<'a> {
            /// The attribute's `info` bytes.
            pub bytes: &'a [u8],
        }
    };
}

raw_attribute! {
    /// A `RuntimeVisibleAnnotations` or `RuntimeInvisibleAnnotations` attribute.
    Annotations
}

raw_attribute! {
    /// A `RuntimeVisibleParameterAnnotations` or `RuntimeInvisibleParameterAnnotations` attribute.
    ParameterAnnotations
}

raw_attribute! {
    /// A `RuntimeVisibleTypeAnnotations` or `RuntimeInvisibleTypeAnnotations` attribute.
    TypeAnnotations
}

raw_attribute! {
    /// An `AnnotationDefault` attribute: one `element_value`.
    AnnotationDefault
}

raw_attribute! {
    /// A `StackMapTable` attribute.
    StackMapTable
}

/// What went wrong decoding an attribute body.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DecodeErrorKind {
    /// The body ends inside a structure.
    Truncated,
    /// Bytes remain after the last structure.
    TrailingBytes,
    /// An unknown tag, frame type, target type or verification type.
    BadTag(u8),
    /// Annotations nested deeper than [`MAX_NESTING`].
    TooDeep,
}

/// How deeply annotation values may nest before decoding gives up (instead of overflowing the
/// stack on hostile input).
pub const MAX_NESTING: usize = 512;

/// A malformed attribute body.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DecodeError {
    /// The attribute's name.
    pub attribute: &'static str,
    /// Offset in the attribute body.
    pub offset: usize,
    /// The problem.
    pub kind: DecodeErrorKind,
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let what = match self.kind {
            DecodeErrorKind::Truncated => "truncated".to_owned(),
            DecodeErrorKind::TrailingBytes => "extra bytes at the end".to_owned(),
            DecodeErrorKind::BadTag(t) => format!("bad tag {t}"),
            DecodeErrorKind::TooDeep => "nested too deeply".to_owned(),
        };
        write!(
            f,
            "Malformed {} attribute: {what} at offset {}",
            self.attribute, self.offset
        )
    }
}

impl std::error::Error for DecodeError {}

impl From<DecodeError> for ClassFileError {
    fn from(e: DecodeError) -> ClassFileError {
        ClassFileError::format(e.to_string())
    }
}

/// A bounds-checked big-endian cursor over an attribute body.
pub(crate) struct Cursor<'a> {
    bytes: &'a [u8],
    pos: usize,
    attribute: &'static str,
}

impl<'a> Cursor<'a> {
    pub(crate) fn new(bytes: &'a [u8], attribute: &'static str) -> Cursor<'a> {
        Cursor {
            bytes,
            pos: 0,
            attribute,
        }
    }

    pub(crate) fn error(&self, kind: DecodeErrorKind) -> DecodeError {
        DecodeError {
            attribute: self.attribute,
            offset: self.pos,
            kind,
        }
    }

    pub(crate) fn take(&mut self, n: usize) -> Result<&'a [u8], DecodeError> {
        let end = self.pos.checked_add(n).filter(|&e| e <= self.bytes.len());
        let end = end.ok_or_else(|| self.error(DecodeErrorKind::Truncated))?;
        let slice = &self.bytes[self.pos..end];
        self.pos = end;
        Ok(slice)
    }

    pub(crate) fn u1(&mut self) -> Result<u8, DecodeError> {
        Ok(self.take(1)?[0])
    }

    pub(crate) fn u2(&mut self) -> Result<u16, DecodeError> {
        let b = self.take(2)?;
        Ok(u16::from_be_bytes([b[0], b[1]]))
    }

    /// Fails unless every byte was consumed.
    pub(crate) fn finish(&self) -> Result<(), DecodeError> {
        if self.pos == self.bytes.len() {
            Ok(())
        } else {
            Err(self.error(DecodeErrorKind::TrailingBytes))
        }
    }
}
