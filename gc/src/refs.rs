//! What both collections share about `java.lang.ref`: the soft-reference policy (HotSpot's
//! `SoftRefLRUPolicyMSPerMB` over the maximum heap) and the reference-pending list, linked
//! through `Reference.discovered` from the heap's head.
//!
//! A reference is discovered when its referent is not yet known to be strongly reachable; a
//! soft reference only when the policy would clear it. Once the live objects are known,
//! discovered soft, weak and phantom references whose referent died are cleared and made
//! pending; a discovered final reference whose referent died keeps the referent (and all it
//! reaches) alive for `finalize`, is marked inactive (`next` links to itself) and made
//! pending.

use crate::heap::{Heap, State};
use crate::mem;
use crate::model::{ObjectModel, RefKind, ReferenceOffsets};

const MIB: usize = 1 << 20;

/// The index of a kind's discovered list.
pub(crate) fn kind_index(kind: RefKind) -> usize {
    match kind {
        RefKind::Soft => 0,
        RefKind::Weak => 1,
        RefKind::Final => 2,
        RefKind::Phantom => 3,
    }
}

/// Whether a soft reference is a candidate for clearing at this collection.
#[derive(Debug, Clone, Copy)]
pub(crate) struct SoftPolicy {
    clear_all: bool,
    clock: i64,
    max_interval: i64,
    timestamp: usize,
}

impl SoftPolicy {
    /// The policy of one collection: every soft reference when `clear_all` (the last attempt
    /// before an `OutOfMemoryError`), else those unread for longer than
    /// `SoftRefLRUPolicyMSPerMB` milliseconds per free megabyte of the maximum heap (free as
    /// of the last collection).
    pub(crate) fn new<M: ObjectModel>(
        heap: &Heap,
        st: &State,
        model: &M,
        clear_all: bool,
    ) -> SoftPolicy {
        let free_mib = heap.max_size.saturating_sub(st.used_at_last_gc) / MIB;
        let max_interval = (free_mib as u64).saturating_mul(heap.soft_ref_ms_per_mib);
        SoftPolicy {
            clear_all,
            clock: model.soft_reference_clock(),
            max_interval: i64::try_from(max_interval).unwrap_or(i64::MAX),
            timestamp: model.reference_offsets().soft_timestamp,
        }
    }

    /// Whether the soft reference `reference` is cleared if its referent is only softly
    /// reachable.
    pub(crate) fn should_clear(&self, reference: usize) -> bool {
        if self.clear_all {
            return true;
        }
        if self.timestamp == 0 {
            return false;
        }
        let stamp = mem::read(reference + self.timestamp) as i64;
        self.clock.saturating_sub(stamp) > self.max_interval
    }
}

/// Whether `reference` (of `kind`, its referent `referent` not known to be live) may be
/// discovered: it is not pending or discovered already, a final reference is still active,
/// and a soft one is due for clearing.
pub(crate) fn discoverable(
    reference: usize,
    kind: RefKind,
    off: &ReferenceOffsets,
    policy: &SoftPolicy,
) -> bool {
    if mem::read(reference + off.discovered) != 0 {
        return false;
    }
    match kind {
        RefKind::Final => mem::read(reference + off.next) == 0,
        RefKind::Soft => policy.should_clear(reference),
        RefKind::Weak | RefKind::Phantom => true,
    }
}

/// Puts `reference` at the head of the pending list `head`, dirtying the card of its
/// `discovered` field when an old reference now links to a young one.
pub(crate) fn enqueue(heap: &Heap, off: &ReferenceOffsets, reference: usize, head: &mut usize) {
    let slot = reference + off.discovered;
    mem::write(slot, *head);
    if !heap.is_young(reference) && heap.is_young(*head) {
        heap.cards.dirty(slot);
    }
    *head = reference;
}
