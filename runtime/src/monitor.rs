//! Identity hash codes and object monitors over the mark word (layout in `gc::layout`).
//!
//! Locking is thin: the owner's thread id and a recursion count live in the mark word next to
//! the hash, so an uncontended enter/exit is one compare-and-swap. A recursion count beyond
//! what the mark word holds inflates the lock into a monitor of the VM's table.
//!
//! Contention and `wait`/`notify` are correct but simple until issue 6 gives inflated monitors
//! their own queues: a contended enter parks on one VM-wide condition (woken by every exit
//! while someone is contending, and at least every millisecond); `wait` releases the monitor
//! and sleeps on one VM-wide condition that every `notify`/`notifyAll` signals, which the
//! Java memory model allows (a `notify` may wake more than one waiter: spurious wake-ups).
//! Interruption of waits is issue 6.

use std::sync::atomic::{AtomicU32, AtomicUsize, Ordering};
use std::time::Duration;

use gc::layout::mark;

use crate::exceptions::throw_new;
use crate::oops::ObjRef;
use crate::thread::{JResult, JavaThread, Local};
use crate::vm::VmState;

/// The VM-wide conditions behind contended enters and `wait`.
#[derive(Default)]
pub struct MonitorConditions {
    contending: AtomicUsize,
    released: (parking_lot::Mutex<()>, parking_lot::Condvar),
    waiters: (parking_lot::Mutex<()>, parking_lot::Condvar),
}

impl MonitorConditions {
    /// Parks a thread whose enter met another owner, until some monitor is released (or 1 ms).
    fn park_contended(&self) {
        self.contending.fetch_add(1, Ordering::SeqCst);
        let mut guard = self.released.0.lock();
        self.released
            .1
            .wait_for(&mut guard, Duration::from_millis(1));
        drop(guard);
        self.contending.fetch_sub(1, Ordering::SeqCst);
    }

    /// Wakes contending enters after a release.
    fn released(&self) {
        if self.contending.load(Ordering::SeqCst) > 0 {
            let _guard = self.released.0.lock();
            self.released.1.notify_all();
        }
    }

    /// Wakes every thread in `wait` (`notify`, `notifyAll`, a thread's termination for
    /// `join`).
    pub fn notify_waiters(&self) {
        let _guard = self.waiters.0.lock();
        self.waiters.1.notify_all();
    }
}

/// An inflated monitor.
#[derive(Debug, Default, Clone)]
pub struct Monitor {
    /// Owning thread id (0 when free).
    pub owner: u16,
    /// Number of times the owner entered.
    pub count: u64,
}

static HASH_STATE: AtomicU32 = AtomicU32::new(0x9E37_79B9);

/// The next identity hash: a Marsaglia xor-shift sequence (HotSpot's `hashCode=5` policy),
/// never 0, 31 bits.
fn next_hash() -> u32 {
    loop {
        let mut x = HASH_STATE.load(Ordering::Relaxed);
        let old = x;
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        if HASH_STATE
            .compare_exchange(old, x, Ordering::Relaxed, Ordering::Relaxed)
            .is_ok()
        {
            let h = x & 0x7fff_ffff;
            if h != 0 {
                return h;
            }
        }
    }
}

/// The identity hash of `obj`, assigned on first request and stable afterwards.
pub fn identity_hash(obj: ObjRef) -> i32 {
    loop {
        let word = obj.mark();
        let h = mark::hash(word);
        if h != 0 {
            return h as i32;
        }
        let new = mark::with_hash(word, next_hash());
        if obj.cas_mark(word, new).is_ok() {
            return mark::hash(new) as i32;
        }
    }
}

/// Enters the monitor of `obj` for `thread`.
pub fn monitor_enter(thread: &mut JavaThread, mut obj: ObjRef) -> JResult<()> {
    let me = u64::from(thread.id);
    loop {
        let word = obj.mark();
        match mark::lock_state(word) {
            mark::NEUTRAL => {
                let new =
                    (word & mark::PRESERVED_MASK) | mark::THIN_LOCKED | (me << mark::OWNER_SHIFT);
                if obj.cas_mark(word, new).is_ok() {
                    return Ok(());
                }
            }
            mark::THIN_LOCKED => {
                let owner = (word >> mark::OWNER_SHIFT) & mark::OWNER_MASK;
                if owner != me {
                    obj = park_blocked(thread, obj);
                    continue;
                }
                let rec = (word >> mark::RECURSION_SHIFT) & mark::RECURSION_MASK;
                if rec == mark::RECURSION_MASK {
                    inflate(thread, obj, word, me, rec + 2);
                    return Ok(());
                }
                let new = (word & !(mark::RECURSION_MASK << mark::RECURSION_SHIFT))
                    | ((rec + 1) << mark::RECURSION_SHIFT);
                if obj.cas_mark(word, new).is_ok() {
                    return Ok(());
                }
            }
            mark::INFLATED => {
                let index = ((word >> mark::MONITOR_SHIFT) & mark::MONITOR_MASK) as usize;
                let mut monitors = thread.vm.monitors.lock();
                let m = &mut monitors[index];
                if m.owner == 0 || m.owner == thread.id {
                    m.owner = thread.id;
                    m.count += 1;
                    return Ok(());
                }
                drop(monitors);
                obj = park_blocked(thread, obj);
            }
            _ => {
                return Err(throw_new(
                    thread,
                    "java/lang/InternalError",
                    "forwarded object",
                ));
            }
        }
    }
}

/// Parks a contended enter, counted as stopped for collections meanwhile; returns `obj`'s
/// address afterwards (a collection may have moved it).
fn park_blocked(thread: &mut JavaThread, obj: ObjRef) -> ObjRef {
    let handle = thread.new_local(Some(obj));
    let vm = thread.vm.clone();
    vm.safepoints.enter_blocked();
    vm.monitor_conditions.park_contended();
    vm.safepoints.leave_blocked();
    let obj = thread.local(handle).unwrap_or(obj);
    thread.handles.pop();
    obj
}

fn inflate(thread: &JavaThread, obj: ObjRef, word: u64, me: u64, count: u64) {
    let mut monitors = thread.vm.monitors.lock();
    monitors.push(Monitor {
        owner: me as u16,
        count,
    });
    let index = (monitors.len() - 1) as u64;
    let new = (word & mark::PRESERVED_MASK) | mark::INFLATED | (index << mark::MONITOR_SHIFT);
    // Only the owner changes a thin-locked word, so this cannot fail.
    let _ = obj.cas_mark(word, new);
}

/// Exits the monitor of `obj`; `IllegalMonitorStateException` if `thread` does not own it.
pub fn monitor_exit(thread: &mut JavaThread, obj: ObjRef) -> JResult<()> {
    let me = u64::from(thread.id);
    let word = obj.mark();
    match mark::lock_state(word) {
        mark::THIN_LOCKED if (word >> mark::OWNER_SHIFT) & mark::OWNER_MASK == me => {
            let rec = (word >> mark::RECURSION_SHIFT) & mark::RECURSION_MASK;
            let new = if rec == 0 {
                word & mark::PRESERVED_MASK
            } else {
                (word & !(mark::RECURSION_MASK << mark::RECURSION_SHIFT))
                    | ((rec - 1) << mark::RECURSION_SHIFT)
            };
            let _ = obj.cas_mark(word, new);
            if rec == 0 {
                thread.vm.monitor_conditions.released();
            }
            Ok(())
        }
        mark::INFLATED => {
            let index = ((word >> mark::MONITOR_SHIFT) & mark::MONITOR_MASK) as usize;
            let mut monitors = thread.vm.monitors.lock();
            let m = &mut monitors[index];
            if m.owner == thread.id && m.count > 0 {
                m.count -= 1;
                if m.count == 0 {
                    m.owner = 0;
                    drop(monitors);
                    thread.vm.monitor_conditions.released();
                }
                return Ok(());
            }
            drop(monitors);
            Err(crate::exceptions::throw_new_no_message(
                thread,
                "java/lang/IllegalMonitorStateException",
            ))
        }
        _ => Err(crate::exceptions::throw_new_no_message(
            thread,
            "java/lang/IllegalMonitorStateException",
        )),
    }
}

/// Whether `thread` owns the monitor of `obj` (`Thread.holdsLock`).
pub fn holds_lock(thread: &JavaThread, obj: ObjRef) -> bool {
    let word = obj.mark();
    match mark::lock_state(word) {
        mark::THIN_LOCKED => (word >> mark::OWNER_SHIFT) & mark::OWNER_MASK == u64::from(thread.id),
        mark::INFLATED => {
            let index = ((word >> mark::MONITOR_SHIFT) & mark::MONITOR_MASK) as usize;
            thread
                .vm
                .monitors
                .lock()
                .get(index)
                .is_some_and(|m| m.owner == thread.id && m.count > 0)
        }
        _ => false,
    }
}

/// How many times `thread` holds the monitor of `obj` (0 if it does not own it).
fn held_count(vm: &VmState, me: u16, obj: ObjRef) -> u64 {
    let word = obj.mark();
    match mark::lock_state(word) {
        mark::THIN_LOCKED if (word >> mark::OWNER_SHIFT) & mark::OWNER_MASK == u64::from(me) => {
            ((word >> mark::RECURSION_SHIFT) & mark::RECURSION_MASK) + 1
        }
        mark::INFLATED => {
            let index = ((word >> mark::MONITOR_SHIFT) & mark::MONITOR_MASK) as usize;
            vm.monitors
                .lock()
                .get(index)
                .filter(|m| m.owner == me)
                .map_or(0, |m| m.count)
        }
        _ => 0,
    }
}

fn not_owner(thread: &mut JavaThread) -> crate::thread::Thrown {
    throw_new(
        thread,
        "java/lang/IllegalMonitorStateException",
        "current thread is not owner",
    )
}

/// `Object.wait(timeout)`: releases the monitor of the object behind `obj` entirely, waits
/// for a notification or the timeout (0: none), and takes the monitor back as often as it was
/// held. The object is re-read from its handle afterwards (it may move while waiting).
pub fn monitor_wait(thread: &mut JavaThread, obj: Local, timeout_ms: i64) -> JResult<()> {
    let Some(o) = thread.local(obj) else {
        return Err(crate::exceptions::throw_new_no_message(
            thread,
            "java/lang/NullPointerException",
        ));
    };
    if timeout_ms < 0 {
        return Err(throw_new(
            thread,
            "java/lang/IllegalArgumentException",
            "timeout value is negative",
        ));
    }
    let count = held_count(&thread.vm, thread.id, o);
    if count == 0 {
        return Err(not_owner(thread));
    }
    let vm = thread.vm.clone();
    {
        // Holding the waiters' lock while releasing the monitor: a notifier, which must own
        // the monitor, cannot signal before this thread waits.
        let mut guard = vm.monitor_conditions.waiters.0.lock();
        release_entirely(&vm, o);
        vm.monitor_conditions.released();
        // Counted as stopped while waiting: the object may move meanwhile.
        vm.safepoints.enter_blocked();
        if timeout_ms == 0 {
            vm.monitor_conditions.waiters.1.wait(&mut guard);
        } else {
            vm.monitor_conditions
                .waiters
                .1
                .wait_for(&mut guard, Duration::from_millis(timeout_ms as u64));
        }
        drop(guard);
        vm.safepoints.leave_blocked();
    }
    for _ in 0..count {
        let Some(o) = thread.local(obj) else {
            break;
        };
        monitor_enter(thread, o)?;
    }
    Ok(())
}

/// Releases every hold of the monitor of `obj` (its owner calls this).
fn release_entirely(vm: &VmState, obj: ObjRef) {
    loop {
        let word = obj.mark();
        match mark::lock_state(word) {
            mark::THIN_LOCKED => {
                if obj.cas_mark(word, word & mark::PRESERVED_MASK).is_ok() {
                    return;
                }
            }
            mark::INFLATED => {
                let index = ((word >> mark::MONITOR_SHIFT) & mark::MONITOR_MASK) as usize;
                if let Some(m) = vm.monitors.lock().get_mut(index) {
                    m.owner = 0;
                    m.count = 0;
                }
                return;
            }
            _ => return,
        }
    }
}

/// `Object.notify`/`notifyAll`: the caller must own the monitor.
pub fn monitor_notify(thread: &mut JavaThread, obj: ObjRef) -> JResult<()> {
    if held_count(&thread.vm, thread.id, obj) == 0 {
        return Err(not_owner(thread));
    }
    thread.vm.monitor_conditions.notify_waiters();
    Ok(())
}
