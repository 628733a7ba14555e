//! `Class.getConstantPool` and the `jdk.internal.reflect.ConstantPool` natives the JDK's
//! annotation parser reads constants through. The pool object's `constantPoolOop` is the
//! class's mirror: the natives find the class file's pool from it.

use classfile::constant_pool::Constant;
use runtime::klass::{BOOT_LOADER, Klass};
use runtime::mirror::klass_of_mirror;
use runtime::natives::{Env, NativeRegistry};
use runtime::oops::ARRAY_BASE_OFFSET;
use runtime::{JResult, Value};

const P: &str = "jdk/internal/reflect/ConstantPool";

pub(crate) fn register(r: &NativeRegistry) {
    r.register(
        "java/lang/Class",
        "getConstantPool",
        "()Ljdk/internal/reflect/ConstantPool;",
        get_constant_pool,
    );
    r.register(P, "getSize0", "(Ljava/lang/Object;)I", get_size);
    r.register(P, "getIntAt0", "(Ljava/lang/Object;I)I", get_int_at);
    r.register(P, "getLongAt0", "(Ljava/lang/Object;I)J", get_long_at);
    r.register(P, "getFloatAt0", "(Ljava/lang/Object;I)F", get_float_at);
    r.register(P, "getDoubleAt0", "(Ljava/lang/Object;I)D", get_double_at);
    r.register(
        P,
        "getUTF8At0",
        "(Ljava/lang/Object;I)Ljava/lang/String;",
        get_utf8_at,
    );
    r.register(
        P,
        "getStringAt0",
        "(Ljava/lang/Object;I)Ljava/lang/String;",
        get_string_at,
    );
    r.register(
        P,
        "getClassAt0",
        "(Ljava/lang/Object;I)Ljava/lang/Class;",
        get_class_at,
    );
    r.register(P, "getTagAt0", "(Ljava/lang/Object;I)B", get_tag_at);
    r.register(
        P,
        "getClassRefIndexAt0",
        "(Ljava/lang/Object;I)I",
        get_class_ref_index_at,
    );
    r.register(
        P,
        "getNameAndTypeRefIndexAt0",
        "(Ljava/lang/Object;I)I",
        get_name_and_type_ref_index_at,
    );
    r.register(
        P,
        "getMemberRefInfoAt0",
        "(Ljava/lang/Object;I)[Ljava/lang/String;",
        get_member_ref_info_at,
    );
    r.register(
        P,
        "getNameAndTypeRefInfoAt0",
        "(Ljava/lang/Object;I)[Ljava/lang/String;",
        get_name_and_type_ref_info_at,
    );
}

fn get_constant_pool(env: &mut Env<'_>) -> JResult<Value> {
    let mirror = env.arg_local(0);
    let k = runtime::loader::load_class(env.thread, BOOT_LOADER, P)?;
    runtime::init::initialize(env.thread, k)?;
    let pool = runtime::alloc::new_instance(env.thread, k)?;
    if let Some(f) = k.instance_field("constantPoolOop", "Ljava/lang/Object;") {
        pool.put_ref(f.offset, env.get(mirror));
    }
    Ok(Value::Ref(Some(pool)))
}

/// The class whose pool argument 1 stands for.
fn pool_klass(env: &Env<'_>) -> Option<&'static Klass> {
    env.obj(1).and_then(klass_of_mirror)
}

/// The constant at argument 2's index, or HotSpot's `IllegalArgumentException`.
pub(crate) fn constant(env: &mut Env<'_>) -> JResult<(&'static Klass, Constant<'static>)> {
    let index = env.int(2);
    let found = pool_klass(env).and_then(|k| {
        let cf = k.class_file.as_ref()?;
        let i = u16::try_from(index).ok()?;
        cf.constant_pool.raw(i).cloned().map(|c| (k, c))
    });
    found.ok_or_else(|| {
        env.throw(
            "java/lang/IllegalArgumentException",
            "Constant pool index out of bounds",
        )
    })
}

pub(crate) fn wrong_type(env: &mut Env<'_>) -> runtime::thread::Thrown {
    env.throw(
        "java/lang/IllegalArgumentException",
        "Wrong type at constant pool index",
    )
}

fn get_size(env: &mut Env<'_>) -> JResult<Value> {
    let size = pool_klass(env)
        .and_then(|k| k.class_file.as_ref())
        .map_or(0, |cf| cf.constant_pool.len());
    Ok(Value::Int(size as i32))
}

fn get_int_at(env: &mut Env<'_>) -> JResult<Value> {
    match constant(env)?.1 {
        Constant::Integer(v) => Ok(Value::Int(v)),
        _ => Err(wrong_type(env)),
    }
}

fn get_long_at(env: &mut Env<'_>) -> JResult<Value> {
    match constant(env)?.1 {
        Constant::Long(v) => Ok(Value::Long(v)),
        _ => Err(wrong_type(env)),
    }
}

fn get_float_at(env: &mut Env<'_>) -> JResult<Value> {
    match constant(env)?.1 {
        Constant::Float(v) => Ok(Value::Float(v)),
        _ => Err(wrong_type(env)),
    }
}

fn get_double_at(env: &mut Env<'_>) -> JResult<Value> {
    match constant(env)?.1 {
        Constant::Double(v) => Ok(Value::Double(v)),
        _ => Err(wrong_type(env)),
    }
}

/// A new string of `Utf8` entry `index` of `k`'s pool.
fn utf8_string(env: &mut Env<'_>, k: &Klass, index: u16) -> JResult<Value> {
    let Some(text) = k
        .class_file
        .as_ref()
        .and_then(|cf| cf.constant_pool.utf8(index).ok())
        .map(|t| t.to_string())
    else {
        return Err(wrong_type(env));
    };
    Ok(Value::Ref(Some(runtime::strings::new_string(
        env.thread, &text,
    )?)))
}

fn get_utf8_at(env: &mut Env<'_>) -> JResult<Value> {
    let (k, c) = constant(env)?;
    match c {
        Constant::Utf8(_) => utf8_string(env, k, env.int(2) as u16),
        _ => Err(wrong_type(env)),
    }
}

fn get_string_at(env: &mut Env<'_>) -> JResult<Value> {
    let (k, c) = constant(env)?;
    match c {
        Constant::String { string_index } => {
            let units: Vec<u16> = k
                .class_file
                .as_ref()
                .and_then(|cf| cf.constant_pool.utf8(string_index).ok())
                .map_or(Vec::new(), |t| t.encode_utf16().collect());
            Ok(Value::Ref(Some(runtime::strings::intern(
                env.thread, &units,
            )?)))
        }
        _ => Err(wrong_type(env)),
    }
}

fn get_class_at(env: &mut Env<'_>) -> JResult<Value> {
    let (k, c) = constant(env)?;
    match c {
        Constant::Class { name_index } => {
            let Some(name) = k
                .class_file
                .as_ref()
                .and_then(|cf| cf.constant_pool.utf8(name_index).ok())
                .map(|t| t.to_string())
            else {
                return Err(wrong_type(env));
            };
            let target = runtime::loader::load_class(env.thread, k.loader, &name)?;
            Ok(Value::Ref(target.mirror()))
        }
        _ => Err(wrong_type(env)),
    }
}

fn get_tag_at(env: &mut Env<'_>) -> JResult<Value> {
    let (_, c) = constant(env)?;
    let tag = match c {
        Constant::Unusable => 0,
        other => other.tag(),
    };
    Ok(Value::Int(i32::from(tag as i8)))
}

/// The class and name-and-type indexes of a field or method reference.
pub(crate) fn member_ref(c: &Constant<'_>) -> Option<(u16, u16)> {
    match *c {
        Constant::Fieldref {
            class_index,
            name_and_type_index,
        }
        | Constant::Methodref {
            class_index,
            name_and_type_index,
        }
        | Constant::InterfaceMethodref {
            class_index,
            name_and_type_index,
        } => Some((class_index, name_and_type_index)),
        _ => None,
    }
}

fn get_class_ref_index_at(env: &mut Env<'_>) -> JResult<Value> {
    match member_ref(&constant(env)?.1) {
        Some((class, _)) => Ok(Value::Int(i32::from(class))),
        None => Err(wrong_type(env)),
    }
}

fn get_name_and_type_ref_index_at(env: &mut Env<'_>) -> JResult<Value> {
    let c = constant(env)?.1;
    let index = match c {
        Constant::InvokeDynamic {
            name_and_type_index,
            ..
        } => Some(name_and_type_index),
        other => member_ref(&other).map(|(_, nat)| nat),
    };
    match index {
        Some(i) => Ok(Value::Int(i32::from(i))),
        None => Err(wrong_type(env)),
    }
}

/// The name and descriptor of `NameAndType` entry `index` of `k`'s pool.
pub(crate) fn name_and_type(k: &Klass, index: u16) -> Option<[String; 2]> {
    let pool = &k.class_file.as_ref()?.constant_pool;
    match *pool.raw(index)? {
        Constant::NameAndType {
            name_index,
            descriptor_index,
        } => Some([
            pool.utf8(name_index).ok()?.to_string(),
            pool.utf8(descriptor_index).ok()?.to_string(),
        ]),
        _ => None,
    }
}

/// A new `String[]` of `items`.
fn string_array(env: &mut Env<'_>, items: &[String]) -> JResult<Value> {
    let k = runtime::loader::load_class(env.thread, BOOT_LOADER, "[Ljava/lang/String;")?;
    let array = runtime::alloc::new_array(env.thread, k, items.len() as i32)?;
    let array = env.local(Some(array));
    for (i, item) in items.iter().enumerate() {
        let s = runtime::strings::new_string(env.thread, item)?;
        if let Some(a) = env.get(array) {
            a.put_ref(ARRAY_BASE_OFFSET + 8 * i, Some(s));
        }
    }
    Ok(Value::Ref(env.get(array)))
}

/// `{class name (internal form), member name, descriptor}` of a field or method reference.
fn get_member_ref_info_at(env: &mut Env<'_>) -> JResult<Value> {
    let (k, c) = constant(env)?;
    let info = member_ref(&c).and_then(|(class, nat)| {
        let class_name = k
            .class_file
            .as_ref()?
            .constant_pool
            .class_name(class)
            .ok()?
            .to_string();
        let [name, descriptor] = name_and_type(k, nat)?;
        Some([class_name, name, descriptor])
    });
    match info {
        Some(items) => string_array(env, &items),
        None => Err(wrong_type(env)),
    }
}

fn get_name_and_type_ref_info_at(env: &mut Env<'_>) -> JResult<Value> {
    let (k, _) = constant(env)?;
    match name_and_type(k, env.int(2) as u16) {
        Some(items) => string_array(env, &items),
        None => Err(wrong_type(env)),
    }
}
