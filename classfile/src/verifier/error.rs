//! Verification errors with HotSpot 17's messages and `Exception Details:` block.

use std::fmt::{self, Write};

use super::frame::Frame;
use super::types::{Names, ShowType, VType};

/// The Java exception class a verification failure becomes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VerifyErrorKind {
    /// `java.lang.VerifyError`.
    VerifyError,
    /// `java.lang.ClassFormatError` (malformed tables found during verification).
    ClassFormatError,
    /// `java.lang.NoClassDefFoundError`: a class the verifier needed could not be loaded; the
    /// message is that class's name with `/`.
    NoClassDefFoundError,
}

impl VerifyErrorKind {
    /// The binary name of the exception class (`java/lang/VerifyError`).
    pub fn class_name(self) -> &'static str {
        match self {
            VerifyErrorKind::VerifyError => "java/lang/VerifyError",
            VerifyErrorKind::ClassFormatError => "java/lang/ClassFormatError",
            VerifyErrorKind::NoClassDefFoundError => "java/lang/NoClassDefFoundError",
        }
    }
}

/// A failed verification, as the exception the VM throws for it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VerifyError {
    /// The exception class.
    pub kind: VerifyErrorKind,
    /// The first line of the message (`Bad type on operand stack`).
    pub message: String,
    /// HotSpot's `Exception Details:` block (starting with a newline), or empty.
    pub details: String,
}

impl VerifyError {
    /// An error with a message and no details.
    pub fn new(kind: VerifyErrorKind, message: impl Into<String>) -> Self {
        VerifyError {
            kind,
            message: message.into(),
            details: String::new(),
        }
    }

    /// The exception message as HotSpot builds it: the message followed by the details.
    pub fn exception_message(&self) -> String {
        format!("{}{}", self.message, self.details)
    }
}

impl fmt::Display for VerifyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let name = self.kind.class_name().replace('/', ".");
        write!(f, "{name}: {}{}", self.message, self.details)
    }
}

impl std::error::Error for VerifyError {}

/// Where a type in an error report came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Place {
    /// `(current frame, locals[i])`.
    CurrentLocal(u16),
    /// `(current frame, stack[i])`.
    CurrentStack(u16),
    /// `(stack map, locals[i])`.
    MapLocal(u16),
    /// `(stack map, stack[i])`.
    MapStack(u16),
    /// `(constant pool i)`.
    ConstantPool(u16),
    /// `(from method signature)`.
    Signature,
    /// Nothing printed after the type.
    Implicit,
}

/// A type and where it came from, with the frame it was found in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Origin {
    /// The type.
    pub ty: VType,
    /// Where it came from.
    pub place: Place,
    /// The frame it was found in (printed as `Current Frame` or `Stackmap Frame`).
    pub frame: Option<Frame>,
}

impl Origin {
    /// A type with no particular origin.
    pub fn implicit(ty: VType) -> Origin {
        Origin {
            ty,
            place: Place::Implicit,
            frame: None,
        }
    }

    /// A type found at `place` in `frame`.
    pub fn with_frame(ty: VType, place: Place, frame: Frame) -> Origin {
        Origin {
            ty,
            place,
            frame: Some(frame),
        }
    }

    /// A type named by a constant-pool entry.
    pub fn constant_pool(index: u16, ty: VType) -> Origin {
        Origin {
            ty,
            place: Place::ConstantPool(index),
            frame: None,
        }
    }

    /// A type from the method's signature.
    pub fn signature(ty: VType) -> Origin {
        Origin {
            ty,
            place: Place::Signature,
            frame: None,
        }
    }

    fn describe(&self, names: &Names, out: &mut String) {
        let _ = write!(out, "{}", ShowType(self.ty, names));
        let _ = match self.place {
            Place::CurrentLocal(i) => write!(out, " (current frame, locals[{i}])"),
            Place::CurrentStack(i) => write!(out, " (current frame, stack[{i}])"),
            Place::MapLocal(i) => write!(out, " (stack map, locals[{i}])"),
            Place::MapStack(i) => write!(out, " (stack map, stack[{i}])"),
            Place::ConstantPool(i) => write!(out, " (constant pool {i})"),
            Place::Signature => write!(out, " (from method signature)"),
            Place::Implicit => Ok(()),
        };
    }
}

/// HotSpot's fault kinds, which decide the `Reason:` line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Fault {
    /// `Error exists in the bytecode`.
    BadCode,
    /// `Type X is not assignable to Y`, or `Invalid type: X` without an expected type.
    WrongType(Origin, Option<Origin>),
    /// Flags of the current frame not assignable to the stack map's (or invalid).
    FlagsMismatch(Frame, Option<Frame>),
    /// `Constant pool index N is invalid`.
    BadConstantPoolIndex(u32),
    /// `Local index N is invalid`.
    BadLocalIndex(u32),
    /// `Current frame's local size doesn't match stackmap.`
    LocalsSizeMismatch(Frame, Frame),
    /// `Current frame's stack size doesn't match stackmap.`
    StackSizeMismatch(Frame, Frame),
    /// `Exceeded max stack size.`
    StackOverflow(Frame),
    /// `Attempt to pop empty stack.`
    StackUnderflow(Frame),
    /// `Expected stackmap frame at this location.`
    MissingStackmap,
    /// `Invalid stackmap specification.`
    BadStackmap(Frame),
}

/// Everything HotSpot reports about a verification error besides its message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ErrorContext {
    /// The bytecode index of the `Location:` line.
    pub bci: u16,
    /// What went wrong.
    pub fault: Fault,
}

/// The method an error occurred in, for the `Location:` and dump sections.
pub struct MethodDescription<'a> {
    /// The binary name of the class.
    pub class_name: &'a str,
    /// The method name.
    pub name: &'a str,
    /// The method descriptor.
    pub descriptor: &'a str,
    /// The bytecode.
    pub code: &'a [u8],
    /// The exception table as (start, end, handler).
    pub handlers: Vec<(u16, u16, u16)>,
    /// The body of the `StackMapTable` attribute, if any.
    pub stack_map: Option<&'a [u8]>,
}

impl ErrorContext {
    /// A context at `bci`.
    pub fn new(bci: u16, fault: Fault) -> ErrorContext {
        ErrorContext { bci, fault }
    }

    /// Renders HotSpot's `Exception Details:` block (starting with a newline).
    pub fn render(&self, names: &Names, method: &MethodDescription<'_>) -> String {
        let mut out = String::from("\nException Details:\n");
        let opcode = method
            .code
            .get(self.bci as usize)
            .map_or("<invalid>", |&op| super::internal_codes::mnemonic(op));
        let _ = writeln!(
            out,
            "  Location:\n    {}.{}{} @{}: {}",
            method.class_name, method.name, method.descriptor, self.bci, opcode
        );
        out.push_str("  Reason:\n    ");
        self.reason(names, &mut out);
        out.push('\n');
        let (current, map) = self.frames();
        if let Some(frame) = current {
            out.push_str("  Current Frame:\n");
            print_frame(frame, names, &mut out);
        }
        if let Some(frame) = map {
            out.push_str("  Stackmap Frame:\n");
            print_frame(frame, names, &mut out);
        }
        out.push_str("  Bytecode:\n");
        print_data(method.code, &mut out);
        if !method.handlers.is_empty() {
            out.push_str("  Exception Handler Table:\n");
            for (start, end, handler) in &method.handlers {
                let _ = writeln!(out, "    bci [{start}, {end}] => handler: {handler}");
            }
        }
        if let Some(table) = method.stack_map {
            out.push_str("  Stackmap Table:\n");
            super::stackmap_print::print_table(table, &mut out);
        }
        out
    }

    fn reason(&self, names: &Names, out: &mut String) {
        match &self.fault {
            Fault::BadCode => out.push_str("Error exists in the bytecode"),
            Fault::WrongType(found, Some(expected)) => {
                out.push_str("Type ");
                found.describe(names, out);
                out.push_str(" is not assignable to ");
                expected.describe(names, out);
            }
            Fault::WrongType(found, None) => {
                out.push_str("Invalid type: ");
                found.describe(names, out);
            }
            Fault::FlagsMismatch(_, Some(_)) => {
                out.push_str("Current frame's flags are not assignable to stack map frame's.")
            }
            Fault::FlagsMismatch(_, None) => {
                out.push_str("Current frame's flags are invalid in this context.")
            }
            Fault::BadConstantPoolIndex(i) => {
                let _ = write!(out, "Constant pool index {i} is invalid");
            }
            Fault::BadLocalIndex(i) => {
                let _ = write!(out, "Local index {i} is invalid");
            }
            Fault::LocalsSizeMismatch(..) => {
                out.push_str("Current frame's local size doesn't match stackmap.")
            }
            Fault::StackSizeMismatch(..) => {
                out.push_str("Current frame's stack size doesn't match stackmap.")
            }
            Fault::StackOverflow(_) => out.push_str("Exceeded max stack size."),
            Fault::StackUnderflow(_) => out.push_str("Attempt to pop empty stack."),
            Fault::MissingStackmap => out.push_str("Expected stackmap frame at this location."),
            Fault::BadStackmap(_) => out.push_str("Invalid stackmap specification."),
        }
    }

    fn frames(&self) -> (Option<&Frame>, Option<&Frame>) {
        match &self.fault {
            Fault::WrongType(found, expected) => (
                found.frame.as_ref(),
                expected.as_ref().and_then(|e| e.frame.as_ref()),
            ),
            Fault::FlagsMismatch(current, map) => (Some(current), map.as_ref()),
            Fault::LocalsSizeMismatch(current, map) | Fault::StackSizeMismatch(current, map) => {
                (Some(current), Some(map))
            }
            Fault::StackOverflow(f) | Fault::StackUnderflow(f) | Fault::BadStackmap(f) => {
                (Some(f), None)
            }
            _ => (None, None),
        }
    }
}

fn print_types(label: &str, types: &[VType], names: &Names, out: &mut String) {
    let _ = write!(out, "    {label}: {{");
    for (i, ty) in types.iter().enumerate() {
        let _ = write!(out, " {}", ShowType(*ty, names));
        if i + 1 != types.len() {
            out.push(',');
        }
    }
    out.push_str(" }\n");
}

fn print_frame(frame: &Frame, names: &Names, out: &mut String) {
    let _ = writeln!(out, "    bci: @{}", frame.offset);
    let flags = if frame.flag_this_uninit {
        " flagThisUninit"
    } else {
        ""
    };
    let _ = writeln!(out, "    flags: {{{flags} }}");
    print_types("locals", frame.locals_slice(), names, out);
    print_types("stack", frame.stack_slice(), names, out);
}

/// HotSpot's `print_data`: 16 bytes a line, in groups of two, padded to a full line.
fn print_data(code: &[u8], out: &mut String) {
    let limit = (code.len() + 16) / 16 * 16;
    for i in 0..limit {
        if i % 16 == 0 {
            let _ = write!(out, "    {i:07x}:");
        }
        if i % 2 == 0 {
            out.push(' ');
        }
        match code.get(i) {
            Some(b) => {
                let _ = write!(out, "{b:02x}");
            }
            None => out.push_str("  "),
        }
        if (i + 1) % 16 == 0 {
            out.push('\n');
        }
    }
}
