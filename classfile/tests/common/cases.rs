//! The harness for malformed-class tests: a case is bytes loaded as class `X` plus the exception
//! and message HotSpot 17 gives for them.

use classfile::{ClassFile, ErrorKind};

use super::{ClassBuilder, u2};

pub const CFE: ErrorKind = ErrorKind::ClassFormatError;
pub const UCVE: ErrorKind = ErrorKind::UnsupportedClassVersionError;
pub const NCDFE: ErrorKind = ErrorKind::NoClassDefFoundError;

/// One malformed class: the bytes, the name it is loaded as, and what HotSpot says.
pub struct Case {
    pub id: &'static str,
    pub bytes: Vec<u8>,
    pub kind: ErrorKind,
    pub message: String,
}

pub fn case(id: &'static str, b: &ClassBuilder, kind: ErrorKind, message: &str) -> Case {
    Case {
        id,
        bytes: b.build(),
        kind,
        message: message.to_owned(),
    }
}

/// A valid class `X` with a constructor, to mutate.
pub fn base() -> ClassBuilder {
    let mut b = ClassBuilder::new("X");
    let init = b.member_ref(10, "java/lang/Object", "<init>", "()V");
    let mut code = vec![0x2A, 0xB7];
    code.extend(u2(init));
    code.push(0xB1);
    let attr = b.code(1, 1, &code, &[], vec![]);
    b.method(0x0001, "<init>", "()V", vec![attr]);
    b
}

/// A body of `u2` values.
pub fn u2s(values: &[u16]) -> Vec<u8> {
    values.iter().flat_map(|v| u2(*v)).collect()
}

/// Asserts that this parser fails on every case exactly as expected.
pub fn check_ours(cases: Vec<Case>) {
    for c in cases {
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

/// Asserts that HotSpot 17 (`java -cp DIR X`) fails on every case with the expected message.
pub fn check_hotspot(cases: Vec<Case>) {
    if !super::jdk17_tool("java").exists() {
        eprintln!("no JDK 17: skipping the comparison with HotSpot");
        return;
    }
    let mut mismatches = Vec::new();
    for c in cases {
        let expected = (c.kind.java_binary_name().to_owned(), c.message.clone());
        match super::hotspot_error("X", &c.bytes) {
            Some(actual) if actual == expected => {}
            other => mismatches.push(format!(
                "{}: HotSpot says {other:?}, we expect {expected:?}",
                c.id
            )),
        }
    }
    assert!(mismatches.is_empty(), "{}", mismatches.join("\n"))
}

/// Asserts that both this parser and HotSpot accept the class.
pub fn accepted(bytes: &[u8], why: &str) {
    if let Err(e) = ClassFile::parse_named(bytes, "X") {
        panic!("{why}: {e}");
    }
    if super::jdk17_tool("java").exists() {
        assert_eq!(super::hotspot_error("X", bytes), None, "HotSpot: {why}");
    }
}
