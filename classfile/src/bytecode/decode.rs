//! Decoding a method's code array: one instruction at a position, an iterator over all of
//! them, and a whole-method decode that also checks every branch target.

use super::error::{DecodeError, DecodeErrorKind};
use super::instruction::{
    ArrayType, Instruction, LookupSwitch, TableSwitch, absolute, read_i32, switch_padding,
};
use super::opcode::{Opcode, OperandFormat};

/// The longest code array a class file may hold (JVMS §4.7.3: `code_length < 65536`).
pub const MAX_CODE_LENGTH: usize = 65535;

type Result<T> = std::result::Result<T, DecodeErrorKind>;

/// The operand bytes of the instruction at `pc`, with bounds-checked readers.
struct Operands<'a> {
    code: &'a [u8],
    pc: u32,
}

impl<'a> Operands<'a> {
    /// The byte at `pc + offset`.
    fn u8(&self, offset: usize) -> Result<u8> {
        self.code
            .get(self.pc as usize + offset)
            .copied()
            .ok_or(DecodeErrorKind::Truncated)
    }

    fn u16(&self, offset: usize) -> Result<u16> {
        Ok(u16::from_be_bytes([self.u8(offset)?, self.u8(offset + 1)?]))
    }

    fn i32(&self, offset: usize) -> Result<i32> {
        Ok(read_i32(self.bytes(offset, 4)?))
    }

    /// `len` bytes starting at `pc + offset`.
    fn bytes(&self, offset: usize, len: u64) -> Result<&'a [u8]> {
        let start = self.pc as u64 + offset as u64;
        let end = start + len;
        if end > self.code.len() as u64 {
            return Err(DecodeErrorKind::Truncated);
        }
        Ok(&self.code[start as usize..end as usize])
    }

    /// `pc + offset` if it lies inside the code array.
    fn target(&self, offset: i32) -> Option<u32> {
        let target = i64::from(self.pc) + i64::from(offset);
        (0..self.code.len() as i64)
            .contains(&target)
            .then(|| absolute(self.pc, offset))
    }

    fn branch_target(&self, offset: i32) -> Result<u32> {
        self.target(offset)
            .ok_or(DecodeErrorKind::IllegalBranchTarget {
                target: i64::from(self.pc) + i64::from(offset),
            })
    }

    fn switch_target(&self, offset: i32, is_default: bool) -> Result<u32> {
        self.target(offset)
            .ok_or(DecodeErrorKind::IllegalSwitchTarget {
                target: i64::from(self.pc) + i64::from(offset),
                is_default,
            })
    }
}

/// Decodes the instruction at `pc` of `code`, returning it and the position of the next
/// instruction. Checks everything that can be checked from the instruction alone, including
/// that its branch targets lie inside the code array (but not that they start instructions:
/// [`decode_method`] does that).
pub fn decode_instruction(
    code: &[u8],
    pc: u32,
) -> std::result::Result<(Instruction<'_>, u32), DecodeError> {
    decode_at(code, pc).map_err(|kind| DecodeError { pc, kind })
}

fn decode_at(code: &[u8], pc: u32) -> Result<(Instruction<'_>, u32)> {
    let operands = Operands { code, pc };
    let byte = operands.u8(0)?;
    let opcode = Opcode::from_u8(byte).ok_or(DecodeErrorKind::IllegalOpcode { opcode: byte })?;
    let fixed_length = opcode.length();
    if let Some(length) = fixed_length {
        // Fixed-length instructions report truncation before anything about their operands.
        operands.bytes(0, u64::from(length))?;
    }
    let instruction = match opcode.format() {
        OperandFormat::None => Instruction::Simple(opcode),
        OperandFormat::Byte => Instruction::Bipush(operands.u8(1)? as i8),
        OperandFormat::Short => Instruction::Sipush(operands.u16(1)? as i16),
        OperandFormat::ConstantIndex1 => Instruction::ConstantPool {
            opcode,
            index: u16::from(operands.u8(1)?),
        },
        OperandFormat::ConstantIndex2 => Instruction::ConstantPool {
            opcode,
            index: operands.u16(1)?,
        },
        OperandFormat::Local => Instruction::Local {
            opcode,
            index: u16::from(operands.u8(1)?),
            wide: false,
        },
        OperandFormat::Iinc => Instruction::Iinc {
            index: u16::from(operands.u8(1)?),
            delta: i16::from(operands.u8(2)? as i8),
            wide: false,
        },
        OperandFormat::Branch => Instruction::Branch {
            opcode,
            target: operands.branch_target(i32::from(operands.u16(1)? as i16))?,
        },
        OperandFormat::BranchWide => Instruction::Branch {
            opcode,
            target: operands.branch_target(operands.i32(1)?)?,
        },
        OperandFormat::TableSwitch => Instruction::TableSwitch(table_switch(&operands)?),
        OperandFormat::LookupSwitch => Instruction::LookupSwitch(lookup_switch(&operands)?),
        OperandFormat::InvokeInterface => {
            let count = operands.u8(3)?;
            if count == 0 {
                return Err(DecodeErrorKind::InvokeInterfaceZeroCount);
            }
            let zero = operands.u8(4)?;
            if zero != 0 {
                return Err(DecodeErrorKind::InvokeInterfaceNonzeroByte { byte: zero });
            }
            Instruction::InvokeInterface {
                index: operands.u16(1)?,
                count,
            }
        }
        OperandFormat::InvokeDynamic => {
            if operands.u16(3)? != 0 {
                return Err(DecodeErrorKind::InvokeDynamicNonzeroBytes);
            }
            Instruction::InvokeDynamic {
                index: operands.u16(1)?,
            }
        }
        OperandFormat::NewArray => {
            let atype = operands.u8(1)?;
            Instruction::NewArray(
                ArrayType::from_atype(atype)
                    .ok_or(DecodeErrorKind::IllegalNewArrayType { atype })?,
            )
        }
        OperandFormat::MultiANewArray => {
            let dimensions = operands.u8(3)?;
            if dimensions == 0 {
                return Err(DecodeErrorKind::ZeroDimensions);
            }
            Instruction::MultiANewArray {
                index: operands.u16(1)?,
                dimensions,
            }
        }
        OperandFormat::Wide => wide(&operands)?,
    };
    let length = fixed_length.unwrap_or_else(|| instruction.length());
    Ok((instruction, pc + length))
}

/// `wide` and the instruction it modifies.
fn wide<'a>(operands: &Operands<'a>) -> Result<Instruction<'a>> {
    let byte = operands.u8(1)?;
    let opcode = Opcode::from_u8(byte)
        .filter(|op| op.is_widenable())
        .ok_or(DecodeErrorKind::IllegalWide { opcode: byte })?;
    if opcode == Opcode::Iinc {
        operands.bytes(0, 6)?;
        Ok(Instruction::Iinc {
            index: operands.u16(2)?,
            delta: operands.u16(4)? as i16,
            wide: true,
        })
    } else {
        operands.bytes(0, 4)?;
        Ok(Instruction::Local {
            opcode,
            index: operands.u16(2)?,
            wide: true,
        })
    }
}

fn table_switch<'a>(operands: &Operands<'a>) -> Result<TableSwitch<'a>> {
    let base = 1 + switch_padding(operands.pc) as usize;
    operands.bytes(base, 12)?;
    let low = operands.i32(base + 4)?;
    let high = operands.i32(base + 8)?;
    if low > high {
        return Err(DecodeErrorKind::TableSwitchLowAboveHigh { low, high });
    }
    let count = (i64::from(high) - i64::from(low) + 1) as u64;
    let offsets = operands.bytes(base + 12, count * 4)?;
    let default = operands.switch_target(operands.i32(base)?, true)?;
    for offset in offsets.chunks_exact(4) {
        operands.switch_target(read_i32(offset), false)?;
    }
    Ok(TableSwitch {
        default,
        low,
        high,
        pc: operands.pc,
        offsets,
    })
}

fn lookup_switch<'a>(operands: &Operands<'a>) -> Result<LookupSwitch<'a>> {
    let base = 1 + switch_padding(operands.pc) as usize;
    operands.bytes(base, 8)?;
    let npairs = operands.i32(base + 4)?;
    if npairs < 0 {
        return Err(DecodeErrorKind::LookupSwitchNegativePairs { npairs });
    }
    let pairs = operands.bytes(base + 8, npairs as u64 * 8)?;
    let mut previous: Option<i32> = None;
    for pair in pairs.chunks_exact(8) {
        let key = read_i32(&pair[..4]);
        if let Some(previous) = previous.filter(|&previous| previous >= key) {
            return Err(DecodeErrorKind::LookupSwitchUnsorted { key, previous });
        }
        previous = Some(key);
    }
    let default = operands.switch_target(operands.i32(base)?, true)?;
    for pair in pairs.chunks_exact(8) {
        operands.switch_target(read_i32(&pair[4..]), false)?;
    }
    Ok(LookupSwitch {
        default,
        pc: operands.pc,
        pairs,
    })
}

/// An iterator over the instructions of a code array, as `(pc, instruction)`. It yields an
/// error (and then ends) at the first instruction that [`decode_instruction`] rejects, or
/// at once if the code array is empty or longer than [`MAX_CODE_LENGTH`]. It does not
/// allocate.
#[derive(Debug, Clone)]
pub struct Decoder<'a> {
    code: &'a [u8],
    pc: u32,
    done: bool,
}

impl<'a> Decoder<'a> {
    /// A decoder positioned at the start of `code`.
    pub fn new(code: &'a [u8]) -> Decoder<'a> {
        Decoder {
            code,
            pc: 0,
            done: false,
        }
    }
}

impl<'a> Iterator for Decoder<'a> {
    type Item = std::result::Result<(u32, Instruction<'a>), DecodeError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.done {
            return None;
        }
        if self.pc == 0 && (self.code.is_empty() || self.code.len() > MAX_CODE_LENGTH) {
            self.done = true;
            return Some(Err(DecodeError {
                pc: 0,
                kind: DecodeErrorKind::InvalidCodeLength {
                    length: self.code.len(),
                },
            }));
        }
        if self.pc as usize >= self.code.len() {
            self.done = true;
            return None;
        }
        let pc = self.pc;
        match decode_instruction(self.code, pc) {
            Ok((instruction, next)) => {
                self.pc = next;
                Some(Ok((pc, instruction)))
            }
            Err(error) => {
                self.done = true;
                Some(Err(error))
            }
        }
    }
}

/// Marks a code position that does not start an instruction.
const NOT_AN_INSTRUCTION: u32 = u32::MAX;

/// A fully decoded and structurally checked code array.
#[derive(Debug, Clone)]
pub struct DecodedCode<'a> {
    code: &'a [u8],
    instructions: Vec<(u32, Instruction<'a>)>,
    index_at_pc: Vec<u32>,
}

/// Decodes a whole code array and checks it as HotSpot does before type checking: every
/// instruction well-formed (see [`decode_instruction`]), the last one ending exactly at the
/// end of the array, and every branch and switch target starting an instruction.
pub fn decode_method(code: &[u8]) -> std::result::Result<DecodedCode<'_>, DecodeError> {
    // Every instruction takes at least one byte: no regrowth (and copy) on dense code.
    let mut instructions = Vec::with_capacity(code.len());
    let mut index_at_pc = vec![NOT_AN_INSTRUCTION; code.len()];
    for decoded in Decoder::new(code) {
        let (pc, instruction) = decoded?;
        index_at_pc[pc as usize] = instructions.len() as u32;
        instructions.push((pc, instruction));
    }
    for (pc, instruction) in &instructions {
        let is_switch = matches!(
            instruction,
            Instruction::TableSwitch(_) | Instruction::LookupSwitch(_)
        );
        for (i, target) in instruction.targets().enumerate() {
            if index_at_pc[target as usize] != NOT_AN_INSTRUCTION {
                continue;
            }
            let target = i64::from(target);
            let kind = if is_switch {
                DecodeErrorKind::IllegalSwitchTarget {
                    target,
                    is_default: i == 0,
                }
            } else {
                DecodeErrorKind::IllegalBranchTarget { target }
            };
            return Err(DecodeError { pc: *pc, kind });
        }
    }
    Ok(DecodedCode {
        code,
        instructions,
        index_at_pc,
    })
}

impl<'a> DecodedCode<'a> {
    /// The code array.
    pub fn code(&self) -> &'a [u8] {
        self.code
    }

    /// Every instruction with its position, in code order.
    pub fn instructions(&self) -> &[(u32, Instruction<'a>)] {
        &self.instructions
    }

    /// The number of instructions.
    pub fn len(&self) -> usize {
        self.instructions.len()
    }

    /// Whether there are no instructions (never true: code arrays are not empty).
    pub fn is_empty(&self) -> bool {
        self.instructions.is_empty()
    }

    /// The index in [`instructions`](Self::instructions) of the instruction starting at `pc`,
    /// `None` if no instruction starts there.
    pub fn index_of(&self, pc: u32) -> Option<usize> {
        match self.index_at_pc.get(pc as usize) {
            Some(&index) if index != NOT_AN_INSTRUCTION => Some(index as usize),
            _ => None,
        }
    }

    /// Whether an instruction starts at `pc`.
    pub fn is_instruction_start(&self, pc: u32) -> bool {
        self.index_of(pc).is_some()
    }

    /// The instruction starting at `pc`, if any.
    pub fn instruction_at(&self, pc: u32) -> Option<&Instruction<'a>> {
        self.index_of(pc).map(|index| &self.instructions[index].1)
    }

    /// The position after the instruction with index `index`: the next instruction's, or the
    /// code length after the last one; `None` if `index` is out of range.
    pub fn next_pc(&self, index: usize) -> Option<u32> {
        let (pc, instruction) = self.instructions.get(index)?;
        Some(pc + instruction.length())
    }
}
