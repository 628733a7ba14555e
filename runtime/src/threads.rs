//! Starting Java threads as OS threads (`Thread.start0`), so the threads the JDK itself starts
//! (the Reference Handler when `java.lang.ref.Reference` initialises, the Common-Cleaner)
//! really run, and the Reference Handler's wait for pending references.
//!
//! This is the minimum issue 3 needs; issue 6 completes it: efficient monitors (see
//! `monitor`), interruption, the thread registry the collector scans, and daemon-aware VM
//! exit.
//! Until then a started thread holds its VM alive (`Arc`) until it ends; the Reference Handler
//! never ends, so a VM whose program touched `java.lang.ref` is only reclaimed at process exit.

use crate::klass::Method;
use crate::natives::Env;
use crate::oops::ObjRef;
use crate::resolve::lookup_in_classes;
use crate::thread::{JResult, JavaThread};
use crate::thread_handle::ThreadHandle;
use crate::vm::{Value, VmState};

/// `threadStatus` values (JVMTI thread-state bits, as HotSpot stores them; decoded by
/// `jdk.internal.misc.VM.toThreadState`).
pub mod status {
    const ALIVE: i32 = 0x0001;
    const WAITING: i32 = 0x0080;
    const INDEFINITELY: i32 = 0x0010;
    const WITH_TIMEOUT: i32 = 0x0020;
    /// Not yet started.
    pub const NEW: i32 = 0;
    /// Alive and runnable.
    pub const RUNNABLE: i32 = ALIVE | 0x0004;
    /// In `Thread.sleep`.
    pub const SLEEPING: i32 = ALIVE | WAITING | WITH_TIMEOUT | 0x0040;
    /// In `Object.wait()`.
    pub const IN_OBJECT_WAIT: i32 = ALIVE | WAITING | INDEFINITELY | 0x0100;
    /// In `Object.wait(timeout)`.
    pub const IN_OBJECT_WAIT_TIMED: i32 = ALIVE | WAITING | WITH_TIMEOUT | 0x0100;
    /// In `LockSupport.park()`.
    pub const PARKED: i32 = ALIVE | WAITING | INDEFINITELY | 0x0200;
    /// In `LockSupport.parkNanos`/`parkUntil`.
    pub const PARKED_TIMED: i32 = ALIVE | WAITING | WITH_TIMEOUT | 0x0200;
    /// Blocked entering (or re-entering) a monitor.
    pub const BLOCKED_ON_MONITOR_ENTER: i32 = ALIVE | 0x0400;
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

/// Sets the `threadStatus` of `thread`'s `java.lang.Thread` (what `getState` reports). A
/// thread that has exited stays terminated (the main thread runs the shutdown after its
/// exit, where HotSpot uses a separate `DestroyJavaVM` thread).
pub fn set_thread_status(thread: &JavaThread, value: i32) {
    if let Some(obj) = thread.thread_object() {
        let alive = obj
            .klass()
            .instance_field("eetop", "J")
            .is_some_and(|f| obj.get_i64_volatile(f.offset) != 0);
        if alive {
            set_int_field(obj, "threadStatus", "I", i64::from(value));
        }
    }
}

/// The name of `thread`'s `java.lang.Thread` ("main" before it exists, as during boot).
pub fn thread_name(thread: &JavaThread) -> String {
    thread
        .thread_object()
        .and_then(|o| {
            let f = o.klass().instance_field("name", "Ljava/lang/String;")?;
            o.get_ref(f.offset)
        })
        .map_or_else(
            || "main".to_string(),
            |s| crate::strings::string_value(thread, s),
        )
}

/// The `interrupted` field of a `java.lang.Thread` (the interrupt status).
fn interrupted_offset(obj: ObjRef) -> Option<usize> {
    obj.klass()
        .instance_field("interrupted", "Z")
        .map(|f| f.offset)
}

/// Whether `thread` is interrupted.
pub fn is_interrupted(thread: &JavaThread) -> bool {
    thread
        .thread_object()
        .and_then(|o| interrupted_offset(o).map(|off| o.get_i8_volatile(off) != 0))
        .unwrap_or(false)
}

/// Clears the interrupt status of `thread`; whether it was set.
pub fn clear_interrupt(thread: &JavaThread) -> bool {
    let Some(obj) = thread.thread_object() else {
        return false;
    };
    let Some(off) = interrupted_offset(obj) else {
        return false;
    };
    if obj.get_i8_volatile(off) == 0 {
        return false;
    }
    obj.put_i8_volatile(off, 0);
    true
}

/// The registered thread behind a `java.lang.Thread` (`eetop` holds its id while it runs).
pub fn handle_of(vm: &VmState, obj: ObjRef) -> Option<std::sync::Arc<ThreadHandle>> {
    let id = obj
        .klass()
        .instance_field("eetop", "J")
        .map_or(0, |f| obj.get_i64_volatile(f.offset));
    u16::try_from(id)
        .ok()
        .filter(|&id| id != 0)
        .and_then(|id| vm.safepoints.threads().get(id))
}

/// `Thread.start0()`: creates the VM thread and the OS thread, which runs `run()`.
pub(crate) fn start0(env: &mut Env<'_>) -> JResult<Value> {
    let this = env
        .obj(0)
        .expect("the receiver of an instance method is never null");
    let vm = env.thread.vm.clone();
    let requested = this
        .klass()
        .instance_field("stackSize", "J")
        .map_or(0, |f| this.get_i64(f.offset));
    let stack = if requested > 0 {
        requested as usize
    } else {
        vm.stack_size()
    };
    let Some(mut thread) = JavaThread::new(vm.clone(), stack) else {
        return Err(env.throw("java/lang/OutOfMemoryError", "unable to create native thread: possibly out of memory or process/resource limits reached"));
    };
    thread.thread_object = this.addr() as u64;
    set_int_field(this, "eetop", "J", i64::from(thread.id));
    set_int_field(this, "threadStatus", "I", i64::from(status::RUNNABLE));
    let daemon = this
        .klass()
        .instance_field("daemon", "Z")
        .is_some_and(|f| this.get_i8(f.offset) != 0);
    vm.safepoints
        .threads()
        .thread_started(&thread.handle, daemon);
    let handle = thread.handle.clone();
    let name = this
        .klass()
        .instance_field("name", "Ljava/lang/String;")
        .and_then(|f| this.get_ref(f.offset))
        .map(|s| crate::strings::string_value(env.thread, s))
        .unwrap_or_default()
        // The OS name is informative only; a NUL would make it invalid.
        .replace('\0', " ");
    let spawned = std::thread::Builder::new().name(name).spawn(move || {
        let vm = thread.vm.clone();
        vm.safepoints.leave_blocked(&thread.handle);
        thread_main(&mut thread);
    });
    if spawned.is_err() {
        vm.safepoints.threads().thread_ended(&handle);
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
    run_thread(thread);
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
    exit_thread(thread);
}

/// The end of a thread, as HotSpot's `JavaThread::exit`: `Thread.exit()` (thread group,
/// thread locals), then the terminated state, `eetop` cleared and every joiner woken; the
/// thread no longer holds the VM alive. The launcher runs it for the main thread when `main`
/// ends (the launcher's `DetachCurrentThread`), so threads joining main are released.
pub(crate) fn exit_thread(thread: &mut JavaThread) {
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
    if locked {
        let _ = crate::monitor::monitor_notify(thread, obj, true);
        let _ = crate::monitor::monitor_exit(thread, obj);
    }
    thread.take_pending();
    let vm = thread.vm.clone();
    vm.safepoints.threads().thread_ended(&thread.handle);
}

/// `Reference.waitForReferencePendingList()`: blocks (counted as stopped for collections)
/// until a collection publishes pending references.
pub(crate) fn wait_for_reference_pending_list(env: &mut Env<'_>) -> JResult<Value> {
    let vm = env.thread.vm.clone();
    env.thread.blocked(|| {
        let mut signal = vm.reference_pending.0.lock();
        while !vm.heap.has_pending_references() {
            vm.reference_pending.1.wait(&mut signal);
        }
    });
    Ok(Value::Void)
}
