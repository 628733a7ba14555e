//! The young collection: a Cheney-style copy of the live objects of eden and the "from"
//! survivor space into the "to" survivor space, or into the old generation once they have
//! reached the tenuring threshold (or when the survivor space overflows). Roots are the
//! runtime's roots plus the references stored into old objects on dirty cards. References
//! whose referent is young are discovered on the way and processed after the copy
//! ([`refs`]); weak roots are updated or cleared last.
//!
//! The copying loop reads plain instances and arrays through [`Layout`] (size and reference
//! slots without a call per slot); other objects go through the object model's general
//! methods. After the copy the tenuring threshold adapts as HotSpot's does: the youngest age
//! at which the survivors of that age or younger fill more than half a survivor space.

mod refs;

use crate::ObjectModel;
use crate::heap::{FILLER_TAG, FORWARD_TAG, Heap, State, size_at};
use crate::layout::{ARRAY_BASE_OFFSET, ARRAY_LENGTH_OFFSET, array_size, mark};
use crate::mem;
use crate::model::{Layout, RootSet};

/// Ages an object can reach (the mark word's four age bits).
const AGES: usize = (mark::AGE_MASK + 1) as usize;
/// The share of a survivor space the survivors may fill before the threshold drops
/// (HotSpot's `TargetSurvivorRatio`, in percent).
const TARGET_SURVIVOR_RATIO: usize = 50;

struct Scavenge<'h, M: ObjectModel> {
    heap: &'h Heap,
    model: &'h M,
    eden: (usize, usize),
    from: (usize, usize),
    to_end: usize,
    to_top: usize,
    old_top: usize,
    threshold: u64,
    /// Bytes copied into the survivor space per age (after the increment).
    ages: [usize; AGES],
    refs: refs::Discovery,
}

/// The length of the array at `obj`.
#[inline(always)]
fn array_length(obj: usize) -> usize {
    (mem::read(obj + ARRAY_LENGTH_OFFSET) as u32 as i32).max(0) as usize
}

impl<M: ObjectModel> Scavenge<'_, M> {
    #[inline(always)]
    fn collected(&self, a: usize) -> bool {
        (a >= self.eden.0 && a < self.eden.1) || (a >= self.from.0 && a < self.from.1)
    }

    /// The size of the object at `obj`.
    #[inline(always)]
    fn size_of(&self, obj: usize) -> usize {
        match self.model.layout(obj) {
            Layout::Instance { size, .. } => size,
            Layout::RefArray => array_size(array_length(obj), 8).unwrap_or(0),
            Layout::PrimitiveArray { element_size } => {
                array_size(array_length(obj), element_size).unwrap_or(0)
            }
            Layout::Other => self.model.size(obj),
        }
    }

    /// Calls `f` with every reference slot of `obj`, except the referent slot of a reference
    /// discovered in `[lo, hi)`; returns the object's size.
    #[inline(always)]
    fn scan_object(
        &mut self,
        obj: usize,
        lo: usize,
        hi: usize,
        mut f: impl FnMut(&mut Self, usize),
    ) -> usize {
        let model = self.model;
        match model.layout(obj) {
            Layout::Instance { size, ref_blocks } => {
                for &(offset, count) in ref_blocks {
                    let first = obj + offset as usize;
                    for slot in (first..first + 8 * count as usize).step_by(8) {
                        f(self, slot);
                    }
                }
                size
            }
            Layout::RefArray => {
                let len = array_length(obj);
                let first = obj + ARRAY_BASE_OFFSET;
                for slot in (first..first + 8 * len).step_by(8) {
                    f(self, slot);
                }
                array_size(len, 8).unwrap_or(0)
            }
            Layout::PrimitiveArray { element_size } => {
                array_size(array_length(obj), element_size).unwrap_or(0)
            }
            Layout::Other => {
                let skip = self.discover(obj, lo, hi);
                model.visit_slots(obj, &mut |slot| {
                    if slot != skip {
                        f(self, slot);
                    }
                });
                model.size(obj)
            }
        }
    }

    /// Copies the object at `obj` (once) and returns its new address.
    #[inline]
    fn evacuate(&mut self, obj: usize) -> usize {
        let word = mem::read(obj);
        if word & 0b111 == FORWARD_TAG {
            return word & !0b111;
        }
        let size = self.size_of(obj);
        let age = (word as u64 >> mark::AGE_SHIFT) & mark::AGE_MASK;
        let dest = if age >= self.threshold || self.to_top + size > self.to_end {
            let d = self.old_top;
            self.old_top += size;
            self.heap.offsets.record(d, size);
            d
        } else {
            let d = self.to_top;
            self.to_top += size;
            d
        };
        mem::copy(obj, dest, size);
        if dest >= self.heap.eden_start {
            let new_age = (age + 1).min(mark::AGE_MASK);
            self.ages[new_age as usize] += size;
            let aged =
                (word as u64 & !(mark::AGE_MASK << mark::AGE_SHIFT)) | (new_age << mark::AGE_SHIFT);
            mem::write(dest, aged as usize);
        }
        mem::write(obj, dest | FORWARD_TAG);
        dest
    }

    /// Updates the reference in `slot`; returns its value afterwards.
    #[inline(always)]
    fn process(&mut self, slot: usize) -> usize {
        let v = mem::read(slot);
        if v != 0 && self.collected(v) {
            let n = self.evacuate(v);
            mem::write(slot, n);
            n
        } else {
            v
        }
    }

    /// Updates a slot of an old object, keeping its card dirty if it still points to young.
    #[inline(always)]
    fn process_old_slot(&mut self, slot: usize) {
        let v = self.process(slot);
        if self.heap.is_young(v) {
            self.heap.cards.dirty(slot);
        }
    }

    /// Scans the part of the old object at `obj` that lies in `[lo, hi)`.
    fn scan_old_range(&mut self, obj: usize, lo: usize, hi: usize) {
        if let Layout::RefArray = self.model.layout(obj) {
            let first = (obj + ARRAY_BASE_OFFSET).max(lo);
            let last = (obj + ARRAY_BASE_OFFSET + 8 * array_length(obj)).min(hi);
            for slot in (first..last.max(first)).step_by(8) {
                self.process_old_slot(slot);
            }
        } else {
            self.scan_object(obj, lo, hi, |sc, slot| {
                if slot >= lo && slot < hi {
                    sc.process_old_slot(slot);
                }
            });
        }
    }

    fn scan_dirty_cards(&mut self, old_start: usize, old_top: usize) {
        let cards = &self.heap.cards;
        let mut from = old_start;
        while let Some((first, end)) = cards.next_dirty_run(from, old_top) {
            cards.clear(first, end);
            let end = end.min(old_top);
            let mut obj = self.heap.offsets.object_start(first);
            while obj < end {
                let size = size_at(self.model, obj);
                if mem::read(obj) & 0b111 != FILLER_TAG {
                    self.scan_old_range(obj, first, end);
                }
                obj += size;
            }
            from = end;
        }
    }

    /// Scans copied objects until no new copies appear.
    fn drain(&mut self, mut to_scan: usize, mut old_scan: usize) {
        loop {
            while to_scan < self.to_top {
                let obj = to_scan;
                to_scan += self.scan_object(obj, obj, usize::MAX, |sc, slot| {
                    sc.process(slot);
                });
            }
            while old_scan < self.old_top {
                let obj = old_scan;
                old_scan +=
                    self.scan_object(obj, obj, usize::MAX, |sc, slot| sc.process_old_slot(slot));
            }
            if to_scan == self.to_top && old_scan == self.old_top {
                return;
            }
        }
    }

    /// HotSpot's adaptive tenuring threshold: the youngest age at which the survivors of
    /// that age and younger exceed [`TARGET_SURVIVOR_RATIO`] percent of a survivor space,
    /// at most `max`.
    fn next_threshold(&self, survivor_size: usize, max: u32) -> u32 {
        let desired = survivor_size / 100 * TARGET_SURVIVOR_RATIO;
        let mut total = 0;
        let mut age = 1;
        while age < AGES {
            total += self.ages[age];
            if total > desired {
                break;
            }
            age += 1;
        }
        (age as u32).min(max)
    }
}

/// Runs a young collection. The caller checked that the old generation can take every young
/// object (so promotion cannot fail) and retired the TLABs.
pub(crate) fn collect_young<M: ObjectModel, R: RootSet>(
    heap: &Heap,
    st: &mut State,
    model: &M,
    roots: &mut R,
    clear_soft: bool,
) {
    let from_start = heap.survivor_from_start(st);
    let to_start = if st.from_is_s0 {
        heap.s1_start
    } else {
        heap.s0_start
    };
    let mut sc = Scavenge {
        heap,
        model,
        eden: (heap.eden_start, st.eden_top),
        from: (from_start, st.from_top),
        to_end: to_start + heap.survivor_size,
        to_top: to_start,
        old_top: st.old_top,
        threshold: u64::from(st.tenuring_threshold),
        ages: [0; AGES],
        refs: refs::Discovery::new(heap, st, model, clear_soft),
    };
    let old_scan = st.old_top;
    roots.visit_roots(&mut |slot| {
        let v = *slot;
        if v != 0 && sc.collected(v) {
            *slot = sc.evacuate(v);
        }
    });
    if st.pending_refs != 0 && sc.collected(st.pending_refs) {
        st.pending_refs = sc.evacuate(st.pending_refs);
    }
    sc.scan_dirty_cards(heap.old_start, old_scan);
    sc.drain(to_start, old_scan);
    sc.process_references(&mut st.pending_refs);
    roots.visit_weak_roots(&mut |slot| sc.update_weak(slot));
    st.tenuring_threshold = sc.next_threshold(heap.survivor_size, st.max_tenuring_threshold);
    st.eden_top = heap.eden_start;
    st.from_is_s0 = !st.from_is_s0;
    st.from_top = sc.to_top;
    st.old_top = sc.old_top;
    if st.old_top > st.old_limit {
        st.old_limit = st.old_top.next_multiple_of(64 * 1024).min(heap.old_end);
    }
    st.young_collections += 1;
}
