//! Safepoints: the stop-the-world protocol the collector (issue 5) and the threads issue
//! (issue 6) build on. Running Java code polls one flag at backward branches and method
//! entries; when a stop is requested, each polling thread records its frame state (pc and sp,
//! so its frames can be walked precisely), counts itself as stopped and parks until the world
//! resumes.
//!
//! Threads in native or blocked code are not counted yet: with one Java thread per VM until
//! issue 6, the requester names how many running threads it waits for.

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
