//! `java.lang.reflect.Array` element access (`get`/`set` and their primitive variants) and
//! `multiNewArray`, with HotSpot's checks, widening and messages.

use crate::reflect_invoke::{Prim, box_value, primitive_kind, unbox, widen};
use classfile::descriptor::BaseType;
use runtime::klass::{Klass, KlassKind, ValueKind};
use runtime::mirror::{klass_of_mirror, primitive_name};
use runtime::natives::{Env, NativeRegistry};
use runtime::oops::{ARRAY_BASE_OFFSET, ObjRef};
use runtime::{JResult, Value};

const A: &str = "java/lang/reflect/Array";

/// The most dimensions an array type may have.
const MAX_DIMENSIONS: usize = 255;

pub(crate) fn register(r: &NativeRegistry) {
    r.register(A, "get", "(Ljava/lang/Object;I)Ljava/lang/Object;", get);
    r.register(A, "set", "(Ljava/lang/Object;ILjava/lang/Object;)V", set);
    for (name, desc) in [
        ("getBoolean", "(Ljava/lang/Object;I)Z"),
        ("getByte", "(Ljava/lang/Object;I)B"),
        ("getChar", "(Ljava/lang/Object;I)C"),
        ("getShort", "(Ljava/lang/Object;I)S"),
        ("getInt", "(Ljava/lang/Object;I)I"),
        ("getLong", "(Ljava/lang/Object;I)J"),
        ("getFloat", "(Ljava/lang/Object;I)F"),
        ("getDouble", "(Ljava/lang/Object;I)D"),
    ] {
        r.register(A, name, desc, get_primitive);
    }
    for (name, desc) in [
        ("setBoolean", "(Ljava/lang/Object;IZ)V"),
        ("setByte", "(Ljava/lang/Object;IB)V"),
        ("setChar", "(Ljava/lang/Object;IC)V"),
        ("setShort", "(Ljava/lang/Object;IS)V"),
        ("setInt", "(Ljava/lang/Object;II)V"),
        ("setLong", "(Ljava/lang/Object;IJ)V"),
        ("setFloat", "(Ljava/lang/Object;IF)V"),
        ("setDouble", "(Ljava/lang/Object;ID)V"),
    ] {
        r.register(A, name, desc, set_primitive);
    }
    r.register(
        A,
        "multiNewArray",
        "(Ljava/lang/Class;[I)Ljava/lang/Object;",
        multi_new_array,
    );
}

/// Argument 0 as an array (`primitive_only`: an array of a primitive type) and argument 1 as
/// an index within it, or HotSpot's exception.
fn checked(env: &mut Env<'_>, primitive_only: bool) -> JResult<(ObjRef, usize)> {
    let Some(array) = env.obj(0) else {
        return Err(env.throw_no_message("java/lang/NullPointerException"));
    };
    let k = array.klass();
    if !k.is_array() {
        return Err(env.throw(
            "java/lang/IllegalArgumentException",
            "Argument is not an array",
        ));
    }
    if primitive_only && k.component().is_some() {
        return Err(env.throw(
            "java/lang/IllegalArgumentException",
            "Argument is not an array of primitive type",
        ));
    }
    let index = env.int(1);
    if index < 0 || index >= array.array_length() {
        return Err(env.throw_no_message("java/lang/ArrayIndexOutOfBoundsException"));
    }
    Ok((array, index as usize))
}

/// Element `i` of primitive array `a` of element type `element`.
fn element(a: ObjRef, element: BaseType, i: usize) -> Prim {
    let at = |size: usize| ARRAY_BASE_OFFSET + size * i;
    match element {
        BaseType::Boolean => Prim::Boolean(a.get_i8(at(1)) != 0),
        BaseType::Byte => Prim::Byte(a.get_i8(at(1))),
        BaseType::Char => Prim::Char(a.get_u16(at(2))),
        BaseType::Short => Prim::Short(a.get_i16(at(2))),
        BaseType::Int => Prim::Int(a.get_i32(at(4))),
        BaseType::Long => Prim::Long(a.get_i64(at(8))),
        BaseType::Float => Prim::Float(a.get_f32(at(4))),
        BaseType::Double => Prim::Double(a.get_f64(at(8))),
    }
}

/// Stores `value` (already of the array's element kind) as element `i` of `a`.
fn store(a: ObjRef, element: BaseType, i: usize, value: Value) {
    let at = |size: usize| ARRAY_BASE_OFFSET + size * i;
    match (element, value) {
        (BaseType::Boolean | BaseType::Byte, Value::Int(v)) => a.put_i8(at(1), v as i8),
        (BaseType::Char | BaseType::Short, Value::Int(v)) => a.put_i16(at(2), v as i16),
        (BaseType::Int, Value::Int(v)) => a.put_i32(at(4), v),
        (BaseType::Long, Value::Long(v)) => a.put_i64(at(8), v),
        (BaseType::Float, Value::Float(v)) => a.put_f32(at(4), v),
        (BaseType::Double, Value::Double(v)) => a.put_f64(at(8), v),
        _ => {}
    }
}

/// The element type of a primitive array class.
fn element_type(k: &Klass) -> Option<BaseType> {
    match k.kind {
        KlassKind::TypeArray { element } => Some(element),
        _ => None,
    }
}

fn mismatch(env: &mut Env<'_>) -> runtime::thread::Thrown {
    env.throw(
        "java/lang/IllegalArgumentException",
        "argument type mismatch",
    )
}

/// `Array.get(array, index)`: the element, boxed for primitive arrays.
fn get(env: &mut Env<'_>) -> JResult<Value> {
    let (a, i) = checked(env, false)?;
    match element_type(a.klass()) {
        None => Ok(Value::Ref(a.get_ref(ARRAY_BASE_OFFSET + 8 * i))),
        Some(t) => {
            let kind = ValueKind::from_base(t);
            let value = widen(element(a, t, i), kind).unwrap_or(Value::Void);
            Ok(Value::Ref(box_value(env.thread, Some(kind), value)?))
        }
    }
}

/// `Array.getInt(array, index)` and the other primitive getters: the element widened to the
/// getter's return type.
fn get_primitive(env: &mut Env<'_>) -> JResult<Value> {
    let (a, i) = checked(env, true)?;
    let target = env.method().return_kind.unwrap_or(ValueKind::Int);
    let Some(t) = element_type(a.klass()) else {
        return Err(mismatch(env));
    };
    match widen(element(a, t, i), target) {
        Some(v) => Ok(v),
        None => Err(mismatch(env)),
    }
}

/// `Array.set(array, index, value)`: references are stored after a type check, boxes are
/// unboxed and widened into primitive arrays.
fn set(env: &mut Env<'_>) -> JResult<Value> {
    let (a, i) = checked(env, false)?;
    let value = env.obj(2);
    match (a.klass().component(), element_type(a.klass())) {
        (Some(component), _) => {
            if value.is_some_and(|v| !v.klass().is_subtype_of(component)) {
                return Err(env.throw(
                    "java/lang/IllegalArgumentException",
                    "array element type mismatch",
                ));
            }
            a.put_ref(ARRAY_BASE_OFFSET + 8 * i, value);
        }
        (None, Some(t)) => {
            let Some(v) = value else {
                return Err(env.throw_no_message("java/lang/IllegalArgumentException"));
            };
            let widened = unbox(v).and_then(|p| widen(p, ValueKind::from_base(t)));
            match widened {
                Some(w) => store(a, t, i, w),
                None => return Err(mismatch(env)),
            }
        }
        (None, None) => {}
    }
    Ok(Value::Void)
}

/// `Array.setInt(array, index, value)` and the other primitive setters.
fn set_primitive(env: &mut Env<'_>) -> JResult<Value> {
    let (a, i) = checked(env, true)?;
    let Some(t) = element_type(a.klass()) else {
        return Err(mismatch(env));
    };
    let given = match env.param_kind(2) {
        Some(ValueKind::Boolean) => Prim::Boolean(env.int(2) != 0),
        Some(ValueKind::Byte) => Prim::Byte(env.int(2) as i8),
        Some(ValueKind::Char) => Prim::Char(env.int(2) as u16),
        Some(ValueKind::Short) => Prim::Short(env.int(2) as i16),
        Some(ValueKind::Long) => Prim::Long(env.long(2)),
        Some(ValueKind::Float) => Prim::Float(env.float(2)),
        Some(ValueKind::Double) => Prim::Double(env.double(2)),
        _ => Prim::Int(env.int(2)),
    };
    match widen(given, ValueKind::from_base(t)) {
        Some(w) => store(a, t, i, w),
        None => return Err(mismatch(env)),
    }
    Ok(Value::Void)
}

/// The base type of a primitive mirror.
fn base_type(name: &str) -> Option<BaseType> {
    Some(match primitive_kind(name)? {
        ValueKind::Boolean => BaseType::Boolean,
        ValueKind::Byte => BaseType::Byte,
        ValueKind::Char => BaseType::Char,
        ValueKind::Short => BaseType::Short,
        ValueKind::Int => BaseType::Int,
        ValueKind::Long => BaseType::Long,
        ValueKind::Float => BaseType::Float,
        ValueKind::Double => BaseType::Double,
        ValueKind::Ref => return None,
    })
}

/// The number of dimensions of an array class (0 for other classes).
fn dimensions(k: &Klass) -> usize {
    let mut n = 0;
    let mut c = Some(k);
    while let Some(k) = c.filter(|k| k.is_array()) {
        n += 1;
        c = k.component();
    }
    n
}

/// `Array.multiNewArray(componentType, dimensions)`.
fn multi_new_array(env: &mut Env<'_>) -> JResult<Value> {
    let Some(mirror) = env.obj(0) else {
        return Err(env.throw_no_message("java/lang/NullPointerException"));
    };
    let counts: Vec<i32> = match env.obj(1) {
        None => return Err(env.throw_no_message("java/lang/NullPointerException")),
        Some(d) => (0..d.array_length().max(0) as usize)
            .map(|i| d.get_i32(ARRAY_BASE_OFFSET + 4 * i))
            .collect(),
    };
    if counts.is_empty() || counts.len() > MAX_DIMENSIONS {
        return Err(env.throw_no_message("java/lang/IllegalArgumentException"));
    }
    if let Some(n) = counts.iter().find(|c| **c < 0) {
        return Err(env.throw("java/lang/NegativeArraySizeException", &n.to_string()));
    }
    let mut klass = match klass_of_mirror(mirror) {
        Some(k) => {
            if dimensions(k) + counts.len() > MAX_DIMENSIONS {
                return Err(env.throw_no_message("java/lang/IllegalArgumentException"));
            }
            runtime::loader::array_klass_of(env.thread, Ok(k))?
        }
        None => match primitive_name(env.thread, mirror).and_then(base_type) {
            Some(t) => runtime::loader::array_klass_of(env.thread, Err(t))?,
            None => return Err(env.throw_no_message("java/lang/IllegalArgumentException")),
        },
    };
    for _ in 1..counts.len() {
        klass = runtime::loader::array_klass_of(env.thread, Ok(klass))?;
    }
    build(env, klass, &counts).map(|a| Value::Ref(Some(a)))
}

/// An array of class `k` with `counts[0]` elements, each an array built from the rest.
fn build(env: &mut Env<'_>, k: &'static Klass, counts: &[i32]) -> JResult<ObjRef> {
    let Some((&len, rest)) = counts.split_first() else {
        return Err(env.throw_no_message("java/lang/IllegalArgumentException"));
    };
    let array = runtime::alloc::new_array(env.thread, k, len)?;
    let (Some(component), false) = (k.component(), rest.is_empty()) else {
        return Ok(array);
    };
    let local = env.local(Some(array));
    for e in 0..len as usize {
        let sub = build(env, component, rest)?;
        if let Some(a) = env.get(local) {
            a.put_ref(ARRAY_BASE_OFFSET + 8 * e, Some(sub));
        }
    }
    Ok(env.get(local).unwrap_or(array))
}
