//! The class-file layer of Cortado.
//!
//! This crate owns everything that can be said about a class file without a running VM: the
//! class-file model and its parser (every attribute of JVMS 17 §4.7), the format checks of
//! JVMS §4.8, field and method descriptors, generic signatures, modified UTF-8, bytecode
//! decoding and the bytecode verifier. It is pure: no VM state and no `unsafe`.
//!
//! Entry points: [`ClassFile::parse`], [`ClassFile::parse_named`] and
//! [`ClassFile::parse_with`]. Errors carry the Java exception HotSpot 17 would throw and its
//! exact message ([`ClassFileError`]).

#![forbid(unsafe_code)]

pub mod attributes;
pub mod bytecode;
pub mod constant_pool;
pub mod descriptor;
pub mod error;
pub mod model;
pub mod mutf8;
mod parse;
pub mod reader;
pub mod signature;
pub mod verifier;

pub use constant_pool::{Constant, ConstantPool, CpError};
pub use error::{ClassFileError, ErrorKind};
pub use model::{ClassFile, Code, Field, Method};
pub use parse::ParseOptions;
