//! `java.lang.invoke.MemberName`s for methods as the stack walker fills them: the declaring
//! class, HotSpot's flags (modifiers, member kind, reference kind, caller sensitivity), and
//! the name and descriptor that `MethodHandleNatives.expand` would give; and the way back from
//! such a member name to the method.

use classfile::model::access;
use runtime::JResult;
use runtime::JavaThread;
use runtime::klass::Method;
use runtime::mirror::{klass_of_mirror, primitive_name};
use runtime::natives::Env;
use runtime::oops::{ARRAY_BASE_OFFSET, ObjRef};
use runtime::thread::Local;

use crate::vm_annotations::vm_annotations;

/// `MemberName` flag bits (`MethodHandleNatives.Constants`).
const IS_METHOD: i32 = 0x0001_0000;
const IS_CONSTRUCTOR: i32 = 0x0002_0000;
const CALLER_SENSITIVE: i32 = 0x0010_0000;
const REFERENCE_KIND_SHIFT: i32 = 24;

/// Reference kinds (JVMS §5.4.3.5).
const REF_INVOKE_VIRTUAL: i32 = 5;
const REF_INVOKE_STATIC: i32 = 6;
const REF_INVOKE_SPECIAL: i32 = 7;
const REF_INVOKE_INTERFACE: i32 = 9;

/// Method modifiers HotSpot keeps (`JVM_RECOGNIZED_METHOD_MODIFIERS`).
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

/// The flags HotSpot gives the member name of `m` resolved in its own class: direct calls
/// (static, constructors, private and final methods) are `invokeStatic`/`invokeSpecial`,
/// interface methods `invokeInterface`, the rest `invokeVirtual`.
pub(crate) fn method_flags(m: &Method) -> i32 {
    let holder = m.holder();
    let mut flags = i32::from(m.access_flags & METHOD_MODIFIERS);
    let (kind, reference) = if m.is_static() {
        (IS_METHOD, REF_INVOKE_STATIC)
    } else if m.name == "<init>" {
        (IS_CONSTRUCTOR, REF_INVOKE_SPECIAL)
    } else if m.is_private() || m.is_final() || holder.access_flags & access::FINAL != 0 {
        (IS_METHOD, REF_INVOKE_SPECIAL)
    } else if holder.is_interface() {
        (IS_METHOD, REF_INVOKE_INTERFACE)
    } else {
        (IS_METHOD, REF_INVOKE_VIRTUAL)
    };
    flags |= kind | (reference << REFERENCE_KIND_SHIFT);
    if vm_annotations(m).caller_sensitive {
        flags |= CALLER_SENSITIVE;
    }
    flags
}

fn interned(env: &mut Env<'_>, text: &str) -> JResult<ObjRef> {
    let units: Vec<u16> = text.encode_utf16().collect();
    runtime::strings::intern(env.thread, &units)
}

/// Fills the `MemberName` behind `member` for method `m`.
pub(crate) fn fill_method_member_name(
    env: &mut Env<'_>,
    member: Local,
    m: &'static Method,
) -> JResult<()> {
    let name = interned(env, &m.name)?;
    let name = env.local(Some(name));
    let descriptor = interned(env, &m.descriptor)?;
    let (Some(obj), Some(name)) = (env.get(member), env.get(name)) else {
        return Ok(());
    };
    let k = obj.klass();
    let set = |field: &str, desc: &str, value: Option<ObjRef>| {
        if let Some(f) = k.instance_field(field, desc) {
            obj.put_ref(f.offset, value);
        }
    };
    set("clazz", "Ljava/lang/Class;", m.holder().mirror());
    set("name", "Ljava/lang/String;", Some(name));
    set("type", "Ljava/lang/Object;", Some(descriptor));
    if let Some(f) = k.instance_field("flags", "I") {
        obj.put_i32(f.offset, method_flags(m));
    }
    Ok(())
}

/// The method a `MemberName` filled by [`fill_method_member_name`] names, found again by its
/// class, name and descriptor (the type may since have become a `MethodType`).
pub(crate) fn method_of_member_name(
    thread: &JavaThread,
    member: ObjRef,
) -> Option<&'static Method> {
    let k = member.klass();
    let get = |field: &str, desc: &str| {
        k.instance_field(field, desc)
            .and_then(|f| member.get_ref(f.offset))
    };
    let holder = get("clazz", "Ljava/lang/Class;").and_then(klass_of_mirror)?;
    let name = runtime::strings::string_value(thread, get("name", "Ljava/lang/String;")?);
    let ty = get("type", "Ljava/lang/Object;")?;
    let descriptor = if ty.klass().name == "java/lang/String" {
        runtime::strings::string_value(thread, ty)
    } else {
        method_type_descriptor(thread, ty)?
    };
    holder.find_declared_method(&name, &descriptor)
}

/// The descriptor of a `java.lang.invoke.MethodType` from its return and parameter types.
fn method_type_descriptor(thread: &JavaThread, method_type: ObjRef) -> Option<String> {
    let k = method_type.klass();
    let rtype = k
        .instance_field("rtype", "Ljava/lang/Class;")
        .and_then(|f| method_type.get_ref(f.offset))?;
    let ptypes = k
        .instance_field("ptypes", "[Ljava/lang/Class;")
        .and_then(|f| method_type.get_ref(f.offset))?;
    let mut out = String::from("(");
    for i in 0..ptypes.array_length().max(0) as usize {
        out.push_str(&type_descriptor(
            thread,
            ptypes.get_ref(ARRAY_BASE_OFFSET + 8 * i)?,
        )?);
    }
    out.push(')');
    out.push_str(&type_descriptor(thread, rtype)?);
    Some(out)
}

/// The field descriptor of the type a mirror stands for (`V` for `void`).
pub(crate) fn type_descriptor(thread: &JavaThread, mirror: ObjRef) -> Option<String> {
    if let Some(k) = klass_of_mirror(mirror) {
        return Some(if k.is_array() {
            k.name.clone()
        } else {
            format!("L{};", k.name)
        });
    }
    let code = match primitive_name(thread, mirror)? {
        "boolean" => "Z",
        "byte" => "B",
        "char" => "C",
        "short" => "S",
        "int" => "I",
        "long" => "J",
        "float" => "F",
        "double" => "D",
        _ => "V",
    };
    Some(code.to_string())
}
