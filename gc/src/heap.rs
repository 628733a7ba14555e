//! The heap: one contiguous reserved region, allocated by bumping a shared pointer, carved into
//! thread-local allocation buffers ([`Tlab`]) for the fast path.
//!
//! No collection happens yet (issue 5): when the region is exhausted, allocation returns `None`
//! and the runtime throws `OutOfMemoryError: Java heap space`. Memory handed out is zero: it
//! comes straight from an anonymous mapping and is never reused before a collector exists (the
//! collector will zero reclaimed space before handing it out again).

use std::io;
use std::ptr::NonNull;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};

use memmap2::{MmapMut, MmapOptions};

use crate::layout::OBJECT_ALIGNMENT;

/// Default TLAB size when the heap is large enough (HotSpot sizes them adaptively; a fixed
/// size is enough until threads and the collector exist).
pub const DEFAULT_TLAB_SIZE: usize = 256 * 1024;

/// Objects at least this large are allocated straight from the shared region, never in a TLAB.
pub const LARGE_OBJECT_SIZE: usize = 64 * 1024;

/// A thread-local allocation buffer: `[cursor, limit)` is free space owned by one thread.
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

    /// Allocates `size` bytes (a multiple of [`OBJECT_ALIGNMENT`]) from this buffer, refilling it
    /// from `heap` when needed; large objects go straight to the shared region. The memory is
    /// zeroed. `None` when the heap is exhausted.
    #[inline]
    pub fn allocate(&mut self, heap: &Heap, size: usize) -> Option<NonNull<u8>> {
        debug_assert!(size.is_multiple_of(OBJECT_ALIGNMENT));
        let end = self.cursor.wrapping_add(size);
        if end <= self.limit && end >= self.cursor && self.cursor != 0 {
            let start = self.cursor;
            self.cursor = end;
            return NonNull::new(start as *mut u8);
        }
        self.allocate_slow(heap, size)
    }

    #[cold]
    fn allocate_slow(&mut self, heap: &Heap, size: usize) -> Option<NonNull<u8>> {
        if size >= LARGE_OBJECT_SIZE || size > heap.tlab_size {
            return heap.allocate_shared(size);
        }
        heap.retire_tlab(self);
        match heap.bump(heap.tlab_size) {
            Some(start) => {
                self.cursor = start + size;
                self.limit = start + heap.tlab_size;
                NonNull::new(start as *mut u8)
            }
            None => heap.allocate_shared(size),
        }
    }

    /// Free bytes left in this buffer.
    pub fn remaining(&self) -> usize {
        self.limit.saturating_sub(self.cursor)
    }
}

/// The Java heap: a reserved contiguous region and its allocation state.
pub struct Heap {
    /// The reserved region; unmapped when the heap is dropped.
    _map: MmapMut,
    base: usize,
    end: usize,
    top: AtomicUsize,
    tlab_size: usize,
    wasted: AtomicU64,
}

impl std::fmt::Debug for Heap {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Heap")
            .field("base", &format_args!("{:#x}", self.base))
            .field("capacity", &self.capacity())
            .field("used", &self.used())
            .finish()
    }
}

impl Heap {
    /// Reserves a heap of `max_size` bytes (rounded up to 8; at least 64 KiB).
    pub fn new(max_size: usize) -> io::Result<Heap> {
        let size = max_size.max(64 * 1024).next_multiple_of(OBJECT_ALIGNMENT);
        // Address space only (`MAP_NORESERVE`), as HotSpot reserves its heap: pages are backed
        // when first touched, so an `-Xmx` beyond physical memory plus swap is accepted.
        let mut map = MmapOptions::new().len(size).no_reserve_swap().map_anon()?;
        let base = map.as_mut_ptr() as usize;
        let tlab_size = DEFAULT_TLAB_SIZE.min(size / 64).max(1024) & !(OBJECT_ALIGNMENT - 1);
        Ok(Heap {
            _map: map,
            base,
            end: base + size,
            top: AtomicUsize::new(base),
            tlab_size,
            wasted: AtomicU64::new(0),
        })
    }

    /// The default maximum heap size as HotSpot chooses it: a quarter of physical memory
    /// (`MaxRAMPercentage=25`), or 256 MiB if the physical memory cannot be read.
    pub fn default_max_size() -> usize {
        physical_memory().map_or(256 << 20, |m| (m / 4) as usize)
    }

    /// Bytes reserved.
    pub fn capacity(&self) -> usize {
        self.end - self.base
    }

    /// Bytes handed out so far (TLABs count whole).
    pub fn used(&self) -> usize {
        self.top.load(Ordering::Relaxed) - self.base
    }

    /// Whether `addr` lies in the allocated part of the heap.
    pub fn contains(&self, addr: usize) -> bool {
        addr >= self.base && addr < self.top.load(Ordering::Acquire)
    }

    /// Start of the reserved region.
    pub fn base(&self) -> usize {
        self.base
    }

    /// Allocates `size` bytes (a multiple of 8) from the shared region with an atomic bump:
    /// the path for large objects and TLAB refills. Zeroed; `None` when exhausted.
    pub fn allocate_shared(&self, size: usize) -> Option<NonNull<u8>> {
        self.bump(size).and_then(|a| NonNull::new(a as *mut u8))
    }

    fn bump(&self, size: usize) -> Option<usize> {
        let mut top = self.top.load(Ordering::Relaxed);
        loop {
            let new_top = top.checked_add(size).filter(|&t| t <= self.end)?;
            match self
                .top
                .compare_exchange_weak(top, new_top, Ordering::AcqRel, Ordering::Relaxed)
            {
                Ok(_) => return Some(top),
                Err(actual) => top = actual,
            }
        }
    }

    /// Gives up the rest of a TLAB (counted as waste until a collector reclaims it).
    pub fn retire_tlab(&self, tlab: &mut Tlab) {
        self.wasted
            .fetch_add(tlab.remaining() as u64, Ordering::Relaxed);
        tlab.cursor = 0;
        tlab.limit = 0;
    }

    /// Bytes of retired TLABs left unused.
    pub fn wasted(&self) -> u64 {
        self.wasted.load(Ordering::Relaxed)
    }
}

/// Physical memory in bytes, from `/proc/meminfo`.
fn physical_memory() -> Option<u64> {
    let text = std::fs::read_to_string("/proc/meminfo").ok()?;
    let line = text.lines().find(|l| l.starts_with("MemTotal:"))?;
    let kib: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    kib.checked_mul(1024)
}

/// The write barrier the runtime calls after every store of a reference into a heap object
/// (`slot` is the address of the field or element in `obj`). A no-op until the generational
/// collector's card table exists (issue 5); every reference store already goes through it.
#[inline(always)]
pub fn post_write_barrier(obj: usize, slot: usize) {
    let _ = (obj, slot);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tlab_bumps_and_exhaustion_returns_none() {
        let heap = Heap::new(1 << 20).unwrap();
        let mut tlab = Tlab::new();
        let a = tlab.allocate(&heap, 32).unwrap().as_ptr() as usize;
        let b = tlab.allocate(&heap, 16).unwrap().as_ptr() as usize;
        assert_eq!(b, a + 32);
        assert!(heap.contains(a));
        let mut count = 0usize;
        while tlab.allocate(&heap, 4096).is_some() {
            count += 1;
        }
        assert!(count > 200 && count < 257, "{count}");
        assert!(heap.allocate_shared(8).is_none() || heap.used() <= heap.capacity());
    }

    #[test]
    fn large_objects_bypass_the_tlab_and_memory_is_zero() {
        let heap = Heap::new(4 << 20).unwrap();
        let mut tlab = Tlab::new();
        let small = tlab.allocate(&heap, 16).unwrap();
        let big = tlab.allocate(&heap, LARGE_OBJECT_SIZE).unwrap();
        assert!(big.as_ptr() as usize >= tlab.limit);
        // SAFETY: `big` points to LARGE_OBJECT_SIZE freshly mapped bytes owned by this test.
        let bytes = unsafe { std::slice::from_raw_parts(big.as_ptr(), LARGE_OBJECT_SIZE) };
        assert!(bytes.iter().all(|&b| b == 0));
        assert_eq!(
            tlab.allocate(&heap, 16).unwrap().as_ptr(),
            small.as_ptr().wrapping_add(16)
        );
    }

    #[test]
    fn default_max_is_a_quarter_of_memory() {
        let m = physical_memory().unwrap();
        assert_eq!(Heap::default_max_size() as u64, m / 4);
    }

    #[test]
    fn a_maximum_beyond_physical_memory_is_only_reserved() {
        let beyond = usize::try_from(physical_memory().unwrap() * 4).unwrap();
        let heap = Heap::new(beyond).expect("reserving address space beyond RAM, as -Xmx may");
        assert_eq!(heap.capacity(), beyond);
        let mut tlab = Tlab::new();
        assert!(tlab.allocate(&heap, 64).is_some());
    }
}
