//! Annotations (JVMS §4.7.16–4.7.22), decoded on demand.

use super::{
    AnnotationDefault, Annotations, Cursor, DecodeError, DecodeErrorKind, MAX_NESTING,
    ParameterAnnotations, TypeAnnotations,
};

/// One annotation: its type and its element-value pairs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Annotation {
    /// `Utf8` index of the annotation type's field descriptor (`Lpkg/Ann;`).
    pub type_index: u16,
    /// The explicitly given elements.
    pub elements: Vec<ElementValuePair>,
}

/// One `element_name = value` of an annotation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ElementValuePair {
    /// `Utf8` index of the element name.
    pub name_index: u16,
    /// The value.
    pub value: ElementValue,
}

/// An annotation element value (JVMS §4.7.16.1).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ElementValue {
    /// A primitive or `String` constant: `tag` is one of `B C D F I J S Z s`; `index` is the
    /// constant-pool index of the `Integer`/`Long`/`Float`/`Double` entry, or of the `Utf8`
    /// entry for `s`.
    Const {
        /// The tag character.
        tag: u8,
        /// Constant-pool index of the value.
        index: u16,
    },
    /// An enum constant (`e`).
    Enum {
        /// `Utf8` index of the enum type's field descriptor.
        type_name_index: u16,
        /// `Utf8` index of the constant's simple name.
        const_name_index: u16,
    },
    /// A class literal (`c`): `Utf8` index of a return descriptor (`V`, `I`, `Ljava/lang/String;`).
    Class {
        /// `Utf8` index of the descriptor.
        class_info_index: u16,
    },
    /// A nested annotation (`@`).
    Annotation(Annotation),
    /// An array (`[`).
    Array(Vec<ElementValue>),
}

fn element_value(c: &mut Cursor<'_>, depth: usize) -> Result<ElementValue, DecodeError> {
    if depth > MAX_NESTING {
        return Err(c.error(DecodeErrorKind::TooDeep));
    }
    let tag = c.u1()?;
    Ok(match tag {
        b'B' | b'C' | b'D' | b'F' | b'I' | b'J' | b'S' | b'Z' | b's' => ElementValue::Const {
            tag,
            index: c.u2()?,
        },
        b'e' => ElementValue::Enum {
            type_name_index: c.u2()?,
            const_name_index: c.u2()?,
        },
        b'c' => ElementValue::Class {
            class_info_index: c.u2()?,
        },
        b'@' => ElementValue::Annotation(annotation(c, depth + 1)?),
        b'[' => {
            let n = c.u2()?;
            let mut values = Vec::with_capacity(usize::from(n).min(1024));
            for _ in 0..n {
                values.push(element_value(c, depth + 1)?);
            }
            ElementValue::Array(values)
        }
        _ => {
            c.pos -= 1;
            return Err(c.error(DecodeErrorKind::BadTag(tag)));
        }
    })
}

fn annotation(c: &mut Cursor<'_>, depth: usize) -> Result<Annotation, DecodeError> {
    let type_index = c.u2()?;
    let n = c.u2()?;
    let mut elements = Vec::with_capacity(usize::from(n).min(1024));
    for _ in 0..n {
        let name_index = c.u2()?;
        elements.push(ElementValuePair {
            name_index,
            value: element_value(c, depth)?,
        });
    }
    Ok(Annotation {
        type_index,
        elements,
    })
}

fn annotation_list(c: &mut Cursor<'_>) -> Result<Vec<Annotation>, DecodeError> {
    let n = c.u2()?;
    let mut list = Vec::with_capacity(usize::from(n).min(1024));
    for _ in 0..n {
        list.push(annotation(c, 0)?);
    }
    Ok(list)
}

impl Annotations<'_> {
    /// Decodes the annotations.
    pub fn parse(&self) -> Result<Vec<Annotation>, DecodeError> {
        let mut c = Cursor::new(self.bytes, "RuntimeAnnotations");
        let list = annotation_list(&mut c)?;
        c.finish()?;
        Ok(list)
    }
}

impl ParameterAnnotations<'_> {
    /// Decodes the annotations of each parameter, in order.
    pub fn parse(&self) -> Result<Vec<Vec<Annotation>>, DecodeError> {
        let mut c = Cursor::new(self.bytes, "RuntimeParameterAnnotations");
        let n = c.u1()?;
        let mut params = Vec::with_capacity(usize::from(n));
        for _ in 0..n {
            params.push(annotation_list(&mut c)?);
        }
        c.finish()?;
        Ok(params)
    }
}

impl AnnotationDefault<'_> {
    /// Decodes the default value.
    pub fn parse(&self) -> Result<ElementValue, DecodeError> {
        let mut c = Cursor::new(self.bytes, "AnnotationDefault");
        let value = element_value(&mut c, 0)?;
        c.finish()?;
        Ok(value)
    }
}

/// One range of a local-variable target.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LocalVarTarget {
    /// Start of the range.
    pub start_pc: u16,
    /// Length of the range.
    pub length: u16,
    /// Local-variable slot.
    pub index: u16,
}

/// What a type annotation annotates (JVMS §4.7.20.1).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TargetInfo {
    /// Type parameter of a class (0x00) or method (0x01).
    TypeParameter {
        /// Which type parameter.
        index: u8,
    },
    /// `extends`/`implements` clause (0x10): 65535 for the superclass, else an interface index.
    Supertype {
        /// Index into `interfaces`, or 65535.
        index: u16,
    },
    /// Bound of a type parameter of a class (0x11) or method (0x12).
    TypeParameterBound {
        /// Which type parameter.
        type_parameter_index: u8,
        /// Which bound.
        bound_index: u8,
    },
    /// Field type (0x13), return or constructed type (0x14), receiver type (0x15).
    Empty,
    /// Formal parameter type (0x16).
    FormalParameter {
        /// Which parameter.
        index: u8,
    },
    /// Type in a `throws` clause (0x17).
    Throws {
        /// Index into the `Exceptions` attribute.
        index: u16,
    },
    /// Local variable (0x40) or resource variable (0x41) type.
    LocalVar(Vec<LocalVarTarget>),
    /// Exception parameter type (0x42).
    Catch {
        /// Index into the exception table.
        exception_table_index: u16,
    },
    /// `instanceof`, `new`, method reference types (0x43–0x46).
    Offset {
        /// Bytecode offset.
        offset: u16,
    },
    /// Cast or type argument of a call or method reference (0x47–0x4B).
    TypeArgument {
        /// Bytecode offset.
        offset: u16,
        /// Which type argument.
        index: u8,
    },
}

/// One step of a type path (JVMS §4.7.20.2).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TypePathEntry {
    /// 0 array element, 1 nested type, 2 wildcard bound, 3 type argument.
    pub kind: u8,
    /// Which type argument (for kind 3).
    pub argument_index: u8,
}

/// A type annotation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TypeAnnotation {
    /// The `target_type` byte.
    pub target_type: u8,
    /// The decoded `target_info`.
    pub target: TargetInfo,
    /// Where in the type the annotation sits.
    pub type_path: Vec<TypePathEntry>,
    /// The annotation itself.
    pub annotation: Annotation,
}

fn target_info(c: &mut Cursor<'_>, target_type: u8) -> Result<TargetInfo, DecodeError> {
    Ok(match target_type {
        0x00 | 0x01 => TargetInfo::TypeParameter { index: c.u1()? },
        0x10 => TargetInfo::Supertype { index: c.u2()? },
        0x11 | 0x12 => TargetInfo::TypeParameterBound {
            type_parameter_index: c.u1()?,
            bound_index: c.u1()?,
        },
        0x13..=0x15 => TargetInfo::Empty,
        0x16 => TargetInfo::FormalParameter { index: c.u1()? },
        0x17 => TargetInfo::Throws { index: c.u2()? },
        0x40 | 0x41 => {
            let n = c.u2()?;
            let mut ranges = Vec::with_capacity(usize::from(n).min(1024));
            for _ in 0..n {
                ranges.push(LocalVarTarget {
                    start_pc: c.u2()?,
                    length: c.u2()?,
                    index: c.u2()?,
                });
            }
            TargetInfo::LocalVar(ranges)
        }
        0x42 => TargetInfo::Catch {
            exception_table_index: c.u2()?,
        },
        0x43..=0x46 => TargetInfo::Offset { offset: c.u2()? },
        0x47..=0x4B => TargetInfo::TypeArgument {
            offset: c.u2()?,
            index: c.u1()?,
        },
        t => {
            c.pos -= 1;
            return Err(c.error(DecodeErrorKind::BadTag(t)));
        }
    })
}

impl TypeAnnotations<'_> {
    /// Decodes the type annotations.
    pub fn parse(&self) -> Result<Vec<TypeAnnotation>, DecodeError> {
        let mut c = Cursor::new(self.bytes, "RuntimeTypeAnnotations");
        let n = c.u2()?;
        let mut list = Vec::with_capacity(usize::from(n).min(1024));
        for _ in 0..n {
            let target_type = c.u1()?;
            let target = target_info(&mut c, target_type)?;
            let path_len = c.u1()?;
            let mut type_path = Vec::with_capacity(usize::from(path_len));
            for _ in 0..path_len {
                type_path.push(TypePathEntry {
                    kind: c.u1()?,
                    argument_index: c.u1()?,
                });
            }
            let annotation = annotation(&mut c, 0)?;
            list.push(TypeAnnotation {
                target_type,
                target,
                type_path,
                annotation,
            });
        }
        c.finish()?;
        Ok(list)
    }
}
