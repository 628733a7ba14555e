//! Class loading as HotSpot's `SystemDictionary` does it: the registry of loaded classes keyed
//! by (loader, name), with initiating loaders recorded; the boot loader over the JDK image
//! (once the module system is up, only packages of modules defined to the boot loader); other
//! loaders through their own `loadClass(String)`; superclass and interface resolution with
//! `ClassCircularityError`; and array classes.
//!
//! Before the JDK's application class loader exists (an embedding VM that never ran
//! [`crate::Vm::boot_system`]), the application loader id is served by the VM itself over
//! [`ClassPath`](crate::classpath::ClassPath), delegating to the boot loader first. Defining
//! classes from bytes is [`crate::define`].

use classfile::ClassFile;
use classfile::descriptor::BaseType;

use crate::exceptions::throw_new;
use crate::klass::{APP_LOADER, ArrayKlassParts, BOOT_LOADER, Klass, LoaderId, define_array_klass};
use crate::mirror::create_mirror;
use crate::oops::ObjRef;
use crate::thread::{JResult, JavaThread};
use crate::vm::Value;

pub use crate::define::define_from_bytes;

/// Finds or loads the class `name` (internal form; arrays as descriptors) through `loader`,
/// as HotSpot's `resolve_or_fail` with `throw_error`: a class the loader cannot find throws
/// `NoClassDefFoundError` (a loader's `ClassNotFoundException` becomes its cause); other
/// loading errors propagate.
pub fn load_class(
    thread: &mut JavaThread,
    loader: LoaderId,
    name: &str,
) -> JResult<&'static Klass> {
    match find_or_load(thread, loader, name) {
        Ok(Some(k)) => Ok(k),
        Ok(None) => Err(throw_new(thread, "java/lang/NoClassDefFoundError", name)),
        Err(thrown) => {
            let not_found = thread
                .pending_exception()
                .is_some_and(|e| is_class_not_found(thread, e));
            if !not_found {
                return Err(thrown);
            }
            let cause = thread.take_pending();
            Err(crate::exceptions::throw_with_message_and_cause(
                thread,
                "java/lang/NoClassDefFoundError",
                name,
                cause,
            ))
        }
    }
}

/// Whether `e` is a `ClassNotFoundException`.
fn is_class_not_found(thread: &JavaThread, e: ObjRef) -> bool {
    thread
        .vm
        .find_loaded(BOOT_LOADER, "java/lang/ClassNotFoundException")
        .is_some_and(|cnfe| e.klass().is_subclass_of(cnfe))
}

/// Finds or loads `name` through `loader` as HotSpot's `resolve_or_null`: `None` when the
/// loader has no such class (a `ClassNotFoundException` thrown by a Java loader propagates).
pub fn find_or_load(
    thread: &mut JavaThread,
    loader: LoaderId,
    name: &str,
) -> JResult<Option<&'static Klass>> {
    if let Some(k) = thread.vm.find_loaded(loader, name) {
        return Ok(Some(k));
    }
    if let Some(rest) = name.strip_prefix('[') {
        return load_array_class(thread, loader, rest);
    }
    if loader == BOOT_LOADER {
        return try_load_boot(thread, name);
    }
    if thread.vm.loaders.object(loader).is_some() {
        return load_through_java(thread, loader, name);
    }
    if loader != APP_LOADER {
        return Ok(None);
    }
    if let Some(k) = try_load_boot(thread, name)? {
        return crate::loader_constraints::record_class(thread, loader, name, k).map(Some);
    }
    let bytes = match thread.vm.class_path.find_class(name) {
        Ok(Some(b)) => b.bytes,
        _ => return Ok(None),
    };
    define_from_bytes(thread, loader, name, bytes.into(), None).map(Some)
}

/// Asks the loader's Java object: `loader.loadClass(name)` (HotSpot calls the public
/// one-argument method on every loader). The class it returns must have the requested name;
/// `loader` is recorded as its initiating loader.
fn load_through_java(
    thread: &mut JavaThread,
    loader: LoaderId,
    name: &str,
) -> JResult<Option<&'static Klass>> {
    let Some(object) = thread.vm.loaders.object(loader) else {
        return Ok(None);
    };
    let mark = thread.handles.len();
    let receiver = thread.new_local(Some(object));
    let result = (|| {
        let binary = crate::strings::new_string(thread, &name.replace('/', "."))?;
        let Some(receiver) = thread.local(receiver) else {
            return Ok(None);
        };
        let descriptor = "(Ljava/lang/String;)Ljava/lang/Class;";
        let Some(method) =
            crate::resolve::lookup_in_classes(receiver.klass(), "loadClass", descriptor)
        else {
            return Ok(None);
        };
        let args = [Value::Ref(Some(receiver)), Value::Ref(Some(binary))];
        match crate::interpreter::call_method(thread, method, &args)? {
            Value::Ref(Some(mirror)) => Ok(crate::mirror::klass_of_mirror(mirror)),
            _ => Ok(None),
        }
    })();
    thread.handles.truncate(mark);
    match result? {
        Some(k) if k.name == name => {
            crate::loader_constraints::record_class(thread, loader, name, k).map(Some)
        }
        _ => Ok(None),
    }
}

/// Loads a boot class from the image if it exists there. Once the module system defined
/// `java.base`, only packages of modules defined to the boot loader are the boot loader's
/// (the others belong to the platform and application loaders).
fn try_load_boot(thread: &mut JavaThread, name: &str) -> JResult<Option<&'static Klass>> {
    if let Some(k) = thread.vm.find_loaded(BOOT_LOADER, name) {
        return Ok(Some(k));
    }
    let image = thread.vm.image;
    let found = match image.find_class(name) {
        Ok(Some((module, location))) => {
            let module = module.to_string();
            let visible = thread.vm.modules.boot_module("java.base").is_none()
                || thread.vm.modules.boot_module(&module).is_some();
            match image.read(&location) {
                Ok(bytes) if visible => Some((module, bytes)),
                _ => None,
            }
        }
        _ => None,
    };
    match found {
        Some((module, bytes)) => {
            let k = define_from_bytes(thread, BOOT_LOADER, name, bytes, Some(module))?;
            k.from_runtime_image
                .store(true, std::sync::atomic::Ordering::Release);
            Ok(Some(k))
        }
        None => Ok(None),
    }
}

pub(crate) fn resolve_supertypes(
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

/// Loads the array class described by `rest` (the descriptor after one `[`): its element
/// through `loader`, the array class in the element's loader, `loader` recorded as an
/// initiating loader.
fn load_array_class(
    thread: &mut JavaThread,
    loader: LoaderId,
    rest: &str,
) -> JResult<Option<&'static Klass>> {
    let component = match rest.as_bytes().first() {
        Some(b'L') if rest.ends_with(';') && rest.len() > 2 => {
            match find_or_load(thread, loader, &rest[1..rest.len() - 1])? {
                Some(k) => Ok(k),
                None => return Ok(None),
            }
        }
        Some(b'[') => match find_or_load(thread, loader, rest)? {
            Some(k) => Ok(k),
            None => return Ok(None),
        },
        Some(&c) if rest.len() == 1 => match BaseType::from_char(c) {
            Some(b) => Err(b),
            None => return Ok(None),
        },
        _ => return Ok(None),
    };
    let array = array_klass_of(thread, component)?;
    Ok(Some(thread.vm.register(loader, &format!("[{rest}"), array)))
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
