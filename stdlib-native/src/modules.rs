//! `java.lang.Module`'s natives and `BootLoader.setBootLoaderUnnamedModule0`: the module
//! system tells the VM about every module it defines, with HotSpot's checks and messages
//! (`modules.cpp`). The VM keeps them in its module table ([`runtime::modules`]) and sets
//! `Class.module` of the boot classes from it.

use runtime::modules::{DefineError, ModuleKind};
use runtime::natives::{Env, NativeRegistry};
use runtime::oops::{ARRAY_BASE_OFFSET, ObjRef};
use runtime::{JResult, Value};

const MODULE: &str = "java/lang/Module";

pub(crate) fn register(r: &NativeRegistry) {
    r.register(
        MODULE,
        "defineModule0",
        "(Ljava/lang/Module;ZLjava/lang/String;Ljava/lang/String;[Ljava/lang/Object;)V",
        define_module,
    );
    r.register(
        MODULE,
        "addReads0",
        "(Ljava/lang/Module;Ljava/lang/Module;)V",
        add_reads,
    );
    r.register(
        MODULE,
        "addExports0",
        "(Ljava/lang/Module;Ljava/lang/String;Ljava/lang/Module;)V",
        add_exports,
    );
    r.register(
        MODULE,
        "addExportsToAll0",
        "(Ljava/lang/Module;Ljava/lang/String;)V",
        add_exports_to_all,
    );
    r.register(
        MODULE,
        "addExportsToAllUnnamed0",
        "(Ljava/lang/Module;Ljava/lang/String;)V",
        add_exports_to_all,
    );
    r.register(
        "jdk/internal/loader/BootLoader",
        "setBootLoaderUnnamedModule0",
        "(Ljava/lang/Module;)V",
        set_boot_loader_unnamed_module,
    );
}

/// A reference field of `obj` by name and descriptor.
fn ref_field(obj: ObjRef, name: &str, descriptor: &str) -> Option<ObjRef> {
    let f = obj.klass().instance_field(name, descriptor)?;
    obj.get_ref(f.offset)
}

fn is_module(obj: ObjRef) -> bool {
    let mut k = Some(obj.klass());
    while let Some(c) = k {
        if c.name == MODULE {
            return true;
        }
        k = c.super_klass;
    }
    false
}

/// The module's name, `None` for an unnamed module.
fn module_name(env: &Env<'_>, module: ObjRef) -> Option<String> {
    ref_field(module, "name", "Ljava/lang/String;")
        .map(|s| runtime::strings::string_value(env.thread, s))
}

fn module_loader(module: ObjRef) -> Option<ObjRef> {
    ref_field(module, "loader", "Ljava/lang/ClassLoader;")
}

/// A package name as HotSpot accepts it (internal form): not empty, no `.`, `;` or `[`, no
/// empty segment.
fn valid_package(name: &str) -> bool {
    !name.is_empty()
        && !name.contains(['.', ';', '['])
        && name.split('/').all(|segment| !segment.is_empty())
}

/// `defineModule0(module, isOpen, version, location, packages)`.
fn define_module(env: &mut Env<'_>) -> JResult<Value> {
    let Some(module) = env.obj(0) else {
        return Err(env.throw("java/lang/NullPointerException", "Null module object"));
    };
    if !is_module(module) {
        return Err(env.throw(
            "java/lang/IllegalArgumentException",
            "module is not an instance of type java.lang.Module",
        ));
    }
    let Some(name) = module_name(env, module) else {
        return Err(env.throw(
            "java/lang/IllegalArgumentException",
            "Module name cannot be null",
        ));
    };
    if name.is_empty() {
        return Err(env.throw(
            "java/lang/IllegalArgumentException",
            "Invalid module name: ",
        ));
    }
    let open = env.int(1) != 0;
    let loader = module_loader(module);
    if name == "java.base" && loader.is_some() {
        return Err(env.throw(
            "java/lang/IllegalArgumentException",
            "Class loader must be the boot class loader",
        ));
    }
    let packages = match packages(env, &name, loader) {
        Ok(p) => p,
        Err(message) => return Err(env.throw("java/lang/IllegalArgumentException", &message)),
    };
    let string_arg = |index: usize| {
        env.obj(index)
            .map(|s| runtime::strings::string_value(env.thread, s))
    };
    let info = runtime::modules::ModuleInfo {
        open,
        version: string_arg(2),
        location: string_arg(3),
    };
    let builtin = loader.is_none_or(|l| is_builtin_loader(env, l));
    let result = env
        .thread
        .vm
        .modules
        .define(module, (loader, builtin), &name, info, packages);
    match result {
        Ok(()) => {
            if loader.is_none() {
                runtime::modules::patch_boot_mirrors(env.thread, &name);
            }
            Ok(Value::Void)
        }
        Err(DefineError::JavaBaseDefined) => Err(env.throw(
            "java/lang/InternalError",
            "Module java.base is already defined",
        )),
        Err(DefineError::ModuleDefined(n)) => Err(env.throw(
            "java/lang/IllegalStateException",
            &format!("Module {n} is already defined"),
        )),
        Err(DefineError::PackageInOtherModule(p, other)) => Err(env.throw(
            "java/lang/IllegalStateException",
            &format!(
                "Package {p} for module {name} is already in another module, {other}, defined to the class loader"
            ),
        )),
    }
}

/// The packages argument (index 4) in internal form, or the `IllegalArgumentException`
/// message HotSpot gives for a bad one.
fn packages(env: &Env<'_>, module: &str, loader: Option<ObjRef>) -> Result<Vec<String>, String> {
    let Some(array) = env.obj(4) else {
        return Ok(Vec::new());
    };
    let string_klass = env.thread.vm.well_known().string;
    let len = usize::try_from(array.array_length()).unwrap_or(0);
    let mut out = Vec::with_capacity(len);
    for i in 0..len {
        let element = array.get_ref(ARRAY_BASE_OFFSET + 8 * i);
        let Some(s) = element.filter(|s| std::ptr::eq(s.klass(), string_klass)) else {
            return Err("Bad package name".to_string());
        };
        let package = runtime::strings::string_value(env.thread, s).replace('.', "/");
        if !valid_package(&package) {
            return Err(format!(
                "Invalid package name: {package} for module: {module}"
            ));
        }
        if let Some(loader) = loader
            && !is_platform_loader(loader)
            && (package == "java" || package.starts_with("java/"))
        {
            return Err(format!(
                "Class loader (instance of): {} tried to define prohibited package name: {}",
                loader.klass().external_name(),
                package.replace('/', ".")
            ));
        }
        out.push(package);
    }
    Ok(out)
}

/// Whether `loader` is one of the JDK's own loaders (`BuiltinClassLoader`s).
fn is_builtin_loader(env: &Env<'_>, loader: ObjRef) -> bool {
    env.thread
        .vm
        .find_loaded(
            runtime::klass::BOOT_LOADER,
            "jdk/internal/loader/BuiltinClassLoader",
        )
        .is_some_and(|builtin| loader.klass().is_subclass_of(builtin))
}

fn is_platform_loader(loader: ObjRef) -> bool {
    loader.klass().name == "jdk/internal/loader/ClassLoaders$PlatformClassLoader"
}

/// Checks a module argument the way `get_module_entry` does: `None` (with the exception
/// thrown) when it is not a module the VM knows.
fn known_module(env: &mut Env<'_>, module: ObjRef, invalid: &str) -> Result<ModuleKind, ()> {
    if !is_module(module) {
        env.throw(
            "java/lang/IllegalArgumentException",
            "module is not an instance of type java.lang.Module",
        );
        return Err(());
    }
    let named = ref_field(module, "name", "Ljava/lang/String;").is_some();
    match env.thread.vm.modules.kind(module, named) {
        Some(kind) => Ok(kind),
        None => {
            env.throw("java/lang/IllegalArgumentException", invalid);
            Err(())
        }
    }
}

/// `addReads0(from, to)`: checks both modules (Cortado's access checks do not consult
/// readability, so nothing more is recorded).
fn add_reads(env: &mut Env<'_>) -> JResult<Value> {
    let Some(from) = env.obj(0) else {
        return Err(env.throw("java/lang/NullPointerException", "from_module is null"));
    };
    if known_module(env, from, "from_module is not valid").is_err() {
        return Err(runtime::thread::Thrown);
    }
    if let Some(to) = env.obj(1)
        && known_module(env, to, "to_module is invalid").is_err()
    {
        return Err(runtime::thread::Thrown);
    }
    Ok(Value::Void)
}

/// `addExports0(from, package, to)`: `to` must not be null.
fn add_exports(env: &mut Env<'_>) -> JResult<Value> {
    if env.obj(2).is_none() {
        return Err(env.throw("java/lang/NullPointerException", "to_module is null"));
    }
    check_export(env, Some(2))
}

/// `addExportsToAll0(from, package)` and `addExportsToAllUnnamed0(from, package)`.
fn add_exports_to_all(env: &mut Env<'_>) -> JResult<Value> {
    check_export(env, None)
}

/// HotSpot's checks of an export: the package must be one of the (named, not open) source
/// module's packages.
fn check_export(env: &mut Env<'_>, to: Option<usize>) -> JResult<Value> {
    let Some(package) = env.obj(1) else {
        return Err(env.throw("java/lang/NullPointerException", "package is null"));
    };
    let Some(from) = env.obj(0) else {
        return Err(env.throw("java/lang/NullPointerException", "from_module is null"));
    };
    let Ok(kind) = known_module(env, from, "from_module cannot be found") else {
        return Err(runtime::thread::Thrown);
    };
    let ModuleKind::Named { name, open: false } = kind else {
        return Ok(Value::Void);
    };
    if let Some(to) = to.and_then(|i| env.obj(i))
        && known_module(env, to, "to_module is invalid").is_err()
    {
        return Err(runtime::thread::Thrown);
    }
    let package = runtime::strings::string_value(env.thread, package).replace('.', "/");
    if !env.thread.vm.modules.has_package(from, &package) {
        let message = format!("Package {package} not found in from_module {name}");
        return Err(env.throw("java/lang/IllegalArgumentException", &message));
    }
    Ok(Value::Void)
}

/// `setBootLoaderUnnamedModule0(module)`: records the boot loader's unnamed module (the
/// module of boot classes outside every named module).
fn set_boot_loader_unnamed_module(env: &mut Env<'_>) -> JResult<Value> {
    let Some(module) = env.obj(0) else {
        return Err(env.throw("java/lang/NullPointerException", "Null module object"));
    };
    if !is_module(module) {
        return Err(env.throw(
            "java/lang/IllegalArgumentException",
            "module is not an instance of type java.lang.Module",
        ));
    }
    if module_name(env, module).is_some() {
        return Err(env.throw(
            "java/lang/IllegalArgumentException",
            "boot loader's unnamed module's java.lang.Module has a name",
        ));
    }
    if module_loader(module).is_some() {
        return Err(env.throw(
            "java/lang/IllegalArgumentException",
            "Class loader must be the boot class loader",
        ));
    }
    env.thread.vm.modules.set_boot_unnamed(module);
    Ok(Value::Void)
}

#[cfg(test)]
mod tests {
    use super::valid_package;

    #[test]
    fn package_names_are_checked_as_hotspot_does() {
        assert!(valid_package("java/lang"));
        assert!(valid_package("a"));
        assert!(!valid_package(""));
        assert!(!valid_package("java//lang"));
        assert!(!valid_package("/java"));
        assert!(!valid_package("java/"));
        assert!(!valid_package("a;b"));
        assert!(!valid_package("a[b"));
    }
}
