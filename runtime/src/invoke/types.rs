//! Types between the VM's descriptors and `java.lang.invoke`'s objects: the descriptor of a
//! `Class` mirror or a `MethodType`, and `MethodType`s and `Class`es made from descriptors in
//! the context of a class (its loader), as HotSpot's `find_method_handle_type` makes them.

use super::Jli;
use crate::exceptions::throw_new;
use crate::klass::{Klass, LoaderId};
use crate::loader::{array_klass_of, load_class};
use crate::mirror::{primitive_mirror, primitive_name};
use crate::oops::ObjRef;
use crate::thread::{JResult, JavaThread};
use crate::vm::Value;

/// The descriptor letter of a primitive type's Java name (`int` is `I`, `void` is `V`).
fn primitive_letter(name: &str) -> Option<char> {
    Some(match name {
        "boolean" => 'Z',
        "byte" => 'B',
        "char" => 'C',
        "short" => 'S',
        "int" => 'I',
        "long" => 'J',
        "float" => 'F',
        "double" => 'D',
        "void" => 'V',
        _ => return None,
    })
}

/// The Java name of a primitive descriptor letter.
pub fn primitive_java_name(letter: u8) -> Option<&'static str> {
    Some(match letter {
        b'Z' => "boolean",
        b'B' => "byte",
        b'C' => "char",
        b'S' => "short",
        b'I' => "int",
        b'J' => "long",
        b'F' => "float",
        b'D' => "double",
        b'V' => "void",
        _ => return None,
    })
}

/// The field descriptor of a class (`Ljava/lang/String;`, `[I`).
pub fn klass_descriptor(k: &Klass) -> String {
    if k.is_array() {
        k.name.clone()
    } else {
        format!("L{};", k.name)
    }
}

/// The field descriptor of the type a `Class` mirror stands for.
pub fn mirror_descriptor(thread: &JavaThread, jli: &Jli, mirror: ObjRef) -> Option<String> {
    match jli.mirror_klass(mirror) {
        Some(k) => Some(klass_descriptor(k)),
        None => primitive_name(thread, mirror)
            .and_then(primitive_letter)
            .map(String::from),
    }
}

/// The method descriptor of a `MethodType`.
pub fn method_type_descriptor(thread: &JavaThread, jli: &Jli, mt: ObjRef) -> Option<String> {
    let mut d = String::from("(");
    let ptypes = mt.get_ref(jli.mt_ptypes)?;
    for i in 0..ptypes.array_length().max(0) as usize {
        let p = ptypes.get_ref(gc::layout::ARRAY_BASE_OFFSET + 8 * i)?;
        d.push_str(&mirror_descriptor(thread, jli, p)?);
    }
    d.push(')');
    d.push_str(&mirror_descriptor(thread, jli, mt.get_ref(jli.mt_rtype)?)?);
    Some(d)
}

/// Splits a method descriptor into its parameter descriptors and return descriptor; `None`
/// if malformed.
pub fn split_method_descriptor(descriptor: &str) -> Option<(Vec<&str>, &str)> {
    let body = descriptor.strip_prefix('(')?;
    let close = body.find(')')?;
    let (params, ret) = (&body[..close], &body[close + 1..]);
    let mut out = Vec::new();
    let mut rest = params;
    while !rest.is_empty() {
        let len = field_descriptor_len(rest, false)?;
        out.push(&rest[..len]);
        rest = &rest[len..];
    }
    (field_descriptor_len(ret, true)? == ret.len()).then_some((out, ret))
}

/// The length of the field descriptor (or, if `void_ok`, `V`) at the start of `s`.
fn field_descriptor_len(s: &str, void_ok: bool) -> Option<usize> {
    let bytes = s.as_bytes();
    let dims = bytes.iter().take_while(|&&b| b == b'[').count();
    match bytes.get(dims)? {
        b'L' => s[dims..].find(';').map(|i| dims + i + 1),
        &b if primitive_java_name(b).is_some() && (b != b'V' || (dims == 0 && void_ok)) => {
            Some(dims + 1)
        }
        _ => None,
    }
}

/// The mirror of the type a field descriptor names, loaded through `loader`.
pub fn descriptor_mirror(
    thread: &mut JavaThread,
    loader: LoaderId,
    descriptor: &str,
) -> JResult<ObjRef> {
    let bytes = descriptor.as_bytes();
    let klass = match bytes.first() {
        Some(b'L') if descriptor.ends_with(';') => {
            load_class(thread, loader, &descriptor[1..descriptor.len() - 1])?
        }
        Some(b'[') => load_class(thread, loader, descriptor)?,
        Some(&b) if bytes.len() == 1 => {
            let name = primitive_java_name(b).unwrap_or("void");
            return match primitive_mirror(thread, name)? {
                Some(m) => Ok(m),
                None => Err(throw_new(thread, "java/lang/InternalError", "no mirror")),
            };
        }
        _ => {
            return Err(throw_new(
                thread,
                "java/lang/NoClassDefFoundError",
                descriptor,
            ));
        }
    };
    mirror_of(thread, klass)
}

/// The mirror of a class (created if the class has none yet).
pub fn mirror_of(thread: &mut JavaThread, k: &'static Klass) -> JResult<ObjRef> {
    match k.mirror() {
        Some(m) => Ok(m),
        None => crate::mirror::create_mirror(thread, k),
    }
}

/// A new `Object[]` (or other reference array of element class `element`) of `len` nulls.
pub fn new_ref_array(
    thread: &mut JavaThread,
    element: &'static Klass,
    len: usize,
) -> JResult<ObjRef> {
    let array_klass = array_klass_of(thread, Ok(element))?;
    crate::alloc::new_array(thread, array_klass, len as i32)
}

/// Stores `value` at index `i` of reference array `array`.
pub fn array_put(array: ObjRef, i: usize, value: Option<ObjRef>) {
    array.put_ref(gc::layout::ARRAY_BASE_OFFSET + 8 * i, value);
}

/// Reads index `i` of reference array `array`.
pub fn array_get(array: ObjRef, i: usize) -> Option<ObjRef> {
    array.get_ref(gc::layout::ARRAY_BASE_OFFSET + 8 * i)
}

/// The `MethodType` of a method descriptor in the context of class `context` (its loader
/// resolves the classes): HotSpot's `SystemDictionary::find_method_handle_type`, through
/// `MethodHandleNatives.findMethodHandleType`.
pub fn method_type(
    thread: &mut JavaThread,
    context: &'static Klass,
    descriptor: &str,
) -> JResult<ObjRef> {
    let jli = super::jli(thread)?;
    let Some((params, ret)) = split_method_descriptor(descriptor) else {
        let msg = format!("bad method descriptor {descriptor}");
        return Err(throw_new(thread, "java/lang/InternalError", &msg));
    };
    let mark = thread.handles.len();
    let result = (|| {
        let class_klass = *thread
            .vm
            .class_klass
            .get()
            .expect("java.lang.Class is loaded");
        let array = new_ref_array(thread, class_klass, params.len())?;
        let array = thread.new_local(Some(array));
        for (i, p) in params.iter().enumerate() {
            let m = descriptor_mirror(thread, context.loader, p)?;
            if let Some(a) = thread.local(array) {
                array_put(a, i, Some(m));
            }
        }
        let r = descriptor_mirror(thread, context.loader, ret)?;
        let args = [Value::Ref(Some(r)), Value::Ref(thread.local(array))];
        crate::interpreter::call_method(thread, jli.find_method_handle_type, &args)
    })();
    thread.handles.truncate(mark);
    match result? {
        Value::Ref(Some(mt)) => Ok(mt),
        _ => Err(throw_new(
            thread,
            "java/lang/InternalError",
            "findMethodHandleType returned null",
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::split_method_descriptor;

    #[test]
    fn splits_method_descriptors() {
        let (p, r) = split_method_descriptor("(I[JLjava/lang/String;[[Lx;)V").unwrap();
        assert_eq!(p, vec!["I", "[J", "Ljava/lang/String;", "[[Lx;"]);
        assert_eq!(r, "V");
        assert!(split_method_descriptor("(V)V").is_none());
        assert!(split_method_descriptor("(Lx)V").is_none());
        assert!(split_method_descriptor("()").is_none());
    }
}
