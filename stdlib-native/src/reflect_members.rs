//! `Class.getDeclaredFields0`/`getDeclaredMethods0`/`getDeclaredConstructors0`: the
//! `java.lang.reflect.Field`, `Method` and `Constructor` objects the JDK's reflection code works
//! on, filled in as HotSpot fills them (declaring class, name, types, modifiers, slot, generic
//! signature, raw annotations), and the `Unsafe` field offsets of `Field` objects.
//!
//! A member's `slot` is its index in the declaring class's field or method list, which is also
//! its index in the class file.

use classfile::model::{AttributeList, access};
use runtime::klass::{BOOT_LOADER, Klass, LoaderId};
use runtime::mirror::{klass_of_mirror, primitive_mirror};
use runtime::natives::{Env, NativeRegistry};
use runtime::oops::{ARRAY_BASE_OFFSET, ObjRef};
use runtime::thread::{JavaThread, Local};
use runtime::{JResult, Value};

const C: &str = "java/lang/Class";
const U: &str = "jdk/internal/misc/Unsafe";
const FIELD: &str = "java/lang/reflect/Field";
const METHOD: &str = "java/lang/reflect/Method";
const CONSTRUCTOR: &str = "java/lang/reflect/Constructor";

pub(crate) fn register(r: &NativeRegistry) {
    r.register(
        C,
        "getDeclaredFields0",
        "(Z)[Ljava/lang/reflect/Field;",
        declared_fields,
    );
    r.register(
        C,
        "getDeclaredMethods0",
        "(Z)[Ljava/lang/reflect/Method;",
        declared_methods,
    );
    r.register(
        C,
        "getDeclaredConstructors0",
        "(Z)[Ljava/lang/reflect/Constructor;",
        declared_constructors,
    );
    r.register(
        U,
        "objectFieldOffset0",
        "(Ljava/lang/reflect/Field;)J",
        object_field_offset0,
    );
    r.register(
        U,
        "staticFieldOffset0",
        "(Ljava/lang/reflect/Field;)J",
        static_field_offset0,
    );
    r.register(
        U,
        "staticFieldBase0",
        "(Ljava/lang/reflect/Field;)Ljava/lang/Object;",
        static_field_base0,
    );
    r.register(
        "jdk/internal/reflect/Reflection",
        "areNestMates",
        "(Ljava/lang/Class;Ljava/lang/Class;)Z",
        are_nest_mates,
    );
}

/// Field modifiers HotSpot reports (`JVM_RECOGNIZED_FIELD_MODIFIERS`).
const FIELD_MODIFIERS: u16 = access::PUBLIC
    | access::PRIVATE
    | access::PROTECTED
    | access::STATIC
    | access::FINAL
    | access::VOLATILE
    | access::TRANSIENT
    | access::ENUM
    | access::SYNTHETIC;

/// Method modifiers HotSpot reports (`JVM_RECOGNIZED_METHOD_MODIFIERS`).
const METHOD_MODIFIERS: u16 = access::PUBLIC
    | access::PRIVATE
    | access::PROTECTED
    | access::STATIC
    | access::FINAL
    | access::SYNCHRONIZED
    | access::BRIDGE
    | access::VARARGS
    | access::NATIVE
    | access::ABSTRACT
    | access::STRICT
    | access::SYNTHETIC;

/// The class a `Class` mirror argument stands for, linked (HotSpot links before listing
/// members); `None` for primitive mirrors.
fn linked_klass(env: &mut Env<'_>) -> JResult<Option<&'static Klass>> {
    let Some(k) = env.obj(0).and_then(klass_of_mirror) else {
        return Ok(None);
    };
    if !k.is_array() {
        runtime::init::link(env.thread, k)?;
    }
    Ok(Some(k))
}

/// A loaded class by internal name, through the boot loader.
fn boot_class(thread: &mut JavaThread, name: &str) -> JResult<&'static Klass> {
    runtime::loader::load_class(thread, BOOT_LOADER, name)
}

/// The mirror of the type named by a field descriptor (or `V`), loaded by `loader`.
pub(crate) fn type_mirror(
    thread: &mut JavaThread,
    loader: LoaderId,
    descriptor: &str,
) -> JResult<Option<ObjRef>> {
    let primitive = match descriptor {
        "Z" => "boolean",
        "B" => "byte",
        "C" => "char",
        "S" => "short",
        "I" => "int",
        "J" => "long",
        "F" => "float",
        "D" => "double",
        "V" => "void",
        _ => "",
    };
    if !primitive.is_empty() {
        return primitive_mirror(thread, primitive);
    }
    let name = descriptor
        .strip_prefix('L')
        .and_then(|d| d.strip_suffix(';'))
        .unwrap_or(descriptor);
    Ok(runtime::loader::load_class(thread, loader, name)?.mirror())
}

/// The parameter descriptors and the return descriptor of a method descriptor.
pub(crate) fn split_descriptor(descriptor: &str) -> (Vec<&str>, &str) {
    let inner = descriptor.strip_prefix('(').unwrap_or(descriptor);
    let (params, ret) = inner.split_once(')').unwrap_or((inner, "V"));
    let bytes = params.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        while bytes.get(i) == Some(&b'[') {
            i += 1;
        }
        if bytes.get(i) == Some(&b'L') {
            i += params[i..].find(';').map_or(params.len() - i, |e| e + 1);
        } else {
            i += 1;
        }
        out.push(&params[start..i.min(params.len())]);
        start = i;
    }
    (out, ret)
}

/// A new `Class[]` of the mirrors of `descriptors`.
fn mirror_array(
    env: &mut Env<'_>,
    loader: LoaderId,
    descriptors: &[String],
) -> JResult<Option<ObjRef>> {
    let k = boot_class(env.thread, "[Ljava/lang/Class;")?;
    let array = runtime::alloc::new_array(env.thread, k, descriptors.len() as i32)?;
    let array = env.local(Some(array));
    for (i, d) in descriptors.iter().enumerate() {
        let m = type_mirror(env.thread, loader, d)?;
        if let Some(a) = env.get(array) {
            a.put_ref(ARRAY_BASE_OFFSET + 8 * i, m);
        }
    }
    Ok(env.get(array))
}

/// A new `byte[]` holding `data`.
pub(crate) fn byte_array(env: &mut Env<'_>, data: Option<&[u8]>) -> JResult<Option<ObjRef>> {
    let Some(data) = data else {
        return Ok(None);
    };
    let k = boot_class(env.thread, "[B")?;
    let array = runtime::alloc::new_array(env.thread, k, data.len() as i32)?;
    array.set_array_bytes(data);
    Ok(Some(array))
}

/// The raw bytes of attribute `name`, if present.
pub(crate) fn raw<'a>(attributes: &'a AttributeList<'_>, name: &str) -> Option<&'a [u8]> {
    attributes.find(name).map(|a| a.data)
}

/// The generic signature string of `Signature` index `index` of `k`'s pool.
pub(crate) fn signature_string(
    env: &mut Env<'_>,
    k: &Klass,
    index: Option<u16>,
) -> JResult<Option<ObjRef>> {
    let Some(text) = index.and_then(|i| {
        k.class_file
            .as_ref()
            .and_then(|cf| cf.constant_pool.utf8(i).ok())
    }) else {
        return Ok(None);
    };
    let text = text.to_string();
    runtime::strings::new_string(env.thread, &text).map(Some)
}

/// Sets reference field `name` (descriptor `desc`) of `obj`.
fn set_ref(obj: ObjRef, name: &str, desc: &str, value: Option<ObjRef>) {
    if let Some(f) = obj.klass().instance_field(name, desc) {
        obj.put_ref(f.offset, value);
    }
}

/// Sets reference field `name` of the object behind handle `obj`.
pub(crate) fn put_ref(env: &Env<'_>, obj: Local, name: &str, desc: &str, value: Option<ObjRef>) {
    if let Some(o) = env.get(obj) {
        set_ref(o, name, desc, value);
    }
}

/// Sets `int` field `name` of `obj`.
pub(crate) fn set_int(obj: ObjRef, name: &str, value: i32) {
    if let Some(f) = obj.klass().instance_field(name, "I") {
        obj.put_i32(f.offset, value);
    }
}

/// A new `T[]` of the objects behind `items`.
fn object_array(env: &mut Env<'_>, element: &str, items: &[Local]) -> JResult<Value> {
    let k = boot_class(env.thread, &format!("[L{element};"))?;
    let array = runtime::alloc::new_array(env.thread, k, items.len() as i32)?;
    for (i, item) in items.iter().enumerate() {
        array.put_ref(ARRAY_BASE_OFFSET + 8 * i, env.get(*item));
    }
    Ok(Value::Ref(Some(array)))
}

fn declared_fields(env: &mut Env<'_>) -> JResult<Value> {
    let public_only = env.int(1) != 0;
    let mirror = env.arg_local(0);
    let mut items = Vec::new();
    if let Some(k) = linked_klass(env)? {
        for (slot, f) in k.fields.iter().enumerate() {
            if f.injected || (public_only && f.access_flags & access::PUBLIC == 0) {
                continue;
            }
            let obj = new_field(env, k, mirror, slot)?;
            items.push(env.local(Some(obj)));
        }
    }
    object_array(env, FIELD, &items)
}

/// A `java.lang.reflect.Field` for field `slot` of `k`.
pub(crate) fn new_field(
    env: &mut Env<'_>,
    k: &'static Klass,
    mirror: Local,
    slot: usize,
) -> JResult<ObjRef> {
    let f = &k.fields[slot];
    let cf_field = k.class_file.as_ref().and_then(|cf| cf.fields.get(slot));
    let field_class = boot_class(env.thread, FIELD)?;
    let obj = runtime::alloc::new_instance(env.thread, field_class)?;
    let obj = env.local(Some(obj));
    let units: Vec<u16> = f.name.encode_utf16().collect();
    let name = runtime::strings::intern(env.thread, &units)?;
    put_ref(env, obj, "name", "Ljava/lang/String;", Some(name));
    let ty = type_mirror(env.thread, k.loader, &f.descriptor)?;
    put_ref(env, obj, "type", "Ljava/lang/Class;", ty);
    let signature = signature_string(env, k, cf_field.and_then(|c| c.signature))?;
    put_ref(env, obj, "signature", "Ljava/lang/String;", signature);
    let annotations = byte_array(
        env,
        cf_field.and_then(|c| raw(&c.attributes, "RuntimeVisibleAnnotations")),
    )?;
    let Some(o) = env.get(obj) else {
        return Err(env.throw_no_message("java/lang/NullPointerException"));
    };
    set_ref(o, "annotations", "[B", annotations);
    set_ref(o, "clazz", "Ljava/lang/Class;", env.get(mirror));
    set_int(o, "modifiers", i32::from(f.access_flags & FIELD_MODIFIERS));
    set_int(o, "slot", slot as i32);
    let is_record = k
        .class_file
        .as_ref()
        .is_some_and(|cf| cf.attributes.find("Record").is_some());
    let trusted_final = f.is_final() && (f.is_static() || is_record);
    if let Some(tf) = o.klass().instance_field("trustedFinal", "Z") {
        o.put_i8(tf.offset, i8::from(trusted_final));
    }
    Ok(o)
}

fn declared_methods(env: &mut Env<'_>) -> JResult<Value> {
    declared_executables(env, false)
}

fn declared_constructors(env: &mut Env<'_>) -> JResult<Value> {
    declared_executables(env, true)
}

/// The methods (`constructors` false: neither `<init>` nor `<clinit>`) or constructors of the
/// receiver class, in class-file order.
fn declared_executables(env: &mut Env<'_>, constructors: bool) -> JResult<Value> {
    let public_only = env.int(1) != 0;
    let mirror = env.arg_local(0);
    let mut items = Vec::new();
    let klass = linked_klass(env)?;
    if let Some(k) = klass.filter(|k| !(k.is_array() || constructors && k.is_interface())) {
        for m in k.methods {
            let is_constructor = m.name == "<init>";
            if is_constructor != constructors
                || m.name == "<clinit>"
                || (public_only && !m.is_public())
            {
                continue;
            }
            let obj = new_executable(env, k, mirror, m.index, constructors)?;
            items.push(env.local(Some(obj)));
        }
    }
    object_array(env, if constructors { CONSTRUCTOR } else { METHOD }, &items)
}

/// A `Method` or `Constructor` for method `slot` of `k`.
pub(crate) fn new_executable(
    env: &mut Env<'_>,
    k: &'static Klass,
    mirror: Local,
    slot: usize,
    constructor: bool,
) -> JResult<ObjRef> {
    let m = &k.methods[slot];
    let cf_method = k.class_file.as_ref().and_then(|cf| cf.methods.get(slot));
    let class = boot_class(env.thread, if constructor { CONSTRUCTOR } else { METHOD })?;
    let obj = runtime::alloc::new_instance(env.thread, class)?;
    let obj = env.local(Some(obj));
    let (params, ret) = split_descriptor(&m.descriptor);
    let params: Vec<String> = params.iter().map(|p| p.to_string()).collect();
    let ret = ret.to_string();
    let param_types = mirror_array(env, k.loader, &params)?;
    put_ref(
        env,
        obj,
        "parameterTypes",
        "[Ljava/lang/Class;",
        param_types,
    );
    let exceptions: Vec<String> = cf_method.map_or(Vec::new(), |c| {
        let pool = k.class_file.as_ref().map(|cf| &cf.constant_pool);
        c.exceptions
            .iter()
            .filter_map(|i| pool.and_then(|p| p.class_name(i).ok()))
            .map(|n| {
                if n.starts_with('[') {
                    n.to_string()
                } else {
                    format!("L{n};")
                }
            })
            .collect()
    });
    let exception_types = mirror_array(env, k.loader, &exceptions)?;
    put_ref(
        env,
        obj,
        "exceptionTypes",
        "[Ljava/lang/Class;",
        exception_types,
    );
    let signature = signature_string(env, k, cf_method.and_then(|c| c.signature))?;
    put_ref(env, obj, "signature", "Ljava/lang/String;", signature);
    let attrs = cf_method.map(|c| &c.attributes);
    let annotations = byte_array(env, attrs.and_then(|a| raw(a, "RuntimeVisibleAnnotations")))?;
    put_ref(env, obj, "annotations", "[B", annotations);
    let parameter_annotations = byte_array(
        env,
        attrs.and_then(|a| raw(a, "RuntimeVisibleParameterAnnotations")),
    )?;
    put_ref(
        env,
        obj,
        "parameterAnnotations",
        "[B",
        parameter_annotations,
    );
    if !constructor {
        let default = byte_array(env, attrs.and_then(|a| raw(a, "AnnotationDefault")))?;
        put_ref(env, obj, "annotationDefault", "[B", default);
        let ret = type_mirror(env.thread, k.loader, &ret)?;
        put_ref(env, obj, "returnType", "Ljava/lang/Class;", ret);
        let units: Vec<u16> = m.name.encode_utf16().collect();
        let name = runtime::strings::intern(env.thread, &units)?;
        put_ref(env, obj, "name", "Ljava/lang/String;", Some(name));
    }
    let Some(o) = env.get(obj) else {
        return Err(env.throw_no_message("java/lang/NullPointerException"));
    };
    set_ref(o, "clazz", "Ljava/lang/Class;", env.get(mirror));
    set_int(o, "modifiers", i32::from(m.access_flags & METHOD_MODIFIERS));
    set_int(o, "slot", slot as i32);
    Ok(o)
}

/// The declaring class and slot of a `Field`, `Method` or `Constructor` object.
pub(crate) fn member_of(obj: ObjRef) -> Option<(&'static Klass, usize)> {
    let k = obj.klass();
    let clazz = k.instance_field("clazz", "Ljava/lang/Class;")?;
    let slot = k.instance_field("slot", "I")?;
    let holder = obj.get_ref(clazz.offset).and_then(klass_of_mirror)?;
    Some((holder, usize::try_from(obj.get_i32(slot.offset)).ok()?))
}

/// The runtime's field behind a `Field` argument.
fn field_of(env: &mut Env<'_>, i: usize) -> JResult<&'static runtime::klass::FieldInfo> {
    let Some(field) = env.obj(i) else {
        return Err(env.throw_no_message("java/lang/NullPointerException"));
    };
    match member_of(field).and_then(|(k, slot)| k.fields.get(slot)) {
        Some(f) => Ok(f),
        None => Err(env.throw_no_message("java/lang/InternalError")),
    }
}

fn object_field_offset0(env: &mut Env<'_>) -> JResult<Value> {
    Ok(Value::Long(field_of(env, 1)?.offset as i64))
}

fn static_field_offset0(env: &mut Env<'_>) -> JResult<Value> {
    Ok(Value::Long(field_of(env, 1)?.offset as i64))
}

/// Statics live in the mirror, so the base is the declaring class's mirror.
fn static_field_base0(env: &mut Env<'_>) -> JResult<Value> {
    let holder = env.obj(1).and_then(member_of).map(|(k, _)| k);
    match holder {
        Some(k) => Ok(Value::Ref(k.mirror())),
        None => Err(env.throw_no_message("java/lang/InternalError")),
    }
}

/// `Reflection.areNestMates(a, b)`: two classes (not arrays or primitives) with the same nest
/// host.
fn are_nest_mates(env: &mut Env<'_>) -> JResult<Value> {
    let a = env
        .obj(0)
        .and_then(klass_of_mirror)
        .filter(|k| !k.is_array());
    let b = env
        .obj(1)
        .and_then(klass_of_mirror)
        .filter(|k| !k.is_array());
    let (Some(a), Some(b)) = (a, b) else {
        return Ok(Value::Int(0));
    };
    if std::ptr::eq(a, b) {
        return Ok(Value::Int(1));
    }
    let host_a = runtime::access::nest_host(env.thread, a);
    let host_b = runtime::access::nest_host(env.thread, b);
    Ok(Value::Int(i32::from(std::ptr::eq(host_a, host_b))))
}

#[cfg(test)]
mod tests {
    use super::split_descriptor;

    #[test]
    fn descriptors_split_into_parameters_and_return() {
        assert_eq!(
            split_descriptor("(I[JLjava/lang/String;[[Ljava/util/List;D)V"),
            (
                vec!["I", "[J", "Ljava/lang/String;", "[[Ljava/util/List;", "D"],
                "V"
            )
        );
        assert_eq!(
            split_descriptor("()[Ljava/lang/Object;"),
            (vec![], "[Ljava/lang/Object;")
        );
    }
}
