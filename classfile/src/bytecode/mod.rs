//! Bytecode: the JVMS 17 opcodes with their static properties, decoded instructions, and a
//! decoder that checks a method's code array the way HotSpot does before type checking.
//!
//! Work on a code array (`&[u8]`) alone: constant-pool indices are decoded, not resolved.
//! Branch offsets are turned into absolute positions, so every target in an [`Instruction`]
//! is a `u32` index into the code array.

mod decode;
mod error;
mod instruction;
mod opcode;

pub use decode::{DecodedCode, Decoder, MAX_CODE_LENGTH, decode_instruction, decode_method};
pub use error::{DecodeError, DecodeErrorKind};
pub use instruction::{
    ArrayType, Instruction, LookupSwitch, RawTargets, TableSwitch, Targets, switch_padding,
};
pub use opcode::{Flow, Opcode, OperandFormat};
