//! Cortado, a Java Virtual Machine written in Rust.
//!
//! This crate is the public embedding API and the `cortado` launcher binary, which accepts the
//! command line of `java`. It wires together the runtime, the JIT and the native methods.

pub use classfile;
pub use runtime;

pub mod launcher;
