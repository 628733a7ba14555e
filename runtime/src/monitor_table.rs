//! Inflated monitors: a lock with an owner, a recursion count, an entry queue and a wait set
//! built on `parking_lot`, kept in a table indexed by the number an inflated mark word holds.
//! The index, never the object's address, names the monitor, so objects may move freely.
//!
//! Monitors are not deflated yet: an object keeps its monitor for the life of the VM.

use std::collections::VecDeque;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Arc, OnceLock};
use std::time::Instant;

use gc::layout::mark;
use parking_lot::{Condvar, Mutex};

use crate::thread_handle::ThreadHandle;

/// Monitors per table segment.
const SEGMENT_BITS: u32 = 12;
const SEGMENT_SIZE: usize = 1 << SEGMENT_BITS;
/// Segments in the table: together, every index a mark word can hold.
const SEGMENTS: usize = (mark::MONITOR_MASK as usize + 1) >> SEGMENT_BITS;

/// How often a contended enter retries before it blocks.
const SPINS: u32 = 64;

#[derive(Default)]
struct MonitorState {
    owner: u16,
    count: u64,
    contenders: u32,
    waiters: VecDeque<Arc<ThreadHandle>>,
}

/// An inflated monitor.
#[derive(Default)]
pub struct Monitor {
    state: Mutex<MonitorState>,
    entry: Condvar,
}

impl Monitor {
    /// Takes the monitor if it is free or already owned by `me`; `false` if another thread
    /// owns it.
    pub fn try_enter(&self, me: u16) -> bool {
        let mut s = self.state.lock();
        if s.owner == 0 || s.owner == me {
            s.owner = me;
            s.count += 1;
            true
        } else {
            false
        }
    }

    /// Takes the monitor `count` times, spinning briefly and then blocking while another
    /// thread owns it (the caller is in the blocked state for safepoints when it may block).
    pub fn enter_blocking(&self, me: u16, count: u64) {
        for _ in 0..SPINS {
            if self.try_take(me, count) {
                return;
            }
            std::hint::spin_loop();
        }
        let mut s = self.state.lock();
        s.contenders += 1;
        while s.owner != 0 && s.owner != me {
            self.entry.wait(&mut s);
        }
        s.contenders -= 1;
        s.owner = me;
        s.count += count;
    }

    fn try_take(&self, me: u16, count: u64) -> bool {
        let mut s = self.state.lock();
        if s.owner == 0 || s.owner == me {
            s.owner = me;
            s.count += count;
            true
        } else {
            false
        }
    }

    /// Releases one hold of `me`; `false` if `me` does not own the monitor.
    pub fn exit(&self, me: u16) -> bool {
        let mut s = self.state.lock();
        if s.owner != me || s.count == 0 {
            return false;
        }
        s.count -= 1;
        if s.count == 0 {
            s.owner = 0;
            if s.contenders > 0 {
                self.entry.notify_one();
            }
        }
        true
    }

    /// How many times `me` holds the monitor (0 if it does not own it).
    pub fn held_by(&self, me: u16) -> u64 {
        let s = self.state.lock();
        if s.owner == me { s.count } else { 0 }
    }

    /// Sets the owner of a monitor being inflated from a thin lock.
    pub(crate) fn set_owner(&self, owner: u16, count: u64) {
        let mut s = self.state.lock();
        s.owner = owner;
        s.count = count;
    }

    /// `Object.wait`: releases every hold of `me` (`false` if it owns none), joins the wait
    /// set, waits on `me`'s wait event until a `notify`, an interrupt or `deadline`, then
    /// takes the monitor back as often as it held it. The caller is blocked for safepoints,
    /// and reset the wait event before it last checked the interrupt status.
    pub fn wait(&self, me: &Arc<ThreadHandle>, deadline: Option<Instant>) -> bool {
        let held = {
            let mut s = self.state.lock();
            if s.owner != me.id || s.count == 0 {
                return false;
            }
            let held = s.count;
            s.owner = 0;
            s.count = 0;
            s.waiters.push_back(me.clone());
            if s.contenders > 0 {
                self.entry.notify_one();
            }
            held
        };
        me.wait_event.park(deadline);
        {
            let mut s = self.state.lock();
            if let Some(i) = s.waiters.iter().position(|w| Arc::ptr_eq(w, me)) {
                s.waiters.remove(i);
            }
        }
        self.enter_blocking(me.id, held);
        true
    }

    /// `notify` (`all` false) or `notifyAll` by `me`; `false` if `me` does not own the
    /// monitor.
    pub fn notify(&self, me: u16, all: bool) -> bool {
        let mut s = self.state.lock();
        if s.owner != me || s.count == 0 {
            return false;
        }
        while let Some(w) = s.waiters.pop_front() {
            w.wait_event.unpark();
            if !all {
                break;
            }
        }
        true
    }
}

/// The VM's inflated monitors, by index.
pub struct MonitorTable {
    segments: Box<[OnceLock<Box<[Monitor]>>]>,
    next: AtomicU32,
    free: Mutex<Vec<u32>>,
}

impl Default for MonitorTable {
    fn default() -> Self {
        MonitorTable {
            segments: (0..SEGMENTS).map(|_| OnceLock::new()).collect(),
            next: AtomicU32::new(0),
            free: Mutex::new(Vec::new()),
        }
    }
}

impl MonitorTable {
    /// The monitor at `index` (an index from an inflated mark word, or from `allocate`).
    pub fn get(&self, index: u32) -> &Monitor {
        let segment = self.segments[(index >> SEGMENT_BITS) as usize % SEGMENTS]
            .get_or_init(|| (0..SEGMENT_SIZE).map(|_| Monitor::default()).collect());
        &segment[index as usize & (SEGMENT_SIZE - 1)]
    }

    /// A free monitor's index; `None` when every index is taken.
    pub(crate) fn allocate(&self) -> Option<u32> {
        if let Some(i) = self.free.lock().pop() {
            return Some(i);
        }
        let i = self.next.fetch_add(1, Ordering::Relaxed);
        if u64::from(i) > mark::MONITOR_MASK {
            self.next.fetch_sub(1, Ordering::Relaxed);
            return None;
        }
        Some(i)
    }

    /// Returns a monitor that no mark word refers to.
    pub(crate) fn release(&self, index: u32) {
        self.get(index).set_owner(0, 0);
        self.free.lock().push(index);
    }

    /// How many monitors were ever inflated.
    pub fn inflated(&self) -> u32 {
        self.next.load(Ordering::Relaxed)
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;
    use std::time::{Duration, Instant};

    use super::*;

    fn handle(id: u16) -> Arc<ThreadHandle> {
        Arc::new(ThreadHandle {
            id,
            ..ThreadHandle::unregistered()
        })
    }

    #[test]
    fn enter_is_reentrant_and_only_the_owner_exits() {
        let m = Monitor::default();
        assert!(m.try_enter(3));
        assert!(m.try_enter(3));
        assert!(!m.try_enter(4));
        assert_eq!(m.held_by(3), 2);
        assert!(!m.exit(4));
        assert!(m.exit(3) && m.exit(3));
        assert!(!m.exit(3));
        assert!(m.try_enter(4));
    }

    #[test]
    fn a_timed_wait_gives_the_monitor_away_and_takes_back_every_hold() {
        let m = Arc::new(Monitor::default());
        let me = handle(1);
        m.set_owner(1, 3);
        let other = {
            let m = m.clone();
            std::thread::spawn(move || {
                while !m.try_enter(2) {
                    std::thread::yield_now();
                }
                m.exit(2)
            })
        };
        let start = Instant::now();
        assert!(m.wait(&me, Some(start + Duration::from_millis(30))));
        assert!(start.elapsed() >= Duration::from_millis(25));
        assert!(other.join().unwrap(), "the other thread owned it meanwhile");
        assert_eq!(m.held_by(1), 3);
        assert!(!m.wait(&handle(9), None), "only the owner may wait");
    }

    #[test]
    fn notify_wakes_the_longest_waiting_thread_first() {
        let m = Arc::new(Monitor::default());
        let woken = Arc::new(Mutex::new(Vec::new()));
        let mut waiters = Vec::new();
        for id in [1u16, 2] {
            let (mine, woken) = (m.clone(), woken.clone());
            mine.enter_blocking(id, 1);
            let h = handle(id);
            waiters.push(std::thread::spawn(move || {
                mine.wait(&h, None);
                woken.lock().push(id);
                mine.exit(id);
            }));
            // Wait until the waiter released the monitor (it is in the wait set).
            while !m.try_enter(9) {
                std::thread::yield_now();
            }
            m.exit(9);
            std::thread::sleep(Duration::from_millis(5));
        }
        m.enter_blocking(9, 1);
        assert!(m.notify(9, false));
        m.exit(9);
        while woken.lock().is_empty() {
            std::thread::yield_now();
        }
        std::thread::sleep(Duration::from_millis(20));
        assert_eq!(
            *woken.lock(),
            vec![1],
            "one notify wakes one waiter, the first"
        );
        m.enter_blocking(9, 1);
        assert!(m.notify(9, true));
        m.exit(9);
        for w in waiters {
            w.join().unwrap();
        }
        assert_eq!(*woken.lock(), vec![1, 2]);
    }

    #[test]
    fn the_table_reuses_released_indices() {
        let t = MonitorTable::default();
        let a = t.allocate().unwrap();
        let b = t.allocate().unwrap();
        assert_ne!(a, b);
        t.get(b).set_owner(5, 1);
        t.release(b);
        assert_eq!(t.allocate(), Some(b));
        assert_eq!(t.get(b).held_by(5), 0, "a released monitor is free");
        assert_eq!(
            t.get(5000).held_by(1),
            0,
            "a later segment is created on demand"
        );
    }
}
