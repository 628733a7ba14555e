//! The protection domain and signers of a class, kept in fields the VM injects into
//! `java.lang.Class` as HotSpot does: `Class.getProtectionDomain0`, `getSigners` and
//! `setSigners`, and [`set_protection_domain`] for the natives that define classes.

use runtime::klass::{CLASS_PROTECTION_DOMAIN_FIELD, CLASS_SIGNERS_FIELD};
use runtime::mirror::klass_of_mirror;
use runtime::natives::{Env, NativeRegistry};
use runtime::oops::ObjRef;
use runtime::{JResult, Value};

const C: &str = "java/lang/Class";
const OBJECT: &str = "Ljava/lang/Object;";

pub(crate) fn register(r: &NativeRegistry) {
    r.register(
        C,
        "getProtectionDomain0",
        "()Ljava/security/ProtectionDomain;",
        get_protection_domain,
    );
    r.register(C, "getSigners", "()[Ljava/lang/Object;", get_signers);
    r.register(C, "setSigners", "([Ljava/lang/Object;)V", set_signers);
}

/// The offset of injected field `name` in mirrors.
fn injected_offset(mirror: ObjRef, name: &str) -> Option<usize> {
    mirror
        .klass()
        .find_declared_field(name, OBJECT)
        .filter(|f| f.injected)
        .map(|f| f.offset)
}

/// Records `domain` as the protection domain of the class `mirror` stands for.
pub(crate) fn set_protection_domain(mirror: ObjRef, domain: Option<ObjRef>) {
    if let Some(offset) = injected_offset(mirror, CLASS_PROTECTION_DOMAIN_FIELD) {
        mirror.put_ref(offset, domain);
    }
}

/// The value of injected field `name` of the receiver mirror; null for primitive mirrors.
fn read(env: &Env<'_>, name: &str) -> Option<ObjRef> {
    let mirror = env.obj(0)?;
    klass_of_mirror(mirror)?;
    mirror.get_ref(injected_offset(mirror, name)?)
}

fn get_protection_domain(env: &mut Env<'_>) -> JResult<Value> {
    Ok(Value::Ref(read(env, CLASS_PROTECTION_DOMAIN_FIELD)))
}

/// `getSigners()`: a copy of the signers array (null for primitive and array classes, and
/// for classes never signed), as `JVM_GetClassSigners`.
fn get_signers(env: &mut Env<'_>) -> JResult<Value> {
    let Some(signers) = read(env, CLASS_SIGNERS_FIELD) else {
        return Ok(Value::Ref(None));
    };
    let length = signers.array_length();
    let copy = runtime::alloc::new_array(env.thread, signers.klass(), length)?;
    let Some(signers) = read(env, CLASS_SIGNERS_FIELD) else {
        return Ok(Value::Ref(None));
    };
    for i in 0..length.max(0) as usize {
        let offset = runtime::oops::ARRAY_BASE_OFFSET + 8 * i;
        copy.put_ref(offset, signers.get_ref(offset));
    }
    Ok(Value::Ref(Some(copy)))
}

/// `setSigners(signers)`: ignored for primitive and array classes.
fn set_signers(env: &mut Env<'_>) -> JResult<Value> {
    let Some(mirror) = env.obj(0) else {
        return Ok(Value::Void);
    };
    if klass_of_mirror(mirror).is_some_and(|k| !k.is_array())
        && let Some(offset) = injected_offset(mirror, CLASS_SIGNERS_FIELD)
    {
        mirror.put_ref(offset, env.obj(1));
    }
    Ok(Value::Void)
}
