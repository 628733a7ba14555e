//! The heap of Cortado: a generational, moving, precise collector.
//!
//! - [`layout`]: the object header every object starts with.
//! - [`heap`]: the reserved region (old generation, eden, two survivor spaces), thread-local
//!   allocation buffers and large-object allocation.
//! - [`cards`]: the card table behind [`post_write_barrier`] and the old generation's block
//!   offsets.
//! - [`model`]: the interface the runtime implements ([`ObjectModel`], [`RootSet`]).
//! - [`collect`]: the collection policy ([`Heap::collect`]); the young collection copies
//!   (Cheney), the full collection marks and slides (Lisp-2) and processes `java.lang.ref`.
//!
//! It depends on nothing of ours.

pub mod cards;
pub mod collect;
mod full;
pub mod heap;
pub mod layout;
mod mem;
pub mod model;
mod refs;
mod verify;
mod young;

#[cfg(test)]
mod tests;

pub use cards::{post_write_barrier, post_write_barrier_range};
pub use collect::{GcCause, GcEvent, GcKind, GcRequest};
pub use heap::{Heap, HeapConfig, Tlab};
pub use model::{Layout, ObjectModel, RefKind, ReferenceOffsets, RootSet};
