//! `NativeMethodAccessorImpl.invoke0` and `NativeConstructorAccessorImpl.newInstance0`: calls
//! through `Method.invoke` and `Constructor.newInstance` as HotSpot makes them (argument
//! unboxing with widening, virtual and interface dispatch, result boxing, exceptions wrapped in
//! `InvocationTargetException`), and the boxing helpers `java.lang.reflect.Array` shares.

use crate::reflect_members::member_of;
use runtime::klass::{BOOT_LOADER, ItableEntry, Klass, Method, ValueKind, select_interface_method};
use runtime::mirror::{klass_of_mirror, primitive_name};
use runtime::natives::{Env, NativeRegistry};
use runtime::oops::{ARRAY_BASE_OFFSET, ObjRef};
use runtime::thread::JavaThread;
use runtime::{JResult, Value};

pub(crate) fn register(r: &NativeRegistry) {
    r.register(
        "jdk/internal/reflect/NativeMethodAccessorImpl",
        "invoke0",
        "(Ljava/lang/reflect/Method;Ljava/lang/Object;[Ljava/lang/Object;)Ljava/lang/Object;",
        invoke0,
    );
    r.register(
        "jdk/internal/reflect/NativeConstructorAccessorImpl",
        "newInstance0",
        "(Ljava/lang/reflect/Constructor;[Ljava/lang/Object;)Ljava/lang/Object;",
        new_instance0,
    );
}

/// A primitive value as found in a box.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Prim {
    Boolean(bool),
    Byte(i8),
    Char(u16),
    Short(i16),
    Int(i32),
    Long(i64),
    Float(f32),
    Double(f64),
}

/// The box class and `value` descriptor of a primitive kind.
fn box_class(kind: ValueKind) -> Option<(&'static str, &'static str)> {
    Some(match kind {
        ValueKind::Boolean => ("java/lang/Boolean", "Z"),
        ValueKind::Byte => ("java/lang/Byte", "B"),
        ValueKind::Char => ("java/lang/Character", "C"),
        ValueKind::Short => ("java/lang/Short", "S"),
        ValueKind::Int => ("java/lang/Integer", "I"),
        ValueKind::Long => ("java/lang/Long", "J"),
        ValueKind::Float => ("java/lang/Float", "F"),
        ValueKind::Double => ("java/lang/Double", "D"),
        ValueKind::Ref => return None,
    })
}

/// The kind of a primitive type name (`"int"`...).
pub(crate) fn primitive_kind(name: &str) -> Option<ValueKind> {
    Some(match name {
        "boolean" => ValueKind::Boolean,
        "byte" => ValueKind::Byte,
        "char" => ValueKind::Char,
        "short" => ValueKind::Short,
        "int" => ValueKind::Int,
        "long" => ValueKind::Long,
        "float" => ValueKind::Float,
        "double" => ValueKind::Double,
        _ => return None,
    })
}

/// The primitive value inside `obj` if it is one of the eight boxes.
pub(crate) fn unbox(obj: ObjRef) -> Option<Prim> {
    let k = obj.klass();
    let kind = match k.name.as_str() {
        "java/lang/Boolean" => ValueKind::Boolean,
        "java/lang/Byte" => ValueKind::Byte,
        "java/lang/Character" => ValueKind::Char,
        "java/lang/Short" => ValueKind::Short,
        "java/lang/Integer" => ValueKind::Int,
        "java/lang/Long" => ValueKind::Long,
        "java/lang/Float" => ValueKind::Float,
        "java/lang/Double" => ValueKind::Double,
        _ => return None,
    };
    let (_, desc) = box_class(kind)?;
    let off = k.instance_field("value", desc)?.offset;
    Some(match kind {
        ValueKind::Boolean => Prim::Boolean(obj.get_i8(off) != 0),
        ValueKind::Byte => Prim::Byte(obj.get_i8(off)),
        ValueKind::Char => Prim::Char(obj.get_u16(off)),
        ValueKind::Short => Prim::Short(obj.get_i16(off)),
        ValueKind::Int => Prim::Int(obj.get_i32(off)),
        ValueKind::Long => Prim::Long(obj.get_i64(off)),
        ValueKind::Float => Prim::Float(obj.get_f32(off)),
        ValueKind::Double => Prim::Double(obj.get_f64(off)),
        ValueKind::Ref => return None,
    })
}

/// `value` converted to `target` by identity or widening primitive conversion (JLS §5.1.2),
/// as a VM value; `None` if no such conversion exists.
pub(crate) fn widen(value: Prim, target: ValueKind) -> Option<Value> {
    use ValueKind as K;
    let as_int = |v: i32| match target {
        K::Int => Some(Value::Int(v)),
        K::Long => Some(Value::Long(v.into())),
        K::Float => Some(Value::Float(v as f32)),
        K::Double => Some(Value::Double(v.into())),
        _ => None,
    };
    match (value, target) {
        (Prim::Boolean(b), K::Boolean) => Some(Value::Int(b.into())),
        (Prim::Byte(b), K::Byte | K::Short) => Some(Value::Int(b.into())),
        (Prim::Byte(b), _) => as_int(b.into()),
        (Prim::Char(c), K::Char) => Some(Value::Int(c.into())),
        (Prim::Char(c), _) => as_int(c.into()),
        (Prim::Short(s), K::Short) => Some(Value::Int(s.into())),
        (Prim::Short(s), _) => as_int(s.into()),
        (Prim::Int(i), _) => as_int(i),
        (Prim::Long(l), K::Long) => Some(Value::Long(l)),
        (Prim::Long(l), K::Float) => Some(Value::Float(l as f32)),
        (Prim::Long(l), K::Double) => Some(Value::Double(l as f64)),
        (Prim::Float(f), K::Float) => Some(Value::Float(f)),
        (Prim::Float(f), K::Double) => Some(Value::Double(f.into())),
        (Prim::Double(d), K::Double) => Some(Value::Double(d)),
        _ => None,
    }
}

/// A new box of `kind` holding `value` (`null` for references and `void`).
pub(crate) fn box_value(
    thread: &mut JavaThread,
    kind: Option<ValueKind>,
    value: Value,
) -> JResult<Option<ObjRef>> {
    let Some((class, desc)) = kind.and_then(box_class) else {
        return Ok(match value {
            Value::Ref(r) => r,
            _ => None,
        });
    };
    let k = runtime::loader::load_class(thread, BOOT_LOADER, class)?;
    runtime::init::initialize(thread, k)?;
    let obj = runtime::alloc::new_instance(thread, k)?;
    let Some(off) = k.instance_field("value", desc).map(|f| f.offset) else {
        return Ok(Some(obj));
    };
    match value {
        Value::Int(v) => match desc {
            "Z" | "B" => obj.put_i8(off, v as i8),
            "C" | "S" => obj.put_i16(off, v as i16),
            _ => obj.put_i32(off, v),
        },
        Value::Long(v) => obj.put_i64(off, v),
        Value::Float(v) => obj.put_f32(off, v),
        Value::Double(v) => obj.put_f64(off, v),
        Value::Ref(_) | Value::Void => {}
    }
    Ok(Some(obj))
}

/// The runtime method and declaring class behind a `Method` or `Constructor` argument.
fn executable_of(env: &mut Env<'_>) -> JResult<(&'static Klass, &'static Method)> {
    let found = env
        .obj(0)
        .and_then(member_of)
        .and_then(|(k, slot)| k.methods.get(slot).map(|m| (k, m)));
    match found {
        Some(found) => Ok(found),
        None => Err(env.throw_no_message("java/lang/InternalError")),
    }
}

/// The arguments of `method` from the `Object[]` argument `index`, unboxed and checked
/// against the `parameterTypes` of the executable in argument 0.
fn arguments(env: &mut Env<'_>, method: &Method, index: usize) -> JResult<Vec<Value>> {
    let array = env.obj(index);
    let given = array.map_or(0, |a| a.array_length().max(0) as usize);
    let types = env.obj(0).and_then(|e| {
        let f = e
            .klass()
            .instance_field("parameterTypes", "[Ljava/lang/Class;")?;
        e.get_ref(f.offset)
    });
    let count = types.map_or(0, |t| t.array_length().max(0) as usize);
    if given != count || count != method.param_kinds.len() {
        return Err(env.throw(
            "java/lang/IllegalArgumentException",
            "wrong number of arguments",
        ));
    }
    let mut out = Vec::with_capacity(count);
    for i in 0..count {
        let arg = array.and_then(|a| a.get_ref(ARRAY_BASE_OFFSET + 8 * i));
        let ty = types.and_then(|t| t.get_ref(ARRAY_BASE_OFFSET + 8 * i));
        let primitive = ty.and_then(|t| primitive_name(env.thread, t));
        if primitive.is_some() && arg.is_none() {
            return Err(env.throw_no_message("java/lang/IllegalArgumentException"));
        }
        let value = match primitive {
            Some(name) => primitive_kind(name)
                .zip(arg.and_then(unbox))
                .and_then(|(kind, prim)| widen(prim, kind)),
            None => {
                let target = ty.and_then(klass_of_mirror);
                match (arg, target) {
                    (None, _) => Some(Value::Ref(None)),
                    (Some(a), Some(t)) if a.klass().is_subtype_of(t) => Some(Value::Ref(Some(a))),
                    _ => None,
                }
            }
        };
        match value {
            Some(v) => out.push(v),
            None => {
                return Err(env.throw(
                    "java/lang/IllegalArgumentException",
                    "argument type mismatch",
                ));
            }
        }
    }
    Ok(out)
}

/// Runs `method` with `args`, wrapping an exception it throws in `InvocationTargetException`.
fn call_wrapped(env: &mut Env<'_>, method: &'static Method, args: &[Value]) -> JResult<Value> {
    match runtime::interpreter::call_method(env.thread, method, args) {
        Ok(v) => Ok(v),
        Err(thrown) => match env.thread.take_pending() {
            Some(cause) => Err(runtime::exceptions::throw_with_cause(
                env.thread,
                "java/lang/reflect/InvocationTargetException",
                cause,
            )),
            None => Err(thrown),
        },
    }
}

/// The method a virtual or interface call of `method` on `receiver` selects.
fn select(
    env: &mut Env<'_>,
    receiver: &Klass,
    method: &'static Method,
) -> JResult<&'static Method> {
    if method.is_private() {
        return Ok(method);
    }
    let missing = |env: &mut Env<'_>| {
        let msg = format!(
            "{}.{}{}",
            receiver.external_name(),
            method.name,
            method.descriptor
        );
        Err(env.throw("java/lang/AbstractMethodError", &msg))
    };
    match select_interface_method(receiver, &method.name, &method.descriptor) {
        ItableEntry::Selected(m) if !m.is_abstract() => Ok(m),
        ItableEntry::Selected(_) | ItableEntry::Missing => missing(env),
        ItableEntry::Conflict(a, b) => {
            let msg = format!(
                "Conflicting default methods: {}.{} {}.{}",
                a.holder().external_name(),
                a.name,
                b.holder().external_name(),
                b.name
            );
            Err(env.throw("java/lang/IncompatibleClassChangeError", &msg))
        }
    }
}

/// `invoke0(method, receiver, args)`.
fn invoke0(env: &mut Env<'_>) -> JResult<Value> {
    let (klass, method) = executable_of(env)?;
    let mut target = method;
    let mut values = Vec::with_capacity(method.param_kinds.len() + 1);
    if method.is_static() {
        runtime::init::initialize(env.thread, klass)?;
    } else {
        let Some(receiver) = env.obj(1) else {
            return Err(env.throw_no_message("java/lang/NullPointerException"));
        };
        if !receiver.klass().is_subtype_of(klass) {
            return Err(env.throw(
                "java/lang/IllegalArgumentException",
                "object is not an instance of declaring class",
            ));
        }
        target = select(env, receiver.klass(), method)?;
        values.push(Value::Ref(Some(receiver)));
    }
    values.extend(arguments(env, method, 2)?);
    let result = call_wrapped(env, target, &values)?;
    Ok(Value::Ref(box_value(
        env.thread,
        method.return_kind,
        result,
    )?))
}

/// `newInstance0(constructor, args)`.
fn new_instance0(env: &mut Env<'_>) -> JResult<Value> {
    let (klass, method) = executable_of(env)?;
    runtime::init::initialize(env.thread, klass)?;
    let args = arguments(env, method, 1)?;
    // The arguments wait in handles while the instance is allocated (it may collect).
    let mark = env.thread.pin_values(&args);
    let allocated = runtime::alloc::new_instance(env.thread, klass);
    let args = env.thread.unpin_values(&args, mark);
    let obj = allocated?;
    let local = env.local(Some(obj));
    let mut values = Vec::with_capacity(args.len() + 1);
    values.push(Value::Ref(Some(obj)));
    values.extend(args);
    call_wrapped(env, method, &values)?;
    Ok(Value::Ref(env.get(local)))
}

#[cfg(test)]
mod tests {
    use super::{Prim, widen};
    use runtime::Value;
    use runtime::klass::ValueKind as K;

    fn int(v: Option<Value>) -> Option<i32> {
        match v {
            Some(Value::Int(i)) => Some(i),
            _ => None,
        }
    }

    #[test]
    fn widening_follows_the_primitive_widening_conversions() {
        assert_eq!(int(widen(Prim::Byte(-3), K::Short)), Some(-3));
        assert_eq!(int(widen(Prim::Char(0xffff), K::Int)), Some(0xffff));
        assert!(matches!(widen(Prim::Int(7), K::Long), Some(Value::Long(7))));
        assert!(
            matches!(widen(Prim::Long(1 << 40), K::Float), Some(Value::Float(f)) if f == (1u64 << 40) as f32)
        );
        assert!(matches!(widen(Prim::Float(1.5), K::Double), Some(Value::Double(d)) if d == 1.5));
        assert!(matches!(
            widen(Prim::Boolean(true), K::Boolean),
            Some(Value::Int(1))
        ));
    }

    #[test]
    fn narrowing_and_boolean_conversions_are_refused() {
        assert!(widen(Prim::Int(1), K::Short).is_none());
        assert!(widen(Prim::Char('a' as u16), K::Short).is_none());
        assert!(widen(Prim::Short(1), K::Char).is_none());
        assert!(widen(Prim::Byte(1), K::Char).is_none());
        assert!(widen(Prim::Long(1), K::Int).is_none());
        assert!(widen(Prim::Double(1.0), K::Float).is_none());
        assert!(widen(Prim::Boolean(true), K::Int).is_none());
        assert!(widen(Prim::Int(1), K::Boolean).is_none());
    }
}
