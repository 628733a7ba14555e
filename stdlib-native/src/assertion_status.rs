//! Assertion status from the `-ea`/`-da`/`-esa`/`-dsa` options: `Class.desiredAssertionStatus0`
//! (asked when a class initialises its `$assertionsDisabled`) and
//! `ClassLoader.retrieveDirectives` (the options as a `java.lang.AssertionStatusDirectives`,
//! read once a loader's assertion status is set from Java).

use classfile::descriptor::BaseType;
use runtime::assertions::{assertion_directives, assertions_enabled};
use runtime::klass::BOOT_LOADER;
use runtime::natives::{Env, NativeRegistry};
use runtime::oops::ObjRef;
use runtime::{JResult, Value};

use crate::io_support::{new_object_array, new_string};

pub(crate) fn register(r: &NativeRegistry) {
    r.register(
        "java/lang/Class",
        "desiredAssertionStatus0",
        "(Ljava/lang/Class;)Z",
        desired_assertion_status,
    );
    r.register(
        "java/lang/ClassLoader",
        "retrieveDirectives",
        "()Ljava/lang/AssertionStatusDirectives;",
        retrieve_directives,
    );
}

/// Whether the class of mirror argument 0 runs its `assert` statements: primitive and array
/// classes never; boot classes follow the system default (`-esa`), others the user default (`-ea`),
/// unless a class or package option names them.
fn desired_assertion_status(env: &mut Env<'_>) -> JResult<Value> {
    let klass = env.obj(0).and_then(runtime::mirror::klass_of_mirror);
    let Some(klass) = klass.filter(|k| !k.is_array()) else {
        return Ok(Value::Int(0));
    };
    let options = &env.thread.vm.assertions;
    let system = klass.loader == BOOT_LOADER;
    Ok(Value::Int(
        assertions_enabled(options, &klass.name, system).into(),
    ))
}

/// A `boolean[]` holding `flags`.
fn new_boolean_array(env: &mut Env<'_>, flags: &[bool]) -> JResult<ObjRef> {
    let k = runtime::loader::array_klass_of(env.thread, Err(BaseType::Boolean))?;
    let len = i32::try_from(flags.len()).unwrap_or(i32::MAX);
    let array = runtime::alloc::new_array(env.thread, k, len)?;
    let bytes: Vec<u8> = flags.iter().map(|&f| u8::from(f)).collect();
    array.set_array_bytes(&bytes[..len as usize]);
    Ok(array)
}

/// A new `java.lang.AssertionStatusDirectives` holding the VM's assertion options in
/// command-line order.
fn retrieve_directives(env: &mut Env<'_>) -> JResult<Value> {
    let directives = assertion_directives(&env.thread.vm.assertions);
    let klass = runtime::loader::load_class(
        env.thread,
        BOOT_LOADER,
        "java/lang/AssertionStatusDirectives",
    )?;
    runtime::init::initialize(env.thread, klass)?;
    let object = runtime::alloc::new_instance(env.thread, klass)?;
    let object = env.local(Some(object));
    let names = |list: &[(String, bool)]| -> Vec<String> {
        list.iter().map(|(name, _)| name.clone()).collect()
    };
    let flags = |list: &[(String, bool)]| -> Vec<bool> { list.iter().map(|&(_, on)| on).collect() };
    let fields: [(&str, Vec<String>, Vec<bool>, &str); 2] = [
        (
            "classes",
            names(&directives.classes),
            flags(&directives.classes),
            "classEnabled",
        ),
        (
            "packages",
            names(&directives.packages),
            flags(&directives.packages),
            "packageEnabled",
        ),
    ];
    for (names_field, names, flags, flags_field) in fields {
        let names = new_object_array(env, "java/lang/String", &names, |env, name| {
            new_string(env, name).map(Some)
        })?;
        let names = env.local(Some(names));
        let flags = new_boolean_array(env, &flags)?;
        if let Some(target) = env.get(object) {
            put_field(target, names_field, "[Ljava/lang/String;", env.get(names));
            put_field(target, flags_field, "[Z", Some(flags));
        }
    }
    let target = env.get(object);
    if let Some(target) = target
        && let Some(f) = target.klass().instance_field("deflt", "Z")
    {
        target.put_i8(f.offset, directives.default.into());
    }
    Ok(Value::Ref(target))
}

/// Stores `value` in the reference field `name` of `object`, if the class declares it.
fn put_field(object: ObjRef, name: &str, descriptor: &str, value: Option<ObjRef>) {
    if let Some(f) = object.klass().instance_field(name, descriptor) {
        object.put_ref(f.offset, value);
    }
}
