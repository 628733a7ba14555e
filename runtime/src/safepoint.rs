//! Safepoints: the stop-the-world protocol the collector (issue 5) and the threads issue
//! (issue 6) build on. Running Java code polls one flag at backward branches and method
//! entries; when a stop is requested, each polling thread records its frame state (pc and sp,
//! so its frames can be walked precisely), counts itself as stopped and parks until the world
//! resumes.
//!
//! Threads blocked outside Java code (waiting for a monitor, a notification, the collector
//! lock, the reference-pending list) count as stopped between `enter_blocked` and
//! `leave_blocked`; the requester names how many registered threads it waits for.

use std::sync::atomic::{AtomicBool, Ordering};

use parking_lot::{Condvar, Mutex};

/// The VM's safepoint state.
#[derive(Default)]
pub struct Safepoints {
    requested: AtomicBool,
    stopped: Mutex<usize>,
    changed: Condvar,
}

impl Safepoints {
    /// Whether a stop is requested (the poll: one load).
    #[inline(always)]
    pub fn is_requested(&self) -> bool {
        self.requested.load(Ordering::Acquire)
    }

    /// Requests a stop and waits until `running` Java threads are parked at a poll; the world
    /// resumes when the returned guard is dropped.
    pub fn stop_the_world(&self, running: usize) -> WorldStopped<'_> {
        let mut stopped = self.stopped.lock();
        self.requested.store(true, Ordering::Release);
        while *stopped < running {
            self.changed.wait(&mut stopped);
        }
        WorldStopped { safepoints: self }
    }

    /// Marks the calling Java thread as blocked (waiting outside Java code, its frames
    /// recorded): a stop does not wait for it. It touches no object until
    /// [`Safepoints::leave_blocked`].
    pub fn enter_blocked(&self) {
        let mut stopped = self.stopped.lock();
        *stopped += 1;
        self.changed.notify_all();
    }

    /// Ends [`Safepoints::enter_blocked`], waiting first for a stopped world to resume.
    pub fn leave_blocked(&self) {
        let mut stopped = self.stopped.lock();
        while self.requested.load(Ordering::Acquire) {
            self.changed.wait(&mut stopped);
        }
        *stopped -= 1;
    }

    /// Parks the calling Java thread (whose frame state is recorded) until the world resumes.
    pub(crate) fn block(&self) {
        let mut stopped = self.stopped.lock();
        *stopped += 1;
        self.changed.notify_all();
        while self.requested.load(Ordering::Acquire) {
            self.changed.wait(&mut stopped);
        }
        *stopped -= 1;
    }
}

/// The world is stopped while this guard lives.
pub struct WorldStopped<'a> {
    safepoints: &'a Safepoints,
}

impl Drop for WorldStopped<'_> {
    fn drop(&mut self) {
        let _stopped = self.safepoints.stopped.lock();
        self.safepoints.requested.store(false, Ordering::Release);
        self.safepoints.changed.notify_all();
    }
}
