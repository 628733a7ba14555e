//! The internal outcome of a failed method verification, turned into a [`VerifyError`] with
//! the method's details at the top.

use super::context::MissingClass;
use super::error::{ErrorContext, VerifyError, VerifyErrorKind};
use super::frame::FrameError;

/// Why verifying a method failed, before the details are rendered.
#[derive(Debug)]
pub enum Failure {
    /// A `VerifyError` with its message and, for the type checker, HotSpot's error context.
    Verify(String, Option<Box<ErrorContext>>),
    /// A `ClassFormatError`; `in_method` appends HotSpot's ` in method '...'` suffix.
    Format {
        /// The message.
        message: String,
        /// Whether the method's external name is appended.
        in_method: bool,
    },
    /// A class needed for an assignability check could not be loaded.
    Missing(MissingClass),
    /// A `ClassFormatError` of the old verifier (its message gets the method prefix).
    OldFormat(String),
}

impl Failure {
    /// A verify error.
    pub fn verify(message: impl Into<String>, ctx: Option<ErrorContext>) -> Failure {
        Failure::Verify(message.into(), ctx.map(Box::new))
    }

    /// A verify error at `bci` with HotSpot's `bad_code` context.
    pub fn bad_code(bci: u16, message: impl Into<String>) -> Failure {
        let ctx = ErrorContext::new(bci, super::error::Fault::BadCode);
        Failure::Verify(message.into(), Some(Box::new(ctx)))
    }

    /// The verifier's own class format errors (with the method suffix).
    pub fn class_format(message: impl Into<String>) -> Failure {
        Failure::Format {
            message: message.into(),
            in_method: true,
        }
    }

    /// A `StackMapTable format error: ...` as the stack map reader throws it (no suffix).
    pub fn stackmap_format(message: &str) -> Failure {
        Failure::Format {
            message: format!("StackMapTable format error: {message}"),
            in_method: false,
        }
    }

    /// Turns the failure into the exception, rendering details with `render`.
    pub fn into_error(
        self,
        external_method_name: &str,
        render: impl FnOnce(&ErrorContext) -> String,
    ) -> VerifyError {
        match self {
            Failure::Verify(message, ctx) => VerifyError {
                kind: VerifyErrorKind::VerifyError,
                message,
                details: ctx.map(|c| render(&c)).unwrap_or_default(),
            },
            Failure::Format { message, in_method } => {
                let message = if in_method {
                    format!("{message} in method '{external_method_name}'")
                } else {
                    message
                };
                VerifyError::new(VerifyErrorKind::ClassFormatError, message)
            }
            Failure::Missing(MissingClass(name)) => {
                VerifyError::new(VerifyErrorKind::NoClassDefFoundError, name)
            }
            Failure::OldFormat(message) => {
                VerifyError::new(VerifyErrorKind::ClassFormatError, message)
            }
        }
    }
}

impl From<FrameError> for Failure {
    fn from(e: FrameError) -> Self {
        match e {
            FrameError::Verify(message, ctx) => Failure::Verify(message.to_owned(), Some(ctx)),
            FrameError::Missing(m) => Failure::Missing(m),
        }
    }
}

impl From<MissingClass> for Failure {
    fn from(m: MissingClass) -> Self {
        Failure::Missing(m)
    }
}
