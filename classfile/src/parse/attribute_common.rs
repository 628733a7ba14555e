//! What the attribute tables of classes, fields, methods and record components share: headers,
//! the raw attribute list, the `Signature` body and the annotation attributes.

use super::Cx;
use crate::attributes::{Annotations, TypeAnnotations};
use crate::constant_pool::ConstantPool;
use crate::error::{ClassFileError, Result};
use crate::model::{Attribute, RuntimeAnnotations};
use crate::reader::Reader;

/// One attribute header: name index, name, length, and the bytes that follow (not consumed).
pub(crate) struct Header<'a> {
    pub name_index: u16,
    pub name: &'a [u8],
    pub length: u32,
}

/// Reads an attribute header, checking that the name index is a `Utf8` entry.
pub(crate) fn header<'a>(
    r: &mut Reader<'a>,
    cp: &ConstantPool<'a>,
    bad_name: impl FnOnce(u16) -> ClassFileError,
) -> Result<Header<'a>> {
    r.need(6)?;
    let name_index = r.u2()?;
    let length = r.u4()?;
    let name = cp
        .utf8_bytes(name_index)
        .map_err(|_| bad_name(name_index))?;
    Ok(Header {
        name_index,
        name,
        length,
    })
}

/// Records an attribute for the owner's [`AttributeList`], given where its body started. The
/// body is clipped to the file when HotSpot's reading ran past the declared length.
pub(crate) fn record<'a>(h: &Header<'a>, all: &'a [u8], start: usize) -> Attribute<'a> {
    let end = start.saturating_add(h.length as usize).min(all.len());
    Attribute {
        name_index: h.name_index,
        name: h.name,
        data: &all[start.min(end)..end],
    }
}

/// Whether a duplicate of an attribute that may appear once was found.
pub(crate) fn once<T>(slot: &Option<T>, msg: impl FnOnce() -> String, cx: &Cx) -> Result<()> {
    if slot.is_some() {
        Err(cx.err(msg()))
    } else {
        Ok(())
    }
}

/// HotSpot's `Signature` attribute body on fields, methods and record components.
pub(crate) fn generic_signature(r: &mut Reader<'_>, cp: &ConstantPool<'_>, cx: &Cx) -> Result<u16> {
    let index = r.u2()?;
    if !cp.is_utf8(index) {
        return Err(cx.err(format!(
            "Invalid Signature attribute at constant pool index {index} in class file {}",
            cx.name
        )));
    }
    Ok(index)
}

/// Where an annotation attribute was found, for "Multiple ... attributes for X" messages.
#[derive(Clone, Copy)]
pub(crate) enum Owner {
    Class,
    Field,
    Method,
    RecordComponent,
}

impl Owner {
    fn suffix(self) -> &'static str {
        match self {
            Owner::Class => "",
            Owner::Field => " for field",
            Owner::Method => " for method",
            Owner::RecordComponent => " for Record component",
        }
    }
}

/// Handles the four annotation attributes (version 49+); returns false for other names.
pub(crate) fn annotation_attribute<'a>(
    h: &Header<'a>,
    r: &mut Reader<'a>,
    set: &mut RuntimeAnnotations<'a>,
    owner: Owner,
    cx: &Cx,
) -> Result<bool> {
    let dup = |what: &str| {
        cx.err(format!(
            "Multiple {what} attributes{} in class file {}",
            owner.suffix(),
            cx.name
        ))
    };
    let n = h.length as usize;
    match h.name {
        b"RuntimeVisibleAnnotations" => {
            if set.visible.is_some() {
                return Err(dup("RuntimeVisibleAnnotations"));
            }
            set.visible = Some(Annotations { bytes: r.bytes(n)? });
        }
        b"RuntimeInvisibleAnnotations" => {
            if set.invisible.is_some() {
                return Err(dup("RuntimeInvisibleAnnotations"));
            }
            set.invisible = Some(Annotations { bytes: r.bytes(n)? });
        }
        b"RuntimeVisibleTypeAnnotations" => {
            if set.visible_type.is_some() {
                return Err(dup("RuntimeVisibleTypeAnnotations"));
            }
            set.visible_type = Some(TypeAnnotations { bytes: r.bytes(n)? });
        }
        b"RuntimeInvisibleTypeAnnotations" => {
            if set.invisible_type.is_some() {
                return Err(dup("RuntimeInvisibleTypeAnnotations"));
            }
            set.invisible_type = Some(TypeAnnotations { bytes: r.bytes(n)? });
        }
        _ => return Ok(false),
    }
    Ok(true)
}
