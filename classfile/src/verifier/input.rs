//! The verifier's view of a class file: only what verification reads, borrowed from the model.

/// A constant-pool entry as the verifier sees it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PoolItem<'a> {
    /// An unusable slot (index 0, the second slot of a long/double, or malformed).
    Unusable,
    /// `CONSTANT_Class` with its name (binary name or array descriptor).
    Class(&'a str),
    /// `CONSTANT_Fieldref`, `CONSTANT_Methodref` or `CONSTANT_InterfaceMethodref`.
    Member(MemberRef<'a>),
    /// `CONSTANT_Integer`.
    Integer,
    /// `CONSTANT_Float`.
    Float,
    /// `CONSTANT_Long`.
    Long,
    /// `CONSTANT_Double`.
    Double,
    /// `CONSTANT_String`.
    String,
    /// `CONSTANT_MethodHandle`.
    MethodHandle,
    /// `CONSTANT_MethodType`.
    MethodType,
    /// `CONSTANT_Dynamic` with the field descriptor of its value.
    Dynamic(&'a str),
    /// `CONSTANT_InvokeDynamic` with its name and method descriptor.
    InvokeDynamic(&'a str, &'a str),
    /// Any other entry (`Utf8`, `NameAndType`, `Module`, `Package`).
    Other,
}

/// Which kind of member reference a constant-pool entry is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MemberRefKind {
    /// `CONSTANT_Fieldref`.
    Field,
    /// `CONSTANT_Methodref`.
    Method,
    /// `CONSTANT_InterfaceMethodref`.
    InterfaceMethod,
}

/// A resolved-by-name member reference.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MemberRef<'a> {
    /// Field, method or interface method.
    pub kind: MemberRefKind,
    /// The constant-pool index of the `CONSTANT_Class` entry.
    pub class_index: u16,
    /// The referenced class's name.
    pub class: &'a str,
    /// The member name.
    pub name: &'a str,
    /// The member descriptor.
    pub descriptor: &'a str,
}

/// One entry of a method's exception table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Handler {
    /// First covered bytecode index.
    pub start: u16,
    /// End of the covered range (exclusive).
    pub end: u16,
    /// The handler's bytecode index.
    pub handler: u16,
    /// The constant-pool index of the caught class, 0 for any.
    pub catch_type: u16,
}

/// A method's `Code` attribute as the verifier needs it.
#[derive(Clone, Debug)]
pub struct CodeInput<'a> {
    /// `max_stack`.
    pub max_stack: u16,
    /// `max_locals`.
    pub max_locals: u16,
    /// The bytecode.
    pub code: &'a [u8],
    /// The exception table.
    pub handlers: Vec<Handler>,
    /// The body of the `StackMapTable` attribute, if present.
    pub stack_map: Option<&'a [u8]>,
    /// `(start_pc, length)` of each `LocalVariableTable` entry.
    pub local_variables: Vec<(u16, u16)>,
}

/// A method as the verifier needs it.
#[derive(Clone, Debug)]
pub struct MethodInput<'a> {
    /// The method name.
    pub name: &'a str,
    /// The method descriptor.
    pub descriptor: &'a str,
    /// Whether the method is static.
    pub is_static: bool,
    /// The code, absent for abstract and native methods.
    pub code: Option<CodeInput<'a>>,
}

/// Where the verifier reads constant-pool entries from, on demand.
pub trait ConstantPoolView<'a> {
    /// `constant_pool_count`: valid indices are `1..count`.
    fn count(&self) -> usize;

    /// The entry at `index` (`Unusable` when out of range or malformed).
    fn item(&self, index: u16) -> PoolItem<'a>;
}

impl<'a> ConstantPoolView<'a> for [PoolItem<'a>] {
    fn count(&self) -> usize {
        self.len()
    }

    fn item(&self, index: u16) -> PoolItem<'a> {
        self.get(index as usize)
            .copied()
            .unwrap_or(PoolItem::Unusable)
    }
}

/// A class as the verifier needs it.
#[derive(Clone)]
pub struct ClassInput<'a> {
    /// The binary name of the class.
    pub name: &'a str,
    /// The superclass name (`None` only for `java/lang/Object`).
    pub super_name: Option<&'a str>,
    /// The direct superinterfaces.
    pub interfaces: Vec<&'a str>,
    /// Whether the class is an interface.
    pub is_interface: bool,
    /// The class-file major version.
    pub major_version: u16,
    /// The constant pool.
    pub pool: &'a dyn ConstantPoolView<'a>,
    /// Name and descriptor of each field declared by the class.
    pub fields: Vec<(&'a str, &'a str)>,
    /// The methods.
    pub methods: Vec<MethodInput<'a>>,
}

impl<'a> ClassInput<'a> {
    /// The constant-pool entry at `index` (`Unusable` when out of range).
    pub fn item(&self, index: u16) -> PoolItem<'a> {
        self.pool.item(index)
    }

    /// The class name at `index` if it is a `CONSTANT_Class`.
    pub fn class_name(&self, index: u16) -> Option<&'a str> {
        match self.item(index) {
            PoolItem::Class(name) => Some(name),
            _ => None,
        }
    }
}
