//! `java.lang.Thread` natives (`start0` is the VM's, in the runtime): the current thread,
//! sleeping and yielding, interruption, `holdsLock`, the list of live threads and their stack
//! traces.

use std::time::{Duration, Instant};

use runtime::natives::{Env, NativeRegistry};
use runtime::oops::{ARRAY_BASE_OFFSET, ObjRef};
use runtime::threads::{clear_interrupt, handle_of, set_thread_status, status};
use runtime::{JResult, Value};

const T: &str = "java/lang/Thread";

pub(crate) fn register(r: &NativeRegistry) {
    r.register(T, "currentThread", "()Ljava/lang/Thread;", current_thread);
    r.register(T, "setPriority0", "(I)V", set_priority);
    r.register(T, "isAlive", "()Z", is_alive);
    r.register(T, "holdsLock", "(Ljava/lang/Object;)Z", holds_lock);
    r.register(T, "sleep", "(J)V", sleep);
    r.register(T, "yield", "()V", yield_now);
    r.register(T, "interrupt0", "()V", interrupt0);
    r.register(T, "clearInterruptEvent", "()V", |_| Ok(Value::Void));
    r.register(T, "setNativeName", "(Ljava/lang/String;)V", set_native_name);
    r.register(T, "getThreads", "()[Ljava/lang/Thread;", get_threads);
    r.register(
        T,
        "dumpThreads",
        "([Ljava/lang/Thread;)[[Ljava/lang/StackTraceElement;",
        dump_threads,
    );
}

fn current_thread(env: &mut Env<'_>) -> JResult<Value> {
    Ok(Value::Ref(env.thread.thread_object()))
}

/// The Java-level priority is kept by `Thread.setPriority` itself; like HotSpot's default
/// `ThreadPriorityPolicy=0` on Linux, the OS thread's priority is left alone.
fn set_priority(_: &mut Env<'_>) -> JResult<Value> {
    Ok(Value::Void)
}

/// HotSpot names only the current OS thread (and truncates to what Linux accepts); the Java
/// name is what Java code sees, so Cortado leaves the OS thread's name as it was started.
fn set_native_name(_: &mut Env<'_>) -> JResult<Value> {
    Ok(Value::Void)
}

/// A thread is alive while the VM has a native thread for it (`eetop` set, as in HotSpot).
fn is_alive(env: &mut Env<'_>) -> JResult<Value> {
    let this = env.obj(0).expect("receiver");
    let alive = this
        .klass()
        .instance_field("eetop", "J")
        .is_some_and(|f| this.get_i64_volatile(f.offset) != 0);
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

/// `Thread.sleep(millis)`: sleeps outside Java (safepoints go on), waking early only for an
/// interrupt, which clears the interrupt status and throws `InterruptedException`.
fn sleep(env: &mut Env<'_>) -> JResult<Value> {
    let millis = env.long(0);
    if millis < 0 {
        return Err(env.throw(
            "java/lang/IllegalArgumentException",
            "timeout value is negative",
        ));
    }
    let deadline = Instant::now().checked_add(Duration::from_millis(millis as u64));
    let handle = env.thread.handle.clone();
    set_thread_status(env.thread, status::SLEEPING);
    let interrupted = loop {
        handle.sleep_event.reset();
        if clear_interrupt(env.thread) {
            break true;
        }
        if deadline.is_some_and(|d| Instant::now() >= d) {
            break false;
        }
        env.thread.blocked(|| handle.sleep_event.park(deadline));
    };
    set_thread_status(env.thread, status::RUNNABLE);
    if interrupted {
        return Err(env.throw("java/lang/InterruptedException", "sleep interrupted"));
    }
    Ok(Value::Void)
}

fn yield_now(_: &mut Env<'_>) -> JResult<Value> {
    std::thread::yield_now();
    Ok(Value::Void)
}

/// `interrupt0()`: `Thread.interrupt` has set the `interrupted` field; wake the thread from
/// `sleep`, `wait` or `park`.
fn interrupt0(env: &mut Env<'_>) -> JResult<Value> {
    let this = env.obj(0).expect("receiver");
    if let Some(handle) = handle_of(&env.thread.vm, this) {
        handle.interrupt();
    }
    Ok(Value::Void)
}

/// `getThreads()`: every started, live thread.
fn get_threads(env: &mut Env<'_>) -> JResult<Value> {
    let thread = &mut *env.thread;
    let mark = thread.handles.len();
    let vm = thread.vm.clone();
    {
        let world = vm.safepoints.stop_the_world(thread);
        let mut found = vec![thread.thread_object()];
        world.for_each_thread(|t| found.push(t.thread_object()));
        for obj in found.into_iter().flatten() {
            if handle_of(&vm, obj).is_some() {
                thread.new_local(Some(obj));
            }
        }
    }
    let array_klass =
        runtime::loader::load_class(thread, runtime::klass::BOOT_LOADER, "[Ljava/lang/Thread;")?;
    let count = thread.handles.len() - mark;
    let array = runtime::alloc::new_array(thread, array_klass, count as i32)?;
    for i in 0..count {
        let t = ObjRef::from_addr(thread.handles[mark + i] as usize);
        array.put_ref(ARRAY_BASE_OFFSET + 8 * i, t);
    }
    thread.handles.truncate(mark);
    Ok(Value::Ref(Some(array)))
}

/// `dumpThreads(Thread[])`: the stack trace of each thread (an empty one for a thread that is
/// not alive), read while the world is stopped.
fn dump_threads(env: &mut Env<'_>) -> JResult<Value> {
    let threads = env.arg_local(0);
    let Some(list) = env.get(threads) else {
        return Err(env.throw_no_message("java/lang/NullPointerException"));
    };
    let len = list.array_length().max(0) as usize;
    let thread = &mut *env.thread;
    let vm = thread.vm.clone();
    let ids: Vec<Option<u16>> = (0..len)
        .map(|i| {
            list.get_ref(ARRAY_BASE_OFFSET + 8 * i)
                .and_then(|t| handle_of(&vm, t))
                .map(|h| h.id)
        })
        .collect();
    let mut traces: Vec<Option<Vec<_>>> = vec![None; len];
    {
        let world = vm.safepoints.stop_the_world(thread);
        let mine = runtime::backtrace::java_frames(thread);
        for (i, id) in ids.iter().enumerate() {
            if *id == Some(thread.id) {
                traces[i] = Some(mine.clone());
            }
        }
        world.for_each_thread(|t| {
            for (i, id) in ids.iter().enumerate() {
                if *id == Some(t.id) {
                    traces[i] = Some(runtime::backtrace::java_frames(t));
                }
            }
        });
    }
    let outer_klass = runtime::loader::load_class(
        thread,
        runtime::klass::BOOT_LOADER,
        "[[Ljava/lang/StackTraceElement;",
    )?;
    let outer = runtime::alloc::new_array(thread, outer_klass, len as i32)?;
    let outer = env.local(Some(outer));
    for (i, frames) in traces.iter().enumerate() {
        let Some(frames) = frames else {
            continue;
        };
        let elements = runtime::backtrace::stack_trace_elements(env, frames)?;
        if let Some(o) = env.get(outer) {
            o.put_ref(ARRAY_BASE_OFFSET + 8 * i, elements);
        }
    }
    Ok(Value::Ref(env.get(outer)))
}
