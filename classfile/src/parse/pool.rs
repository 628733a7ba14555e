//! Reading the constant pool and HotSpot's two checking passes over it.

use super::{Cx, ParseOptions, show};
use crate::constant_pool::{Constant, ConstantPool, ref_kind, tag};
use crate::descriptor::{
    DescriptorCheckError, check_field_descriptor, check_method_descriptor, is_legal_class_name,
    is_legal_field_name, is_legal_method_name,
};
use crate::error::{ClassFileError, Result};
use crate::mutf8;
use crate::reader::Reader;

/// Facts about the pool that later parts of the parse need.
pub(crate) struct PoolInfo {
    /// The first `Module`/`Package` tag seen (legal only in `module-info`).
    pub bad_constant: Option<u8>,
    /// The highest bootstrap-method index a `Dynamic`/`InvokeDynamic` entry uses.
    pub max_bootstrap_index: Option<u16>,
}

/// Reads `count - 1` entries and runs the checks.
pub(crate) fn read<'a>(
    r: &mut Reader<'a>,
    count: u16,
    cx: &Cx,
    opts: &ParseOptions,
) -> Result<(ConstantPool<'a>, PoolInfo)> {
    let len = usize::from(count);
    let mut entries = Vec::with_capacity(len);
    entries.push(Constant::Unusable);
    let mut info = PoolInfo {
        bad_constant: None,
        max_bootstrap_index: None,
    };
    let unsupported = |t: u8| {
        cx.err(format!(
            "Class file version does not support constant tag {t} in class file {}",
            cx.name
        ))
    };
    while entries.len() < len {
        let index = entries.len();
        let t = r.u1()?;
        let entry = match t {
            tag::CLASS => Constant::Class {
                name_index: r.u2()?,
            },
            tag::FIELDREF => Constant::Fieldref {
                class_index: r.u2()?,
                name_and_type_index: r.u2()?,
            },
            tag::METHODREF => Constant::Methodref {
                class_index: r.u2()?,
                name_and_type_index: r.u2()?,
            },
            tag::INTERFACE_METHODREF => Constant::InterfaceMethodref {
                class_index: r.u2()?,
                name_and_type_index: r.u2()?,
            },
            tag::STRING => Constant::String {
                string_index: r.u2()?,
            },
            tag::METHOD_HANDLE | tag::METHOD_TYPE if cx.major < 51 => return Err(unsupported(t)),
            tag::METHOD_HANDLE => Constant::MethodHandle {
                reference_kind: r.u1()?,
                reference_index: r.u2()?,
            },
            tag::METHOD_TYPE => Constant::MethodType {
                descriptor_index: r.u2()?,
            },
            tag::DYNAMIC if cx.major < 55 => return Err(unsupported(t)),
            tag::INVOKE_DYNAMIC if cx.major < 51 => return Err(unsupported(t)),
            tag::DYNAMIC | tag::INVOKE_DYNAMIC => {
                let bsm = r.u2()?;
                let nat = r.u2()?;
                info.max_bootstrap_index =
                    Some(info.max_bootstrap_index.map_or(bsm, |m| m.max(bsm)));
                if t == tag::DYNAMIC {
                    Constant::Dynamic {
                        bootstrap_method_attr_index: bsm,
                        name_and_type_index: nat,
                    }
                } else {
                    Constant::InvokeDynamic {
                        bootstrap_method_attr_index: bsm,
                        name_and_type_index: nat,
                    }
                }
            }
            tag::INTEGER => Constant::Integer(r.u4()? as i32),
            tag::FLOAT => Constant::Float(f32::from_bits(r.u4()?)),
            tag::LONG | tag::DOUBLE => {
                if index + 1 >= len {
                    return Err(cx.err(format!(
                        "Invalid constant pool entry {index} in class file {}",
                        cx.name
                    )));
                }
                let bits = r.u8()?;
                entries.push(if t == tag::LONG {
                    Constant::Long(bits as i64)
                } else {
                    Constant::Double(f64::from_bits(bits))
                });
                Constant::Unusable
            }
            tag::NAME_AND_TYPE => Constant::NameAndType {
                name_index: r.u2()?,
                descriptor_index: r.u2()?,
            },
            tag::UTF8 => {
                let n = usize::from(r.u2()?);
                let bytes = r.bytes(n)?;
                if cx.verify && !mutf8::is_legal(bytes, cx.major <= 47) {
                    return Err(cx.err(format!(
                        "Illegal UTF8 string in constant pool in class file {}",
                        cx.name
                    )));
                }
                Constant::Utf8(bytes)
            }
            tag::MODULE | tag::PACKAGE if cx.major >= 53 => {
                let name_index = r.u2()?;
                info.bad_constant.get_or_insert(t);
                if t == tag::MODULE {
                    Constant::Module { name_index }
                } else {
                    Constant::Package { name_index }
                }
            }
            _ => {
                return Err(cx.err(format!(
                    "Unknown constant tag {t} in class file {}",
                    cx.name
                )));
            }
        };
        entries.push(entry);
    }
    // HotSpot also demands the byte that follows the pool before looking at the entries.
    r.need(1)?;
    let cp = ConstantPool::from_entries(entries);
    if info.bad_constant.is_none() || opts.allow_module_info {
        check_references(&cp, cx)?;
        if cx.verify {
            check_formats(&cp, cx)?;
        }
    }
    Ok((cp, info))
}

fn bad_index(i: u16, cx: &Cx) -> ClassFileError {
    cx.err(format!(
        "Invalid constant pool index {i} in class file {}",
        cx.name
    ))
}

/// First pass: every index inside an entry points at an entry of the right kind.
fn check_references(cp: &ConstantPool<'_>, cx: &Cx) -> Result<()> {
    let is_nat = |i: u16| matches!(cp.raw(i), Some(Constant::NameAndType { .. }));
    for (index, entry) in cp.entries().iter().enumerate() {
        let index = index as u16;
        match *entry {
            Constant::Fieldref {
                class_index,
                name_and_type_index: nat,
            }
            | Constant::Methodref {
                class_index,
                name_and_type_index: nat,
            }
            | Constant::InterfaceMethodref {
                class_index,
                name_and_type_index: nat,
            } => {
                if !cp.is_class(class_index) {
                    return Err(bad_index(class_index, cx));
                }
                if !is_nat(nat) {
                    return Err(bad_index(nat, cx));
                }
            }
            Constant::NameAndType {
                name_index,
                descriptor_index,
            } => {
                for i in [name_index, descriptor_index] {
                    if !cp.is_utf8(i) {
                        return Err(bad_index(i, cx));
                    }
                }
            }
            Constant::Class { name_index: i }
            | Constant::String { string_index: i }
            | Constant::MethodType {
                descriptor_index: i,
            }
            | Constant::Module { name_index: i }
            | Constant::Package { name_index: i }
                if !cp.is_utf8(i) =>
            {
                return Err(bad_index(i, cx));
            }
            Constant::MethodHandle {
                reference_kind,
                reference_index,
            } => {
                check_method_handle(cp, index, reference_kind, reference_index, cx)?;
            }
            Constant::Dynamic {
                name_and_type_index: nat,
                ..
            }
            | Constant::InvokeDynamic {
                name_and_type_index: nat,
                ..
            } if !is_nat(nat) => {
                return Err(bad_index(nat, cx));
            }
            _ => {}
        }
    }
    Ok(())
}

fn check_method_handle(
    cp: &ConstantPool<'_>,
    index: u16,
    kind: u8,
    target: u16,
    cx: &Cx,
) -> Result<()> {
    let Some(target_entry) = cp.raw(target).filter(|_| target != 0) else {
        return Err(bad_index(target, cx));
    };
    let t = target_entry.tag();
    let (ok, what) = match kind {
        ref_kind::GET_FIELD..=ref_kind::PUT_STATIC => (t == tag::FIELDREF, "not a field"),
        ref_kind::INVOKE_VIRTUAL | ref_kind::NEW_INVOKE_SPECIAL => {
            (t == tag::METHODREF, "not a method")
        }
        ref_kind::INVOKE_STATIC | ref_kind::INVOKE_SPECIAL => (
            t == tag::METHODREF || (cx.major >= 52 && t == tag::INTERFACE_METHODREF),
            "not a method",
        ),
        ref_kind::INVOKE_INTERFACE => (t == tag::INTERFACE_METHODREF, "not an interface method"),
        _ => {
            return Err(cx.err(format!(
                "Bad method handle kind at constant pool index {index} in class file {}",
                cx.name
            )));
        }
    };
    if !ok {
        return Err(cx.err(format!(
            "Invalid constant pool index {target} in class file {} ({what})",
            cx.name
        )));
    }
    Ok(())
}

/// The message for one of the descriptor scanner's own failures.
pub(crate) fn descriptor_error(e: DescriptorCheckError, cx: &Cx) -> ClassFileError {
    match e {
        DescriptorCheckError::IllegalClassName => cx.err(format!(
            "Class name is empty or contains illegal character in descriptor in class file {}",
            cx.name
        )),
        DescriptorCheckError::TooManyDimensions => cx.err(format!(
            "Array type descriptor has more than 255 dimensions in class file {}",
            cx.name
        )),
    }
}

/// `"{what} \"{name}\" in class {class} has illegal signature \"{sig}\""`.
pub(crate) fn illegal_signature(what: &str, name: &[u8], sig: &[u8], cx: &Cx) -> ClassFileError {
    cx.err(format!(
        "{what} \"{}\" in class {} has illegal signature \"{}\"",
        show(name),
        cx.name,
        show(sig)
    ))
}

/// HotSpot's field-name check with its message (skipped when not verifying).
pub(crate) fn check_field_name(name: &[u8], cx: &Cx) -> Result<()> {
    if cx.verify && !is_legal_field_name(name, cx.major) {
        return Err(cx.err(format!(
            "Illegal field name \"{}\" in class {}",
            show(name),
            cx.name
        )));
    }
    Ok(())
}

/// HotSpot's method-name check with its message (skipped when not verifying).
pub(crate) fn check_method_name(name: &[u8], cx: &Cx) -> Result<()> {
    if cx.verify && !is_legal_method_name(name, cx.major) {
        return Err(cx.err(format!(
            "Illegal method name \"{}\" in class {}",
            show(name),
            cx.name
        )));
    }
    Ok(())
}

/// HotSpot's field-descriptor check with its messages (skipped when not verifying).
pub(crate) fn check_field_signature(name: &[u8], sig: &[u8], cx: &Cx) -> Result<()> {
    if cx.verify && !check_field_descriptor(sig, cx.major).map_err(|e| descriptor_error(e, cx))? {
        return Err(illegal_signature("Field", name, sig, cx));
    }
    Ok(())
}

/// HotSpot's method-descriptor check; the argument slots when verifying.
pub(crate) fn check_method_signature(name: &[u8], sig: &[u8], cx: &Cx) -> Result<Option<u32>> {
    if !cx.verify {
        return Ok(None);
    }
    match check_method_descriptor(name, sig, cx.major).map_err(|e| descriptor_error(e, cx))? {
        Some(slots) => Ok(Some(slots)),
        None => Err(illegal_signature("Method", name, sig, cx)),
    }
}

/// Second pass (only when verifying): names and descriptors are well formed.
fn check_formats(cp: &ConstantPool<'_>, cx: &Cx) -> Result<()> {
    let utf8 = |i: u16| cp.utf8_bytes(i).map_err(|_| bad_index(i, cx));
    let nat = |i: u16| -> Result<(u16, &[u8], &[u8])> {
        let (n, d) = cp.name_and_type_indices(i).map_err(|_| bad_index(i, cx))?;
        Ok((n, utf8(n)?, utf8(d)?))
    };
    for entry in cp.entries() {
        match *entry {
            Constant::Class { name_index } => {
                let name = utf8(name_index)?;
                let legal =
                    is_legal_class_name(name, cx.major).map_err(|e| descriptor_error(e, cx))?;
                if !legal {
                    return Err(cx.err(format!(
                        "Illegal class name \"{}\" in class file {}",
                        show(name),
                        cx.name
                    )));
                }
            }
            Constant::NameAndType {
                name_index,
                descriptor_index,
            } => {
                let name = utf8(name_index)?;
                let sig = utf8(descriptor_index)?;
                for (bytes, i) in [(sig, descriptor_index), (name, name_index)] {
                    if bytes.is_empty() {
                        return Err(cx.err(format!(
                            "Illegal zero length constant pool entry at {i} in class {}",
                            cx.name
                        )));
                    }
                }
                if sig.first() == Some(&b'(') {
                    check_method_name(name, cx)?;
                    check_method_signature(name, sig, cx)?;
                } else {
                    check_field_name(name, cx)?;
                    check_field_signature(name, sig, cx)?;
                }
            }
            Constant::Dynamic {
                name_and_type_index,
                ..
            } => {
                let (_, name, sig) = nat(name_and_type_index)?;
                if sig.first() == Some(&b'(') {
                    return Err(illegal_signature("CONSTANT_Dynamic", name, sig, cx));
                }
            }
            Constant::Fieldref {
                name_and_type_index,
                ..
            } => {
                let (_, name, sig) = nat(name_and_type_index)?;
                if sig.first() == Some(&b'(') {
                    return Err(illegal_signature("Field", name, sig, cx));
                }
            }
            Constant::Methodref {
                name_and_type_index,
                ..
            }
            | Constant::InterfaceMethodref {
                name_and_type_index,
                ..
            }
            | Constant::InvokeDynamic {
                name_and_type_index,
                ..
            } => {
                let (name_index, name, sig) = nat(name_and_type_index)?;
                if sig.first() != Some(&b'(') {
                    return Err(illegal_signature("Method", name, sig, cx));
                }
                if entry.tag() == tag::METHODREF && name.first() == Some(&b'<') && name != b"<init>"
                {
                    return Err(cx.err(format!(
                        "Bad method name at constant pool index {name_index} in class file {}",
                        cx.name
                    )));
                }
            }
            Constant::MethodHandle {
                reference_kind,
                reference_index,
            } if (ref_kind::INVOKE_VIRTUAL..=ref_kind::NEW_INVOKE_SPECIAL)
                .contains(&reference_kind) =>
            {
                let member_nat = match cp.raw(reference_index) {
                    Some(
                        Constant::Methodref {
                            name_and_type_index,
                            ..
                        }
                        | Constant::InterfaceMethodref {
                            name_and_type_index,
                            ..
                        },
                    ) => *name_and_type_index,
                    _ => return Err(bad_index(reference_index, cx)),
                };
                let (name_index, name, _) = nat(member_nat)?;
                let is_init = name == b"<init>";
                if reference_kind == ref_kind::NEW_INVOKE_SPECIAL && !is_init {
                    return Err(cx.err(format!(
                        "Bad constructor name at constant pool index {name_index} in class \
                             file {}",
                        cx.name
                    )));
                }
                if reference_kind != ref_kind::NEW_INVOKE_SPECIAL && is_init {
                    return Err(cx.err(format!(
                        "Bad method name at constant pool index {name_index} in class file {}",
                        cx.name
                    )));
                }
            }
            Constant::MethodType { descriptor_index } => {
                check_method_signature(b"type", utf8(descriptor_index)?, cx)?;
            }
            _ => {}
        }
    }
    Ok(())
}
