//! Throwing Java exceptions from the VM: creating the exception object through its real
//! constructor, `OutOfMemoryError` from a preallocated instance, `StackOverflowError` in the
//! stack's reserved zone.

use crate::init::initialize;
use crate::interpreter::call_method;
use crate::klass::BOOT_LOADER;
use crate::loader::load_class;
use crate::oops::ObjRef;
use crate::strings;
use crate::thread::{JResult, JavaThread, Thrown};
use crate::vm::Value;

/// How deeply exception creation may nest (an exception thrown while creating an exception)
/// before the VM gives up and keeps the inner one.
const MAX_NESTING: u32 = 4;

/// Creates `class` (internal name, a boot class) with detail message `message` and makes it
/// the pending exception. If creating it throws, that exception is pending instead.
pub fn throw_new(thread: &mut JavaThread, class: &str, message: &str) -> Thrown {
    match create(thread, class, Some(message), None) {
        Ok(e) => thread.throw(e),
        Err(t) => t,
    }
}

/// Like [`throw_new`] with a `null` message.
pub fn throw_new_no_message(thread: &mut JavaThread, class: &str) -> Thrown {
    match create(thread, class, None, None) {
        Ok(e) => thread.throw(e),
        Err(t) => t,
    }
}

/// Creates `class` through its `(Throwable)` constructor with `cause`.
pub fn throw_with_cause(thread: &mut JavaThread, class: &str, cause: ObjRef) -> Thrown {
    match create(thread, class, None, Some(cause)) {
        Ok(e) => thread.throw(e),
        Err(t) => t,
    }
}

/// Creates `class` through its `(String)` constructor with `message`, then sets `cause` with
/// `initCause` (as HotSpot's `THROW_MSG_CAUSE`), and makes it pending.
pub fn throw_with_message_and_cause(
    thread: &mut JavaThread,
    class: &str,
    message: &str,
    cause: Option<ObjRef>,
) -> Thrown {
    let cause_local = thread.new_local(cause);
    let result = (|| {
        let e = create(thread, class, Some(message), None)?;
        let local = thread.new_local(Some(e));
        if let Some(cause) = thread.local(cause_local)
            && let Some(init_cause) = crate::resolve::lookup_in_classes(
                e.klass(),
                "initCause",
                "(Ljava/lang/Throwable;)Ljava/lang/Throwable;",
            )
        {
            let receiver = thread.local(local);
            call_method(
                thread,
                init_cause,
                &[Value::Ref(receiver), Value::Ref(Some(cause))],
            )?;
        }
        Ok(thread.local(local).unwrap_or(e))
    })();
    thread.handles.truncate(cause_local.0 as usize);
    match result {
        Ok(e) => thread.throw(e),
        Err(t) => t,
    }
}

fn create(
    thread: &mut JavaThread,
    class: &str,
    message: Option<&str>,
    cause: Option<ObjRef>,
) -> JResult<ObjRef> {
    if thread.exception_nesting >= MAX_NESTING {
        return Err(Thrown);
    }
    thread.exception_nesting += 1;
    let cause_local = thread.new_local(cause);
    let result = create_inner(thread, class, message, cause_local);
    thread.handles.truncate(cause_local.0 as usize);
    thread.exception_nesting -= 1;
    result
}

fn create_inner(
    thread: &mut JavaThread,
    class: &str,
    message: Option<&str>,
    cause: crate::thread::Local,
) -> JResult<ObjRef> {
    let klass = load_class(thread, BOOT_LOADER, class)?;
    initialize(thread, klass)?;
    let exception = crate::alloc::new_instance(thread, klass)?;
    let local = thread.new_local(Some(exception));
    let (descriptor, arg) = match (message, thread.local(cause)) {
        (_, Some(c)) => ("(Ljava/lang/Throwable;)V", Value::Ref(Some(c))),
        (Some(m), None) => (
            "(Ljava/lang/String;)V",
            Value::Ref(Some(strings::new_string(thread, m)?)),
        ),
        (None, None) => ("()V", Value::Void),
    };
    let Some(ctor) = crate::resolve::lookup_in_classes(klass, "<init>", descriptor) else {
        return Err(Thrown);
    };
    let receiver = Value::Ref(thread.local(local));
    let args: Vec<Value> = if arg == Value::Void {
        vec![receiver]
    } else {
        vec![receiver, arg]
    };
    call_method(thread, ctor, &args)?;
    Ok(thread.local(local).unwrap_or(exception))
}

/// Throws `OutOfMemoryError` with `message`: the preallocated instance for "Java heap space"
/// (creating one needs memory), a fresh one otherwise.
pub fn throw_out_of_memory(thread: &mut JavaThread, message: &str) -> Thrown {
    if message == "Java heap space"
        && let Some(e) = thread.vm.preallocated_oom()
    {
        return thread.throw(e);
    }
    throw_new(thread, "java/lang/OutOfMemoryError", message)
}

/// Throws `StackOverflowError`, constructing it in the stack's reserved zone.
pub fn throw_stack_overflow(thread: &mut JavaThread) -> Thrown {
    if thread.in_stack_overflow {
        return Thrown;
    }
    thread.in_stack_overflow = true;
    let t = throw_new_no_message(thread, "java/lang/StackOverflowError");
    thread.in_stack_overflow = false;
    t
}
