//! Class loading: the boot loader over the JDK image and the VM's temporary application class
//! path loader, the registry of loaded classes keyed by (loader, name), superclass and
//! interface resolution with `ClassCircularityError`, and array classes.
//!
//! The application loader here is implemented by the VM directly on
//! [`ClassPath`](crate::classpath::ClassPath), delegating to the boot loader first. It is
//! temporary: once java.base boots (next slice), application classes are loaded by the JDK's
//! own `jdk.internal.loader.ClassLoaders$AppClassLoader` and this loader goes away.

use classfile::descriptor::BaseType;
use classfile::{ClassFile, ParseOptions};

use crate::exceptions::throw_new;
use crate::klass::{
    APP_LOADER, ArrayKlassParts, BOOT_LOADER, ClassParts, Klass, LoaderId, define_array_klass,
    define_instance_klass,
};
use crate::mirror::create_mirror;
use crate::thread::{JResult, JavaThread};

/// Finds or loads the class `name` (internal form; arrays as descriptors) through `loader`.
/// Throws `NoClassDefFoundError` if it cannot be found, or the loading error.
pub fn load_class(
    thread: &mut JavaThread,
    loader: LoaderId,
    name: &str,
) -> JResult<&'static Klass> {
    if let Some(k) = thread.vm.find_loaded(loader, name) {
        return Ok(k);
    }
    if let Some(rest) = name.strip_prefix('[') {
        return load_array_class(thread, loader, rest);
    }
    if loader != BOOT_LOADER {
        if let Some(k) = try_load_boot(thread, name)? {
            thread.vm.register(loader, name, k);
            return Ok(k);
        }
        let bytes = match thread.vm.class_path.find_class(name) {
            Ok(Some(b)) => b.bytes,
            _ => return Err(throw_new(thread, "java/lang/NoClassDefFoundError", name)),
        };
        return define_from_bytes(thread, loader, name, bytes, None);
    }
    match try_load_boot(thread, name)? {
        Some(k) => Ok(k),
        None => Err(throw_new(thread, "java/lang/NoClassDefFoundError", name)),
    }
}

/// Loads a boot class from the image if it exists there.
fn try_load_boot(thread: &mut JavaThread, name: &str) -> JResult<Option<&'static Klass>> {
    if let Some(k) = thread.vm.find_loaded(BOOT_LOADER, name) {
        return Ok(Some(k));
    }
    let found = match thread.vm.image.find_class(name) {
        Ok(Some((module, location))) => {
            let module = module.to_string();
            match thread.vm.image.read(&location) {
                Ok(bytes) => Some((module, bytes.into_owned())),
                Err(_) => None,
            }
        }
        _ => None,
    };
    match found {
        Some((module, bytes)) => {
            define_from_bytes(thread, BOOT_LOADER, name, bytes, Some(module)).map(Some)
        }
        None => Ok(None),
    }
}

/// Parses and defines a class from its bytes, loading its supertypes first.
pub fn define_from_bytes(
    thread: &mut JavaThread,
    loader: LoaderId,
    name: &str,
    bytes: Vec<u8>,
    module: Option<String>,
) -> JResult<&'static Klass> {
    // Class metadata lives as long as the VM (see `klass`): the bytes the parsed class
    // borrows from are leaked with it.
    let bytes: &'static [u8] = Box::leak(bytes.into_boxed_slice());
    let options = ParseOptions {
        class_name: Some(name),
        need_verify: loader != BOOT_LOADER,
        ..ParseOptions::default()
    };
    let cf = match ClassFile::parse_with(bytes, &options) {
        Ok(cf) => cf,
        Err(e) => return Err(throw_new(thread, e.kind.java_class_name(), &e.message)),
    };
    // Placeholder (HotSpot's "super load" placeholder): the thread resolving this class's
    // supertypes. Meeting our own placeholder again means the hierarchy is circular; another
    // thread's placeholder means a concurrent load of the same class, which may proceed (the
    // registry keeps the first definition; issue 6 makes the second thread wait instead).
    let key = (loader, name.to_string(), thread.id);
    if !thread.vm.loading.lock().insert(key.clone()) {
        return Err(throw_new(thread, "java/lang/ClassCircularityError", name));
    }
    let supers = resolve_supertypes(thread, loader, &cf);
    thread.vm.loading.lock().remove(&key);
    let (super_klass, interfaces) = supers?;
    let parts = ClassParts {
        class_file: cf,
        loader,
        module,
        super_klass,
        interfaces,
        static_base: thread.vm.static_base,
    };
    let Some(klass) = define_instance_klass(parts) else {
        let msg = format!("Illegal member descriptor in class file {name}");
        return Err(throw_new(thread, "java/lang/ClassFormatError", &msg));
    };
    // The mirror (and with it the statics) is complete before the class is published: a
    // thread that loses a race to define the same class uses the winner, mirror and all.
    if thread.vm.class_klass.get().is_some() {
        create_mirror(thread, klass)?;
    }
    Ok(thread.vm.register(loader, name, klass))
}

fn resolve_supertypes(
    thread: &mut JavaThread,
    loader: LoaderId,
    cf: &ClassFile<'static>,
) -> JResult<(Option<&'static Klass>, Vec<&'static Klass>)> {
    let this = cf.name.replace('/', ".");
    let super_klass = match &cf.super_name {
        Some(s) => {
            let k = load_class(thread, loader, s)?;
            if k.is_interface() {
                let msg = format!(
                    "class {this} has interface {} as super class",
                    k.external_name()
                );
                return Err(throw_new(
                    thread,
                    "java/lang/IncompatibleClassChangeError",
                    &msg,
                ));
            }
            if k.access_flags & classfile::model::access::FINAL != 0 {
                let msg = format!(
                    "class {this} cannot inherit from final class {}",
                    k.external_name()
                );
                return Err(throw_new(
                    thread,
                    "java/lang/IncompatibleClassChangeError",
                    &msg,
                ));
            }
            Some(k)
        }
        None => None,
    };
    let mut interfaces = Vec::with_capacity(cf.interfaces.len());
    for index in cf.interfaces.iter() {
        let Ok(iname) = cf.constant_pool.class_name(index) else {
            continue;
        };
        let k = load_class(thread, loader, &iname)?;
        if !k.is_interface() {
            let msg = format!(
                "class {this} can not implement {}, because it is not an interface ({})",
                k.external_name(),
                k.module_and_loader_of_pair_text()
            );
            return Err(throw_new(
                thread,
                "java/lang/IncompatibleClassChangeError",
                &msg,
            ));
        }
        interfaces.push(k);
    }
    Ok((super_klass, interfaces))
}

impl Klass {
    /// "X is in unnamed module of loader 'app'" (used in a few linkage messages).
    fn module_and_loader_of_pair_text(&self) -> String {
        format!(
            "{} is in {}",
            self.external_name(),
            self.module_and_loader()
        )
    }
}

/// Loads the array class described by `rest` (the descriptor after one `[`).
fn load_array_class(
    thread: &mut JavaThread,
    loader: LoaderId,
    rest: &str,
) -> JResult<&'static Klass> {
    let component = match rest.as_bytes().first() {
        Some(b'L') if rest.ends_with(';') && rest.len() > 2 => {
            Ok(load_class(thread, loader, &rest[1..rest.len() - 1])?)
        }
        Some(b'[') => Ok(load_class(thread, loader, rest)?),
        Some(&c) if rest.len() == 1 => match BaseType::from_char(c) {
            Some(b) => Err(b),
            None => {
                return Err(throw_new(
                    thread,
                    "java/lang/NoClassDefFoundError",
                    &format!("[{rest}"),
                ));
            }
        },
        _ => {
            return Err(throw_new(
                thread,
                "java/lang/NoClassDefFoundError",
                &format!("[{rest}"),
            ));
        }
    };
    array_klass_of(thread, component)
}

/// The array class with the given component (a class, or a primitive type).
pub fn array_klass_of(
    thread: &mut JavaThread,
    component: Result<&'static Klass, BaseType>,
) -> JResult<&'static Klass> {
    if let Ok(c) = component
        && let Some(a) = c.array_klass()
    {
        return Ok(a);
    }
    let name = match component {
        Ok(c) if c.is_array() => format!("[{}", c.name),
        Ok(c) => format!("[L{};", c.name),
        Err(b) => format!("[{}", b.descriptor_char()),
    };
    let loader = component.map_or(BOOT_LOADER, |c| c.loader);
    if let Some(k) = thread.vm.find_loaded(loader, &name) {
        return Ok(k);
    }
    let object = load_class(thread, BOOT_LOADER, "java/lang/Object")?;
    let cloneable = load_class(thread, BOOT_LOADER, "java/lang/Cloneable")?;
    let serializable = load_class(thread, BOOT_LOADER, "java/io/Serializable")?;
    let array = define_array_klass(ArrayKlassParts {
        component,
        object,
        array_interfaces: vec![cloneable, serializable],
    });
    if thread.vm.class_klass.get().is_some() {
        create_mirror(thread, array)?;
    }
    let array = thread.vm.register(loader, &name, array);
    if let Ok(c) = component {
        c.set_array_klass(array);
    }
    Ok(array)
}

/// The loader that application classes use (the VM's temporary class path loader).
pub const fn app_loader() -> LoaderId {
    APP_LOADER
}
