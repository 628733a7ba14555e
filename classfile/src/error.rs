//! The error type of the class-file layer: a Java exception class plus its message.

use std::fmt;

/// The Java exception a class-file problem is reported as, named as HotSpot 17 names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ErrorKind {
    /// `java.lang.ClassFormatError`: the bytes break the format rules of JVMS §4.
    ClassFormatError,
    /// `java.lang.UnsupportedClassVersionError`: a class-file version this VM does not run.
    UnsupportedClassVersionError,
    /// `java.lang.NoClassDefFoundError`: the file is not a loadable class (ACC_MODULE is set,
    /// or its `this_class` differs from the name it was asked for).
    NoClassDefFoundError,
}

impl ErrorKind {
    /// The internal (slash-separated) name of the Java exception class, e.g.
    /// `java/lang/ClassFormatError`.
    pub fn java_class_name(self) -> &'static str {
        match self {
            ErrorKind::ClassFormatError => "java/lang/ClassFormatError",
            ErrorKind::UnsupportedClassVersionError => "java/lang/UnsupportedClassVersionError",
            ErrorKind::NoClassDefFoundError => "java/lang/NoClassDefFoundError",
        }
    }

    /// The binary (dot-separated) name of the Java exception class, as stack traces print it.
    pub fn java_binary_name(self) -> &'static str {
        match self {
            ErrorKind::ClassFormatError => "java.lang.ClassFormatError",
            ErrorKind::UnsupportedClassVersionError => "java.lang.UnsupportedClassVersionError",
            ErrorKind::NoClassDefFoundError => "java.lang.NoClassDefFoundError",
        }
    }
}

/// A class file that cannot be loaded: which Java exception to throw and its message, exactly as
/// HotSpot 17 words it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClassFileError {
    /// The Java exception class.
    pub kind: ErrorKind,
    /// The detail message.
    pub message: String,
}

impl ClassFileError {
    /// A `ClassFormatError` with the given message.
    pub fn format(message: impl Into<String>) -> ClassFileError {
        ClassFileError {
            kind: ErrorKind::ClassFormatError,
            message: message.into(),
        }
    }

    /// An `UnsupportedClassVersionError` with the given message.
    pub fn version(message: impl Into<String>) -> ClassFileError {
        ClassFileError {
            kind: ErrorKind::UnsupportedClassVersionError,
            message: message.into(),
        }
    }

    /// A `NoClassDefFoundError` with the given message.
    pub fn no_class_def(message: impl Into<String>) -> ClassFileError {
        ClassFileError {
            kind: ErrorKind::NoClassDefFoundError,
            message: message.into(),
        }
    }

    /// The error HotSpot raises when the bytes end before a structure does.
    pub fn truncated() -> ClassFileError {
        ClassFileError::format("Truncated class file")
    }
}

impl fmt::Display for ClassFileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.kind.java_binary_name(), self.message)
    }
}

impl std::error::Error for ClassFileError {}

/// Shorthand for results of this crate.
pub type Result<T, E = ClassFileError> = std::result::Result<T, E>;
