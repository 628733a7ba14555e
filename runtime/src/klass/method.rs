//! Methods as the runtime links and runs them.

use std::sync::OnceLock;

use classfile::descriptor::{ArrayElement, BaseType, FieldType, MethodDescriptor};
use classfile::model::access;
use classfile::verifier::RefMaps;

use super::{Klass, ValueKind};
use crate::interpreter::DecodedMethod;
use crate::natives::NativeFn;

/// Slots every frame reserves between its locals and its operand stack (natives: after their
/// arguments). The first holds the object a synchronized method locked; the second is free for
/// an in-stack frame record later. They also make every frame take room, so that recursion
/// reaches the `-Xss` limit even when the operand stack is empty at each call.
pub const FRAME_HEADER_SLOTS: usize = 2;

/// A method declared by a class.
pub struct Method {
    /// The name.
    pub name: String,
    /// The method descriptor.
    pub descriptor: String,
    /// Access flags.
    pub access_flags: u16,
    /// Index in the declaring class's method list (and its class file's `methods`); for
    /// interface methods also the index in every implementor's itable row.
    pub index: usize,
    /// The vtable slot, for methods dispatched virtually.
    pub vtable_index: Option<usize>,
    /// Argument slots, the receiver included.
    pub arg_slots: usize,
    /// Parameter kinds (receiver excluded).
    pub param_kinds: Vec<ValueKind>,
    /// Return kind, `None` for `void`.
    pub return_kind: Option<ValueKind>,
    /// `max_locals` of the code (at least `arg_slots`; natives: `arg_slots`).
    pub max_locals: usize,
    /// `max_stack` of the code.
    pub max_stack: usize,
    pub(crate) holder: OnceLock<&'static Klass>,
    pub(crate) decoded: OnceLock<Result<Box<DecodedMethod>, (String, String)>>,
    pub(crate) native: OnceLock<NativeFn>,
    /// The reference maps of the code per bytecode index (which frame slots the collector
    /// scans): computed when the class is linked if it is not verified, on first use by the
    /// frame walker otherwise.
    pub(crate) refmaps: OnceLock<RefMaps>,
}

impl std::fmt::Debug for Method {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "Method({}.{}{})",
            self.holder().name,
            self.name,
            self.descriptor
        )
    }
}

impl Method {
    /// A method from its class-file declaration. `descriptor` must have been checked by the
    /// parser; an unparsable one gives `None`.
    pub(crate) fn new(
        name: &str,
        descriptor: &str,
        access_flags: u16,
        index: usize,
        code_sizes: Option<(usize, usize)>,
    ) -> Option<Method> {
        let (param_kinds, return_kind) = descriptor_kinds(descriptor)?;
        let receiver = usize::from(access_flags & access::STATIC == 0);
        let arg_slots = receiver + param_kinds.iter().map(|k| k.slots()).sum::<usize>();
        let (max_locals, max_stack) = code_sizes.unwrap_or((arg_slots, 0));
        Some(Method {
            name: name.to_string(),
            descriptor: descriptor.to_string(),
            access_flags,
            index,
            vtable_index: None,
            arg_slots,
            param_kinds,
            return_kind,
            max_locals: max_locals.max(arg_slots),
            max_stack,
            holder: OnceLock::new(),
            decoded: OnceLock::new(),
            native: OnceLock::new(),
            refmaps: OnceLock::new(),
        })
    }

    /// The declaring class.
    #[inline]
    pub fn holder(&self) -> &'static Klass {
        self.holder
            .get()
            .copied()
            .expect("methods get their holder when the class is defined")
    }

    /// Whether the method is static.
    pub fn is_static(&self) -> bool {
        self.access_flags & access::STATIC != 0
    }

    /// Whether the method is private.
    pub fn is_private(&self) -> bool {
        self.access_flags & access::PRIVATE != 0
    }

    /// Whether the method is public.
    pub fn is_public(&self) -> bool {
        self.access_flags & access::PUBLIC != 0
    }

    /// Whether the method is protected.
    pub fn is_protected(&self) -> bool {
        self.access_flags & access::PROTECTED != 0
    }

    /// Whether the method is abstract.
    pub fn is_abstract(&self) -> bool {
        self.access_flags & access::ABSTRACT != 0
    }

    /// Whether the method is native.
    pub fn is_native(&self) -> bool {
        self.access_flags & access::NATIVE != 0
    }

    /// Whether the method is synchronized.
    pub fn is_synchronized(&self) -> bool {
        self.access_flags & access::SYNCHRONIZED != 0
    }

    /// Whether the method is final.
    pub fn is_final(&self) -> bool {
        self.access_flags & access::FINAL != 0
    }

    /// Offset from a frame's base to its operand stack: the locals, then the frame header.
    #[inline]
    pub fn stack_base_offset(&self) -> usize {
        self.max_locals + FRAME_HEADER_SLOTS
    }

    /// Offset from a frame's base to the slot holding a synchronized method's lock: the first
    /// header slot, after the locals (natives: after the arguments). It must not lie above the
    /// operand stack, where callees' frames overlap the caller's outgoing arguments.
    #[inline]
    pub fn lock_slot_offset(&self) -> usize {
        if self.is_native() {
            self.arg_slots
        } else {
            self.max_locals
        }
    }

    /// Slots a frame of this method occupies from its base.
    #[inline]
    pub fn frame_slots(&self) -> usize {
        if self.is_native() {
            self.arg_slots + FRAME_HEADER_SLOTS
        } else {
            self.stack_base_offset() + self.max_stack
        }
    }

    /// Whether this is an instance initializer or class initializer.
    pub fn is_initializer(&self) -> bool {
        self.name.starts_with('<')
    }

    /// HotSpot's external form: `void java.lang.Foo.bar(int, java.lang.String[])`.
    pub fn external_name(&self) -> String {
        external_method_name(&self.holder().external_name(), &self.name, &self.descriptor)
    }
}

/// The parameter kinds and the return kind (`None` for `void`) of a method descriptor, read
/// without building its types (every class's methods go through here when it is defined);
/// `None` if it is malformed.
fn descriptor_kinds(descriptor: &str) -> Option<(Vec<ValueKind>, Option<ValueKind>)> {
    let bytes = descriptor.as_bytes();
    if bytes.first() != Some(&b'(') {
        return None;
    }
    let mut at = 1;
    let mut count = 0;
    while *bytes.get(at)? != b')' {
        at = field_kind_at(bytes, at)?.1;
        count += 1;
    }
    let mut params = Vec::with_capacity(count);
    let mut param = 1;
    while param < at {
        let (kind, next) = field_kind_at(bytes, param)?;
        params.push(kind);
        param = next;
    }
    let ret = match bytes.get(at + 1..)? {
        b"V" => None,
        _ => {
            let (kind, next) = field_kind_at(bytes, at + 1)?;
            if next != bytes.len() {
                return None;
            }
            Some(kind)
        }
    };
    Some((params, ret))
}

/// The kind of the field type starting at `at` and the index just past it.
fn field_kind_at(bytes: &[u8], at: usize) -> Option<(ValueKind, usize)> {
    let mut element = at;
    while *bytes.get(element)? == b'[' {
        element += 1;
    }
    let (kind, end) = match *bytes.get(element)? {
        b'L' => {
            let length = bytes.get(element + 1..)?.iter().position(|&b| b == b';')?;
            (ValueKind::Ref, element + length + 2)
        }
        c => (ValueKind::from_base(BaseType::from_char(c)?), element + 1),
    };
    if element > at {
        Some((ValueKind::Ref, end))
    } else {
        Some((kind, end))
    }
}

/// A field type as Java source writes it: `int`, `java.lang.String[]`.
pub fn external_type_name(t: &FieldType<'_>) -> String {
    match t {
        FieldType::Base(b) => ValueKind::from_base(*b).java_name().to_string(),
        FieldType::Object(name) => name.replace('/', "."),
        FieldType::Array {
            dimensions,
            element,
        } => {
            let base = match element {
                ArrayElement::Base(b) => ValueKind::from_base(*b).java_name().to_string(),
                ArrayElement::Object(name) => name.replace('/', "."),
            };
            format!("{base}{}", "[]".repeat(*dimensions as usize))
        }
    }
}

/// HotSpot's external method name: `void p.A.m(int, java.lang.String)`.
pub fn external_method_name(class_external: &str, name: &str, descriptor: &str) -> String {
    match MethodDescriptor::parse(descriptor) {
        Ok(d) => {
            let ret = d
                .ret
                .as_ref()
                .map_or("void".to_string(), external_type_name);
            let params: Vec<String> = d.params.iter().map(external_type_name).collect();
            format!("{ret} {class_external}.{name}({})", params.join(", "))
        }
        Err(_) => format!("{class_external}.{name}{descriptor}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn descriptor_kinds_match_the_parsed_descriptor() {
        use ValueKind::*;
        assert_eq!(
            descriptor_kinds("(IJ[Ljava/lang/String;[[DLjava/lang/Object;ZF)V"),
            Some((vec![Int, Long, Ref, Ref, Ref, Boolean, Float], None))
        );
        assert_eq!(descriptor_kinds("()[I"), Some((vec![], Some(Ref))));
        assert_eq!(
            descriptor_kinds("(SBC)Ljava/lang/Object;"),
            Some((vec![Short, Byte, Char], Some(Ref)))
        );
        assert_eq!(descriptor_kinds("()D"), Some((vec![], Some(Double))));
        for bad in [
            "",
            "V",
            "(",
            "()",
            "(I",
            "(Q)V",
            "(Ljava/lang/Object)V",
            "()VV",
            "()[",
            "(I)IJ",
        ] {
            assert_eq!(descriptor_kinds(bad), None, "{bad}");
        }
    }
}
