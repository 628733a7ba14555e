//! Decoded instructions: an opcode with its operands, branch offsets already turned into
//! absolute code-array positions.

use super::opcode::Opcode;

/// The element type of `newarray` (JVMS §6.5.newarray, Table 6.5.newarray-A).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ArrayType {
    /// `T_BOOLEAN` (4).
    Boolean = 4,
    /// `T_CHAR` (5).
    Char = 5,
    /// `T_FLOAT` (6).
    Float = 6,
    /// `T_DOUBLE` (7).
    Double = 7,
    /// `T_BYTE` (8).
    Byte = 8,
    /// `T_SHORT` (9).
    Short = 9,
    /// `T_INT` (10).
    Int = 10,
    /// `T_LONG` (11).
    Long = 11,
}

impl ArrayType {
    /// The array type for an `atype` operand, `None` outside 4..=11.
    pub const fn from_atype(atype: u8) -> Option<ArrayType> {
        Some(match atype {
            4 => ArrayType::Boolean,
            5 => ArrayType::Char,
            6 => ArrayType::Float,
            7 => ArrayType::Double,
            8 => ArrayType::Byte,
            9 => ArrayType::Short,
            10 => ArrayType::Int,
            11 => ArrayType::Long,
            _ => return None,
        })
    }

    /// The `atype` operand value.
    pub const fn atype(self) -> u8 {
        self as u8
    }

    /// The element type's Java name (`boolean`, `char`, ...), as `javap` prints it.
    pub const fn name(self) -> &'static str {
        match self {
            ArrayType::Boolean => "boolean",
            ArrayType::Char => "char",
            ArrayType::Float => "float",
            ArrayType::Double => "double",
            ArrayType::Byte => "byte",
            ArrayType::Short => "short",
            ArrayType::Int => "int",
            ArrayType::Long => "long",
        }
    }

    /// The field-descriptor character of the element type (`Z`, `C`, `F`, `D`, `B`, `S`,
    /// `I`, `J`).
    pub const fn descriptor(self) -> char {
        match self {
            ArrayType::Boolean => 'Z',
            ArrayType::Char => 'C',
            ArrayType::Float => 'F',
            ArrayType::Double => 'D',
            ArrayType::Byte => 'B',
            ArrayType::Short => 'S',
            ArrayType::Int => 'I',
            ArrayType::Long => 'J',
        }
    }
}

/// One decoded instruction. Operands that index the constant pool are not resolved here.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Instruction<'a> {
    /// An instruction without operands, including the `_<n>` forms such as `iload_0`.
    Simple(Opcode),
    /// `bipush`: the sign-extended byte.
    Bipush(i8),
    /// `sipush`: the sign-extended short.
    Sipush(i16),
    /// An instruction whose operand is a constant-pool index: `ldc` (one-byte index),
    /// `ldc_w`, `ldc2_w`, `getstatic`, `putstatic`, `getfield`, `putfield`, `invokevirtual`,
    /// `invokespecial`, `invokestatic`, `new`, `anewarray`, `checkcast`, `instanceof`.
    ConstantPool {
        /// The opcode.
        opcode: Opcode,
        /// The constant-pool index.
        index: u16,
    },
    /// A load, a store or `ret` with an explicit local index, possibly under `wide`.
    Local {
        /// The modified opcode (never `wide` itself).
        opcode: Opcode,
        /// The local-variable index.
        index: u16,
        /// Whether the instruction was prefixed by `wide`.
        wide: bool,
    },
    /// `iinc`, possibly under `wide`.
    Iinc {
        /// The local-variable index.
        index: u16,
        /// The signed increment.
        delta: i16,
        /// Whether the instruction was prefixed by `wide`.
        wide: bool,
    },
    /// A conditional branch, `goto`, `jsr`, `goto_w` or `jsr_w`.
    Branch {
        /// The opcode.
        opcode: Opcode,
        /// The absolute position in the code array the instruction may jump to.
        target: u32,
    },
    /// `tableswitch`.
    TableSwitch(TableSwitch<'a>),
    /// `lookupswitch`.
    LookupSwitch(LookupSwitch<'a>),
    /// `invokeinterface` (its fourth operand byte, always zero once decoded, is dropped).
    InvokeInterface {
        /// The constant-pool index of the interface method.
        index: u16,
        /// The `count` operand: the size of the arguments in slots, receiver included.
        count: u8,
    },
    /// `invokedynamic` (its two zero operand bytes are dropped).
    InvokeDynamic {
        /// The constant-pool index of the dynamically-computed call site.
        index: u16,
    },
    /// `newarray`.
    NewArray(ArrayType),
    /// `multianewarray`.
    MultiANewArray {
        /// The constant-pool index of the array class.
        index: u16,
        /// The number of dimensions to create (at least 1).
        dimensions: u8,
    },
}

/// A `tableswitch`: jump to `targets[key - low]` when `low <= key <= high`, else to `default`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TableSwitch<'a> {
    /// The absolute target for keys outside `low..=high`.
    pub default: u32,
    /// The lowest key with an entry in the table.
    pub low: i32,
    /// The highest key with an entry in the table (`low <= high`).
    pub high: i32,
    pub(super) pc: u32,
    pub(super) offsets: &'a [u8],
}

impl<'a> TableSwitch<'a> {
    /// The number of entries in the jump table (`high - low + 1`).
    pub fn len(&self) -> usize {
        self.offsets.len() / 4
    }

    /// Whether the jump table is empty (never true for a decoded instruction).
    pub fn is_empty(&self) -> bool {
        self.offsets.is_empty()
    }

    /// The absolute targets of the jump table, for keys `low`, `low + 1`, ..., `high`.
    pub fn targets(&self) -> RawTargets<'a> {
        RawTargets::new(self.pc, self.offsets, 4, 0)
    }

    /// Where a key jumps to.
    pub fn target_for(&self, key: i32) -> u32 {
        if key < self.low || key > self.high {
            return self.default;
        }
        let slot = (i64::from(key) - i64::from(self.low)) as usize * 4;
        match self.offsets.get(slot..slot + 4) {
            Some(bytes) => absolute(self.pc, read_i32(bytes)),
            None => self.default,
        }
    }

    /// The instruction's length in bytes, padding included.
    pub fn length(&self) -> u32 {
        1 + switch_padding(self.pc) + 12 + self.offsets.len() as u32
    }
}

/// A `lookupswitch`: jump to the target paired with the key, else to `default`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LookupSwitch<'a> {
    /// The absolute target for keys without a pair.
    pub default: u32,
    pub(super) pc: u32,
    pub(super) pairs: &'a [u8],
}

impl<'a> LookupSwitch<'a> {
    /// The number of match/target pairs.
    pub fn len(&self) -> usize {
        self.pairs.len() / 8
    }

    /// Whether there are no pairs (every key jumps to `default`).
    pub fn is_empty(&self) -> bool {
        self.pairs.is_empty()
    }

    /// The match/target pairs in increasing order of their keys.
    pub fn pairs(&self) -> impl ExactSizeIterator<Item = (i32, u32)> + 'a {
        let pc = self.pc;
        self.pairs
            .chunks_exact(8)
            .map(move |pair| (read_i32(&pair[..4]), absolute(pc, read_i32(&pair[4..]))))
    }

    /// The absolute targets of the pairs, in the order of the pairs.
    pub fn targets(&self) -> RawTargets<'a> {
        RawTargets::new(self.pc, self.pairs, 8, 4)
    }

    /// Where a key jumps to (binary search: decoded keys are sorted).
    pub fn target_for(&self, key: i32) -> u32 {
        let (mut lo, mut hi) = (0, self.len());
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            let at = mid * 8;
            let Some(pair) = self.pairs.get(at..at + 8) else {
                break;
            };
            let probe = read_i32(&pair[..4]);
            if probe == key {
                return absolute(self.pc, read_i32(&pair[4..]));
            } else if probe < key {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        self.default
    }

    /// The instruction's length in bytes, padding included.
    pub fn length(&self) -> u32 {
        1 + switch_padding(self.pc) + 8 + self.pairs.len() as u32
    }
}

/// The absolute targets stored in a switch's raw operand bytes.
#[derive(Debug, Clone)]
pub struct RawTargets<'a> {
    pc: u32,
    entries: std::slice::ChunksExact<'a, u8>,
    offset_at: usize,
}

impl<'a> RawTargets<'a> {
    fn new(pc: u32, bytes: &'a [u8], stride: usize, offset_at: usize) -> RawTargets<'a> {
        RawTargets {
            pc,
            entries: bytes.chunks_exact(stride),
            offset_at,
        }
    }
}

impl Iterator for RawTargets<'_> {
    type Item = u32;

    fn next(&mut self) -> Option<u32> {
        let entry = self.entries.next()?;
        let offset = entry.get(self.offset_at..self.offset_at + 4)?;
        Some(absolute(self.pc, read_i32(offset)))
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.entries.size_hint()
    }
}

impl ExactSizeIterator for RawTargets<'_> {}

/// Every position an instruction may jump to: a branch's target, or a switch's default
/// followed by its other targets (duplicates included).
#[derive(Debug, Clone)]
pub struct Targets<'a> {
    first: Option<u32>,
    rest: Option<RawTargets<'a>>,
}

impl Iterator for Targets<'_> {
    type Item = u32;

    fn next(&mut self) -> Option<u32> {
        if let Some(first) = self.first.take() {
            return Some(first);
        }
        self.rest.as_mut()?.next()
    }
}

impl<'a> Instruction<'a> {
    /// The instruction's opcode; for a widened instruction, the opcode `wide` modified.
    pub fn opcode(&self) -> Opcode {
        match *self {
            Instruction::Simple(opcode)
            | Instruction::ConstantPool { opcode, .. }
            | Instruction::Local { opcode, .. }
            | Instruction::Branch { opcode, .. } => opcode,
            Instruction::Bipush(_) => Opcode::Bipush,
            Instruction::Sipush(_) => Opcode::Sipush,
            Instruction::Iinc { .. } => Opcode::Iinc,
            Instruction::TableSwitch(_) => Opcode::Tableswitch,
            Instruction::LookupSwitch(_) => Opcode::Lookupswitch,
            Instruction::InvokeInterface { .. } => Opcode::Invokeinterface,
            Instruction::InvokeDynamic { .. } => Opcode::Invokedynamic,
            Instruction::NewArray(_) => Opcode::Newarray,
            Instruction::MultiANewArray { .. } => Opcode::Multianewarray,
        }
    }

    /// Whether the instruction was prefixed by `wide`.
    pub fn is_wide(&self) -> bool {
        matches!(
            self,
            Instruction::Local { wide: true, .. } | Instruction::Iinc { wide: true, .. }
        )
    }

    /// The instruction's length in bytes, `wide` prefix and switch padding included.
    pub fn length(&self) -> u32 {
        match self {
            Instruction::TableSwitch(switch) => switch.length(),
            Instruction::LookupSwitch(switch) => switch.length(),
            Instruction::Local { wide: true, .. } => 4,
            Instruction::Iinc { wide: true, .. } => 6,
            other => other.opcode().length().unwrap_or(1),
        }
    }

    /// The absolute positions this instruction may jump to (not the next instruction).
    pub fn targets(&self) -> Targets<'a> {
        match self {
            Instruction::Branch { target, .. } => Targets {
                first: Some(*target),
                rest: None,
            },
            Instruction::TableSwitch(switch) => Targets {
                first: Some(switch.default),
                rest: Some(switch.targets()),
            },
            Instruction::LookupSwitch(switch) => Targets {
                first: Some(switch.default),
                rest: Some(switch.targets()),
            },
            _ => Targets {
                first: None,
                rest: None,
            },
        }
    }
}

impl std::fmt::Display for Instruction<'_> {
    /// Writes the instruction as `javap -c` does, minus constant-pool comments:
    /// `iload 4`, `goto 12`, and widened instructions with javap's `_w` suffix (`iinc_w 300, -1`).
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mnemonic = self.opcode().mnemonic();
        match *self {
            Instruction::Simple(_) => f.write_str(mnemonic),
            Instruction::Bipush(value) => write!(f, "{mnemonic} {value}"),
            Instruction::Sipush(value) => write!(f, "{mnemonic} {value}"),
            Instruction::ConstantPool { index, .. } => write!(f, "{mnemonic} #{index}"),
            Instruction::Local { index, wide, .. } => {
                let suffix = if wide { "_w" } else { "" };
                write!(f, "{mnemonic}{suffix} {index}")
            }
            Instruction::Iinc { index, delta, wide } => {
                let suffix = if wide { "_w" } else { "" };
                write!(f, "{mnemonic}{suffix} {index}, {delta}")
            }
            Instruction::Branch { target, .. } => write!(f, "{mnemonic} {target}"),
            Instruction::TableSwitch(switch) => write!(
                f,
                "{mnemonic} {{ {}..{}, default: {} }}",
                switch.low, switch.high, switch.default
            ),
            Instruction::LookupSwitch(switch) => write!(
                f,
                "{mnemonic} {{ {} pairs, default: {} }}",
                switch.len(),
                switch.default
            ),
            Instruction::InvokeInterface { index, count } => {
                write!(f, "{mnemonic} #{index}, {count}")
            }
            Instruction::InvokeDynamic { index } => write!(f, "{mnemonic} #{index}, 0"),
            Instruction::NewArray(ty) => write!(f, "{mnemonic} {}", ty.name()),
            Instruction::MultiANewArray { index, dimensions } => {
                write!(f, "{mnemonic} #{index}, {dimensions}")
            }
        }
    }
}

/// The number of padding bytes after a switch opcode at `pc`, so that its operands start at
/// a multiple of four from the start of the code array.
pub const fn switch_padding(pc: u32) -> u32 {
    (4 - pc.wrapping_add(1) % 4) % 4
}

/// Reads a big-endian `i32` from a four-byte slice (shorter slices read as zero-padded).
pub(super) fn read_i32(bytes: &[u8]) -> i32 {
    let mut word = [0u8; 4];
    for (slot, byte) in word.iter_mut().zip(bytes) {
        *slot = *byte;
    }
    i32::from_be_bytes(word)
}

/// `pc + offset` as a code position; the decoder has checked that it lies inside the code.
pub(super) fn absolute(pc: u32, offset: i32) -> u32 {
    (i64::from(pc) + i64::from(offset)) as u32
}
