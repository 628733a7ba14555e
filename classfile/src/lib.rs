//! The class-file layer of Cortado.
//!
//! This crate owns everything that can be said about a class file without a running VM: the
//! class-file model and its parser (every attribute of JVMS 17 §4.7), the format checks of
//! JVMS §4.8, field and method descriptors, generic signatures, modified UTF-8, bytecode
//! decoding and the bytecode verifier. It is pure: no VM state and no `unsafe`.

pub mod bytecode;
pub mod signature;
