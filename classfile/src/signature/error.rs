//! Errors of signature parsing.

use std::fmt;

/// Why a signature string is malformed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SignatureErrorKind {
    /// The string ended where the grammar needs more; names what was expected.
    UnexpectedEnd {
        /// What the grammar expected at the end (for example `"';'"` or `"a type"`).
        expected: &'static str,
    },
    /// A character the grammar does not allow at this point.
    UnexpectedCharacter {
        /// The character found.
        found: char,
        /// What the grammar expected instead.
        expected: &'static str,
    },
    /// A complete signature was followed by more characters.
    TrailingCharacters,
    /// Arrays and type arguments nest more deeply than the parser allows (1024 levels).
    NestingTooDeep,
}

/// A malformed signature: what is wrong and the byte offset in the string where it was found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SignatureError {
    /// Byte offset into the signature string.
    pub position: usize,
    /// What is wrong.
    pub kind: SignatureErrorKind,
}

impl fmt::Display for SignatureError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            SignatureErrorKind::UnexpectedEnd { expected } => write!(
                f,
                "signature ends at offset {} where {expected} was expected",
                self.position
            ),
            SignatureErrorKind::UnexpectedCharacter { found, expected } => write!(
                f,
                "unexpected character '{found}' at offset {} where {expected} was expected",
                self.position
            ),
            SignatureErrorKind::TrailingCharacters => write!(
                f,
                "unexpected characters after the end of the signature at offset {}",
                self.position
            ),
            SignatureErrorKind::NestingTooDeep => write!(
                f,
                "types nest too deeply at offset {} of the signature",
                self.position
            ),
        }
    }
}

impl std::error::Error for SignatureError {}
