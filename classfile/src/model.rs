//! The class-file model: a [`ClassFile`] and its fields, methods, `Code` and attributes, borrowing
//! from the class-file bytes wherever that is free (code arrays, tables of fixed-size entries,
//! names that need no conversion).

use std::borrow::Cow;
use std::fmt;
use std::marker::PhantomData;
use std::sync::{Arc, OnceLock};

use crate::attributes::{
    AnnotationDefault, Annotations, ParameterAnnotations, StackMapTable, TypeAnnotations,
};
use crate::constant_pool::ConstantPool;
use crate::reader::be_u16;

/// Access and property flags (JVMS Tables 4.1-B, 4.5-A, 4.6-A, 4.7.6-A).
pub mod access {
    /// `ACC_PUBLIC`
    pub const PUBLIC: u16 = 0x0001;
    /// `ACC_PRIVATE`
    pub const PRIVATE: u16 = 0x0002;
    /// `ACC_PROTECTED`
    pub const PROTECTED: u16 = 0x0004;
    /// `ACC_STATIC`
    pub const STATIC: u16 = 0x0008;
    /// `ACC_FINAL`
    pub const FINAL: u16 = 0x0010;
    /// `ACC_SUPER` (classes)
    pub const SUPER: u16 = 0x0020;
    /// `ACC_SYNCHRONIZED` (methods)
    pub const SYNCHRONIZED: u16 = 0x0020;
    /// `ACC_VOLATILE` (fields)
    pub const VOLATILE: u16 = 0x0040;
    /// `ACC_BRIDGE` (methods)
    pub const BRIDGE: u16 = 0x0040;
    /// `ACC_TRANSIENT` (fields)
    pub const TRANSIENT: u16 = 0x0080;
    /// `ACC_VARARGS` (methods)
    pub const VARARGS: u16 = 0x0080;
    /// `ACC_NATIVE`
    pub const NATIVE: u16 = 0x0100;
    /// `ACC_INTERFACE`
    pub const INTERFACE: u16 = 0x0200;
    /// `ACC_ABSTRACT`
    pub const ABSTRACT: u16 = 0x0400;
    /// `ACC_STRICT`
    pub const STRICT: u16 = 0x0800;
    /// `ACC_SYNTHETIC`
    pub const SYNTHETIC: u16 = 0x1000;
    /// `ACC_ANNOTATION`
    pub const ANNOTATION: u16 = 0x2000;
    /// `ACC_ENUM`
    pub const ENUM: u16 = 0x4000;
    /// `ACC_MODULE` (classes) / `ACC_MANDATED` (parameters, module directives)
    pub const MODULE: u16 = 0x8000;
    /// `ACC_MANDATED`
    pub const MANDATED: u16 = 0x8000;
    /// The class flags HotSpot keeps (`JVM_RECOGNIZED_CLASS_MODIFIERS`).
    pub const RECOGNIZED_CLASS: u16 =
        PUBLIC | FINAL | SUPER | INTERFACE | ABSTRACT | ANNOTATION | ENUM | SYNTHETIC;
    /// The field flags HotSpot keeps (`JVM_RECOGNIZED_FIELD_MODIFIERS`).
    pub const RECOGNIZED_FIELD: u16 =
        PUBLIC | PRIVATE | PROTECTED | STATIC | FINAL | VOLATILE | TRANSIENT | ENUM | SYNTHETIC;
    /// The method flags HotSpot keeps (`JVM_RECOGNIZED_METHOD_MODIFIERS`).
    pub const RECOGNIZED_METHOD: u16 = PUBLIC
        | PRIVATE
        | PROTECTED
        | STATIC
        | FINAL
        | SYNCHRONIZED
        | BRIDGE
        | VARARGS
        | NATIVE
        | ABSTRACT
        | STRICT
        | SYNTHETIC;
}

/// An entry of fixed size in a class-file table, decoded on access.
pub trait TableEntry: Sized + Copy {
    /// Size of one entry in bytes.
    const SIZE: usize;
    /// Decodes one entry from exactly `SIZE` bytes.
    fn decode(bytes: &[u8]) -> Self;
}

impl TableEntry for u16 {
    const SIZE: usize = 2;
    fn decode(b: &[u8]) -> u16 {
        be_u16(b, 0)
    }
}

/// A borrowed table of fixed-size entries (exception tables, line numbers, class-index lists...),
/// decoded lazily: no allocation.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Table<'a, T> {
    bytes: &'a [u8],
    entry: PhantomData<T>,
}

impl<'a, T: TableEntry + 'a> Table<'a, T> {
    /// A table over `bytes`; a trailing partial entry is ignored.
    pub fn new(bytes: &'a [u8]) -> Table<'a, T> {
        let whole = bytes.len() - bytes.len() % T::SIZE;
        Table {
            bytes: &bytes[..whole],
            entry: PhantomData,
        }
    }

    /// The empty table.
    pub fn empty() -> Table<'a, T> {
        Table {
            bytes: &[],
            entry: PhantomData,
        }
    }

    /// Number of entries.
    pub fn len(&self) -> usize {
        self.bytes.len() / T::SIZE
    }

    /// Whether there is no entry.
    pub fn is_empty(&self) -> bool {
        self.bytes.is_empty()
    }

    /// The entry at `i`.
    pub fn get(&self, i: usize) -> Option<T> {
        self.bytes
            .get(i * T::SIZE..(i + 1) * T::SIZE)
            .map(T::decode)
    }

    /// The entries in order.
    pub fn iter(&self) -> impl ExactSizeIterator<Item = T> + 'a {
        self.bytes.chunks_exact(T::SIZE).map(T::decode)
    }

    /// The raw bytes of the table.
    pub fn as_bytes(&self) -> &'a [u8] {
        self.bytes
    }
}

impl<'a, T: TableEntry + 'a> Default for Table<'a, T> {
    fn default() -> Self {
        Table::empty()
    }
}

impl<'a, T: TableEntry + fmt::Debug + 'a> fmt::Debug for Table<'a, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

/// Declares a plain table-entry struct of `u2` fields.
macro_rules! u2_entry {
    ($(#[$doc:meta])* $name:ident { $($(#[$fdoc:meta])* $field:ident),+ $(,)? }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub struct $name {
            $($(#[$fdoc])* pub $field: u16,)+
        }
        impl TableEntry for $name {
            const SIZE: usize = [$(stringify!($field)),+].len() * 2;
            fn decode(b: &[u8]) -> $name {
                let mut _off = 0;
                $(let $field = be_u16(b, _off); _off += 2;)+
                $name { $($field),+ }
            }
        }
    };
}

u2_entry! {
    /// One exception handler of a `Code` attribute.
    ExceptionHandler {
        /// First covered bytecode offset (inclusive).
        start_pc,
        /// End of the covered range (exclusive).
        end_pc,
        /// Offset of the handler.
        handler_pc,
        /// `Class` index of the caught type, 0 for any (finally).
        catch_type,
    }
}

u2_entry! {
    /// One `LineNumberTable` entry.
    LineNumber {
        /// Bytecode offset where the line starts.
        start_pc,
        /// Source line number.
        line_number,
    }
}

u2_entry! {
    /// One `LocalVariableTable` or `LocalVariableTypeTable` entry.
    LocalVariable {
        /// First bytecode offset where the variable has a value.
        start_pc,
        /// Length of the range.
        length,
        /// `Utf8` index of the name.
        name_index,
        /// `Utf8` index of the field descriptor (LVT) or generic signature (LVTT).
        descriptor_index,
        /// Local-variable slot.
        index,
    }
}

u2_entry! {
    /// One `InnerClasses` entry. The flags are as written in the file (HotSpot keeps only the
    /// recognized inner-class modifiers).
    InnerClass {
        /// `Class` index of the inner class.
        inner_class_info_index,
        /// `Class` index of the outer class, 0 if none (local or anonymous).
        outer_class_info_index,
        /// `Utf8` index of the simple name, 0 if anonymous.
        inner_name_index,
        /// Flags as declared in source.
        inner_class_access_flags,
    }
}

u2_entry! {
    /// One `MethodParameters` entry.
    MethodParameter {
        /// `Utf8` index of the name, 0 if unnamed.
        name_index,
        /// `ACC_FINAL`, `ACC_SYNTHETIC`, `ACC_MANDATED`.
        access_flags,
    }
}

/// An `EnclosingMethod` attribute.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EnclosingMethod {
    /// `Class` index of the innermost enclosing class.
    pub class_index: u16,
    /// `NameAndType` index of the enclosing method, 0 if none.
    pub method_index: u16,
}

/// One entry of the `BootstrapMethods` attribute.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BootstrapMethod<'a> {
    /// `MethodHandle` index of the bootstrap method.
    pub method_ref: u16,
    /// Indices of the loadable constants passed as static arguments.
    pub arguments: Table<'a, u16>,
}

/// One attribute as found in the file: its name and its undecoded contents.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Attribute<'a> {
    /// `Utf8` index of the attribute name.
    pub name_index: u16,
    /// The attribute name (modified UTF-8).
    pub name: &'a [u8],
    /// The `info` bytes.
    pub data: &'a [u8],
}

/// Every attribute of one structure (class, field, method, `Code`, record component), in file
/// order, undecoded. Known attributes are also available decoded on their owner; this list is
/// how unknown ones are reached.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AttributeList<'a> {
    items: Vec<Attribute<'a>>,
}

impl<'a> AttributeList<'a> {
    /// A list of the given attributes.
    pub fn new(items: Vec<Attribute<'a>>) -> AttributeList<'a> {
        AttributeList { items }
    }

    /// All attributes in order.
    pub fn iter(&self) -> impl ExactSizeIterator<Item = &Attribute<'a>> {
        self.items.iter()
    }

    /// Number of attributes.
    pub fn len(&self) -> usize {
        self.items.len()
    }

    /// Whether there is none.
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// The first attribute with the given name.
    pub fn find(&self, name: &str) -> Option<&Attribute<'a>> {
        self.items.iter().find(|a| a.name == name.as_bytes())
    }
}

/// The four annotation attributes a class, field, method or record component may carry.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct RuntimeAnnotations<'a> {
    /// `RuntimeVisibleAnnotations`
    pub visible: Option<Annotations<'a>>,
    /// `RuntimeInvisibleAnnotations`
    pub invisible: Option<Annotations<'a>>,
    /// `RuntimeVisibleTypeAnnotations`
    pub visible_type: Option<TypeAnnotations<'a>>,
    /// `RuntimeInvisibleTypeAnnotations`
    pub invisible_type: Option<TypeAnnotations<'a>>,
}

/// A field (JVMS §4.5).
#[derive(Debug, Clone, PartialEq)]
pub struct Field<'a> {
    /// Flags, masked to the ones HotSpot recognizes.
    pub access_flags: u16,
    /// `Utf8` index of the name.
    pub name_index: u16,
    /// `Utf8` index of the descriptor.
    pub descriptor_index: u16,
    /// The name.
    pub name: Cow<'a, str>,
    /// The field descriptor.
    pub descriptor: Cow<'a, str>,
    /// `ConstantValue` index (only for static fields; HotSpot ignores it on instance fields).
    pub constant_value: Option<u16>,
    /// `Signature` attribute: `Utf8` index of the generic signature.
    pub signature: Option<u16>,
    /// Whether a `Synthetic` attribute is present.
    pub synthetic: bool,
    /// Whether a `Deprecated` attribute is present.
    pub deprecated: bool,
    /// Annotation attributes.
    pub annotations: RuntimeAnnotations<'a>,
    /// All attributes, undecoded.
    pub attributes: AttributeList<'a>,
}

/// A `Code` attribute (JVMS §4.7.3).
#[derive(Debug, Clone, PartialEq)]
pub struct Code<'a> {
    /// Maximum operand-stack depth.
    pub max_stack: u16,
    /// Number of local-variable slots.
    pub max_locals: u16,
    /// The bytecode, 1 to 65535 bytes.
    pub code: &'a [u8],
    /// Exception handlers in order of precedence.
    pub exception_table: Table<'a, ExceptionHandler>,
    /// Every `LineNumberTable` (there may be several; together they form one table).
    pub line_number_tables: Vec<Table<'a, LineNumber>>,
    /// Every `LocalVariableTable`.
    pub local_variable_tables: Vec<Table<'a, LocalVariable>>,
    /// Every `LocalVariableTypeTable` (version 49+).
    pub local_variable_type_tables: Vec<Table<'a, LocalVariable>>,
    /// The `StackMapTable` (version 50+; absent if its length is 0, as in HotSpot).
    pub stack_map_table: Option<StackMapTable<'a>>,
    /// Visible and invisible type annotations on instructions.
    pub type_annotations: RuntimeAnnotations<'a>,
    /// All attributes of the `Code` attribute, undecoded.
    pub attributes: AttributeList<'a>,
}

impl Code<'_> {
    /// The source line of bytecode offset `pc`, from all line-number tables.
    pub fn line_number(&self, pc: u16) -> Option<u16> {
        let mut best: Option<LineNumber> = None;
        for entry in self.line_number_tables.iter().flat_map(|t| t.iter()) {
            if entry.start_pc <= pc && best.is_none_or(|b| entry.start_pc >= b.start_pc) {
                best = Some(entry);
            }
        }
        best.map(|b| b.line_number)
    }
}

/// A method (JVMS §4.6).
#[derive(Debug, Clone, PartialEq)]
pub struct Method<'a> {
    /// Flags, masked to the ones HotSpot recognizes (for `<clinit>`, normalized as HotSpot does).
    pub access_flags: u16,
    /// `Utf8` index of the name.
    pub name_index: u16,
    /// `Utf8` index of the descriptor.
    pub descriptor_index: u16,
    /// The name.
    pub name: Cow<'a, str>,
    /// The method descriptor.
    pub descriptor: Cow<'a, str>,
    /// The `Code` attribute (see [`Method::code`]).
    pub(crate) code: LazyCode<'a>,
    /// `Exceptions` attribute: `Class` indices of the declared checked exceptions.
    pub exceptions: Table<'a, u16>,
    /// `Signature` attribute: `Utf8` index of the generic signature.
    pub signature: Option<u16>,
    /// Whether a `Synthetic` attribute is present.
    pub synthetic: bool,
    /// Whether a `Deprecated` attribute is present.
    pub deprecated: bool,
    /// `MethodParameters` attribute.
    pub parameters: Option<Table<'a, MethodParameter>>,
    /// Annotation attributes.
    pub annotations: RuntimeAnnotations<'a>,
    /// `RuntimeVisibleParameterAnnotations`.
    pub visible_parameter_annotations: Option<ParameterAnnotations<'a>>,
    /// `RuntimeInvisibleParameterAnnotations`.
    pub invisible_parameter_annotations: Option<ParameterAnnotations<'a>>,
    /// `AnnotationDefault` (annotation interface elements).
    pub annotation_default: Option<AnnotationDefault<'a>>,
    /// All attributes, undecoded.
    pub attributes: AttributeList<'a>,
}

impl<'a> Method<'a> {
    /// The `Code` attribute; `None` for native and abstract methods. A class parsed with
    /// [`ParseOptions::lazy_code`](crate::ParseOptions::lazy_code) decodes it on the first call
    /// (a malformed one then reads as absent).
    pub fn code(&self) -> Option<&Code<'a>> {
        self.code.get()
    }

    /// `max_stack` and `max_locals` of the `Code` attribute, read without decoding the rest of
    /// it; `None` without code.
    pub fn code_limits(&self) -> Option<(u16, u16)> {
        match &self.code.source {
            Some(source) if source.length < 4 => None,
            Some(source) => {
                let body = source
                    .class_bytes
                    .get(source.start..source.start.checked_add(4)?)?;
                Some((be_u16(body, 0), be_u16(body, 2)))
            }
            None => self.code().map(|c| (c.max_stack, c.max_locals)),
        }
    }

    /// Whether `ACC_STATIC` is set.
    pub fn is_static(&self) -> bool {
        self.access_flags & access::STATIC != 0
    }

    /// Whether `ACC_NATIVE` is set.
    pub fn is_native(&self) -> bool {
        self.access_flags & access::NATIVE != 0
    }

    /// Whether `ACC_ABSTRACT` is set.
    pub fn is_abstract(&self) -> bool {
        self.access_flags & access::ABSTRACT != 0
    }
}

/// A method's `Code` attribute: decoded at parse time, or kept as a position in the class
/// file and decoded on first use.
#[derive(Debug, Clone, Default)]
pub(crate) struct LazyCode<'a> {
    /// Where the undecoded attribute is, for a lazily decoded one.
    pub(crate) source: Option<CodeSource<'a>>,
    /// The decoded attribute (`None` inside: absent or malformed).
    pub(crate) decoded: OnceLock<Option<Box<Code<'a>>>>,
}

/// What decoding a `Code` attribute later needs.
#[derive(Debug, Clone)]
pub(crate) struct CodeSource<'a> {
    /// The whole class file.
    pub(crate) class_bytes: &'a [u8],
    /// Offset of the attribute's body.
    pub(crate) start: usize,
    /// The attribute's declared length.
    pub(crate) length: u32,
    /// The class's constant pool (attribute names).
    pub(crate) pool: Arc<ConstantPool<'a>>,
    /// The class file's `major_version`.
    pub(crate) major: u16,
}

impl<'a> LazyCode<'a> {
    /// Code decoded at parse time (or none).
    pub(crate) fn decoded(code: Option<Code<'a>>) -> LazyCode<'a> {
        LazyCode {
            source: None,
            decoded: OnceLock::from(code.map(Box::new)),
        }
    }

    /// Code decoded on first use.
    pub(crate) fn deferred(source: CodeSource<'a>) -> LazyCode<'a> {
        LazyCode {
            source: Some(source),
            decoded: OnceLock::new(),
        }
    }

    /// Whether the method has a `Code` attribute.
    pub(crate) fn is_present(&self) -> bool {
        self.source.is_some() || self.decoded.get().is_some_and(Option::is_some)
    }

    fn get(&self) -> Option<&Code<'a>> {
        self.decoded
            .get_or_init(|| {
                let source = self.source.as_ref()?;
                crate::parse::decode_deferred_code(source).map(Box::new)
            })
            .as_deref()
    }
}

impl PartialEq for LazyCode<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.get() == other.get()
    }
}

/// One component of a `Record` attribute.
#[derive(Debug, Clone, PartialEq)]
pub struct RecordComponent<'a> {
    /// `Utf8` index of the name.
    pub name_index: u16,
    /// `Utf8` index of the field descriptor.
    pub descriptor_index: u16,
    /// The name.
    pub name: Cow<'a, str>,
    /// The field descriptor.
    pub descriptor: Cow<'a, str>,
    /// `Signature` attribute.
    pub signature: Option<u16>,
    /// Annotation attributes.
    pub annotations: RuntimeAnnotations<'a>,
    /// All attributes, undecoded.
    pub attributes: AttributeList<'a>,
}

/// A parsed class file (JVMS §4.1).
#[derive(Debug, Clone, PartialEq)]
pub struct ClassFile<'a> {
    /// `minor_version`.
    pub minor_version: u16,
    /// `major_version`.
    pub major_version: u16,
    /// The constant pool (shared with the methods whose code is decoded on first use).
    pub constant_pool: Arc<ConstantPool<'a>>,
    /// Class flags, masked to the ones HotSpot recognizes (`ACC_ABSTRACT` added to interfaces of
    /// version < 50, as HotSpot does).
    pub access_flags: u16,
    /// `Class` index of this class.
    pub this_class: u16,
    /// `Class` index of the superclass, 0 for `java/lang/Object` (and `module-info`).
    pub super_class: u16,
    /// This class's internal name.
    pub name: Cow<'a, str>,
    /// The superclass's internal name.
    pub super_name: Option<Cow<'a, str>>,
    /// `Class` indices of the direct superinterfaces.
    pub interfaces: Table<'a, u16>,
    /// Fields in file order.
    pub fields: Vec<Field<'a>>,
    /// Methods in file order.
    pub methods: Vec<Method<'a>>,
    /// `SourceFile`: `Utf8` index of the source file name.
    pub source_file: Option<u16>,
    /// `SourceDebugExtension` contents (modified UTF-8, not checked).
    pub source_debug_extension: Option<&'a [u8]>,
    /// `Signature`: `Utf8` index of the generic class signature.
    pub signature: Option<u16>,
    /// `InnerClasses` entries (empty if absent, or if HotSpot would ignore the attribute
    /// because its outer-class chains form a cycle).
    pub inner_classes: Table<'a, InnerClass>,
    /// `EnclosingMethod`.
    pub enclosing_method: Option<EnclosingMethod>,
    /// `BootstrapMethods` entries.
    pub bootstrap_methods: Vec<BootstrapMethod<'a>>,
    /// `NestHost`: `Class` index of the nest host.
    pub nest_host: Option<u16>,
    /// `NestMembers`: `Class` indices (empty if absent).
    pub nest_members: Table<'a, u16>,
    /// `PermittedSubclasses`: `Class` indices; `Some` (even if empty) means the class is sealed.
    pub permitted_subclasses: Option<Table<'a, u16>>,
    /// `Record` components; `Some` for a record class.
    pub record: Option<Vec<RecordComponent<'a>>>,
    /// Whether a `Synthetic` attribute is present.
    pub synthetic: bool,
    /// Whether a `Deprecated` attribute is present.
    pub deprecated: bool,
    /// Annotation attributes.
    pub annotations: RuntimeAnnotations<'a>,
    /// All class attributes, undecoded (also the module attributes: see
    /// [`ClassFile::module`](crate::ClassFile::module)).
    pub attributes: AttributeList<'a>,
}

impl<'a> ClassFile<'a> {
    /// Whether `ACC_INTERFACE` is set.
    pub fn is_interface(&self) -> bool {
        self.access_flags & access::INTERFACE != 0
    }

    /// The method with this name and descriptor.
    pub fn find_method(&self, name: &str, descriptor: &str) -> Option<&Method<'a>> {
        self.methods
            .iter()
            .find(|m| m.name == name && m.descriptor == descriptor)
    }

    /// The field with this name and descriptor.
    pub fn find_field(&self, name: &str, descriptor: &str) -> Option<&Field<'a>> {
        self.fields
            .iter()
            .find(|f| f.name == name && f.descriptor == descriptor)
    }
}
