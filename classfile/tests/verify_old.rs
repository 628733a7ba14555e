//! Hand-assembled class files for the inference verifier (versions before 50): ill-typed code
//! and subroutine (`jsr`/`ret`) misuse, each also run on HotSpot 17 for its verdict and message,
//! and valid subroutine code with its reference maps.

mod common;
mod verify_support;

use classfile::ClassFile;
use classfile::verifier::verify_class;
use common::u2;
use verify_support::assembler::*;
use verify_support::{DirHierarchy, hotspot_verdict};

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
