//! A small class-file assembler for verifier tests (methods with hand-written code, handlers
//! and stack maps) and the check that compares our verdict with HotSpot 17's.

#![allow(dead_code)]

use classfile::ClassFile;
use classfile::verifier::{VerifyErrorKind, verify_class};

use super::{DirHierarchy, hotspot_full_verdict};
use crate::common::{ClassBuilder, u2};

pub const STATIC: u16 = 0x0009; // public static
pub const METHODREF: u8 = 10;
pub const FIELDREF: u8 = 9;

/// A verification type in a stack map frame.
#[derive(Clone, Copy)]
pub enum T {
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
pub fn stack_map(frames: &[(u16, &[T], &[T])]) -> Vec<u8> {
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
pub struct M {
    pub access: u16,
    pub name: &'static str,
    pub desc: &'static str,
    pub stack: u16,
    pub locals: u16,
    pub code: Vec<u8>,
    pub handlers: Vec<[u16; 4]>,
    pub frames: Option<Vec<u8>>,
}

pub fn m(name: &'static str, desc: &'static str, stack: u16, locals: u16, code: Vec<u8>) -> M {
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
pub fn class(name: &str, major: u16, methods: impl FnOnce(&mut ClassBuilder) -> Vec<M>) -> Vec<u8> {
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
pub fn check(name: &str, bytes: &[u8], kind: VerifyErrorKind, message: &str) -> String {
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

pub fn reason(details: &str) -> &str {
    let pattern = "  Reason:\n    ";
    let at = details.find(pattern).expect("a Reason line") + pattern.len();
    details[at..].lines().next().unwrap()
}

pub fn location(details: &str) -> &str {
    let pattern = "  Location:\n    ";
    let at = details.find(pattern).expect("a Location line") + pattern.len();
    details[at..].lines().next().unwrap()
}

pub const VERIFY: VerifyErrorKind = VerifyErrorKind::VerifyError;
