//! `wide` forms and switch padding.

use classfile::bytecode::{
    DecodeError, DecodeErrorKind, Instruction, Opcode, decode_instruction, decode_method,
    switch_padding,
};

#[test]
fn every_wide_form() {
    let locals = [
        Opcode::Iload,
        Opcode::Lload,
        Opcode::Fload,
        Opcode::Dload,
        Opcode::Aload,
        Opcode::Istore,
        Opcode::Lstore,
        Opcode::Fstore,
        Opcode::Dstore,
        Opcode::Astore,
        Opcode::Ret,
    ];
    for opcode in locals {
        let code = [0xc4, opcode.as_u8(), 0x12, 0x34, 0xb1];
        let (instruction, next) = decode_instruction(&code, 0).unwrap();
        assert_eq!(
            instruction,
            Instruction::Local {
                opcode,
                index: 0x1234,
                wide: true
            }
        );
        assert_eq!(next, 4);
        assert!(instruction.is_wide());
        assert_eq!(instruction.opcode(), opcode);
        assert_eq!(instruction.to_string(), format!("{opcode}_w 4660"));
        // The narrow form of the same instruction.
        let narrow_code = [opcode.as_u8(), 0x12];
        let (narrow, next) = decode_instruction(&narrow_code, 0).unwrap();
        assert_eq!(
            narrow,
            Instruction::Local {
                opcode,
                index: 0x12,
                wide: false
            }
        );
        assert_eq!(next, 2);
        assert!(!narrow.is_wide());
    }
    let code = [0xc4, 0x84, 0x01, 0x2c, 0xfc, 0x18, 0xb1];
    let (instruction, next) = decode_instruction(&code, 0).unwrap();
    assert_eq!(
        instruction,
        Instruction::Iinc {
            index: 300,
            delta: -1000,
            wide: true
        }
    );
    assert_eq!(next, 6);
    assert_eq!(instruction.to_string(), "iinc_w 300, -1000");
    let decoded = decode_method(&code).unwrap();
    assert_eq!(decoded.len(), 2);
    assert_eq!(
        decoded.instruction_at(6),
        Some(&Instruction::Simple(Opcode::Return))
    );
    assert!(!decoded.is_instruction_start(1));
}

#[test]
fn wide_of_anything_else_is_rejected() {
    for byte in 0..=0xffu8 {
        let widenable = Opcode::from_u8(byte).is_some_and(Opcode::is_widenable);
        let code = [0xc4, byte, 0, 0, 0, 0, 0xb1];
        let result = decode_instruction(&code, 0);
        if widenable {
            assert!(result.is_ok(), "wide {byte:#04x}");
        } else {
            assert_eq!(
                result.unwrap_err(),
                DecodeError {
                    pc: 0,
                    kind: DecodeErrorKind::IllegalWide { opcode: byte }
                }
            );
        }
    }
}

#[test]
fn truncated_wide_forms() {
    for code in [
        &[0xc4][..],
        &[0xc4, 0x15],
        &[0xc4, 0x15, 0x00],
        &[0xc4, 0x84, 0, 1, 0],
    ] {
        assert_eq!(
            decode_instruction(code, 0).unwrap_err().kind,
            DecodeErrorKind::Truncated,
            "{code:?}"
        );
    }
}

/// A tableswitch at `pc` (after `pc` nops) over keys -1..=1 whose targets are the three
/// `return`s after it and whose default is the first nop.
fn table_switch_code(pc: u32) -> (Vec<u8>, u32) {
    let mut code = vec![0x00; pc as usize];
    code.push(0xaa);
    code.extend(vec![0; switch_padding(pc) as usize]);
    let end = pc + 1 + switch_padding(pc) + 12 + 3 * 4;
    let offset = |target: u32| (i64::from(target) - i64::from(pc)) as i32;
    code.extend(offset(0).to_be_bytes());
    code.extend((-1i32).to_be_bytes());
    code.extend(1i32.to_be_bytes());
    for k in 0..3 {
        code.extend(offset(end + k).to_be_bytes());
    }
    code.extend([0xb1, 0xb1, 0xb1]);
    (code, end)
}

#[test]
fn table_switch_padding_at_each_alignment() {
    for pc in 0..8u32 {
        let expected_padding = [3, 2, 1, 0][pc as usize % 4];
        assert_eq!(switch_padding(pc), expected_padding);
        assert_eq!(switch_padding(u32::MAX - pc), [0, 1, 2, 3][pc as usize % 4]);
        let (code, end) = table_switch_code(pc);
        let decoded = decode_method(&code).unwrap();
        let Some(Instruction::TableSwitch(switch)) = decoded.instruction_at(pc) else {
            panic!("no tableswitch at {pc}");
        };
        assert_eq!((switch.low, switch.high, switch.default), (-1, 1, 0));
        assert_eq!(switch.len(), 3);
        assert_eq!(
            switch.targets().collect::<Vec<_>>(),
            [end, end + 1, end + 2]
        );
        assert_eq!(switch.length(), end - pc);
        assert_eq!(switch.target_for(-1), end);
        assert_eq!(switch.target_for(1), end + 2);
        assert_eq!(switch.target_for(2), 0);
        assert_eq!(switch.target_for(i32::MIN), 0);
        assert_eq!(decoded.next_pc(pc as usize), Some(end));
        let mut targets: Vec<u32> = decoded.instruction_at(pc).unwrap().targets().collect();
        targets.sort();
        assert_eq!(targets, [0, end, end + 1, end + 2]);
        // The padding need not be zero (JVMS 17 does not require it).
        if expected_padding > 0 {
            let mut nonzero = code.clone();
            nonzero[pc as usize + 1] = 0xff;
            assert!(decode_method(&nonzero).is_ok());
        }
    }
}

/// A lookupswitch at `pc` with keys -5 and 100 jumping to the two `return`s after it.
fn lookup_switch_code(pc: u32, keys: [i32; 2]) -> (Vec<u8>, u32) {
    let mut code = vec![0x00; pc as usize];
    code.push(0xab);
    code.extend(vec![0; switch_padding(pc) as usize]);
    let end = pc + 1 + switch_padding(pc) + 8 + 2 * 8;
    let offset = |target: u32| (i64::from(target) - i64::from(pc)) as i32;
    code.extend(offset(end + 1).to_be_bytes());
    code.extend(2i32.to_be_bytes());
    code.extend(keys[0].to_be_bytes());
    code.extend(offset(end).to_be_bytes());
    code.extend(keys[1].to_be_bytes());
    code.extend(offset(end + 1).to_be_bytes());
    code.extend([0xb1, 0xb1]);
    (code, end)
}

#[test]
fn lookup_switch_padding_at_each_alignment() {
    for pc in 0..8u32 {
        let (code, end) = lookup_switch_code(pc, [-5, 100]);
        let decoded = decode_method(&code).unwrap();
        let Some(Instruction::LookupSwitch(switch)) = decoded.instruction_at(pc) else {
            panic!("no lookupswitch at {pc}");
        };
        assert_eq!(switch.default, end + 1);
        assert_eq!(
            switch.pairs().collect::<Vec<_>>(),
            [(-5, end), (100, end + 1)]
        );
        assert_eq!(switch.targets().collect::<Vec<_>>(), [end, end + 1]);
        assert_eq!(switch.length(), end - pc);
        assert_eq!(switch.target_for(-5), end);
        assert_eq!(switch.target_for(100), end + 1);
        assert_eq!(switch.target_for(0), end + 1);
        assert_eq!(decoded.len(), pc as usize + 3);
    }
}

#[test]
fn empty_lookup_switch() {
    // lookupswitch at 0 (3 padding bytes), default to the return after it, no pairs.
    let code = [0xab, 0, 0, 0, 0, 0, 0, 12, 0, 0, 0, 0, 0xb1];
    let decoded = decode_method(&code).unwrap();
    let Some(Instruction::LookupSwitch(switch)) = decoded.instruction_at(0) else {
        panic!("no lookupswitch");
    };
    assert!(switch.is_empty());
    assert_eq!(switch.target_for(7), 12);
}
