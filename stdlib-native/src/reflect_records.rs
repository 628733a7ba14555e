//! `Class.getRecordComponents0`: the `java.lang.reflect.RecordComponent` objects of a record
//! class, filled in as HotSpot fills them (declaring class, name, type, accessor method, generic
//! signature, raw annotations and type annotations).

use crate::class_meta::is_record_class;
use crate::reflect_members::{
    byte_array, new_executable, put_ref, raw, signature_string, type_mirror,
};
use runtime::klass::BOOT_LOADER;
use runtime::mirror::klass_of_mirror;
use runtime::natives::{Env, NativeRegistry};
use runtime::oops::ARRAY_BASE_OFFSET;
use runtime::{JResult, Value};

const COMPONENT: &str = "java/lang/reflect/RecordComponent";

pub(crate) fn register(r: &NativeRegistry) {
    r.register(
        "java/lang/Class",
        "getRecordComponents0",
        "()[Ljava/lang/reflect/RecordComponent;",
        get_record_components,
    );
}

/// The components in declaration order; `null` for a class that is not a record.
fn get_record_components(env: &mut Env<'_>) -> JResult<Value> {
    let mirror = env.arg_local(0);
    let Some(k) = env
        .obj(0)
        .and_then(klass_of_mirror)
        .filter(|k| is_record_class(k))
    else {
        return Ok(Value::Ref(None));
    };
    let Some(components) = k.class_file.as_ref().and_then(|cf| cf.record.as_ref()) else {
        return Ok(Value::Ref(None));
    };
    let component_class = runtime::loader::load_class(env.thread, BOOT_LOADER, COMPONENT)?;
    let array_class = runtime::loader::load_class(
        env.thread,
        BOOT_LOADER,
        "[Ljava/lang/reflect/RecordComponent;",
    )?;
    let array = runtime::alloc::new_array(env.thread, array_class, components.len() as i32)?;
    let array = env.local(Some(array));
    for (i, c) in components.iter().enumerate() {
        let obj = runtime::alloc::new_instance(env.thread, component_class)?;
        let obj = env.local(Some(obj));
        put_ref(env, obj, "clazz", "Ljava/lang/Class;", env.get(mirror));
        let units: Vec<u16> = c.name.encode_utf16().collect();
        let name = runtime::strings::intern(env.thread, &units)?;
        put_ref(env, obj, "name", "Ljava/lang/String;", Some(name));
        let ty = type_mirror(env.thread, k.loader, &c.descriptor)?;
        put_ref(env, obj, "type", "Ljava/lang/Class;", ty);
        let accessor_descriptor = format!("(){}", c.descriptor);
        if let Some(m) = k
            .find_declared_method(&c.name, &accessor_descriptor)
            .filter(|m| !m.is_static())
        {
            let accessor = new_executable(env, k, mirror, m.index, false)?;
            put_ref(
                env,
                obj,
                "accessor",
                "Ljava/lang/reflect/Method;",
                Some(accessor),
            );
        }
        let signature = signature_string(env, k, c.signature)?;
        put_ref(env, obj, "signature", "Ljava/lang/String;", signature);
        let annotations = byte_array(env, raw(&c.attributes, "RuntimeVisibleAnnotations"))?;
        put_ref(env, obj, "annotations", "[B", annotations);
        let type_annotations =
            byte_array(env, raw(&c.attributes, "RuntimeVisibleTypeAnnotations"))?;
        put_ref(env, obj, "typeAnnotations", "[B", type_annotations);
        if let Some(a) = env.get(array) {
            a.put_ref(ARRAY_BASE_OFFSET + 8 * i, env.get(obj));
        }
    }
    Ok(Value::Ref(env.get(array)))
}
