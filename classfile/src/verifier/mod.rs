//! The bytecode verifier (JVMS §4.10): the type checker for class files of version 50 and
//! above, the type-inference verifier for older ones, and the per-instruction reference maps
//! the interpreter and the garbage collector use.

pub mod context;
pub mod error;
pub mod frame;
pub mod hierarchy;
pub mod opcodes;
pub mod types;
