//! Identity hash codes and object monitors over the mark word (layout in `gc::layout`).
//!
//! Locking is thin: the owner's thread id and a recursion count live in the mark word next to
//! the hash, so an uncontended enter/exit is one compare-and-swap. A recursion count beyond
//! what the mark word holds inflates the lock into a monitor of the VM's table. Contention
//! (another thread owns the lock) and `wait`/`notify` are issue 6: they inflate too, and the
//! monitor then gets a `parking_lot` mutex and condition.

use std::sync::atomic::{AtomicU32, Ordering};

use gc::layout::mark;

use crate::exceptions::throw_new;
use crate::oops::ObjRef;
use crate::thread::{JResult, JavaThread};

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
pub fn monitor_enter(thread: &mut JavaThread, obj: ObjRef) -> JResult<()> {
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
                    let msg = "monitor contention between threads needs inflation (issue 6)";
                    return Err(throw_new(thread, "java/lang/InternalError", msg));
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
                let msg = "monitor contention between threads needs issue 6";
                return Err(throw_new(thread, "java/lang/InternalError", msg));
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
