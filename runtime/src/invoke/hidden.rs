//! Hidden classes (JEP 371): `ClassLoader.defineClass0`, the VM end of
//! `Lookup.defineHiddenClass` through which `LambdaForm`s, `InnerClassLambdaMetafactory`,
//! `StringConcatFactory` and `ObjectMethods` define the classes they spin.
//!
//! A hidden class is defined by its lookup class's loader but never entered in that loader's
//! table (so it cannot be found by name and several may share a class-file name); its own
//! `this_class` entry resolves to itself; its name is the class file's followed by
//! `/0x<unique>`; with `NESTMATE` its nest host is the lookup class's; its mirror carries the
//! class data.

use std::sync::atomic::{AtomicU64, Ordering};

use classfile::{ClassFile, ParseOptions};

use crate::define::{ClassDefinition, define_class, define_with_module};
use crate::exceptions::throw_new;
use crate::klass::{BOOT_LOADER, HiddenClass, Klass};
use crate::natives::{Env, NativeRegistry};
use crate::thread::{JResult, JavaThread};
use crate::vm::Value;

/// `ClassLoader.defineClass0`'s `flags` bits (`MethodHandles.Lookup.ClassOption`).
pub mod option {
    /// The class joins the lookup class's nest.
    pub const NESTMATE: i32 = 0x1;
    /// The class is hidden.
    pub const HIDDEN: i32 = 0x2;
}

/// Registers `ClassLoader.defineClass0`.
pub fn register(r: &NativeRegistry) {
    r.register(
        "java/lang/ClassLoader",
        "defineClass0",
        "(Ljava/lang/ClassLoader;Ljava/lang/Class;Ljava/lang/String;[BIILjava/security/ProtectionDomain;ZILjava/lang/Object;)Ljava/lang/Class;",
        define_class0,
    );
}

/// `defineClass0(loader, lookup, name, b, off, len, pd, initialize, flags, classData)`.
fn define_class0(env: &mut Env<'_>) -> JResult<Value> {
    let j = super::jli(env.thread)?;
    let Some(lookup) = env.obj(1).and_then(|m| j.mirror_klass(m)) else {
        return Err(env.throw("java/lang/IllegalArgumentException", "Lookup class is null"));
    };
    let Some(bytes) = env.obj(3) else {
        return Err(env.throw_no_message("java/lang/NullPointerException"));
    };
    let (off, len) = (env.int(4), env.int(5));
    let total = bytes.array_length();
    if off < 0 || len < 0 || off.checked_add(len).is_none_or(|end| end > total) {
        return Err(env.throw_no_message("java/lang/ArrayIndexOutOfBoundsException"));
    }
    let data = bytes.array_bytes(total as usize)[off as usize..(off + len) as usize].to_vec();
    let (initialize, flags) = (env.int(7) != 0, env.int(8));
    let class_data = env.arg_local(9);
    let name = env
        .obj(2)
        .map(|n| crate::strings::string_value(env.thread, n).replace('.', "/"));
    let klass = if flags & option::HIDDEN != 0 {
        let host = if flags & option::NESTMATE != 0 {
            Some(crate::access::nest_host(env.thread, lookup))
        } else {
            None
        };
        define_hidden(env.thread, lookup, name.as_deref(), data, host)?
    } else {
        let definition = ClassDefinition {
            loader: lookup.loader,
            name: name.as_deref(),
            bytes: data,
            hidden: false,
        };
        define_class(env.thread, definition)?
    };
    if let (Some(mirror), Some(f)) = (
        klass.mirror(),
        env.thread
            .vm
            .class_klass
            .get()
            .and_then(|c| c.find_declared_field("classData", "Ljava/lang/Object;")),
    ) {
        mirror.put_ref(f.offset, env.get(class_data));
    }
    if initialize {
        crate::init::initialize(env.thread, klass)?;
    } else {
        crate::init::link(env.thread, klass)?;
    }
    Ok(Value::Ref(klass.mirror()))
}

/// Distinguishes hidden classes of the same class-file name (HotSpot uses an address).
static HIDDEN_SUFFIX: AtomicU64 = AtomicU64::new(0x0000_0008_0000_0000);

/// Defines a hidden class from `bytes` in `lookup`'s loader and module, named
/// `<name>/0x<unique>`: `name` is the requested name (internal form) when given, as HotSpot
/// names a hidden class after the name `Lookup` passes (the JDK's injected invokers reuse one
/// template class file under the caller's name), else the class file's `this_class`;
/// `nest_host` for a `NESTMATE` class.
pub fn define_hidden(
    thread: &mut JavaThread,
    lookup: &'static Klass,
    name: Option<&str>,
    bytes: Vec<u8>,
    nest_host: Option<&'static Klass>,
) -> JResult<&'static Klass> {
    // Class metadata lives as long as the VM (see `klass`).
    let bytes: &'static [u8] = Box::leak(bytes.into_boxed_slice());
    let options = ParseOptions {
        need_verify: lookup.loader != BOOT_LOADER,
        enable_preview: thread.vm.enable_preview,
        ..ParseOptions::default()
    };
    let cf = match ClassFile::parse_with(bytes, &options) {
        Ok(cf) => cf,
        Err(e) => return Err(throw_new(thread, e.kind.java_class_name(), &e.message)),
    };
    let suffix = HIDDEN_SUFFIX.fetch_add(0x400, Ordering::Relaxed);
    let base = name.map_or_else(|| cf.name.to_string(), str::to_string);
    let name = format!("{base}/0x{suffix:016x}");
    let external_name = format!("{}/0x{suffix:016x}", base.replace('/', "."));
    let module = lookup.module.clone();
    let klass = define_with_module(thread, lookup.loader, &name, cf, module, true)?;
    let _ = klass.hidden.set(HiddenClass {
        external_name,
        nest_host,
    });
    Ok(klass)
}
