//! `Unsafe.defineClass0(name, bytes, offset, length, loader, protectionDomain)`: a class
//! defined straight into a loader, as HotSpot's `Unsafe_DefineClass0` (`JVM_DefineClass`).

use crate::class_loader::{DefineArgs, define_at};
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
    // Unsafe.defineClass0(name, bytes, off, len, loader, protectionDomain), receiver first.
    let at = DefineArgs {
        loader: 5,
        name: 1,
        domain: 6,
    };
    define_at(env, bytes, at)
}
