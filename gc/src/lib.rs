//! The heap of Cortado.
//!
//! This crate owns the object header layout ([`layout`]), thread-local allocation buffers and
//! the heap region ([`heap`]), the write barrier ([`post_write_barrier`]), and (issue 5) the
//! generational collector and the root-tracing interface that the runtime implements. It
//! depends on nothing of ours.

pub mod heap;
pub mod layout;

pub use heap::{Heap, Tlab, post_write_barrier};
