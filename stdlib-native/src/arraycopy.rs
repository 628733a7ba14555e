//! `System.arraycopy` with every check HotSpot makes, in its order, with its messages.

use runtime::klass::{Klass, KlassKind};
use runtime::natives::{Env, NativeRegistry};
use runtime::oops::ObjRef;
use runtime::{JResult, Value};

pub(crate) fn register(r: &NativeRegistry) {
    r.register(
        "java/lang/System",
        "arraycopy",
        "(Ljava/lang/Object;ILjava/lang/Object;II)V",
        arraycopy,
    );
}

/// HotSpot's name of an array's element type in these messages: `int`, or `object array`.
fn elem_name(k: &Klass) -> String {
    match &k.kind {
        KlassKind::TypeArray { element } => runtime::klass::ValueKind::from_base(*element)
            .java_name()
            .to_string(),
        _ => "object array".to_string(),
    }
}

fn arraycopy(env: &mut Env<'_>) -> JResult<Value> {
    let (Some(src), Some(dst)) = (env.obj(0), env.obj(2)) else {
        return Err(env.throw_no_message("java/lang/NullPointerException"));
    };
    let (src_pos, dst_pos, length) = (env.int(1), env.int(3), env.int(4));
    let (sk, dk) = (src.klass(), dst.klass());
    const ASE: &str = "java/lang/ArrayStoreException";
    const AIOOBE: &str = "java/lang/ArrayIndexOutOfBoundsException";
    if !sk.is_array() {
        let msg = format!(
            "arraycopy: source type {} is not an array",
            sk.external_name()
        );
        return Err(env.throw(ASE, &msg));
    }
    if !dk.is_array() {
        let msg = format!(
            "arraycopy: destination type {} is not an array",
            dk.external_name()
        );
        return Err(env.throw(ASE, &msg));
    }
    let src_is_obj = sk.component().is_some();
    let dst_is_obj = dk.component().is_some();
    if src_is_obj != dst_is_obj {
        let msg = if src_is_obj {
            format!(
                "arraycopy: type mismatch: can not copy object array[] into {}[]",
                elem_name(dk)
            )
        } else {
            format!(
                "arraycopy: type mismatch: can not copy {}[] into object array[]",
                elem_name(sk)
            )
        };
        return Err(env.throw(ASE, &msg));
    }
    if !src_is_obj && !std::ptr::eq(sk, dk) {
        let msg = format!(
            "arraycopy: type mismatch: can not copy {}[] into {}[]",
            elem_name(sk),
            elem_name(dk)
        );
        return Err(env.throw(ASE, &msg));
    }
    let (slen, dlen) = (src.array_length(), dst.array_length());
    if src_pos < 0 || dst_pos < 0 || length < 0 {
        let msg = if src_pos < 0 {
            format!(
                "arraycopy: source index {src_pos} out of bounds for {}[{slen}]",
                elem_name(sk)
            )
        } else if dst_pos < 0 {
            format!(
                "arraycopy: destination index {dst_pos} out of bounds for {}[{dlen}]",
                elem_name(dk)
            )
        } else {
            format!("arraycopy: length {length} is negative")
        };
        return Err(env.throw(AIOOBE, &msg));
    }
    let src_end = length as u32 + src_pos as u32;
    let dst_end = length as u32 + dst_pos as u32;
    if src_end > slen as u32 {
        let msg = format!(
            "arraycopy: last source index {src_end} out of bounds for {}[{slen}]",
            elem_name(sk)
        );
        return Err(env.throw(AIOOBE, &msg));
    }
    if dst_end > dlen as u32 {
        let msg = format!(
            "arraycopy: last destination index {dst_end} out of bounds for {}[{dlen}]",
            elem_name(dk)
        );
        return Err(env.throw(AIOOBE, &msg));
    }
    if length == 0 {
        return Ok(Value::Void);
    }
    let (sp, dp, n) = (src_pos as usize, dst_pos as usize, length as usize);
    if !src_is_obj {
        ObjRef::copy_array_elements(src, sp, dst, dp, n, sk.element_size());
        return Ok(Value::Void);
    }
    let (stype, bound) = (
        sk.component().expect("object array"),
        dk.component().expect("object array"),
    );
    if src == dst || std::ptr::eq(stype, bound) || stype.is_subtype_of(bound) {
        ObjRef::copy_array_elements(src, sp, dst, dp, n, 8);
        dst.array_ref_stores_done(dp, n);
        return Ok(Value::Void);
    }
    // Element by element: copy until an element does not fit, then throw; the barrier runs
    // once over what was copied.
    let base = runtime::oops::ARRAY_BASE_OFFSET;
    for i in 0..n {
        let e = src.get_ref(base + 8 * (sp + i));
        if let Some(e) = e
            && !e.klass().is_subtype_of(bound)
        {
            dst.array_ref_stores_done(dp, i);
            let msg = if !bound.is_subtype_of(stype) {
                format!(
                    "arraycopy: type mismatch: can not copy {}[] into {}[]",
                    stype.external_name(),
                    bound.external_name()
                )
            } else {
                format!(
                    "arraycopy: element type mismatch: can not cast one of the elements of {}[] to the type of the destination array, {}",
                    stype.external_name(),
                    bound.external_name()
                )
            };
            return Err(env.throw(ASE, &msg));
        }
        dst.put_i64(base + 8 * (dp + i), e.map_or(0, ObjRef::addr) as i64);
    }
    dst.array_ref_stores_done(dp, n);
    Ok(Value::Void)
}
