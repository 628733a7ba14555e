//! The object header and the layout rules every object in the heap follows.
//!
//! ```text
//! offset  0  mark word (u64): lock state, GC age, identity hash, forwarding pointer
//! offset  8  class pointer (u64): address of the runtime's class metadata (`Klass`)
//! offset 16  instances: the first field (fields are laid out by the runtime)
//!            arrays:    the length (i32), then 4 bytes of padding
//! offset 24  arrays: element 0, elements packed at their natural size
//! ```
//!
//! Every object starts and ends on an 8-byte boundary ([`OBJECT_ALIGNMENT`]). A freshly
//! allocated object is all zeroes: a zero mark word is the neutral, unlocked, unhashed state,
//! and all fields and elements are `0`, `0.0`, `false` or `null`.
//!
//! The mark word (bit 0 is the least significant):
//!
//! ```text
//! [1:0]   lock state: 00 neutral, 01 thin-locked, 10 inflated, 11 forwarded (GC only)
//! [5:2]   age: young collections survived (issue 5)
//! [7:6]   reserved for the collector (mark bits)
//! [38:8]  identity hash, 31 bits; 0 means "not yet assigned"
//! thin-locked:  [54:39] owner thread id (16 bits), [63:55] recursion count - 1 (9 bits)
//! inflated:     [63:39] index of the monitor in the runtime's monitor table (25 bits)
//! forwarded:    [63:3]  the new address of the object (the whole word minus the state bits)
//! ```
//!
//! The hash survives locking because thin and inflated locks keep their data in the upper
//! bits instead of displacing the header; a collector that forwards an object copies the mark
//! word to the new copy first.

/// Offset of the mark word.
pub const MARK_OFFSET: usize = 0;
/// Offset of the class pointer.
pub const KLASS_OFFSET: usize = 8;
/// Offset of an array's length (`i32`).
pub const ARRAY_LENGTH_OFFSET: usize = 16;
/// Offset of an array's element 0.
pub const ARRAY_BASE_OFFSET: usize = 24;
/// Offset of an instance's first field.
pub const INSTANCE_FIELDS_OFFSET: usize = 16;
/// Size of the smallest object (a header without fields).
pub const MIN_OBJECT_SIZE: usize = 16;
/// Every object's address and size are multiples of this.
pub const OBJECT_ALIGNMENT: usize = 8;

/// Rounds `size` up to [`OBJECT_ALIGNMENT`].
pub const fn align_object_size(size: usize) -> usize {
    (size + OBJECT_ALIGNMENT - 1) & !(OBJECT_ALIGNMENT - 1)
}

/// Size in bytes of an array of `length` elements of `element_size` bytes each (header
/// included, aligned); `None` if it does not fit in `usize`.
pub const fn array_size(length: usize, element_size: usize) -> Option<usize> {
    match length.checked_mul(element_size) {
        Some(body) => match body.checked_add(ARRAY_BASE_OFFSET + OBJECT_ALIGNMENT - 1) {
            Some(total) => Some(total & !(OBJECT_ALIGNMENT - 1)),
            None => None,
        },
        None => None,
    }
}

/// The mark word's bit fields (see the module documentation).
pub mod mark {
    /// Mask of the lock-state bits.
    pub const LOCK_MASK: u64 = 0b11;
    /// Neutral: not locked, not forwarded.
    pub const NEUTRAL: u64 = 0b00;
    /// Thin-locked by one thread.
    pub const THIN_LOCKED: u64 = 0b01;
    /// Inflated: the lock lives in a monitor of the runtime's table.
    pub const INFLATED: u64 = 0b10;
    /// Forwarded by the collector: the word holds the new address.
    pub const FORWARDED: u64 = 0b11;
    /// Shift of the age bits.
    pub const AGE_SHIFT: u32 = 2;
    /// Mask of the age bits (after shifting).
    pub const AGE_MASK: u64 = 0xf;
    /// Shift of the identity hash.
    pub const HASH_SHIFT: u32 = 8;
    /// Mask of the identity hash (after shifting): 31 bits.
    pub const HASH_MASK: u64 = 0x7fff_ffff;
    /// Shift of the thin lock's owner thread id.
    pub const OWNER_SHIFT: u32 = 39;
    /// Mask of the owner thread id (after shifting): 16 bits.
    pub const OWNER_MASK: u64 = 0xffff;
    /// Shift of a thin lock's recursion count minus one.
    pub const RECURSION_SHIFT: u32 = 55;
    /// Mask of the recursion count minus one (after shifting): 9 bits.
    pub const RECURSION_MASK: u64 = 0x1ff;
    /// Shift of an inflated lock's monitor index.
    pub const MONITOR_SHIFT: u32 = 39;
    /// Mask of the monitor index (after shifting): 25 bits.
    pub const MONITOR_MASK: u64 = 0x1ff_ffff;
    /// The bits every lock state keeps: the age, the GC bits and the hash.
    pub const PRESERVED_MASK: u64 = (1 << OWNER_SHIFT) - 1 - LOCK_MASK;

    /// The identity hash stored in `word`, 0 if none was assigned.
    pub const fn hash(word: u64) -> u32 {
        ((word >> HASH_SHIFT) & HASH_MASK) as u32
    }

    /// `word` with the identity hash set to `hash` (31 bits).
    pub const fn with_hash(word: u64, hash: u32) -> u64 {
        (word & !(HASH_MASK << HASH_SHIFT)) | (((hash as u64) & HASH_MASK) << HASH_SHIFT)
    }

    /// The lock state bits of `word`.
    pub const fn lock_state(word: u64) -> u64 {
        word & LOCK_MASK
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn array_sizes_are_aligned_and_overflow_checked() {
        assert_eq!(array_size(0, 1), Some(24));
        assert_eq!(array_size(1, 1), Some(32));
        assert_eq!(array_size(3, 4), Some(40));
        assert_eq!(array_size(2, 8), Some(40));
        assert_eq!(array_size(usize::MAX, 2), None);
        assert_eq!(align_object_size(17), 24);
    }

    #[test]
    fn hash_bits_survive_lock_bits() {
        let w = mark::with_hash(mark::THIN_LOCKED | (7 << mark::OWNER_SHIFT), 0x7fff_ffff);
        assert_eq!(mark::hash(w), 0x7fff_ffff);
        assert_eq!(mark::lock_state(w), mark::THIN_LOCKED);
        assert_eq!((w >> mark::OWNER_SHIFT) & mark::OWNER_MASK, 7);
        assert_eq!(w & mark::PRESERVED_MASK, 0x7fff_ffff << mark::HASH_SHIFT);
    }
}
