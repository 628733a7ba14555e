//! The heap of Cortado.
//!
//! This crate owns the object header layout, thread-local allocation buffers, the generational
//! collector (a copying nursery and a compacting old generation), the card-table write barrier
//! and the root-tracing interface that the runtime implements. It depends on nothing of ours.
