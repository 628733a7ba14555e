//! Linking signature-polymorphic call sites and `invokedynamic` through the JDK's
//! `MethodHandleNatives` up-calls, as HotSpot's `LinkResolver` and `SystemDictionary` do.

use super::types::{method_type, mirror_of, new_ref_array, split_method_descriptor};
use super::{Intrinsic, jli};
use crate::exceptions::throw_new;
use crate::interpreter::call_method;
use crate::klass::{Klass, Method};
use crate::oops::ObjRef;
use crate::resolve::CpEntry;
use crate::strings::new_string;
use crate::thread::{JResult, JavaThread};
use crate::vm::Value;

/// Argument slots of a method descriptor's parameters; `None` if malformed.
pub fn descriptor_arg_slots(descriptor: &str) -> Option<usize> {
    let (params, _) = split_method_descriptor(descriptor)?;
    Some(
        params
            .iter()
            .map(|p| if matches!(p, &"J" | &"D") { 2 } else { 1 })
            .sum(),
    )
}

/// Return slots of a method descriptor: 0 for `V`, 2 for `J` and `D`, else 1.
pub fn descriptor_return_slots(descriptor: &str) -> usize {
    match descriptor.rsplit(')').next() {
        Some("V") => 0,
        Some("J" | "D") => 2,
        _ => 1,
    }
}

/// Links a call of signature-polymorphic `method` with `descriptor` from `current`'s pool
/// entry `index`: the intrinsics directly, every other one (`invokeExact`, `invoke`, the
/// `VarHandle` accessors) through `MethodHandleNatives.linkMethod`, whose invoker and appendix
/// are recorded in the entry.
pub fn link_polymorphic(
    thread: &mut JavaThread,
    current: &'static Klass,
    index: u16,
    method: &'static Method,
    descriptor: &str,
) -> JResult<CpEntry> {
    let Some(slots) = descriptor_arg_slots(descriptor) else {
        let msg = format!("bad signature-polymorphic descriptor {descriptor}");
        return Err(throw_new(thread, "java/lang/InternalError", &msg));
    };
    let return_slots = descriptor_return_slots(descriptor);
    jli(thread)?;
    if let Some(kind) = Intrinsic::from_name(&method.name) {
        let arg_slots = slots + usize::from(!kind.is_static());
        let entry = CpEntry::Intrinsic {
            kind,
            arg_slots: arg_slots as u16,
            return_slots: return_slots as u8,
        };
        return Ok(current.cp_cache.set(index, entry));
    }
    let (invoker, appendix) = link_method(thread, current, method, descriptor)?;
    // The interpreter relies on the invoker having the call site's shape (the receiver, the
    // arguments and the appendix; the return value).
    if invoker.arg_slots != slots + 1 + usize::from(appendix.is_some())
        || invoker.return_kind.map_or(0, |k| k.slots()) != return_slots
    {
        let msg = format!("invoker of {descriptor} does not match the call site");
        return Err(throw_new(thread, "java/lang/InternalError", &msg));
    }
    let entry = CpEntry::Handle {
        invoker,
        appendix: appendix.is_some(),
    };
    Ok(current
        .cp_cache
        .set_with_reference(index, entry, appendix)
        .0)
}

/// `MethodHandleNatives.linkMethod(caller, REF_invokeVirtual, holder, name, type,
/// appendix)` (the type as a `MethodType` resolved by the caller's loader, as HotSpot passes it): the invoker method and the appendix (valid until the next allocation).
fn link_method(
    thread: &mut JavaThread,
    current: &'static Klass,
    method: &'static Method,
    descriptor: &str,
) -> JResult<(&'static Method, Option<ObjRef>)> {
    let j = jli(thread)?;
    let mark = thread.handles.len();
    let result = (|| {
        let object = thread.vm.well_known().object;
        let appendix = new_ref_array(thread, object, 1)?;
        let appendix = thread.new_local(Some(appendix));
        let name = new_string(thread, &method.name)?;
        let name = thread.new_local(Some(name));
        let d = super::types::method_type(thread, current, descriptor)?;
        let d = thread.new_local(Some(d));
        let caller = mirror_of(thread, current)?;
        let caller = thread.new_local(Some(caller));
        let holder = mirror_of(thread, method.holder())?;
        let args = [
            Value::Ref(thread.local(caller)),
            Value::Int(super::ref_kind::INVOKE_VIRTUAL),
            Value::Ref(Some(holder)),
            Value::Ref(thread.local(name)),
            Value::Ref(thread.local(d)),
            Value::Ref(thread.local(appendix)),
        ];
        let member = call_method(thread, j.link_method, &args)?;
        let appendix = thread
            .local(appendix)
            .and_then(|a| super::types::array_get(a, 0));
        Ok((member, appendix))
    })();
    thread.handles.truncate(mark);
    let (member, appendix) = result?;
    invoker_of(thread, member).map(|m| (m, appendix))
}

/// The method a linker's `MemberName` result names.
fn invoker_of(thread: &mut JavaThread, member: Value) -> JResult<&'static Method> {
    let j = jli(thread)?;
    match member {
        Value::Ref(Some(mn)) => match j.member_method(mn) {
            Some(m) => Ok(m),
            None => Err(throw_new(
                thread,
                "java/lang/InternalError",
                "linker method is not resolved",
            )),
        },
        _ => Err(throw_new(
            thread,
            "java/lang/InternalError",
            "linker returned null",
        )),
    }
}

/// Links the `invokedynamic` whose `InvokeDynamic` constant is `index` in `current`'s pool
/// (JVMS §5.4.3.6): resolves the bootstrap method and its static arguments, calls
/// `MethodHandleNatives.linkCallSite`, and returns the invoker and appendix (valid until the
/// next allocation). A bootstrap failure that is not an `Error` is wrapped in
/// `BootstrapMethodError`.
pub fn link_call_site(
    thread: &mut JavaThread,
    current: &'static Klass,
    index: u16,
) -> JResult<(&'static Method, Option<ObjRef>)> {
    let result = link_call_site_inner(thread, current, index);
    match result {
        Ok(r) => Ok(r),
        Err(t) => Err(wrap_bootstrap_error(thread, t)),
    }
}

fn link_call_site_inner(
    thread: &mut JavaThread,
    current: &'static Klass,
    index: u16,
) -> JResult<(&'static Method, Option<ObjRef>)> {
    let j = jli(thread)?;
    let spec = super::constants::bootstrap_spec(thread, current, index)?;
    let mark = thread.handles.len();
    let result = (|| {
        let (bsm, name, args) = super::constants::bootstrap_inputs(thread, current, &spec)?;
        let mt = method_type(thread, current, &spec.descriptor)?;
        let mt = thread.new_local(Some(mt));
        let object = thread.vm.well_known().object;
        let appendix = new_ref_array(thread, object, 1)?;
        let appendix = thread.new_local(Some(appendix));
        let caller = mirror_of(thread, current)?;
        let call_args = [
            Value::Ref(Some(caller)),
            Value::Int(i32::from(index)),
            Value::Ref(thread.local(bsm)),
            Value::Ref(thread.local(name)),
            Value::Ref(thread.local(mt)),
            Value::Ref(thread.local(args)),
            Value::Ref(thread.local(appendix)),
        ];
        let member = call_method(thread, j.link_call_site, &call_args)?;
        let appendix = thread
            .local(appendix)
            .and_then(|a| super::types::array_get(a, 0));
        Ok((member, appendix))
    })();
    thread.handles.truncate(mark);
    let (member, appendix) = result?;
    let invoker = invoker_of(thread, member)?;
    // The interpreter relies on the invoker having the call site's shape (the arguments and
    // the appendix; the return value).
    let slots = descriptor_arg_slots(&spec.descriptor);
    if slots.map(|s| s + usize::from(appendix.is_some())) != Some(invoker.arg_slots)
        || invoker.return_kind.map_or(0, |k| k.slots()) != descriptor_return_slots(&spec.descriptor)
    {
        let msg = format!(
            "invoker of {} does not match the call site",
            spec.descriptor
        );
        return Err(throw_new(thread, "java/lang/InternalError", &msg));
    }
    Ok((invoker, appendix))
}

/// HotSpot's `wrap_dynamic_exception`: an `Error` passes through, anything else becomes the
/// cause of a `BootstrapMethodError`.
pub fn wrap_bootstrap_error(
    thread: &mut JavaThread,
    thrown: crate::thread::Thrown,
) -> crate::thread::Thrown {
    let Some(e) = thread.pending_exception() else {
        return thrown;
    };
    let is_error = crate::loader::load_class(thread, crate::klass::BOOT_LOADER, "java/lang/Error")
        .map(|error| e.klass().is_subclass_of(error));
    let Some(e) = thread.pending_exception() else {
        return thrown;
    };
    match is_error {
        Ok(true) => thread.throw(e),
        Ok(false) => {
            thread.take_pending();
            crate::exceptions::throw_with_cause(thread, "java/lang/BootstrapMethodError", e)
        }
        Err(t) => t,
    }
}
