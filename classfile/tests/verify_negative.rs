//! Hand-assembled ill-typed class files for the type checker (version 50 and above), one per
//! verification rule. Each is also run on HotSpot 17, and our error class, message and
//! `Exception Details` must equal HotSpot's.

mod common;
mod verify_support;

use classfile::ClassFile;
use classfile::verifier::{VerifyErrorKind, verify_class};
use common::u2;
use verify_support::assembler::*;
use verify_support::{DirHierarchy, hotspot_verdict};

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
fn invokespecial_of_an_indirect_superinterface_method() {
    // A class implementing List calls Collection.size() with invokespecial.
    let bytes = class("Indirect", 61, |b| {
        let list = b.class("java/util/List");
        b.interfaces.push(list);
        b.access |= 0x0400; // abstract: List's methods stay unimplemented
        let size = b.member_ref(11, "java/util/Collection", "size", "()I");
        let [s1, s2] = u2(size);
        let code = vec![0x2a, 0xb7, s1, s2, 0xac];
        vec![M {
            access: 0x0001,
            ..m("count", "()I", 1, 1, code)
        }]
    });
    check(
        "Indirect",
        &bytes,
        VERIFY,
        "Bad invokespecial instruction: interface method reference is in an indirect superinterface.",
    );
}

#[test]
fn protected_constructor_of_a_superclass_in_another_package() {
    // ClassLoader() is protected: a subclass may only call it on itself (super()), not on a
    // new ClassLoader.
    let bytes = class("Loader", 61, |b| {
        b.super_class = b.class("java/lang/ClassLoader");
        let [c1, c2] = u2(b.class("java/lang/ClassLoader"));
        let [i1, i2] = u2(b.member_ref(METHODREF, "java/lang/ClassLoader", "<init>", "()V"));
        vec![m(
            "m",
            "()V",
            2,
            0,
            vec![0xbb, c1, c2, 0x59, 0xb7, i1, i2, 0x57, 0xb1],
        )]
    });
    let details = check(
        "Loader",
        &bytes,
        VERIFY,
        "Bad access to protected <init> method",
    );
    assert!(
        reason(&details).ends_with("is not assignable to 'Loader'"),
        "{details}"
    );
}
