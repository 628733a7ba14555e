//! Malformed fields, methods and Code attributes.
//! The expected messages were checked against `java` 17; the `hotspot_agrees` test re-checks them.

mod common;

use common::cases::*;
use common::{ClassBuilder, u2};

fn all() -> Vec<Case> {
    let mut v = Vec::new();
    v.extend(member_cases());
    v.extend(code_cases());
    v
}

#[test]
fn fails_like_hotspot() {
    check_ours(all());
}

#[test]
fn hotspot_agrees() {
    check_hotspot(all());
}

fn member_cases() -> Vec<Case> {
    let mut v = Vec::new();

    let mut b = base();
    let i = b.integer(1);
    b.fields.push(common::Member {
        access: 0,
        name: i,
        descriptor: i,
        attributes: vec![],
    });
    v.push(case(
        "field-name-not-utf8",
        &b,
        CFE,
        &format!("Invalid constant pool index {i} for field name in class file X"),
    ));

    let mut b = base();
    let i = b.integer(1);
    let d = b.utf8("()V");
    b.methods.push(common::Member {
        access: 1,
        name: i,
        descriptor: d,
        attributes: vec![],
    });
    v.push(case(
        "method-name-not-utf8",
        &b,
        CFE,
        &format!("Illegal constant pool index {i} for method name in class file X"),
    ));

    let mut b = ClassBuilder::new("X");
    b.access = 0x0601;
    b.field(0x0001, "f", "I", vec![]);
    v.push(case(
        "interface-field",
        &b,
        CFE,
        "Illegal field modifiers in class X: 0x1",
    ));

    let mut b = ClassBuilder::new("X");
    b.access = 0x0601;
    b.void_method(0x0001, "<init>");
    v.push(case(
        "interface-init",
        &b,
        CFE,
        "Interface cannot have a method named <init>, class file X",
    ));

    let mut b = ClassBuilder::new("X");
    b.access = 0x0601;
    b.method(0x0011, "m", "()V", vec![]);
    v.push(case(
        "interface-final-method",
        &b,
        CFE,
        "Method m in class X has illegal modifiers: 0x11",
    ));

    let mut b = base();
    let code = b.code(0, 255, &[0xB1], &[], vec![]);
    b.method(0x0009, "m", &format!("({})V", "I".repeat(256)), vec![code]);
    v.push(case(
        "too-many-arguments",
        &b,
        CFE,
        "Too many arguments in method signature in class file X",
    ));

    let mut b = base();
    let cv = b.integer(1);
    let a = b.attr("ConstantValue", u2(cv).to_vec());
    b.field(0x0008, "f", "I", vec![a.clone(), a]);
    v.push(case(
        "two-constant-values",
        &b,
        CFE,
        "Duplicate ConstantValue attribute in class file X",
    ));

    let mut b = base();
    let a = b.attr("ConstantValue", vec![0, 1, 2]);
    b.field(0x0008, "f", "I", vec![a]);
    v.push(case(
        "constant-value-length",
        &b,
        CFE,
        "Invalid ConstantValue field attribute length 3 in class file X",
    ));

    let mut b = base();
    let a = b.attr("ConstantValue", u2(0x7FFF).to_vec());
    b.field(0x0008, "f", "I", vec![a]);
    v.push(case(
        "constant-value-index",
        &b,
        CFE,
        "Bad initial value index 32767 in ConstantValue attribute in class file X",
    ));

    let mut b = base();
    let cv = b.integer(1);
    let a = b.attr("ConstantValue", u2(cv).to_vec());
    b.field(0x0008, "f", "Ljava/lang/Object;", vec![a]);
    v.push(case(
        "constant-value-object",
        &b,
        CFE,
        "Bad string initial value in class file X",
    ));

    let mut b = base();
    let a = b.attr("Synthetic", vec![1]);
    b.field(0, "f", "I", vec![a]);
    v.push(case(
        "field-synthetic-length",
        &b,
        CFE,
        "Invalid Synthetic field attribute length 1 in class file X",
    ));

    let mut b = base();
    let a = b.attr("Signature", vec![0, 1, 2]);
    b.field(0, "f", "I", vec![a]);
    v.push(case(
        "field-signature-length",
        &b,
        CFE,
        "Wrong size 3 for field's Signature attribute in class file X",
    ));

    let mut b = base();
    let sig = b.utf8("TT;");
    let a = b.attr("Signature", u2(sig).to_vec());
    b.field(0, "f", "I", vec![a.clone(), a]);
    v.push(case(
        "field-two-signatures",
        &b,
        CFE,
        "Multiple Signature attributes for field in class file X",
    ));

    let mut b = base();
    let a = b.attr("RuntimeVisibleAnnotations", u2(0).to_vec());
    let code = b.code(0, 1, &[0xB1], &[], vec![]);
    b.method(0x0001, "m", "()V", vec![code, a.clone(), a]);
    v.push(case(
        "method-two-annotations",
        &b,
        CFE,
        "Multiple RuntimeVisibleAnnotations attributes for method in class file X",
    ));

    let mut b = base();
    let a = b.attr("MethodParameters", vec![2, 0, 0, 0, 0]);
    let code = b.code(0, 3, &[0xB1], &[], vec![]);
    b.method(0x0001, "m", "(II)V", vec![code, a]);
    v.push(case(
        "method-parameters-length",
        &b,
        CFE,
        "Invalid MethodParameters method attribute length 5 in class file",
    ));

    let mut b = base();
    let e = b.class("java/lang/Exception");
    let a = b.attr("Exceptions", u2s(&[1, e]));
    let code = b.code(0, 1, &[0xB1], &[], vec![]);
    b.method(0x0001, "m", "()V", vec![code, a.clone(), a]);
    v.push(case(
        "two-exceptions",
        &b,
        CFE,
        "Multiple Exceptions attributes in class file X",
    ));

    let mut b = base();
    let e = b.class("java/lang/Exception");
    let a = b.attr("Exceptions", u2s(&[1, e, 0]));
    let code = b.code(0, 1, &[0xB1], &[], vec![]);
    b.method(0x0001, "m", "()V", vec![code, a]);
    v.push(case(
        "exceptions-length",
        &b,
        CFE,
        "Exceptions attribute has wrong length in class file X",
    ));

    let mut b = base();
    let i = b.integer(1);
    let code = b.code(0, 1, &[0xB1], &[], vec![]);
    let mut bad = code.clone();
    bad.name = i;
    b.method(0x0001, "m", "()V", vec![bad]);
    v.push(case(
        "method-attribute-name",
        &b,
        CFE,
        &format!("Invalid method attribute name index {i} in class file X"),
    ));

    let mut b = base();
    b.major = 48;
    b.field(0, "1x", "I", vec![]);
    v.push(case(
        "old-field-name",
        &b,
        CFE,
        "Illegal field name \"1x\" in class X",
    ));

    v
}

fn code_cases() -> Vec<Case> {
    let mut v = Vec::new();

    let mut b = base();
    let code = b.code(0, 1, &[0xB1], &[[0, 1, 1, 0]], vec![]);
    b.method(0x0001, "m", "()V", vec![code]);
    v.push(case(
        "handler-out-of-code",
        &b,
        CFE,
        "Illegal exception table handler in class file X",
    ));

    let mut b = base();
    let i = b.integer(1);
    let code = b.code(0, 1, &[0xB1], &[[0, 1, 0, i]], vec![]);
    b.method(0x0001, "m", "()V", vec![code]);
    v.push(case(
        "catch-type-not-class",
        &b,
        CFE,
        "Catch type in exception table has bad constant type in class file X",
    ));

    let mut b = base();
    let mut code = b.code(0, 1, &[0xB1], &[], vec![]);
    code.body.push(0);
    b.method(0x0001, "m", "()V", vec![code]);
    v.push(case(
        "code-segment-length",
        &b,
        CFE,
        "Code segment has wrong length in class file X",
    ));

    let mut b = base();
    let lnt = b.attr("LineNumberTable", u2s(&[1, 0, 1, 0]));
    let code = b.code(0, 1, &[0xB1], &[], vec![lnt]);
    b.method(0x0001, "m", "()V", vec![code]);
    v.push(case(
        "lnt-length",
        &b,
        CFE,
        "LineNumberTable attribute has wrong length in class file X",
    ));

    let mut b = base();
    let lnt = b.attr("LineNumberTable", u2s(&[1, 5, 1]));
    let code = b.code(0, 1, &[0xB1], &[], vec![lnt]);
    b.method(0x0001, "m", "()V", vec![code]);
    v.push(case(
        "lnt-pc",
        &b,
        CFE,
        "Invalid pc in LineNumberTable in class file X",
    ));

    let lvt = |b: &mut ClassBuilder, name: &str, entries: &[[u16; 5]]| {
        let mut body = u2(entries.len() as u16).to_vec();
        for e in entries {
            body.extend(u2s(e));
        }
        b.attr(name, body)
    };
    let mut b = base();
    let (n, d) = (b.utf8("x"), b.utf8("I"));
    let t = lvt(&mut b, "LocalVariableTable", &[[3, 0, n, d, 0]]);
    let code = b.code(0, 1, &[0xB1], &[], vec![t]);
    b.method(0x0001, "m", "()V", vec![code]);
    v.push(case(
        "lvt-start",
        &b,
        CFE,
        "Invalid start_pc 3 in LocalVariableTable in class file X",
    ));

    let mut b = base();
    let (n, d) = (b.utf8("x"), b.utf8("I"));
    let t = lvt(&mut b, "LocalVariableTable", &[[0, 2, n, d, 0]]);
    let code = b.code(0, 1, &[0xB1], &[], vec![t]);
    b.method(0x0001, "m", "()V", vec![code]);
    v.push(case(
        "lvt-length-range",
        &b,
        CFE,
        "Invalid length 2 in LocalVariableTable in class file X",
    ));

    let mut b = base();
    let (n, d) = (b.utf8("x"), b.utf8("J"));
    let t = lvt(&mut b, "LocalVariableTable", &[[0, 1, n, d, 0]]);
    let code = b.code(0, 1, &[0xB1], &[], vec![t]);
    b.method(0x0001, "m", "()V", vec![code]);
    v.push(case(
        "lvt-slot",
        &b,
        CFE,
        "Invalid index 0 in LocalVariableTable in class file X",
    ));

    let mut b = base();
    let (i, d) = (b.integer(7), b.utf8("I"));
    let t = lvt(&mut b, "LocalVariableTable", &[[0, 1, i, d, 0]]);
    let code = b.code(0, 1, &[0xB1], &[], vec![t]);
    b.method(0x0001, "m", "()V", vec![code]);
    v.push(case(
        "lvt-name-index",
        &b,
        CFE,
        &format!("Name index {i} in LocalVariableTable has bad constant type in class file X"),
    ));

    let mut b = base();
    let mut t = b.attr("LocalVariableTable", u2s(&[0, 0]));
    t.body.truncate(3);
    let code = b.code(0, 1, &[0xB1], &[], vec![t]);
    b.method(0x0001, "m", "()V", vec![code]);
    v.push(case(
        "lvt-wrong-length",
        &b,
        CFE,
        "LocalVariableTable has wrong length in class file X",
    ));

    let mut b = base();
    let (n, d) = (b.utf8("x"), b.utf8("I"));
    let t = lvt(
        &mut b,
        "LocalVariableTable",
        &[[0, 1, n, d, 0], [0, 1, n, d, 0]],
    );
    let code = b.code(0, 1, &[0xB1], &[], vec![t]);
    b.method(0x0001, "m", "()V", vec![code]);
    v.push(case(
        "lvt-duplicate",
        &b,
        CFE,
        "Duplicated LocalVariableTable attribute entry for 'x' in class file X",
    ));

    let mut b = base();
    let (n, d, y) = (b.utf8("x"), b.utf8("I"), b.utf8("y"));
    let t = lvt(&mut b, "LocalVariableTable", &[[0, 1, n, d, 0]]);
    let tt = lvt(&mut b, "LocalVariableTypeTable", &[[0, 1, y, d, 0]]);
    let code = b.code(0, 1, &[0xB1], &[], vec![t, tt]);
    b.method(0x0001, "m", "()V", vec![code]);
    v.push(case(
        "lvtt-unmatched",
        &b,
        CFE,
        "LVTT entry for 'y' in class file X does not match any LVT entry",
    ));

    let mut b = base();
    let smt = b.attr("StackMapTable", u2(0).to_vec());
    let code = b.code(0, 1, &[0xB1], &[], vec![smt.clone(), smt]);
    b.method(0x0001, "m", "()V", vec![code]);
    v.push(case(
        "two-stack-maps",
        &b,
        CFE,
        "Multiple StackMapTable attributes in class file X",
    ));

    let mut b = base();
    let i = b.integer(1);
    let mut smt = b.attr("StackMapTable", u2(0).to_vec());
    smt.name = i;
    let code = b.code(0, 1, &[0xB1], &[], vec![smt]);
    b.method(0x0001, "m", "()V", vec![code]);
    v.push(case(
        "code-attribute-name",
        &b,
        CFE,
        &format!("Invalid code attribute name index {i} in class file X"),
    ));

    v
}
