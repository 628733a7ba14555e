//! The natives of `java.lang.invoke.MethodHandleNatives` and `MethodHandle` (HotSpot's
//! `JVM_RegisterMethodHandleMethods`).

use super::flags::IS_FIELD;
use super::member_name::{
    expand_member, init_field_member, init_method_member, natural_call_kind, resolve_member,
};
use super::types::{array_put, new_ref_array};
use super::{is_signature_polymorphic, jli};
use crate::natives::{Env, NativeRegistry};
use crate::thread::JResult;
use crate::vm::Value;

const MHN: &str = "java/lang/invoke/MethodHandleNatives";
const MEM: &str = "Ljava/lang/invoke/MemberName;";

/// Registers the natives of `MethodHandleNatives` and `MethodHandle`.
pub fn register(r: &NativeRegistry) {
    super::hidden::register(r);
    r.register(MHN, "registerNatives", "()V", |_| Ok(Value::Void));
    r.register(MHN, "init", &format!("({MEM}Ljava/lang/Object;)V"), init);
    r.register(MHN, "expand", &format!("({MEM})V"), expand);
    r.register(
        MHN,
        "resolve",
        &format!("({MEM}Ljava/lang/Class;IZ){MEM}"),
        resolve,
    );
    r.register(MHN, "getNamedCon", "(I[Ljava/lang/Object;)I", |_| {
        Ok(Value::Int(0))
    });
    r.register(
        MHN,
        "objectFieldOffset",
        &format!("({MEM})J"),
        object_field_offset,
    );
    r.register(
        MHN,
        "staticFieldOffset",
        &format!("({MEM})J"),
        static_field_offset,
    );
    r.register(
        MHN,
        "staticFieldBase",
        &format!("({MEM})Ljava/lang/Object;"),
        static_field_base,
    );
    r.register(
        MHN,
        "getMemberVMInfo",
        &format!("({MEM})Ljava/lang/Object;"),
        get_member_vm_info,
    );
    for name in ["setCallSiteTargetNormal", "setCallSiteTargetVolatile"] {
        r.register(
            MHN,
            name,
            "(Ljava/lang/invoke/CallSite;Ljava/lang/invoke/MethodHandle;)V",
            set_call_site_target,
        );
    }
    r.register(
        MHN,
        "clearCallSiteContext",
        "(Ljava/lang/invoke/MethodHandleNatives$CallSiteContext;)V",
        |_| Ok(Value::Void),
    );
    r.register(
        MHN,
        "copyOutBootstrapArguments",
        "(Ljava/lang/Class;[III[Ljava/lang/Object;IZLjava/lang/Object;)V",
        copy_out_bootstrap_arguments,
    );
    r.register(
        "java/lang/invoke/MethodHandle",
        "invoke",
        "([Ljava/lang/Object;)Ljava/lang/Object;",
        |env| {
            Err(env.throw(
                "java/lang/UnsupportedOperationException",
                "MethodHandle.invoke cannot be invoked reflectively",
            ))
        },
    );
    r.register(
        "java/lang/invoke/MethodHandle",
        "invokeExact",
        "([Ljava/lang/Object;)Ljava/lang/Object;",
        |env| {
            Err(env.throw(
                "java/lang/UnsupportedOperationException",
                "MethodHandle.invokeExact cannot be invoked reflectively",
            ))
        },
    );
}

/// `init(MemberName self, Object ref)`: from a `Field`, `Method` or `Constructor`.
fn init(env: &mut Env<'_>) -> JResult<Value> {
    let j = jli(env.thread)?;
    let (Some(_), Some(target)) = (env.obj(0), env.obj(1)) else {
        return Err(env.throw("java/lang/InternalError", "mname is null"));
    };
    let member = env.arg_local(0);
    let tk = target.klass();
    let field = |name: &str, d: &str| tk.instance_field(name, d).map(|f| f.offset);
    let (Some(clazz), Some(slot)) = (field("clazz", "Ljava/lang/Class;"), field("slot", "I"))
    else {
        return Ok(Value::Void);
    };
    let Some(k) = target.get_ref(clazz).and_then(|c| j.mirror_klass(c)) else {
        return Ok(Value::Void);
    };
    let Ok(slot) = usize::try_from(target.get_i32(slot)) else {
        return Ok(Value::Void);
    };
    match tk.name.as_str() {
        "java/lang/reflect/Field" if slot < k.fields.len() => {
            let target = env.arg_local(1);
            init_field_member(env.thread, member, k, slot, false)?;
            let (Some(mn), Some(t)) = (env.get(member), env.get(target)) else {
                return Ok(Value::Void);
            };
            for (from, to, d) in [
                ("name", j.mn_name, "Ljava/lang/String;"),
                ("type", j.mn_type, "Ljava/lang/Class;"),
            ] {
                if mn.get_ref(to).is_none()
                    && let Some(f) = t.klass().instance_field(from, d)
                {
                    mn.put_ref(to, t.get_ref(f.offset));
                }
            }
        }
        "java/lang/reflect/Method" | "java/lang/reflect/Constructor" => {
            let Some(m) = k.methods.get(slot) else {
                return Ok(Value::Void);
            };
            if is_signature_polymorphic(m) {
                return Ok(Value::Void);
            }
            init_method_member(env.thread, member, m, natural_call_kind(m), k)?;
        }
        _ => {}
    }
    Ok(Value::Void)
}

fn expand(env: &mut Env<'_>) -> JResult<Value> {
    if env.obj(0).is_none() {
        return Err(env.throw("java/lang/InternalError", "mname is null"));
    }
    let member = env.arg_local(0);
    expand_member(env.thread, member)?;
    Ok(Value::Void)
}

/// `resolve(MemberName self, Class<?> caller, int lookupMode, boolean speculativeResolve)`.
fn resolve(env: &mut Env<'_>) -> JResult<Value> {
    if env.obj(0).is_none() {
        return Err(env.throw("java/lang/InternalError", "mname is null"));
    }
    let j = jli(env.thread)?;
    let caller = env.obj(1).and_then(|c| j.mirror_klass(c));
    let speculative = env.int(3) != 0;
    let member = env.arg_local(0);
    match resolve_member(env.thread, member, caller) {
        Ok(true) => Ok(Value::Ref(env.get(member))),
        Ok(false) if speculative => Ok(Value::Ref(None)),
        Err(_) if speculative => {
            env.thread.take_pending();
            Ok(Value::Ref(None))
        }
        Err(t) => Err(t),
        Ok(false) => {
            let flags = env.get(member).map_or(0, |mn| j.flags(mn));
            let kinds = flags & super::flags::ALL_KINDS;
            let (class, msg) = if kinds == IS_FIELD {
                ("java/lang/NoSuchFieldError", "field resolution failed")
            } else if kinds == super::flags::IS_METHOD || kinds == super::flags::IS_CONSTRUCTOR {
                ("java/lang/NoSuchMethodError", "method resolution failed")
            } else {
                ("java/lang/LinkageError", "resolution failed")
            };
            Err(env.throw(class, msg))
        }
    }
}

/// The `vmindex` of a resolved field `MemberName` that is static (`must_be_static`) or not.
fn field_offset(env: &mut Env<'_>, must_be_static: bool) -> JResult<i64> {
    let j = jli(env.thread)?;
    if let Some(mn) = env.obj(0).filter(|mn| mn.get_ref(j.mn_clazz).is_some()) {
        let flags = j.flags(mn);
        let is_static = flags & i32::from(classfile::model::access::STATIC) != 0;
        if flags & IS_FIELD != 0 && is_static == must_be_static {
            return Ok(j.vmindex(mn));
        }
        let msg = if must_be_static {
            "static field required"
        } else {
            "non-static field required"
        };
        return Err(env.throw("java/lang/InternalError", msg));
    }
    Err(env.throw("java/lang/InternalError", "mname not resolved"))
}

fn object_field_offset(env: &mut Env<'_>) -> JResult<Value> {
    field_offset(env, false).map(Value::Long)
}

fn static_field_offset(env: &mut Env<'_>) -> JResult<Value> {
    field_offset(env, true).map(Value::Long)
}

fn static_field_base(env: &mut Env<'_>) -> JResult<Value> {
    field_offset(env, true)?;
    let j = jli(env.thread)?;
    Ok(Value::Ref(env.obj(0).and_then(|mn| mn.get_ref(j.mn_clazz))))
}

/// `getMemberVMInfo`: `{vmindex (a Long), the class of a field or the MemberName itself}`.
fn get_member_vm_info(env: &mut Env<'_>) -> JResult<Value> {
    let j = jli(env.thread)?;
    let Some(mn) = env.obj(0) else {
        return Ok(Value::Ref(None));
    };
    let vmindex = j.vmindex(mn);
    let member = env.arg_local(0);
    let object = env.thread.vm.well_known().object;
    let result = new_ref_array(env.thread, object, 2)?;
    let result = env.local(Some(result));
    let long = crate::loader::load_class(env.thread, crate::klass::BOOT_LOADER, "java/lang/Long")?;
    crate::init::initialize(env.thread, long)?;
    let Some(value_of) = long.find_declared_method("valueOf", "(J)Ljava/lang/Long;") else {
        return Err(env.throw("java/lang/InternalError", "Long.valueOf"));
    };
    let boxed =
        match crate::interpreter::call_method(env.thread, value_of, &[Value::Long(vmindex)])? {
            Value::Ref(r) => r,
            _ => None,
        };
    let (Some(array), Some(mn)) = (env.get(result), env.get(member)) else {
        return Ok(Value::Ref(None));
    };
    array_put(array, 0, boxed);
    let second = if j.flags(mn) & IS_FIELD != 0 {
        mn.get_ref(j.mn_clazz)
    } else {
        Some(mn)
    };
    array_put(array, 1, second);
    Ok(Value::Ref(Some(array)))
}

/// `setCallSiteTargetNormal`/`Volatile`: stores the target (no compiled code depends on it).
fn set_call_site_target(env: &mut Env<'_>) -> JResult<Value> {
    let j = jli(env.thread)?;
    let Some(site) = env.obj(0) else {
        return Err(env.throw_no_message("java/lang/NullPointerException"));
    };
    site.put_ref_volatile(j.cs_target, env.obj(1));
    Ok(Value::Void)
}

/// `copyOutBootstrapArguments(caller, indexInfo, start, end, buf, pos, resolve, ifNotAvailable)`:
/// the static arguments `start..end` of the bootstrap specifier `indexInfo[1]` (or, for
/// negative positions, the argument count and the bootstrap method) into `buf` from `pos`.
fn copy_out_bootstrap_arguments(env: &mut Env<'_>) -> JResult<Value> {
    let j = jli(env.thread)?;
    let Some(caller) = env.obj(0).and_then(|c| j.mirror_klass(c)) else {
        return Err(env.throw("java/lang/InternalError", "bad caller"));
    };
    let Some(info) = env.obj(1) else {
        return Err(env.throw_no_message("java/lang/NullPointerException"));
    };
    let base = gc::layout::ARRAY_BASE_OFFSET;
    if info.array_length() < 2 {
        return Err(env.throw("java/lang/InternalError", "bad index info"));
    }
    let index = info.get_i32(base + 4) as u16;
    let (start, end, pos) = (env.int(2), env.int(3), env.int(5));
    let buf = env.arg_local(4);
    let spec = super::constants::bootstrap_spec(env.thread, caller, index)?;
    if start < -4 || end > spec.arguments.len() as i32 || start > end {
        return Err(env.throw("java/lang/IllegalArgumentException", "bad extract range"));
    }
    for (offset, i) in (start..end).enumerate() {
        let value = match i {
            ..=-2 => None,
            -1 => Some(super::constants::method_handle_constant(
                env.thread,
                caller,
                spec.method_handle,
            )?),
            _ => super::constants::loadable_object(env.thread, caller, spec.arguments[i as usize])?,
        };
        let Some(b) = env.get(buf) else {
            return Err(env.throw_no_message("java/lang/NullPointerException"));
        };
        let at = pos + offset as i32;
        if at < 0 || at >= b.array_length() {
            return Err(env.throw("java/lang/ArrayIndexOutOfBoundsException", &at.to_string()));
        }
        array_put(b, at as usize, value);
    }
    Ok(Value::Void)
}
