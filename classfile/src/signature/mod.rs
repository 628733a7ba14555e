//! Generic signatures (JVMS §4.7.9.1): the `Signature` attribute's grammar for classes,
//! methods and fields.
//!
//! Parsing works on the attribute's text (`&str`, already decoded from modified UTF-8) and
//! returns a typed [`SignatureError`] on malformed input. Every type implements
//! [`Display`](std::fmt::Display), which writes the exact signature string back, so
//! `parse(s).to_string() == s` for every well-formed `s`.

mod display;
mod error;
mod parse;

pub use error::{SignatureError, SignatureErrorKind};

/// A primitive type in a signature (JVMS §4.3.2 `BaseType`): the same as in descriptors.
pub use crate::descriptor::BaseType;

/// Any type in a signature: a reference type or a primitive (`JavaTypeSignature`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum JavaTypeSignature {
    /// A class type, type variable or array type.
    Reference(ReferenceTypeSignature),
    /// A primitive type.
    Base(BaseType),
}

/// A reference type (`ReferenceTypeSignature`); a field signature is exactly one of these.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ReferenceTypeSignature {
    /// `Lpkg/Outer<..>.Inner<..>;`
    Class(ClassTypeSignature),
    /// `T`name`;`: a use of a type variable, holding its name.
    TypeVariable(String),
    /// `[`component: an array whose component may be a primitive.
    Array(Box<JavaTypeSignature>),
}

/// A class type (`ClassTypeSignature`): a package, the outermost class and any inner classes,
/// each with its own type arguments.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ClassTypeSignature {
    /// The package in internal form without a trailing slash (`java/util`), empty for the
    /// unnamed package.
    pub package: String,
    /// The outermost class followed by each `.Inner` suffix, in order; never empty.
    pub segments: Vec<SimpleClassTypeSignature>,
}

impl ClassTypeSignature {
    /// The binary class name in internal form (`java/util/Map$Entry`), inner classes joined
    /// with `$` as javac names them.
    pub fn binary_name(&self) -> String {
        let mut name = String::with_capacity(self.package.len() + 16);
        if !self.package.is_empty() {
            name.push_str(&self.package);
            name.push('/');
        }
        for (i, segment) in self.segments.iter().enumerate() {
            if i > 0 {
                name.push('$');
            }
            name.push_str(&segment.name);
        }
        name
    }
}

/// One class name with its type arguments (`SimpleClassTypeSignature`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct SimpleClassTypeSignature {
    /// The simple name (for the outermost class, without its package).
    pub name: String,
    /// The type arguments; empty when the name has none (`<>` is not valid).
    pub type_arguments: Vec<TypeArgument>,
}

/// One type argument (`TypeArgument`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TypeArgument {
    /// `*`: the unbounded wildcard `?`.
    Any,
    /// A type argument without wildcard.
    Exact(ReferenceTypeSignature),
    /// `+`: `? extends` the type.
    Extends(ReferenceTypeSignature),
    /// `-`: `? super` the type.
    Super(ReferenceTypeSignature),
}

/// A type parameter declaration (`TypeParameter`): `T:Ljava/lang/Object;:Ljava/io/Serializable;`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct TypeParameter {
    /// The type variable's name.
    pub name: String,
    /// The class bound; `None` when the class bound is empty (`T::Ljava/lang/Runnable;`, where
    /// the first bound is an interface).
    pub class_bound: Option<ReferenceTypeSignature>,
    /// The interface bounds, in order.
    pub interface_bounds: Vec<ReferenceTypeSignature>,
}

/// A class's `Signature` attribute (`ClassSignature`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ClassSignature {
    /// The class's type parameters; empty when it declares none.
    pub type_parameters: Vec<TypeParameter>,
    /// The direct superclass.
    pub superclass: ClassTypeSignature,
    /// The direct superinterfaces, in order.
    pub interfaces: Vec<ClassTypeSignature>,
}

/// A thrown type in a method signature (`ThrowsSignature`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ThrowsSignature {
    /// `^L...;`: a class type.
    Class(ClassTypeSignature),
    /// `^T...;`: a type variable, holding its name.
    TypeVariable(String),
}

/// A method's `Signature` attribute (`MethodSignature`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct MethodSignature {
    /// The method's type parameters; empty when it declares none.
    pub type_parameters: Vec<TypeParameter>,
    /// The parameter types, in order.
    pub parameters: Vec<JavaTypeSignature>,
    /// The result type; `None` for `V` (void).
    pub result: Option<JavaTypeSignature>,
    /// The thrown types, in order.
    pub throws: Vec<ThrowsSignature>,
}

impl ClassSignature {
    /// Parses a class signature; the whole string must be consumed.
    pub fn parse(signature: &str) -> Result<ClassSignature, SignatureError> {
        parse::Parser::new(signature).class_signature()
    }
}

impl MethodSignature {
    /// Parses a method signature; the whole string must be consumed.
    pub fn parse(signature: &str) -> Result<MethodSignature, SignatureError> {
        parse::Parser::new(signature).method_signature()
    }
}

impl ReferenceTypeSignature {
    /// Parses a field signature (a reference type); the whole string must be consumed.
    pub fn parse(signature: &str) -> Result<ReferenceTypeSignature, SignatureError> {
        parse::Parser::new(signature).field_signature()
    }
}

/// Parses a field's `Signature` attribute; the same as [`ReferenceTypeSignature::parse`].
pub fn parse_field_signature(signature: &str) -> Result<ReferenceTypeSignature, SignatureError> {
    ReferenceTypeSignature::parse(signature)
}
