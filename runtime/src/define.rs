//! Defining classes from class-file bytes, as HotSpot's `SystemDictionary::resolve_from_stream`
//! does for every loader: parse (with the expected name: `NoClassDefFoundError` "X (wrong
//! name: Y)"), the prohibited-package check for loaders other than the boot and platform
//! loaders, supertypes through the defining loader (`ClassCircularityError`), the duplicate
//! definition check (`LinkageError` with HotSpot's text), the mirror with `classLoader` and
//! `module`, and publication in the loader's table.
//!
//! [`define_class`] is the entry point of `ClassLoader.defineClass1`/`defineClass2` and, with
//! [`ClassDefinition::hidden`], of `Lookup.defineHiddenClass` (`ClassLoader.defineClass0`).

use std::borrow::Cow;
use std::sync::atomic::{AtomicU64, Ordering};

use classfile::{ClassFile, ParseOptions};

use crate::exceptions::throw_new;
use crate::klass::{BOOT_LOADER, ClassParts, Klass, LoaderId, define_instance_klass};
use crate::mirror::create_mirror;
use crate::resolve::CpEntry;
use crate::thread::{JResult, JavaThread};

/// What a `defineClass` call asks the VM to define.
#[derive(Debug, Clone)]
pub struct ClassDefinition<'a> {
    /// The defining loader (see [`crate::class_loaders::loader_id`]).
    pub loader: LoaderId,
    /// The name the caller expects (internal form, `pkg/Name`), `None` to take the class
    /// file's own.
    pub name: Option<&'a str>,
    /// The class-file bytes.
    pub bytes: Vec<u8>,
    /// A hidden class (`Lookup.defineHiddenClass`): named `<this_class>/0x<unique>`, never
    /// entered in the loader's table (so no duplicate check), its own `this_class` entry
    /// resolved to itself.
    pub hidden: bool,
}

/// Distinguishes hidden classes of the same `this_class` (HotSpot uses the address).
static HIDDEN_SUFFIX: AtomicU64 = AtomicU64::new(0x0800_0000);

/// Defines a class from bytes for a loader: the core of `ClassLoader.defineClass1`,
/// `defineClass2` and `defineClass0`. Throws `ClassFormatError` (and subclasses),
/// `NoClassDefFoundError` for a wrong name, `SecurityException` for a `java.*` class of a
/// loader other than the boot and platform loaders, `LinkageError` for a duplicate
/// definition, or what loading the supertypes throws. The class is loaded, not linked.
pub fn define_class(
    thread: &mut JavaThread,
    definition: ClassDefinition<'_>,
) -> JResult<&'static Klass> {
    let ClassDefinition {
        loader,
        name,
        bytes,
        hidden,
    } = definition;
    // Class metadata lives as long as the VM (see `klass`): the bytes the parsed class
    // borrows from are leaked with it.
    let bytes: &'static [u8] = Box::leak(bytes.into_boxed_slice());
    let options = ParseOptions {
        class_name: name,
        need_verify: loader != BOOT_LOADER,
        enable_preview: thread.vm.enable_preview,
        // Unverified (boot) classes decode a method's code when it first runs.
        lazy_code: true,
        ..ParseOptions::default()
    };
    let cf = match ClassFile::parse_with(bytes, &options) {
        Ok(cf) => cf,
        Err(e) => return Err(throw_new(thread, e.kind.java_class_name(), &e.message)),
    };
    let file_name = cf.name.to_string();
    check_prohibited_package(thread, loader, &file_name)?;
    let name = if hidden {
        let suffix = HIDDEN_SUFFIX.fetch_add(8, Ordering::Relaxed);
        format!("{file_name}/0x{suffix:016x}")
    } else {
        file_name
    };
    define_parsed(thread, loader, &name, cf, hidden)
}

/// Parses and defines a class from its bytes for the VM's own loading (the boot loader
/// from the image, the application loader from the class path before the JDK's loaders
/// exist), loading its supertypes first. `module` names a boot class's module. Bytes
/// borrowed for the VM's lifetime (the image's mapping) are used in place; owned ones are
/// kept with the class metadata.
pub fn define_from_bytes(
    thread: &mut JavaThread,
    loader: LoaderId,
    name: &str,
    bytes: Cow<'static, [u8]>,
    module: Option<String>,
) -> JResult<&'static Klass> {
    let bytes: &'static [u8] = match bytes {
        Cow::Borrowed(bytes) => bytes,
        Cow::Owned(bytes) => Box::leak(bytes.into_boxed_slice()),
    };
    let options = ParseOptions {
        class_name: Some(name),
        need_verify: loader != BOOT_LOADER,
        enable_preview: thread.vm.enable_preview,
        // Unverified (boot) classes decode a method's code when it first runs.
        lazy_code: true,
        ..ParseOptions::default()
    };
    let cf = match ClassFile::parse_with(bytes, &options) {
        Ok(cf) => cf,
        Err(e) => return Err(throw_new(thread, e.kind.java_class_name(), &e.message)),
    };
    define_with_module(thread, loader, name, cf, module, false)
}

/// HotSpot's `check_prohibited_package`: only the boot and platform loaders define classes
/// in `java.*` packages.
fn check_prohibited_package(thread: &mut JavaThread, loader: LoaderId, name: &str) -> JResult<()> {
    if !name.starts_with("java/") || thread.vm.loaders.may_define_java_packages(loader) {
        return Ok(());
    }
    let package = name.rfind('/').map_or("", |i| &name[..i]).replace('/', ".");
    let msg = format!(
        "Class loader (instance of): {} tried to load prohibited package name: {package}",
        thread.vm.loaders.name_and_id(loader)
    );
    Err(throw_new(thread, "java/lang/SecurityException", &msg))
}

/// Defines a parsed class of a loader other than the boot loader: its module is the loader's
/// named module holding the package, if any.
fn define_parsed(
    thread: &mut JavaThread,
    loader: LoaderId,
    name: &str,
    cf: ClassFile<'static>,
    hidden: bool,
) -> JResult<&'static Klass> {
    let package = name.rfind('/').map_or("", |i| &name[..i]);
    let (module, version) = match thread.vm.loaders.object(loader) {
        Some(object) if loader != BOOT_LOADER => {
            let modules = &thread.vm.modules;
            let module = modules
                .module_of_package(object, package)
                .map(|(_, module)| module);
            (module, modules.shown_version_of_package(object, package))
        }
        _ => (None, None),
    };
    define_in_module(thread, loader, name, cf, (module, version), hidden)
}

/// Defines a parsed class in `module`: supertypes, the Klass, its mirror, publication (a
/// `hidden` class is not entered in the loader's table and resolves its own name to itself).
pub(crate) fn define_with_module(
    thread: &mut JavaThread,
    loader: LoaderId,
    name: &str,
    cf: ClassFile<'static>,
    module: Option<String>,
    hidden: bool,
) -> JResult<&'static Klass> {
    define_in_module(thread, loader, name, cf, (module, None), hidden)
}

/// [`define_with_module`] with the version messages show after the module's name.
fn define_in_module(
    thread: &mut JavaThread,
    loader: LoaderId,
    name: &str,
    cf: ClassFile<'static>,
    (module, module_version): (Option<String>, Option<String>),
    hidden: bool,
) -> JResult<&'static Klass> {
    let this_class = cf.this_class;
    // Placeholder (HotSpot's "super load" placeholder): the thread resolving this class's
    // supertypes. Meeting our own placeholder again means the hierarchy is circular; another
    // thread's placeholder means a concurrent load of the same class, which may proceed (the
    // registry keeps the first definition; issue 6 makes the second thread wait instead).
    let key = (loader, name.to_string(), thread.id);
    if !thread.vm.loading.lock().insert(key.clone()) {
        return Err(throw_new(thread, "java/lang/ClassCircularityError", name));
    }
    let supers = crate::loader::resolve_supertypes(thread, loader, &cf);
    thread.vm.loading.lock().remove(&key);
    let (super_klass, interfaces) = supers?;
    let parts = ClassParts {
        class_file: cf,
        loader,
        loader_name: thread.vm.loaders.name_and_id(loader),
        module,
        module_version,
        name_override: hidden.then(|| name.to_string()),
        super_klass,
        interfaces,
        static_base: thread.vm.static_base,
    };
    let Some(klass) = define_instance_klass(parts) else {
        let msg = format!("Illegal member descriptor in class file {name}");
        return Err(throw_new(thread, "java/lang/ClassFormatError", &msg));
    };
    if hidden {
        klass.cp_cache.set(this_class, CpEntry::Class(klass));
    } else if loader != BOOT_LOADER && thread.vm.find_loaded(loader, name).is_some() {
        return Err(duplicate_definition(thread, klass));
    }
    // The mirror (and with it the statics) is complete before the class is published: a
    // thread that loses a race to define the same class uses the winner, mirror and all.
    if thread.vm.class_klass.get().is_some() {
        create_mirror(thread, klass)?;
    }
    if hidden {
        thread.vm.all_classes.lock().push(klass);
        return Ok(klass);
    }
    crate::loader_constraints::record_class(thread, loader, name, klass)
}

/// HotSpot's `LinkageError` for a second definition of a name in one loader (the name is in
/// the loader's table, as defining or initiating loader).
fn duplicate_definition(thread: &mut JavaThread, klass: &'static Klass) -> crate::thread::Thrown {
    let kind = if klass.is_interface() {
        "interface"
    } else {
        "class"
    };
    let msg = format!(
        "loader {} attempted duplicate {kind} definition for {}. ({})",
        klass.loader_name,
        klass.external_name(),
        class_in_module_of_loader(thread, klass)
    );
    throw_new(thread, "java/lang/LinkageError", &msg)
}

/// HotSpot's `class_in_module_of_loader(false, true)`: "X is in unnamed module of loader L",
/// with ", parent loader P" for loaders other than the JDK's built-in ones.
pub(crate) fn class_in_module_of_loader(thread: &JavaThread, klass: &Klass) -> String {
    let mut text = format!(
        "{} is in {}",
        klass.external_name(),
        klass.module_and_loader()
    );
    if let Some(parent) = non_builtin_parent_name(thread, klass.loader) {
        text.push_str(", parent loader ");
        text.push_str(&parent);
    }
    text
}

/// The `nameAndId` of the parent of a loader that is not one of the JDK's built-in loaders.
fn non_builtin_parent_name(thread: &JavaThread, loader: LoaderId) -> Option<String> {
    let object = thread.vm.loaders.object(loader)?;
    let builtin = thread
        .vm
        .find_loaded(BOOT_LOADER, "jdk/internal/loader/BuiltinClassLoader")
        .is_some_and(|b| object.klass().is_subclass_of(b));
    if builtin {
        return None;
    }
    let parent = object
        .klass()
        .instance_field("parent", "Ljava/lang/ClassLoader;")
        .and_then(|f| object.get_ref(f.offset));
    let Some(parent) = parent else {
        return Some("'bootstrap'".to_string());
    };
    let name = parent
        .klass()
        .instance_field("nameAndId", "Ljava/lang/String;")
        .and_then(|f| parent.get_ref(f.offset))
        .map(|s| crate::strings::string_value(thread, s));
    Some(name.unwrap_or_else(|| parent.klass().external_name()))
}
