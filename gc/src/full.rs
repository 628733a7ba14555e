//! The full collection: mark the live objects of the whole heap from the roots, discover
//! `java.lang.ref` references on the way, then slide every live object down (Lisp-2: compute
//! new addresses, update references, move), the old generation first and eden after it, so
//! fragmentation never keeps free space from being used.
//!
//! New addresses live in the mark word during the collection; mark words that carry state
//! (an identity hash, a lock) are saved aside and restored after the move.

use std::collections::HashSet;

use crate::ObjectModel;
use crate::heap::{FILLER_TAG, FORWARD_TAG, Heap, State, size_at};
use crate::layout::mark;
use crate::mem;
use crate::model::{RefKind, RootSet};
use crate::refs::{SoftPolicy, discoverable, kind_index};

const MARK_BIT: usize = 1 << 6;
const AGE_BITS: usize = (mark::AGE_MASK as usize) << mark::AGE_SHIFT;

struct Marker<'m, M: ObjectModel> {
    model: &'m M,
    stack: Vec<usize>,
    discovered: [Vec<usize>; 4],
    pending: HashSet<usize>,
    policy: SoftPolicy,
    /// False while finalizable objects are kept alive: what they reach is traced strongly.
    discovering: bool,
}

impl<M: ObjectModel> Marker<'_, M> {
    #[inline]
    fn is_marked(obj: usize) -> bool {
        mem::read(obj) & MARK_BIT != 0
    }

    #[inline]
    fn mark(&mut self, obj: usize) {
        let word = mem::read(obj);
        if word & MARK_BIT == 0 {
            mem::write(obj, word | MARK_BIT);
            self.stack.push(obj);
        }
    }

    /// Whether the reference `obj` of `kind` is discovered instead of traced through.
    fn discover(&mut self, obj: usize, kind: RefKind) -> bool {
        let off = self.model.reference_offsets();
        let referent = mem::read(obj + off.referent);
        if referent == 0
            || Self::is_marked(referent)
            || self.pending.contains(&obj)
            || !discoverable(obj, kind, &off, &self.policy)
        {
            return false;
        }
        self.discovered[kind_index(kind)].push(obj);
        true
    }

    fn trace(&mut self, obj: usize) {
        let model = self.model;
        let skip = match model.reference_kind(obj) {
            Some(kind) if self.discovering && self.discover(obj, kind) => {
                obj + model.reference_offsets().referent
            }
            _ => 0,
        };
        model.visit_slots(obj, &mut |slot| {
            if slot != skip {
                let v = mem::read(slot);
                if v != 0 {
                    self.mark(v);
                }
            }
        });
    }

    fn drain(&mut self) {
        while let Some(obj) = self.stack.pop() {
            self.trace(obj);
        }
    }
}

/// Processes the discovered references after marking: unreachable weak and soft referents
/// (soft references were discovered only when the policy clears them) are cleared and their
/// references enqueued; unreachable referents of final references are kept alive (for
/// `finalize`) with everything they reach, traced strongly as HotSpot does, and their
/// references marked inactive and enqueued; phantom references are cleared last. Returns the
/// new head of the pending list.
fn process_references<M: ObjectModel>(marker: &mut Marker<'_, M>, mut pending: usize) -> usize {
    let off = marker.model.reference_offsets();
    let live = |r: usize| {
        let referent = mem::read(r + off.referent);
        referent == 0 || Marker::<M>::is_marked(referent)
    };
    let clear_unreachable = |marker: &mut Marker<'_, M>, index: usize, pending: &mut usize| {
        for &r in &marker.discovered[index] {
            if !live(r) {
                mem::write(r + off.referent, 0);
                mem::write(r + off.discovered, *pending);
                *pending = r;
            }
        }
    };
    clear_unreachable(marker, 0, &mut pending);
    clear_unreachable(marker, 1, &mut pending);
    marker.discovering = false;
    let mut finalizable = Vec::new();
    for i in 0..marker.discovered[2].len() {
        let r = marker.discovered[2][i];
        if !live(r) {
            let referent = mem::read(r + off.referent);
            marker.mark(referent);
            marker.drain();
            mem::write(r + off.next, r);
            finalizable.push(r);
        }
    }
    for r in finalizable {
        mem::write(r + off.discovered, pending);
        pending = r;
    }
    // Phantom references last, after the finalizable objects were kept alive.
    clear_unreachable(marker, 3, &mut pending);
    pending
}

/// One contiguous range of objects to walk.
type Space = (usize, usize);

/// Walks the objects of `space`, calling `f(obj, size, word)` with each object's first word.
fn walk<M: ObjectModel>(model: &M, space: Space, mut f: impl FnMut(usize, usize, usize)) {
    let mut obj = space.0;
    while obj < space.1 {
        let word = mem::read(obj);
        let size = size_at(model, obj);
        if word & 0b111 != FILLER_TAG {
            f(obj, size, word);
        }
        obj += size;
    }
}

/// Runs a full collection (the caller retired the TLABs).
pub(crate) fn collect_full<M: ObjectModel, R: RootSet>(
    heap: &Heap,
    st: &mut State,
    model: &M,
    roots: &mut R,
    clear_soft: bool,
) {
    let mut spaces: Vec<Space> = vec![(heap.old_start, st.old_top), (heap.eden_start, st.eden_top)];
    if !st.young_overflow {
        spaces.push((heap.survivor_from_start(st), st.from_top));
    }
    // Mark.
    let mut marker = Marker {
        model,
        stack: Vec::new(),
        discovered: Default::default(),
        pending: HashSet::new(),
        policy: SoftPolicy::new(heap, st, model, clear_soft),
        discovering: true,
    };
    let discovered_off = model.reference_offsets().discovered;
    let mut p = st.pending_refs;
    while p != 0 && marker.pending.insert(p) {
        p = mem::read(p + discovered_off);
    }
    roots.visit_roots(&mut |slot| {
        if *slot != 0 {
            marker.mark(*slot);
        }
    });
    if st.pending_refs != 0 {
        marker.mark(st.pending_refs);
    }
    marker.drain();
    st.pending_refs = process_references(&mut marker, st.pending_refs);
    drop(marker);

    // Compute new addresses: old first, then eden (and beyond) once old is full.
    let mut preserved: Vec<(usize, usize)> = Vec::new();
    let mut old_cursor = heap.old_start;
    let mut young_cursor = heap.eden_start;
    let mut spilled = false;
    for &space in &spaces {
        walk(model, space, |obj, size, word| {
            if word & MARK_BIT == 0 {
                return;
            }
            let dest = if !spilled && old_cursor + size <= heap.old_end {
                old_cursor += size;
                old_cursor - size
            } else {
                spilled = true;
                young_cursor += size;
                young_cursor - size
            };
            let kept = word & !MARK_BIT & !AGE_BITS;
            if kept != 0 {
                preserved.push((dest, kept));
            }
            mem::write(obj, dest | FORWARD_TAG);
        });
    }
    let forwardee = |v: usize| {
        let w = mem::read(v);
        debug_assert_eq!(w & 0b111, FORWARD_TAG, "reference to a dead object {v:#x}");
        w & !0b111
    };

    // Update references: roots, the pending list, every live object's slots.
    heap.cards.clear(heap.old_start, st.old_top.max(old_cursor));
    roots.visit_roots(&mut |slot| {
        if *slot != 0 {
            *slot = forwardee(*slot);
        }
    });
    if st.pending_refs != 0 {
        st.pending_refs = forwardee(st.pending_refs);
    }
    roots.visit_weak_roots(&mut |slot| {
        if *slot != 0 {
            let w = mem::read(*slot);
            *slot = if w & 0b111 == FORWARD_TAG {
                w & !0b111
            } else {
                0
            };
        }
    });
    for &space in &spaces {
        walk(model, space, |obj, _, word| {
            if word & 0b111 != FORWARD_TAG {
                return;
            }
            let dest = word & !0b111;
            let dest_old = dest < heap.old_end;
            model.visit_slots(obj, &mut |slot| {
                let v = mem::read(slot);
                if v != 0 {
                    let n = forwardee(v);
                    mem::write(slot, n);
                    if dest_old && heap.is_young(n) {
                        heap.cards.dirty(dest + (slot - obj));
                    }
                }
            });
        });
    }

    // Move, in address order (every object moves down or stays).
    for &space in &spaces {
        walk(model, space, |obj, size, word| {
            if word & 0b111 != FORWARD_TAG {
                return;
            }
            let dest = word & !0b111;
            mem::copy(obj, dest, size);
            mem::write(dest, 0);
            if dest < heap.old_end {
                heap.offsets.record(dest, size);
            }
        });
    }
    for (dest, word) in preserved {
        mem::write(dest, word);
    }

    st.old_top = old_cursor;
    st.eden_top = young_cursor;
    st.young_overflow = young_cursor > heap.eden_end;
    st.from_top = heap.survivor_from_start(st);
    st.full_collections += 1;
}
