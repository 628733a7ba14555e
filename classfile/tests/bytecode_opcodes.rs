//! Every opcode's byte value, mnemonic, length and control flow, and a minimal encoding of
//! each that the decoder must accept with exactly that length.

use classfile::bytecode::{
    Flow, Instruction, Opcode, OperandFormat, decode_instruction, decode_method, switch_padding,
};

/// JVMS 17 chapter 7 ("Opcode Mnemonics by Opcode"), in byte order from 0x00, with each
/// instruction's length outside `wide` (0 for the variable-length ones).
#[rustfmt::skip]
const JVMS_TABLE: &[(&str, u32)] = &[
    ("nop", 1), ("aconst_null", 1), ("iconst_m1", 1), ("iconst_0", 1), ("iconst_1", 1),
    ("iconst_2", 1), ("iconst_3", 1), ("iconst_4", 1), ("iconst_5", 1), ("lconst_0", 1),
    ("lconst_1", 1), ("fconst_0", 1), ("fconst_1", 1), ("fconst_2", 1), ("dconst_0", 1),
    ("dconst_1", 1), ("bipush", 2), ("sipush", 3), ("ldc", 2), ("ldc_w", 3), ("ldc2_w", 3),
    ("iload", 2), ("lload", 2), ("fload", 2), ("dload", 2), ("aload", 2),
    ("iload_0", 1), ("iload_1", 1), ("iload_2", 1), ("iload_3", 1),
    ("lload_0", 1), ("lload_1", 1), ("lload_2", 1), ("lload_3", 1),
    ("fload_0", 1), ("fload_1", 1), ("fload_2", 1), ("fload_3", 1),
    ("dload_0", 1), ("dload_1", 1), ("dload_2", 1), ("dload_3", 1),
    ("aload_0", 1), ("aload_1", 1), ("aload_2", 1), ("aload_3", 1),
    ("iaload", 1), ("laload", 1), ("faload", 1), ("daload", 1), ("aaload", 1), ("baload", 1),
    ("caload", 1), ("saload", 1),
    ("istore", 2), ("lstore", 2), ("fstore", 2), ("dstore", 2), ("astore", 2),
    ("istore_0", 1), ("istore_1", 1), ("istore_2", 1), ("istore_3", 1),
    ("lstore_0", 1), ("lstore_1", 1), ("lstore_2", 1), ("lstore_3", 1),
    ("fstore_0", 1), ("fstore_1", 1), ("fstore_2", 1), ("fstore_3", 1),
    ("dstore_0", 1), ("dstore_1", 1), ("dstore_2", 1), ("dstore_3", 1),
    ("astore_0", 1), ("astore_1", 1), ("astore_2", 1), ("astore_3", 1),
    ("iastore", 1), ("lastore", 1), ("fastore", 1), ("dastore", 1), ("aastore", 1),
    ("bastore", 1), ("castore", 1), ("sastore", 1),
    ("pop", 1), ("pop2", 1), ("dup", 1), ("dup_x1", 1), ("dup_x2", 1), ("dup2", 1),
    ("dup2_x1", 1), ("dup2_x2", 1), ("swap", 1),
    ("iadd", 1), ("ladd", 1), ("fadd", 1), ("dadd", 1), ("isub", 1), ("lsub", 1), ("fsub", 1),
    ("dsub", 1), ("imul", 1), ("lmul", 1), ("fmul", 1), ("dmul", 1), ("idiv", 1), ("ldiv", 1),
    ("fdiv", 1), ("ddiv", 1), ("irem", 1), ("lrem", 1), ("frem", 1), ("drem", 1), ("ineg", 1),
    ("lneg", 1), ("fneg", 1), ("dneg", 1), ("ishl", 1), ("lshl", 1), ("ishr", 1), ("lshr", 1),
    ("iushr", 1), ("lushr", 1), ("iand", 1), ("land", 1), ("ior", 1), ("lor", 1), ("ixor", 1),
    ("lxor", 1), ("iinc", 3),
    ("i2l", 1), ("i2f", 1), ("i2d", 1), ("l2i", 1), ("l2f", 1), ("l2d", 1), ("f2i", 1),
    ("f2l", 1), ("f2d", 1), ("d2i", 1), ("d2l", 1), ("d2f", 1), ("i2b", 1), ("i2c", 1),
    ("i2s", 1), ("lcmp", 1), ("fcmpl", 1), ("fcmpg", 1), ("dcmpl", 1), ("dcmpg", 1),
    ("ifeq", 3), ("ifne", 3), ("iflt", 3), ("ifge", 3), ("ifgt", 3), ("ifle", 3),
    ("if_icmpeq", 3), ("if_icmpne", 3), ("if_icmplt", 3), ("if_icmpge", 3), ("if_icmpgt", 3),
    ("if_icmple", 3), ("if_acmpeq", 3), ("if_acmpne", 3),
    ("goto", 3), ("jsr", 3), ("ret", 2), ("tableswitch", 0), ("lookupswitch", 0),
    ("ireturn", 1), ("lreturn", 1), ("freturn", 1), ("dreturn", 1), ("areturn", 1),
    ("return", 1), ("getstatic", 3), ("putstatic", 3), ("getfield", 3), ("putfield", 3),
    ("invokevirtual", 3), ("invokespecial", 3), ("invokestatic", 3), ("invokeinterface", 5),
    ("invokedynamic", 5), ("new", 3), ("newarray", 2), ("anewarray", 3), ("arraylength", 1),
    ("athrow", 1), ("checkcast", 3), ("instanceof", 3), ("monitorenter", 1),
    ("monitorexit", 1), ("wide", 0), ("multianewarray", 4), ("ifnull", 3), ("ifnonnull", 3),
    ("goto_w", 5), ("jsr_w", 5),
];

#[test]
fn opcode_table_matches_the_jvms() {
    assert_eq!(JVMS_TABLE.len(), 202);
    assert_eq!(Opcode::all().count(), 202);
    for (byte, (mnemonic, length)) in JVMS_TABLE.iter().enumerate() {
        let byte = u8::try_from(byte).unwrap();
        let opcode = Opcode::from_u8(byte).unwrap_or_else(|| panic!("{byte:#04x} missing"));
        assert_eq!(opcode.as_u8(), byte);
        assert_eq!(opcode.mnemonic(), *mnemonic, "{byte:#04x}");
        assert_eq!(opcode.to_string(), *mnemonic);
        let expected = (*length != 0).then_some(*length);
        assert_eq!(opcode.length(), expected, "{mnemonic}");
    }
    for byte in 0xca..=0xff {
        assert_eq!(
            Opcode::from_u8(byte),
            None,
            "{byte:#04x} is not a class-file opcode"
        );
    }
    let bytes: Vec<u8> = Opcode::all().map(Opcode::as_u8).collect();
    assert_eq!(bytes, (0x00..=0xc9).collect::<Vec<u8>>());
}

#[test]
fn control_flow_metadata() {
    use Opcode::*;
    for opcode in Opcode::all() {
        let m = opcode.mnemonic();
        let conditional = m.starts_with("if");
        let expected = if conditional {
            Flow::ConditionalBranch
        } else if matches!(m, "goto" | "goto_w") {
            Flow::Goto
        } else if matches!(m, "jsr" | "jsr_w") {
            Flow::Jsr
        } else if m == "ret" {
            Flow::Ret
        } else if m.ends_with("switch") {
            Flow::Switch
        } else if m.ends_with("return") {
            Flow::Return
        } else if m == "athrow" {
            Flow::Throw
        } else {
            Flow::Next
        };
        assert_eq!(opcode.flow(), expected, "{m}");
        assert_eq!(opcode.is_return(), m.ends_with("return"), "{m}");
        assert_eq!(opcode.is_throw(), m == "athrow", "{m}");
    }
    let branching: Vec<Opcode> = Opcode::all().filter(|op| op.can_branch()).collect();
    assert_eq!(branching.len(), 16 + 2 + 2 + 2, "{branching:?}");
    assert!(!Ret.can_branch() && !Ireturn.can_branch() && !Athrow.can_branch());
    for falls in [
        Nop,
        Iadd,
        Ifeq,
        IfAcmpne,
        Ifnull,
        Invokevirtual,
        Iinc,
        Wide,
        Monitorexit,
    ] {
        assert!(falls.falls_through(), "{falls}");
    }
    for stops in [
        Goto,
        GotoW,
        Jsr,
        JsrW,
        Ret,
        Tableswitch,
        Lookupswitch,
        Return,
        Areturn,
        Athrow,
    ] {
        assert!(!stops.falls_through(), "{stops}");
    }
}

#[test]
fn widenable_opcodes() {
    let widenable: Vec<&str> = Opcode::all()
        .filter(|op| op.is_widenable())
        .map(Opcode::mnemonic)
        .collect();
    assert_eq!(
        widenable,
        [
            "iload", "lload", "fload", "dload", "aload", "istore", "lstore", "fstore", "dstore",
            "astore", "iinc", "ret"
        ]
    );
    assert_eq!(Opcode::Iinc.wide_length(), Some(6));
    assert_eq!(Opcode::Ret.wide_length(), Some(4));
    assert_eq!(Opcode::Bipush.wide_length(), None);
}

/// A valid encoding of `opcode` at `pc` inside a code array of nops, with every branch
/// pointing at position 0, and the encoding's length.
fn minimal_encoding(opcode: Opcode, pc: u32) -> Vec<u8> {
    let op = opcode.as_u8();
    let back = |width: usize| -> Vec<u8> {
        let offset = -i64::from(pc);
        offset.to_be_bytes()[8 - width..].to_vec()
    };
    let mut bytes = vec![op];
    match opcode.format() {
        OperandFormat::None => {}
        OperandFormat::Byte | OperandFormat::ConstantIndex1 | OperandFormat::Local => bytes.push(7),
        OperandFormat::Short | OperandFormat::ConstantIndex2 => bytes.extend([1, 2]),
        OperandFormat::Iinc => bytes.extend([3, 0xff]),
        OperandFormat::Branch => bytes.extend(back(2)),
        OperandFormat::BranchWide => bytes.extend(back(4)),
        OperandFormat::TableSwitch => {
            bytes.extend(vec![0; switch_padding(pc) as usize]);
            bytes.extend(back(4));
            bytes.extend(5i32.to_be_bytes());
            bytes.extend(6i32.to_be_bytes());
            bytes.extend(back(4));
            bytes.extend(back(4));
        }
        OperandFormat::LookupSwitch => {
            bytes.extend(vec![0; switch_padding(pc) as usize]);
            bytes.extend(back(4));
            bytes.extend(1i32.to_be_bytes());
            bytes.extend((-9i32).to_be_bytes());
            bytes.extend(back(4));
        }
        OperandFormat::InvokeInterface => bytes.extend([0, 9, 2, 0]),
        OperandFormat::InvokeDynamic => bytes.extend([0, 9, 0, 0]),
        OperandFormat::NewArray => bytes.push(10),
        OperandFormat::MultiANewArray => bytes.extend([0, 9, 3]),
        OperandFormat::Wide => bytes.extend([Opcode::Iload.as_u8(), 1, 44]),
    }
    bytes
}

#[test]
fn every_opcode_decodes_with_its_length_at_every_alignment() {
    for opcode in Opcode::all() {
        for pc in 1..=4u32 {
            let encoding = minimal_encoding(opcode, pc);
            let mut code = vec![Opcode::Nop.as_u8(); pc as usize];
            code.extend(&encoding);
            code.push(Opcode::Return.as_u8());
            let (instruction, next) = decode_instruction(&code, pc).unwrap();
            assert_eq!(next, pc + encoding.len() as u32, "{opcode} at {pc}");
            assert_eq!(
                instruction.length(),
                encoding.len() as u32,
                "{opcode} at {pc}"
            );
            if let Some(length) = opcode.length() {
                assert_eq!(length, encoding.len() as u32, "{opcode}");
            }
            let expected_opcode = if opcode == Opcode::Wide {
                Opcode::Iload
            } else {
                opcode
            };
            assert_eq!(instruction.opcode(), expected_opcode);
            assert!(instruction.targets().all(|target| target == 0), "{opcode}");
            assert_eq!(
                instruction.targets().count() > 0,
                opcode.can_branch(),
                "{opcode}"
            );
            let decoded = decode_method(&code).unwrap();
            let pcs: Vec<u32> = decoded.instructions().iter().map(|(pc, _)| *pc).collect();
            let mut expected: Vec<u32> = (0..=pc).collect();
            expected.push(next);
            assert_eq!(pcs, expected, "{opcode} at {pc}");
        }
    }
}

#[test]
fn operands_are_decoded() {
    let check = |code: &[u8], expected: Instruction<'_>| {
        let (instruction, _) = decode_instruction(code, 0).unwrap();
        assert_eq!(instruction, expected);
    };
    use classfile::bytecode::ArrayType;
    check(&[0x10, 0xfe], Instruction::Bipush(-2));
    check(&[0x11, 0x80, 0x00], Instruction::Sipush(i16::MIN));
    check(
        &[0x12, 0xff],
        Instruction::ConstantPool {
            opcode: Opcode::Ldc,
            index: 255,
        },
    );
    check(
        &[0x14, 0x12, 0x34],
        Instruction::ConstantPool {
            opcode: Opcode::Ldc2W,
            index: 0x1234,
        },
    );
    check(
        &[0x19, 0xff],
        Instruction::Local {
            opcode: Opcode::Aload,
            index: 255,
            wide: false,
        },
    );
    check(
        &[0x84, 0x05, 0x80],
        Instruction::Iinc {
            index: 5,
            delta: -128,
            wide: false,
        },
    );
    check(
        &[0xb9, 0x00, 0x0c, 0x03, 0x00],
        Instruction::InvokeInterface {
            index: 12,
            count: 3,
        },
    );
    check(
        &[0xba, 0xab, 0xcd, 0, 0],
        Instruction::InvokeDynamic { index: 0xabcd },
    );
    check(
        &[0xc5, 0x00, 0x02, 0xff],
        Instruction::MultiANewArray {
            index: 2,
            dimensions: 255,
        },
    );
    let atypes = [
        (4, ArrayType::Boolean, 'Z'),
        (5, ArrayType::Char, 'C'),
        (6, ArrayType::Float, 'F'),
        (7, ArrayType::Double, 'D'),
        (8, ArrayType::Byte, 'B'),
        (9, ArrayType::Short, 'S'),
        (10, ArrayType::Int, 'I'),
        (11, ArrayType::Long, 'J'),
    ];
    for (atype, ty, descriptor) in atypes {
        check(&[0xbc, atype], Instruction::NewArray(ty));
        assert_eq!(ty.atype(), atype);
        assert_eq!(ty.descriptor(), descriptor);
    }
    // Forward and backward branches resolve to absolute targets.
    let code = [
        0x00, 0x00, 0xa7, 0xff, 0xfe, 0xc8, 0xff, 0xff, 0xff, 0xfb, 0x99, 0x00, 0x03, 0xb1,
    ];
    let decoded = decode_method(&code).unwrap();
    let targets: Vec<u32> = decoded
        .instructions()
        .iter()
        .flat_map(|(_, i)| i.targets())
        .collect();
    assert_eq!(targets, [0, 0, 13]);
}
