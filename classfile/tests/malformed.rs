//! Hand-built malformed class files: each must fail with HotSpot 17's exception and message.
//! The expected messages were checked against `java` 17; `hotspot_agrees` re-checks them.

mod common;

use classfile::{ClassFile, ErrorKind};
use common::{ClassBuilder, u2, u4};

const CFE: ErrorKind = ErrorKind::ClassFormatError;
const UCVE: ErrorKind = ErrorKind::UnsupportedClassVersionError;
const NCDFE: ErrorKind = ErrorKind::NoClassDefFoundError;

/// One malformed class: the bytes, the name it is loaded as, and what HotSpot says.
struct Case {
    id: &'static str,
    bytes: Vec<u8>,
    kind: ErrorKind,
    message: String,
}

fn case(id: &'static str, b: &ClassBuilder, kind: ErrorKind, message: &str) -> Case {
    Case {
        id,
        bytes: b.build(),
        kind,
        message: message.to_owned(),
    }
}

/// A valid class `X` with a constructor, to mutate.
fn base() -> ClassBuilder {
    let mut b = ClassBuilder::new("X");
    let init = b.member_ref(10, "java/lang/Object", "<init>", "()V");
    let mut code = vec![0x2A, 0xB7];
    code.extend(u2(init));
    code.push(0xB1);
    let attr = b.code(1, 1, &code, &[], vec![]);
    b.method(0x0001, "<init>", "()V", vec![attr]);
    b
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

    v.extend(pool_cases());
    v.extend(member_cases());
    v.extend(code_cases());
    v.extend(class_attribute_cases());
    v
}

/// A body of `u2` values.
fn u2s(values: &[u16]) -> Vec<u8> {
    values.iter().flat_map(|v| u2(*v)).collect()
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

#[test]
fn malformed_classes_fail_like_hotspot() {
    for c in cases() {
        let err = match ClassFile::parse_named(&c.bytes, "X") {
            Ok(_) => panic!("{}: parsed, expected {:?}: {}", c.id, c.kind, c.message),
            Err(e) => e,
        };
        assert_eq!(
            (err.kind, err.message.as_str()),
            (c.kind, c.message.as_str()),
            "case {}",
            c.id
        );
    }
}

#[test]
fn hotspot_agrees() {
    if !common::jdk17_tool("java").exists() {
        eprintln!("no JDK 17: skipping the comparison with HotSpot");
        return;
    }
    let mut mismatches = Vec::new();
    for c in cases() {
        let expected = (c.kind.java_binary_name().to_owned(), c.message.clone());
        match common::hotspot_error("X", &c.bytes) {
            Some(actual) if actual == expected => {}
            other => mismatches.push(format!(
                "{}: HotSpot says {other:?}, we expect {expected:?}",
                c.id
            )),
        }
    }
    assert!(mismatches.is_empty(), "{}", mismatches.join("\n"));
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

/// Asserts that both this parser and HotSpot accept the class.
fn accepted(bytes: &[u8], why: &str) {
    if let Err(e) = ClassFile::parse_named(bytes, "X") {
        panic!("{why}: {e}");
    }
    if common::jdk17_tool("java").exists() {
        assert_eq!(common::hotspot_error("X", bytes), None, "HotSpot: {why}");
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
