//! `java.lang.ref` in a young collection. A reference (young, or old and found through a dirty
//! card) whose referent is young and not yet copied is discovered: its referent slot is left
//! alone while the live objects are copied. Then, as a full collection does:
//! soft and weak references whose referent was not copied are cleared and made pending;
//! referents of final references are copied (with everything they reach, references among
//! them traced strongly) and their references made pending; phantom references are cleared
//! last. Slots of old references that end up pointing into the young generation keep their
//! card dirty.

use crate::heap::{FORWARD_TAG, Heap, State};
use crate::mem;
use crate::model::{ObjectModel, RefKind, ReferenceOffsets};
use crate::refs::{SoftPolicy, discoverable, enqueue, kind_index};

use super::Scavenge;

/// The references discovered so far, by kind.
pub(super) struct Discovery {
    enabled: bool,
    offsets: ReferenceOffsets,
    policy: SoftPolicy,
    lists: [Vec<usize>; 4],
}

impl Discovery {
    pub(super) fn new<M: ObjectModel>(
        heap: &Heap,
        st: &State,
        model: &M,
        clear_soft: bool,
    ) -> Discovery {
        Discovery {
            enabled: true,
            offsets: model.reference_offsets(),
            policy: SoftPolicy::new(heap, st, model, clear_soft),
            lists: Default::default(),
        }
    }
}

impl<M: ObjectModel> Scavenge<'_, M> {
    /// If `obj` is a reference whose referent slot lies in `[lo, hi)` and whose young referent
    /// is not known to be live, discovers it and returns the referent slot (to be skipped);
    /// 0 otherwise.
    #[inline]
    pub(super) fn discover(&mut self, obj: usize, lo: usize, hi: usize) -> usize {
        if !self.refs.enabled {
            return 0;
        }
        let Some(kind) = self.model.reference_kind(obj) else {
            return 0;
        };
        let off = self.refs.offsets;
        let slot = obj + off.referent;
        if slot < lo || slot >= hi {
            return 0;
        }
        let referent = mem::read(slot);
        if referent == 0
            || !self.collected(referent)
            || mem::read(referent) & 0b111 == FORWARD_TAG
            || !discoverable(obj, kind, &off, &self.refs.policy)
        {
            return 0;
        }
        self.refs.lists[kind_index(kind)].push(obj);
        slot
    }

    /// The new address of the young object `obj` if it was copied, else `None`.
    fn forwardee(&self, obj: usize) -> Option<usize> {
        let word = mem::read(obj);
        (word & 0b111 == FORWARD_TAG).then_some(word & !0b111)
    }

    /// Stores `referent` into the referent slot of `reference`, keeping the card of an old
    /// reference dirty when the referent is young.
    fn set_referent(&self, reference: usize, referent: usize) {
        let slot = reference + self.refs.offsets.referent;
        mem::write(slot, referent);
        if !self.heap.is_young(reference) && self.heap.is_young(referent) {
            self.heap.cards.dirty(slot);
        }
    }

    /// Clears the discovered references of `kind` whose referent was not copied (making them
    /// pending) and updates the others.
    fn clear_dead(&mut self, kind: RefKind, pending: &mut usize) {
        let off = self.refs.offsets;
        for r in std::mem::take(&mut self.refs.lists[kind_index(kind)]) {
            let referent = mem::read(r + off.referent);
            match self.forwardee(referent) {
                Some(n) => self.set_referent(r, n),
                None => {
                    mem::write(r + off.referent, 0);
                    enqueue(self.heap, &off, r, pending);
                }
            }
        }
    }

    /// Processes the discovered references once every strongly reachable young object was
    /// copied; `pending` is the head of the reference-pending list.
    pub(super) fn process_references(&mut self, pending: &mut usize) {
        self.clear_dead(RefKind::Soft, pending);
        self.clear_dead(RefKind::Weak, pending);
        // What finalizable objects reach is traced strongly, as HotSpot does.
        self.refs.enabled = false;
        let off = self.refs.offsets;
        let (to_scan, old_scan) = (self.to_top, self.old_top);
        let mut finalizable = Vec::new();
        for r in std::mem::take(&mut self.refs.lists[kind_index(RefKind::Final)]) {
            let referent = mem::read(r + off.referent);
            match self.forwardee(referent) {
                Some(n) => self.set_referent(r, n),
                None => {
                    let n = self.evacuate(referent);
                    self.set_referent(r, n);
                    mem::write(r + off.next, r);
                    finalizable.push(r);
                }
            }
        }
        self.drain(to_scan, old_scan);
        for r in finalizable {
            enqueue(self.heap, &off, r, pending);
        }
        self.clear_dead(RefKind::Phantom, pending);
    }

    /// A weak root after the copy: the young object's new address, 0 if it died.
    pub(super) fn update_weak(&self, slot: &mut usize) {
        let v = *slot;
        if v != 0 && self.collected(v) {
            *slot = self.forwardee(v).unwrap_or(0);
        }
    }
}
