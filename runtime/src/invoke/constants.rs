//! Loadable constants that need `java.lang.invoke` (JVMS §5.4.3.5, §5.4.3.6): `MethodHandle`
//! and `MethodType` constants, dynamic constants (`CONSTANT_Dynamic`) and the static
//! arguments of bootstrap methods. Each resolved constant is kept in its pool entry's
//! resolved reference, so `ldc` resolves it once.

use classfile::Constant;

use super::types::{descriptor_mirror, method_type, mirror_of, new_ref_array};
use super::upcalls::wrap_bootstrap_error;
use super::{jli, ref_kind};
use crate::exceptions::throw_new;
use crate::interpreter::call_method;
use crate::klass::{BOOT_LOADER, Klass, ValueKind};
use crate::loader::load_class;
use crate::oops::ObjRef;
use crate::resolve::{CpEntry, resolve_class, resolve_string};
use crate::strings::new_string;
use crate::thread::{JResult, JavaThread, Local, Thrown};
use crate::vm::Value;

/// A bootstrap method's specification: its `MethodHandle` constant, static arguments (pool
/// indices), and the name and descriptor of the `InvokeDynamic` or `Dynamic` constant.
#[derive(Debug, Clone)]
pub struct BootstrapSpec {
    /// Pool index of the bootstrap method's `MethodHandle`.
    pub method_handle: u16,
    /// Pool indices of the static arguments.
    pub arguments: Vec<u16>,
    /// The name of the call site or constant.
    pub name: String,
    /// The method descriptor (call site) or field descriptor (constant).
    pub descriptor: String,
}

fn bad_constant(thread: &mut JavaThread, what: &str, index: u16) -> crate::thread::Thrown {
    let msg = format!("bad {what} constant #{index}");
    throw_new(thread, "java/lang/IncompatibleClassChangeError", &msg)
}

/// The bootstrap specification of the `InvokeDynamic` or `Dynamic` constant `index`.
pub fn bootstrap_spec(
    thread: &mut JavaThread,
    current: &'static Klass,
    index: u16,
) -> JResult<BootstrapSpec> {
    let Some(cf) = current.class_file.as_ref() else {
        return Err(bad_constant(thread, "dynamic", index));
    };
    let Ok((bsm_index, nt)) = cf.constant_pool.dynamic(index) else {
        return Err(bad_constant(thread, "dynamic", index));
    };
    let Some(bsm) = cf.bootstrap_methods.get(bsm_index as usize) else {
        return Err(bad_constant(thread, "bootstrap method", index));
    };
    Ok(BootstrapSpec {
        method_handle: bsm.method_ref,
        arguments: bsm.arguments.iter().collect(),
        name: nt.name.into_owned(),
        descriptor: nt.descriptor.into_owned(),
    })
}

/// Resolves the bootstrap method, the name and the static arguments (an `Object[]`, primitives
/// boxed) into handles.
pub fn bootstrap_inputs(
    thread: &mut JavaThread,
    current: &'static Klass,
    spec: &BootstrapSpec,
) -> JResult<(Local, Local, Local)> {
    let bsm = method_handle_constant(thread, current, spec.method_handle)?;
    let bsm = thread.new_local(Some(bsm));
    let name = crate::strings::intern(thread, &spec.name.encode_utf16().collect::<Vec<_>>())?;
    let name = thread.new_local(Some(name));
    let object = thread.vm.well_known().object;
    let args = new_ref_array(thread, object, spec.arguments.len())?;
    let args = thread.new_local(Some(args));
    for (i, &arg) in spec.arguments.iter().enumerate() {
        let value = loadable_object(thread, current, arg)?;
        if let Some(a) = thread.local(args) {
            super::types::array_put(a, i, value);
        }
    }
    Ok((bsm, name, args))
}

/// A loadable constant as an object (primitives boxed), as bootstrap methods receive it.
pub fn loadable_object(
    thread: &mut JavaThread,
    current: &'static Klass,
    index: u16,
) -> JResult<Option<ObjRef>> {
    let constant = current
        .class_file
        .as_ref()
        .and_then(|cf| cf.constant_pool.raw(index).copied());
    match constant {
        Some(Constant::Integer(v)) => box_value(thread, "java/lang/Integer", "(I)", Value::Int(v)),
        Some(Constant::Float(v)) => box_value(thread, "java/lang/Float", "(F)", Value::Float(v)),
        Some(Constant::Long(v)) => box_value(thread, "java/lang/Long", "(J)", Value::Long(v)),
        Some(Constant::Double(v)) => box_value(thread, "java/lang/Double", "(D)", Value::Double(v)),
        Some(Constant::String { .. }) => resolve_string(thread, current, index).map(Some),
        Some(Constant::Class { .. }) => {
            let k = resolve_class(thread, current, index)?;
            mirror_of(thread, k).map(Some)
        }
        Some(Constant::MethodHandle { .. }) => {
            method_handle_constant(thread, current, index).map(Some)
        }
        Some(Constant::MethodType { .. }) => method_type_constant(thread, current, index).map(Some),
        Some(Constant::Dynamic { .. }) => dynamic_constant(thread, current, index).map(|(o, _)| o),
        _ => Err(bad_constant(thread, "loadable", index)),
    }
}

/// Boxes a primitive through `Box.valueOf`.
fn box_value(
    thread: &mut JavaThread,
    class: &str,
    params: &str,
    value: Value,
) -> JResult<Option<ObjRef>> {
    let k = load_class(thread, BOOT_LOADER, class)?;
    crate::init::initialize(thread, k)?;
    let descriptor = format!("{params}L{class};");
    let Some(value_of) = k.find_declared_method("valueOf", &descriptor) else {
        return Err(throw_new(thread, "java/lang/InternalError", &descriptor));
    };
    match call_method(thread, value_of, &[value])? {
        Value::Ref(r) => Ok(r),
        _ => Ok(None),
    }
}

/// The resolved `MethodHandle` constant `index` (HotSpot's `link_method_handle_constant`,
/// through `MethodHandleNatives.linkMethodHandleConstant`).
pub fn method_handle_constant(
    thread: &mut JavaThread,
    current: &'static Klass,
    index: u16,
) -> JResult<ObjRef> {
    if let Some(recorded) = recorded(thread, current, index)? {
        return Ok(recorded);
    }
    let result = resolve_method_handle(thread, current, index);
    remember_failure(thread, current, index, result)
}

fn resolve_method_handle(
    thread: &mut JavaThread,
    current: &'static Klass,
    index: u16,
) -> JResult<ObjRef> {
    let j = jli(thread)?;
    let Some(cf) = current.class_file.as_ref() else {
        return Err(bad_constant(thread, "MethodHandle", index));
    };
    let Ok((kind, member_index)) = cf.constant_pool.method_handle(index) else {
        return Err(bad_constant(thread, "MethodHandle", index));
    };
    let (Ok(member), Some(class_index)) = (
        cf.constant_pool.member_ref(member_index),
        match cf.constant_pool.raw(member_index) {
            Some(
                Constant::Fieldref { class_index, .. }
                | Constant::Methodref { class_index, .. }
                | Constant::InterfaceMethodref { class_index, .. },
            ) => Some(*class_index),
            _ => None,
        },
    ) else {
        return Err(bad_constant(thread, "MethodHandle", index));
    };
    let kind = i32::from(kind);
    let (name, descriptor) = (member.name.into_owned(), member.descriptor.into_owned());
    let defc = resolve_class(thread, current, class_index)?;
    let mark = thread.handles.len();
    let result = (|| {
        let defc = mirror_of(thread, defc)?;
        let defc = thread.new_local(Some(defc));
        let name = new_string(thread, &name)?;
        let name = thread.new_local(Some(name));
        let ty = if kind <= ref_kind::PUT_STATIC {
            descriptor_mirror(thread, current.loader, &descriptor)?
        } else {
            method_type(thread, current, &descriptor)?
        };
        let ty = thread.new_local(Some(ty));
        let caller = mirror_of(thread, current)?;
        let args = [
            Value::Ref(Some(caller)),
            Value::Int(kind),
            Value::Ref(thread.local(defc)),
            Value::Ref(thread.local(name)),
            Value::Ref(thread.local(ty)),
        ];
        call_method(thread, j.link_method_handle_constant, &args)
    })();
    thread.handles.truncate(mark);
    let mh = match result? {
        Value::Ref(Some(mh)) => mh,
        _ => {
            return Err(throw_new(
                thread,
                "java/lang/InternalError",
                "null method handle",
            ));
        }
    };
    Ok(record(current, index, ValueKind::Ref, 0, Some(mh)).unwrap_or(mh))
}

/// The resolved `MethodType` constant `index`.
pub fn method_type_constant(
    thread: &mut JavaThread,
    current: &'static Klass,
    index: u16,
) -> JResult<ObjRef> {
    if let Some(recorded) = recorded(thread, current, index)? {
        return Ok(recorded);
    }
    let descriptor = match current
        .class_file
        .as_ref()
        .map(|cf| cf.constant_pool.method_type(index))
    {
        Some(Ok(d)) => d.into_owned(),
        _ => return Err(bad_constant(thread, "MethodType", index)),
    };
    let result = method_type(thread, current, &descriptor)
        .map(|mt| record(current, index, ValueKind::Ref, 0, Some(mt)).unwrap_or(mt));
    remember_failure(thread, current, index, result)
}

/// The recorded outcome of a reference constant: its value, its error thrown again, or `None`
/// when unresolved.
fn recorded(
    thread: &mut JavaThread,
    current: &'static Klass,
    index: u16,
) -> JResult<Option<ObjRef>> {
    match current.cp_cache.get(index) {
        Some(CpEntry::Constant { .. }) => Ok(current.cp_cache.reference(index)),
        Some(CpEntry::Failed) => Err(rethrow(thread, current, index)),
        _ => Ok(None),
    }
}

/// Throws the error recorded for entry `index` again.
fn rethrow(thread: &mut JavaThread, current: &'static Klass, index: u16) -> crate::thread::Thrown {
    match current.cp_cache.reference(index) {
        Some(error) => throw_again(thread, error, true),
        None => throw_new(thread, "java/lang/InternalError", "lost linkage error"),
    }
}

/// Throws a recorded resolution error again as HotSpot does: a new error of the same class
/// and message, with (if `with_cause`: HotSpot keeps none for `invokedynamic`) a new cause of
/// the original cause's class and message.
pub fn throw_again(
    thread: &mut JavaThread,
    error: ObjRef,
    with_cause: bool,
) -> crate::thread::Thrown {
    let wk = *thread.vm.well_known();
    let message_of = |thread: &JavaThread, t: ObjRef| {
        t.get_ref(wk.throwable_message)
            .map(|m| crate::strings::string_value(thread, m))
    };
    let class = error.klass().name.clone();
    let message = message_of(thread, error);
    let cause = error
        .get_ref(wk.throwable_cause)
        .filter(|c| with_cause && c.addr() != error.addr())
        .map(|c| (c.klass().name.clone(), message_of(thread, c)));
    let cause = match cause {
        Some((cause_class, cause_message)) => {
            let thrown = match &cause_message {
                Some(m) => throw_new(thread, &cause_class, m),
                None => crate::exceptions::throw_new_no_message(thread, &cause_class),
            };
            match thread.take_pending() {
                Some(c) => Some(c),
                None => return thrown,
            }
        }
        None => None,
    };
    let mark = thread.handles.len();
    let cause = thread.new_local(cause);
    let thrown = match &message {
        Some(m) => throw_new(thread, &class, m),
        None => crate::exceptions::throw_new_no_message(thread, &class),
    };
    let (Some(new_error), Some(c)) = (thread.pending_exception(), thread.local(cause)) else {
        thread.handles.truncate(mark);
        return thrown;
    };
    let init_cause = crate::resolve::lookup_in_classes(
        wk.throwable,
        "initCause",
        "(Ljava/lang/Throwable;)Ljava/lang/Throwable;",
    );
    thread.take_pending();
    let error = thread.new_local(Some(new_error));
    if let Some(init_cause) = init_cause
        && call_method(
            thread,
            init_cause,
            &[Value::Ref(Some(new_error)), Value::Ref(Some(c))],
        )
        .is_err()
    {
        thread.handles.truncate(mark);
        return Thrown;
    }
    let new_error = thread.local(error);
    thread.handles.truncate(mark);
    match new_error {
        Some(e) => thread.throw(e),
        None => thrown,
    }
}

/// The pending exception if it is a `LinkageError` (the errors resolution remembers).
pub fn pending_linkage_error(thread: &mut JavaThread) -> Option<ObjRef> {
    let e = thread.pending_exception()?;
    let linkage = thread
        .vm
        .find_loaded(BOOT_LOADER, "java/lang/LinkageError")?;
    e.klass().is_subclass_of(linkage).then_some(e)
}

/// Records a `LinkageError` that resolving entry `index` threw, so that every later attempt
/// throws the same error; the outcome recorded first wins.
fn remember_failure<T>(
    thread: &mut JavaThread,
    current: &'static Klass,
    index: u16,
    result: JResult<T>,
) -> JResult<T> {
    let Err(thrown) = result else {
        return result;
    };
    let Some(error) = pending_linkage_error(thread) else {
        return Err(thrown);
    };
    // The first failure is thrown as it is; later attempts throw a copy.
    match current
        .cp_cache
        .set_with_reference(index, CpEntry::Failed, Some(error))
    {
        (CpEntry::Failed, Some(recorded)) if recorded.addr() != error.addr() => {
            Err(rethrow(thread, current, index))
        }
        _ => Err(thrown),
    }
}

/// Records a resolved constant; returns the recorded reference.
fn record(
    current: &'static Klass,
    index: u16,
    kind: ValueKind,
    value_offset: u32,
    obj: Option<ObjRef>,
) -> Option<ObjRef> {
    let entry = CpEntry::Constant { kind, value_offset };
    current.cp_cache.set_with_reference(index, entry, obj).1
}

/// The resolved dynamic constant `index` (boxed if primitive) and the kind `ldc` pushes,
/// through `MethodHandleNatives.linkDynamicConstant`. A bootstrap failure that is not an
/// `Error` is wrapped in `BootstrapMethodError`.
pub fn dynamic_constant(
    thread: &mut JavaThread,
    current: &'static Klass,
    index: u16,
) -> JResult<(Option<ObjRef>, ValueKind)> {
    match current.cp_cache.get(index) {
        Some(CpEntry::Constant { kind, .. }) => {
            return Ok((current.cp_cache.reference(index), *kind));
        }
        Some(CpEntry::Failed) => return Err(rethrow(thread, current, index)),
        _ => {}
    }
    let result =
        resolve_dynamic(thread, current, index).map_err(|t| wrap_bootstrap_error(thread, t));
    remember_failure(thread, current, index, result)
}

fn resolve_dynamic(
    thread: &mut JavaThread,
    current: &'static Klass,
    index: u16,
) -> JResult<(Option<ObjRef>, ValueKind)> {
    let j = jli(thread)?;
    let spec = bootstrap_spec(thread, current, index)?;
    let Some(kind) = ValueKind::from_descriptor(&spec.descriptor) else {
        return Err(bad_constant(thread, "Dynamic", index));
    };
    let mark = thread.handles.len();
    let result = (|| {
        let (bsm, name, args) = bootstrap_inputs(thread, current, &spec)?;
        let ty = descriptor_mirror(thread, current.loader, &spec.descriptor)?;
        let ty = thread.new_local(Some(ty));
        let caller = mirror_of(thread, current)?;
        let call_args = [
            Value::Ref(Some(caller)),
            Value::Int(i32::from(index)),
            Value::Ref(thread.local(bsm)),
            Value::Ref(thread.local(name)),
            Value::Ref(thread.local(ty)),
            Value::Ref(thread.local(args)),
        ];
        call_method(thread, j.link_dynamic_constant, &call_args)
    })();
    thread.handles.truncate(mark);
    let value = match result? {
        Value::Ref(r) => r,
        _ => None,
    };
    let value_offset = match (kind, value) {
        (ValueKind::Ref, _) | (_, None) => 0,
        (_, Some(boxed)) => boxed
            .klass()
            .instance_field("value", &spec.descriptor)
            .map_or(0, |f| f.offset as u32),
    };
    Ok((record(current, index, kind, value_offset, value), kind))
}

/// The slot value of a primitive dynamic constant of `kind` from its box.
pub fn unbox(boxed: Option<ObjRef>, kind: ValueKind, value_offset: u32) -> u64 {
    let Some(b) = boxed else {
        return 0;
    };
    let o = value_offset as usize;
    match kind {
        ValueKind::Boolean | ValueKind::Byte => i64::from(b.get_i8(o)) as u32 as u64,
        ValueKind::Char => u64::from(b.get_u16(o)),
        ValueKind::Short => i64::from(b.get_i16(o)) as u32 as u64,
        ValueKind::Int | ValueKind::Float => u64::from(b.get_i32(o) as u32),
        ValueKind::Long | ValueKind::Double => b.get_i64(o) as u64,
        ValueKind::Ref => b.addr() as u64,
    }
}
