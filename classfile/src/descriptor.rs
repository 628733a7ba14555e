//! Field and method descriptors (JVMS §4.3) and the legality of names (JVMS §4.2).
//!
//! Two layers:
//! - typed descriptors: [`FieldType`] and [`MethodDescriptor`], parsed from `&str` and borrowing
//!   class names from it;
//! - HotSpot 17's byte-level format checks ([`check_field_descriptor`],
//!   [`check_method_descriptor`], [`is_legal_class_name`], [`is_legal_field_name`],
//!   [`is_legal_method_name`]), which the class-file parser applies with the exact leniencies
//!   HotSpot has for old class-file versions.

use std::fmt;

/// The JVM's primitive types as descriptors name them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum BaseType {
    /// `B`
    Byte,
    /// `C`
    Char,
    /// `D`
    Double,
    /// `F`
    Float,
    /// `I`
    Int,
    /// `J`
    Long,
    /// `S`
    Short,
    /// `Z`
    Boolean,
}

impl BaseType {
    /// The base type a descriptor character stands for.
    pub fn from_char(c: u8) -> Option<BaseType> {
        Some(match c {
            b'B' => BaseType::Byte,
            b'C' => BaseType::Char,
            b'D' => BaseType::Double,
            b'F' => BaseType::Float,
            b'I' => BaseType::Int,
            b'J' => BaseType::Long,
            b'S' => BaseType::Short,
            b'Z' => BaseType::Boolean,
            _ => return None,
        })
    }

    /// The descriptor character.
    pub fn descriptor_char(self) -> char {
        match self {
            BaseType::Byte => 'B',
            BaseType::Char => 'C',
            BaseType::Double => 'D',
            BaseType::Float => 'F',
            BaseType::Int => 'I',
            BaseType::Long => 'J',
            BaseType::Short => 'S',
            BaseType::Boolean => 'Z',
        }
    }

    /// Local-variable / operand-stack slots a value takes: 2 for `long` and `double`, else 1.
    pub fn slots(self) -> u8 {
        match self {
            BaseType::Long | BaseType::Double => 2,
            _ => 1,
        }
    }
}

/// The element type of an array type: what remains after all `[`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ArrayElement<'a> {
    /// A primitive element type.
    Base(BaseType),
    /// A class or interface element type, by internal name (`java/lang/String`).
    Object(&'a str),
}

/// A field type (JVMS §4.3.2).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FieldType<'a> {
    /// A primitive type.
    Base(BaseType),
    /// A class or interface type, by internal name (`java/lang/String`).
    Object(&'a str),
    /// An array type with 1 to 255 dimensions.
    Array {
        /// Number of dimensions (count of leading `[`), 1..=255.
        dimensions: u8,
        /// The innermost element type.
        element: ArrayElement<'a>,
    },
}

/// Why a descriptor did not parse.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DescriptorError {
    /// Byte offset in the descriptor where parsing failed.
    pub offset: usize,
}

impl fmt::Display for DescriptorError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "malformed descriptor at byte {}", self.offset)
    }
}

impl std::error::Error for DescriptorError {}

impl<'a> FieldType<'a> {
    /// Parses a whole field descriptor such as `[Ljava/lang/String;`.
    pub fn parse(descriptor: &'a str) -> Result<FieldType<'a>, DescriptorError> {
        let (ty, end) = parse_field_type(descriptor, 0)?;
        if end == descriptor.len() {
            Ok(ty)
        } else {
            Err(DescriptorError { offset: end })
        }
    }

    /// Slots taken in locals or on the operand stack: 2 for `long`/`double`, else 1.
    pub fn slots(&self) -> u8 {
        match self {
            FieldType::Base(b) => b.slots(),
            _ => 1,
        }
    }

    /// Whether values of this type are references (objects or arrays).
    pub fn is_reference(&self) -> bool {
        !matches!(self, FieldType::Base(_))
    }

    /// For an array type, the type of its components (one dimension less).
    pub fn component_type(&self) -> Option<FieldType<'a>> {
        match *self {
            FieldType::Array {
                dimensions: 1,
                element: ArrayElement::Base(b),
            } => Some(FieldType::Base(b)),
            FieldType::Array {
                dimensions: 1,
                element: ArrayElement::Object(n),
            } => Some(FieldType::Object(n)),
            FieldType::Array {
                dimensions,
                element,
            } => Some(FieldType::Array {
                dimensions: dimensions - 1,
                element,
            }),
            _ => None,
        }
    }
}

impl fmt::Display for FieldType<'_> {
    /// Writes the descriptor form (`[[I`, `Ljava/lang/String;`).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let element = match *self {
            FieldType::Base(b) => return write!(f, "{}", b.descriptor_char()),
            FieldType::Object(n) => return write!(f, "L{n};"),
            FieldType::Array {
                dimensions,
                element,
            } => {
                for _ in 0..dimensions {
                    f.write_str("[")?;
                }
                element
            }
        };
        match element {
            ArrayElement::Base(b) => write!(f, "{}", b.descriptor_char()),
            ArrayElement::Object(n) => write!(f, "L{n};"),
        }
    }
}

/// Parses one field type starting at `pos`; returns it and the offset just past it.
fn parse_field_type(s: &str, pos: usize) -> Result<(FieldType<'_>, usize), DescriptorError> {
    let bytes = s.as_bytes();
    let mut i = pos;
    while bytes.get(i) == Some(&b'[') {
        i += 1;
    }
    let dims = i - pos;
    if dims > 255 {
        return Err(DescriptorError { offset: pos + 255 });
    }
    let c = *bytes.get(i).ok_or(DescriptorError { offset: i })?;
    let (element, end) = if let Some(b) = BaseType::from_char(c) {
        (ArrayElement::Base(b), i + 1)
    } else if c == b'L' {
        let rest = &bytes[i + 1..];
        let semi = rest
            .iter()
            .position(|&b| b == b';')
            .ok_or(DescriptorError { offset: i })?;
        let name = &s[i + 1..i + 1 + semi];
        if !is_unqualified_name(name.as_bytes(), NameKind::Class) {
            return Err(DescriptorError { offset: i + 1 });
        }
        (ArrayElement::Object(name), i + 2 + semi)
    } else {
        return Err(DescriptorError { offset: i });
    };
    let ty = match (dims, element) {
        (0, ArrayElement::Base(b)) => FieldType::Base(b),
        (0, ArrayElement::Object(n)) => FieldType::Object(n),
        (d, element) => FieldType::Array {
            dimensions: d as u8,
            element,
        },
    };
    Ok((ty, end))
}

/// A method descriptor (JVMS §4.3.3).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct MethodDescriptor<'a> {
    /// Parameter types in order.
    pub params: Vec<FieldType<'a>>,
    /// Return type; `None` for `void`.
    pub ret: Option<FieldType<'a>>,
}

impl<'a> MethodDescriptor<'a> {
    /// Parses a method descriptor such as `(IJ[Ljava/lang/String;)V`.
    pub fn parse(descriptor: &'a str) -> Result<MethodDescriptor<'a>, DescriptorError> {
        let bytes = descriptor.as_bytes();
        if bytes.first() != Some(&b'(') {
            return Err(DescriptorError { offset: 0 });
        }
        let mut params = Vec::new();
        let mut i = 1;
        while bytes.get(i) != Some(&b')') {
            let (ty, end) = parse_field_type(descriptor, i)?;
            params.push(ty);
            i = end;
        }
        i += 1;
        let ret = if bytes.get(i) == Some(&b'V') && i + 1 == bytes.len() {
            None
        } else {
            let (ty, end) = parse_field_type(descriptor, i)?;
            if end != bytes.len() {
                return Err(DescriptorError { offset: end });
            }
            Some(ty)
        };
        Ok(MethodDescriptor { params, ret })
    }

    /// Slots the parameters take (long/double count 2), not counting `this`.
    pub fn param_slots(&self) -> u16 {
        self.params.iter().map(|p| u16::from(p.slots())).sum()
    }

    /// Slots of the return value: 0 for void, 2 for long/double, else 1.
    pub fn return_slots(&self) -> u8 {
        self.ret.as_ref().map_or(0, FieldType::slots)
    }
}

impl fmt::Display for MethodDescriptor<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("(")?;
        for p in &self.params {
            write!(f, "{p}")?;
        }
        f.write_str(")")?;
        match &self.ret {
            Some(r) => write!(f, "{r}"),
            None => f.write_str("V"),
        }
    }
}

/// What kind of name [`is_unqualified_name`] checks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameKind {
    /// A class name in internal form: unqualified names separated by single `/`.
    Class,
    /// A field (or local variable, record component) name.
    Field,
    /// A method name other than `<init>`/`<clinit>`: additionally no `<` or `>`.
    Method,
}

/// JVMS §4.2.2: non-empty, none of `.` `;` `[`, `/` only as a separator inside class names
/// (not leading, trailing or doubled), and no `<` `>` in method names.
pub fn is_unqualified_name(name: &[u8], kind: NameKind) -> bool {
    if name.is_empty() {
        return false;
    }
    for (i, &b) in name.iter().enumerate() {
        match b {
            b'.' | b';' | b'[' => return false,
            b'/' if (kind != NameKind::Class
                || i == 0
                || i + 1 == name.len()
                || name.get(i + 1) == Some(&b'/')) =>
            {
                return false;
            }
            b'<' | b'>' if kind == NameKind::Method => return false,
            _ => {}
        }
    }
    true
}

/// The first major version with the relaxed (JSR 202) name rules.
const JAVA_5: u16 = 49;

/// Pre-Java-5 rule: the length of the longest prefix of `name` that is a Java identifier
/// (with `/` separators when `slash_ok`), or `None` if there is none. Non-ASCII characters are
/// classified with Rust's Unicode tables (HotSpot asks `Character.isJavaIdentifierStart/Part`).
fn old_identifier_prefix(name: &[u8], slash_ok: bool) -> Option<usize> {
    let mut i = 0;
    let mut first = true;
    let mut last_is_slash = false;
    while i < name.len() {
        let (unit, len) = crate::mutf8::next_unit(name, i).ok()?;
        let ch = char::from_u32(u32::from(unit));
        let ok = match ch {
            Some(c) if c.is_ascii() => {
                if c.is_ascii_alphabetic() || c == '_' || c == '$' || (!first && c.is_ascii_digit())
                {
                    last_is_slash = false;
                    true
                } else if slash_ok && c == '/' {
                    if last_is_slash {
                        return None;
                    }
                    last_is_slash = true;
                    true
                } else {
                    false
                }
            }
            Some(c) => {
                last_is_slash = false;
                if first {
                    c.is_alphabetic()
                } else {
                    c.is_alphanumeric()
                }
            }
            None => false,
        };
        if !ok {
            return if first { None } else { Some(i) };
        }
        i += len;
        first = false;
    }
    if first { None } else { Some(i) }
}

/// A failure of HotSpot's field-descriptor scanner that has its own message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DescriptorCheckError {
    /// "Class name is empty or contains illegal character in descriptor in class file X".
    IllegalClassName,
    /// "Array type descriptor has more than 255 dimensions in class file X".
    TooManyDimensions,
}

/// HotSpot's field-signature scanner: the length of the longest prefix of `sig` that is one field
/// type (`void_ok` also admits `V`), `Ok(None)` if there is none.
fn skip_field_signature(
    sig: &[u8],
    void_ok: bool,
    major: u16,
) -> Result<Option<usize>, DescriptorCheckError> {
    let mut i = 0;
    let mut dims = 0u32;
    let mut void_ok = void_ok;
    while let Some(&c) = sig.get(i) {
        match c {
            b'V' if !void_ok => return Ok(None),
            b'V' | b'Z' | b'B' | b'C' | b'S' | b'I' | b'F' | b'J' | b'D' => return Ok(Some(i + 1)),
            b'L' => {
                let rest = &sig[i + 1..];
                if major < JAVA_5 {
                    if let Some(p) = old_identifier_prefix(rest, true)
                        && p > 0
                        && rest.get(p) == Some(&b';')
                    {
                        return Ok(Some(i + 1 + p + 1));
                    }
                    return Ok(None);
                }
                let Some(semi) = rest.iter().position(|&b| b == b';') else {
                    return Ok(None);
                };
                if !is_unqualified_name(&rest[..semi], NameKind::Class) {
                    return Err(DescriptorCheckError::IllegalClassName);
                }
                return Ok(Some(i + 1 + semi + 1));
            }
            b'[' => {
                dims += 1;
                if dims > 255 {
                    return Err(DescriptorCheckError::TooManyDimensions);
                }
                i += 1;
                void_ok = false;
            }
            _ => return Ok(None),
        }
    }
    Ok(None)
}

/// HotSpot's check of a field descriptor: `Ok(true)` if legal, `Ok(false)` if it is reported as
/// an illegal signature, `Err` for the two failures with a message of their own.
pub fn check_field_descriptor(sig: &[u8], major: u16) -> Result<bool, DescriptorCheckError> {
    Ok(skip_field_signature(sig, false, major)? == Some(sig.len()))
}

/// HotSpot's check of a method descriptor for a method called `name`: `Ok(Some(slots))` with the
/// argument slots (long/double count 2, no `this`) if legal, `Ok(None)` if it is reported as an
/// illegal signature. Methods whose name starts with `<` must return void; `<clinit>` must be
/// `()V` from version 51 on.
pub fn check_method_descriptor(
    name: &[u8],
    sig: &[u8],
    major: u16,
) -> Result<Option<u32>, DescriptorCheckError> {
    if name == b"<clinit>" && sig != b"()V" && major >= 51 {
        return Ok(None);
    }
    if sig.first() != Some(&b'(') {
        return Ok(None);
    }
    let mut i = 1;
    let mut slots = 0u32;
    while i < sig.len() {
        let Some(len) = skip_field_signature(&sig[i..], false, major)? else {
            break;
        };
        slots += if matches!(sig[i], b'J' | b'D') { 2 } else { 1 };
        i += len;
    }
    if sig.get(i) != Some(&b')') {
        return Ok(None);
    }
    let ret = &sig[i + 1..];
    if name.first() == Some(&b'<') {
        return Ok(if ret == b"V" { Some(slots) } else { None });
    }
    Ok(match skip_field_signature(ret, true, major)? {
        Some(len) if len == ret.len() => Some(slots),
        _ => None,
    })
}

/// HotSpot's class-name check (for `CONSTANT_Class` entries): array descriptors or internal
/// names; before version 49 class names must be Java identifiers separated by `/`.
pub fn is_legal_class_name(name: &[u8], major: u16) -> Result<bool, DescriptorCheckError> {
    if name.is_empty() {
        return Ok(false);
    }
    if name[0] == b'[' {
        return Ok(skip_field_signature(name, false, major)? == Some(name.len()));
    }
    if major < JAVA_5 {
        return Ok(name[0] != b'<' && old_identifier_prefix(name, true) == Some(name.len()));
    }
    Ok(is_unqualified_name(name, NameKind::Class))
}

/// HotSpot's field-name check.
pub fn is_legal_field_name(name: &[u8], major: u16) -> bool {
    if name.is_empty() {
        return false;
    }
    if major < JAVA_5 {
        return name[0] != b'<' && old_identifier_prefix(name, false) == Some(name.len());
    }
    is_unqualified_name(name, NameKind::Field)
}

/// HotSpot's method-name check: `<init>`, `<clinit>`, or an unqualified name without `<` `>`.
pub fn is_legal_method_name(name: &[u8], major: u16) -> bool {
    match name.first() {
        None => false,
        Some(b'<') => name == b"<init>" || name == b"<clinit>",
        Some(_) if major < JAVA_5 => old_identifier_prefix(name, false) == Some(name.len()),
        Some(_) => is_unqualified_name(name, NameKind::Method),
    }
}
