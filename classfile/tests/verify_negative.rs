//! Hand-assembled ill-typed class files, one per verification rule. Each is also run on HotSpot
//! 17, and our error class and message must equal HotSpot's first line.

mod common;
mod verify_support;

use classfile::ClassFile;
use classfile::verifier::{VerifyErrorKind, verify_class};
use common::{ClassBuilder, u2};
use verify_support::{DirHierarchy, hotspot_full_verdict, hotspot_verdict};

const STATIC: u16 = 0x0009; // public static
const METHODREF: u8 = 10;
const FIELDREF: u8 = 9;

/// A verification type in a stack map frame.
#[derive(Clone, Copy)]
enum T {
    Top,
    Int,
    Long,
    Null,
    UninitThis,
    Obj(u16),
    Uninit(u16),
}

fn encode(t: T, out: &mut Vec<u8>) {
    match t {
        T::Top => out.push(0),
        T::Int => out.push(1),
        T::Long => out.push(4),
        T::Null => out.push(5),
        T::UninitThis => out.push(6),
        T::Obj(cp) => {
            out.push(7);
            out.extend(u2(cp));
        }
        T::Uninit(pc) => {
            out.push(8);
            out.extend(u2(pc));
        }
    }
}

/// A `StackMapTable` body of full frames at the given offsets.
fn stack_map(frames: &[(u16, &[T], &[T])]) -> Vec<u8> {
    let mut out = u2(frames.len() as u16).to_vec();
    let mut previous: Option<u16> = None;
    for (offset, locals, stack) in frames {
        let delta = match previous {
            None => *offset,
            Some(p) => offset - p - 1,
        };
        previous = Some(*offset);
        out.push(255);
        out.extend(u2(delta));
        out.extend(u2(locals.len() as u16));
        for t in *locals {
            encode(*t, &mut out);
        }
        out.extend(u2(stack.len() as u16));
        for t in *stack {
            encode(*t, &mut out);
        }
    }
    out
}

/// A method to add: access, name, descriptor, max stack, max locals, code, handlers, frames.
struct M {
    access: u16,
    name: &'static str,
    desc: &'static str,
    stack: u16,
    locals: u16,
    code: Vec<u8>,
    handlers: Vec<[u16; 4]>,
    frames: Option<Vec<u8>>,
}

fn m(name: &'static str, desc: &'static str, stack: u16, locals: u16, code: Vec<u8>) -> M {
    M {
        access: STATIC,
        name,
        desc,
        stack,
        locals,
        code,
        handlers: vec![],
        frames: None,
    }
}

/// A class `name` (version `major`) with a trivial `main` and the methods made by `methods`.
fn class(name: &str, major: u16, methods: impl FnOnce(&mut ClassBuilder) -> Vec<M>) -> Vec<u8> {
    let mut b = ClassBuilder::new(name);
    b.major = major;
    let main = b.code(0, 1, &[0xb1], &[], vec![]);
    b.method(STATIC, "main", "([Ljava/lang/String;)V", vec![main]);
    for mm in methods(&mut b) {
        let attrs = match mm.frames {
            Some(body) => vec![b.attr("StackMapTable", body)],
            None => vec![],
        };
        let code = b.code(mm.stack, mm.locals, &mm.code, &mm.handlers, attrs);
        b.method(mm.access, mm.name, mm.desc, vec![code]);
    }
    b.build()
}

/// Checks that we reject `bytes` exactly as HotSpot does, with the expected message.
fn check(name: &str, bytes: &[u8], kind: VerifyErrorKind, message: &str) -> String {
    let cf = ClassFile::parse(bytes).expect("the test class parses");
    let hierarchy = DirHierarchy::new(&[]);
    let err = verify_class(&cf, &hierarchy).expect_err("must not verify");
    let java_kind = err.kind.class_name().replace('/', ".");
    assert_eq!((err.kind, err.message.as_str()), (kind, message), "{err}");
    if let Ok(dir) = std::env::var("DUMP_DIR") {
        std::fs::write(format!("{dir}/{}.class", name.replace('/', "_")), bytes).unwrap();
    }
    let (hotspot_kind, hotspot_message) =
        hotspot_full_verdict(name, bytes, &[]).expect("HotSpot must reject it too");
    let first_line = hotspot_message.lines().next().unwrap_or("").to_owned();
    assert_eq!(
        (java_kind, err.message.clone()),
        (hotspot_kind, first_line),
        "ours vs HotSpot"
    );
    assert_eq!(
        err.exception_message().trim_end(),
        hotspot_message,
        "details vs HotSpot's"
    );
    err.exception_message()
}

fn reason(details: &str) -> &str {
    let pattern = "  Reason:\n    ";
    let at = details.find(pattern).expect("a Reason line") + pattern.len();
    details[at..].lines().next().unwrap()
}

fn location(details: &str) -> &str {
    let pattern = "  Location:\n    ";
    let at = details.find(pattern).expect("a Location line") + pattern.len();
    details[at..].lines().next().unwrap()
}

const VERIFY: VerifyErrorKind = VerifyErrorKind::VerifyError;

#[test]
fn stack_underflow() {
    let bytes = class("Underflow", 61, |_| {
        vec![m("m", "()V", 1, 0, vec![0x57, 0xb1])]
    });
    let details = check("Underflow", &bytes, VERIFY, "Operand stack underflow");
    assert_eq!(location(&details), "Underflow.m()V @0: pop");
    assert_eq!(reason(&details), "Attempt to pop empty stack.");
}

#[test]
fn stack_overflow() {
    let bytes = class("Overflow", 61, |_| {
        vec![m("m", "()V", 1, 0, vec![0x03, 0x04, 0x57, 0x57, 0xb1])]
    });
    let details = check("Overflow", &bytes, VERIFY, "Operand stack overflow");
    assert_eq!(location(&details), "Overflow.m()V @1: iconst_1");
    assert_eq!(reason(&details), "Exceeded max stack size.");
}

#[test]
fn wrong_operand_type() {
    let bytes = class("WrongType", 61, |b| {
        let s = b.string("text") as u8;
        vec![m("m", "()I", 1, 0, vec![0x12, s, 0xac])]
    });
    let details = check("WrongType", &bytes, VERIFY, "Bad type on operand stack");
    assert_eq!(location(&details), "WrongType.m()I @2: ireturn");
    assert_eq!(
        reason(&details),
        "Type 'java/lang/String' (current frame, stack[0]) is not assignable to integer"
    );
    assert!(details.contains("  Current Frame:\n    bci: @2\n    flags: { }\n    locals: { }\n    stack: { 'java/lang/String' }\n"), "{details}");
    assert!(
        details.contains("  Bytecode:\n    0000000: 1209 ac                                \n"),
        "{details}"
    );
}

#[test]
fn wrong_local_type() {
    let bytes = class("WrongLocal", 61, |_| {
        vec![m("m", "(Ljava/lang/String;)I", 1, 1, vec![0x1a, 0xac])]
    });
    let details = check("WrongLocal", &bytes, VERIFY, "Bad local variable type");
    assert_eq!(
        reason(&details),
        "Type 'java/lang/String' (current frame, locals[0]) is not assignable to integer"
    );
}

#[test]
fn method_call_on_uninitialized_object() {
    let bytes = class("Uninit", 61, |b| {
        let object = b.class("java/lang/Object");
        let hash = b.member_ref(METHODREF, "java/lang/Object", "hashCode", "()I");
        let [o1, o2] = u2(object);
        let [h1, h2] = u2(hash);
        vec![m("m", "()I", 2, 0, vec![0xbb, o1, o2, 0xb6, h1, h2, 0xac])]
    });
    let details = check("Uninit", &bytes, VERIFY, "Bad type on operand stack");
    assert_eq!(
        reason(&details),
        "Type uninitialized 0 (current frame, stack[0]) is not assignable to 'java/lang/Object'"
    );
}

#[test]
fn constructor_returning_without_super_call() {
    let bytes = class("NoSuper", 61, |_| {
        vec![M {
            access: 0x0001,
            ..m("<init>", "()V", 0, 1, vec![0xb1])
        }]
    });
    let details = check(
        "NoSuper",
        &bytes,
        VERIFY,
        "Constructor must call super() or this() before return",
    );
    assert_eq!(location(&details), "NoSuper.<init>()V @0: return");
    assert_eq!(reason(&details), "Error exists in the bytecode");
}

#[test]
fn missing_frame_at_branch_target() {
    let code = vec![0x03, 0x99, 0x00, 0x03, 0xb1];
    let bytes = class("NoFrame", 61, |_| vec![m("m", "()V", 1, 0, code)]);
    let details = check(
        "NoFrame",
        &bytes,
        VERIFY,
        "Expecting a stackmap frame at branch target 4",
    );
    assert_eq!(location(&details), "NoFrame.m()V @1: ifeq");
    assert_eq!(
        reason(&details),
        "Expected stackmap frame at this location."
    );
}

#[test]
fn inconsistent_frame_at_branch_target() {
    // int i = 0; if (i == 0) goto L; L: return, with a frame claiming local 0 is a long.
    let code = vec![0x03, 0x3b, 0x1a, 0x99, 0x00, 0x03, 0xb1];
    let frames = stack_map(&[(6, &[T::Long], &[])]);
    let bytes = class("BadFrame", 61, |_| {
        vec![M {
            frames: Some(frames),
            ..m("m", "()V", 1, 2, code)
        }]
    });
    let details = check(
        "BadFrame",
        &bytes,
        VERIFY,
        "Inconsistent stackmap frames at branch target 6",
    );
    assert_eq!(location(&details), "BadFrame.m()V @6: return");
    assert_eq!(
        reason(&details),
        "Type integer (current frame, locals[0]) is not assignable to long (stack map, locals[0])"
    );
    assert!(
        details.contains(
            "  Stackmap Frame:\n    bci: @6\n    flags: { }\n    locals: { long, long_2nd }\n"
        ),
        "{details}"
    );
}

#[test]
fn falling_off_the_end() {
    let bytes = class("FallOff", 61, |_| {
        vec![m("m", "()V", 1, 0, vec![0x03, 0x57])]
    });
    let details = check(
        "FallOff",
        &bytes,
        VERIFY,
        "Control flow falls through code end",
    );
    assert_eq!(location(&details), "FallOff.m()V @2: <invalid>");
}

#[test]
fn branch_outside_the_code() {
    let bytes = class("FarJump", 61, |_| {
        vec![m("m", "()V", 0, 0, vec![0xa7, 0x00, 0x64])]
    });
    check(
        "FarJump",
        &bytes,
        VERIFY,
        "Expecting a stackmap frame at branch target 100",
    );
}

#[test]
fn expecting_frame_after_goto() {
    // goto 4; nop; return: the nop after the goto needs a frame.
    let code = vec![0xa7, 0x00, 0x04, 0x00, 0xb1];
    let frames = stack_map(&[(4, &[], &[])]);
    let bytes = class("DeadCode", 61, |_| {
        vec![M {
            frames: Some(frames),
            ..m("m", "()V", 0, 0, code)
        }]
    });
    let details = check("DeadCode", &bytes, VERIFY, "Expecting a stack map frame");
    assert_eq!(location(&details), "DeadCode.m()V @3: nop");
}

#[test]
fn invokespecial_of_an_unrelated_class() {
    let bytes = class("BadSpecial", 61, |b| {
        let length = b.member_ref(METHODREF, "java/lang/String", "length", "()I");
        let [l1, l2] = u2(length);
        vec![m(
            "m",
            "(Ljava/lang/String;)I",
            1,
            1,
            vec![0x2a, 0xb7, l1, l2, 0xac],
        )]
    });
    check(
        "BadSpecial",
        &bytes,
        VERIFY,
        "Bad invokespecial instruction: current class isn't assignable to reference class.",
    );
}

#[test]
fn init_of_the_wrong_class() {
    let bytes = class("WrongInit", 61, |b| {
        let object = b.class("java/lang/Object");
        let init = b.member_ref(METHODREF, "java/lang/String", "<init>", "()V");
        let [o1, o2] = u2(object);
        let [i1, i2] = u2(init);
        vec![m("m", "()V", 2, 0, vec![0xbb, o1, o2, 0xb7, i1, i2, 0xb1])]
    });
    let details = check("WrongInit", &bytes, VERIFY, "Call to wrong <init> method");
    assert_eq!(
        reason(&details),
        "Type 'java/lang/Object' (constant pool 4) is not assignable to 'java/lang/String' (constant pool 13)"
    );
}

#[test]
fn protected_access_from_another_package() {
    // Object.clone() is protected: a subclass in another package may call it only on itself.
    let bytes = class("Protected", 61, |b| {
        let clone = b.member_ref(
            METHODREF,
            "java/lang/Object",
            "clone",
            "()Ljava/lang/Object;",
        );
        let [c1, c2] = u2(clone);
        vec![m(
            "m",
            "(Ljava/lang/Object;)V",
            1,
            1,
            vec![0x2a, 0xb6, c1, c2, 0x57, 0xb1],
        )]
    });
    let details = check(
        "Protected",
        &bytes,
        VERIFY,
        "Bad access to protected data in invokevirtual",
    );
    assert_eq!(
        reason(&details),
        "Type 'java/lang/Object' (current frame, stack[0]) is not assignable to 'Protected'"
    );
}

#[test]
fn protected_field_access_from_another_package() {
    // java.io.FilterInputStream.in is protected; reading it through another stream is illegal.
    let bytes = class("pkg/Sneaky", 61, |b| {
        b.super_class = b.class("java/io/FilterInputStream");
        let field = b.member_ref(
            FIELDREF,
            "java/io/FilterInputStream",
            "in",
            "Ljava/io/InputStream;",
        );
        let [f1, f2] = u2(field);
        vec![m(
            "m",
            "(Ljava/io/FilterInputStream;)V",
            1,
            1,
            vec![0x2a, 0xb4, f1, f2, 0x57, 0xb1],
        )]
    });
    check(
        "pkg/Sneaky",
        &bytes,
        VERIFY,
        "Bad access to protected data in getfield",
    );
}

#[test]
fn handler_frame_mismatch() {
    // try { i = 0 (an int in local 0) ... } catch (Throwable t) with a handler frame saying
    // local 0 is a String.
    let code = vec![0x03, 0x3b, 0x01, 0xbf, 0x4c, 0xb1];
    let bytes = class("Handler", 61, |b| {
        let string = b.class("java/lang/String");
        let throwable = b.class("java/lang/Throwable");
        let frames = stack_map(&[(4, &[T::Obj(string)], &[T::Obj(throwable)])]);
        vec![M {
            handlers: vec![[2, 4, 4, 0]],
            frames: Some(frames),
            ..m("m", "()V", 1, 2, code)
        }]
    });
    let details = check(
        "Handler",
        &bytes,
        VERIFY,
        "Stack map does not match the one at exception handler 4",
    );
    assert_eq!(
        reason(&details),
        "Type integer (current frame, locals[0]) is not assignable to 'java/lang/String' (stack map, locals[0])"
    );
    assert!(
        details.contains("  Exception Handler Table:\n    bci [2, 4] => handler: 4\n"),
        "{details}"
    );
}

#[test]
fn jsr_in_a_version_51_class() {
    let bytes = class("NewJsr", 51, |_| {
        vec![m(
            "m",
            "()V",
            1,
            1,
            vec![0xa8, 0x00, 0x04, 0xb1, 0x4b, 0xa9, 0x00],
        )]
    });
    check("NewJsr", &bytes, VERIFY, "Bad instruction: a8");
}

#[test]
fn return_value_in_a_void_method() {
    let bytes = class("RetVoid", 61, |_| {
        vec![m("m", "()V", 1, 0, vec![0x03, 0xac])]
    });
    check(
        "RetVoid",
        &bytes,
        VERIFY,
        "Method does not expect a return value",
    );
}

#[test]
fn arraylength_of_a_non_array() {
    let bytes = class("ArrLen", 61, |_| {
        vec![m(
            "m",
            "(Ljava/lang/Object;)I",
            1,
            1,
            vec![0x2a, 0xbe, 0xac],
        )]
    });
    let details = check(
        "ArrLen",
        &bytes,
        VERIFY,
        "Bad type on operand stack in arraylength",
    );
    assert_eq!(
        reason(&details),
        "Invalid type: 'java/lang/Object' (current frame, stack[0])"
    );
}

// The inference verifier (class files before version 50).

#[test]
fn old_verifier_wrong_operand_type() {
    let bytes = class("OldType", 49, |_| {
        vec![m("m", "()V", 1, 1, vec![0x0b, 0x3b, 0xb1])]
    });
    check(
        "OldType",
        &bytes,
        VERIFY,
        "(class: OldType, method: m signature: ()V) Expecting to find integer on stack",
    );
}

#[test]
fn old_verifier_local_out_of_range() {
    let bytes = class("OldLocal", 49, |_| {
        vec![m("m", "()V", 1, 0, vec![0x03, 0x3b, 0xb1])]
    });
    check(
        "OldLocal",
        &bytes,
        VERIFY,
        "(class: OldLocal, method: m signature: ()V) Illegal local variable number",
    );
}

#[test]
fn old_verifier_falling_off_the_end() {
    let bytes = class("OldFall", 49, |_| {
        vec![m("m", "()V", 1, 0, vec![0x03, 0x57])]
    });
    check(
        "OldFall",
        &bytes,
        VERIFY,
        "(class: OldFall, method: m signature: ()V) Falling off the end of the code",
    );
}

#[test]
fn old_verifier_ret_without_return_address() {
    let bytes = class("OldRet", 49, |_| {
        vec![m("m", "()V", 1, 1, vec![0x03, 0x3b, 0xa9, 0x00])]
    });
    check(
        "OldRet",
        &bytes,
        VERIFY,
        "(class: OldRet, method: m signature: ()V) Register 0 contains wrong type",
    );
}

#[test]
fn old_verifier_recursive_jsr() {
    // 0: jsr 3; 3: astore_0; 4: jsr 3 (recursion); 7: ret 0
    let code = vec![0xa8, 0x00, 0x03, 0x4b, 0xa8, 0xff, 0xff, 0xa9, 0x00];
    let bytes = class("OldRecursive", 49, |_| vec![m("m", "()V", 1, 1, code)]);
    check(
        "OldRecursive",
        &bytes,
        VERIFY,
        "(class: OldRecursive, method: m signature: ()V) Recursive call to jsr entry",
    );
}

#[test]
fn old_verifier_invokespecial_of_an_unrelated_class() {
    let bytes = class("OldSpecial", 49, |b| {
        let length = b.member_ref(METHODREF, "java/lang/String", "length", "()I");
        let [l1, l2] = u2(length);
        vec![m(
            "m",
            "(Ljava/lang/String;)I",
            1,
            1,
            vec![0x2a, 0xb7, l1, l2, 0xac],
        )]
    });
    check(
        "OldSpecial",
        &bytes,
        VERIFY,
        "(class: OldSpecial, method: m signature: (Ljava/lang/String;)I) Illegal use of nonvirtual function call",
    );
}

#[test]
fn old_verifier_accepts_subroutines() {
    // int m(int x) { try { x++; } finally { x += 2; } return x; } compiled with jsr/ret:
    //  0: iinc 0 1; 3: jsr 10; 6: iload_0; 7: ireturn; 8: nop; 9: nop;
    // 10: astore_1; 11: iinc 0 2; 14: ret 1
    let code = vec![
        0x84, 0x00, 0x01, 0xa8, 0x00, 0x07, 0x1a, 0xac, 0x00, 0x00, 0x4c, 0x84, 0x00, 0x02, 0xa9,
        0x01,
    ];
    let bytes = class("OldSub", 49, |_| vec![m("m", "(I)I", 1, 2, code)]);
    let cf = ClassFile::parse(&bytes).unwrap();
    verify_class(&cf, &DirHierarchy::new(&[])).expect("valid subroutine code verifies");
    assert_eq!(
        hotspot_verdict("OldSub", &bytes, &[]),
        None,
        "HotSpot accepts it too"
    );
}

#[test]
fn frames_with_uninitialized_null_and_top_verify() {
    let bytes = class("Frames", 61, |b| {
        let object = b.class("java/lang/Object");
        let init = b.member_ref(METHODREF, "java/lang/Object", "<init>", "()V");
        let [o1, o2] = u2(object);
        let [i1, i2] = u2(init);
        // new Object (uninitialized across a branch), then init it; local 0 int, local 1 null.
        let code = vec![
            0x03, 0x3b, 0x01, 0x4c, 0xbb, o1, o2, 0x59, 0x1a, 0x99, 0x00, 0x03, 0xb7, i1, i2, 0x57,
            0xb1,
        ];
        let frames = stack_map(&[(
            12,
            &[T::Int, T::Null, T::Top],
            &[T::Uninit(4), T::Uninit(4)],
        )]);
        let m1 = M {
            frames: Some(frames),
            ..m("m", "()V", 3, 3, code)
        };
        // A constructor that branches before calling super().
        let ctor = vec![0x2a, 0x03, 0x99, 0x00, 0x03, 0xb7, i1, i2, 0xb1];
        let ctor_frames = stack_map(&[(5, &[T::UninitThis], &[T::UninitThis])]);
        let m2 = M {
            access: 0x0001,
            frames: Some(ctor_frames),
            ..m("<init>", "()V", 2, 1, ctor)
        };
        vec![m1, m2]
    });
    let cf = ClassFile::parse(&bytes).unwrap();
    verify_class(&cf, &DirHierarchy::new(&[])).expect("verifies");
    assert_eq!(
        hotspot_verdict("Frames", &bytes, &[]),
        None,
        "HotSpot accepts it too"
    );
}

#[test]
fn unknown_class_in_an_assignability_check() {
    // Returning a String where the descriptor promises a class that does not exist: HotSpot loads
    // the class to check assignability and fails with NoClassDefFoundError.
    let bytes = class("Missing", 61, |_| {
        vec![m(
            "m",
            "(Ljava/lang/String;)Lno/such/Thing;",
            1,
            1,
            vec![0x2a, 0xb0],
        )]
    });
    check(
        "Missing",
        &bytes,
        VerifyErrorKind::NoClassDefFoundError,
        "no/such/Thing",
    );
}

#[test]
fn old_verifier_inconsistent_stack_height() {
    let code = vec![0x03, 0x99, 0x00, 0x04, 0x04, 0xb1];
    let bytes = class("OldHeight", 49, |_| vec![m("m", "()V", 1, 0, code)]);
    check(
        "OldHeight",
        &bytes,
        VERIFY,
        "(class: OldHeight, method: m signature: ()V) Inconsistent stack height 1 != 0",
    );
}

#[test]
fn old_verifier_mismatched_stack_types() {
    // Two paths reach the join at 7 with an int and a float on the stack.
    let code = vec![
        0x03, 0x99, 0x00, 0x07, 0x03, 0xa7, 0x00, 0x04, 0x0b, 0x57, 0xb1,
    ];
    let bytes = class("OldMismatch", 49, |_| vec![m("m", "()V", 1, 0, code)]);
    check(
        "OldMismatch",
        &bytes,
        VERIFY,
        "(class: OldMismatch, method: m signature: ()V) Mismatched stack types",
    );
}

#[test]
fn version_50_fails_over_to_the_inference_verifier() {
    // A wrong stack map in a version 50 class: HotSpot's type checker rejects it and falls back
    // to the old verifier, which accepts the code.
    let code = vec![0x03, 0x3b, 0x1a, 0x99, 0x00, 0x03, 0xb1];
    let frames = stack_map(&[(6, &[T::Long], &[])]);
    let bytes = class("Failover", 50, |_| {
        vec![M {
            frames: Some(frames),
            ..m("m", "()V", 1, 2, code)
        }]
    });
    let cf = ClassFile::parse(&bytes).unwrap();
    verify_class(&cf, &DirHierarchy::new(&[])).expect("the inference verifier accepts it");
    assert_eq!(
        hotspot_verdict("Failover", &bytes, &[]),
        None,
        "HotSpot accepts it too"
    );
    // When the old verifier rejects the code too, HotSpot reports the type checker's message.
    let bad = class("Failover2", 50, |_| {
        vec![m("m", "()V", 1, 1, vec![0x0b, 0x3b, 0xb1])]
    });
    let details = check("Failover2", &bad, VERIFY, "Bad type on operand stack");
    assert_eq!(
        reason(&details),
        "Type float (current frame, stack[0]) is not assignable to integer"
    );
}

#[test]
fn subroutine_reference_maps() {
    // Object m(Object o) { try { o = o.toString(); } finally { o2 = 1 } } in jsr/ret form:
    //  0: aload_0; 1: jsr 6; 4: aload_0; 5: areturn; 6: astore_1; 7: iconst_1; 8: istore_2;
    //  9: ret 1
    let code = vec![
        0x2a, 0xa8, 0x00, 0x05, 0x2a, 0xb0, 0x4c, 0x04, 0x3d, 0xa9, 0x01,
    ];
    let bytes = class("OldMaps", 49, |_| {
        vec![m("m", "(Ljava/lang/Object;)Ljava/lang/Object;", 2, 3, code)]
    });
    let cf = ClassFile::parse(&bytes).unwrap();
    let maps = classfile::verifier::verify_class_with_maps(&cf, &DirHierarchy::new(&[])).unwrap();
    let map = maps[1].as_ref().unwrap();
    assert_eq!(map.pcs(), &[0, 1, 4, 5, 6, 7, 8, 9]);
    let in_subroutine = map.at(6).unwrap();
    assert_eq!(in_subroutine.stack_size(), 2);
    assert!(in_subroutine.is_stack_ref(0), "o pushed before the jsr");
    assert!(
        !in_subroutine.is_stack_ref(1),
        "a return address is not a reference"
    );
    let at_ret = map.at(9).unwrap();
    assert!(!at_ret.is_local_ref(1) && !at_ret.is_local_ref(2));
    let after = map.at(4).unwrap();
    assert!(
        after.is_local_ref(0) && !after.is_local_ref(2),
        "locals come back from the ret"
    );
    assert_eq!(after.stack_size(), 1);
    let permissive = classfile::verifier::reference_map(&cf, 1).unwrap();
    assert_eq!(
        permissive, *map,
        "the unverified analysis finds the same maps"
    );
    assert_eq!(hotspot_verdict("OldMaps", &bytes, &[]), None);
}
