//! Building the verifier's [`ClassInput`] from the parsed class-file model.

use std::borrow::Cow;
use std::cell::OnceCell;

use crate::constant_pool::Constant;
use crate::model::ClassFile;

use super::api;
use super::error::{VerifyError, VerifyErrorKind};
use super::hierarchy::ClassHierarchy;
use super::input::{
    ClassInput, CodeInput, ConstantPoolView, Handler, MemberRef, MemberRefKind, MethodInput,
    PoolItem,
};
use super::refmap::RefMaps;

/// The decoded text of the `Utf8` constants of a class, decoded on first use (borrowed from the
/// class bytes when they need no conversion). [`ClassInput`]s borrow names from it.
pub struct PoolTexts<'a> {
    texts: Vec<OnceCell<Option<Cow<'a, str>>>>,
}

impl<'a> PoolTexts<'a> {
    /// Room for the texts of `class`'s constant pool; nothing is decoded yet.
    pub fn new(class: &ClassFile<'a>) -> PoolTexts<'a> {
        let count = class.constant_pool.len();
        PoolTexts {
            texts: std::iter::repeat_with(OnceCell::new).take(count).collect(),
        }
    }

    /// The constant pool of `class` as the verifier reads it, decoding into these texts.
    pub fn view<'t>(&'t self, class: &'t ClassFile<'a>) -> PoolView<'t, 'a> {
        PoolView { texts: self, class }
    }
}

/// A class file's constant pool seen through [`PoolTexts`]: entries are resolved by name when
/// the verifier asks for them.
pub struct PoolView<'t, 'a> {
    texts: &'t PoolTexts<'a>,
    class: &'t ClassFile<'a>,
}

impl<'t> PoolView<'t, '_> {
    fn text(&self, index: u16) -> Option<&'t str> {
        let cell = self.texts.texts.get(index as usize)?;
        cell.get_or_init(|| self.class.constant_pool.utf8(index).ok())
            .as_deref()
    }

    fn name_and_type(&self, index: u16) -> Option<(&'t str, &'t str)> {
        match self.class.constant_pool.raw(index)? {
            Constant::NameAndType {
                name_index,
                descriptor_index,
            } => Some((self.text(*name_index)?, self.text(*descriptor_index)?)),
            _ => None,
        }
    }

    fn class_name(&self, index: u16) -> Option<&'t str> {
        match self.class.constant_pool.raw(index)? {
            Constant::Class { name_index } => self.text(*name_index),
            _ => None,
        }
    }

    fn member(&self, kind: MemberRefKind, class_index: u16, nat: u16) -> Option<PoolItem<'t>> {
        let class = self.class_name(class_index)?;
        let (name, descriptor) = self.name_and_type(nat)?;
        Some(PoolItem::Member(MemberRef {
            kind,
            class_index,
            class,
            name,
            descriptor,
        }))
    }

    /// The verifier's view of the class, reading its constant pool through this view.
    pub fn class_input<'v>(&'v self) -> ClassInput<'v> {
        self.input_with(&self.class.methods)
    }

    /// The view of the class with only the given methods.
    fn input_with<'v>(&'v self, methods: &'v [crate::model::Method<'_>]) -> ClassInput<'v> {
        let class = self.class;
        let interfaces = class
            .interfaces
            .iter()
            .filter_map(|i| self.class_name(i))
            .collect();
        let fields = class
            .fields
            .iter()
            .map(|f| (&*f.name, &*f.descriptor))
            .collect();
        let methods = methods
            .iter()
            .map(|m| MethodInput {
                name: &m.name,
                descriptor: &m.descriptor,
                is_static: m.is_static(),
                code: m.code().map(|c| CodeInput {
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
            pool: self,
            fields,
            methods,
        }
    }
}

impl<'t> ConstantPoolView<'t> for PoolView<'t, '_> {
    fn count(&self) -> usize {
        self.class.constant_pool.len()
    }

    fn item(&self, index: u16) -> PoolItem<'t> {
        let item = match self.class.constant_pool.raw(index) {
            Some(Constant::Class { name_index }) => self.text(*name_index).map(PoolItem::Class),
            Some(Constant::Fieldref {
                class_index,
                name_and_type_index,
            }) => self.member(MemberRefKind::Field, *class_index, *name_and_type_index),
            Some(Constant::Methodref {
                class_index,
                name_and_type_index,
            }) => self.member(MemberRefKind::Method, *class_index, *name_and_type_index),
            Some(Constant::InterfaceMethodref {
                class_index,
                name_and_type_index,
            }) => self.member(
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
                .name_and_type(*name_and_type_index)
                .map(|(_, d)| PoolItem::Dynamic(d)),
            Some(Constant::InvokeDynamic {
                name_and_type_index,
                ..
            }) => self
                .name_and_type(*name_and_type_index)
                .map(|(n, d)| PoolItem::InvokeDynamic(n, d)),
            Some(Constant::Unusable) | None => Some(PoolItem::Unusable),
            Some(_) => Some(PoolItem::Other),
        };
        item.unwrap_or(PoolItem::Unusable)
    }
}

/// Verifies a parsed class as HotSpot 17 does at link time (see [`api::verify`]).
pub fn verify_class(
    class: &ClassFile<'_>,
    hierarchy: &dyn ClassHierarchy,
) -> Result<(), VerifyError> {
    let texts = PoolTexts::new(class);
    api::verify(&texts.view(class).class_input(), hierarchy)
}

/// Verifies a parsed class and returns the reference maps of its methods (by method index).
pub fn verify_class_with_maps(
    class: &ClassFile<'_>,
    hierarchy: &dyn ClassHierarchy,
) -> Result<Vec<Option<RefMaps>>, VerifyError> {
    let texts = PoolTexts::new(class);
    api::verify_with_maps(&texts.view(class).class_input(), hierarchy)
}

/// The reference maps of one method of a class that need not have been verified (a permissive
/// inference run: only which slots hold references is tracked).
pub fn reference_map(class: &ClassFile<'_>, method_index: usize) -> Result<RefMaps, VerifyError> {
    let Some(method) = class.methods.get(method_index) else {
        return Err(VerifyError::new(
            VerifyErrorKind::VerifyError,
            "No such method",
        ));
    };
    let texts = PoolTexts::new(class);
    let view = texts.view(class);
    api::reference_maps(&view.input_with(std::slice::from_ref(method)), 0)
}

/// The reference maps of every method of a class that need not have been verified (by method
/// index; empty maps for methods without code), or the first method's analysis failure.
/// The constant pool's texts are decoded once for the whole class.
pub fn reference_maps_of_class(class: &ClassFile<'_>) -> Result<Vec<RefMaps>, VerifyError> {
    let texts = PoolTexts::new(class);
    let view = texts.view(class);
    let input = view.class_input();
    (0..class.methods.len())
        .map(|index| api::reference_maps(&input, index))
        .collect()
}
