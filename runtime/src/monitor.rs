//! Identity hash codes and object monitors over the mark word (layout in `gc::layout`).
//!
//! Locking is thin: the owner's thread id and a recursion count live in the mark word next to
//! the hash, so an uncontended enter/exit is one compare-and-swap and never a system call.
//! Contention, `wait`, or a recursion count beyond what the mark word holds inflate the lock
//! into a [`Monitor`] of the VM's table, whose index replaces the owner bits (the hash stays
//! where it is). A contender inflates on behalf of the thin owner: the monitor starts owned
//! by it, and the owner's next exit, finding the word inflated, releases the monitor instead.
//! Threads that block on a monitor are in the blocked state for safepoints.

use std::sync::atomic::{AtomicU32, Ordering};
use std::time::{Duration, Instant};

use gc::layout::mark;

use crate::exceptions::{throw_new, throw_new_no_message};
use crate::monitor_table::Monitor;
use crate::oops::ObjRef;
use crate::thread::{JResult, JavaThread, Local, Thrown};
use crate::threads::{clear_interrupt, set_thread_status, status};
use crate::vm::VmState;

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

/// The identity hash of `obj`, assigned on first request and stable afterwards (in every lock
/// state: the hash bits are never displaced).
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

fn thin_owner(word: u64) -> u16 {
    ((word >> mark::OWNER_SHIFT) & mark::OWNER_MASK) as u16
}

fn thin_recursion(word: u64) -> u64 {
    (word >> mark::RECURSION_SHIFT) & mark::RECURSION_MASK
}

fn monitor_index(word: u64) -> u32 {
    ((word >> mark::MONITOR_SHIFT) & mark::MONITOR_MASK) as u32
}

/// The monitor of an inflated mark word.
fn monitor_of(vm: &VmState, word: u64) -> &Monitor {
    vm.monitors.get(monitor_index(word))
}

/// Replaces the thin-locked `word` of `obj` by a monitor owned by the thin owner with the
/// same count. `Ok(false)` when the word changed meanwhile (the caller re-reads it).
fn inflate(thread: &mut JavaThread, obj: ObjRef, word: u64) -> JResult<bool> {
    let vm = &thread.vm;
    let Some(index) = vm.monitors.allocate() else {
        return Err(throw_new(
            thread,
            "java/lang/OutOfMemoryError",
            "monitor table exhausted",
        ));
    };
    vm.monitors
        .get(index)
        .set_owner(thin_owner(word), thin_recursion(word) + 1);
    let new =
        (word & mark::PRESERVED_MASK) | mark::INFLATED | (u64::from(index) << mark::MONITOR_SHIFT);
    if obj.cas_mark(word, new).is_ok() {
        Ok(true)
    } else {
        vm.monitors.release(index);
        Ok(false)
    }
}

/// Enters the monitor of `obj` for `thread`, blocking while another thread owns it.
pub fn monitor_enter(thread: &mut JavaThread, obj: ObjRef) -> JResult<()> {
    let me = thread.id;
    loop {
        let word = obj.mark();
        match mark::lock_state(word) {
            mark::NEUTRAL => {
                let new = (word & mark::PRESERVED_MASK)
                    | mark::THIN_LOCKED
                    | (u64::from(me) << mark::OWNER_SHIFT);
                if obj.cas_mark(word, new).is_ok() {
                    return Ok(());
                }
            }
            mark::THIN_LOCKED if thin_owner(word) == me => {
                let rec = thin_recursion(word);
                if rec == mark::RECURSION_MASK {
                    inflate(thread, obj, word)?;
                    continue;
                }
                let new = (word & !(mark::RECURSION_MASK << mark::RECURSION_SHIFT))
                    | ((rec + 1) << mark::RECURSION_SHIFT);
                if obj.cas_mark(word, new).is_ok() {
                    return Ok(());
                }
            }
            mark::THIN_LOCKED => {
                // Contention: give the owner a moment, then inflate and queue.
                std::hint::spin_loop();
                if obj.mark() == word {
                    inflate(thread, obj, word)?;
                }
            }
            mark::INFLATED => {
                let vm = thread.vm.clone();
                let monitor = monitor_of(&vm, word);
                if !monitor.try_enter(me) {
                    set_thread_status(thread, status::BLOCKED_ON_MONITOR_ENTER);
                    thread.blocked(|| monitor.enter_blocking(me, 1));
                    set_thread_status(thread, status::RUNNABLE);
                }
                return Ok(());
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

/// Exits the monitor of `obj`; `IllegalMonitorStateException` if `thread` does not own it.
pub fn monitor_exit(thread: &mut JavaThread, obj: ObjRef) -> JResult<()> {
    let me = thread.id;
    loop {
        let word = obj.mark();
        match mark::lock_state(word) {
            mark::THIN_LOCKED if thin_owner(word) == me => {
                let rec = thin_recursion(word);
                let new = if rec == 0 {
                    word & mark::PRESERVED_MASK
                } else {
                    (word & !(mark::RECURSION_MASK << mark::RECURSION_SHIFT))
                        | ((rec - 1) << mark::RECURSION_SHIFT)
                };
                // Fails only when a contender inflated the lock or a hash was installed.
                if obj.cas_mark(word, new).is_ok() {
                    return Ok(());
                }
            }
            mark::INFLATED if monitor_of(&thread.vm, word).exit(me) => return Ok(()),
            _ => {
                return Err(throw_new_no_message(
                    thread,
                    "java/lang/IllegalMonitorStateException",
                ));
            }
        }
    }
}

/// How many times thread `me` holds the monitor of `obj` (0 if it does not own it).
fn held_count(vm: &VmState, me: u16, obj: ObjRef) -> u64 {
    let word = obj.mark();
    match mark::lock_state(word) {
        mark::THIN_LOCKED if thin_owner(word) == me => thin_recursion(word) + 1,
        mark::INFLATED => monitor_of(vm, word).held_by(me),
        _ => 0,
    }
}

/// Whether `thread` owns the monitor of `obj` (`Thread.holdsLock`).
pub fn holds_lock(thread: &JavaThread, obj: ObjRef) -> bool {
    held_count(&thread.vm, thread.id, obj) > 0
}

fn not_owner(thread: &mut JavaThread) -> Thrown {
    throw_new(
        thread,
        "java/lang/IllegalMonitorStateException",
        "current thread is not owner",
    )
}

/// The monitor of `obj`, inflating the thin lock its owner (the caller) holds.
fn inflated_monitor(thread: &mut JavaThread, obj: ObjRef) -> JResult<u32> {
    loop {
        let word = obj.mark();
        match mark::lock_state(word) {
            mark::INFLATED => return Ok(monitor_index(word)),
            mark::THIN_LOCKED => {
                inflate(thread, obj, word)?;
            }
            _ => return Err(not_owner(thread)),
        }
    }
}

/// `Object.wait(timeout)`: releases the monitor of the object behind `obj` entirely, waits
/// for a notification, an interrupt or the timeout (0: none), and takes the monitor back as
/// often as it was held. `InterruptedException` (clearing the interrupt status) if the thread
/// was interrupted before or while waiting.
pub fn monitor_wait(thread: &mut JavaThread, obj: Local, timeout_ms: i64) -> JResult<()> {
    let Some(o) = thread.local(obj) else {
        return Err(throw_new_no_message(
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
    if held_count(&thread.vm, thread.id, o) == 0 {
        return Err(not_owner(thread));
    }
    let handle = thread.handle.clone();
    handle.wait_event.reset();
    if clear_interrupt(thread) {
        return Err(throw_new_no_message(
            thread,
            "java/lang/InterruptedException",
        ));
    }
    let index = inflated_monitor(thread, o)?;
    let deadline = (timeout_ms > 0)
        .then(|| Instant::now().checked_add(Duration::from_millis(timeout_ms as u64)))
        .flatten();
    set_thread_status(
        thread,
        if timeout_ms > 0 {
            status::IN_OBJECT_WAIT_TIMED
        } else {
            status::IN_OBJECT_WAIT
        },
    );
    let vm = thread.vm.clone();
    let monitor = vm.monitors.get(index);
    thread.blocked(|| monitor.wait(&handle, deadline));
    set_thread_status(thread, status::RUNNABLE);
    if clear_interrupt(thread) {
        return Err(throw_new_no_message(
            thread,
            "java/lang/InterruptedException",
        ));
    }
    Ok(())
}

/// `Object.notify` (`all` false) and `notifyAll`: the caller must own the monitor. A thin
/// lock has no waiters (`wait` inflates).
pub fn monitor_notify(thread: &mut JavaThread, obj: ObjRef, all: bool) -> JResult<()> {
    let me = thread.id;
    let word = obj.mark();
    let owned = match mark::lock_state(word) {
        mark::THIN_LOCKED => thin_owner(word) == me,
        mark::INFLATED => monitor_of(&thread.vm, word).notify(me, all),
        _ => false,
    };
    if owned {
        Ok(())
    } else {
        Err(not_owner(thread))
    }
}
