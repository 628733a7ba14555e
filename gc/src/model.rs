//! The interface between the collector and the runtime: how objects are measured and scanned
//! ([`ObjectModel`]) and where the roots are ([`RootSet`]). The runtime implements both; the
//! collector knows nothing else about Java objects.
//!
//! Root and reference slots hold raw object addresses (`usize`, 0 for null). The collector
//! rewrites every slot it visits when the object moves.

use crate::heap::Tlab;

/// The kinds of `java.lang.ref.Reference` the collector treats specially.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RefKind {
    /// `SoftReference`: cleared only when memory runs short.
    Soft,
    /// `WeakReference`: cleared as soon as its referent is only weakly reachable.
    Weak,
    /// `FinalReference` (the JDK's `Finalizer`): its referent is kept alive and the reference
    /// enqueued, so that the referent's `finalize` runs.
    Final,
    /// `PhantomReference` (and `Cleaner`'s references): cleared and enqueued once the referent
    /// is unreachable.
    Phantom,
}

/// Field offsets of `java.lang.ref.Reference`, fixed once the class is loaded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ReferenceOffsets {
    /// `Reference.referent`.
    pub referent: usize,
    /// `Reference.discovered` (the collector's link for the pending list).
    pub discovered: usize,
    /// `Reference.next` (non-null once a reference was enqueued in a queue; a final reference
    /// whose referent the collector kept alive for `finalize` links to itself).
    pub next: usize,
    /// `SoftReference.timestamp` (a `long`: the clock when the reference was created or last
    /// read); 0 when unknown, and then soft references are kept until memory runs short.
    pub soft_timestamp: usize,
}

/// An object's shape as the copying loop reads it without a call per slot: the common cases
/// (plain instances, arrays), or [`Layout::Other`] for objects it must measure and scan through
/// [`ObjectModel::size`] and [`ObjectModel::visit_slots`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layout<'a> {
    /// An instance of `size` bytes whose reference fields are the runs `(offset, count)` of
    /// 8-byte slots in `ref_blocks`.
    Instance {
        /// The instance size in bytes (a multiple of 8, at least 16).
        size: usize,
        /// Reference fields: (byte offset, number of consecutive 8-byte slots).
        ref_blocks: &'a [(u32, u32)],
    },
    /// An array of references: 8-byte elements from `layout::ARRAY_BASE_OFFSET`, its length
    /// (`i32`) at `layout::ARRAY_LENGTH_OFFSET`.
    RefArray,
    /// An array of primitives of `element_size` bytes each.
    PrimitiveArray {
        /// Bytes per element.
        element_size: usize,
    },
    /// Anything else (class mirrors with their statics, `java.lang.ref.Reference` objects):
    /// measured and scanned through the general methods.
    Other,
}

/// How the collector measures and scans objects. Implemented by the runtime over its class
/// metadata; the collector calls it for every object it copies, marks or walks.
pub trait ObjectModel {
    /// The size in bytes of the object at `obj` (a multiple of 8, at least 16).
    fn size(&self, obj: usize) -> usize;

    /// The shape of `obj`, for the fast paths of the copying loop. Must be [`Layout::Other`]
    /// for `java.lang.ref.Reference` objects (their referents are discovered, not traced).
    /// The default sends every object through [`Self::size`] and [`Self::visit_slots`].
    #[inline]
    fn layout(&self, obj: usize) -> Layout<'_> {
        let _ = obj;
        Layout::Other
    }

    /// Calls `visit` with the address of every reference slot of `obj` (fields, elements and,
    /// for class mirrors, static fields), including the referent of a `Reference`.
    fn visit_slots(&self, obj: usize, visit: &mut dyn FnMut(usize));

    /// If `obj` is an array of references, its length (elements are 8-byte slots from
    /// `layout::ARRAY_BASE_OFFSET`); lets the collector scan part of a large array.
    fn ref_array_length(&self, obj: usize) -> Option<usize>;

    /// The kind of `java.lang.ref.Reference` `obj` is, if it is one.
    fn reference_kind(&self, obj: usize) -> Option<RefKind>;

    /// The offsets of `Reference`'s fields (only read when [`Self::reference_kind`] returned
    /// a kind).
    fn reference_offsets(&self) -> ReferenceOffsets;

    /// The soft-reference clock (`SoftReference.clock`, in milliseconds) at the start of the
    /// collection: a soft reference whose timestamp lags it by more than the heap's
    /// `SoftRefLRUPolicyMSPerMB` interval is cleared once its referent is only softly
    /// reachable. The runtime advances the clock after each collection.
    fn soft_reference_clock(&self) -> i64 {
        0
    }
}

/// The roots of one collection: everything outside the heap that holds object addresses,
/// and the allocation buffers of every thread (retired before the heap is walked).
pub trait RootSet {
    /// Calls `visit` with every root slot; the collector stores back the object's new address.
    /// Null slots may be skipped or passed (the collector ignores 0).
    fn visit_roots(&mut self, visit: &mut dyn FnMut(&mut usize));

    /// Calls `retire` with every thread's allocation buffer.
    fn visit_tlabs(&mut self, retire: &mut dyn FnMut(&mut Tlab));

    /// Calls `visit` with every weak root slot (the interned-string table), after the live
    /// objects are known: the collector stores the object's new address, or 0 when the object
    /// died (the runtime then drops the entry). Called once per collection that moves or frees
    /// the slot's object; the default has no weak roots.
    fn visit_weak_roots(&mut self, visit: &mut dyn FnMut(&mut usize)) {
        let _ = visit;
    }
}
