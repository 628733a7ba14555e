//! Describing a Java exception for the host: class, `getMessage()`, `getStackTrace()` and the
//! cause chain, all computed by the exception's own Java methods.

use crate::oops::ObjRef;
use crate::thread::{JavaThread, Local};
use crate::vm::{JavaException, Value};

/// Takes the pending exception and describes it.
pub fn describe_pending(thread: &mut JavaThread) -> Option<JavaException> {
    let e = thread.take_pending()?;
    Some(describe(thread, e, 0))
}

fn describe(thread: &mut JavaThread, e: ObjRef, depth: usize) -> JavaException {
    let local = thread.new_local(Some(e));
    let class_name = e.klass().external_name();
    let message = call_getter(thread, local, "getMessage", "()Ljava/lang/String;")
        .map(|s| crate::strings::string_value(thread, s));
    let stack_trace = stack_trace(thread, local);
    let cause = if depth < 8 {
        call_getter(thread, local, "getCause", "()Ljava/lang/Throwable;")
            .filter(|c| Some(*c) != thread.local(local))
            .map(|c| Box::new(describe(thread, c, depth + 1)))
    } else {
        None
    };
    thread.handles.truncate(local.0 as usize);
    JavaException {
        class_name,
        message,
        stack_trace,
        cause,
    }
}

/// `getStackTrace()`, each element through its `toString()`.
fn stack_trace(thread: &mut JavaThread, exception: Local) -> Vec<String> {
    let Some(elements) = call_getter(
        thread,
        exception,
        "getStackTrace",
        "()[Ljava/lang/StackTraceElement;",
    ) else {
        return Vec::new();
    };
    let elements = thread.new_local(Some(elements));
    let count = thread
        .local(elements)
        .map_or(0, |a| a.array_length().max(0) as usize);
    let mut lines = Vec::with_capacity(count);
    for i in 0..count {
        let Some(element) = thread
            .local(elements)
            .and_then(|a| a.get_ref(crate::oops::ARRAY_BASE_OFFSET + 8 * i))
        else {
            continue;
        };
        let element = thread.new_local(Some(element));
        if let Some(s) = call_getter(thread, element, "toString", "()Ljava/lang/String;") {
            lines.push(crate::strings::string_value(thread, s));
        }
    }
    thread.handles.truncate(elements.0 as usize);
    lines
}

fn call_getter(thread: &mut JavaThread, local: Local, name: &str, desc: &str) -> Option<ObjRef> {
    let e = thread.local(local)?;
    let m = crate::resolve::lookup_in_classes(e.klass(), name, desc)?;
    match crate::interpreter::call_method(thread, m, &[Value::Ref(Some(e))]) {
        Ok(Value::Ref(r)) => r,
        _ => {
            thread.take_pending();
            None
        }
    }
}
