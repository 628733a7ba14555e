//! Raw word access inside the heap, for the collector only. Every address passed here lies in
//! the heap's reserved mapping (or in a side table the heap owns) and is 8-byte aligned.

use std::sync::atomic::{AtomicU8, AtomicU64, Ordering};

/// Reads the 8-byte word at `addr`.
#[inline(always)]
pub(crate) fn read(addr: usize) -> usize {
    // SAFETY: callers pass aligned addresses inside mappings the heap owns (see module doc);
    // the access is atomic, so it never races with a mutator's atomic accesses.
    unsafe { AtomicU64::from_ptr(addr as *mut u64).load(Ordering::Relaxed) as usize }
}

/// Writes the 8-byte word at `addr`.
#[inline(always)]
pub(crate) fn write(addr: usize, value: usize) {
    // SAFETY: as for `read`.
    unsafe { AtomicU64::from_ptr(addr as *mut u64).store(value as u64, Ordering::Relaxed) }
}

/// Reads the byte at `addr`.
#[inline(always)]
pub(crate) fn read_u8(addr: usize) -> u8 {
    // SAFETY: as for `read` (no alignment needed for a byte).
    unsafe { AtomicU8::from_ptr(addr as *mut u8).load(Ordering::Relaxed) }
}

/// Writes the byte at `addr`.
#[inline(always)]
pub(crate) fn write_u8(addr: usize, value: u8) {
    // SAFETY: as for `read_u8`.
    unsafe { AtomicU8::from_ptr(addr as *mut u8).store(value, Ordering::Relaxed) }
}

/// Copies `len` bytes from `src` to `dst` (the ranges may overlap).
#[inline(always)]
pub(crate) fn copy(src: usize, dst: usize, len: usize) {
    // SAFETY: both ranges lie inside the heap mapping; the world is stopped, so no mutator
    // accesses them concurrently; `copy` allows overlap.
    unsafe { std::ptr::copy(src as *const u8, dst as *mut u8, len) }
}

/// Zeroes `len` bytes at `dst`.
#[inline(always)]
pub(crate) fn zero(dst: usize, len: usize) {
    // SAFETY: the range lies inside the heap mapping and is owned by the caller (a buffer
    // being handed out or space no object uses).
    unsafe { std::ptr::write_bytes(dst as *mut u8, 0, len) }
}
