//! The heap: one reserved region split into an old generation and a young generation (eden
//! and two survivor spaces), with thread-local allocation buffers ([`Tlab`]) carved out of
//! eden and large objects allocated straight into the old generation.
//!
//! ```text
//! old_start          old_end = eden_start      eden_end    s0          s1        young_end
//! | old: bump to old_top, committed up to old_limit | eden       | survivor | survivor |
//! ```
//!
//! Memory is zeroed when it is handed out (a TLAB refill or an old allocation), never when it
//! is freed, so a collection does not pay for it. Space that no object uses inside allocated
//! ranges (the unused tail of a retired TLAB) holds a filler object, so every space can be
//! walked object by object.

use std::io;
use std::ptr::NonNull;

use memmap2::{MmapMut, MmapOptions};
use parking_lot::Mutex;

use crate::cards::{BlockOffsets, CHUNK_SHIFT, CardTable};
use crate::layout::OBJECT_ALIGNMENT;
use crate::mem;

/// Largest TLAB handed out (smaller when eden is small or nearly full).
pub const DEFAULT_TLAB_SIZE: usize = 256 * 1024;

/// Low three bits of a filler's first word (its size is the rest of the word, shifted by 3).
/// Real objects never have lock bits `11` outside a collection, and a forwarding word has bit 2
/// clear (addresses are 8-aligned), so the pattern is unambiguous.
pub(crate) const FILLER_TAG: usize = 0b111;
/// Low three bits of a forwarding word (the new address in the rest).
pub(crate) const FORWARD_TAG: usize = 0b011;

/// A thread-local allocation buffer: `[cursor, limit)` is free, zeroed space owned by one
/// thread.
///
/// The layout is fixed (`repr(C)`, cursor at offset 0, limit at offset 8) so that compiled code
/// can inline the bump: load cursor, add size, compare with limit, store cursor.
#[repr(C)]
#[derive(Debug, Default)]
pub struct Tlab {
    /// Address of the next free byte.
    pub cursor: usize,
    /// End of the buffer (exclusive).
    pub limit: usize,
}

/// Offset of [`Tlab::cursor`] for compiled code.
pub const TLAB_CURSOR_OFFSET: usize = 0;
/// Offset of [`Tlab::limit`] for compiled code.
pub const TLAB_LIMIT_OFFSET: usize = 8;

impl Tlab {
    /// An empty buffer: the first allocation refills it.
    pub const fn new() -> Tlab {
        Tlab {
            cursor: 0,
            limit: 0,
        }
    }

    /// Allocates `size` zeroed bytes (a multiple of [`OBJECT_ALIGNMENT`]) from this buffer,
    /// refilling it from eden when needed; large objects go straight to the old generation.
    /// `None` when the space is exhausted: the caller collects ([`Heap::collect`]) and retries.
    #[inline]
    pub fn allocate(&mut self, heap: &Heap, size: usize) -> Option<NonNull<u8>> {
        debug_assert!(size.is_multiple_of(OBJECT_ALIGNMENT));
        let end = self.cursor.wrapping_add(size);
        if end <= self.limit && end >= self.cursor && self.cursor != 0 {
            let start = self.cursor;
            self.cursor = end;
            return NonNull::new(start as *mut u8);
        }
        heap.allocate_slow(self, size)
    }

    /// Free bytes left in this buffer.
    pub fn remaining(&self) -> usize {
        self.limit.saturating_sub(self.cursor)
    }
}

/// Sizes of a heap (`-Xmx`, `-Xms`, `-Xmn`) and its tenuring threshold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HeapConfig {
    /// The maximum heap size (`-Xmx`).
    pub max_size: usize,
    /// The initial heap size (`-Xms`); default a 64th of physical memory, as HotSpot.
    pub initial_size: Option<usize>,
    /// The young generation's size (`-Xmn`); default a third of the initial heap.
    pub young_size: Option<usize>,
    /// The most young collections an object survives before promotion
    /// (`-XX:MaxTenuringThreshold`); the threshold in use adapts below it to how full the
    /// survivor spaces get, as in HotSpot.
    pub tenuring_threshold: u32,
    /// Check the heap and the roots before and after every collection (slow; debugging).
    pub verify: bool,
    /// Milliseconds a softly reachable referent is kept per free megabyte of the maximum
    /// heap since its reference was last read (`-XX:SoftRefLRUPolicyMSPerMB`, default 1000).
    pub soft_ref_lru_policy_ms_per_mb: u64,
}

impl HeapConfig {
    /// A configuration with HotSpot's defaults for a maximum of `max_size` bytes.
    pub fn new(max_size: usize) -> HeapConfig {
        HeapConfig {
            max_size,
            initial_size: None,
            young_size: None,
            tenuring_threshold: 15,
            verify: false,
            soft_ref_lru_policy_ms_per_mb: 1000,
        }
    }
}

/// The allocation state, changed under the heap's lock (refills, old allocations) or with the
/// world stopped (collections).
#[derive(Debug)]
pub(crate) struct State {
    pub eden_top: usize,
    pub old_top: usize,
    pub old_limit: usize,
    pub from_is_s0: bool,
    pub from_top: usize,
    /// A full collection left live objects beyond eden's end: only full collections run
    /// until one fits them back.
    pub young_overflow: bool,
    pub tenuring_threshold: u32,
    pub max_tenuring_threshold: u32,
    /// Head of the reference-pending list (linked through `Reference.discovered`), 0 if none.
    pub pending_refs: usize,
    /// Bytes a young collection promotes, on average (`usize::MAX` before the first).
    pub avg_promoted: usize,
    /// Bytes in use after the last collection (for the soft-reference policy).
    pub used_at_last_gc: usize,
    pub young_collections: u32,
    pub full_collections: u32,
    pub next_gc_id: u32,
}

/// The Java heap: a reserved contiguous region and its allocation state.
pub struct Heap {
    _map: MmapMut,
    pub(crate) old_start: usize,
    pub(crate) old_end: usize,
    pub(crate) eden_start: usize,
    pub(crate) eden_end: usize,
    pub(crate) s0_start: usize,
    pub(crate) s1_start: usize,
    pub(crate) survivor_size: usize,
    pub(crate) young_end: usize,
    pub(crate) cards: CardTable,
    pub(crate) offsets: BlockOffsets,
    pub(crate) state: Mutex<State>,
    pub(crate) initial_old: usize,
    pub(crate) verify: bool,
    pub(crate) soft_ref_ms_per_mib: u64,
    pub(crate) max_size: usize,
    tlab_size: usize,
    large_size: usize,
}

impl std::fmt::Debug for Heap {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Heap")
            .field("old", &format_args!("{:#x}", self.old_start))
            .field("young", &format_args!("{:#x}", self.eden_start))
            .field("capacity", &self.capacity())
            .field("used", &self.used())
            .finish()
    }
}

const GIB: usize = 1 << CHUNK_SHIFT;

impl Heap {
    /// Reserves a heap of `max_size` bytes with HotSpot's default sizing.
    pub fn new(max_size: usize) -> io::Result<Heap> {
        Heap::with_config(HeapConfig::new(max_size))
    }

    /// Reserves a heap as `config` says. The region is address space only (`MAP_NORESERVE`),
    /// as HotSpot reserves its heap: pages are backed when first touched.
    pub fn with_config(config: HeapConfig) -> io::Result<Heap> {
        let max = config.max_size.max(1 << 20).next_multiple_of(64 * 1024);
        let initial = config
            .initial_size
            .unwrap_or_else(|| physical_memory().map_or(max, |m| (m / 64) as usize))
            .clamp(1 << 20, max);
        let young = config
            .young_size
            .unwrap_or(initial / 3)
            .clamp(256 * 1024, max / 2)
            .next_multiple_of(64 * 1024);
        let survivor = (young / 10).next_multiple_of(OBJECT_ALIGNMENT);
        let eden = young - 2 * survivor;
        let old_max = max - young;
        let total = old_max + young;
        let span = total.next_multiple_of(GIB);
        let mut map = MmapOptions::new()
            .len(span + GIB)
            .no_reserve_swap()
            .map_anon()?;
        let start = (map.as_mut_ptr() as usize).next_multiple_of(GIB);
        let cards = CardTable::new(start, start + span)?;
        let offsets = BlockOffsets::new(start, old_max)?;
        let old_start = start;
        let eden_start = old_start + old_max;
        let initial_old = initial.saturating_sub(young).clamp(64 * 1024, old_max);
        let tlab_size = DEFAULT_TLAB_SIZE.min(eden / 8).max(1024) & !(OBJECT_ALIGNMENT - 1);
        Ok(Heap {
            _map: map,
            old_start,
            old_end: eden_start,
            eden_start,
            eden_end: eden_start + eden,
            s0_start: eden_start + eden,
            s1_start: eden_start + eden + survivor,
            survivor_size: survivor,
            young_end: eden_start + young,
            cards,
            offsets,
            state: Mutex::new(State {
                eden_top: eden_start,
                old_top: old_start,
                old_limit: old_start + initial_old,
                from_is_s0: true,
                from_top: eden_start + eden,
                young_overflow: false,
                tenuring_threshold: config.tenuring_threshold.clamp(1, 15),
                max_tenuring_threshold: config.tenuring_threshold.clamp(1, 15),
                pending_refs: 0,
                avg_promoted: usize::MAX,
                used_at_last_gc: 0,
                young_collections: 0,
                full_collections: 0,
                next_gc_id: 0,
            }),
            initial_old,
            verify: config.verify,
            soft_ref_ms_per_mib: config.soft_ref_lru_policy_ms_per_mb,
            tlab_size,
            large_size: (eden / 8).clamp(16 * 1024, 1 << 20),
            max_size: max,
        })
    }

    /// The default maximum heap size as HotSpot chooses it: a quarter of physical memory
    /// (`MaxRAMPercentage=25`), or 256 MiB if the physical memory cannot be read.
    pub fn default_max_size() -> usize {
        physical_memory().map_or(256 << 20, |m| (m / 4) as usize)
    }

    /// The maximum heap size (`Runtime.maxMemory`: HotSpot leaves one survivor space out).
    pub fn max_capacity(&self) -> usize {
        self.max_size - self.survivor_size
    }

    /// The current capacity (`Runtime.totalMemory`): eden, one survivor space and the old
    /// generation's committed part.
    pub fn capacity(&self) -> usize {
        let st = self.state.lock();
        (self.eden_end - self.eden_start) + self.survivor_size + (st.old_limit - self.old_start)
    }

    /// Bytes in use (TLABs count whole).
    pub fn used(&self) -> usize {
        let st = self.state.lock();
        self.used_locked(&st)
    }

    pub(crate) fn used_locked(&self, st: &State) -> usize {
        let from = if st.young_overflow {
            0
        } else {
            st.from_top - self.survivor_from_start(st)
        };
        (st.eden_top - self.eden_start) + from + (st.old_top - self.old_start)
    }

    pub(crate) fn survivor_from_start(&self, st: &State) -> usize {
        if st.from_is_s0 {
            self.s0_start
        } else {
            self.s1_start
        }
    }

    /// Whether `addr` lies in the heap's reserved region.
    pub fn contains(&self, addr: usize) -> bool {
        addr >= self.old_start && addr < self.young_end
    }

    /// Whether `addr` lies in the young generation.
    pub fn is_young(&self, addr: usize) -> bool {
        addr >= self.eden_start && addr < self.young_end
    }

    /// Start of the reserved region.
    pub fn base(&self) -> usize {
        self.old_start
    }

    /// The card table's biased base for an inlined barrier in compiled code (see
    /// [`CardTable::biased_base`]).
    pub fn card_table_biased_base(&self) -> usize {
        self.cards.biased_base()
    }

    /// Objects of at least this many bytes are allocated in the old generation.
    pub fn large_object_size(&self) -> usize {
        self.large_size
    }

    /// Collections so far: (young, full).
    pub fn collection_counts(&self) -> (u32, u32) {
        let st = self.state.lock();
        (st.young_collections, st.full_collections)
    }

    #[cold]
    fn allocate_slow(&self, tlab: &mut Tlab, size: usize) -> Option<NonNull<u8>> {
        if size >= self.large_size || size > self.tlab_size {
            return self.allocate_old(size);
        }
        self.retire_tlab(tlab);
        let mut st = self.state.lock();
        let free = if st.young_overflow {
            0
        } else {
            self.eden_end - st.eden_top
        };
        let chunk = self.tlab_size.min(free) & !(OBJECT_ALIGNMENT - 1);
        if chunk < size {
            return None;
        }
        let start = st.eden_top;
        st.eden_top += chunk;
        drop(st);
        mem::zero(start, chunk);
        tlab.cursor = start + size;
        tlab.limit = start + chunk;
        NonNull::new(start as *mut u8)
    }

    /// Allocates `size` zeroed bytes in the old generation (large objects); `None` when its
    /// committed part is full.
    pub fn allocate_old(&self, size: usize) -> Option<NonNull<u8>> {
        let mut st = self.state.lock();
        let start = st.old_top;
        let end = start.checked_add(size).filter(|&e| e <= st.old_limit)?;
        st.old_top = end;
        drop(st);
        mem::zero(start, size);
        self.offsets.record(start, size);
        NonNull::new(start as *mut u8)
    }

    /// Gives up the rest of a TLAB, leaving a filler object in its unused tail.
    pub fn retire_tlab(&self, tlab: &mut Tlab) {
        if tlab.cursor != 0 && tlab.cursor < tlab.limit {
            write_filler(tlab.cursor, tlab.limit - tlab.cursor);
        }
        tlab.cursor = 0;
        tlab.limit = 0;
    }

    /// Takes the reference-pending list (`Reference.getAndClearReferencePendingList`): the
    /// address of its first reference, 0 if empty.
    pub fn take_pending_references(&self) -> usize {
        std::mem::take(&mut self.state.lock().pending_refs)
    }

    /// Whether references are pending (`Reference.hasReferencePendingList`).
    pub fn has_pending_references(&self) -> bool {
        self.state.lock().pending_refs != 0
    }
}

/// Writes a filler object over `[start, start + size)`.
pub(crate) fn write_filler(start: usize, size: usize) {
    mem::write(start, (size << 3) | FILLER_TAG);
    if size >= 16 {
        mem::write(start + 8, 0);
    }
}

/// The size of the object or filler at `addr`.
#[inline]
pub(crate) fn size_at(model: &impl crate::ObjectModel, addr: usize) -> usize {
    let word = mem::read(addr);
    if word & 0b111 == FILLER_TAG {
        word >> 3
    } else {
        model.size(addr)
    }
}

/// Physical memory in bytes, from `/proc/meminfo`.
pub(crate) fn physical_memory() -> Option<u64> {
    let text = std::fs::read_to_string("/proc/meminfo").ok()?;
    let line = text.lines().find(|l| l.starts_with("MemTotal:"))?;
    let kib: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    kib.checked_mul(1024)
}
