//! The `jdk.internal.reflect.ConstantPool` natives that resolve entries to reflection objects:
//! `getClassAtIfLoaded0`, `getMethodAt0`/`getMethodAtIfLoaded0` (a `Method`, or a
//! `Constructor` for `<init>`) and `getFieldAt0`/`getFieldAtIfLoaded0`, as HotSpot's
//! `JVM_ConstantPoolGet*At*`: the `IfLoaded` forms answer null for classes not loaded yet.

use classfile::constant_pool::Constant;
use runtime::klass::{BOOT_LOADER, Klass};
use runtime::natives::{Env, NativeRegistry};
use runtime::{JResult, Value};

use crate::reflect_members::{new_executable, new_field};
use crate::reflect_pool::{constant, member_ref, name_and_type, wrong_type};

const P: &str = "jdk/internal/reflect/ConstantPool";

pub(crate) fn register(r: &NativeRegistry) {
    r.register(
        P,
        "getClassAtIfLoaded0",
        "(Ljava/lang/Object;I)Ljava/lang/Class;",
        get_class_at_if_loaded,
    );
    r.register(
        P,
        "getMethodAt0",
        "(Ljava/lang/Object;I)Ljava/lang/reflect/Member;",
        |env| get_method_at(env, true),
    );
    r.register(
        P,
        "getMethodAtIfLoaded0",
        "(Ljava/lang/Object;I)Ljava/lang/reflect/Member;",
        |env| get_method_at(env, false),
    );
    r.register(
        P,
        "getFieldAt0",
        "(Ljava/lang/Object;I)Ljava/lang/reflect/Field;",
        |env| get_field_at(env, true),
    );
    r.register(
        P,
        "getFieldAtIfLoaded0",
        "(Ljava/lang/Object;I)Ljava/lang/reflect/Field;",
        |env| get_field_at(env, false),
    );
}

/// The class `Class` entry `index` of `k`'s pool names, loaded now (`resolve`) or only if
/// already loaded by `k`'s loader (or the boot loader it delegates to).
fn pool_class(
    env: &mut Env<'_>,
    k: &'static Klass,
    index: u16,
    resolve: bool,
) -> JResult<Option<&'static Klass>> {
    let Some(name) = k
        .class_file
        .as_ref()
        .and_then(|cf| cf.constant_pool.class_name(index).ok())
        .map(|n| n.into_owned())
    else {
        return Err(wrong_type(env));
    };
    if resolve {
        return runtime::loader::load_class(env.thread, k.loader, &name).map(Some);
    }
    let vm = &env.thread.vm;
    Ok(vm
        .find_loaded(k.loader, &name)
        .or_else(|| vm.find_loaded(BOOT_LOADER, &name)))
}

fn get_class_at_if_loaded(env: &mut Env<'_>) -> JResult<Value> {
    let index = env.int(2) as u16;
    let (k, c) = constant(env)?;
    if !matches!(c, Constant::Class { .. }) {
        return Err(wrong_type(env));
    }
    let target = pool_class(env, k, index, false)?;
    Ok(Value::Ref(target.and_then(|t| t.mirror())))
}

/// The class, name and descriptor of the member reference at argument 2.
fn member(
    env: &mut Env<'_>,
    methods: bool,
    resolve: bool,
) -> JResult<Option<(&'static Klass, String, String)>> {
    let (k, c) = constant(env)?;
    let kind_matches = match c {
        Constant::Methodref { .. } | Constant::InterfaceMethodref { .. } => methods,
        Constant::Fieldref { .. } => !methods,
        _ => false,
    };
    let Some((class, nat)) = member_ref(&c).filter(|_| kind_matches) else {
        return Err(wrong_type(env));
    };
    let Some(target) = pool_class(env, k, class, resolve)? else {
        return Ok(None);
    };
    let Some([name, descriptor]) = name_and_type(k, nat) else {
        return Err(wrong_type(env));
    };
    Ok(Some((target, name, descriptor)))
}

fn get_method_at(env: &mut Env<'_>, resolve: bool) -> JResult<Value> {
    let Some((target, name, descriptor)) = member(env, true, resolve)? else {
        return Ok(Value::Ref(None));
    };
    let Some(m) = target.find_declared_method(&name, &descriptor) else {
        return Err(env.throw(
            "java/lang/RuntimeException",
            "Unable to look up method in target class",
        ));
    };
    let mirror = env.local(target.mirror());
    let constructor = m.name == "<init>" && !m.is_static();
    let obj = new_executable(env, target, mirror, m.index, constructor)?;
    Ok(Value::Ref(Some(obj)))
}

/// The class declaring field `name`/`descriptor` as seen from `k` (JVMS §5.4.3.2: the class
/// itself, its superinterfaces, then its superclasses) and the field's slot there.
fn find_field(k: &'static Klass, name: &str, descriptor: &str) -> Option<(&'static Klass, usize)> {
    if let Some(slot) = k
        .fields
        .iter()
        .position(|f| f.name == name && f.descriptor == descriptor && !f.injected)
    {
        return Some((k, slot));
    }
    for i in &k.interfaces {
        if let Some(found) = find_field(i, name, descriptor) {
            return Some(found);
        }
    }
    k.super_klass.and_then(|s| find_field(s, name, descriptor))
}

fn get_field_at(env: &mut Env<'_>, resolve: bool) -> JResult<Value> {
    let Some((target, name, descriptor)) = member(env, false, resolve)? else {
        return Ok(Value::Ref(None));
    };
    let Some((holder, slot)) = find_field(target, &name, &descriptor) else {
        return Err(env.throw(
            "java/lang/RuntimeException",
            "Unable to look up field in target class",
        ));
    };
    let mirror = env.local(holder.mirror());
    let obj = new_field(env, holder, mirror, slot)?;
    Ok(Value::Ref(Some(obj)))
}
