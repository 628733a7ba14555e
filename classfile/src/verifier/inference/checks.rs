//! The old verifier's checks before its data-flow analysis (HotSpot's `libverify`): the
//! instruction lengths, then each instruction's operands in code order (branch targets,
//! constant-pool entries, local-variable numbers), and the register checks each instruction
//! makes before it pops its operands.

use crate::bytecode::{Opcode, switch_padding};
use crate::verifier::context::ClassContext;
use crate::verifier::failure::Failure;
use crate::verifier::frame::Frame;
use crate::verifier::input::{ClassInput, CodeInput, MemberRefKind, PoolItem};
use crate::verifier::stackmap::CodeMark;
use crate::verifier::types::{VType, split_method_descriptor};

fn fail(message: impl Into<String>) -> Failure {
    Failure::verify(message, None)
}

fn s4(code: &[u8], at: usize) -> Option<i64> {
    let b = code.get(at..at + 4)?;
    Some(i64::from(i32::from_be_bytes([b[0], b[1], b[2], b[3]])))
}

fn u2(code: &[u8], at: usize) -> u16 {
    u16::from_be_bytes([code[at], code[at + 1]])
}

/// The old verifier's instruction length: `None` for anything it considers illegal.
fn old_length(code: &[u8], pc: usize) -> Option<usize> {
    let opcode = Opcode::from_u8(code[pc]).filter(|op| op.as_u8() <= 0xc9)?;
    let lpc = pc + 1 + switch_padding(pc as u32) as usize;
    let len = match opcode {
        Opcode::Tableswitch => {
            if lpc + 8 >= code.len() {
                return None;
            }
            let index = s4(code, lpc + 8)? - s4(code, lpc + 4)?;
            if !(0..=65535).contains(&index) {
                return None;
            }
            lpc + (index as usize + 4) * 4 - pc
        }
        Opcode::Lookupswitch => {
            if lpc + 4 >= code.len() {
                return None;
            }
            let pairs = s4(code, lpc + 4)?;
            if !(0..65536).contains(&pairs) {
                return None;
            }
            lpc + 8 * (pairs as usize + 1) - pc
        }
        Opcode::Wide => Opcode::from_u8(*code.get(pc + 1)?)?.wide_length()? as usize,
        _ => opcode.length()? as usize,
    };
    Some(len)
}

/// The first pass: every instruction's extent. Returns what each offset is and the lengths.
pub(super) fn instruction_extents(code: &[u8]) -> Result<(Vec<CodeMark>, Vec<u32>), Failure> {
    let mut marks = vec![CodeMark::None; code.len()];
    let mut lengths = vec![0; code.len()];
    let mut pc = 0;
    while pc < code.len() {
        let len = old_length(code, pc)
            .ok_or_else(|| fail(format!("Illegal instruction found at offset {pc}")))?;
        if pc + len > code.len() {
            return Err(fail(format!(
                "Code stops in the middle of instruction  starting at offset {pc}"
            )));
        }
        marks[pc] = if code[pc] == 0xbb {
            CodeMark::New
        } else {
            CodeMark::Instruction
        };
        lengths[pc] = len as u32;
        pc += len;
    }
    if code.is_empty() {
        return Err(fail("Empty code"));
    }
    Ok((marks, lengths))
}

/// Constant-pool tags as bit positions, for the old verifier's type masks.
fn tag(item: PoolItem<'_>) -> u32 {
    match item {
        PoolItem::Class(_) => 7,
        PoolItem::Member(m) => match m.kind {
            MemberRefKind::Field => 9,
            MemberRefKind::Method => 10,
            MemberRefKind::InterfaceMethod => 11,
        },
        PoolItem::Integer => 3,
        PoolItem::Float => 4,
        PoolItem::Long => 5,
        PoolItem::Double => 6,
        PoolItem::String => 8,
        PoolItem::MethodHandle => 15,
        PoolItem::MethodType => 16,
        PoolItem::Dynamic(_) => 17,
        PoolItem::InvokeDynamic(..) => 18,
        PoolItem::Unusable | PoolItem::Other => 0,
    }
}

fn check_pool(class: &ClassInput<'_>, index: u16, tags: &[u32]) -> Result<(), Failure> {
    if index == 0 || index as usize >= class.pool.count() {
        return Err(fail("Illegal constant pool index"));
    }
    if !tags.contains(&tag(class.item(index))) {
        return Err(fail("Illegal type in constant pool"));
    }
    Ok(())
}

/// The second pass: each instruction's operands, in code order.
pub(super) fn check_operands(
    cx: &mut ClassContext<'_>,
    class: &ClassInput<'_>,
    code: &CodeInput<'_>,
    marks: &[CodeMark],
    lengths: &[u32],
) -> Result<(), Failure> {
    let bytes = code.code;
    let legal = |pc: usize, offset: i64| -> bool {
        (-65535..=65535).contains(&offset)
            && usize::try_from(pc as i64 + offset)
                .ok()
                .and_then(|t| marks.get(t))
                .is_some_and(|m| *m != CodeMark::None)
    };
    let major = class.major_version;
    for pc in (0..bytes.len()).filter(|&pc| lengths[pc] != 0) {
        let opcode = bytes[pc];
        match opcode {
            0x99..=0xa8 | 0xc6 | 0xc7 => {
                if !legal(pc, i64::from(u2(bytes, pc + 1) as i16)) {
                    return Err(fail("Illegal target of jump or branch"));
                }
            }
            0xc8 | 0xc9 => {
                if !legal(pc, s4(bytes, pc + 1).unwrap_or(0)) {
                    return Err(fail("Illegal target of jump or branch"));
                }
            }
            0xaa | 0xab => check_switch(bytes, pc, major, &legal)?,
            0x12 | 0x13 => {
                let index = if opcode == 0x12 {
                    u16::from(bytes[pc + 1])
                } else {
                    u2(bytes, pc + 1)
                };
                let mut tags = vec![3, 4, 8];
                if major >= 49 {
                    tags.push(7);
                }
                if major >= 51 {
                    tags.extend([15, 16]);
                }
                check_pool(class, index, &tags)?;
            }
            0x14 => check_pool(class, u2(bytes, pc + 1), &[5, 6])?,
            0xb2..=0xb5 => check_pool(class, u2(bytes, pc + 1), &[9])?,
            0xb6..=0xb9 => check_invoke(cx, class, bytes, pc)?,
            0xba => {
                return Err(fail(
                    "invokedynamic bytecode is not supported in this class file version",
                ));
            }
            0xbb | 0xbd | 0xc0 | 0xc1 | 0xc5 => check_class_operand(class, bytes, pc)?,
            0xbc => {
                if !(4..=11).contains(&bytes[pc + 1]) {
                    return Err(fail("Bad type passed to newarray"));
                }
            }
            _ => {
                if let Some((index, width)) = super::local_access(bytes, pc)
                    && index + width > code.max_locals as usize
                {
                    return Err(fail("Illegal local variable number"));
                }
            }
        }
    }
    Ok(())
}

fn check_switch(
    code: &[u8],
    pc: usize,
    major: u16,
    legal: &impl Fn(usize, i64) -> bool,
) -> Result<(), Failure> {
    let lpc = pc + 1 + switch_padding(pc as u32) as usize;
    if major < 51 && code[pc + 1..lpc].iter().any(|&b| b != 0) {
        return Err(fail("Non zero padding bytes in switch"));
    }
    let word = |at: usize| s4(code, at).unwrap_or(0);
    let (keys, delta) = if code[pc] == 0xaa {
        (word(lpc + 8) - word(lpc + 4) + 1, 1)
    } else {
        let keys = word(lpc + 4);
        for k in 0..keys.max(1) as usize - 1 {
            if word(lpc + 8 + 8 * k) >= word(lpc + 16 + 8 * k) {
                return Err(fail("Unsorted lookup switch"));
            }
        }
        (keys, 2)
    };
    if !legal(pc, word(lpc)) {
        return Err(fail("Illegal default target in switch"));
    }
    for k in 0..keys as usize {
        if !legal(pc, word(lpc + 12 + 4 * delta * k)) {
            return Err(fail("Illegal branch in tableswitch"));
        }
    }
    Ok(())
}

fn check_invoke(
    cx: &mut ClassContext<'_>,
    class: &ClassInput<'_>,
    code: &[u8],
    pc: usize,
) -> Result<(), Failure> {
    let opcode = code[pc];
    let index = u2(code, pc + 1);
    let tags: &[u32] = match opcode {
        0xb8 if class.major_version >= 52 => &[10, 11],
        0xb9 => &[11],
        _ => &[10],
    };
    check_pool(class, index, tags)?;
    let PoolItem::Member(m) = class.item(index) else {
        return Err(fail("Illegal type in constant pool"));
    };
    if m.name == "<init>" {
        if opcode != 0xb7 {
            return Err(fail("Must call initializers using invokespecial"));
        }
    } else if m.name.starts_with('<') {
        return Err(fail("Illegal call to internal method"));
    } else if opcode == 0xb7 {
        let target = cx.pool_class(m.class_index, m.class);
        if target != cx.this_class
            && Some(target) != cx.super_class
            && !cx.name_in_supers(target)?
        {
            return Err(fail("Illegal use of nonvirtual function call"));
        }
    }
    if opcode == 0xb9 {
        let slots: usize = split_method_descriptor(m.descriptor)
            .map(|(params, _)| {
                params
                    .iter()
                    .map(|p| {
                        if matches!(p.as_bytes()[0], b'J' | b'D') {
                            2
                        } else {
                            1
                        }
                    })
                    .sum()
            })
            .unwrap_or(0);
        if usize::from(code[pc + 3]) != slots + 1 {
            return Err(fail("Inconsistent args_size for invokeinterface"));
        }
        if code[pc + 4] != 0 {
            return Err(fail("Fourth operand byte of invokeinterface must be zero"));
        }
    }
    Ok(())
}

fn check_class_operand(class: &ClassInput<'_>, code: &[u8], pc: usize) -> Result<(), Failure> {
    let index = u2(code, pc + 1);
    check_pool(class, index, &[7])?;
    let name = class.class_name(index).unwrap_or("");
    let dims = name.bytes().take_while(|&b| b == b'[').count();
    match code[pc] {
        0xbd if dims >= 255 => Err(fail("Array with too many dimensions")),
        0xbb if dims > 0 => Err(fail("Illegal creation of multi-dimensional array")),
        0xc5 if code[pc + 3] == 0 || usize::from(code[pc + 3]) > dims => {
            Err(fail("Illegal dimension argument"))
        }
        _ => Ok(()),
    }
}

/// The register checks an instruction makes before popping its operands (HotSpot's
/// `check_register_values`). `frame.locals_size` is the old verifier's register count.
pub(super) fn check_registers(code: &[u8], pc: usize, frame: &Frame) -> Result<(), Failure> {
    let Some((index, width)) = super::local_access(code, pc) else {
        return Ok(());
    };
    let opcode = if code[pc] == 0xc4 {
        code[pc + 1]
    } else {
        code[pc]
    };
    let expected = match opcode {
        0x15 | 0x1a..=0x1d | 0x84 => VType::Integer,
        0x17 | 0x22..=0x25 => VType::Float,
        0x19 | 0x2a..=0x2d => VType::RefCheck,
        0xa9 => VType::ReturnAddress(0),
        0x16 | 0x1e..=0x21 => VType::Long,
        0x18 | 0x26..=0x29 => VType::Double,
        _ => return Ok(()),
    };
    let count = frame.locals_size;
    if width == 2 {
        if index + 1 >= count {
            return Err(fail(format!(
                "Accessing value from uninitialized register pair {index}/{}",
                index + 1
            )));
        }
        let second = expected.second_half().unwrap_or(VType::Top);
        if frame.locals[index] != expected || frame.locals[index + 1] != second {
            return Err(fail(format!(
                "Register pair {index}/{} contains wrong type",
                index + 1
            )));
        }
        return Ok(());
    }
    if index >= count {
        return Err(fail(format!(
            "Accessing value from uninitialized register {index}"
        )));
    }
    let found = frame.locals[index];
    let ok = match expected {
        VType::RefCheck => found.holds_reference(),
        VType::ReturnAddress(_) => matches!(found, VType::ReturnAddress(_)),
        _ => found == expected,
    };
    if ok {
        Ok(())
    } else if matches!(found, VType::ReturnAddress(_)) && expected != VType::ReturnAddress(0) {
        Err(fail(format!(
            "Cannot load return address from register {index}"
        )))
    } else {
        Err(fail(format!("Register {index} contains wrong type")))
    }
}

/// The old verifier's exception-table checks (after the operand checks).
pub(super) fn check_handlers(
    cx: &mut ClassContext<'_>,
    class: &ClassInput<'_>,
    code: &CodeInput<'_>,
    marks: &[CodeMark],
) -> Result<(), Failure> {
    let len = code.code.len();
    let legal = |pc: u16| marks.get(pc as usize).is_some_and(|m| *m != CodeMark::None);
    for h in &code.handlers {
        if !(h.start < h.end && legal(h.start) && (h.end as usize == len || legal(h.end))) {
            return Err(Failure::OldFormat(
                "Illegal exception table range".to_owned(),
            ));
        }
        if !(h.handler > 0 && legal(h.handler)) {
            return Err(Failure::OldFormat(
                "Illegal exception table handler".to_owned(),
            ));
        }
        if h.catch_type != 0 {
            let name = class.class_name(h.catch_type).unwrap_or("");
            let caught = VType::Object(cx.pool_class(h.catch_type, name));
            if !cx.is_assignable(VType::Object(cx.known.throwable), caught)? {
                return Err(fail("catch_type not a subclass of Throwable"));
            }
        }
    }
    Ok(())
}
