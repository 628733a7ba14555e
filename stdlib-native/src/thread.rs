//! `java.lang.Thread` natives (`start0` is the VM's, in the runtime).

use runtime::natives::{Env, NativeRegistry};
use runtime::{JResult, Value};

const T: &str = "java/lang/Thread";

pub(crate) fn register(r: &NativeRegistry) {
    r.register(T, "currentThread", "()Ljava/lang/Thread;", current_thread);
    r.register(T, "setPriority0", "(I)V", set_priority);
    r.register(T, "isAlive", "()Z", is_alive);
    r.register(T, "holdsLock", "(Ljava/lang/Object;)Z", holds_lock);
    r.register(T, "sleep", "(J)V", sleep);
    r.register(T, "yield", "()V", yield_now);
}

fn current_thread(env: &mut Env<'_>) -> JResult<Value> {
    Ok(Value::Ref(env.thread.thread_object()))
}

/// The Java-level priority is kept by `Thread.setPriority` itself; like HotSpot's default
/// `ThreadPriorityPolicy=0` on Linux, the OS thread's priority is left alone.
fn set_priority(_: &mut Env<'_>) -> JResult<Value> {
    Ok(Value::Void)
}

/// A thread is alive while the VM has a native thread for it (`eetop` set, as in HotSpot).
fn is_alive(env: &mut Env<'_>) -> JResult<Value> {
    let this = env.obj(0).expect("receiver");
    let alive = this
        .klass()
        .instance_field("eetop", "J")
        .is_some_and(|f| this.get_i64(f.offset) != 0);
    Ok(Value::Int(alive.into()))
}

fn holds_lock(env: &mut Env<'_>) -> JResult<Value> {
    match env.obj(0) {
        Some(o) => Ok(Value::Int(
            runtime::monitor::holds_lock(env.thread, o).into(),
        )),
        None => Err(env.throw_no_message("java/lang/NullPointerException")),
    }
}

/// `Thread.sleep(millis)` (interruption of the sleep comes with issue 6).
fn sleep(env: &mut Env<'_>) -> JResult<Value> {
    let millis = env.long(0);
    if millis < 0 {
        return Err(env.throw(
            "java/lang/IllegalArgumentException",
            "timeout value is negative",
        ));
    }
    let vm = env.thread.vm.clone();
    vm.safepoints.enter_blocked();
    std::thread::sleep(std::time::Duration::from_millis(millis as u64));
    vm.safepoints.leave_blocked();
    Ok(Value::Void)
}

fn yield_now(_: &mut Env<'_>) -> JResult<Value> {
    std::thread::yield_now();
    Ok(Value::Void)
}
