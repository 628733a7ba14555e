//! Fields, their attributes and HotSpot's checks on them.

use std::collections::HashSet;

use super::attribute_common::{
    Owner, annotation_attribute, generic_signature, header, once, record,
};
use super::pool::{check_field_name, check_field_signature};
use super::{Cx, show, text};
use crate::constant_pool::{Constant, ConstantPool};
use crate::error::Result;
use crate::model::{AttributeList, Field, RuntimeAnnotations, access};
use crate::reader::Reader;

/// HotSpot's field-modifier check; `flags` are masked.
fn check_field_modifiers(flags: u16, is_interface: bool, cx: &Cx) -> Result<()> {
    if !cx.verify {
        return Ok(());
    }
    let has = |f: u16| flags & f != 0;
    let illegal = if is_interface {
        !has(access::PUBLIC)
            || !has(access::STATIC)
            || !has(access::FINAL)
            || has(access::PRIVATE)
            || has(access::PROTECTED)
            || has(access::VOLATILE)
            || has(access::TRANSIENT)
            || (cx.major >= 49 && has(access::ENUM))
    } else {
        illegal_visibility(flags) || (has(access::FINAL) && has(access::VOLATILE))
    };
    if illegal {
        return Err(cx.err(format!(
            "Illegal field modifiers in class {}: 0x{:X}",
            cx.name, flags
        )));
    }
    Ok(())
}

/// More than one of public, protected, private.
pub(crate) fn illegal_visibility(flags: u16) -> bool {
    (flags & (access::PUBLIC | access::PROTECTED | access::PRIVATE)).count_ones() > 1
}

/// The `fields` array.
pub(crate) fn parse_fields<'a>(
    r: &mut Reader<'a>,
    cp: &ConstantPool<'a>,
    is_interface: bool,
    cx: &Cx,
) -> Result<Vec<Field<'a>>> {
    let count = usize::from(r.u2()?);
    let mut fields = Vec::with_capacity(count);
    for _ in 0..count {
        r.need(8)?;
        let flags = r.u2()? & access::RECOGNIZED_FIELD;
        check_field_modifiers(flags, is_interface, cx)?;
        let name_index = r.u2()?;
        let name = cp.utf8_bytes(name_index).map_err(|_| {
            cx.err(format!(
                "Invalid constant pool index {name_index} for field name in class file {}",
                cx.name
            ))
        })?;
        check_field_name(name, cx)?;
        let descriptor_index = r.u2()?;
        let sig = cp.utf8_bytes(descriptor_index).map_err(|_| {
            cx.err(format!(
                "Invalid constant pool index {descriptor_index} for field signature in class file {}",
                cx.name
            ))
        })?;
        check_field_signature(name, sig, cx)?;
        let mut field = Field {
            access_flags: flags,
            name_index,
            descriptor_index,
            name: text(name),
            descriptor: text(sig),
            constant_value: None,
            signature: None,
            synthetic: false,
            deprecated: false,
            annotations: RuntimeAnnotations::default(),
            attributes: AttributeList::default(),
        };
        field_attributes(r, cp, &mut field, sig, cx)?;
        fields.push(field);
    }
    if cx.verify && fields.len() > 1 {
        let mut seen = HashSet::with_capacity(fields.len());
        for f in &fields {
            let key = (
                cp.utf8_bytes(f.name_index)?,
                cp.utf8_bytes(f.descriptor_index)?,
            );
            if !seen.insert(key) {
                return Err(cx.err(format!(
                    "Duplicate field name \"{}\" with signature \"{}\" in class file {}",
                    show(key.0),
                    show(key.1).replace('/', "."),
                    cx.name
                )));
            }
        }
    }
    Ok(fields)
}

fn field_attributes<'a>(
    r: &mut Reader<'a>,
    cp: &ConstantPool<'a>,
    field: &mut Field<'a>,
    sig: &[u8],
    cx: &Cx,
) -> Result<()> {
    let count = r.u2()?;
    let mut list = Vec::with_capacity(usize::from(count));
    let is_static = field.access_flags & access::STATIC != 0;
    for _ in 0..count {
        let h = header(r, cp, |i| {
            cx.err(format!(
                "Invalid field attribute index {i} in class file {}",
                cx.name
            ))
        })?;
        let start = r.position();
        match h.name {
            b"ConstantValue" if is_static => {
                once(
                    &field.constant_value,
                    || {
                        format!(
                            "Duplicate ConstantValue attribute in class file {}",
                            cx.name
                        )
                    },
                    cx,
                )?;
                if h.length != 2 {
                    return Err(cx.err(format!(
                        "Invalid ConstantValue field attribute length {} in class file {}",
                        h.length, cx.name
                    )));
                }
                let index = r.u2()?;
                if cx.verify {
                    check_constant_value(cp, index, sig, cx)?;
                }
                field.constant_value = Some(index);
            }
            b"Synthetic" => {
                if h.length != 0 {
                    return Err(cx.err(format!(
                        "Invalid Synthetic field attribute length {} in class file {}",
                        h.length, cx.name
                    )));
                }
                field.synthetic = true;
            }
            b"Deprecated" => {
                if h.length != 0 {
                    return Err(cx.err(format!(
                        "Invalid Deprecated field attribute length {} in class file {}",
                        h.length, cx.name
                    )));
                }
                field.deprecated = true;
            }
            b"Signature" if cx.major >= 49 => {
                once(
                    &field.signature,
                    || {
                        format!(
                            "Multiple Signature attributes for field in class file {}",
                            cx.name
                        )
                    },
                    cx,
                )?;
                if h.length != 2 {
                    return Err(cx.err(format!(
                        "Wrong size {} for field's Signature attribute in class file {}",
                        h.length, cx.name
                    )));
                }
                field.signature = Some(generic_signature(r, cp, cx)?);
            }
            _ => {
                let handled = cx.major >= 49
                    && annotation_attribute(&h, r, &mut field.annotations, Owner::Field, cx)?;
                if !handled {
                    r.skip(h.length as usize)?;
                }
            }
        }
        list.push(record(&h, r.all(), start));
    }
    field.attributes = AttributeList::new(list);
    Ok(())
}

/// The `ConstantValue` entry must suit the field's type.
fn check_constant_value(cp: &ConstantPool<'_>, index: u16, sig: &[u8], cx: &Cx) -> Result<()> {
    let Some(entry) = cp.raw(index).filter(|_| index > 0) else {
        return Err(cx.err(format!(
            "Bad initial value index {index} in ConstantValue attribute in class file {}",
            cx.name
        )));
    };
    let inconsistent = || {
        cx.err(format!(
            "Inconsistent constant value type in class file {}",
            cx.name
        ))
    };
    let ok = match sig.first() {
        Some(b'J') => matches!(entry, Constant::Long(_)),
        Some(b'F') => matches!(entry, Constant::Float(_)),
        Some(b'D') => matches!(entry, Constant::Double(_)),
        Some(b'B' | b'C' | b'S' | b'Z' | b'I') => matches!(entry, Constant::Integer(_)),
        Some(b'L') => {
            if sig == b"Ljava/lang/String;" && matches!(entry, Constant::String { .. }) {
                return Ok(());
            }
            return Err(cx.err(format!(
                "Bad string initial value in class file {}",
                cx.name
            )));
        }
        _ => {
            return Err(cx.err(format!(
                "Unable to set initial value {index} in class file {}",
                cx.name
            )));
        }
    };
    if ok { Ok(()) } else { Err(inconsistent()) }
}
