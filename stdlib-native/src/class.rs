//! `java.lang.Class` natives the core needs: primitive mirrors, names, kinds, the superclass,
//! assignability, modifiers; and `jdk.internal.misc.CDS` (no archive: Cortado has none).

use runtime::mirror::{klass_of_mirror, primitive_mirror, primitive_name};
use runtime::natives::{Env, NativeRegistry};
use runtime::{JResult, Value};

const C: &str = "java/lang/Class";

pub(crate) fn register(r: &NativeRegistry) {
    r.register(
        C,
        "getPrimitiveClass",
        "(Ljava/lang/String;)Ljava/lang/Class;",
        get_primitive_class,
    );
    r.register(
        C,
        "forName0",
        "(Ljava/lang/String;ZLjava/lang/ClassLoader;Ljava/lang/Class;)Ljava/lang/Class;",
        for_name,
    );
    r.register(C, "initClassName", "()Ljava/lang/String;", init_class_name);
    r.register(C, "isPrimitive", "()Z", is_primitive);
    r.register(C, "isArray", "()Z", is_array);
    r.register(C, "isInterface", "()Z", is_interface);
    r.register(C, "isHidden", "()Z", is_hidden);
    r.register(C, "getSuperclass", "()Ljava/lang/Class;", get_superclass);
    r.register(
        C,
        "isAssignableFrom",
        "(Ljava/lang/Class;)Z",
        is_assignable_from,
    );
    r.register(C, "isInstance", "(Ljava/lang/Object;)Z", is_instance);
    r.register(C, "getModifiers", "()I", get_modifiers);
    const CDS: &str = "jdk/internal/misc/CDS";
    for name in [
        "isDumpingClassList0",
        "isDumpingArchive0",
        "isSharingEnabled0",
    ] {
        r.register(CDS, name, "()Z", no);
    }
    r.register(CDS, "getRandomSeedForDumping", "()J", zero_long);
    r.register(
        CDS,
        "initializeFromArchive",
        "(Ljava/lang/Class;)V",
        nothing,
    );
    r.register(
        CDS,
        "defineArchivedModules",
        "(Ljava/lang/ClassLoader;Ljava/lang/ClassLoader;)V",
        nothing,
    );
    r.register(
        CDS,
        "logLambdaFormInvoker",
        "(Ljava/lang/String;)V",
        nothing,
    );
}

fn no(_: &mut Env<'_>) -> JResult<Value> {
    Ok(Value::Int(0))
}

fn zero_long(_: &mut Env<'_>) -> JResult<Value> {
    Ok(Value::Long(0))
}

/// Nothing to do without a CDS archive.
fn nothing(_: &mut Env<'_>) -> JResult<Value> {
    Ok(Value::Void)
}

fn get_primitive_class(env: &mut Env<'_>) -> JResult<Value> {
    let name = env
        .obj(0)
        .map(|s| runtime::strings::string_value(env.thread, s))
        .unwrap_or_default();
    match primitive_mirror(env.thread, &name)? {
        Some(m) => Ok(Value::Ref(Some(m))),
        None => Err(env.throw("java/lang/ClassNotFoundException", &name)),
    }
}

/// Computes the binary name, stores it (interned) in `Class.name` and returns it.
fn init_class_name(env: &mut Env<'_>) -> JResult<Value> {
    let this = env.obj(0).expect("receiver");
    let name = match klass_of_mirror(this) {
        Some(k) => k.external_name(),
        None => primitive_name(env.thread, this).unwrap_or("").to_string(),
    };
    let local = env.arg_local(0);
    let units: Vec<u16> = name.encode_utf16().collect();
    let s = runtime::strings::intern(env.thread, &units)?;
    if let Some(this) = env.get(local)
        && let Some(f) = this.klass().instance_field("name", "Ljava/lang/String;")
    {
        this.put_ref(f.offset, Some(s));
    }
    Ok(Value::Ref(Some(s)))
}

fn is_primitive(env: &mut Env<'_>) -> JResult<Value> {
    let this = env.obj(0).expect("receiver");
    Ok(Value::Int(
        primitive_name(env.thread, this).is_some().into(),
    ))
}

fn is_array(env: &mut Env<'_>) -> JResult<Value> {
    let k = env.obj(0).and_then(klass_of_mirror);
    Ok(Value::Int(k.is_some_and(|k| k.is_array()).into()))
}

fn is_interface(env: &mut Env<'_>) -> JResult<Value> {
    let k = env.obj(0).and_then(klass_of_mirror);
    Ok(Value::Int(k.is_some_and(|k| k.is_interface()).into()))
}

/// Whether the class was defined by `Lookup.defineHiddenClass`.
fn is_hidden(env: &mut Env<'_>) -> JResult<Value> {
    let k = env.obj(0).and_then(klass_of_mirror);
    Ok(Value::Int(k.is_some_and(|k| k.is_hidden()).into()))
}

fn get_superclass(env: &mut Env<'_>) -> JResult<Value> {
    let k = env.obj(0).and_then(klass_of_mirror);
    let sup = k.filter(|k| !k.is_interface()).and_then(|k| k.super_klass);
    Ok(Value::Ref(sup.and_then(|s| s.mirror())))
}

fn is_assignable_from(env: &mut Env<'_>) -> JResult<Value> {
    let (Some(this), Some(other)) = (env.obj(0), env.obj(1)) else {
        return Err(env.throw_no_message("java/lang/NullPointerException"));
    };
    let r = match (klass_of_mirror(this), klass_of_mirror(other)) {
        (Some(t), Some(o)) => o.is_subtype_of(t),
        _ => this == other,
    };
    Ok(Value::Int(r.into()))
}

fn is_instance(env: &mut Env<'_>) -> JResult<Value> {
    let k = env.obj(0).and_then(klass_of_mirror);
    let r = match (k, env.obj(1)) {
        (Some(k), Some(o)) => o.klass().is_subtype_of(k),
        _ => false,
    };
    Ok(Value::Int(r.into()))
}

/// The class's modifiers as `Class.getModifiers` reports them (inner-class flags when the class
/// is a member class, as HotSpot does).
fn get_modifiers(env: &mut Env<'_>) -> JResult<Value> {
    let this = env.obj(0).expect("receiver");
    let flags = match klass_of_mirror(this) {
        None => 0x0411, // public abstract final, as HotSpot reports primitives
        Some(k) => {
            let inner = k.class_file.as_ref().and_then(|cf| {
                cf.inner_classes.iter().find_map(|ic| {
                    let name = cf
                        .constant_pool
                        .class_name(ic.inner_class_info_index)
                        .ok()?;
                    (name == k.name).then_some(ic.inner_class_access_flags)
                })
            });
            i32::from(inner.unwrap_or(k.access_flags) & !0x0020)
        }
    };
    Ok(Value::Int(flags))
}

/// libjava's `verifyClassname` with arrays allowed, on an internal name: a class name whose
/// characters are anything but `.`, `;` and `[`, with single slashes between (a trailing one
/// allowed, a leading one not); or up to 255 `[`s then a primitive type or `L<name>;`.
fn is_valid_class_name(internal: &str) -> bool {
    if internal.starts_with('[') {
        return skip_field_signature(internal).is_some_and(|rest| rest.is_empty());
    }
    skip_field_name(internal).is_some_and(|rest| rest.is_empty())
}

/// libjava's `skip_over_fieldname` with slashes allowed: the rest after the longest prefix
/// that is a qualified name, `None` when there is none or it has consecutive slashes.
fn skip_field_name(name: &str) -> Option<&str> {
    let mut last: Option<char> = None;
    for (i, c) in name.char_indices() {
        match c {
            '.' | ';' | '[' => return last.map(|_| &name[i..]),
            '/' => match last {
                None => return None,
                Some('/') => return None,
                Some(_) => {}
            },
            _ => {}
        }
        last = Some(c);
    }
    last.map(|_| "")
}

/// libjava's `skip_over_field_signature` (no `void`): the rest after one field descriptor.
fn skip_field_signature(name: &str) -> Option<&str> {
    let element = name.trim_start_matches('[');
    if name.len() - element.len() > 255 {
        return None;
    }
    let mut chars = element.chars();
    match chars.next()? {
        'Z' | 'B' | 'C' | 'S' | 'I' | 'J' | 'F' | 'D' => Some(chars.as_str()),
        'L' => {
            let rest = skip_field_name(chars.as_str())?;
            rest.strip_prefix(';')
        }
        _ => None,
    }
}

/// `Class.forName0(name, initialize, loader, caller)` as HotSpot's `JVM_FindClassFromCaller`:
/// the class through `loader` (`null` is the boot loader; another loader's `loadClass` runs,
/// and its `ClassNotFoundException` propagates), `ClassNotFoundException` with the internal
/// name when the loader has no such class.
fn for_name(env: &mut Env<'_>) -> JResult<Value> {
    let Some(name_obj) = env.obj(0) else {
        return Err(env.throw_no_message("java/lang/NullPointerException"));
    };
    let name = runtime::strings::string_value(env.thread, name_obj);
    let initialize = env.int(1) != 0;
    let internal = name.replace('.', "/");
    if name.contains('/') {
        return Err(env.throw("java/lang/ClassNotFoundException", &name));
    }
    if !is_valid_class_name(&internal) {
        return Err(env.throw("java/lang/ClassNotFoundException", &internal));
    }
    let Some(loader) = runtime::class_loaders::loader_id(env.thread, env.obj(2)) else {
        return Err(env.throw("java/lang/ClassNotFoundException", &name));
    };
    let Some(k) = runtime::loader::find_or_load(env.thread, loader, &internal)? else {
        return Err(env.throw("java/lang/ClassNotFoundException", &internal));
    };
    if initialize {
        runtime::init::initialize(env.thread, k)?;
    }
    Ok(Value::Ref(k.mirror()))
}

#[cfg(test)]
mod tests {
    use super::is_valid_class_name;

    #[test]
    fn class_names_as_libjava_verifies_them() {
        for ok in [
            "Main", "a/b/C", "[I", "[[J", "[La/B;", "[[LMain;", "a/B$1", "Hello/", "[La/;", "a b",
        ] {
            assert!(is_valid_class_name(ok), "{ok}");
        }
        for bad in [
            "", "/Hello", "a//b", "[", "[V", "[La/B", "[L;", "a;b", "[Ia", "a[b", "[L/a;",
        ] {
            assert!(!is_valid_class_name(bad), "{bad}");
        }
    }
}
