//! Natives of `java.lang.reflect.Executable` and `Field` over class-file metadata: the
//! `Parameter`s of a method's `MethodParameters` attribute and the raw bytes of
//! `RuntimeVisibleTypeAnnotations`, with HotSpot's checks.

use runtime::klass::{BOOT_LOADER, Klass};
use runtime::natives::{Env, NativeRegistry};
use runtime::oops::{ARRAY_BASE_OFFSET, ObjRef};
use runtime::{JResult, Value};

use crate::reflect_members::{byte_array, member_of, put_ref, raw, set_int};

const EXECUTABLE: &str = "java/lang/reflect/Executable";
const TYPE_ANNOTATIONS: &str = "RuntimeVisibleTypeAnnotations";
/// `JVM_CONSTANT_Utf8`.
const UTF8_TAG: u8 = 1;

pub(crate) fn register(r: &NativeRegistry) {
    r.register(
        EXECUTABLE,
        "getParameters0",
        "()[Ljava/lang/reflect/Parameter;",
        get_parameters,
    );
    r.register(
        EXECUTABLE,
        "getTypeAnnotationBytes0",
        "()[B",
        executable_type_annotations,
    );
    r.register(
        "java/lang/reflect/Field",
        "getTypeAnnotationBytes0",
        "()[B",
        field_type_annotations,
    );
}

/// The declaring class and slot of the `Method`/`Constructor`/`Field` receiver.
fn receiver_member(env: &mut Env<'_>) -> JResult<(&'static Klass, usize)> {
    match env.obj(0).and_then(member_of) {
        Some(member) => Ok(member),
        None => Err(env.throw_no_message("java/lang/NullPointerException")),
    }
}

/// `Executable.getParameters0()`: null without a `MethodParameters` attribute, else one
/// `Parameter(name, modifiers, executable, index)` per entry; a name index that is not a
/// `Utf8` constant throws `IllegalArgumentException` as in HotSpot.
fn get_parameters(env: &mut Env<'_>) -> JResult<Value> {
    let (k, slot) = receiver_member(env)?;
    let Some(cf) = k.class_file.as_ref() else {
        return Ok(Value::Ref(None));
    };
    let Some(table) = cf.methods.get(slot).and_then(|m| m.parameters.as_ref()) else {
        return Ok(Value::Ref(None));
    };
    let pool = &cf.constant_pool;
    let mut entries = Vec::with_capacity(table.len());
    for p in table.iter() {
        if usize::from(p.name_index) >= pool.len() {
            return Err(env.throw(
                "java/lang/IllegalArgumentException",
                "Constant pool index out of bounds",
            ));
        }
        if p.name_index != 0 && pool.tag(p.name_index) != Some(UTF8_TAG) {
            return Err(env.throw(
                "java/lang/IllegalArgumentException",
                "Wrong type at constant pool index",
            ));
        }
        let name = match p.name_index {
            0 => None,
            i => pool.utf8(i).ok().map(|n| n.into_owned()),
        };
        entries.push((name, p.access_flags));
    }
    let executable = env.arg_local(0);
    let parameter =
        runtime::loader::load_class(env.thread, BOOT_LOADER, "java/lang/reflect/Parameter")?;
    let array_class =
        runtime::loader::load_class(env.thread, BOOT_LOADER, "[Ljava/lang/reflect/Parameter;")?;
    let array = runtime::alloc::new_array(env.thread, array_class, entries.len() as i32)?;
    let array = env.local(Some(array));
    for (i, (name, flags)) in entries.iter().enumerate() {
        let name = match name {
            Some(n) => {
                let units: Vec<u16> = n.encode_utf16().collect();
                Some(runtime::strings::intern(env.thread, &units)?)
            }
            None => None,
        };
        let name = env.local(name);
        let obj = runtime::alloc::new_instance(env.thread, parameter)?;
        let obj = env.local(Some(obj));
        let name = env.get(name);
        put_ref(env, obj, "name", "Ljava/lang/String;", name);
        let exec = env.get(executable);
        put_ref(
            env,
            obj,
            "executable",
            "Ljava/lang/reflect/Executable;",
            exec,
        );
        let (Some(o), Some(a)) = (env.get(obj), env.get(array)) else {
            continue;
        };
        set_int(o, "modifiers", i32::from(*flags));
        set_int(o, "index", i as i32);
        a.put_ref(ARRAY_BASE_OFFSET + 8 * i, Some(o));
    }
    Ok(Value::Ref(env.get(array)))
}

/// `Executable.getTypeAnnotationBytes0()`.
fn executable_type_annotations(env: &mut Env<'_>) -> JResult<Value> {
    let (k, slot) = receiver_member(env)?;
    let data = k
        .class_file
        .as_ref()
        .and_then(|cf| cf.methods.get(slot))
        .and_then(|m| raw(&m.attributes, TYPE_ANNOTATIONS));
    Ok(Value::Ref(byte_array(env, data)?))
}

/// `Field.getTypeAnnotationBytes0()`.
fn field_type_annotations(env: &mut Env<'_>) -> JResult<Value> {
    let (k, slot) = receiver_member(env)?;
    let data = k
        .class_file
        .as_ref()
        .and_then(|cf| cf.fields.get(slot))
        .and_then(|f| raw(&f.attributes, TYPE_ANNOTATIONS));
    let bytes: Option<ObjRef> = byte_array(env, data)?;
    Ok(Value::Ref(bytes))
}
