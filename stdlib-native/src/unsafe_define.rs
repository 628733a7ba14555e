//! `Unsafe.defineClass0(name, bytes, offset, length, loader, protectionDomain)`: a class
//! defined straight into a loader, as HotSpot's `Unsafe_DefineClass0` (`JVM_DefineClass`).

use runtime::class_loaders::loader_id;
use runtime::define::{ClassDefinition, define_class};
use runtime::natives::{Env, NativeRegistry};
use runtime::{JResult, Value};

pub(crate) fn register(r: &NativeRegistry) {
    r.register(
        "jdk/internal/misc/Unsafe",
        "defineClass0",
        "(Ljava/lang/String;[BIILjava/lang/ClassLoader;Ljava/security/ProtectionDomain;)Ljava/lang/Class;",
        define_class0,
    );
}

fn define_class0(env: &mut Env<'_>) -> JResult<Value> {
    let Some(array) = env.obj(2) else {
        return Err(env.throw_no_message("java/lang/NullPointerException"));
    };
    let (off, len) = (env.int(3), env.int(4));
    let length = array.array_length();
    let end = i64::from(off) + i64::from(len);
    if off < 0 || len < 0 || end > i64::from(length) {
        let msg = format!("Array region {off}..{end} out of bounds for length {length}");
        return Err(env.throw("java/lang/ArrayIndexOutOfBoundsException", &msg));
    }
    let bytes = crate::io_support::read_region(array, off as usize, len as usize);
    let Some(loader) = loader_id(env.thread, env.obj(5)) else {
        return Err(env.throw_no_message("java/lang/NullPointerException"));
    };
    let name = env
        .obj(1)
        .map(|s| runtime::strings::string_value(env.thread, s).replace('.', "/"));
    let definition = ClassDefinition {
        loader,
        name: name.as_deref(),
        bytes,
        hidden: false,
    };
    let k = define_class(env.thread, definition)?;
    if let Some(mirror) = k.mirror() {
        crate::class_domain::set_protection_domain(mirror, env.obj(6));
    }
    Ok(Value::Ref(k.mirror()))
}
