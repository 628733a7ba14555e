//! The part of each Java thread that other threads may touch: its safepoint state, the events
//! it sleeps, parks and waits on, and the registry of every thread of a VM (ids, the
//! `java.lang.Thread` objects' liveness for `DestroyJavaVM`, the threads a safepoint visits).
//!
//! A [`JavaThread`] is boxed and registered when created and unregistered when dropped, so the
//! registry's pointer to it stays valid for its whole life; only a thread that stopped the
//! world dereferences it (see [`crate::safepoint`]).

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicPtr, AtomicU8, Ordering};
use std::time::Instant;

use parking_lot::{Condvar, Mutex, RwLock};

use crate::thread::JavaThread;

/// Safepoint states of a thread ([`ThreadHandle::state`]).
pub mod state {
    /// Running Java or VM code: it touches the heap and must reach a poll to stop.
    pub const IN_JAVA: u8 = 0;
    /// Outside Java (blocked, sleeping, parked, in a blocking native, not started, or an idle
    /// embedding thread): counts as stopped and does not touch the heap until it comes back.
    pub const BLOCKED: u8 = 1;
    /// Parked at a safepoint poll until the world resumes.
    pub const STOPPED: u8 = 2;
}

/// A one-permit event (HotSpot's `ParkEvent`): `unpark` makes a permit available, `park`
/// consumes it, waiting for it if needed.
#[derive(Default)]
pub struct Event {
    permit: Mutex<bool>,
    signal: Condvar,
}

impl Event {
    /// Makes the permit available and wakes the parked thread, if any.
    pub fn unpark(&self) {
        *self.permit.lock() = true;
        self.signal.notify_all();
    }

    /// Consumes the permit if it is available, without waiting.
    pub fn try_consume(&self) -> bool {
        std::mem::replace(&mut *self.permit.lock(), false)
    }

    /// Drops a permit left over from an earlier wake-up.
    pub fn reset(&self) {
        *self.permit.lock() = false;
    }

    /// Waits until the permit is available (then consumes it; `true`) or until `deadline`
    /// (`false`).
    pub fn park(&self, deadline: Option<Instant>) -> bool {
        let mut permit = self.permit.lock();
        while !*permit {
            match deadline {
                Some(d) => {
                    if self.signal.wait_until(&mut permit, d).timed_out() {
                        break;
                    }
                }
                None => self.signal.wait(&mut permit),
            }
        }
        std::mem::replace(&mut *permit, false)
    }
}

/// The shared state of one Java thread.
pub struct ThreadHandle {
    /// Small thread id (the thin-lock owner field and `Thread.eetop`), 1-based.
    pub id: u16,
    /// Safepoint state ([`state`]).
    pub(crate) state: AtomicU8,
    /// The thread's execution state, valid while it is registered.
    pub(crate) java_thread: AtomicPtr<JavaThread>,
    /// `Thread.sleep` waits on this.
    pub sleep_event: Event,
    /// `Unsafe.park` waits on this: its permit is `LockSupport`'s.
    pub parker: Event,
    /// `Object.wait` waits on this; `notify` and `interrupt` unpark it.
    pub wait_event: Event,
    /// Whether the thread was started as a daemon (it does not hold the VM alive).
    pub(crate) daemon: AtomicBool,
    /// Whether the thread counts towards the live non-daemon threads `DestroyJavaVM` waits for.
    pub(crate) counted_live: AtomicBool,
}

impl ThreadHandle {
    /// A handle not (yet) in any registry.
    pub(crate) fn unregistered() -> ThreadHandle {
        ThreadHandle {
            id: 0,
            state: AtomicU8::new(state::BLOCKED),
            java_thread: AtomicPtr::new(std::ptr::null_mut()),
            sleep_event: Event::default(),
            parker: Event::default(),
            wait_event: Event::default(),
            daemon: AtomicBool::new(false),
            counted_live: AtomicBool::new(false),
        }
    }

    /// The current safepoint state ([`state`]).
    pub fn state(&self) -> u8 {
        self.state.load(Ordering::SeqCst)
    }

    /// Wakes the thread from `sleep`, `park` and `wait` (`Thread.interrupt`); the interrupt
    /// status itself is the `java.lang.Thread` object's `interrupted` field.
    pub fn interrupt(&self) {
        self.sleep_event.unpark();
        self.parker.unpark();
        self.wait_event.unpark();
    }
}

/// Every live Java thread of a VM, indexed by id.
#[derive(Default)]
pub struct ThreadRegistry {
    slots: RwLock<Vec<Option<Arc<ThreadHandle>>>>,
    live_non_daemon: Mutex<usize>,
    non_daemon_ended: Condvar,
}

/// The largest thread id (the thin-lock owner field has 16 bits).
const MAX_THREAD_ID: usize = u16::MAX as usize;

impl ThreadRegistry {
    /// Registers `thread` under the smallest free id; `None` when every id is taken.
    pub(crate) fn register(&self, thread: *mut JavaThread) -> Option<Arc<ThreadHandle>> {
        let mut slots = self.slots.write();
        if slots.is_empty() {
            slots.push(None);
        }
        let id = match slots.iter().skip(1).position(Option::is_none) {
            Some(free) => free + 1,
            None if slots.len() <= MAX_THREAD_ID => {
                slots.push(None);
                slots.len() - 1
            }
            None => return None,
        };
        let handle = Arc::new(ThreadHandle {
            id: id as u16,
            java_thread: AtomicPtr::new(thread),
            ..ThreadHandle::unregistered()
        });
        slots[id] = Some(handle.clone());
        Some(handle)
    }

    /// Removes a thread (its `JavaThread` is being dropped).
    pub(crate) fn unregister(&self, handle: &ThreadHandle) {
        self.thread_ended(handle);
        let mut slots = self.slots.write();
        if let Some(slot) = slots.get_mut(handle.id as usize) {
            *slot = None;
        }
        handle
            .java_thread
            .store(std::ptr::null_mut(), Ordering::Release);
    }

    /// The thread with id `id`, if it is registered.
    pub fn get(&self, id: u16) -> Option<Arc<ThreadHandle>> {
        self.slots.read().get(id as usize).cloned().flatten()
    }

    /// Every registered thread.
    pub fn all(&self) -> Vec<Arc<ThreadHandle>> {
        self.slots.read().iter().flatten().cloned().collect()
    }

    /// Runs `f` on every registered thread while holding the registry (no thread can
    /// register or unregister meanwhile).
    pub(crate) fn for_each(&self, mut f: impl FnMut(&Arc<ThreadHandle>)) {
        for h in self.slots.read().iter().flatten() {
            f(h);
        }
    }

    /// Records that a started thread is alive (`daemon` as `Thread.daemon` was at start).
    pub(crate) fn thread_started(&self, handle: &ThreadHandle, daemon: bool) {
        handle.daemon.store(daemon, Ordering::Relaxed);
        if !daemon {
            let mut live = self.live_non_daemon.lock();
            *live += 1;
            handle.counted_live.store(true, Ordering::Relaxed);
        }
    }

    /// Records that a started thread finished (`Thread.exit` ran): `DestroyJavaVM` no longer
    /// waits for it.
    pub(crate) fn thread_ended(&self, handle: &ThreadHandle) {
        if handle.counted_live.swap(false, Ordering::AcqRel) {
            let mut live = self.live_non_daemon.lock();
            *live -= 1;
            self.non_daemon_ended.notify_all();
        }
    }

    /// Waits until every started non-daemon thread has finished (the caller is blocked for
    /// safepoints meanwhile).
    pub(crate) fn wait_for_non_daemon_threads(&self) {
        let mut live = self.live_non_daemon.lock();
        while *live > 0 {
            self.non_daemon_ended.wait(&mut live);
        }
    }
}

#[cfg(test)]
mod tests {
    use std::time::{Duration, Instant};

    use super::*;

    #[test]
    fn a_permit_given_before_park_is_consumed_at_once_and_only_once() {
        let e = Event::default();
        e.unpark();
        e.unpark();
        assert!(e.park(None));
        let start = Instant::now();
        assert!(!e.park(Some(start + Duration::from_millis(20))));
        assert!(start.elapsed() >= Duration::from_millis(15));
        e.unpark();
        e.reset();
        assert!(!e.try_consume());
    }

    #[test]
    fn ids_are_the_smallest_free_ones() {
        let r = ThreadRegistry::default();
        let a = r.register(std::ptr::null_mut()).unwrap();
        let b = r.register(std::ptr::null_mut()).unwrap();
        assert_eq!((a.id, b.id), (1, 2));
        r.unregister(&a);
        assert!(r.get(1).is_none());
        assert_eq!(r.register(std::ptr::null_mut()).unwrap().id, 1);
        assert_eq!(r.all().len(), 2);
    }

    #[test]
    fn only_started_non_daemon_threads_are_waited_for() {
        let r = std::sync::Arc::new(ThreadRegistry::default());
        let daemon = r.register(std::ptr::null_mut()).unwrap();
        let worker = r.register(std::ptr::null_mut()).unwrap();
        r.thread_started(&daemon, true);
        r.thread_started(&worker, false);
        let ender = {
            let r = r.clone();
            std::thread::spawn(move || {
                std::thread::sleep(Duration::from_millis(20));
                r.thread_ended(&worker);
                r.thread_ended(&worker);
            })
        };
        r.wait_for_non_daemon_threads();
        ender.join().unwrap();
        assert_eq!(*r.live_non_daemon.lock(), 0);
    }
}
