//! Starting Java threads as OS threads (`Thread.start0`), so the threads the JDK itself starts
//! (the Reference Handler when `java.lang.ref.Reference` initialises, the Common-Cleaner)
//! really run, and the Reference Handler's wait for pending references.
//!
//! This is the minimum issue 3 needs; issue 6 completes it: efficient monitors (see
//! `monitor`), interruption, the thread registry the collector scans, and daemon-aware VM
//! exit.
//! Until then a started thread holds its VM alive (`Arc`) until it ends; the Reference Handler
//! never ends, so a VM whose program touched `java.lang.ref` is only reclaimed at process exit.

use std::sync::atomic::Ordering;

use crate::klass::Method;
use crate::natives::Env;
use crate::oops::ObjRef;
use crate::resolve::lookup_in_classes;
use crate::thread::{JResult, JavaThread};
use crate::vm::Value;

/// `threadStatus` values (JVMTI thread-state bits, as HotSpot stores them).
pub mod status {
    /// Alive and runnable.
    pub const RUNNABLE: i32 = 0x0001 | 0x0004;
    /// Terminated.
    pub const TERMINATED: i32 = 0x0002;
}

fn set_int_field(obj: ObjRef, name: &str, descriptor: &str, value: i64) {
    if let Some(f) = obj.klass().instance_field(name, descriptor) {
        match descriptor {
            "J" => obj.put_i64_volatile(f.offset, value),
            _ => obj.put_i32_volatile(f.offset, value as i32),
        }
    }
}

/// `Thread.start0()`: creates the VM thread and the OS thread, which runs `run()`.
pub(crate) fn start0(env: &mut Env<'_>) -> JResult<Value> {
    let this = env
        .obj(0)
        .expect("the receiver of an instance method is never null");
    let vm = env.thread.vm.clone();
    let id = vm.next_thread_id.fetch_add(1, Ordering::Relaxed);
    let requested = this
        .klass()
        .instance_field("stackSize", "J")
        .map_or(0, |f| this.get_i64(f.offset));
    let stack = if requested > 0 {
        requested as usize
    } else {
        vm.stack_size()
    };
    // Boxed and registered here, before the OS thread exists, so that a collection from
    // now on finds (and updates) its thread object.
    let mut thread = Box::new(JavaThread::new(vm, id, stack));
    thread.thread_object = this.addr() as u64;
    crate::collector::register_thread(&mut thread);
    let address = &mut *thread as *mut JavaThread as usize;
    let this = env
        .obj(0)
        .expect("the receiver of an instance method is never null");
    set_int_field(this, "eetop", "J", i64::from(id));
    set_int_field(this, "threadStatus", "I", i64::from(status::RUNNABLE));
    let name = this
        .klass()
        .instance_field("name", "Ljava/lang/String;")
        .and_then(|f| this.get_ref(f.offset))
        .map(|s| crate::strings::string_value(env.thread, s))
        .unwrap_or_default();
    let spawned = std::thread::Builder::new()
        .name(name)
        .spawn(move || thread_main(&mut thread));
    if spawned.is_err() {
        // The failed spawn dropped the thread: only its address is left to unregister.
        crate::collector::unregister_address(&env.thread.vm, address);
        set_int_field(this, "threadStatus", "I", 0);
        set_int_field(this, "eetop", "J", 0);
        return Err(env.throw("java/lang/OutOfMemoryError", "unable to create native thread: possibly out of memory or process/resource limits reached"));
    }
    Ok(Value::Void)
}

/// Calls a method of the thread object (`run`, `exit`, `dispatchUncaughtException`).
fn call_on_thread(
    thread: &mut JavaThread,
    name: &str,
    descriptor: &str,
    extra: Option<ObjRef>,
) -> JResult<()> {
    let Some(obj) = thread.thread_object() else {
        return Ok(());
    };
    let Some(m): Option<&'static Method> = lookup_in_classes(obj.klass(), name, descriptor) else {
        return Ok(());
    };
    let mut args = vec![Value::Ref(Some(obj))];
    if let Some(e) = extra {
        args.push(Value::Ref(Some(e)));
    }
    crate::interpreter::call_method(thread, m, &args).map(drop)
}

/// The body of a started thread: `run()`, an uncaught exception through the JDK's
/// `dispatchUncaughtException`, then `exit()` and the terminated state.
fn thread_main(thread: &mut JavaThread) {
    if thread.vm.safepoints.is_requested() {
        thread.vm.safepoints.block();
    }
    run_thread(thread);
    crate::collector::unregister_thread(thread);
}

fn run_thread(thread: &mut JavaThread) {
    if call_on_thread(thread, "run", "()V", None).is_err()
        && let Some(e) = thread.take_pending()
    {
        let _ = call_on_thread(
            thread,
            "dispatchUncaughtException",
            "(Ljava/lang/Throwable;)V",
            Some(e),
        );
        thread.take_pending();
    }
    let _ = call_on_thread(thread, "exit", "()V", None);
    thread.take_pending();
    // Threads joining this one check `isAlive()` and wait while holding its monitor: the
    // state changes and the notification happen under that monitor too (HotSpot's
    // `ensure_join`), so no joiner can miss them.
    let Some(obj) = thread.thread_object() else {
        return;
    };
    let locked = crate::monitor::monitor_enter(thread, obj).is_ok();
    let obj = thread.thread_object().unwrap_or(obj);
    set_int_field(obj, "threadStatus", "I", i64::from(status::TERMINATED));
    set_int_field(obj, "eetop", "J", 0);
    thread.vm.monitor_conditions.notify_waiters();
    if locked {
        let _ = crate::monitor::monitor_exit(thread, obj);
    }
    thread.take_pending();
}

/// `Reference.waitForReferencePendingList()`: blocks (counted as stopped for collections)
/// until a collection publishes pending references.
pub(crate) fn wait_for_reference_pending_list(env: &mut Env<'_>) -> JResult<Value> {
    let vm = env.thread.vm.clone();
    vm.safepoints.enter_blocked();
    let mut pending = vm.reference_pending.0.lock();
    while !*pending {
        vm.reference_pending.1.wait(&mut pending);
    }
    *pending = false;
    drop(pending);
    vm.safepoints.leave_blocked();
    Ok(Value::Void)
}
