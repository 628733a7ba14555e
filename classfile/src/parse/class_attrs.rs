//! Class-level attributes, with HotSpot's placement, duplicate and content checks.

use super::attribute_common::{Owner, annotation_attribute, header, record};
use super::class_tables::{bootstrap_methods, inner_classes, record_components};
use super::pool::PoolInfo;
use super::{Cx, ParseOptions};
use crate::constant_pool::{Constant, ConstantPool};
use crate::error::Result;
use crate::model::{
    AttributeList, BootstrapMethod, EnclosingMethod, InnerClass, RecordComponent,
    RuntimeAnnotations, Table, access,
};
use crate::reader::Reader;

/// The decoded class attributes.
#[derive(Default)]
pub(crate) struct ClassAttributes<'a> {
    pub source_file: Option<u16>,
    pub source_debug_extension: Option<&'a [u8]>,
    pub signature: Option<u16>,
    pub inner_classes: Table<'a, InnerClass>,
    pub enclosing_method: Option<EnclosingMethod>,
    pub bootstrap_methods: Vec<BootstrapMethod<'a>>,
    pub nest_host: Option<u16>,
    pub nest_members: Table<'a, u16>,
    pub permitted_subclasses: Option<Table<'a, u16>>,
    pub record: Option<Vec<RecordComponent<'a>>>,
    pub synthetic: bool,
    pub deprecated: bool,
    pub annotations: RuntimeAnnotations<'a>,
    pub attributes: AttributeList<'a>,
}

/// Start offset and declared length of an attribute whose contents HotSpot reads after the loop.
type Deferred = Option<(usize, u32)>;

/// Parses the class `attributes` table.
pub(crate) fn parse<'a>(
    r: &mut Reader<'a>,
    all: &'a [u8],
    cp: &ConstantPool<'a>,
    class_flags: u16,
    pool: &PoolInfo,
    cx: &Cx,
    opts: &ParseOptions,
) -> Result<ClassAttributes<'a>> {
    r.need(2)?;
    let count = r.u2()?;
    let mut out = ClassAttributes::default();
    let mut list = Vec::with_capacity(usize::from(count));
    let (mut inner, mut nest_members, mut record_attr, mut permitted): (
        Deferred,
        Deferred,
        Deferred,
        Deferred,
    ) = (None, None, None, None);
    let mut seen_sde = false;
    let mut seen_bootstrap = false;
    let multiple = |what: &str| {
        cx.err(format!(
            "Multiple {what} attributes in class file {}",
            cx.name
        ))
    };
    for _ in 0..count {
        let h = header(r, cp, |i| {
            cx.err(format!(
                "Attribute name has bad constant pool index {i} in class file {}",
                cx.name
            ))
        })?;
        let start = r.position();
        let n = h.length as usize;
        let v = cx.major;
        match h.name {
            b"SourceFile" => {
                if cx.verify && h.length != 2 {
                    return Err(cx.err(format!(
                        "Wrong SourceFile attribute length in class file {}",
                        cx.name
                    )));
                }
                if out.source_file.is_some() {
                    return Err(multiple("SourceFile"));
                }
                let index = r.u2()?;
                if !cp.is_utf8(index) {
                    return Err(cx.err(format!(
                        "Invalid SourceFile attribute at constant pool index {index} in class file {}",
                        cx.name
                    )));
                }
                out.source_file = Some(index);
            }
            b"SourceDebugExtension" => {
                if seen_sde {
                    return Err(multiple("SourceDebugExtension"));
                }
                seen_sde = true;
                out.source_debug_extension = Some(r.bytes(n)?);
            }
            b"InnerClasses" => {
                if inner.is_some() {
                    return Err(multiple("InnerClasses"));
                }
                inner = Some((start, h.length));
                r.skip(n)?;
            }
            b"Synthetic" => {
                if h.length != 0 {
                    return Err(cx.err(format!(
                        "Invalid Synthetic classfile attribute length {} in class file {}",
                        h.length, cx.name
                    )));
                }
                out.synthetic = true;
            }
            b"Deprecated" => {
                if h.length != 0 {
                    return Err(cx.err(format!(
                        "Invalid Deprecated classfile attribute length {} in class file {}",
                        h.length, cx.name
                    )));
                }
                out.deprecated = true;
            }
            _ if v < 49 => r.skip(n)?,
            b"Signature" => {
                if out.signature.is_some() {
                    return Err(multiple("Signature"));
                }
                if h.length != 2 {
                    return Err(cx.err(format!(
                        "Wrong Signature attribute length {} in class file {}",
                        h.length, cx.name
                    )));
                }
                let index = r.u2()?;
                if !cp.is_utf8(index) {
                    return Err(cx.err(format!(
                        "Invalid constant pool index {index} in Signature attribute in class file {}",
                        cx.name
                    )));
                }
                out.signature = Some(index);
            }
            b"EnclosingMethod" => {
                if out.enclosing_method.is_some() {
                    return Err(multiple("EnclosingMethod"));
                }
                if h.length != 4 {
                    return Err(cx.err(format!(
                        "Wrong EnclosingMethod attribute length {} in class file {}",
                        h.length, cx.name
                    )));
                }
                r.need(4)?;
                let class_index = r.u2()?;
                let method_index = r.u2()?;
                if class_index == 0 {
                    return Err(cx.err(format!(
                        "Invalid class index in EnclosingMethod attribute in class file {}",
                        cx.name
                    )));
                }
                if !cp.is_class(class_index) {
                    return Err(cx.err(format!(
                        "Invalid or out-of-bounds class index in EnclosingMethod attribute in \
                         class file {}",
                        cx.name
                    )));
                }
                if method_index != 0
                    && !matches!(cp.raw(method_index), Some(Constant::NameAndType { .. }))
                {
                    return Err(cx.err(format!(
                        "Invalid or out-of-bounds method index in EnclosingMethod attribute in \
                         class file {}",
                        cx.name
                    )));
                }
                out.enclosing_method = Some(EnclosingMethod {
                    class_index,
                    method_index,
                });
            }
            b"BootstrapMethods" if v >= 51 => {
                if seen_bootstrap {
                    return Err(multiple("BootstrapMethods"));
                }
                seen_bootstrap = true;
                out.bootstrap_methods = bootstrap_methods(r, cp, h.length, pool, cx)?;
            }
            b"RuntimeVisibleAnnotations"
            | b"RuntimeInvisibleAnnotations"
            | b"RuntimeVisibleTypeAnnotations"
            | b"RuntimeInvisibleTypeAnnotations" => {
                annotation_attribute(&h, r, &mut out.annotations, Owner::Class, cx)?;
            }
            b"NestMembers" if v >= 55 => {
                if nest_members.is_some() {
                    return Err(multiple("NestMembers"));
                }
                if out.nest_host.is_some() {
                    return Err(cx.err(format!(
                        "Conflicting NestHost and NestMembers attributes in class file {}",
                        cx.name
                    )));
                }
                nest_members = Some((start, h.length));
                r.skip(n)?;
            }
            b"NestHost" if v >= 55 => {
                if out.nest_host.is_some() {
                    return Err(multiple("NestHost"));
                }
                if nest_members.is_some() {
                    return Err(cx.err(format!(
                        "Conflicting NestMembers and NestHost attributes in class file {}",
                        cx.name
                    )));
                }
                if cx.verify && h.length != 2 {
                    return Err(cx.err(format!(
                        "Wrong NestHost attribute length in class file {}",
                        cx.name
                    )));
                }
                let index = r.u2()?;
                if !cp.is_class(index) {
                    return Err(cx.err(format!(
                        "Nest-host class_info_index {index} has bad constant type in class file {}",
                        cx.name
                    )));
                }
                out.nest_host = Some(index);
            }
            b"Record" if v >= 60 => {
                if record_attr.is_some() {
                    return Err(multiple("Record"));
                }
                record_attr = Some((start, h.length));
                r.skip(n)?;
            }
            b"PermittedSubclasses" if v >= 61 => {
                if permitted.is_some() {
                    return Err(multiple("PermittedSubclasses"));
                }
                if class_flags & access::FINAL != 0 {
                    return Err(cx.err(format!(
                        "PermittedSubclasses attribute in final class file {}",
                        cx.name
                    )));
                }
                permitted = Some((start, h.length));
                r.skip(n)?;
            }
            _ => r.skip(n)?,
        }
        list.push(record(&h, all, start));
    }
    out.attributes = AttributeList::new(list);

    if let Some((start, length)) = inner {
        out.inner_classes = inner_classes(all, start, length, cp, cx, opts)?;
    }
    if let Some((start, length)) = nest_members {
        out.nest_members =
            class_list_attribute(all, (start, length), cp, cx, "Nest member", "NestMembers")?;
    }
    if let Some((start, length)) = record_attr {
        let (components, calculated) = record_components(all, start, cp, cx)?;
        if cx.verify && length != calculated {
            return Err(cx.err(format!(
                "Record attribute has wrong length in class file {}",
                cx.name
            )));
        }
        out.record = Some(components);
    }
    if let Some((start, length)) = permitted {
        out.permitted_subclasses = Some(class_list_attribute(
            all,
            (start, length),
            cp,
            cx,
            "Permitted subclass",
            "PermittedSubclasses",
        )?);
    }
    if pool.max_bootstrap_index.is_some() && !seen_bootstrap {
        return Err(cx.err(format!(
            "Missing BootstrapMethods attribute in class file {}",
            cx.name
        )));
    }
    Ok(out)
}

/// A counted list of `Class` indices read from `start` (HotSpot reads it from the whole stream,
/// then compares the length); returns the table and the count.
/// Reads an attribute that is a table of `Class` indices (`NestMembers`, `PermittedSubclasses`):
/// every entry must name a `Class` constant (HotSpot words the error with `entry`), and when
/// verifying, the attribute's length must match its count.
fn class_list_attribute<'a>(
    all: &'a [u8],
    (start, length): (usize, u32),
    cp: &ConstantPool<'a>,
    cx: &Cx,
    entry: &str,
    attribute: &str,
) -> Result<Table<'a, u16>> {
    let mut r = Reader::at(all, start);
    let count = usize::from(r.u2()?);
    let table: Table<'a, u16> = Table::new(r.bytes(count * 2)?);
    if let Some(i) = table.iter().find(|&i| !cp.is_class(i)) {
        return Err(cx.err(format!(
            "{entry} class_info_index {i} has bad constant type in class file {}",
            cx.name
        )));
    }
    if cx.verify && length as usize != 2 + 2 * count {
        return Err(cx.err(format!(
            "Wrong {attribute} attribute length in class file {}",
            cx.name
        )));
    }
    Ok(table)
}
