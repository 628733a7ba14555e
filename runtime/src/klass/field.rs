//! Fields: their value kinds, sizes and offsets.

use classfile::descriptor::BaseType;
use classfile::model::access;

/// The kind of a value as stored in a field, an array element or a slot.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ValueKind {
    /// `boolean`
    Boolean,
    /// `byte`
    Byte,
    /// `char`
    Char,
    /// `short`
    Short,
    /// `int`
    Int,
    /// `float`
    Float,
    /// `long`
    Long,
    /// `double`
    Double,
    /// A reference.
    Ref,
}

impl ValueKind {
    /// The kind of a field descriptor (`I`, `Ljava/lang/String;`, `[B`...); `None` if malformed.
    pub fn from_descriptor(descriptor: &str) -> Option<ValueKind> {
        match descriptor.as_bytes().first()? {
            b'L' | b'[' => Some(ValueKind::Ref),
            &c => BaseType::from_char(c).map(ValueKind::from_base),
        }
    }

    /// The kind of a primitive type.
    pub fn from_base(base: BaseType) -> ValueKind {
        match base {
            BaseType::Boolean => ValueKind::Boolean,
            BaseType::Byte => ValueKind::Byte,
            BaseType::Char => ValueKind::Char,
            BaseType::Short => ValueKind::Short,
            BaseType::Int => ValueKind::Int,
            BaseType::Float => ValueKind::Float,
            BaseType::Long => ValueKind::Long,
            BaseType::Double => ValueKind::Double,
        }
    }

    /// Size in bytes in an object or array.
    pub fn size(self) -> usize {
        match self {
            ValueKind::Boolean | ValueKind::Byte => 1,
            ValueKind::Char | ValueKind::Short => 2,
            ValueKind::Int | ValueKind::Float => 4,
            ValueKind::Long | ValueKind::Double | ValueKind::Ref => 8,
        }
    }

    /// Slots taken on the operand stack or in locals.
    pub fn slots(self) -> usize {
        match self {
            ValueKind::Long | ValueKind::Double => 2,
            _ => 1,
        }
    }

    /// The Java name of the type (`int`, `boolean`...; `Object` for references).
    pub fn java_name(self) -> &'static str {
        match self {
            ValueKind::Boolean => "boolean",
            ValueKind::Byte => "byte",
            ValueKind::Char => "char",
            ValueKind::Short => "short",
            ValueKind::Int => "int",
            ValueKind::Float => "float",
            ValueKind::Long => "long",
            ValueKind::Double => "double",
            ValueKind::Ref => "Object",
        }
    }
}

/// A field declared by a class, with its place in the instance or in the mirror.
#[derive(Debug, Clone)]
pub struct FieldInfo {
    /// The name.
    pub name: String,
    /// The field descriptor.
    pub descriptor: String,
    /// Access flags.
    pub access_flags: u16,
    /// The value kind.
    pub kind: ValueKind,
    /// Byte offset in the instance (instance fields) or in the mirror (static fields).
    pub offset: usize,
    /// `ConstantValue` index for static fields.
    pub constant_value: Option<u16>,
    /// Whether the VM injected this field (not visible to reflection), like HotSpot's
    /// `Class.klass`.
    pub injected: bool,
}

impl FieldInfo {
    /// Whether the field is static.
    pub fn is_static(&self) -> bool {
        self.access_flags & access::STATIC != 0
    }

    /// Whether the field is volatile.
    pub fn is_volatile(&self) -> bool {
        self.access_flags & access::VOLATILE != 0
    }

    /// Whether the field is final.
    pub fn is_final(&self) -> bool {
        self.access_flags & access::FINAL != 0
    }
}

/// Lays out fields HotSpot-style after `start`: 8-byte values first, then 4-, 2- and 1-byte
/// values, then references in one block. Returns each field's offset (in input order), the end
/// offset, and the reference block (offset, count).
pub fn layout_fields(start: usize, kinds: &[ValueKind]) -> (Vec<usize>, usize, (u32, u32)) {
    let mut offsets = vec![0; kinds.len()];
    let mut cursor = start;
    for size in [8, 4, 2, 1] {
        for (i, k) in kinds.iter().enumerate() {
            if *k != ValueKind::Ref && k.size() == size {
                cursor = cursor.next_multiple_of(size);
                offsets[i] = cursor;
                cursor += size;
            }
        }
    }
    cursor = cursor.next_multiple_of(8);
    let ref_start = cursor;
    let mut count = 0;
    for (i, k) in kinds.iter().enumerate() {
        if *k == ValueKind::Ref {
            offsets[i] = cursor;
            cursor += 8;
            count += 1;
        }
    }
    (offsets, cursor, (ref_start as u32, count))
}
