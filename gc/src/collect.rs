//! When to collect what: a young collection when eden is full and the old generation can take
//! everything young (HotSpot's promotion guarantee), a full collection otherwise, when a
//! large object does not fit, or on request; the old generation's committed size follows the
//! live data after each full collection. Each collection is reported as a [`GcEvent`].

use std::time::{Duration, Instant};

use crate::full::collect_full;
use crate::heap::Heap;
use crate::model::{ObjectModel, RootSet};
use crate::young::collect_young;

/// Why a collection runs (printed as HotSpot prints it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GcCause {
    /// An allocation did not fit.
    AllocationFailure,
    /// `System.gc()` / `Runtime.gc()`.
    SystemGc,
    /// The stress mode's periodic collection.
    Stress,
}

impl GcCause {
    /// The cause as `-Xlog:gc` prints it.
    pub fn as_str(self) -> &'static str {
        match self {
            GcCause::AllocationFailure => "Allocation Failure",
            GcCause::SystemGc => "System.gc()",
            GcCause::Stress => "GCStress",
        }
    }
}

/// Which collection ran.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GcKind {
    /// The young generation only.
    Young,
    /// The whole heap, compacted.
    Full,
}

/// What a collection is asked to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GcRequest {
    /// Why.
    pub cause: GcCause,
    /// Collect the whole heap even if a young collection would do.
    pub full: bool,
    /// Clear soft references whatever their use (the last attempt before an
    /// `OutOfMemoryError`).
    pub clear_soft: bool,
    /// Bytes of old-generation space the failed allocation needs (large objects), 0 if none.
    pub old_bytes: usize,
}

impl GcRequest {
    /// A collection for `cause` that may be young.
    pub fn new(cause: GcCause) -> GcRequest {
        GcRequest {
            cause,
            full: false,
            clear_soft: false,
            old_bytes: 0,
        }
    }
}

/// One collection, for `-Xlog:gc` and statistics.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GcEvent {
    /// The collection's number (`GC(n)`), from 0.
    pub id: u32,
    /// Young or full.
    pub kind: GcKind,
    /// Why it ran.
    pub cause: GcCause,
    /// Heap bytes in use before.
    pub used_before: usize,
    /// Heap bytes in use after.
    pub used_after: usize,
    /// Heap capacity after (`Runtime.totalMemory`).
    pub capacity: usize,
    /// Pause time.
    pub duration: Duration,
}

impl Heap {
    /// Collects as `request` says, with the world stopped: `model` describes the objects and
    /// `roots` holds every root and TLAB. Returns the collections that ran (a young collection
    /// may be followed by a full one).
    pub fn collect<M: ObjectModel, R: RootSet>(
        &self,
        model: &M,
        roots: &mut R,
        request: GcRequest,
    ) -> Vec<GcEvent> {
        roots.visit_tlabs(&mut |tlab| self.retire_tlab(tlab));
        let mut st = self.state.lock();
        let mut events = Vec::new();
        if self.verify {
            let id = st.next_gc_id;
            if let Err(e) =
                crate::verify::verify(self, &st, model, roots, &format!("before GC({id})"))
            {
                panic!("heap verification failed {e}");
            }
        }
        // The spaces in use before, whose freed parts verification poisons afterwards.
        let before_spaces = if self.verify {
            crate::verify::spaces(self, &st)
        } else {
            Vec::new()
        };
        let young_used =
            (st.eden_top - self.eden_start) + (st.from_top - self.survivor_from_start(&st));
        // Promotion must never fail: the old generation's reserve must hold every young
        // object; its committed part must hold what young collections usually promote.
        let expected = young_used.min(st.avg_promoted.saturating_mul(2));
        let young_ok = !request.full
            && !st.young_overflow
            && self.old_end - st.old_top >= young_used
            && st.old_limit.saturating_sub(st.old_top) >= expected;
        if young_ok {
            let start = Instant::now();
            let before = self.used_locked(&st);
            let old_before = st.old_top;
            collect_young(self, &mut st, model, roots, request.clear_soft);
            let promoted = st.old_top - old_before;
            st.avg_promoted = if st.avg_promoted == usize::MAX {
                promoted
            } else {
                (st.avg_promoted * 3 + promoted) / 4
            };
            events.push(self.event(&mut st, GcKind::Young, request.cause, before, start));
        }
        let old_short = st.old_limit.saturating_sub(st.old_top) < request.old_bytes;
        if !young_ok || old_short {
            let start = Instant::now();
            let before = self.used_locked(&st);
            collect_full(self, &mut st, model, roots, request.clear_soft);
            // Grow or shrink the committed old generation to keep 40% of it free
            // (`MinHeapFreeRatio`), with room for the allocation that failed.
            let used = st.old_top - self.old_start;
            let want = (used * 5 / 3)
                .max(used + request.old_bytes)
                .max(self.initial_old)
                .next_multiple_of(64 * 1024);
            st.old_limit = (self.old_start + want).min(self.old_end);
            events.push(self.event(&mut st, GcKind::Full, request.cause, before, start));
        }
        st.used_at_last_gc = self.used_locked(&st);
        if self.verify {
            self.poison_free_space(&st, &before_spaces);
            let when = format!("after GC({})", st.next_gc_id.saturating_sub(1));
            if let Err(e) = crate::verify::verify(self, &st, model, roots, &when) {
                panic!("heap verification failed {e}");
            }
        }
        events
    }

    fn event(
        &self,
        st: &mut crate::heap::State,
        kind: GcKind,
        cause: GcCause,
        used_before: usize,
        start: Instant,
    ) -> GcEvent {
        let id = st.next_gc_id;
        st.next_gc_id += 1;
        let capacity = (self.eden_end - self.eden_start)
            + self.survivor_size
            + (st.old_limit - self.old_start);
        GcEvent {
            id,
            kind,
            cause,
            used_before,
            used_after: self.used_locked(st),
            capacity,
            duration: start.elapsed(),
        }
    }
}
