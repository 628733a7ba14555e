//! `jdk.internal.reflect.Reflection.getCallerClass`, `SecurityManager.getClassContext` and
//! `VM.latestUserDefinedLoader0`: walks over the calling thread's frames, as HotSpot makes them.

use runtime::klass::Klass;
use runtime::natives::{Env, NativeRegistry};
use runtime::oops::{ARRAY_BASE_OFFSET, ObjRef};
use runtime::{JResult, Value};

use crate::frame_filters::{ignored_by_security_walk, is_boot_subclass, is_caller_sensitive};

pub(crate) fn register(r: &NativeRegistry) {
    r.register(
        "jdk/internal/reflect/Reflection",
        "getCallerClass",
        "()Ljava/lang/Class;",
        get_caller_class,
    );
    r.register(
        "jdk/internal/misc/VM",
        "latestUserDefinedLoader0",
        "()Ljava/lang/ClassLoader;",
        latest_user_defined_loader,
    );
    r.register(
        "java/lang/SecurityManager",
        "getClassContext",
        "()[Ljava/lang/Class;",
        get_class_context,
    );
}

/// The class of the caller of the `@CallerSensitive` method that called this. Frame 0 is this
/// native and frame 1 the caller-sensitive method, both annotated `@CallerSensitive` (else an
/// `InternalError` as in HotSpot); then `Method.invoke`, the method accessors and method-handle
/// adapters are passed over.
fn get_caller_class(env: &mut Env<'_>) -> JResult<Value> {
    let frames: Vec<_> = env.thread.frames.iter().rev().map(|f| f.method).collect();
    for (n, m) in frames.into_iter().enumerate() {
        if n <= 1 {
            if !is_caller_sensitive(m) {
                let msg = format!("CallerSensitive annotation expected at frame {n}");
                return Err(env.throw("java/lang/InternalError", &msg));
            }
        } else if !ignored_by_security_walk(m) {
            return Ok(Value::Ref(m.holder().mirror()));
        }
    }
    Ok(Value::Ref(None))
}

/// The classes of the methods on the stack, innermost first, without reflection and native
/// frames (`JVM_GetClassContext`).
fn get_class_context(env: &mut Env<'_>) -> JResult<Value> {
    let classes: Vec<_> = env
        .thread
        .frames
        .iter()
        .rev()
        .map(|f| f.method)
        .filter(|m| !m.is_native() && !ignored_by_security_walk(m))
        .map(|m| m.holder())
        .collect();
    let k = runtime::loader::load_class(
        env.thread,
        runtime::klass::BOOT_LOADER,
        "[Ljava/lang/Class;",
    )?;
    let array = runtime::alloc::new_array(env.thread, k, classes.len() as i32)?;
    for (i, c) in classes.iter().enumerate() {
        array.put_ref(ARRAY_BASE_OFFSET + 8 * i, c.mirror());
    }
    Ok(Value::Ref(Some(array)))
}

/// The class loader object of `k` (`Class.classLoader` of its mirror), null for the boot loader.
fn loader_object(k: &Klass) -> Option<ObjRef> {
    let mirror = k.mirror()?;
    let field = mirror
        .klass()
        .instance_field("classLoader", "Ljava/lang/ClassLoader;")?;
    mirror.get_ref(field.offset)
}

/// `VM.latestUserDefinedLoader0`: the loader of the innermost frame whose class was defined by
/// neither the boot nor the platform loader, passing over the reflection accessors
/// (`JVM_LatestUserDefinedLoader`).
fn latest_user_defined_loader(env: &mut Env<'_>) -> JResult<Value> {
    for frame in env.thread.frames.iter().rev() {
        let k = frame.method.holder();
        let Some(loader) = loader_object(k) else {
            continue;
        };
        if loader.klass().name == "jdk/internal/loader/ClassLoaders$PlatformClassLoader" {
            continue;
        }
        if is_boot_subclass(k, "jdk/internal/reflect/MethodAccessorImpl")
            || is_boot_subclass(k, "jdk/internal/reflect/ConstructorAccessorImpl")
        {
            continue;
        }
        return Ok(Value::Ref(Some(loader)));
    }
    Ok(Value::Ref(None))
}
