//! The card table (one byte per 512-byte card of the heap, dirtied by the write barrier) and
//! the old generation's block-offset table (where the object covering each card starts), which
//! together let a young collection treat the references stored into old objects as roots.
//!
//! The barrier needs no heap argument: every heap covers whole 1 GiB chunks of the address
//! space, and a process-wide table maps each chunk to its heap's biased card-table address,
//! so `post_write_barrier(obj, slot)` is a shift, a load and a byte store.

use std::io;
use std::sync::atomic::{AtomicUsize, Ordering};

use memmap2::{MmapMut, MmapOptions};

use crate::mem;

/// log2 of the card size.
pub const CARD_SHIFT: u32 = 9;
/// Bytes covered by one card.
pub const CARD_SIZE: usize = 1 << CARD_SHIFT;
/// A card no reference store touched since the last collection.
pub const CLEAN: u8 = 0;
/// A card some reference store touched.
pub const DIRTY: u8 = 1;

/// log2 of the address-space chunk a heap owns whole.
pub const CHUNK_SHIFT: u32 = 30;
const CHUNKS: usize = 1 << (47 - CHUNK_SHIFT);

/// For each 1 GiB chunk of the address space, the biased card-table address of the heap that
/// owns it (0: no heap).
static CARD_BASES: [AtomicUsize; CHUNKS] = [const { AtomicUsize::new(0) }; CHUNKS];

/// The write barrier the runtime (and compiled code) runs after every store of a reference
/// into a heap object: dirties the card of `slot`, the address written in `obj`.
#[inline(always)]
pub fn post_write_barrier(obj: usize, slot: usize) {
    let biased = CARD_BASES[(obj >> CHUNK_SHIFT) & (CHUNKS - 1)].load(Ordering::Relaxed);
    if biased != 0 {
        mem::write_u8(biased.wrapping_add(slot >> CARD_SHIFT), DIRTY);
    }
}

/// The write barrier after a bulk store of references into `[from, to)` inside the object at
/// `obj` (an array copy): dirties each card of the range once instead of once per element.
#[inline]
pub fn post_write_barrier_range(obj: usize, from: usize, to: usize) {
    if to <= from {
        return;
    }
    let biased = CARD_BASES[(obj >> CHUNK_SHIFT) & (CHUNKS - 1)].load(Ordering::Relaxed);
    if biased != 0 {
        let first = biased.wrapping_add(from >> CARD_SHIFT);
        let last = biased.wrapping_add((to - 1) >> CARD_SHIFT);
        for card in first..=last {
            mem::write_u8(card, DIRTY);
        }
    }
}

/// A heap's card table, covering `[start, end)`.
pub struct CardTable {
    map: MmapMut,
    start: usize,
    end: usize,
}

impl CardTable {
    /// A clean table for `[start, end)`, both multiples of the chunk size, registered for the
    /// barrier until dropped.
    pub fn new(start: usize, end: usize) -> io::Result<CardTable> {
        let cards = (end - start) >> CARD_SHIFT;
        let mut map = MmapOptions::new().len(cards).no_reserve_swap().map_anon()?;
        let biased = (map.as_mut_ptr() as usize).wrapping_sub(start >> CARD_SHIFT);
        for chunk in (start >> CHUNK_SHIFT)..(end >> CHUNK_SHIFT) {
            CARD_BASES[chunk & (CHUNKS - 1)].store(biased, Ordering::Release);
        }
        Ok(CardTable { map, start, end })
    }

    /// The biased base compiled code uses for the barrier: the card of address `a` is the
    /// byte at `biased_base() + (a >> CARD_SHIFT)`, to be set to [`DIRTY`].
    pub fn biased_base(&self) -> usize {
        (self.map.as_ptr() as usize).wrapping_sub(self.start >> CARD_SHIFT)
    }

    fn byte(&self, addr: usize) -> usize {
        debug_assert!(addr >= self.start && addr < self.end);
        self.map.as_ptr() as usize + ((addr - self.start) >> CARD_SHIFT)
    }

    /// Whether the card of `addr` is dirty.
    pub fn is_dirty(&self, addr: usize) -> bool {
        mem::read_u8(self.byte(addr)) == DIRTY
    }

    /// Dirties the card of `addr`.
    pub fn dirty(&self, addr: usize) {
        mem::write_u8(self.byte(addr), DIRTY);
    }

    /// Cleans every card of `[from, to)`.
    pub fn clear(&self, from: usize, to: usize) {
        if to > from {
            let first = self.byte(from);
            let last = self.byte(to - 1);
            mem::zero(first, last - first + 1);
        }
    }

    /// The first run of consecutive dirty cards of `[from, to)` (`from` card-aligned or not),
    /// as the address range `[start, end)` the run covers; `None` when every card is clean.
    /// Clean cards are skipped eight at a time.
    pub fn next_dirty_run(&self, from: usize, to: usize) -> Option<(usize, usize)> {
        if to <= from {
            return None;
        }
        let first = (from - self.start) >> CARD_SHIFT;
        let last = (to - 1 - self.start) >> CARD_SHIFT;
        let bytes = &self.map[first..=last];
        let mut i = 0;
        while i < bytes.len() {
            if let Some(word) = bytes.get(i..i + 8)
                && u64::from_ne_bytes(word.try_into().unwrap_or([1; 8])) == 0
            {
                i += 8;
                continue;
            }
            if bytes[i] == DIRTY {
                let mut j = i + 1;
                while j < bytes.len() && bytes[j] == DIRTY {
                    j += 1;
                }
                let card = |k: usize| self.start + ((first + k) << CARD_SHIFT);
                return Some((card(i), card(j)));
            }
            i += 1;
        }
        None
    }
}

impl Drop for CardTable {
    fn drop(&mut self) {
        for chunk in (self.start >> CHUNK_SHIFT)..(self.end >> CHUNK_SHIFT) {
            CARD_BASES[chunk & (CHUNKS - 1)].store(0, Ordering::Release);
        }
    }
}

/// For each card of the old generation, the start of the object that covers the card's first
/// byte (in 8-byte words from the generation's start), so that a dirty card can be scanned
/// without walking the generation from its beginning.
pub struct BlockOffsets {
    map: MmapMut,
    start: usize,
}

impl BlockOffsets {
    /// A table for an old generation starting at `start` of at most `size` bytes.
    pub fn new(start: usize, size: usize) -> io::Result<BlockOffsets> {
        let cards = size.div_ceil(CARD_SIZE).max(1);
        let map = MmapOptions::new()
            .len(cards * 4)
            .no_reserve_swap()
            .map_anon()?;
        Ok(BlockOffsets { map, start })
    }

    fn entry(&self, card: usize) -> *mut u32 {
        (self.map.as_ptr() as usize + card * 4) as *mut u32
    }

    /// Records an object at `[obj, obj + size)`: every card whose first byte it covers.
    pub fn record(&self, obj: usize, size: usize) {
        let rel = obj - self.start;
        let first = rel.div_ceil(CARD_SIZE);
        let last = (rel + size - 1) >> CARD_SHIFT;
        let words = (rel / 8) as u32;
        for card in first..=last {
            // SAFETY: `card` indexes a card of the old generation, inside the table's mapping
            // (sized for the whole generation); the world is stopped or the caller holds the
            // heap lock, so nothing else writes the entry.
            unsafe { self.entry(card).write(words) };
        }
    }

    /// The start of the object covering the first byte of the card at `card_start`.
    pub fn object_start(&self, card_start: usize) -> usize {
        let card = (card_start - self.start) >> CARD_SHIFT;
        // SAFETY: as in `record`; the entry was written when the covering object was placed.
        let words = unsafe { self.entry(card).read() };
        self.start + words as usize * 8
    }
}
