//! `java.lang.ClassLoader`'s lookups of classes the VM has already: `findBootstrapClass`
//! (the boot loader's class, loaded if needed, not initialised) and `findLoadedClass0` (a
//! class the receiver loader has loaded). Cortado defines classes for two loaders so far:
//! the boot loader and the application class path, whose Java object is the system class
//! loader once `initPhase3` created it; every other loader has loaded nothing.

use runtime::klass::{APP_LOADER, BOOT_LOADER};
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

/// `findLoadedClass0(name)` on a loader: the class it has loaded under that name, if any.
fn find_loaded_class(env: &mut Env<'_>) -> JResult<Value> {
    let (Some(loader), Some(name)) = (env.obj(0), env.obj(1)) else {
        return Ok(Value::Ref(None));
    };
    let is_app_loader = env
        .thread
        .vm
        .modules
        .app_loader()
        .is_some_and(|(app, _)| app == loader);
    if !is_app_loader {
        return Ok(Value::Ref(None));
    }
    let name = runtime::strings::string_value(env.thread, name);
    let Some(internal) = internal_class_name(&name) else {
        return Ok(Value::Ref(None));
    };
    let found = env.thread.vm.find_loaded(APP_LOADER, &internal);
    Ok(Value::Ref(found.and_then(|k| k.mirror())))
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
