//! Every structural error the decoder reports, at the right pc, with HotSpot's wording.

use classfile::bytecode::{
    DecodeError, DecodeErrorKind, Decoder, MAX_CODE_LENGTH, Opcode, decode_method,
};

fn error(code: &[u8]) -> DecodeError {
    match decode_method(code) {
        Ok(decoded) => panic!("{code:?} decoded as {:?}", decoded.instructions()),
        Err(error) => error,
    }
}

fn at(pc: u32, kind: DecodeErrorKind) -> DecodeError {
    DecodeError { pc, kind }
}

#[test]
fn code_length_must_be_1_to_65535() {
    assert_eq!(
        error(&[]),
        at(0, DecodeErrorKind::InvalidCodeLength { length: 0 })
    );
    let mut code = vec![0x00; MAX_CODE_LENGTH];
    *code.last_mut().unwrap() = 0xb1;
    assert_eq!(decode_method(&code).unwrap().len(), MAX_CODE_LENGTH);
    code.push(0xb1);
    assert_eq!(
        error(&code),
        at(0, DecodeErrorKind::InvalidCodeLength { length: 65536 })
    );
    assert_eq!(error(&code).to_string(), "Invalid method Code length 65536");
}

#[test]
fn reserved_and_unassigned_opcodes() {
    for byte in 0xca..=0xff {
        let code = [0x00, byte, 0xb1];
        assert_eq!(
            error(&code),
            at(1, DecodeErrorKind::IllegalOpcode { opcode: byte })
        );
    }
    let breakpoint = error(&[0xca]);
    assert_eq!(breakpoint.to_string(), "Bad instruction: ca");
    assert_eq!(
        breakpoint.kind.inference_verifier_message(breakpoint.pc),
        "Illegal instruction found at offset 0"
    );
}

#[test]
fn truncated_fixed_length_instructions() {
    for opcode in Opcode::all() {
        let Some(length) = opcode.length().filter(|&l| l > 1) else {
            continue;
        };
        for missing in 1..length {
            // An instruction after a nop, cut `missing` bytes short: the code falls off the
            // end in the middle of the instruction.
            let mut code = vec![0x00, opcode.as_u8()];
            code.extend(vec![0x01; (length - 1 - missing) as usize]);
            assert_eq!(error(&code), at(1, DecodeErrorKind::Truncated), "{opcode}");
        }
    }
    let cut = error(&[0x00, 0x11, 0x00]);
    assert_eq!(cut.to_string(), "Bad instruction");
    assert_eq!(
        cut.kind.inference_verifier_message(cut.pc),
        "Code stops in the middle of instruction  starting at offset 1"
    );
}

#[test]
fn truncated_switches() {
    // tableswitch at 0: 3 padding bytes, default, low 0, high 1, two offsets.
    let table = [
        0xaa, 0, 0, 0, 0, 0, 0, 28, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 28, 0, 0, 0, 28,
    ];
    for len in 1..table.len() {
        assert_eq!(
            error(&table[..len]),
            at(0, DecodeErrorKind::Truncated),
            "{len}"
        );
    }
    // lookupswitch at 0: 3 padding bytes, default, npairs 1, one pair.
    let lookup = [
        0xab, 0, 0, 0, 0, 0, 0, 20, 0, 0, 0, 1, 0, 0, 0, 5, 0, 0, 0, 20,
    ];
    for len in 1..lookup.len() {
        assert_eq!(
            error(&lookup[..len]),
            at(0, DecodeErrorKind::Truncated),
            "{len}"
        );
    }
    // A huge table or pair count is truncation, not an overflow.
    let huge_table = [
        0xaa, 0, 0, 0, 0, 0, 0, 0, 0x80, 0, 0, 0, 0x7f, 0xff, 0xff, 0xff,
    ];
    assert_eq!(error(&huge_table), at(0, DecodeErrorKind::Truncated));
    let huge_lookup = [0xab, 0, 0, 0, 0, 0, 0, 0, 0x7f, 0xff, 0xff, 0xff];
    assert_eq!(error(&huge_lookup), at(0, DecodeErrorKind::Truncated));
}

#[test]
fn branch_targets_outside_the_code() {
    let cases: &[(&[u8], i64)] = &[
        (&[0xa7, 0xff, 0xff], -1),                       // goto -1
        (&[0x00, 0xa7, 0x80, 0x00], 1 - 32768),          // goto far back
        (&[0x99, 0x00, 0x03], 3),                        // ifeq to the end of the code
        (&[0xc6, 0x7f, 0xff, 0xb1], 32767),              // ifnull far ahead
        (&[0xc8, 0x7f, 0xff, 0xff, 0xff], 0x7fff_ffff),  // goto_w
        (&[0x00, 0xc9, 0x80, 0, 0, 0], 1 - 0x8000_0000), // jsr_w
    ];
    for (code, target) in cases {
        let pc = if code[0] == 0x00 { 1 } else { 0 };
        assert_eq!(
            error(code),
            at(pc, DecodeErrorKind::IllegalBranchTarget { target: *target }),
            "{code:?}"
        );
    }
    let e = error(&[0xa7, 0xff, 0xff]);
    assert_eq!(
        e.to_string(),
        "Expecting a stackmap frame at branch target -1"
    );
    assert_eq!(
        e.kind.inference_verifier_message(0),
        "Illegal target of jump or branch"
    );
}

#[test]
fn branch_targets_inside_an_instruction() {
    // 0: sipush 1; 3: goto 1 (the sipush's operand)
    assert_eq!(
        error(&[0x11, 0x00, 0x01, 0xa7, 0xff, 0xfe, 0xb1]),
        at(3, DecodeErrorKind::IllegalBranchTarget { target: 1 })
    );
    // 0: ifeq 2 lands on its own operand.
    assert_eq!(
        error(&[0x99, 0x00, 0x02, 0xb1]),
        at(0, DecodeErrorKind::IllegalBranchTarget { target: 2 })
    );
    // A forward jump into the middle of a later wide iinc.
    assert_eq!(
        error(&[0xa7, 0x00, 0x05, 0xc4, 0x84, 0x00, 0x01, 0x00, 0x01, 0xb1]),
        at(0, DecodeErrorKind::IllegalBranchTarget { target: 5 })
    );
}

#[test]
fn switch_targets() {
    // tableswitch at 0 over 0..=0: default then one entry, followed by a return at 20.
    let table = |default: i32, entry: i32| {
        let mut code = vec![0xaa, 0, 0, 0];
        code.extend(default.to_be_bytes());
        code.extend(0i32.to_be_bytes());
        code.extend(0i32.to_be_bytes());
        code.extend(entry.to_be_bytes());
        code.push(0xb1);
        code
    };
    assert!(decode_method(&table(20, 20)).is_ok());
    let kind = |target, is_default| DecodeErrorKind::IllegalSwitchTarget { target, is_default };
    assert_eq!(error(&table(21, 20)), at(0, kind(21, true)));
    assert_eq!(error(&table(-1, 20)), at(0, kind(-1, true)));
    assert_eq!(error(&table(20, 2)), at(0, kind(2, false)));
    assert_eq!(error(&table(20, 100)), at(0, kind(100, false)));
    let default = error(&table(21, 20));
    assert_eq!(
        default.kind.inference_verifier_message(0),
        "Illegal default target in switch"
    );
    assert_eq!(
        error(&table(20, 100)).kind.inference_verifier_message(0),
        "Illegal branch in tableswitch"
    );
    assert_eq!(
        default.to_string(),
        "Expecting a stackmap frame at branch target 21"
    );
    // lookupswitch at 0 with one pair, followed by a return at 20.
    let lookup = |default: i32, target: i32| {
        let mut code = vec![0xab, 0, 0, 0];
        code.extend(default.to_be_bytes());
        code.extend(1i32.to_be_bytes());
        code.extend(7i32.to_be_bytes());
        code.extend(target.to_be_bytes());
        code.push(0xb1);
        code
    };
    assert!(decode_method(&lookup(20, 20)).is_ok());
    assert_eq!(error(&lookup(3, 20)), at(0, kind(3, true)));
    assert_eq!(error(&lookup(20, -8)), at(0, kind(-8, false)));
    assert_eq!(error(&lookup(20, 5)), at(0, kind(5, false)));
}

#[test]
fn table_switch_low_above_high() {
    let mut code = vec![0x00, 0xaa, 0, 0];
    code.extend(0i32.to_be_bytes());
    code.extend(1i32.to_be_bytes());
    code.extend(0i32.to_be_bytes());
    code.push(0xb1);
    let e = error(&code);
    assert_eq!(
        e,
        at(
            1,
            DecodeErrorKind::TableSwitchLowAboveHigh { low: 1, high: 0 }
        )
    );
    assert_eq!(
        e.to_string(),
        "low must be less than or equal to high in tableswitch"
    );
}

#[test]
fn lookup_switch_counts_and_order() {
    let lookup = |npairs: i32, keys: &[i32]| {
        let mut code = vec![0xab, 0, 0, 0];
        code.extend(0i32.to_be_bytes());
        code.extend(npairs.to_be_bytes());
        for key in keys {
            code.extend(key.to_be_bytes());
            code.extend(0i32.to_be_bytes());
        }
        code.push(0xb1);
        code
    };
    let e = error(&lookup(-1, &[]));
    assert_eq!(
        e,
        at(0, DecodeErrorKind::LookupSwitchNegativePairs { npairs: -1 })
    );
    assert_eq!(e.to_string(), "number of keys in lookupswitch less than 0");
    assert_eq!(
        error(&lookup(i32::MIN, &[])).kind,
        DecodeErrorKind::LookupSwitchNegativePairs { npairs: i32::MIN }
    );
    let e = error(&lookup(3, &[1, 5, 2]));
    assert_eq!(
        e,
        at(
            0,
            DecodeErrorKind::LookupSwitchUnsorted {
                key: 2,
                previous: 5
            }
        )
    );
    assert_eq!(e.to_string(), "Bad lookupswitch instruction");
    assert_eq!(
        e.kind.inference_verifier_message(0),
        "Unsorted lookup switch"
    );
    assert_eq!(
        error(&lookup(2, &[4, 4])).kind,
        DecodeErrorKind::LookupSwitchUnsorted {
            key: 4,
            previous: 4
        }
    );
    assert!(decode_method(&lookup(3, &[i32::MIN, 0, i32::MAX])).is_ok());
}

#[test]
fn newarray_types() {
    for atype in (0..=3).chain(12..=255) {
        let e = error(&[0x04, 0xbc, atype, 0xb0]);
        assert_eq!(e, at(1, DecodeErrorKind::IllegalNewArrayType { atype }));
        assert_eq!(e.to_string(), "Illegal newarray instruction");
    }
    for atype in 4..=11 {
        assert!(decode_method(&[0x04, 0xbc, atype, 0xb0]).is_ok());
    }
}

#[test]
fn multianewarray_needs_a_dimension() {
    let e = error(&[0x04, 0xc5, 0x00, 0x01, 0x00, 0xb0]);
    assert_eq!(e, at(1, DecodeErrorKind::ZeroDimensions));
    assert_eq!(
        e.to_string(),
        "Illegal dimension in multianewarray instruction: 0"
    );
    assert_eq!(
        e.kind.inference_verifier_message(1),
        "Illegal dimension argument"
    );
}

#[test]
fn invokeinterface_operands() {
    let e = error(&[0xb9, 0x00, 0x01, 0x00, 0x00, 0xb1]);
    assert_eq!(e, at(0, DecodeErrorKind::InvokeInterfaceZeroCount));
    assert_eq!(
        e.to_string(),
        "Inconsistent args count operand in invokeinterface"
    );
    let e = error(&[0xb9, 0x00, 0x01, 0x01, 0x07, 0xb1]);
    assert_eq!(
        e,
        at(0, DecodeErrorKind::InvokeInterfaceNonzeroByte { byte: 7 })
    );
    assert_eq!(
        e.to_string(),
        "Fourth operand byte of invokeinterface must be zero"
    );
}

#[test]
fn invokedynamic_operands() {
    for code in [
        [0xba, 0x00, 0x01, 0x01, 0x00, 0xb1],
        [0xba, 0x00, 0x01, 0x00, 0x01, 0xb1],
    ] {
        let e = error(&code);
        assert_eq!(e, at(0, DecodeErrorKind::InvokeDynamicNonzeroBytes));
        assert_eq!(
            e.to_string(),
            "Third and fourth operand bytes of invokedynamic must be zero"
        );
    }
}

#[test]
fn decoder_stops_after_the_first_error() {
    let code = [0x00, 0xca, 0xb1];
    let items: Vec<_> = Decoder::new(&code).collect();
    assert_eq!(items.len(), 2);
    assert_eq!(
        items[0],
        Ok((0, classfile::bytecode::Instruction::Simple(Opcode::Nop)))
    );
    assert_eq!(
        items[1],
        Err(at(1, DecodeErrorKind::IllegalOpcode { opcode: 0xca }))
    );
}
