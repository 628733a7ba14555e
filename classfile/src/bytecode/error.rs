//! Errors of bytecode decoding, worded as HotSpot 17 words them.
//!
//! HotSpot checks code arrays in two places with different wording: the type-checking
//! verifier (`verifier.cpp`, class files of version 50 and later, which is what javac 17
//! writes) and the older type-inferencing verifier (`check_code.c` in `libverify`, class
//! files before version 50). [`DecodeErrorKind::message`] gives the first wording (also
//! [`Display`](std::fmt::Display)'s), [`DecodeErrorKind::inference_verifier_message`] the
//! second.

use std::fmt;

/// What is wrong with a code array at some instruction.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DecodeErrorKind {
    /// The code array is empty or longer than 65535 bytes (JVMS §4.7.3).
    InvalidCodeLength {
        /// The code array's length.
        length: usize,
    },
    /// A byte that is not an opcode of a class file: 0xca (`breakpoint`), 0xcb..=0xfd, 0xfe and
    /// 0xff (`impdep1`, `impdep2`).
    IllegalOpcode {
        /// The offending byte.
        opcode: u8,
    },
    /// The instruction's operands run past the end of the code array.
    Truncated,
    /// `wide` followed by a byte that `wide` cannot modify.
    IllegalWide {
        /// The byte after `wide`.
        opcode: u8,
    },
    /// A branch target outside the code array or in the middle of an instruction.
    IllegalBranchTarget {
        /// The absolute target (may be negative or past the end).
        target: i64,
    },
    /// A switch target outside the code array or in the middle of an instruction.
    IllegalSwitchTarget {
        /// The absolute target (may be negative or past the end).
        target: i64,
        /// Whether it is the switch's default target.
        is_default: bool,
    },
    /// A `tableswitch` whose `low` is greater than its `high`.
    TableSwitchLowAboveHigh {
        /// The `low` operand.
        low: i32,
        /// The `high` operand.
        high: i32,
    },
    /// A `lookupswitch` with a negative `npairs`.
    LookupSwitchNegativePairs {
        /// The `npairs` operand.
        npairs: i32,
    },
    /// A `lookupswitch` whose keys are not in strictly increasing order.
    LookupSwitchUnsorted {
        /// The key that is not greater than the one before it.
        key: i32,
        /// The key before it.
        previous: i32,
    },
    /// A `newarray` whose `atype` is not in 4..=11.
    IllegalNewArrayType {
        /// The `atype` operand.
        atype: u8,
    },
    /// A `multianewarray` with zero dimensions.
    ZeroDimensions,
    /// An `invokeinterface` whose `count` operand is zero.
    InvokeInterfaceZeroCount,
    /// An `invokeinterface` whose fourth operand byte is not zero.
    InvokeInterfaceNonzeroByte {
        /// The fourth operand byte.
        byte: u8,
    },
    /// An `invokedynamic` whose third or fourth operand byte is not zero.
    InvokeDynamicNonzeroBytes,
}

/// A malformed code array: what is wrong, at the instruction starting at `pc`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct DecodeError {
    /// The position of the offending instruction in the code array (0 for
    /// [`DecodeErrorKind::InvalidCodeLength`]).
    pub pc: u32,
    /// What is wrong.
    pub kind: DecodeErrorKind,
}

impl DecodeErrorKind {
    /// The message of HotSpot's type-checking verifier (class files of version 50 and
    /// later); for [`InvalidCodeLength`](Self::InvalidCodeLength), the class-file parser's,
    /// without its trailing `in class file` part.
    pub fn message(&self) -> String {
        match *self {
            DecodeErrorKind::InvalidCodeLength { length } => {
                format!("Invalid method Code length {length}")
            }
            DecodeErrorKind::IllegalOpcode { opcode } => format!("Bad instruction: {opcode:02x}"),
            DecodeErrorKind::Truncated | DecodeErrorKind::IllegalWide { .. } => {
                "Bad instruction".to_owned()
            }
            DecodeErrorKind::IllegalBranchTarget { target }
            | DecodeErrorKind::IllegalSwitchTarget { target, .. } => {
                format!("Expecting a stackmap frame at branch target {target}")
            }
            DecodeErrorKind::TableSwitchLowAboveHigh { .. } => {
                "low must be less than or equal to high in tableswitch".to_owned()
            }
            DecodeErrorKind::LookupSwitchNegativePairs { .. } => {
                "number of keys in lookupswitch less than 0".to_owned()
            }
            DecodeErrorKind::LookupSwitchUnsorted { .. } => {
                "Bad lookupswitch instruction".to_owned()
            }
            DecodeErrorKind::IllegalNewArrayType { .. } => {
                "Illegal newarray instruction".to_owned()
            }
            DecodeErrorKind::ZeroDimensions => {
                "Illegal dimension in multianewarray instruction: 0".to_owned()
            }
            DecodeErrorKind::InvokeInterfaceZeroCount => {
                "Inconsistent args count operand in invokeinterface".to_owned()
            }
            DecodeErrorKind::InvokeInterfaceNonzeroByte { .. } => {
                "Fourth operand byte of invokeinterface must be zero".to_owned()
            }
            DecodeErrorKind::InvokeDynamicNonzeroBytes => {
                "Third and fourth operand bytes of invokedynamic must be zero".to_owned()
            }
        }
    }

    /// The message of HotSpot's type-inferencing verifier (`libverify`, class files before
    /// version 50) for this error at `pc`.
    pub fn inference_verifier_message(&self, pc: u32) -> String {
        match *self {
            DecodeErrorKind::InvalidCodeLength { .. } => self.message(),
            DecodeErrorKind::IllegalOpcode { .. }
            | DecodeErrorKind::IllegalWide { .. }
            | DecodeErrorKind::TableSwitchLowAboveHigh { .. }
            | DecodeErrorKind::LookupSwitchNegativePairs { .. } => {
                format!("Illegal instruction found at offset {pc}")
            }
            DecodeErrorKind::Truncated => {
                format!("Code stops in the middle of instruction  starting at offset {pc}")
            }
            DecodeErrorKind::IllegalBranchTarget { .. } => {
                "Illegal target of jump or branch".to_owned()
            }
            DecodeErrorKind::IllegalSwitchTarget { is_default, .. } => if is_default {
                "Illegal default target in switch"
            } else {
                "Illegal branch in tableswitch"
            }
            .to_owned(),
            DecodeErrorKind::LookupSwitchUnsorted { .. } => "Unsorted lookup switch".to_owned(),
            DecodeErrorKind::IllegalNewArrayType { .. } => "Bad type passed to newarray".to_owned(),
            DecodeErrorKind::ZeroDimensions => "Illegal dimension argument".to_owned(),
            DecodeErrorKind::InvokeInterfaceZeroCount => {
                "Inconsistent args_size for invokeinterface".to_owned()
            }
            DecodeErrorKind::InvokeInterfaceNonzeroByte { .. }
            | DecodeErrorKind::InvokeDynamicNonzeroBytes => self.message(),
        }
    }
}

impl fmt::Display for DecodeErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message())
    }
}

impl fmt::Display for DecodeError {
    /// The type-checking verifier's message; the position is in [`DecodeError::pc`], as
    /// HotSpot reports it apart in its `Location:` line.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.kind.message())
    }
}

impl std::error::Error for DecodeError {}
