//! The constant pool (JVMS §4.4): its entries and typed accessors that fail with an error,
//! never a panic, on a bad index or a wrong tag.

use std::borrow::Cow;
use std::fmt;

use crate::error::ClassFileError;
use crate::mutf8;

/// Constant-pool tag values (JVMS Table 4.4-B).
pub mod tag {
    /// `CONSTANT_Utf8`
    pub const UTF8: u8 = 1;
    /// `CONSTANT_Integer`
    pub const INTEGER: u8 = 3;
    /// `CONSTANT_Float`
    pub const FLOAT: u8 = 4;
    /// `CONSTANT_Long`
    pub const LONG: u8 = 5;
    /// `CONSTANT_Double`
    pub const DOUBLE: u8 = 6;
    /// `CONSTANT_Class`
    pub const CLASS: u8 = 7;
    /// `CONSTANT_String`
    pub const STRING: u8 = 8;
    /// `CONSTANT_Fieldref`
    pub const FIELDREF: u8 = 9;
    /// `CONSTANT_Methodref`
    pub const METHODREF: u8 = 10;
    /// `CONSTANT_InterfaceMethodref`
    pub const INTERFACE_METHODREF: u8 = 11;
    /// `CONSTANT_NameAndType`
    pub const NAME_AND_TYPE: u8 = 12;
    /// `CONSTANT_MethodHandle`
    pub const METHOD_HANDLE: u8 = 15;
    /// `CONSTANT_MethodType`
    pub const METHOD_TYPE: u8 = 16;
    /// `CONSTANT_Dynamic`
    pub const DYNAMIC: u8 = 17;
    /// `CONSTANT_InvokeDynamic`
    pub const INVOKE_DYNAMIC: u8 = 18;
    /// `CONSTANT_Module`
    pub const MODULE: u8 = 19;
    /// `CONSTANT_Package`
    pub const PACKAGE: u8 = 20;
}

/// Method-handle reference kinds (JVMS §5.4.3.5).
pub mod ref_kind {
    /// `REF_getField`
    pub const GET_FIELD: u8 = 1;
    /// `REF_getStatic`
    pub const GET_STATIC: u8 = 2;
    /// `REF_putField`
    pub const PUT_FIELD: u8 = 3;
    /// `REF_putStatic`
    pub const PUT_STATIC: u8 = 4;
    /// `REF_invokeVirtual`
    pub const INVOKE_VIRTUAL: u8 = 5;
    /// `REF_invokeStatic`
    pub const INVOKE_STATIC: u8 = 6;
    /// `REF_invokeSpecial`
    pub const INVOKE_SPECIAL: u8 = 7;
    /// `REF_newInvokeSpecial`
    pub const NEW_INVOKE_SPECIAL: u8 = 8;
    /// `REF_invokeInterface`
    pub const INVOKE_INTERFACE: u8 = 9;
}

/// One constant-pool entry. Indices inside entries are raw constant-pool indices.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Constant<'a> {
    /// Index 0, and the slot after a `Long` or `Double`: no entry.
    Unusable,
    /// Modified UTF-8 bytes, borrowed from the class file.
    Utf8(&'a [u8]),
    /// A 32-bit integer.
    Integer(i32),
    /// A 32-bit float (bit pattern preserved, NaNs included).
    Float(f32),
    /// A 64-bit integer; the next index is `Unusable`.
    Long(i64),
    /// A 64-bit float; the next index is `Unusable`.
    Double(f64),
    /// A class or interface, or an array type.
    Class {
        /// `Utf8` index of the internal name or array descriptor.
        name_index: u16,
    },
    /// A `java.lang.String` literal.
    String {
        /// `Utf8` index of the contents.
        string_index: u16,
    },
    /// A field reference.
    Fieldref {
        /// `Class` index.
        class_index: u16,
        /// `NameAndType` index.
        name_and_type_index: u16,
    },
    /// A class method reference.
    Methodref {
        /// `Class` index.
        class_index: u16,
        /// `NameAndType` index.
        name_and_type_index: u16,
    },
    /// An interface method reference.
    InterfaceMethodref {
        /// `Class` index.
        class_index: u16,
        /// `NameAndType` index.
        name_and_type_index: u16,
    },
    /// A name and a descriptor.
    NameAndType {
        /// `Utf8` index of the name.
        name_index: u16,
        /// `Utf8` index of the descriptor.
        descriptor_index: u16,
    },
    /// A method handle.
    MethodHandle {
        /// One of [`ref_kind`].
        reference_kind: u8,
        /// Index of the referenced field or method ref.
        reference_index: u16,
    },
    /// A method type.
    MethodType {
        /// `Utf8` index of the method descriptor.
        descriptor_index: u16,
    },
    /// A dynamically computed constant.
    Dynamic {
        /// Index into the `BootstrapMethods` attribute.
        bootstrap_method_attr_index: u16,
        /// `NameAndType` index (field descriptor).
        name_and_type_index: u16,
    },
    /// An invokedynamic call site.
    InvokeDynamic {
        /// Index into the `BootstrapMethods` attribute.
        bootstrap_method_attr_index: u16,
        /// `NameAndType` index (method descriptor).
        name_and_type_index: u16,
    },
    /// A module (only in `module-info`).
    Module {
        /// `Utf8` index of the module name.
        name_index: u16,
    },
    /// A package (only in `module-info`).
    Package {
        /// `Utf8` index of the package name (internal form).
        name_index: u16,
    },
}

impl Constant<'_> {
    /// The tag byte of this entry; 0 for `Unusable`.
    pub fn tag(&self) -> u8 {
        match self {
            Constant::Unusable => 0,
            Constant::Utf8(_) => tag::UTF8,
            Constant::Integer(_) => tag::INTEGER,
            Constant::Float(_) => tag::FLOAT,
            Constant::Long(_) => tag::LONG,
            Constant::Double(_) => tag::DOUBLE,
            Constant::Class { .. } => tag::CLASS,
            Constant::String { .. } => tag::STRING,
            Constant::Fieldref { .. } => tag::FIELDREF,
            Constant::Methodref { .. } => tag::METHODREF,
            Constant::InterfaceMethodref { .. } => tag::INTERFACE_METHODREF,
            Constant::NameAndType { .. } => tag::NAME_AND_TYPE,
            Constant::MethodHandle { .. } => tag::METHOD_HANDLE,
            Constant::MethodType { .. } => tag::METHOD_TYPE,
            Constant::Dynamic { .. } => tag::DYNAMIC,
            Constant::InvokeDynamic { .. } => tag::INVOKE_DYNAMIC,
            Constant::Module { .. } => tag::MODULE,
            Constant::Package { .. } => tag::PACKAGE,
        }
    }

    /// Whether `ldc` and bootstrap arguments may name this entry (JVMS §4.4: Integer, Float,
    /// Long, Double, Class, String, MethodHandle, MethodType, Dynamic).
    pub fn is_loadable(&self) -> bool {
        matches!(
            self,
            Constant::Integer(_)
                | Constant::Float(_)
                | Constant::Long(_)
                | Constant::Double(_)
                | Constant::Class { .. }
                | Constant::String { .. }
                | Constant::MethodHandle { .. }
                | Constant::MethodType { .. }
                | Constant::Dynamic { .. }
        )
    }
}

/// A failed constant-pool lookup.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CpError {
    /// The index is 0, past the end, or the unusable slot after a long/double.
    BadIndex(u16),
    /// The entry has another tag than the one asked for.
    WrongTag {
        /// The index looked up.
        index: u16,
        /// The tag asked for.
        expected: u8,
        /// The tag found (0 for an unusable slot).
        found: u8,
    },
    /// A `Utf8` entry whose bytes are not modified UTF-8 (possible only for a pool parsed
    /// without format checks).
    BadUtf8(u16),
}

impl fmt::Display for CpError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            CpError::BadIndex(i) => write!(f, "Invalid constant pool index {i}"),
            CpError::WrongTag {
                index,
                expected,
                found,
            } => write!(
                f,
                "Invalid constant pool index {index}: expected tag {expected}, found tag {found}"
            ),
            CpError::BadUtf8(i) => write!(f, "Illegal UTF8 string at constant pool index {i}"),
        }
    }
}

impl std::error::Error for CpError {}

impl From<CpError> for ClassFileError {
    fn from(e: CpError) -> ClassFileError {
        ClassFileError::format(e.to_string())
    }
}

/// A name and descriptor pair, decoded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NameAndType<'a> {
    /// The member name.
    pub name: Cow<'a, str>,
    /// The field or method descriptor.
    pub descriptor: Cow<'a, str>,
}

/// A field, method or interface-method reference, decoded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MemberRef<'a> {
    /// The tag: [`tag::FIELDREF`], [`tag::METHODREF`] or [`tag::INTERFACE_METHODREF`].
    pub tag: u8,
    /// Internal name of the class (or array descriptor) the member is looked up in.
    pub class_name: Cow<'a, str>,
    /// The member name.
    pub name: Cow<'a, str>,
    /// The member descriptor.
    pub descriptor: Cow<'a, str>,
}

/// The constant pool of one class file. Index 0 and the slots after longs and doubles hold
/// [`Constant::Unusable`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ConstantPool<'a> {
    entries: Vec<Constant<'a>>,
}

impl<'a> ConstantPool<'a> {
    /// A pool made of the given entries (entry 0 must be `Unusable`).
    pub fn from_entries(entries: Vec<Constant<'a>>) -> ConstantPool<'a> {
        ConstantPool { entries }
    }

    /// `constant_pool_count`: one more than the highest index.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether the pool has no entry at all (not even index 0).
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// All entries, index 0 included.
    pub fn entries(&self) -> &[Constant<'a>] {
        &self.entries
    }

    /// The entry at `index`, `Unusable` slots included; `None` past the end.
    pub fn raw(&self, index: u16) -> Option<&Constant<'a>> {
        self.entries.get(usize::from(index))
    }

    /// The tag at `index` (0 for unusable), or `None` past the end.
    pub fn tag(&self, index: u16) -> Option<u8> {
        self.raw(index).map(Constant::tag)
    }

    /// The usable entry at `index`.
    pub fn get(&self, index: u16) -> Result<&Constant<'a>, CpError> {
        match self.raw(index) {
            Some(Constant::Unusable) | None => Err(CpError::BadIndex(index)),
            Some(c) => Ok(c),
        }
    }

    fn wrong(&self, index: u16, expected: u8) -> CpError {
        match self.raw(index) {
            Some(Constant::Unusable) | None => CpError::BadIndex(index),
            Some(c) => CpError::WrongTag {
                index,
                expected,
                found: c.tag(),
            },
        }
    }

    /// The raw modified UTF-8 bytes of a `Utf8` entry.
    pub fn utf8_bytes(&self, index: u16) -> Result<&'a [u8], CpError> {
        match self.raw(index) {
            Some(Constant::Utf8(b)) => Ok(b),
            _ => Err(self.wrong(index, tag::UTF8)),
        }
    }

    /// A `Utf8` entry decoded (borrowed unless it uses the special modified-UTF-8 forms; an
    /// unpaired surrogate becomes U+FFFD, see [`crate::mutf8`]).
    pub fn utf8(&self, index: u16) -> Result<Cow<'a, str>, CpError> {
        let bytes = self.utf8_bytes(index)?;
        mutf8::decode(bytes).map_err(|_| CpError::BadUtf8(index))
    }

    /// The `name_index` of a `Class` entry.
    pub fn class_name_index(&self, index: u16) -> Result<u16, CpError> {
        match self.raw(index) {
            Some(Constant::Class { name_index }) => Ok(*name_index),
            _ => Err(self.wrong(index, tag::CLASS)),
        }
    }

    /// The internal name (or array descriptor) of a `Class` entry, as raw bytes.
    pub fn class_name_bytes(&self, index: u16) -> Result<&'a [u8], CpError> {
        self.utf8_bytes(self.class_name_index(index)?)
    }

    /// The internal name (or array descriptor) of a `Class` entry.
    pub fn class_name(&self, index: u16) -> Result<Cow<'a, str>, CpError> {
        self.utf8(self.class_name_index(index)?)
    }

    /// The contents of a `String` entry.
    pub fn string(&self, index: u16) -> Result<Cow<'a, str>, CpError> {
        match self.raw(index) {
            Some(Constant::String { string_index }) => self.utf8(*string_index),
            _ => Err(self.wrong(index, tag::STRING)),
        }
    }

    /// The raw modified UTF-8 contents of a `String` entry (lossless, for `java.lang.String`).
    pub fn string_bytes(&self, index: u16) -> Result<&'a [u8], CpError> {
        match self.raw(index) {
            Some(Constant::String { string_index }) => self.utf8_bytes(*string_index),
            _ => Err(self.wrong(index, tag::STRING)),
        }
    }

    /// An `Integer` entry.
    pub fn integer(&self, index: u16) -> Result<i32, CpError> {
        match self.raw(index) {
            Some(Constant::Integer(v)) => Ok(*v),
            _ => Err(self.wrong(index, tag::INTEGER)),
        }
    }

    /// A `Float` entry.
    pub fn float(&self, index: u16) -> Result<f32, CpError> {
        match self.raw(index) {
            Some(Constant::Float(v)) => Ok(*v),
            _ => Err(self.wrong(index, tag::FLOAT)),
        }
    }

    /// A `Long` entry.
    pub fn long(&self, index: u16) -> Result<i64, CpError> {
        match self.raw(index) {
            Some(Constant::Long(v)) => Ok(*v),
            _ => Err(self.wrong(index, tag::LONG)),
        }
    }

    /// A `Double` entry.
    pub fn double(&self, index: u16) -> Result<f64, CpError> {
        match self.raw(index) {
            Some(Constant::Double(v)) => Ok(*v),
            _ => Err(self.wrong(index, tag::DOUBLE)),
        }
    }

    /// The `(name_index, descriptor_index)` of a `NameAndType` entry.
    pub fn name_and_type_indices(&self, index: u16) -> Result<(u16, u16), CpError> {
        match self.raw(index) {
            Some(Constant::NameAndType {
                name_index,
                descriptor_index,
            }) => Ok((*name_index, *descriptor_index)),
            _ => Err(self.wrong(index, tag::NAME_AND_TYPE)),
        }
    }

    /// A `NameAndType` entry, decoded.
    pub fn name_and_type(&self, index: u16) -> Result<NameAndType<'a>, CpError> {
        let (n, d) = self.name_and_type_indices(index)?;
        Ok(NameAndType {
            name: self.utf8(n)?,
            descriptor: self.utf8(d)?,
        })
    }

    /// A `Fieldref`, `Methodref` or `InterfaceMethodref`, decoded.
    pub fn member_ref(&self, index: u16) -> Result<MemberRef<'a>, CpError> {
        let (tag, class_index, nat) = match self.raw(index) {
            Some(Constant::Fieldref {
                class_index,
                name_and_type_index,
            }) => (tag::FIELDREF, *class_index, *name_and_type_index),
            Some(Constant::Methodref {
                class_index,
                name_and_type_index,
            }) => (tag::METHODREF, *class_index, *name_and_type_index),
            Some(Constant::InterfaceMethodref {
                class_index,
                name_and_type_index,
            }) => (tag::INTERFACE_METHODREF, *class_index, *name_and_type_index),
            _ => return Err(self.wrong(index, tag::METHODREF)),
        };
        let NameAndType { name, descriptor } = self.name_and_type(nat)?;
        Ok(MemberRef {
            tag,
            class_name: self.class_name(class_index)?,
            name,
            descriptor,
        })
    }

    /// The `(reference_kind, reference_index)` of a `MethodHandle` entry.
    pub fn method_handle(&self, index: u16) -> Result<(u8, u16), CpError> {
        match self.raw(index) {
            Some(Constant::MethodHandle {
                reference_kind,
                reference_index,
            }) => Ok((*reference_kind, *reference_index)),
            _ => Err(self.wrong(index, tag::METHOD_HANDLE)),
        }
    }

    /// The descriptor of a `MethodType` entry.
    pub fn method_type(&self, index: u16) -> Result<Cow<'a, str>, CpError> {
        match self.raw(index) {
            Some(Constant::MethodType { descriptor_index }) => self.utf8(*descriptor_index),
            _ => Err(self.wrong(index, tag::METHOD_TYPE)),
        }
    }

    /// The bootstrap-method index and name-and-type of a `Dynamic` or `InvokeDynamic` entry.
    pub fn dynamic(&self, index: u16) -> Result<(u16, NameAndType<'a>), CpError> {
        match self.raw(index) {
            Some(
                Constant::Dynamic {
                    bootstrap_method_attr_index,
                    name_and_type_index,
                }
                | Constant::InvokeDynamic {
                    bootstrap_method_attr_index,
                    name_and_type_index,
                },
            ) => Ok((
                *bootstrap_method_attr_index,
                self.name_and_type(*name_and_type_index)?,
            )),
            _ => Err(self.wrong(index, tag::INVOKE_DYNAMIC)),
        }
    }

    /// The name of a `Module` entry.
    pub fn module_name(&self, index: u16) -> Result<Cow<'a, str>, CpError> {
        match self.raw(index) {
            Some(Constant::Module { name_index }) => self.utf8(*name_index),
            _ => Err(self.wrong(index, tag::MODULE)),
        }
    }

    /// The name of a `Package` entry (internal form).
    pub fn package_name(&self, index: u16) -> Result<Cow<'a, str>, CpError> {
        match self.raw(index) {
            Some(Constant::Package { name_index }) => self.utf8(*name_index),
            _ => Err(self.wrong(index, tag::PACKAGE)),
        }
    }

    /// Whether `index` holds a `Class` entry.
    pub fn is_class(&self, index: u16) -> bool {
        matches!(self.raw(index), Some(Constant::Class { .. }))
    }

    /// Whether `index` holds a `Utf8` entry.
    pub fn is_utf8(&self, index: u16) -> bool {
        matches!(self.raw(index), Some(Constant::Utf8(_)))
    }
}
