//! `java.security.AccessController` natives. Cortado defines classes without protection
//! domains (as HotSpot does for the boot loader's classes), so there is no domain to report
//! and no frame state to materialise.

use runtime::natives::{Env, NativeRegistry};
use runtime::{JResult, Value};

const AC: &str = "java/security/AccessController";

pub(crate) fn register(r: &NativeRegistry) {
    r.register(
        AC,
        "getProtectionDomain",
        "(Ljava/lang/Class;)Ljava/security/ProtectionDomain;",
        |_| Ok(Value::Ref(None)),
    );
    r.register(
        AC,
        "ensureMaterializedForStackWalk",
        "(Ljava/lang/Object;)V",
        |_| Ok(Value::Void),
    );
    r.register(
        AC,
        "getInheritedAccessControlContext",
        "()Ljava/security/AccessControlContext;",
        inherited_context,
    );
}

/// The current thread's `inheritedAccessControlContext`.
fn inherited_context(env: &mut Env<'_>) -> JResult<Value> {
    let context = env.thread.thread_object().and_then(|t| {
        t.klass()
            .instance_field(
                "inheritedAccessControlContext",
                "Ljava/security/AccessControlContext;",
            )
            .and_then(|f| t.get_ref(f.offset))
    });
    Ok(Value::Ref(context))
}
