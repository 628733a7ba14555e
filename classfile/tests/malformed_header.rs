//! Malformed class files: magic, versions, sizes, names, flags, members, truncation.
//! The expected messages were checked against `java` 17; the `hotspot_agrees` test re-checks them.

mod common;

use classfile::ClassFile;
use common::cases::*;
use common::{ClassBuilder, u2, u4};

fn all() -> Vec<Case> {
    let mut v = Vec::new();
    v.extend(cases());
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

fn cases() -> Vec<Case> {
    let mut v = Vec::new();

    let mut b = base();
    b.magic = 0xCAFE_BABF;
    v.push(case(
        "magic",
        &b,
        CFE,
        "Incompatible magic value 3405691583 in class file X",
    ));

    let mut b = base();
    b.major = 62;
    v.push(case("too-new", &b, UCVE, "X has been compiled by a more recent version of the Java Runtime (class file version 62.0), this version of the Java Runtime only recognizes class file versions up to 61.0"));

    let mut b = base();
    b.major = 44;
    v.push(case(
        "too-old",
        &b,
        UCVE,
        "X (class file version 44.0) was compiled with an invalid major version",
    ));

    let mut b = base();
    b.minor = 3;
    v.push(case(
        "bad-minor",
        &b,
        UCVE,
        "X (class file version 61.3) was compiled with an invalid non-zero minor version",
    ));

    let mut b = base();
    b.minor = 65535;
    v.push(case("preview-off", &b, UCVE, "Preview features are not enabled for X (class file version 61.65535). Try running with '--enable-preview'"));

    let mut b = base();
    b.major = 60;
    b.minor = 65535;
    v.push(case("preview-old", &b, UCVE, "X (class file version 60.65535) was compiled with preview features that are unsupported. This version of the Java Runtime only recognizes preview features for class file version 61.65535"));

    let mut b = base();
    b.pool_count_override = Some(0);
    v.push(case(
        "cp-size-0",
        &b,
        CFE,
        "Illegal constant pool size 0 in class file X",
    ));

    let mut b = base();
    b.raw_entry(vec![2, 0, 0], 1);
    v.push(case(
        "unknown-tag",
        &b,
        CFE,
        "Unknown constant tag 2 in class file X",
    ));

    let mut b = base();
    b.major = 50;
    b.raw_entry(vec![16, 0, 1], 1);
    v.push(case(
        "methodtype-v50",
        &b,
        CFE,
        "Class file version does not support constant tag 16 in class file X",
    ));

    let mut b = base();
    b.raw_entry(vec![19, 0, 1], 1);
    v.push(case(
        "module-tag",
        &b,
        CFE,
        "Unknown constant tag 19 in class file X",
    ));

    let mut b = base();
    b.raw_entry(vec![7, 0x7F, 0x00], 1);
    v.push(case(
        "class-bad-index",
        &b,
        CFE,
        "Invalid constant pool index 32512 in class file X",
    ));

    let mut b = base();
    let i = b.integer(5);
    b.raw_entry([vec![8], u2(i).to_vec()].concat(), 1);
    v.push(case(
        "string-wrong-tag",
        &b,
        CFE,
        &format!("Invalid constant pool index {i} in class file X"),
    ));

    let mut b = base();
    b.utf8_bytes(b"bad\xFFutf8");
    v.push(case(
        "bad-utf8",
        &b,
        CFE,
        "Illegal UTF8 string in constant pool in class file X",
    ));

    let mut b = base();
    b.utf8_bytes(b"nul\x00inside");
    v.push(case(
        "utf8-nul",
        &b,
        CFE,
        "Illegal UTF8 string in constant pool in class file X",
    ));

    let mut b = base();
    b.utf8_bytes(b"\xC1\x81");
    v.push(case(
        "utf8-overlong",
        &b,
        CFE,
        "Illegal UTF8 string in constant pool in class file X",
    ));

    let mut b = base();
    b.class("a//b");
    v.push(case(
        "bad-class-name",
        &b,
        CFE,
        "Illegal class name \"a//b\" in class file X",
    ));

    let mut b = base();
    b.class("a.b");
    v.push(case(
        "dotted-class-name",
        &b,
        CFE,
        "Illegal class name \"a.b\" in class file X",
    ));

    let mut b = base();
    b.field(0, "f", "Q", vec![]);
    v.push(case(
        "bad-field-descriptor",
        &b,
        CFE,
        "Field \"f\" in class X has illegal signature \"Q\"",
    ));

    let mut b = base();
    b.field(0, "f", "[[[V", vec![]);
    v.push(case(
        "void-array",
        &b,
        CFE,
        "Field \"f\" in class X has illegal signature \"[[[V\"",
    ));

    let mut b = base();
    b.field(0, "f", &format!("{}I", "[".repeat(256)), vec![]);
    v.push(case(
        "dims-256",
        &b,
        CFE,
        "Array type descriptor has more than 255 dimensions in class file X",
    ));

    let mut b = base();
    b.field(0, "f", "L;", vec![]);
    v.push(case(
        "empty-class-in-descriptor",
        &b,
        CFE,
        "Class name is empty or contains illegal character in descriptor in class file X",
    ));

    let mut b = base();
    b.field(0, "a;b", "I", vec![]);
    v.push(case(
        "bad-field-name",
        &b,
        CFE,
        "Illegal field name \"a;b\" in class X",
    ));

    let mut b = base();
    b.void_method(0x0001, "a<b");
    v.push(case(
        "bad-method-name",
        &b,
        CFE,
        "Illegal method name \"a<b\" in class X",
    ));

    let mut b = base();
    let code = b.code(1, 2, &[0xB1], &[], vec![]);
    b.method(0x0001, "m", "(I)", vec![code]);
    v.push(case(
        "bad-method-descriptor",
        &b,
        CFE,
        "Method \"m\" in class X has illegal signature \"(I)\"",
    ));

    let mut b = base();
    let code = b.code(1, 1, &[0xB1], &[], vec![]);
    b.method(0x0001, "<init>", "()I", vec![code]);
    v.push(case(
        "init-returns-int",
        &b,
        CFE,
        "Method \"<init>\" in class X has illegal signature \"()I\"",
    ));

    let mut b = base();
    b.field(0, "f", "I", vec![]);
    b.field(0, "f", "I", vec![]);
    v.push(case(
        "duplicate-field",
        &b,
        CFE,
        "Duplicate field name \"f\" with signature \"I\" in class file X",
    ));

    let mut b = base();
    b.field(0, "s", "Ljava/lang/String;", vec![]);
    b.field(2, "s", "Ljava/lang/String;", vec![]);
    v.push(case(
        "duplicate-field-external",
        &b,
        CFE,
        "Duplicate field name \"s\" with signature \"Ljava.lang.String;\" in class file X",
    ));

    let mut b = base();
    b.void_method(0x0001, "m");
    b.void_method(0x0002, "m");
    v.push(case(
        "duplicate-method",
        &b,
        CFE,
        "Duplicate method name \"m\" with signature \"()V\" in class file X",
    ));

    let mut b = base();
    b.access = 0x0411;
    v.push(case(
        "abstract-final-class",
        &b,
        CFE,
        "Illegal class modifiers in class X: 0x411",
    ));

    let mut b = base();
    b.access = 0x0201;
    v.push(case(
        "interface-not-abstract",
        &b,
        CFE,
        "Illegal class modifiers in class X: 0x201",
    ));

    let mut b = base();
    b.field(0x0003, "f", "I", vec![]);
    v.push(case(
        "public-private-field",
        &b,
        CFE,
        "Illegal field modifiers in class X: 0x3",
    ));

    let mut b = base();
    b.field(0x0050, "f", "I", vec![]);
    v.push(case(
        "final-volatile-field",
        &b,
        CFE,
        "Illegal field modifiers in class X: 0x50",
    ));

    let mut b = base();
    b.method(0x0411, "m", "()V", vec![]);
    v.push(case(
        "abstract-final-method",
        &b,
        CFE,
        "Method m in class X has illegal modifiers: 0x411",
    ));

    let mut b = base();
    b.void_method(0x0009, "<init>");
    v.push(case(
        "static-init",
        &b,
        CFE,
        "Method <init> in class X has illegal modifiers: 0x9",
    ));

    let mut b = base();
    b.void_method(0x0001, "<clinit>");
    v.push(case(
        "clinit-not-static",
        &b,
        CFE,
        "Method <clinit> is not static in class file X",
    ));

    let mut b = base();
    b.method(0x0001, "m", "()V", vec![]);
    v.push(case(
        "missing-code",
        &b,
        CFE,
        "Absent Code attribute in method that is not native or abstract in class file X",
    ));

    let mut b = base();
    let code = b.code(0, 1, &[], &[], vec![]);
    b.method(0x0001, "m", "()V", vec![code]);
    v.push(case(
        "code-length-0",
        &b,
        CFE,
        "Invalid method Code length 0 in class file X",
    ));

    let mut b = base();
    let code = b.code(0, 1, &vec![0u8; 65536], &[], vec![]);
    b.method(0x0001, "m", "()V", vec![code]);
    v.push(case(
        "code-length-65536",
        &b,
        CFE,
        "Invalid method Code length 65536 in class file X",
    ));

    let mut b = base();
    let c1 = b.code(0, 1, &[0xB1], &[], vec![]);
    b.method(0x0001, "m", "()V", vec![c1.clone(), c1]);
    v.push(case(
        "two-codes",
        &b,
        CFE,
        "Multiple Code attributes in class file X",
    ));

    let mut b = base();
    let code = b.code(0, 1, &[0xB1], &[], vec![]);
    b.method(0x0101, "m", "()V", vec![code]);
    v.push(case(
        "native-with-code",
        &b,
        CFE,
        "Code attribute in native or abstract methods in class file X",
    ));

    let mut b = base();
    let code = b.code(0, 1, &[0xB1], &[], vec![]);
    b.method(0x0001, "m", "(JJ)V", vec![code]);
    v.push(case(
        "args-exceed-locals",
        &b,
        CFE,
        "Arguments can't fit into locals in class file X",
    ));

    let mut b = base();
    let code = b.code(0, 1, &[0xB1], &[[0, 0, 0, 0]], vec![]);
    b.method(0x0001, "m", "()V", vec![code]);
    v.push(case(
        "bad-handler-range",
        &b,
        CFE,
        "Illegal exception table range in class file X",
    ));

    let mut b = base();
    b.trailing = vec![0];
    v.push(case(
        "extra-bytes",
        &b,
        CFE,
        "Extra bytes at the end of class file X",
    ));

    let mut b = base();
    b.super_class = 0;
    v.push(case(
        "no-super",
        &b,
        CFE,
        "Invalid superclass index 0 in class file X",
    ));

    let mut b = base();
    b.super_class = b.class("[I");
    v.push(case(
        "array-super",
        &b,
        CFE,
        "Bad superclass name in class file X",
    ));

    let mut b = base();
    b.this_class = 0x7FFF;
    v.push(case(
        "bad-this",
        &b,
        CFE,
        "Invalid this class index 32767 in constant pool in class file X",
    ));

    let mut b = base();
    b.this_class = b.class("Y");
    v.push(case("wrong-name", &b, NCDFE, "X (wrong name: Y)"));

    let mut b = ClassBuilder::new("X");
    b.access = 0x0601;
    b.super_class = b.class("java/lang/Thread");
    v.push(case(
        "interface-super",
        &b,
        CFE,
        "Interfaces must have java.lang.Object as superclass in class file X",
    ));

    let mut b = base();
    let i = b.class("java/lang/Runnable");
    b.interfaces = vec![i, i];
    v.push(case(
        "duplicate-interface",
        &b,
        CFE,
        "Duplicate interface name \"java/lang/Runnable\" in class file X",
    ));

    let mut b = base();
    let sf = b.utf8("X.java");
    let a = b.attr("SourceFile", u2(sf).to_vec());
    b.attributes = vec![a.clone(), a];
    v.push(case(
        "two-sourcefiles",
        &b,
        CFE,
        "Multiple SourceFile attributes in class file X",
    ));

    let mut b = base();
    let a = b.attr("Whatever", vec![1, 2, 3]);
    let mut bytes_attr = a.clone();
    bytes_attr.body = vec![];
    b.attributes = vec![a];
    let mut bytes = b.build();
    // Declare the attribute 100 bytes long: it runs past the end of the file.
    let len = bytes.len();
    bytes[len - 7..len - 3].copy_from_slice(&u4(100));
    v.push(Case {
        id: "attribute-past-end",
        bytes,
        kind: CFE,
        message: "Truncated class file".to_owned(),
    });

    let mut b = base();
    let cv = b.integer(3);
    let a = b.attr("ConstantValue", u2(cv).to_vec());
    b.field(0x0008, "f", "J", vec![a]);
    v.push(case(
        "constant-value-type",
        &b,
        CFE,
        "Inconsistent constant value type in class file X",
    ));

    let mut b = base();
    let e = b.class("java/lang/Exception");
    let cv = b.utf8("x");
    let mut body = u2(2).to_vec();
    body.extend(u2(e));
    body.extend(u2(cv));
    let a = b.attr("Exceptions", body);
    b.method(0x0401, "m", "()V", vec![a]);
    b.access = 0x0421;
    v.push(case(
        "exception-not-class",
        &b,
        CFE,
        &format!("Exception name has bad type at constant pool {cv} in class file X"),
    ));

    v
}

#[test]
fn every_prefix_of_a_valid_class_is_truncated() {
    let mut b = base();
    let cv = b.long(7);
    let a = b.attr("ConstantValue", u2(cv).to_vec());
    b.field(0x0018, "L", "J", vec![a]);
    let sf = b.utf8("X.java");
    let a = b.attr("SourceFile", u2(sf).to_vec());
    b.attributes.push(a);
    let bytes = b.build();
    ClassFile::parse_named(&bytes, "X").expect("the whole file is valid");
    for len in 0..bytes.len() {
        let err = ClassFile::parse_named(&bytes[..len], "X").unwrap_err();
        assert_eq!(
            (err.kind, err.message.as_str()),
            (CFE, "Truncated class file"),
            "prefix of {len} bytes"
        );
    }
}

/// Edge cases HotSpot accepts.
#[test]
fn accepted_edge_cases() {
    let mut b = base();
    b.major = 50;
    b.minor = 7;
    let ok_old_minor = b.build();
    accepted(&ok_old_minor, "any minor is fine before 56");

    let mut b = base();
    b.utf8_bytes(b"lone\xED\xA0\x80surrogate");
    let lone = b.build();
    accepted(&lone, "unpaired surrogates are legal");

    let mut b = base();
    b.major = 45;
    b.minor = 3;
    b.utf8_bytes(b"\xC1\x81");
    let old = b.build();
    accepted(&old, "overlong forms are legal before 48");

    let mut b = base();
    let cv = b.integer(1);
    let a = b.attr("ConstantValue", u2(cv).to_vec());
    b.field(0x0000, "f", "J", vec![a]);
    let instance_constant = b.build();
    accepted(&instance_constant, "ignored on instance fields");
}
