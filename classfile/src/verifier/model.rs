//! Building the verifier's [`ClassInput`] from the parsed class-file model.

use std::borrow::Cow;

use crate::constant_pool::Constant;
use crate::model::ClassFile;

use super::api;
use super::error::{VerifyError, VerifyErrorKind};
use super::hierarchy::ClassHierarchy;
use super::input::{
    ClassInput, CodeInput, Handler, MemberRef, MemberRefKind, MethodInput, PoolItem,
};
use super::refmap::RefMaps;

/// The decoded text of every `Utf8` constant of a class, which [`ClassInput`] borrows from.
pub struct PoolTexts<'a> {
    texts: Vec<Option<Cow<'a, str>>>,
}

impl<'a> PoolTexts<'a> {
    /// Decodes the `Utf8` entries of `class` that name classes, members and descriptors
    /// (borrowing the ones that need no conversion).
    pub fn new(class: &ClassFile<'a>) -> PoolTexts<'a> {
        let pool = &class.constant_pool;
        let mut texts = vec![None; pool.len()];
        for entry in pool.entries() {
            let indexes = match *entry {
                Constant::Class { name_index } => [name_index, 0],
                Constant::NameAndType {
                    name_index,
                    descriptor_index,
                } => [name_index, descriptor_index],
                _ => continue,
            };
            for index in indexes {
                if let Some(slot @ None) = texts.get_mut(index as usize) {
                    *slot = pool.utf8(index).ok();
                }
            }
        }
        PoolTexts { texts }
    }

    fn text(&self, index: u16) -> Option<&str> {
        self.texts.get(index as usize)?.as_deref()
    }

    fn name_and_type(&self, class: &ClassFile<'_>, index: u16) -> Option<(&str, &str)> {
        match class.constant_pool.raw(index)? {
            Constant::NameAndType {
                name_index,
                descriptor_index,
            } => Some((self.text(*name_index)?, self.text(*descriptor_index)?)),
            _ => None,
        }
    }

    fn class_name(&self, class: &ClassFile<'_>, index: u16) -> Option<&str> {
        match class.constant_pool.raw(index)? {
            Constant::Class { name_index } => self.text(*name_index),
            _ => None,
        }
    }

    fn item(&self, class: &ClassFile<'_>, index: u16) -> PoolItem<'_> {
        let member = |kind, class_index: u16, nat: u16| {
            let class_name = self.class_name(class, class_index)?;
            let (name, descriptor) = self.name_and_type(class, nat)?;
            Some(PoolItem::Member(MemberRef {
                kind,
                class_index,
                class: class_name,
                name,
                descriptor,
            }))
        };
        let item = match class.constant_pool.raw(index) {
            Some(Constant::Class { name_index }) => self.text(*name_index).map(PoolItem::Class),
            Some(Constant::Fieldref {
                class_index,
                name_and_type_index,
            }) => member(MemberRefKind::Field, *class_index, *name_and_type_index),
            Some(Constant::Methodref {
                class_index,
                name_and_type_index,
            }) => member(MemberRefKind::Method, *class_index, *name_and_type_index),
            Some(Constant::InterfaceMethodref {
                class_index,
                name_and_type_index,
            }) => member(
                MemberRefKind::InterfaceMethod,
                *class_index,
                *name_and_type_index,
            ),
            Some(Constant::Integer(_)) => Some(PoolItem::Integer),
            Some(Constant::Float(_)) => Some(PoolItem::Float),
            Some(Constant::Long(_)) => Some(PoolItem::Long),
            Some(Constant::Double(_)) => Some(PoolItem::Double),
            Some(Constant::String { .. }) => Some(PoolItem::String),
            Some(Constant::MethodHandle { .. }) => Some(PoolItem::MethodHandle),
            Some(Constant::MethodType { .. }) => Some(PoolItem::MethodType),
            Some(Constant::Dynamic {
                name_and_type_index,
                ..
            }) => self
                .name_and_type(class, *name_and_type_index)
                .map(|(_, d)| PoolItem::Dynamic(d)),
            Some(Constant::InvokeDynamic {
                name_and_type_index,
                ..
            }) => self
                .name_and_type(class, *name_and_type_index)
                .map(|(n, d)| PoolItem::InvokeDynamic(n, d)),
            Some(Constant::Unusable) | None => Some(PoolItem::Unusable),
            Some(_) => Some(PoolItem::Other),
        };
        item.unwrap_or(PoolItem::Unusable)
    }

    /// The verifier's view of `class`, borrowing names from these texts.
    pub fn class_input<'t>(&'t self, class: &'t ClassFile<'a>) -> ClassInput<'t> {
        let pool = (0..class.constant_pool.len())
            .map(|i| self.item(class, i as u16))
            .collect();
        let interfaces = class
            .interfaces
            .iter()
            .filter_map(|i| self.class_name(class, i))
            .collect();
        let fields = class
            .fields
            .iter()
            .map(|f| (&*f.name, &*f.descriptor))
            .collect();
        let methods = class
            .methods
            .iter()
            .map(|m| MethodInput {
                name: &m.name,
                descriptor: &m.descriptor,
                is_static: m.is_static(),
                code: m.code.as_ref().map(|c| CodeInput {
                    max_stack: c.max_stack,
                    max_locals: c.max_locals,
                    code: c.code,
                    handlers: c
                        .exception_table
                        .iter()
                        .map(|h| Handler {
                            start: h.start_pc,
                            end: h.end_pc,
                            handler: h.handler_pc,
                            catch_type: h.catch_type,
                        })
                        .collect(),
                    stack_map: c.stack_map_table.map(|t| t.bytes),
                    local_variables: c
                        .local_variable_tables
                        .iter()
                        .flat_map(|t| t.iter())
                        .map(|v| (v.start_pc, v.length))
                        .collect(),
                }),
            })
            .collect();
        ClassInput {
            name: &class.name,
            super_name: class.super_name.as_deref(),
            interfaces,
            is_interface: class.is_interface(),
            major_version: class.major_version,
            pool,
            fields,
            methods,
        }
    }
}

/// Verifies a parsed class as HotSpot 17 does at link time (see [`api::verify`]).
pub fn verify_class(
    class: &ClassFile<'_>,
    hierarchy: &dyn ClassHierarchy,
) -> Result<(), VerifyError> {
    let texts = PoolTexts::new(class);
    api::verify(&texts.class_input(class), hierarchy)
}

/// Verifies a parsed class and returns the reference maps of its methods (by method index).
pub fn verify_class_with_maps(
    class: &ClassFile<'_>,
    hierarchy: &dyn ClassHierarchy,
) -> Result<Vec<Option<RefMaps>>, VerifyError> {
    let texts = PoolTexts::new(class);
    api::verify_with_maps(&texts.class_input(class), hierarchy)
}

/// The reference maps of one method of a class that need not have been verified.
pub fn reference_map(class: &ClassFile<'_>, method_index: usize) -> Result<RefMaps, VerifyError> {
    if method_index >= class.methods.len() {
        return Err(VerifyError::new(
            VerifyErrorKind::VerifyError,
            "No such method",
        ));
    }
    let texts = PoolTexts::new(class);
    api::reference_maps(&texts.class_input(class), method_index)
}
