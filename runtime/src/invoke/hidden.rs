//! Hidden classes (JEP 371): `ClassLoader.defineClass0`, the VM end of
//! `Lookup.defineHiddenClass` through which `LambdaForm`s, `InnerClassLambdaMetafactory`,
//! `StringConcatFactory` and `ObjectMethods` define the classes they spin.
//!
//! A hidden class is defined by its lookup class's loader but never entered in that loader's
//! table (so it cannot be found by name and several may share a class-file name); its own
//! `this_class` entry resolves to itself; its name is the class file's followed by
//! `/0x<unique>`; with `NESTMATE` its nest host is the lookup class's; its mirror carries the
//! class data.

use crate::define::{ClassDefinition, define_class};
use crate::klass::{HiddenClass, Klass};
use crate::natives::{Env, NativeRegistry};
use crate::thread::JResult;
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
    let hidden = flags & option::HIDDEN != 0;
    let definition = ClassDefinition {
        loader: lookup.loader,
        name: if hidden { None } else { name.as_deref() },
        bytes: data,
        hidden,
    };
    let klass = define_class(env.thread, definition)?;
    if hidden {
        let host = if flags & option::NESTMATE != 0 {
            Some(crate::access::nest_host(env.thread, lookup))
        } else {
            None
        };
        mark_hidden(klass, host);
    }
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

/// Records what makes `klass` (just defined with [`ClassDefinition::hidden`]) hidden: its
/// external name `p.Name/0x...` and the nest host of a `NESTMATE` class.
pub fn mark_hidden(klass: &'static Klass, nest_host: Option<&'static Klass>) {
    let external_name = match klass.name.rfind("/0x") {
        Some(i) => format!("{}{}", klass.name[..i].replace('/', "."), &klass.name[i..]),
        None => klass.name.replace('/', "."),
    };
    let _ = klass.hidden.set(HiddenClass {
        external_name,
        nest_host,
    });
}
