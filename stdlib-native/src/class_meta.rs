//! `java.lang.Class` natives over class-file metadata: interfaces, declaring and enclosing
//! classes, simple binary names, nest hosts and members, permitted subclasses, records, generic
//! signatures and raw annotations; and `Reflection.getClassAccessFlags`.

use classfile::model::access;
use runtime::klass::{Klass, KlassKind};
use runtime::mirror::klass_of_mirror;
use runtime::natives::{Env, NativeRegistry};
use runtime::oops::{ARRAY_BASE_OFFSET, ObjRef};
use runtime::{JResult, Value};

const C: &str = "java/lang/Class";

pub(crate) fn register(r: &NativeRegistry) {
    r.register(C, "getInterfaces0", "()[Ljava/lang/Class;", get_interfaces);
    r.register(
        C,
        "getDeclaringClass0",
        "()Ljava/lang/Class;",
        get_declaring_class,
    );
    r.register(
        C,
        "getSimpleBinaryName0",
        "()Ljava/lang/String;",
        get_simple_binary_name,
    );
    r.register(
        C,
        "getEnclosingMethod0",
        "()[Ljava/lang/Object;",
        get_enclosing_method,
    );
    r.register(C, "isRecord0", "()Z", is_record);
    r.register(C, "getNestHost0", "()Ljava/lang/Class;", get_nest_host);
    r.register(
        C,
        "getNestMembers0",
        "()[Ljava/lang/Class;",
        get_nest_members,
    );
    r.register(
        C,
        "getPermittedSubclasses0",
        "()[Ljava/lang/Class;",
        get_permitted_subclasses,
    );
    r.register(
        C,
        "getDeclaredClasses0",
        "()[Ljava/lang/Class;",
        get_declared_classes,
    );
    r.register(
        C,
        "getGenericSignature0",
        "()Ljava/lang/String;",
        get_generic_signature,
    );
    r.register(C, "getRawAnnotations", "()[B", get_raw_annotations);
    r.register(C, "getRawTypeAnnotations", "()[B", get_raw_type_annotations);
    r.register(
        "jdk/internal/reflect/Reflection",
        "getClassAccessFlags",
        "(Ljava/lang/Class;)I",
        get_class_access_flags,
    );
}

fn this_klass(env: &Env<'_>) -> Option<&'static Klass> {
    env.obj(0).and_then(klass_of_mirror)
}

/// A new `Class[]` holding the mirrors of `classes`.
fn class_array(env: &mut Env<'_>, classes: &[&'static Klass]) -> JResult<Value> {
    let k = runtime::loader::load_class(
        env.thread,
        runtime::klass::BOOT_LOADER,
        "[Ljava/lang/Class;",
    )?;
    let array = runtime::alloc::new_array(env.thread, k, classes.len() as i32)?;
    for (i, c) in classes.iter().enumerate() {
        array.put_ref(ARRAY_BASE_OFFSET + 8 * i, c.mirror());
    }
    Ok(Value::Ref(Some(array)))
}

/// The class named by `Class` constant `index` of `k`'s pool, loaded by `k`'s loader.
fn pool_class(env: &mut Env<'_>, k: &'static Klass, index: u16) -> JResult<Option<&'static Klass>> {
    let Some(name) = k
        .class_file
        .as_ref()
        .and_then(|cf| cf.constant_pool.class_name(index).ok())
    else {
        return Ok(None);
    };
    runtime::loader::load_class(env.thread, k.loader, &name).map(Some)
}

/// The `InnerClasses` entry describing `k` itself: (outer class index, simple name index).
fn own_inner_entry(k: &Klass) -> Option<(u16, u16)> {
    let cf = k.class_file.as_ref()?;
    cf.inner_classes.iter().find_map(|ic| {
        let name = cf
            .constant_pool
            .class_name(ic.inner_class_info_index)
            .ok()?;
        (name == k.name).then_some((ic.outer_class_info_index, ic.inner_name_index))
    })
}

fn get_interfaces(env: &mut Env<'_>) -> JResult<Value> {
    let interfaces = this_klass(env).map_or(Vec::new(), |k| k.interfaces.clone());
    class_array(env, &interfaces)
}

fn get_declaring_class(env: &mut Env<'_>) -> JResult<Value> {
    let Some(k) = this_klass(env).filter(|k| !k.is_array()) else {
        return Ok(Value::Ref(None));
    };
    match own_inner_entry(k) {
        Some((outer, _)) if outer != 0 => Ok(Value::Ref(
            pool_class(env, k, outer)?.and_then(|o| o.mirror()),
        )),
        _ => Ok(Value::Ref(None)),
    }
}

fn utf8_string(env: &mut Env<'_>, k: &Klass, index: u16) -> JResult<Option<ObjRef>> {
    let Some(text) = k
        .class_file
        .as_ref()
        .and_then(|cf| cf.constant_pool.utf8(index).ok())
    else {
        return Ok(None);
    };
    let units: Vec<u16> = text.encode_utf16().collect();
    runtime::strings::intern(env.thread, &units).map(Some)
}

fn get_simple_binary_name(env: &mut Env<'_>) -> JResult<Value> {
    let Some(k) = this_klass(env).filter(|k| !k.is_array()) else {
        return Ok(Value::Ref(None));
    };
    match own_inner_entry(k) {
        Some((_, name)) if name != 0 => Ok(Value::Ref(utf8_string(env, k, name)?)),
        _ => Ok(Value::Ref(None)),
    }
}

/// `[enclosing class, method name or null, method descriptor or null]`, or null.
fn get_enclosing_method(env: &mut Env<'_>) -> JResult<Value> {
    let Some(k) = this_klass(env) else {
        return Ok(Value::Ref(None));
    };
    let Some(em) = k.class_file.as_ref().and_then(|cf| cf.enclosing_method) else {
        return Ok(Value::Ref(None));
    };
    let Some(outer) = pool_class(env, k, em.class_index)? else {
        return Ok(Value::Ref(None));
    };
    let object_array = runtime::loader::load_class(
        env.thread,
        runtime::klass::BOOT_LOADER,
        "[Ljava/lang/Object;",
    )?;
    let array = runtime::alloc::new_array(env.thread, object_array, 3)?;
    let array = env.local(Some(array));
    let (name, descriptor) = match k
        .class_file
        .as_ref()
        .and_then(|cf| cf.constant_pool.name_and_type_indices(em.method_index).ok())
    {
        Some((n, d)) if em.method_index != 0 => (utf8_string(env, k, n)?, utf8_string(env, k, d)?),
        _ => (None, None),
    };
    let Some(array) = env.get(array) else {
        return Ok(Value::Ref(None));
    };
    array.put_ref(ARRAY_BASE_OFFSET, outer.mirror());
    array.put_ref(ARRAY_BASE_OFFSET + 8, name);
    array.put_ref(ARRAY_BASE_OFFSET + 16, descriptor);
    Ok(Value::Ref(Some(array)))
}

fn is_record(env: &mut Env<'_>) -> JResult<Value> {
    let record = this_klass(env).is_some_and(is_record_class);
    Ok(Value::Int(record.into()))
}

/// HotSpot's `InstanceKlass::is_record`: a `Record` attribute in a final direct subclass of
/// `java.lang.Record`.
pub(crate) fn is_record_class(k: &Klass) -> bool {
    k.class_file.as_ref().is_some_and(|cf| cf.record.is_some())
        && k.access_flags & access::FINAL != 0
        && k.super_klass.is_some_and(|s| {
            s.name == "java/lang/Record" && s.loader == runtime::klass::BOOT_LOADER
        })
}

fn get_nest_host(env: &mut Env<'_>) -> JResult<Value> {
    let this = env.obj(0);
    match this.and_then(klass_of_mirror) {
        Some(k) if !k.is_array() => Ok(Value::Ref(
            runtime::access::nest_host(env.thread, k).mirror(),
        )),
        _ => Ok(Value::Ref(this)),
    }
}

fn get_nest_members(env: &mut Env<'_>) -> JResult<Value> {
    let Some(k) = this_klass(env).filter(|k| !k.is_array()) else {
        return class_array(env, &[]);
    };
    let host = runtime::access::nest_host(env.thread, k);
    let mut members = vec![host];
    if let Some(cf) = host.class_file.as_ref() {
        for index in cf.nest_members.iter() {
            let Some(m) = listed_class(env, host, index)? else {
                continue;
            };
            if matches!(m.kind, KlassKind::Instance)
                && std::ptr::eq(runtime::access::nest_host(env.thread, m), host)
            {
                members.push(m);
            }
        }
    }
    class_array(env, &members)
}

fn get_permitted_subclasses(env: &mut Env<'_>) -> JResult<Value> {
    let Some(k) = this_klass(env) else {
        return Ok(Value::Ref(None));
    };
    let Some(list) = k.class_file.as_ref().and_then(|cf| cf.permitted_subclasses) else {
        return Ok(Value::Ref(None));
    };
    let mut classes = Vec::new();
    for index in list.iter() {
        if let Some(c) = listed_class(env, k, index)?
            && matches!(c.kind, KlassKind::Instance)
        {
            classes.push(c);
        }
    }
    class_array(env, &classes)
}

/// A class listed in a `NestMembers` or `PermittedSubclasses` attribute, as HotSpot resolves
/// them for reflection: a class that fails to load is left out (its error cleared), except for
/// `VirtualMachineError`s, which propagate.
fn listed_class(
    env: &mut Env<'_>,
    k: &'static Klass,
    index: u16,
) -> JResult<Option<&'static Klass>> {
    match pool_class(env, k, index) {
        Ok(found) => Ok(found),
        Err(thrown) => {
            // The error class is loaded before this native can run (the VM preallocates an
            // OutOfMemoryError), so finding it allocates nothing.
            let vme = env
                .thread
                .vm
                .find_loaded(runtime::klass::BOOT_LOADER, "java/lang/VirtualMachineError");
            let fatal = env
                .thread
                .pending_exception()
                .is_some_and(|e| vme.is_some_and(|v| e.klass().is_subclass_of(v)));
            if fatal {
                return Err(thrown);
            }
            env.thread.take_pending();
            Ok(None)
        }
    }
}

/// The member classes `k` declares: `InnerClasses` entries whose outer class is `k`.
fn get_declared_classes(env: &mut Env<'_>) -> JResult<Value> {
    let Some(k) = this_klass(env).filter(|k| matches!(k.kind, KlassKind::Instance)) else {
        return class_array(env, &[]);
    };
    let Some(cf) = k.class_file.as_ref() else {
        return class_array(env, &[]);
    };
    let inner: Vec<u16> = cf
        .inner_classes
        .iter()
        .filter(|ic| {
            ic.outer_class_info_index != 0
                && cf
                    .constant_pool
                    .class_name(ic.outer_class_info_index)
                    .is_ok_and(|n| n == k.name)
        })
        .map(|ic| ic.inner_class_info_index)
        .collect();
    let mut classes = Vec::new();
    for index in inner {
        if let Some(c) = pool_class(env, k, index)? {
            classes.push(c);
        }
    }
    class_array(env, &classes)
}

fn get_generic_signature(env: &mut Env<'_>) -> JResult<Value> {
    let Some(k) = this_klass(env) else {
        return Ok(Value::Ref(None));
    };
    match k.class_file.as_ref().and_then(|cf| cf.signature) {
        Some(index) => Ok(Value::Ref(utf8_string(env, k, index)?)),
        None => Ok(Value::Ref(None)),
    }
}

fn raw_attribute(env: &mut Env<'_>, name: &str) -> JResult<Value> {
    let Some(data) = this_klass(env)
        .and_then(|k| k.class_file.as_ref())
        .and_then(|cf| cf.attributes.find(name))
        .map(|a| a.data)
    else {
        return Ok(Value::Ref(None));
    };
    let k = runtime::loader::load_class(env.thread, runtime::klass::BOOT_LOADER, "[B")?;
    let array = runtime::alloc::new_array(env.thread, k, data.len() as i32)?;
    array.set_array_bytes(data);
    Ok(Value::Ref(Some(array)))
}

fn get_raw_annotations(env: &mut Env<'_>) -> JResult<Value> {
    raw_attribute(env, "RuntimeVisibleAnnotations")
}

fn get_raw_type_annotations(env: &mut Env<'_>) -> JResult<Value> {
    raw_attribute(env, "RuntimeVisibleTypeAnnotations")
}

/// The class's own access flags as written in its class file (not the inner-class flags).
fn get_class_access_flags(env: &mut Env<'_>) -> JResult<Value> {
    let flags = match env.obj(0).and_then(klass_of_mirror) {
        Some(k) => k.access_flags & (access::RECOGNIZED_CLASS | access::MODULE),
        None => access::PUBLIC | access::ABSTRACT | access::FINAL,
    };
    Ok(Value::Int(i32::from(flags)))
}
