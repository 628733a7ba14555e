//! The class attributes with tables HotSpot checks entry by entry: `BootstrapMethods`,
//! `InnerClasses` (with its cycle and duplicate rules) and `Record`.

use super::attribute_common::{Owner, annotation_attribute, generic_signature, header, record};
use super::pool::{PoolInfo, check_field_name, check_field_signature};
use super::{Cx, ParseOptions, check_class_modifiers, text};
use crate::constant_pool::{Constant, ConstantPool};
use crate::error::Result;
use crate::model::{
    AttributeList, BootstrapMethod, InnerClass, RecordComponent, RuntimeAnnotations, Table, access,
};
use crate::reader::Reader;

/// `BootstrapMethods`: each method a `MethodHandle`, each argument loadable, lengths consistent.
pub(crate) fn bootstrap_methods<'a>(
    r: &mut Reader<'a>,
    cp: &ConstantPool<'a>,
    length: u32,
    pool: &PoolInfo,
    cx: &Cx,
) -> Result<Vec<BootstrapMethod<'a>>> {
    if length < 2 {
        return Err(cx.err(format!(
            "Invalid BootstrapMethods attribute length {length} in class file {}",
            cx.name
        )));
    }
    r.need(length as usize)?;
    let start = r.position();
    let count = usize::from(r.u2()?);
    if pool
        .max_bootstrap_index
        .is_some_and(|m| usize::from(m) >= count)
    {
        return Err(cx.err(format!(
            "Short length on BootstrapMethods in class file {}",
            cx.name
        )));
    }
    let operands_len = count * 2 + (length as usize - 2) / 2;
    let mut fill = count * 2;
    let mut methods = Vec::with_capacity(count);
    for _ in 0..count {
        r.need(4)?;
        let method_ref = r.u2()?;
        let argc = usize::from(r.u2()?);
        if !matches!(cp.raw(method_ref), Some(Constant::MethodHandle { .. })) || method_ref == 0 {
            return Err(cx.err(format!(
                "bootstrap_method_index {method_ref} has bad constant type in class file {}",
                cx.name
            )));
        }
        if fill + 1 + argc >= operands_len {
            return Err(cx.err(format!(
                "Invalid BootstrapMethods num_bootstrap_methods or num_bootstrap_arguments value \
                 in class file {}",
                cx.name
            )));
        }
        fill += 2 + argc;
        let arguments: Table<'a, u16> = Table::new(r.bytes(argc * 2)?);
        if let Some(a) = arguments
            .iter()
            .find(|&a| !cp.raw(a).is_some_and(|c| c.is_loadable()))
        {
            return Err(cx.err(format!(
                "argument_index {a} has bad constant type in class file {}",
                cx.name
            )));
        }
        methods.push(BootstrapMethod {
            method_ref,
            arguments,
        });
    }
    if r.position() != start + length as usize {
        return Err(cx.err(format!(
            "Bad length on BootstrapMethods in class file {}",
            cx.name
        )));
    }
    Ok(methods)
}

/// `InnerClasses`, read after all class attributes as HotSpot does. Returns an empty table when
/// HotSpot would ignore the attribute (a cycle through outer classes).
pub(crate) fn inner_classes<'a>(
    all: &'a [u8],
    start: usize,
    length: u32,
    cp: &ConstantPool<'a>,
    cx: &Cx,
    opts: &ParseOptions,
) -> Result<Table<'a, InnerClass>> {
    let mut r = Reader::at(all, start);
    let count = usize::from(r.u2()?);
    let table: Table<'a, InnerClass> = Table::new(r.bytes(count * 8)?);
    let recognized = access::RECOGNIZED_CLASS
        | access::PRIVATE
        | access::PROTECTED
        | access::STATIC
        | if cx.major >= 53 { access::MODULE } else { 0 };
    let mut masked = Vec::with_capacity(count);
    for e in table.iter() {
        let inner = e.inner_class_info_index;
        if !cp.is_class(inner) {
            return Err(cx.err(format!(
                "inner_class_info_index {inner} has bad constant type in class file {}",
                cx.name
            )));
        }
        let outer = e.outer_class_info_index;
        if outer != 0 {
            let Ok(outer_name) = cp.class_name_bytes(outer) else {
                return Err(cx.err(format!(
                    "outer_class_info_index {outer} has bad constant type in class file {}",
                    cx.name
                )));
            };
            if outer_name.first() == Some(&b'[') {
                return Err(cx.err(format!(
                    "Outer class is an array class in class file {}",
                    cx.name
                )));
            }
        }
        let name = e.inner_name_index;
        if name != 0 && !cp.is_utf8(name) {
            return Err(cx.err(format!(
                "inner_name_index {name} has bad constant type in class file {}",
                cx.name
            )));
        }
        if cx.verify && inner == outer {
            return Err(cx.err(format!(
                "Class is both outer and inner class in class file {}",
                cx.name
            )));
        }
        let mut flags = e.inner_class_access_flags & recognized;
        if flags & access::INTERFACE != 0 && cx.major < 50 {
            flags |= access::ABSTRACT;
        }
        check_class_modifiers(flags, cx, opts)?;
        masked.push([inner, outer, name, flags]);
    }
    let circular = cx.verify && has_circularity(&masked, cp, cx)?;
    if cx.verify && cx.major >= 49 && length as usize != 2 + 8 * count {
        return Err(cx.err(format!(
            "Wrong InnerClasses attribute length in class file {}",
            cx.name
        )));
    }
    Ok(if circular { Table::empty() } else { table })
}

/// HotSpot's check for duplicate `InnerClasses` entries (an error) and for cycles through outer
/// classes or repeated inner classes (the attribute is then ignored).
fn has_circularity(entries: &[[u16; 4]], cp: &ConstantPool<'_>, cx: &Cx) -> Result<bool> {
    let name = |i: u16| cp.class_name_bytes(i).ok();
    let jump_to_outer = |i: i32| -> i32 {
        if i <= 0 {
            return -1;
        }
        let target = name(i as u16);
        match entries.iter().find(|e| name(e[0]) == target) {
            Some(e) => i32::from(e[1]),
            None => -1,
        }
    };
    for (idx, e) in entries.iter().enumerate() {
        let mut slow = i32::from(e[0]);
        let mut fast = i32::from(e[1]);
        let mut steps = 0;
        while fast > 0 && steps <= entries.len() * 2 {
            if slow > 0 && name(slow as u16) == name(fast as u16) {
                return Ok(true);
            }
            fast = jump_to_outer(fast);
            if fast == -1 {
                break;
            }
            fast = jump_to_outer(fast);
            if fast == -1 {
                break;
            }
            slow = jump_to_outer(slow);
            steps += 1;
        }
        for other in &entries[idx + 1..] {
            if cx.major >= 49 && other == e {
                return Err(cx.err(format!(
                    "Duplicate entry in InnerClasses attribute in class file {}",
                    cx.name
                )));
            }
            if other[0] == e[0] {
                return Ok(true);
            }
        }
    }
    Ok(false)
}

/// `Record` components, read after all class attributes; returns them and the length HotSpot
/// computes from them.
pub(crate) fn record_components<'a>(
    all: &'a [u8],
    start: usize,
    cp: &ConstantPool<'a>,
    cx: &Cx,
) -> Result<(Vec<RecordComponent<'a>>, u32)> {
    let mut r = Reader::at(all, start);
    let count = usize::from(r.u2()?);
    let mut calculated: u32 = 2;
    let mut components = Vec::with_capacity(count);
    for _ in 0..count {
        r.need(6)?;
        let name_index = r.u2()?;
        let name = cp.utf8_bytes(name_index).map_err(|_| {
            cx.err(format!(
                "Invalid constant pool index {name_index} for name in Record attribute in class \
                 file {}",
                cx.name
            ))
        })?;
        check_field_name(name, cx)?;
        let descriptor_index = r.u2()?;
        let descriptor = cp.utf8_bytes(descriptor_index).map_err(|_| {
            cx.err(format!(
                "Invalid constant pool index {descriptor_index} for descriptor in Record \
                 attribute in class file {}",
                cx.name
            ))
        })?;
        check_field_signature(name, descriptor, cx)?;
        let attr_count = r.u2()?;
        calculated = calculated.wrapping_add(6);
        let mut c = RecordComponent {
            name_index,
            descriptor_index,
            name: text(name),
            descriptor: text(descriptor),
            signature: None,
            annotations: RuntimeAnnotations::default(),
            attributes: AttributeList::default(),
        };
        let mut list = Vec::with_capacity(usize::from(attr_count));
        for _ in 0..attr_count {
            let h = header(&mut r, cp, |i| {
                cx.err(format!(
                    "Invalid Record attribute name index {i} in class file {}",
                    cx.name
                ))
            })?;
            let attr_start = r.position();
            calculated = calculated.wrapping_add(6);
            if h.name == b"Signature" {
                if c.signature.is_some() {
                    return Err(cx.err(format!(
                        "Multiple Signature attributes for Record component in class file {}",
                        cx.name
                    )));
                }
                if h.length != 2 {
                    return Err(cx.err(format!(
                        "Invalid Signature attribute length {} in Record component in class file {}",
                        h.length, cx.name
                    )));
                }
                c.signature = Some(generic_signature(&mut r, cp, cx)?);
            } else if !annotation_attribute(
                &h,
                &mut r,
                &mut c.annotations,
                Owner::RecordComponent,
                cx,
            )? {
                r.skip(h.length as usize)?;
            }
            calculated = calculated.wrapping_add(h.length);
            list.push(record(&h, all, attr_start));
        }
        c.attributes = AttributeList::new(list);
        components.push(c);
    }
    Ok((components, calculated))
}
