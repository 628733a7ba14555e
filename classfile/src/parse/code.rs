//! The `Code` attribute and the attributes nested in it.

use std::collections::HashMap;

use super::attribute_common::{Header, header, record};
use super::pool::{check_field_name, check_field_signature};
use super::{Cx, show};
use crate::attributes::{StackMapTable, TypeAnnotations};
use crate::constant_pool::ConstantPool;
use crate::error::Result;
use crate::model::{
    AttributeList, Code, ExceptionHandler, LocalVariable, RuntimeAnnotations, Table,
};
use crate::reader::Reader;

const MAX_CODE_LENGTH: u32 = 65535;

/// Parses a `Code` attribute body; `length` is its declared length.
pub(crate) fn parse_code<'a>(
    r: &mut Reader<'a>,
    cp: &ConstantPool<'a>,
    length: u32,
    args_size: Option<u32>,
    cx: &Cx,
) -> Result<Code<'a>> {
    r.need(8)?;
    let max_stack = r.u2()?;
    let max_locals = r.u2()?;
    let code_length = r.u4()?;
    if cx.verify {
        if args_size.is_some_and(|a| a > u32::from(max_locals)) {
            return Err(cx.err(format!(
                "Arguments can't fit into locals in class file {}",
                cx.name
            )));
        }
        if code_length == 0 || code_length > MAX_CODE_LENGTH {
            return Err(cx.err(format!(
                "Invalid method Code length {code_length} in class file {}",
                cx.name
            )));
        }
    }
    let code = r.bytes(code_length as usize)?;
    let handlers = usize::from(r.u2()?);
    let exception_table: Table<'a, ExceptionHandler> = Table::new(r.bytes(handlers * 8)?);
    if cx.verify {
        for h in exception_table.iter() {
            if !(h.start_pc < h.end_pc && u32::from(h.end_pc) <= code_length) {
                return Err(cx.err(format!(
                    "Illegal exception table range in class file {}",
                    cx.name
                )));
            }
            if u32::from(h.handler_pc) >= code_length {
                return Err(cx.err(format!(
                    "Illegal exception table handler in class file {}",
                    cx.name
                )));
            }
            if h.catch_type != 0 && !cp.is_class(h.catch_type) {
                return Err(cx.err(format!(
                    "Catch type in exception table has bad constant type in class file {}",
                    cx.name
                )));
            }
        }
    }
    let count = r.u2()?;
    let mut calculated: u32 = 12u32
        .wrapping_add(code_length)
        .wrapping_add(handlers as u32 * 8);
    let mut result = Code {
        max_stack,
        max_locals,
        code,
        exception_table,
        line_number_tables: Vec::new(),
        local_variable_tables: Vec::new(),
        local_variable_type_tables: Vec::new(),
        stack_map_table: None,
        type_annotations: RuntimeAnnotations::default(),
        attributes: AttributeList::default(),
    };
    let mut list = Vec::with_capacity(usize::from(count));
    let mut seen_stack_map = false;
    for _ in 0..count {
        let h = header(r, cp, |i| {
            cx.err(format!(
                "Invalid code attribute name index {i} in class file {}",
                cx.name
            ))
        })?;
        calculated = calculated.wrapping_add(h.length).wrapping_add(6);
        let start = r.position();
        match h.name {
            b"LineNumberTable" => {
                let entries = usize::from(r.u2()?);
                if h.length as usize != 2 + entries * 4 {
                    return Err(cx.err(format!(
                        "LineNumberTable attribute has wrong length in class file {}",
                        cx.name
                    )));
                }
                let table: Table<'a, crate::model::LineNumber> = Table::new(r.bytes(entries * 4)?);
                if table.iter().any(|e| u32::from(e.start_pc) >= code_length) {
                    return Err(cx.err(format!(
                        "Invalid pc in LineNumberTable in class file {}",
                        cx.name
                    )));
                }
                result.line_number_tables.push(table);
            }
            b"LocalVariableTable" => {
                let t = local_variable_table(r, cp, &h, code_length, max_locals, false, cx)?;
                result.local_variable_tables.push(t);
            }
            b"LocalVariableTypeTable" if cx.major >= 49 => {
                let t = local_variable_table(r, cp, &h, code_length, max_locals, true, cx)?;
                result.local_variable_type_tables.push(t);
            }
            b"StackMapTable" if cx.major >= 50 => {
                if seen_stack_map {
                    return Err(cx.err(format!(
                        "Multiple StackMapTable attributes in class file {}",
                        cx.name
                    )));
                }
                seen_stack_map = true;
                let bytes = r.bytes(h.length as usize)?;
                if !bytes.is_empty() {
                    result.stack_map_table = Some(StackMapTable { bytes });
                }
            }
            b"RuntimeVisibleTypeAnnotations" if cx.major >= 52 => {
                let bytes = r.bytes(h.length as usize)?;
                result
                    .type_annotations
                    .visible_type
                    .get_or_insert(TypeAnnotations { bytes });
            }
            b"RuntimeInvisibleTypeAnnotations" if cx.major >= 52 => {
                let bytes = r.bytes(h.length as usize)?;
                result
                    .type_annotations
                    .invisible_type
                    .get_or_insert(TypeAnnotations { bytes });
            }
            _ => r.skip(h.length as usize)?,
        }
        list.push(record(&h, r.all(), start));
    }
    if cx.verify && length != calculated {
        return Err(cx.err(format!(
            "Code segment has wrong length in class file {}",
            cx.name
        )));
    }
    result.attributes = AttributeList::new(list);
    Ok(result)
}

/// A `LocalVariableTable` (or, with `types`, `LocalVariableTypeTable`) with HotSpot's checks.
fn local_variable_table<'a>(
    r: &mut Reader<'a>,
    cp: &ConstantPool<'a>,
    h: &Header<'a>,
    code_length: u32,
    max_locals: u16,
    types: bool,
    cx: &Cx,
) -> Result<Table<'a, LocalVariable>> {
    let what = if types {
        "LocalVariableTypeTable"
    } else {
        "LocalVariableTable"
    };
    let entries = usize::from(r.u2()?);
    if cx.verify && h.length as usize != 2 + entries * 10 {
        return Err(cx.err(format!("{what} has wrong length in class file {}", cx.name)));
    }
    let table: Table<'a, LocalVariable> = Table::new(r.bytes(entries * 10)?);
    if !cx.verify {
        return Ok(table);
    }
    for e in table.iter() {
        if u32::from(e.start_pc) >= code_length {
            return Err(cx.err(format!(
                "Invalid start_pc {} in {what} in class file {}",
                e.start_pc, cx.name
            )));
        }
        if u32::from(e.start_pc) + u32::from(e.length) > code_length {
            return Err(cx.err(format!(
                "Invalid length {} in {what} in class file {}",
                e.length, cx.name
            )));
        }
        let name = cp.utf8_bytes(e.name_index).map_err(|_| {
            cx.err(format!(
                "Name index {} in {what} has bad constant type in class file {}",
                e.name_index, cx.name
            ))
        })?;
        let sig = cp.utf8_bytes(e.descriptor_index).map_err(|_| {
            cx.err(format!(
                "Signature index {} in {what} has bad constant type in class file {}",
                e.descriptor_index, cx.name
            ))
        })?;
        check_field_name(name, cx)?;
        let mut extra = 0;
        if !types {
            check_field_signature(name, sig, cx)?;
            if sig == b"J" || sig == b"D" {
                extra = 1;
            }
        }
        if u32::from(e.index) + extra >= u32::from(max_locals) {
            return Err(cx.err(format!(
                "Invalid index {} in {what} in class file {}",
                e.index, cx.name
            )));
        }
    }
    Ok(table)
}

/// HotSpot's merge of a method's LVTs and LVTTs: no duplicate LVT entry (same start, length,
/// name and slot), and every LVTT entry matching exactly one LVT entry.
pub(crate) fn check_local_variable_tables(
    code: &Code<'_>,
    cp: &ConstantPool<'_>,
    cx: &Cx,
) -> Result<()> {
    // Both checks report errors only for classes that are verified (HotSpot's
    // `_need_verify`): trusted classes skip building the table.
    let total: usize = code.local_variable_tables.iter().map(Table::len).sum();
    if total == 0 || !cx.verify {
        return Ok(());
    }
    let key = |e: &LocalVariable| (e.start_pc, e.length, e.name_index, e.index);
    let name = |e: &LocalVariable| show(cp.utf8_bytes(e.name_index).unwrap_or(b"")).into_owned();
    let mut typed: HashMap<(u16, u16, u16, u16), bool> = HashMap::with_capacity(total);
    for e in code.local_variable_tables.iter().flat_map(|t| t.iter()) {
        if typed.insert(key(&e), false).is_some() && cx.major >= 49 {
            return Err(cx.err(format!(
                "Duplicated LocalVariableTable attribute entry for '{}' in class file {}",
                name(&e),
                cx.name
            )));
        }
    }
    for e in code
        .local_variable_type_tables
        .iter()
        .flat_map(|t| t.iter())
    {
        match typed.get_mut(&key(&e)) {
            None => {
                return Err(cx.err(format!(
                    "LVTT entry for '{}' in class file {} does not match any LVT entry",
                    name(&e),
                    cx.name
                )));
            }
            Some(true) => {
                return Err(cx.err(format!(
                    "Duplicated LocalVariableTypeTable attribute entry for '{}' in class file {}",
                    name(&e),
                    cx.name
                )));
            }
            Some(seen) => *seen = true,
        }
    }
    Ok(())
}
