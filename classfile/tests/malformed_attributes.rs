//! Malformed class attributes.
//! The expected messages were checked against `java` 17; the `hotspot_agrees` test re-checks them.

mod common;

use common::cases::*;
use common::u2;

fn all() -> Vec<Case> {
    let mut v = Vec::new();
    v.extend(class_attribute_cases());
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

fn class_attribute_cases() -> Vec<Case> {
    let mut v = Vec::new();

    let mut b = base();
    let i = b.integer(1);
    b.attributes.push(common::Attr {
        name: i,
        body: vec![],
    });
    v.push(case(
        "class-attribute-name",
        &b,
        CFE,
        &format!("Attribute name has bad constant pool index {i} in class file X"),
    ));

    let mut b = base();
    let a = b.attr("SourceFile", vec![0, 1, 2]);
    b.attributes.push(a);
    v.push(case(
        "sourcefile-length",
        &b,
        CFE,
        "Wrong SourceFile attribute length in class file X",
    ));

    let mut b = base();
    let i = b.integer(1);
    let a = b.attr("SourceFile", u2(i).to_vec());
    b.attributes.push(a);
    v.push(case(
        "sourcefile-index",
        &b,
        CFE,
        &format!("Invalid SourceFile attribute at constant pool index {i} in class file X"),
    ));

    let mut b = base();
    let a = b.attr("Synthetic", vec![0]);
    b.attributes.push(a);
    v.push(case(
        "class-synthetic-length",
        &b,
        CFE,
        "Invalid Synthetic classfile attribute length 1 in class file X",
    ));

    let mut b = base();
    let a = b.attr("Signature", vec![0, 0, 0]);
    b.attributes.push(a);
    v.push(case(
        "class-signature-length",
        &b,
        CFE,
        "Wrong Signature attribute length 3 in class file X",
    ));

    let mut b = base();
    let i = b.integer(1);
    let a = b.attr("Signature", u2(i).to_vec());
    b.attributes.push(a);
    v.push(case(
        "class-signature-index",
        &b,
        CFE,
        &format!("Invalid constant pool index {i} in Signature attribute in class file X"),
    ));

    let mut b = base();
    let (x, y) = (b.this_class, b.class("X$Y"));
    let a = b.attr("InnerClasses", u2s(&[1, x, x, 0, 0]));
    b.attributes.push(a);
    let _ = y;
    v.push(case(
        "inner-is-outer",
        &b,
        CFE,
        "Class is both outer and inner class in class file X",
    ));

    let mut b = base();
    let y = b.class("X$Y");
    let n = b.utf8("Y");
    let a = b.attr("InnerClasses", u2s(&[1, y, b.this_class, n, 0x0411]));
    b.attributes.push(a);
    v.push(case(
        "inner-flags",
        &b,
        CFE,
        "Illegal class modifiers in class X: 0x411",
    ));

    let mut b = base();
    let y = b.class("X$Y");
    let n = b.utf8("Y");
    let x = b.this_class;
    let a = b.attr("InnerClasses", u2s(&[2, y, x, n, 8, y, x, n, 8]));
    b.attributes.push(a);
    v.push(case(
        "inner-duplicate",
        &b,
        CFE,
        "Duplicate entry in InnerClasses attribute in class file X",
    ));

    let mut b = base();
    let y = b.class("X$Y");
    let n = b.utf8("Y");
    let x = b.this_class;
    let mut body = u2s(&[1, y, x, n, 8]);
    body.extend([0, 0]);
    let a = b.attr("InnerClasses", body);
    b.attributes.push(a);
    v.push(case(
        "inner-length",
        &b,
        CFE,
        "Wrong InnerClasses attribute length in class file X",
    ));

    let mut b = base();
    let n = b.utf8("Y");
    let x = b.this_class;
    let a = b.attr("InnerClasses", u2s(&[1, n, x, n, 8]));
    b.attributes.push(a);
    v.push(case(
        "inner-not-class",
        &b,
        CFE,
        &format!("inner_class_info_index {n} has bad constant type in class file X"),
    ));

    let mut b = base();
    let a = b.attr("EnclosingMethod", u2s(&[b.super_class]));
    b.attributes.push(a);
    v.push(case(
        "enclosing-length",
        &b,
        CFE,
        "Wrong EnclosingMethod attribute length 2 in class file X",
    ));

    let mut b = base();
    let a = b.attr("EnclosingMethod", u2s(&[0, 0]));
    b.attributes.push(a);
    v.push(case(
        "enclosing-class-0",
        &b,
        CFE,
        "Invalid class index in EnclosingMethod attribute in class file X",
    ));

    let mut b = base();
    let a = b.attr("EnclosingMethod", u2s(&[b.super_class, b.super_class]));
    b.attributes.push(a);
    v.push(case(
        "enclosing-method-index",
        &b,
        CFE,
        "Invalid or out-of-bounds method index in EnclosingMethod attribute in class file X",
    ));

    let mut b = base();
    let h = b.class("H");
    let host = b.attr("NestHost", u2(h).to_vec());
    let members = b.attr("NestMembers", u2s(&[1, h]));
    b.attributes = vec![host, members];
    v.push(case(
        "nest-conflict",
        &b,
        CFE,
        "Conflicting NestHost and NestMembers attributes in class file X",
    ));

    let mut b = base();
    let n = b.utf8("H");
    let host = b.attr("NestHost", u2(n).to_vec());
    b.attributes.push(host);
    v.push(case(
        "nest-host-not-class",
        &b,
        CFE,
        &format!("Nest-host class_info_index {n} has bad constant type in class file X"),
    ));

    let mut b = base();
    let h = b.class("X$H");
    let mut body = u2s(&[1, h]);
    body.push(0);
    let members = b.attr("NestMembers", body);
    b.attributes.push(members);
    v.push(case(
        "nest-members-length",
        &b,
        CFE,
        "Wrong NestMembers attribute length in class file X",
    ));

    let mut b = base();
    b.super_class = b.class("java/lang/Record");
    let (n, d) = (b.utf8("x"), b.utf8("I"));
    let mut body = u2s(&[1, n, d, 0]);
    body.push(0);
    let rec = b.attr("Record", body);
    b.attributes.push(rec);
    v.push(case(
        "record-length",
        &b,
        CFE,
        "Record attribute has wrong length in class file X",
    ));

    let mut b = base();
    let (n, d) = (b.utf8("x"), b.utf8("Q"));
    let rec = b.attr("Record", u2s(&[1, n, d, 0]));
    b.attributes.push(rec);
    v.push(case(
        "record-descriptor",
        &b,
        CFE,
        "Field \"x\" in class X has illegal signature \"Q\"",
    ));

    let mut b = base();
    b.access = 0x0031;
    let s = b.class("X$S");
    let p = b.attr("PermittedSubclasses", u2s(&[1, s]));
    b.attributes.push(p);
    v.push(case(
        "permitted-final",
        &b,
        CFE,
        "PermittedSubclasses attribute in final class file X",
    ));

    let mut b = base();
    let n = b.utf8("S");
    let p = b.attr("PermittedSubclasses", u2s(&[1, n]));
    b.attributes.push(p);
    v.push(case(
        "permitted-not-class",
        &b,
        CFE,
        &format!("Permitted subclass class_info_index {n} has bad constant type in class file X"),
    ));

    let mut b = base();
    b.access = 0x8000;
    v.push(case(
        "module-flag",
        &b,
        NCDFE,
        "X is not a class because access_flag ACC_MODULE is set",
    ));

    let mut b = base();
    b.access = 0x2021;
    v.push(case(
        "annotation-not-interface",
        &b,
        CFE,
        "Illegal class modifiers in class X: 0x2021",
    ));

    let mut b = base();
    b.this_class = b.class("[LX;");
    v.push(case(
        "array-this",
        &b,
        CFE,
        "Bad class name in class file X",
    ));

    let mut b = base();
    let i = b.class("[LX;");
    b.interfaces = vec![i];
    v.push(case(
        "array-interface",
        &b,
        CFE,
        "Bad interface name in class file X",
    ));

    let mut b = base();
    let i = b.utf8("java/lang/Runnable");
    b.interfaces = vec![i];
    v.push(case(
        "interface-not-class",
        &b,
        CFE,
        &format!("Interface name has bad constant pool index {i} in class file X"),
    ));

    v
}
