//! The dispatch loop's view of the slot stack and of a method's ops, indexed without bounds
//! checks. This is the interpreter's only `unsafe` code. It is sound because of invariants
//! established elsewhere, which every index the loop uses satisfies:
//!
//! 1. Frame fit: a frame is pushed only when `base + method.frame_slots()` is at most the
//!    thread's frame limit, itself at most the slot stack's length (`push_frame`,
//!    `call_native`, the `invoke!` fast path), and the slot stack never shrinks.
//! 2. Validated code ([`super::validate`], run when a method is decoded): locals below
//!    `max_locals`, an operand-stack depth per op within `0..=max_stack` including what the op
//!    pops and pushes, branch, switch and handler targets inside the method, no fall-through off
//!    its end, return ops matching the descriptor.
//! 3. Frame geometry: a frame's `sp` is its stack base plus the validated depth of the op
//!    it is at: 0 on entry, 1 at a handler, and after a call the site's return slots, because
//!    the callee has the site's descriptor (resolution matches descriptors; method-handle
//!    linkers are checked against the site when linked, method-handle targets when called,
//!    a target returning more than the site takes runs nested and the stack is cut back,
//!    natives' results are counted from the descriptor) and its return ops are validated.
//! 4. `pc` is always a validated op index: 0 on entry, a validated target, the op after a
//!    call (which is not the last op, by 2), or a `ret` target checked against the op after a
//!    reachable `jsr` at run time.
//! 5. Buffer validity: the slot stack is allocated once per thread and never reallocated;
//!    the loop takes its pointer after the last access through the thread and takes it again
//!    after every slow path (`sync!` hands the frame to code that may use the thread's stack).
//!
//! Accesses outside the running frame (a method-handle appendix pushed above `max_stack`)
//! use the checked [`Slots::set_checked`]. Debug builds assert every index.

use std::ops::{Index, IndexMut};

use super::ops::Op;

/// The thread's slot stack as the dispatch loop reaches it: the buffer's pointer and length.
/// The loop borrows it when it starts and again after each slow path, and makes no access
/// through it while code that may use the thread's stack runs (5: the pointer is valid).
#[derive(Clone, Copy)]
pub(super) struct Slots {
    ptr: *mut u64,
    len: usize,
}

impl Slots {
    /// Borrows the buffer of `stack`.
    #[inline(always)]
    pub(super) fn borrow(stack: &mut Vec<u64>) -> Slots {
        Slots {
            ptr: stack.as_mut_ptr(),
            len: stack.len(),
        }
    }

    /// The slots as a slice, for code that indexes with checks.
    #[inline(always)]
    pub(super) fn checked(&self) -> &[u64] {
        // SAFETY: `ptr` and `len` are those of the thread's slot stack, which is never
        // reallocated, and nothing else accesses it while the loop holds them (invariant 5).
        unsafe { std::slice::from_raw_parts(self.ptr, self.len) }
    }

    /// Writes slot `i` with a bounds check (for writes outside the running frame's stack).
    #[inline(always)]
    pub(super) fn set_checked(&mut self, i: usize, v: u64) {
        assert!(i < self.len, "slot {i} outside the stack");
        // SAFETY: `i` is inside the buffer (checked above), which is valid (invariant 5).
        unsafe { *self.ptr.add(i) = v }
    }
}

impl Index<usize> for Slots {
    type Output = u64;

    #[inline(always)]
    fn index(&self, i: usize) -> &u64 {
        debug_assert!(i < self.len, "slot {i} outside the stack");
        // SAFETY: the dispatch loop indexes only slots of the running frame, which lie below
        // the stack's length: locals below max_locals and operand slots within the validated
        // depth of the current op (invariants 1-3: frame fit, validated code, frame geometry);
        // the buffer is valid (invariant 5).
        unsafe { &*self.ptr.add(i) }
    }
}

impl IndexMut<usize> for Slots {
    #[inline(always)]
    fn index_mut(&mut self, i: usize) -> &mut u64 {
        debug_assert!(i < self.len, "slot {i} outside the stack");
        // SAFETY: as for `index`: a slot of the running frame, inside the valid buffer
        // (invariants 1-3 and 5).
        unsafe { &mut *self.ptr.add(i) }
    }
}

/// The op at `pc`.
#[inline(always)]
pub(super) fn op_at(ops: &[Op], pc: usize) -> Op {
    debug_assert!(pc < ops.len(), "op {pc} outside the method");
    // SAFETY: `pc` is a validated op index of the running method (module invariant 4), and
    // `ops` (the fused ops) has one op per op of the validated code.
    unsafe { *ops.get_unchecked(pc) }
}
