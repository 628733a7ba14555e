//! `java.lang.reflect.Array` natives: creating arrays of a runtime component type and reading
//! an array's length.

use classfile::descriptor::BaseType;
use runtime::mirror::{klass_of_mirror, primitive_name};
use runtime::natives::{Env, NativeRegistry};
use runtime::{JResult, Value};

const A: &str = "java/lang/reflect/Array";

pub(crate) fn register(r: &NativeRegistry) {
    r.register(
        A,
        "newArray",
        "(Ljava/lang/Class;I)Ljava/lang/Object;",
        new_array,
    );
    r.register(A, "getLength", "(Ljava/lang/Object;)I", get_length);
}

/// `Array.newArray(componentType, length)`.
fn new_array(env: &mut Env<'_>) -> JResult<Value> {
    let Some(mirror) = env.obj(0) else {
        return Err(env.throw_no_message("java/lang/NullPointerException"));
    };
    let length = env.int(1);
    let component = match klass_of_mirror(mirror) {
        Some(k) => Ok(k),
        None => Err(match primitive_name(env.thread, mirror) {
            Some("boolean") => BaseType::Boolean,
            Some("byte") => BaseType::Byte,
            Some("char") => BaseType::Char,
            Some("short") => BaseType::Short,
            Some("int") => BaseType::Int,
            Some("long") => BaseType::Long,
            Some("float") => BaseType::Float,
            Some("double") => BaseType::Double,
            _ => return Err(env.throw_no_message("java/lang/IllegalArgumentException")),
        }),
    };
    if length < 0 {
        return Err(env.throw("java/lang/NegativeArraySizeException", &length.to_string()));
    }
    let array_klass = runtime::loader::array_klass_of(env.thread, component)?;
    Ok(Value::Ref(Some(runtime::alloc::new_array(
        env.thread,
        array_klass,
        length,
    )?)))
}

/// `Array.getLength(array)`.
fn get_length(env: &mut Env<'_>) -> JResult<Value> {
    match env.obj(0) {
        None => Err(env.throw_no_message("java/lang/NullPointerException")),
        Some(a) if a.klass().is_array() => Ok(Value::Int(a.array_length())),
        Some(_) => Err(env.throw(
            "java/lang/IllegalArgumentException",
            "Argument is not an array",
        )),
    }
}
