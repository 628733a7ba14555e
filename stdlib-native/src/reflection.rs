//! `jdk.internal.reflect.Reflection`.

use runtime::natives::{Env, NativeRegistry};
use runtime::{JResult, Value};

pub(crate) fn register(r: &NativeRegistry) {
    r.register(
        "jdk/internal/reflect/Reflection",
        "getCallerClass",
        "()Ljava/lang/Class;",
        get_caller_class,
    );
}

/// Frames a security stack walk ignores: `Method.invoke` and the reflection machinery.
fn ignored(holder: &str, name: &str) -> bool {
    (holder == "java/lang/reflect/Method" && name == "invoke")
        || holder.starts_with("jdk/internal/reflect/")
}

/// The class of the caller of the `@CallerSensitive` method that called this: frame 0 is
/// this native, frame 1 the caller-sensitive method, then reflection frames are skipped.
fn get_caller_class(env: &mut Env<'_>) -> JResult<Value> {
    let frames = &env.thread.frames;
    let caller = frames
        .iter()
        .rev()
        .skip(2)
        .find(|f| !ignored(&f.method.holder().name, &f.method.name));
    Ok(Value::Ref(caller.and_then(|f| f.method.holder().mirror())))
}
