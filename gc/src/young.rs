//! The young collection: a Cheney-style copy of the live objects of eden and the "from"
//! survivor space into the "to" survivor space, or into the old generation once they have
//! survived the tenuring threshold (or when the survivor space overflows). Roots are the
//! runtime's roots plus the references stored into old objects on dirty cards. References
//! whose referent is young are discovered on the way and processed after the copy
//! ([`refs`]); weak roots are updated or cleared last.

mod refs;

use crate::ObjectModel;
use crate::cards::CARD_SIZE;
use crate::heap::{FORWARD_TAG, Heap, State, size_at};
use crate::layout::{ARRAY_BASE_OFFSET, mark};
use crate::mem;
use crate::model::RootSet;

struct Scavenge<'h, M: ObjectModel> {
    heap: &'h Heap,
    model: &'h M,
    eden: (usize, usize),
    from: (usize, usize),
    to_end: usize,
    to_top: usize,
    old_top: usize,
    threshold: u64,
    refs: refs::Discovery,
}

impl<M: ObjectModel> Scavenge<'_, M> {
    #[inline]
    fn collected(&self, a: usize) -> bool {
        (a >= self.eden.0 && a < self.eden.1) || (a >= self.from.0 && a < self.from.1)
    }

    /// Copies the object at `obj` (once) and returns its new address.
    fn evacuate(&mut self, obj: usize) -> usize {
        let word = mem::read(obj);
        if word & 0b111 == FORWARD_TAG {
            return word & !0b111;
        }
        let size = self.model.size(obj);
        let age = (word as u64 >> mark::AGE_SHIFT) & mark::AGE_MASK;
        let dest = if age + 1 >= self.threshold || self.to_top + size > self.to_end {
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
            let aged = (word as u64 & !(mark::AGE_MASK << mark::AGE_SHIFT))
                | ((age + 1).min(mark::AGE_MASK) << mark::AGE_SHIFT);
            mem::write(dest, aged as usize);
        }
        mem::write(obj, dest | FORWARD_TAG);
        dest
    }

    /// Updates the reference in `slot`; returns its value afterwards.
    #[inline]
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
    #[inline]
    fn process_old_slot(&mut self, slot: usize) {
        let v = self.process(slot);
        if self.heap.is_young(v) {
            self.heap.cards.dirty(slot);
        }
    }

    /// Scans the part of the old object at `obj` that lies in `[lo, hi)`.
    fn scan_old_range(&mut self, obj: usize, lo: usize, hi: usize) {
        let model = self.model;
        if let Some(len) = model.ref_array_length(obj) {
            let first = (obj + ARRAY_BASE_OFFSET).max(lo);
            let last = (obj + ARRAY_BASE_OFFSET + 8 * len).min(hi);
            let mut s = first;
            while s < last {
                self.process_old_slot(s);
                s += 8;
            }
        } else {
            let skip = self.discover(obj, lo, hi);
            model.visit_slots(obj, &mut |s| {
                if s >= lo && s < hi && s != skip {
                    self.process_old_slot(s);
                }
            });
        }
    }

    fn scan_dirty_cards(&mut self, old_start: usize, old_top: usize) {
        for card in self.heap.cards.dirty_cards(old_start, old_top) {
            self.heap.cards.clear(card, card + 1);
            let end = (card + CARD_SIZE).min(old_top);
            let mut obj = self.heap.offsets.object_start(card);
            while obj < end {
                let size = size_at(self.model, obj);
                if mem::read(obj) & 0b111 != 0b111 {
                    self.scan_old_range(obj, card, end);
                }
                obj += size;
            }
        }
    }

    /// Scans copied objects until no new copies appear.
    fn drain(&mut self, mut to_scan: usize, mut old_scan: usize) {
        let model = self.model;
        loop {
            while to_scan < self.to_top {
                let obj = to_scan;
                to_scan += model.size(obj);
                let skip = self.discover(obj, obj, to_scan);
                model.visit_slots(obj, &mut |s| {
                    if s != skip {
                        self.process(s);
                    }
                });
            }
            while old_scan < self.old_top {
                let obj = old_scan;
                old_scan += model.size(obj);
                let end = old_scan;
                self.scan_old_range(obj, obj, end);
            }
            if to_scan == self.to_top && old_scan == self.old_top {
                return;
            }
        }
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
    st.eden_top = heap.eden_start;
    st.from_is_s0 = !st.from_is_s0;
    st.from_top = sc.to_top;
    st.old_top = sc.old_top;
    if st.old_top > st.old_limit {
        st.old_limit = st.old_top.next_multiple_of(64 * 1024).min(heap.old_end);
    }
    st.young_collections += 1;
}
