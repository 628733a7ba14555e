//! Safepoints: the stop-the-world protocol of the collector (and later of code installation).
//!
//! Every thread is in one of three states ([`crate::thread_handle::state`]): `IN_JAVA` (it
//! runs Java or VM code and touches the heap), `BLOCKED` (it waits in a monitor, `sleep`,
//! `park`, `wait`, a blocking native, or is an idle embedding thread: it counts as stopped)
//! or `STOPPED` (parked at a poll). Running code polls one flag
//! ([`Safepoints::is_requested`]) at backward branches and method entries.
//!
//! - A thread that needs the world stopped calls [`Safepoints::stop_the_world`]: it raises
//!   the flag and waits until no other thread is `IN_JAVA`; the world resumes when the
//!   returned [`WorldStopped`] is dropped. Meanwhile [`WorldStopped::for_each_thread`] gives
//!   access to every other thread's frames and handles. Requests are serialised: a second
//!   requester counts as blocked while it waits for the first to finish.
//! - A thread leaves Java around anything that may block with [`JavaThread::blocked`] (or
//!   the lower-level [`Safepoints::enter_blocked`]/[`Safepoints::leave_blocked`]); leaving the
//!   blocked state waits while the world is stopped, so no thread observes a half-moved heap.
//!
//! The state store and the flag load on each side are sequentially consistent (a Dekker-style
//! handshake): either the requester sees a thread `IN_JAVA` and waits for it, or the thread
//! sees the request and steps back.

use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use parking_lot::{Condvar, Mutex, MutexGuard};

use crate::thread::JavaThread;
use crate::thread_handle::{ThreadHandle, ThreadRegistry, state};

/// The VM's safepoint state and its thread registry.
#[derive(Default)]
pub struct Safepoints {
    requested: AtomicBool,
    /// Held by the thread that stopped the world.
    requester: Mutex<()>,
    /// Guards the sleeps of stopped threads and of the requester.
    sync: Mutex<()>,
    changed: Condvar,
    threads: ThreadRegistry,
}

impl Safepoints {
    /// Whether a stop is requested (the poll: one load).
    #[inline(always)]
    pub fn is_requested(&self) -> bool {
        self.requested.load(Ordering::Acquire)
    }

    /// The registry of the VM's threads.
    pub fn threads(&self) -> &ThreadRegistry {
        &self.threads
    }

    /// Stops every thread other than `requester` (which must be `IN_JAVA`) at a safepoint
    /// or in the blocked state; the world resumes when the guard is dropped.
    pub fn stop_the_world(&self, requester: &JavaThread) -> WorldStopped<'_> {
        self.stop(Some(requester.handle.clone()))
    }

    /// Stops every Java thread, for a host thread that is not one (a VM service thread, an
    /// embedder, a test); the world resumes when the guard is dropped.
    pub fn stop_the_world_external(&self) -> WorldStopped<'_> {
        self.stop(None)
    }

    fn stop(&self, me: Option<std::sync::Arc<ThreadHandle>>) -> WorldStopped<'_> {
        // Another requester may be at work: wait for it as a blocked thread.
        if let Some(me) = &me {
            self.enter_blocked(me);
        }
        let lock = self.requester.lock();
        {
            let _sync = self.sync.lock();
            self.requested.store(true, Ordering::SeqCst);
        }
        let my_id = me.as_ref().map_or(0, |h| h.id);
        if let Some(me) = &me {
            me.state.store(state::IN_JAVA, Ordering::SeqCst);
        }
        loop {
            let mut running = false;
            self.threads.for_each(|h| {
                running |= h.id != my_id && h.state.load(Ordering::SeqCst) == state::IN_JAVA;
            });
            if !running {
                break;
            }
            let mut sync = self.sync.lock();
            self.changed.wait_for(&mut sync, Duration::from_millis(1));
        }
        WorldStopped {
            safepoints: self,
            requester: my_id,
            _lock: lock,
        }
    }

    /// The poll's slow path: parks the calling thread (whose frame state is recorded) until
    /// the world resumes.
    pub(crate) fn block(&self, handle: &ThreadHandle) {
        self.wait_while_stopped(handle, state::STOPPED);
    }

    /// The thread leaves Java: it counts as stopped until [`Safepoints::leave_blocked`] and
    /// must not touch the heap (nor its `JavaThread`) meanwhile.
    pub fn enter_blocked(&self, handle: &ThreadHandle) {
        handle.state.store(state::BLOCKED, Ordering::SeqCst);
        if self.requested.load(Ordering::SeqCst) {
            let _sync = self.sync.lock();
            self.changed.notify_all();
        }
    }

    /// The thread comes back into Java, waiting first while the world is stopped.
    pub fn leave_blocked(&self, handle: &ThreadHandle) {
        handle.state.store(state::IN_JAVA, Ordering::SeqCst);
        if self.requested.load(Ordering::SeqCst) {
            self.wait_while_stopped(handle, state::BLOCKED);
        }
    }

    /// Waits in state `waiting` until no stop is requested, then returns `IN_JAVA`.
    fn wait_while_stopped(&self, handle: &ThreadHandle, waiting: u8) {
        loop {
            {
                let mut sync = self.sync.lock();
                handle.state.store(waiting, Ordering::SeqCst);
                self.changed.notify_all();
                while self.requested.load(Ordering::SeqCst) {
                    self.changed.wait(&mut sync);
                }
            }
            handle.state.store(state::IN_JAVA, Ordering::SeqCst);
            if !self.requested.load(Ordering::SeqCst) {
                return;
            }
        }
    }
}

/// The world is stopped while this guard lives.
pub struct WorldStopped<'a> {
    safepoints: &'a Safepoints,
    requester: u16,
    _lock: MutexGuard<'a, ()>,
}

impl WorldStopped<'_> {
    /// Runs `f` on every registered thread except the requester (whose `JavaThread` the
    /// caller already holds), in id order. The threads are stopped or blocked, so their frames, handles
    /// and pending exceptions may be read and updated (the collector's thread roots).
    pub fn for_each_thread(&self, mut f: impl FnMut(&mut JavaThread)) {
        self.safepoints.threads.for_each(|h| {
            if h.id == self.requester {
                return;
            }
            let ptr = h.java_thread.load(Ordering::Acquire);
            // SAFETY: a registered thread's `JavaThread` is boxed and lives until it
            // unregisters, which needs the registry this loop holds. It is stopped or
            // blocked, and neither state touches the `JavaThread` until the world resumes
            // (`leave_blocked` and `block` wait for that), so this is the only access.
            if let Some(thread) = unsafe { ptr.as_mut() } {
                f(thread);
            }
        });
    }
}

impl Drop for WorldStopped<'_> {
    fn drop(&mut self) {
        let _sync = self.safepoints.sync.lock();
        self.safepoints.requested.store(false, Ordering::SeqCst);
        self.safepoints.changed.notify_all();
    }
}
