//! `java.lang.ClassLoader`'s natives: `findBootstrapClass` (the boot loader's class, loaded if
//! needed, not initialised), `findLoadedClass0` (a class the receiver loader has defined or
//! initiated), and `defineClass1`/`defineClass2` (a class from a `byte[]` or a direct
//! `ByteBuffer`, through [`runtime::define::define_class`]).

use runtime::class_loaders::loader_id;
use runtime::define::{ClassDefinition, define_class};
use runtime::klass::BOOT_LOADER;
use runtime::natives::{Env, NativeRegistry};
use runtime::{JResult, Value};

const CLASS_LOADER: &str = "java/lang/ClassLoader";

pub(crate) fn register(r: &NativeRegistry) {
    r.register(
        CLASS_LOADER,
        "findBootstrapClass",
        "(Ljava/lang/String;)Ljava/lang/Class;",
        find_bootstrap_class,
    );
    r.register(
        CLASS_LOADER,
        "findLoadedClass0",
        "(Ljava/lang/String;)Ljava/lang/Class;",
        find_loaded_class,
    );
    r.register(
        CLASS_LOADER,
        "defineClass1",
        "(Ljava/lang/ClassLoader;Ljava/lang/String;[BIILjava/security/ProtectionDomain;Ljava/lang/String;)Ljava/lang/Class;",
        define_class1,
    );
    r.register(
        CLASS_LOADER,
        "defineClass2",
        "(Ljava/lang/ClassLoader;Ljava/lang/String;Ljava/nio/ByteBuffer;IILjava/security/ProtectionDomain;Ljava/lang/String;)Ljava/lang/Class;",
        define_class2,
    );
}

/// The internal form of a binary class name the JDK's natives accept (`java.lang.String` to
/// `java/lang/String`): `None` for a name that is no class name (empty, with `/`, `;` or
/// `[` where a class name cannot have them, or an empty segment).
fn internal_class_name(name: &str) -> Option<String> {
    if name.is_empty() || name.contains(['/', ';', '[']) {
        return None;
    }
    let internal = name.replace('.', "/");
    internal
        .split('/')
        .all(|segment| !segment.is_empty())
        .then_some(internal)
}

/// `findBootstrapClass(name)`: the boot loader's class `name`, `null` when it has none.
fn find_bootstrap_class(env: &mut Env<'_>) -> JResult<Value> {
    let Some(name) = env.obj(0) else {
        return Ok(Value::Ref(None));
    };
    let name = runtime::strings::string_value(env.thread, name);
    let Some(internal) = internal_class_name(&name) else {
        return Ok(Value::Ref(None));
    };
    match runtime::loader::load_class(env.thread, BOOT_LOADER, &internal) {
        Ok(k) => Ok(Value::Ref(k.mirror())),
        Err(thrown) => {
            let not_found = env
                .thread
                .pending_exception()
                .is_some_and(|e| e.klass().name == "java/lang/NoClassDefFoundError");
            if !not_found {
                return Err(thrown);
            }
            env.thread.take_pending();
            Ok(Value::Ref(None))
        }
    }
}

/// `findLoadedClass0(name)` on a loader: the class it has loaded (defined or initiated)
/// under that name, if any.
fn find_loaded_class(env: &mut Env<'_>) -> JResult<Value> {
    let (loader, Some(name)) = (env.obj(0), env.obj(1)) else {
        return Ok(Value::Ref(None));
    };
    let Some(loader) = loader_id(env.thread, loader) else {
        return Ok(Value::Ref(None));
    };
    let name = runtime::strings::string_value(env.thread, name);
    let Some(internal) = internal_class_name(&name) else {
        return Ok(Value::Ref(None));
    };
    let found = env.thread.vm.find_loaded(loader, &internal);
    Ok(Value::Ref(found.and_then(|k| k.mirror())))
}

/// `defineClass1(loader, name, bytes, off, len, pd, source)`.
fn define_class1(env: &mut Env<'_>) -> JResult<Value> {
    let Some(array) = env.obj(2) else {
        return Err(env.throw_no_message("java/lang/NullPointerException"));
    };
    let (off, len) = (env.int(3), env.int(4));
    if len < 0 {
        return Err(env.throw_no_message("java/lang/ArrayIndexOutOfBoundsException"));
    }
    let length = array.array_length();
    if off < 0 || i64::from(off) + i64::from(len) > i64::from(length) {
        let msg = format!(
            "Array region {off}..{} out of bounds for length {length}",
            i64::from(off) + i64::from(len)
        );
        return Err(env.throw("java/lang/ArrayIndexOutOfBoundsException", &msg));
    }
    let bytes = crate::io_support::read_region(array, off as usize, len as usize);
    define(env, bytes)
}

/// `defineClass2(loader, name, directBuffer, off, len, pd, source)`: the bytes at the
/// buffer's address plus `off`.
fn define_class2(env: &mut Env<'_>) -> JResult<Value> {
    let Some(buffer) = env.obj(2) else {
        return Err(env.throw_no_message("java/lang/NullPointerException"));
    };
    let (off, len) = (env.int(3), env.int(4));
    let address = buffer
        .klass()
        .instance_field("address", "J")
        .map_or(0, |f| buffer.get_i64(f.offset));
    if address == 0 || off < 0 || len < 0 {
        return Err(env.throw_no_message("java/lang/NullPointerException"));
    }
    let mut bytes = vec![0u8; len as usize];
    runtime::oops::raw::copy(
        address as usize + off as usize,
        bytes.as_mut_ptr() as usize,
        bytes.len(),
    );
    define(env, bytes)
}

/// Where a class-defining native finds its loader, name and protection domain arguments.
pub(crate) struct DefineArgs {
    /// The defining `ClassLoader`.
    pub loader: usize,
    /// The binary name, `null` to take the class file's.
    pub name: usize,
    /// The `ProtectionDomain`.
    pub domain: usize,
}

/// `ClassLoader.defineClass1/2`'s argument positions.
const CLASS_LOADER_DEFINE: DefineArgs = DefineArgs {
    loader: 0,
    name: 1,
    domain: 5,
};

/// Defines `bytes` for the loader in argument 0 under the name in argument 1 (binary name,
/// `null` to take the class file's), with the protection domain in argument 5.
fn define(env: &mut Env<'_>, bytes: Vec<u8>) -> JResult<Value> {
    define_at(env, bytes, CLASS_LOADER_DEFINE)
}

/// Defines `bytes` for the loader, under the name and with the protection domain found in the
/// native's arguments at the positions `at` gives.
pub(crate) fn define_at(env: &mut Env<'_>, bytes: Vec<u8>, at: DefineArgs) -> JResult<Value> {
    let Some(loader) = loader_id(env.thread, env.obj(at.loader)) else {
        return Err(env.throw_no_message("java/lang/NullPointerException"));
    };
    let name = env
        .obj(at.name)
        .map(|s| runtime::strings::string_value(env.thread, s).replace('.', "/"));
    let definition = ClassDefinition {
        loader,
        name: name.as_deref(),
        bytes,
        hidden: false,
    };
    let k = define_class(env.thread, definition)?;
    if let Some(mirror) = k.mirror() {
        crate::class_domain::set_protection_domain(mirror, env.obj(at.domain));
    }
    Ok(Value::Ref(k.mirror()))
}

#[cfg(test)]
mod tests {
    use super::internal_class_name;

    #[test]
    fn binary_names_become_internal_names() {
        assert_eq!(
            internal_class_name("java.lang.String").as_deref(),
            Some("java/lang/String")
        );
        assert_eq!(internal_class_name("Main").as_deref(), Some("Main"));
        assert_eq!(internal_class_name(""), None);
        assert_eq!(internal_class_name("java/lang/String"), None);
        assert_eq!(internal_class_name("[I"), None);
        assert_eq!(internal_class_name("a..b"), None);
    }
}
