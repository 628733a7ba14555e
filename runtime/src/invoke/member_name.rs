//! `MemberName`s as HotSpot fills them: from reflective objects (`init`), from a symbolic
//! reference resolved with bytecode linkage's rules (`resolve`), and back to names and types
//! (`expand`).

use super::flags::{
    ALL_KINDS, CALLER_SENSITIVE, FIELD_MODIFIERS, IS_CONSTRUCTOR, IS_FIELD, IS_METHOD,
    METHOD_MODIFIERS, REFERENCE_KIND_MASK, REFERENCE_KIND_SHIFT, TRUSTED_FINAL,
};
use super::types::{descriptor_mirror, method_type_descriptor, mirror_descriptor, mirror_of};
use super::{Jli, NONVIRTUAL_INDEX, jli, ref_kind};
use crate::access::member_accessible;
use crate::exceptions::throw_new;
use crate::klass::{Klass, Method};
use crate::oops::ObjRef;
use crate::resolve::{find_method, lookup_field, select_special};
use crate::thread::{JResult, JavaThread, Local};

/// How a resolved method is called (HotSpot's `CallInfo` kinds).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CallKind {
    /// No dispatch: static, private, final, constructors, `invokespecial`.
    Direct,
    /// Dispatch through the receiver's vtable at this index.
    Vtable(usize),
    /// Dispatch through the receiver's itable (the method's index in its interface).
    Itable,
}

/// Whether `m` carries `@jdk.internal.reflect.CallerSensitive` (honoured for the boot loader's
/// classes only, as in HotSpot).
pub fn is_caller_sensitive(m: &Method) -> bool {
    super::has_boot_annotation(m, "Ljdk/internal/reflect/CallerSensitive;")
}

/// The call kind HotSpot's `CallInfo(method, klass)` gives a method found without a call site.
pub fn natural_call_kind(m: &Method) -> CallKind {
    let holder = m.holder();
    if m.is_static() || m.is_initializer() || m.is_private() {
        return CallKind::Direct;
    }
    if holder.is_interface() {
        return CallKind::Itable;
    }
    let statically_bound = m.is_final()
        || holder.access_flags & classfile::model::access::FINAL != 0
        || m.vtable_index.is_none();
    match m.vtable_index {
        Some(i) if !statically_bound => CallKind::Vtable(i),
        _ => CallKind::Direct,
    }
}

/// Fills `member` (a handle) for method `m` called with `kind`, as HotSpot's
/// `init_method_MemberName`: flags, a new `ResolvedMethodName`, `vmindex` and `clazz`.
/// `receiver_class` is the resolved class, the holder of a vtable call to an interface
/// method.
pub fn init_method_member(
    thread: &mut JavaThread,
    member: Local,
    m: &'static Method,
    kind: CallKind,
    receiver_class: &'static Klass,
) -> JResult<()> {
    let j = jli(thread)?;
    let mut flags = i32::from(m.access_flags) & METHOD_MODIFIERS;
    let mut holder = m.holder();
    let vmindex = match kind {
        CallKind::Itable => {
            flags |= IS_METHOD | (ref_kind::INVOKE_INTERFACE << REFERENCE_KIND_SHIFT);
            m.index as i64
        }
        CallKind::Vtable(i) => {
            flags |= IS_METHOD | (ref_kind::INVOKE_VIRTUAL << REFERENCE_KIND_SHIFT);
            if holder.is_interface() {
                holder = if receiver_class.is_interface() {
                    thread.vm.well_known().object
                } else {
                    receiver_class
                };
            }
            i as i64
        }
        CallKind::Direct => {
            flags |= if m.is_static() {
                IS_METHOD | (ref_kind::INVOKE_STATIC << REFERENCE_KIND_SHIFT)
            } else if m.is_initializer() {
                IS_CONSTRUCTOR | (ref_kind::INVOKE_SPECIAL << REFERENCE_KIND_SHIFT)
            } else {
                IS_METHOD | (ref_kind::INVOKE_SPECIAL << REFERENCE_KIND_SHIFT)
            };
            NONVIRTUAL_INDEX
        }
    };
    if is_caller_sensitive(m) {
        flags |= CALLER_SENSITIVE;
    }
    // Both mirrors exist before the allocation, and are read again after it (it may move them).
    mirror_of(thread, m.holder())?;
    mirror_of(thread, holder)?;
    let rmn = crate::alloc::new_instance(thread, j.resolved_method_name)?;
    let (Some(method_holder), Some(clazz), Some(mn)) =
        (m.holder().mirror(), holder.mirror(), thread.local(member))
    else {
        return Ok(());
    };
    rmn.put_i64(j.rmn_vmtarget, m.index as i64);
    rmn.put_ref(j.rmn_vmholder, Some(method_holder));
    mn.put_i32(j.mn_flags, flags);
    mn.put_ref(j.mn_method, Some(rmn));
    mn.put_i64(j.mn_vmindex, vmindex);
    mn.put_ref(j.mn_clazz, Some(clazz));
    Ok(())
}

/// Whether a field is a trusted final (static final, or final in a record or hidden class).
fn trusted_final(k: &Klass, field_flags: u16) -> bool {
    use classfile::model::access::{FINAL, STATIC};
    let is_record = k
        .super_klass
        .is_some_and(|s| s.name == "java/lang/Record" && s.loader == crate::klass::BOOT_LOADER);
    field_flags & FINAL != 0 && (field_flags & STATIC != 0 || is_record || k.name.contains("/0x"))
}

/// Fills `member` for field `index` of `holder`, as HotSpot's `init_field_MemberName`.
pub fn init_field_member(
    thread: &mut JavaThread,
    member: Local,
    holder: &'static Klass,
    index: usize,
    is_setter: bool,
) -> JResult<()> {
    let j = jli(thread)?;
    let f = &holder.fields[index];
    let mut kind = if f.is_static() {
        ref_kind::GET_STATIC
    } else {
        ref_kind::GET_FIELD
    };
    if is_setter {
        kind += ref_kind::PUT_FIELD - ref_kind::GET_FIELD;
    }
    let mut flags = (i32::from(f.access_flags) & FIELD_MODIFIERS) | IS_FIELD;
    flags |= kind << REFERENCE_KIND_SHIFT;
    if trusted_final(holder, f.access_flags) {
        flags |= TRUSTED_FINAL;
    }
    // As HotSpot, the type is filled in when it is a primitive or a preloaded class.
    let descriptor = f.descriptor.as_str();
    let preloaded = descriptor.len() == 1
        || matches!(
            descriptor,
            "Ljava/lang/Object;" | "Ljava/lang/Class;" | "Ljava/lang/String;"
        );
    let ty = if preloaded {
        Some(descriptor_mirror(thread, holder.loader, descriptor)?)
    } else {
        None
    };
    let ty = thread.new_local(ty);
    let clazz = mirror_of(thread, holder)?;
    let Some(mn) = thread.local(member) else {
        return Ok(());
    };
    mn.put_i32(j.mn_flags, flags);
    mn.put_ref(j.mn_method, None);
    mn.put_i64(j.mn_vmindex, f.offset as i64);
    mn.put_ref(j.mn_clazz, Some(clazz));
    if let Some(ty) = thread.local(ty) {
        mn.put_ref(j.mn_type, Some(ty));
    }
    Ok(())
}

/// The descriptor of a `MemberName.type`: a descriptor string, a `MethodType` or a `Class`.
fn type_descriptor(thread: &JavaThread, j: &Jli, ty: ObjRef) -> Option<String> {
    let k = ty.klass();
    if std::ptr::eq(k, thread.vm.well_known().string) {
        return Some(crate::strings::string_value(thread, ty));
    }
    match k.name.as_str() {
        "java/lang/invoke/MethodType" => method_type_descriptor(thread, j, ty),
        "java/lang/Class" => mirror_descriptor(thread, j, ty),
        _ => None,
    }
}

/// `MethodHandleNatives.resolve`: resolves `member` (a handle) in place with the rules of
/// bytecode linkage; `Ok(false)` when there is nothing that can be resolved (HotSpot's empty
/// result), an exception when linkage throws.
pub fn resolve_member(
    thread: &mut JavaThread,
    member: Local,
    caller: Option<&'static Klass>,
) -> JResult<bool> {
    let j = jli(thread)?;
    let Some(mn) = thread.local(member) else {
        return Err(throw_new(
            thread,
            "java/lang/InternalError",
            "mname is null",
        ));
    };
    if j.member_method(mn).is_some() {
        return Ok(true);
    }
    let flags = j.flags(mn);
    let kind = (flags >> REFERENCE_KIND_SHIFT) & REFERENCE_KIND_MASK;
    if !(ref_kind::GET_FIELD..=ref_kind::INVOKE_INTERFACE).contains(&kind) {
        return Err(throw_new(
            thread,
            "java/lang/InternalError",
            "obsolete MemberName format",
        ));
    }
    let (Some(clazz), Some(name), Some(ty)) = (
        mn.get_ref(j.mn_clazz),
        mn.get_ref(j.mn_name),
        mn.get_ref(j.mn_type),
    ) else {
        return Err(throw_new(
            thread,
            "java/lang/IllegalArgumentException",
            "nothing to resolve",
        ));
    };
    let Some(defc) = j.mirror_klass(clazz) else {
        return Ok(false);
    };
    let defc = if defc.is_array() {
        thread.vm.well_known().object
    } else {
        defc
    };
    let name = crate::strings::string_value(thread, name);
    let descriptor = type_descriptor(thread, j, ty);
    // Linking may load classes (and move objects): the names are read first.
    crate::init::link(thread, defc)?;
    if name == "<clinit>" {
        return Ok(false);
    }
    let Some(descriptor) = descriptor else {
        return Ok(false);
    };
    match flags & ALL_KINDS {
        IS_FIELD => resolve_field_member(thread, member, defc, &name, &descriptor, kind),
        IS_METHOD | IS_CONSTRUCTOR => {
            if flags & ALL_KINDS == IS_CONSTRUCTOR && name != "<init>" {
                return Ok(false);
            }
            let Some((m, call)) =
                resolve_method_member(thread, defc, &name, &descriptor, kind, caller)?
            else {
                return Ok(false);
            };
            init_method_member(thread, member, m, call, defc)?;
            Ok(true)
        }
        _ => Err(throw_new(
            thread,
            "java/lang/InternalError",
            "unrecognized MemberName format",
        )),
    }
}

fn resolve_field_member(
    thread: &mut JavaThread,
    member: Local,
    defc: &'static Klass,
    name: &str,
    descriptor: &str,
    kind: i32,
) -> JResult<bool> {
    let Some((holder, index)) = lookup_field(defc, name, descriptor) else {
        return Err(throw_new(thread, "java/lang/NoSuchFieldError", name));
    };
    let is_setter = kind == ref_kind::PUT_FIELD || kind == ref_kind::PUT_STATIC;
    init_field_member(thread, member, holder, index, is_setter)?;
    Ok(true)
}

/// Method resolution for a `MemberName` of reference kind `kind` (HotSpot's
/// `resolve_{static,interface,special,virtual}_call` without a receiver).
fn resolve_method_member(
    thread: &mut JavaThread,
    defc: &'static Klass,
    name: &str,
    descriptor: &str,
    kind: i32,
    caller: Option<&'static Klass>,
) -> JResult<Option<(&'static Method, CallKind)>> {
    let interface_expected = kind == ref_kind::INVOKE_INTERFACE;
    if interface_expected && !defc.is_interface() {
        let msg = format!(
            "Found class {}, but interface was expected",
            defc.external_name()
        );
        return Err(throw_new(
            thread,
            "java/lang/IncompatibleClassChangeError",
            &msg,
        ));
    }
    if kind == ref_kind::INVOKE_VIRTUAL && defc.is_interface() {
        let msg = format!(
            "Found interface {}, but class was expected",
            defc.external_name()
        );
        return Err(throw_new(
            thread,
            "java/lang/IncompatibleClassChangeError",
            &msg,
        ));
    }
    let found = find_method(defc, name, descriptor);
    let Some(m) = found else {
        let msg = format!(
            "'{}'",
            crate::klass::external_method_name(&defc.external_name(), name, descriptor)
        );
        return Err(throw_new(thread, "java/lang/NoSuchMethodError", &msg));
    };
    if let Some(current) = caller
        && !member_accessible(thread, current, m.holder(), m.access_flags)?
    {
        let msg = format!(
            "class {} tried to access {}method '{}' ({})",
            current.external_name(),
            crate::access::method_access_words(m.access_flags),
            m.external_name(),
            current.describe_pair(m.holder())
        );
        let msg = if m.is_private() {
            msg + &crate::access::nest_host_error_suffix(thread, current, m.holder())
        } else {
            msg
        };
        return Err(throw_new(thread, "java/lang/IllegalAccessError", &msg));
    }
    let wants_static = kind == ref_kind::INVOKE_STATIC;
    if wants_static != m.is_static() && !super::is_signature_polymorphic(m) {
        let msg = if wants_static {
            format!("Expected static method '{}'", m.external_name())
        } else {
            format!("Expecting non-static method '{}'", m.external_name())
        };
        return Err(throw_new(
            thread,
            "java/lang/IncompatibleClassChangeError",
            &msg,
        ));
    }
    let call = match kind {
        ref_kind::INVOKE_STATIC => CallKind::Direct,
        ref_kind::INVOKE_SPECIAL | ref_kind::NEW_INVOKE_SPECIAL => {
            let selected = match caller {
                Some(current) => select_special(current, defc, m),
                None => m,
            };
            return Ok(Some((selected, CallKind::Direct)));
        }
        ref_kind::INVOKE_INTERFACE if !m.holder().is_interface() => natural_call_kind(m),
        ref_kind::INVOKE_INTERFACE if m.is_private() => CallKind::Direct,
        ref_kind::INVOKE_INTERFACE => CallKind::Itable,
        _ if m.holder().is_interface() => {
            // A miranda or default method reached through a class: its vtable slot there.
            match defc
                .vtable
                .iter()
                .position(|v| v.name == m.name && v.descriptor == m.descriptor)
            {
                Some(i) => CallKind::Vtable(i),
                None => CallKind::Direct,
            }
        }
        _ => natural_call_kind(m),
    };
    Ok(Some((m, call)))
}

/// `MethodHandleNatives.expand`: fills in a resolved `MemberName`'s missing class, name and
/// type.
pub fn expand_member(thread: &mut JavaThread, member: Local) -> JResult<()> {
    let j = jli(thread)?;
    let Some(mn) = thread.local(member) else {
        return Err(throw_new(
            thread,
            "java/lang/InternalError",
            "mname is null",
        ));
    };
    let flags = j.flags(mn);
    let (have_clazz, have_name, have_type) = (
        mn.get_ref(j.mn_clazz).is_some(),
        mn.get_ref(j.mn_name).is_some(),
        mn.get_ref(j.mn_type).is_some(),
    );
    if have_clazz && have_name && have_type {
        return Ok(());
    }
    let (holder, name, descriptor) = match flags & ALL_KINDS {
        IS_METHOD | IS_CONSTRUCTOR => {
            let Some(m) = j.member_method(mn) else {
                return Err(throw_new(
                    thread,
                    "java/lang/IllegalArgumentException",
                    "nothing to expand",
                ));
            };
            (m.holder(), m.name.clone(), m.descriptor.clone())
        }
        IS_FIELD => {
            let Some(k) = mn.get_ref(j.mn_clazz).and_then(|c| j.mirror_klass(c)) else {
                return Err(throw_new(
                    thread,
                    "java/lang/IllegalArgumentException",
                    "nothing to expand (as field)",
                ));
            };
            let is_static = flags & i32::from(classfile::model::access::STATIC) != 0;
            let offset = j.vmindex(mn) as usize;
            let Some(f) = k
                .fields
                .iter()
                .find(|f| f.offset == offset && f.is_static() == is_static)
            else {
                return Err(throw_new(
                    thread,
                    "java/lang/InternalError",
                    "unrecognized MemberName format",
                ));
            };
            (k, f.name.clone(), f.descriptor.clone())
        }
        _ => {
            return Err(throw_new(
                thread,
                "java/lang/InternalError",
                "unrecognized MemberName format",
            ));
        }
    };
    if !have_clazz {
        let c = mirror_of(thread, holder)?;
        if let Some(mn) = thread.local(member) {
            mn.put_ref(j.mn_clazz, Some(c));
        }
    }
    if !have_name {
        let units: Vec<u16> = name.encode_utf16().collect();
        let s = crate::strings::intern(thread, &units)?;
        if let Some(mn) = thread.local(member) {
            mn.put_ref(j.mn_name, Some(s));
        }
    }
    if !have_type {
        let field = flags & ALL_KINDS == IS_FIELD;
        // As HotSpot: a primitive or `Object` field's type is its mirror, other types a string.
        let t = if field && (descriptor.len() == 1 || descriptor == "Ljava/lang/Object;") {
            descriptor_mirror(thread, holder.loader, &descriptor)?
        } else {
            crate::strings::new_string(thread, &descriptor)?
        };
        if let Some(mn) = thread.local(member) {
            mn.put_ref(j.mn_type, Some(t));
        }
    }
    Ok(())
}
