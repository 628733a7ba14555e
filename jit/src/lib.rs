//! The Cranelift tier of Cortado.
//!
//! This crate owns the translation of hot methods' bytecode to Cranelift IR, the calling
//! convention between compiled and interpreted code, runtime-helper calls, stack maps for the
//! collector, the code cache and the compilation-policy hooks. It registers itself with the
//! runtime through the runtime's compiler trait.
