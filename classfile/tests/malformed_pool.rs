//! Malformed constant pools and bootstrap methods.
//! The expected messages were checked against `java` 17; the `hotspot_agrees` test re-checks them.

mod common;

use common::cases::*;
use common::u2;

fn all() -> Vec<Case> {
    let mut v = Vec::new();
    v.extend(pool_cases());
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

fn pool_cases() -> Vec<Case> {
    let mut v = Vec::new();

    let mut b = base();
    b.long(1);
    b.pool_count_override = Some(b.pool_slots - 1);
    let last = b.pool_slots - 2;
    v.push(case(
        "long-in-last-slot",
        &b,
        CFE,
        &format!("Invalid constant pool entry {last} in class file X"),
    ));

    let mut b = base();
    let nt = b.name_and_type("f", "I");
    let i = b.integer(1);
    b.raw_entry([vec![9], u2(i).to_vec(), u2(nt).to_vec()].concat(), 1);
    v.push(case(
        "fieldref-class-not-class",
        &b,
        CFE,
        &format!("Invalid constant pool index {i} in class file X"),
    ));

    let mut b = base();
    b.member_ref(10, "java/lang/Object", "<clinit>", "()V");
    let name = b.utf8("<clinit>");
    v.push(case(
        "methodref-clinit",
        &b,
        CFE,
        &format!("Bad method name at constant pool index {name} in class file X"),
    ));

    let mut b = base();
    let m = b.member_ref(10, "java/lang/Object", "hashCode", "()I");
    let mh = b.method_handle(10, m);
    v.push(case(
        "mh-bad-kind",
        &b,
        CFE,
        &format!("Bad method handle kind at constant pool index {mh} in class file X"),
    ));

    let mut b = base();
    let m = b.member_ref(10, "java/lang/Object", "hashCode", "()I");
    b.method_handle(1, m);
    v.push(case(
        "mh-not-field",
        &b,
        CFE,
        &format!("Invalid constant pool index {m} in class file X (not a field)"),
    ));

    let mut b = base();
    let m = b.member_ref(10, "java/lang/Object", "hashCode", "()I");
    b.method_handle(8, m);
    let name = b.utf8("hashCode");
    v.push(case(
        "mh-constructor-name",
        &b,
        CFE,
        &format!("Bad constructor name at constant pool index {name} in class file X"),
    ));

    let mut b = base();
    let m = b.member_ref(10, "java/lang/Object", "<init>", "()V");
    b.method_handle(5, m);
    let name = b.utf8("<init>");
    v.push(case(
        "mh-virtual-init",
        &b,
        CFE,
        &format!("Bad method name at constant pool index {name} in class file X"),
    ));

    let mut b = base();
    let d = b.utf8("I");
    b.raw_entry([vec![16], u2(d).to_vec()].concat(), 1);
    v.push(case(
        "methodtype-field-descriptor",
        &b,
        CFE,
        "Method \"type\" in class X has illegal signature \"I\"",
    ));

    let mut b = base();
    let n = b.utf8("");
    let d = b.utf8("I");
    b.raw_entry([vec![12], u2(n).to_vec(), u2(d).to_vec()].concat(), 1);
    v.push(case(
        "nat-empty-name",
        &b,
        CFE,
        &format!("Illegal zero length constant pool entry at {n} in class X"),
    ));

    let mut b = base();
    let nt = b.name_and_type("run", "()V");
    b.raw_entry([vec![18], u2(0).to_vec(), u2(nt).to_vec()].concat(), 1);
    v.push(case(
        "indy-without-bootstrap",
        &b,
        CFE,
        "Missing BootstrapMethods attribute in class file X",
    ));

    let mut b = base();
    let nt = b.name_and_type("x", "()I");
    b.raw_entry([vec![17], u2(0).to_vec(), u2(nt).to_vec()].concat(), 1);
    v.push(case(
        "condy-method-type",
        &b,
        CFE,
        "CONSTANT_Dynamic \"x\" in class X has illegal signature \"()I\"",
    ));

    let mut b = base();
    let nt = b.name_and_type("run", "()V");
    b.raw_entry([vec![18], u2(1).to_vec(), u2(nt).to_vec()].concat(), 1);
    let m = b.member_ref(10, "java/lang/Object", "hashCode", "()I");
    let mh = b.method_handle(6, m);
    let a = b.attr("BootstrapMethods", u2s(&[1, mh, 0]));
    b.attributes.push(a);
    v.push(case(
        "bootstrap-short",
        &b,
        CFE,
        "Short length on BootstrapMethods in class file X",
    ));

    let mut b = base();
    let nt = b.name_and_type("run", "()V");
    b.raw_entry([vec![18], u2(0).to_vec(), u2(nt).to_vec()].concat(), 1);
    let a = b.attr("BootstrapMethods", u2s(&[1, nt, 0]));
    b.attributes.push(a);
    v.push(case(
        "bootstrap-not-mh",
        &b,
        CFE,
        &format!("bootstrap_method_index {nt} has bad constant type in class file X"),
    ));

    let mut b = base();
    let nt = b.name_and_type("run", "()V");
    b.raw_entry([vec![18], u2(0).to_vec(), u2(nt).to_vec()].concat(), 1);
    let m = b.member_ref(10, "java/lang/Object", "hashCode", "()I");
    let mh = b.method_handle(6, m);
    let a = b.attr("BootstrapMethods", u2s(&[1, mh, 1, nt]));
    b.attributes.push(a);
    v.push(case(
        "bootstrap-bad-argument",
        &b,
        CFE,
        &format!("argument_index {nt} has bad constant type in class file X"),
    ));

    let mut b = base();
    let nt = b.name_and_type("run", "()V");
    b.raw_entry([vec![18], u2(0).to_vec(), u2(nt).to_vec()].concat(), 1);
    let m = b.member_ref(10, "java/lang/Object", "hashCode", "()I");
    let mh = b.method_handle(6, m);
    let a = b.attr("BootstrapMethods", u2s(&[1, mh, 0, 0]));
    b.attributes.push(a);
    v.push(case(
        "bootstrap-bad-length",
        &b,
        CFE,
        "Bad length on BootstrapMethods in class file X",
    ));

    let mut b = base();
    let a = b.attr("BootstrapMethods", vec![0]);
    b.attributes.push(a);
    v.push(case(
        "bootstrap-length-1",
        &b,
        CFE,
        "Invalid BootstrapMethods attribute length 1 in class file X",
    ));

    v
}
