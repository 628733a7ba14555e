//! Methods, their attributes and HotSpot's checks on them.

use std::collections::HashSet;
use std::sync::Arc;

use super::attribute_common::{
    Owner, annotation_attribute, generic_signature, header, once, record,
};
use super::fields::illegal_visibility;
use super::pool::{check_method_name, check_method_signature};
use super::{Cx, show, text};
use crate::attributes::{AnnotationDefault, ParameterAnnotations};
use crate::constant_pool::ConstantPool;
use crate::error::Result;
use crate::model::{
    AttributeList, CodeSource, LazyCode, Method, RuntimeAnnotations, Table, access,
};
use crate::reader::Reader;

/// HotSpot's method-modifier check (not for `<clinit>`); `flags` are as written.
fn check_method_modifiers(flags: u16, is_interface: bool, name: &[u8], cx: &Cx) -> Result<()> {
    if !cx.verify {
        return Ok(());
    }
    let has = |f: u16| flags & f != 0;
    let (java5, java8, java17) = (cx.major >= 49, cx.major >= 52, cx.major >= 61);
    let illegal = if is_interface {
        if java8 {
            has(access::PUBLIC) == has(access::PRIVATE)
                || has(access::NATIVE)
                || has(access::PROTECTED)
                || has(access::FINAL)
                || has(access::SYNCHRONIZED)
                || (has(access::ABSTRACT)
                    && (has(access::PRIVATE)
                        || has(access::STATIC)
                        || (!java17 && has(access::STRICT))))
        } else if java5 {
            !has(access::PUBLIC)
                || has(access::PRIVATE)
                || has(access::PROTECTED)
                || has(access::STATIC)
                || has(access::FINAL)
                || has(access::SYNCHRONIZED)
                || has(access::NATIVE)
                || !has(access::ABSTRACT)
                || has(access::STRICT)
        } else {
            !has(access::PUBLIC)
                || has(access::STATIC)
                || has(access::FINAL)
                || has(access::NATIVE)
                || !has(access::ABSTRACT)
        }
    } else if illegal_visibility(flags) {
        true
    } else if name == b"<init>" {
        has(access::STATIC)
            || has(access::FINAL)
            || has(access::SYNCHRONIZED)
            || has(access::NATIVE)
            || has(access::ABSTRACT)
            || (java5 && has(access::BRIDGE))
    } else {
        has(access::ABSTRACT)
            && (has(access::FINAL)
                || has(access::NATIVE)
                || has(access::PRIVATE)
                || has(access::STATIC)
                || (java5 && (has(access::SYNCHRONIZED) || (!java17 && has(access::STRICT)))))
    };
    if illegal {
        return Err(cx.err(format!(
            "Method {} in class {} has illegal modifiers: 0x{:X}",
            show(name),
            cx.name,
            flags
        )));
    }
    Ok(())
}

/// The `methods` array.
pub(crate) fn parse_methods<'a>(
    r: &mut Reader<'a>,
    cp: &Arc<ConstantPool<'a>>,
    is_interface: bool,
    cx: &Cx,
) -> Result<Vec<Method<'a>>> {
    r.need(2)?;
    let count = usize::from(r.u2()?);
    let mut methods = Vec::with_capacity(count);
    for _ in 0..count {
        methods.push(parse_method(r, cp, is_interface, cx)?);
    }
    if cx.verify && methods.len() > 1 {
        let mut seen = HashSet::with_capacity(methods.len());
        for m in &methods {
            let key = (
                cp.utf8_bytes(m.name_index)?,
                cp.utf8_bytes(m.descriptor_index)?,
            );
            if !seen.insert(key) {
                return Err(cx.err(format!(
                    "Duplicate method name \"{}\" with signature \"{}\" in class file {}",
                    show(key.0),
                    show(key.1).replace('/', "."),
                    cx.name
                )));
            }
        }
    }
    Ok(methods)
}

fn parse_method<'a>(
    r: &mut Reader<'a>,
    cp: &Arc<ConstantPool<'a>>,
    is_interface: bool,
    cx: &Cx,
) -> Result<Method<'a>> {
    r.need(8)?;
    let mut flags = r.u2()?;
    let name_index = r.u2()?;
    let name = cp.utf8_bytes(name_index).map_err(|_| {
        cx.err(format!(
            "Illegal constant pool index {name_index} for method name in class file {}",
            cx.name
        ))
    })?;
    check_method_name(name, cx)?;
    let descriptor_index = r.u2()?;
    let sig = cp.utf8_bytes(descriptor_index).map_err(|_| {
        cx.err(format!(
            "Illegal constant pool index {descriptor_index} for method signature in class file {}",
            cx.name
        ))
    })?;
    if name == b"<clinit>" {
        if cx.major < 51 {
            flags = access::STATIC;
        } else if flags & access::STATIC != 0 {
            flags &= access::STATIC | if cx.major <= 60 { access::STRICT } else { 0 };
        } else {
            return Err(cx.err(format!(
                "Method <clinit> is not static in class file {}",
                cx.name
            )));
        }
    } else {
        check_method_modifiers(flags, is_interface, name, cx)?;
    }
    if name == b"<init>" && is_interface {
        return Err(cx.err(format!(
            "Interface cannot have a method named <init>, class file {}",
            cx.name
        )));
    }
    let args_size = match check_method_signature(name, sig, cx)? {
        Some(slots) => {
            let total = slots + u32::from(flags & access::STATIC == 0);
            if total > 255 {
                return Err(cx.err(format!(
                    "Too many arguments in method signature in class file {}",
                    cx.name
                )));
            }
            Some(total)
        }
        None => None,
    };
    let mut method = Method {
        access_flags: flags & access::RECOGNIZED_METHOD,
        name_index,
        descriptor_index,
        name: text(name),
        descriptor: text(sig),
        code: LazyCode::default(),
        exceptions: Table::empty(),
        signature: None,
        synthetic: false,
        deprecated: false,
        parameters: None,
        annotations: RuntimeAnnotations::default(),
        visible_parameter_annotations: None,
        invisible_parameter_annotations: None,
        annotation_default: None,
        attributes: AttributeList::default(),
    };
    method_attributes(r, cp, &mut method, args_size, cx)?;
    let native_or_abstract = method.is_native() || method.is_abstract();
    if cx.verify && !native_or_abstract && !method.code.is_present() {
        return Err(cx.err(format!(
            "Absent Code attribute in method that is not native or abstract in class file {}",
            cx.name
        )));
    }
    if cx.verify
        && let Some(code) = method.code()
    {
        super::code::check_local_variable_tables(code, cp, cx)?;
    }
    Ok(method)
}

fn method_attributes<'a>(
    r: &mut Reader<'a>,
    cp: &Arc<ConstantPool<'a>>,
    m: &mut Method<'a>,
    args_size: Option<u32>,
    cx: &Cx,
) -> Result<()> {
    let count = r.u2()?;
    let mut list = Vec::with_capacity(usize::from(count));
    let mut seen_exceptions = false;
    for _ in 0..count {
        let h = header(r, cp, |i| {
            cx.err(format!(
                "Invalid method attribute name index {i} in class file {}",
                cx.name
            ))
        })?;
        let start = r.position();
        let n = h.length as usize;
        match h.name {
            b"Code" => {
                if cx.verify && (m.is_native() || m.is_abstract()) {
                    return Err(cx.err(format!(
                        "Code attribute in native or abstract methods in class file {}",
                        cx.name
                    )));
                }
                if m.code.is_present() {
                    return Err(cx.err(format!(
                        "Multiple Code attributes in class file {}",
                        cx.name
                    )));
                }
                m.code = if cx.lazy_code {
                    r.skip(n)?;
                    LazyCode::deferred(CodeSource {
                        class_bytes: r.all(),
                        start,
                        length: h.length,
                        pool: Arc::clone(cp),
                        major: cx.major,
                    })
                } else {
                    let code = super::code::parse_code(r, cp, h.length, args_size, cx)?;
                    LazyCode::decoded(Some(code))
                };
            }
            b"Exceptions" => {
                if seen_exceptions {
                    return Err(cx.err(format!(
                        "Multiple Exceptions attributes in class file {}",
                        cx.name
                    )));
                }
                seen_exceptions = true;
                m.exceptions = checked_exceptions(r, cp, h.length, cx)?;
            }
            b"MethodParameters" => {
                once(
                    &m.parameters,
                    || {
                        format!(
                            "Multiple MethodParameters attributes in class file {}",
                            cx.name
                        )
                    },
                    cx,
                )?;
                let params = usize::from(r.u1()?);
                if h.length as usize != params * 4 + 1 {
                    return Err(cx.err(format!(
                        "Invalid MethodParameters method attribute length {} in class file",
                        h.length
                    )));
                }
                m.parameters = Some(Table::new(r.bytes(params * 4)?));
            }
            b"Synthetic" => {
                if h.length != 0 {
                    return Err(cx.err(format!(
                        "Invalid Synthetic method attribute length {} in class file {}",
                        h.length, cx.name
                    )));
                }
                m.synthetic = true;
            }
            b"Deprecated" => {
                if h.length != 0 {
                    return Err(cx.err(format!(
                        "Invalid Deprecated method attribute length {} in class file {}",
                        h.length, cx.name
                    )));
                }
                m.deprecated = true;
            }
            _ if cx.major < 49 => r.skip(n)?,
            b"Signature" => {
                once(
                    &m.signature,
                    || {
                        format!(
                            "Multiple Signature attributes for method in class file {}",
                            cx.name
                        )
                    },
                    cx,
                )?;
                if h.length != 2 {
                    return Err(cx.err(format!(
                        "Invalid Signature attribute length {} in class file {}",
                        h.length, cx.name
                    )));
                }
                m.signature = Some(generic_signature(r, cp, cx)?);
            }
            b"RuntimeVisibleParameterAnnotations" => {
                once(
                    &m.visible_parameter_annotations,
                    || multiple_for_method("RuntimeVisibleParameterAnnotations", cx),
                    cx,
                )?;
                m.visible_parameter_annotations = Some(ParameterAnnotations { bytes: r.bytes(n)? });
            }
            b"RuntimeInvisibleParameterAnnotations" => {
                once(
                    &m.invisible_parameter_annotations,
                    || multiple_for_method("RuntimeInvisibleParameterAnnotations", cx),
                    cx,
                )?;
                m.invisible_parameter_annotations =
                    Some(ParameterAnnotations { bytes: r.bytes(n)? });
            }
            b"AnnotationDefault" => {
                once(
                    &m.annotation_default,
                    || multiple_for_method("AnnotationDefault", cx),
                    cx,
                )?;
                m.annotation_default = Some(AnnotationDefault { bytes: r.bytes(n)? });
            }
            _ => {
                if !annotation_attribute(&h, r, &mut m.annotations, Owner::Method, cx)? {
                    r.skip(n)?;
                }
            }
        }
        list.push(record(&h, r.all(), start));
    }
    m.attributes = AttributeList::new(list);
    Ok(())
}

fn multiple_for_method(what: &str, cx: &Cx) -> String {
    format!(
        "Multiple {what} attributes for method in class file {}",
        cx.name
    )
}

/// The `Exceptions` attribute: a list of `Class` entries.
fn checked_exceptions<'a>(
    r: &mut Reader<'a>,
    cp: &ConstantPool<'a>,
    length: u32,
    cx: &Cx,
) -> Result<Table<'a, u16>> {
    let count = usize::from(r.u2()?);
    let table: Table<'a, u16> = Table::new(r.bytes(count * 2)?);
    for index in table.iter() {
        if !cp.is_class(index) {
            return Err(cx.err(format!(
                "Exception name has bad type at constant pool {index} in class file {}",
                cx.name
            )));
        }
    }
    if cx.verify && length as usize != 2 + count * 2 {
        return Err(cx.err(format!(
            "Exceptions attribute has wrong length in class file {}",
            cx.name
        )));
    }
    Ok(table)
}
