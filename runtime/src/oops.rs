//! The object model as the VM sees it: [`ObjRef`], the one narrow API through which every
//! header, field and array element is read and written.
//!
//! Layout (see `gc::layout`): mark word at 0, class pointer at 8, array length at 16, array
//! elements from 24, instance fields from 16. Plain accesses are relaxed atomics (a plain `mov`
//! on x86-64, never torn, no data race in Rust's model once threads exist); `_volatile`
//! variants are sequentially consistent. Every reference store calls the GC's write barrier.
//!
//! This is one of the two places in the runtime allowed to use `unsafe`.

use std::ptr::NonNull;
use std::sync::atomic::{AtomicI8, AtomicI16, AtomicI32, AtomicI64, AtomicU64, Ordering};

use gc::layout::{ARRAY_LENGTH_OFFSET, KLASS_OFFSET, MARK_OFFSET};

use crate::klass::Klass;

/// Offset of element 0 of an array (re-exported for natives, which do not depend on `gc`).
pub const ARRAY_BASE_OFFSET: usize = gc::layout::ARRAY_BASE_OFFSET;

/// A non-null reference to an object in the heap: the address of its header. `Option<ObjRef>`
/// is a nullable reference of the same size.
///
/// An `ObjRef` is only valid until the next safepoint: a moving collector may relocate the
/// object. Code that keeps a reference across an allocation or a call into Java holds it in a
/// root the collector knows about (a frame slot, a native handle, a global handle).
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct ObjRef(NonNull<u8>);

// SAFETY: an ObjRef is an address; all accesses through it are atomic.
unsafe impl Send for ObjRef {}
// SAFETY: as above.
unsafe impl Sync for ObjRef {}

impl std::fmt::Debug for ObjRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "ObjRef({:#x} {})", self.addr(), self.klass().name())
    }
}

macro_rules! accessors {
    ($get:ident, $put:ident, $getv:ident, $putv:ident, $t:ty, $atomic:ty) => {
        /// Reads a field or element at byte offset `offset`.
        #[inline(always)]
        pub fn $get(self, offset: usize) -> $t {
            // SAFETY: `offset` comes from the class's field layout or a bounds-checked array
            // index, so it lies inside this live object and is naturally aligned.
            unsafe {
                <$atomic>::from_ptr(self.0.as_ptr().add(offset).cast()).load(Ordering::Relaxed)
            }
        }

        /// Writes a field or element at byte offset `offset`.
        #[inline(always)]
        pub fn $put(self, offset: usize, value: $t) {
            // SAFETY: as for the getter.
            unsafe {
                <$atomic>::from_ptr(self.0.as_ptr().add(offset).cast())
                    .store(value, Ordering::Relaxed)
            }
        }

        /// Reads with volatile (sequentially consistent) semantics.
        #[inline(always)]
        pub fn $getv(self, offset: usize) -> $t {
            // SAFETY: as for the getter.
            unsafe {
                <$atomic>::from_ptr(self.0.as_ptr().add(offset).cast()).load(Ordering::SeqCst)
            }
        }

        /// Writes with volatile (sequentially consistent) semantics.
        #[inline(always)]
        pub fn $putv(self, offset: usize, value: $t) {
            // SAFETY: as for the getter.
            unsafe {
                <$atomic>::from_ptr(self.0.as_ptr().add(offset).cast())
                    .store(value, Ordering::SeqCst)
            }
        }
    };
}

impl ObjRef {
    /// The reference whose header is at `addr`; `None` for 0.
    ///
    /// The VM's trust boundary: `addr` must be the address of a live object (a value that came
    /// from an `ObjRef` and was kept in a root). Verified bytecode and the runtime guarantee it.
    #[inline(always)]
    pub fn from_addr(addr: usize) -> Option<ObjRef> {
        NonNull::new(addr as *mut u8).map(ObjRef)
    }

    /// Wraps freshly allocated memory of at least 16 bytes.
    #[inline(always)]
    pub(crate) fn from_allocation(ptr: NonNull<u8>) -> ObjRef {
        ObjRef(ptr)
    }

    /// The address of the header.
    #[inline(always)]
    pub fn addr(self) -> usize {
        self.0.as_ptr() as usize
    }

    /// The object's class.
    #[inline(always)]
    pub fn klass(self) -> &'static Klass {
        let ptr = self.get_i64(KLASS_OFFSET) as usize as *const Klass;
        // SAFETY: every object gets its class pointer at allocation (before it is published)
        // and class metadata is never freed while the VM lives.
        unsafe { &*ptr }
    }

    /// Installs the class pointer of a new object (allocation only).
    #[inline(always)]
    pub(crate) fn set_klass(self, klass: &'static Klass) {
        self.put_i64(KLASS_OFFSET, klass as *const Klass as usize as i64);
    }

    /// The mark word, read with acquire semantics.
    #[inline(always)]
    pub fn mark(self) -> u64 {
        self.mark_word().load(Ordering::Acquire)
    }

    /// Replaces the mark word `current` by `new` if it still holds `current`.
    #[inline(always)]
    pub fn cas_mark(self, current: u64, new: u64) -> Result<u64, u64> {
        self.mark_word()
            .compare_exchange(current, new, Ordering::AcqRel, Ordering::Acquire)
    }

    fn mark_word(self) -> &'static AtomicU64 {
        // SAFETY: the mark word is the first 8 bytes of every object, 8-byte aligned; the
        // returned reference is only used immediately (the 'static lifetime is never kept).
        unsafe { AtomicU64::from_ptr(self.0.as_ptr().add(MARK_OFFSET).cast()) }
    }

    accessors!(
        get_i8,
        put_i8,
        get_i8_volatile,
        put_i8_volatile,
        i8,
        AtomicI8
    );
    accessors!(
        get_i16,
        put_i16,
        get_i16_volatile,
        put_i16_volatile,
        i16,
        AtomicI16
    );
    accessors!(
        get_i32,
        put_i32,
        get_i32_volatile,
        put_i32_volatile,
        i32,
        AtomicI32
    );
    accessors!(
        get_i64,
        put_i64,
        get_i64_volatile,
        put_i64_volatile,
        i64,
        AtomicI64
    );

    /// Reads a `char` (unsigned 16-bit) at `offset`.
    #[inline(always)]
    pub fn get_u16(self, offset: usize) -> u16 {
        self.get_i16(offset) as u16
    }

    /// Reads a `float` at `offset`.
    #[inline(always)]
    pub fn get_f32(self, offset: usize) -> f32 {
        f32::from_bits(self.get_i32(offset) as u32)
    }

    /// Writes a `float` at `offset`.
    #[inline(always)]
    pub fn put_f32(self, offset: usize, v: f32) {
        self.put_i32(offset, v.to_bits() as i32)
    }

    /// Reads a `double` at `offset`.
    #[inline(always)]
    pub fn get_f64(self, offset: usize) -> f64 {
        f64::from_bits(self.get_i64(offset) as u64)
    }

    /// Writes a `double` at `offset`.
    #[inline(always)]
    pub fn put_f64(self, offset: usize, v: f64) {
        self.put_i64(offset, v.to_bits() as i64)
    }

    /// Reads a reference field or element at `offset`.
    #[inline(always)]
    pub fn get_ref(self, offset: usize) -> Option<ObjRef> {
        ObjRef::from_addr(self.get_i64(offset) as usize)
    }

    /// Writes a reference field or element at `offset`, then runs the write barrier.
    #[inline(always)]
    pub fn put_ref(self, offset: usize, value: Option<ObjRef>) {
        self.put_i64(offset, value.map_or(0, ObjRef::addr) as i64);
        gc::post_write_barrier(self.addr(), self.addr() + offset);
    }

    /// Reads a reference with volatile semantics.
    #[inline(always)]
    pub fn get_ref_volatile(self, offset: usize) -> Option<ObjRef> {
        ObjRef::from_addr(self.get_i64_volatile(offset) as usize)
    }

    /// Writes a reference with volatile semantics, then runs the write barrier.
    #[inline(always)]
    pub fn put_ref_volatile(self, offset: usize, value: Option<ObjRef>) {
        self.put_i64_volatile(offset, value.map_or(0, ObjRef::addr) as i64);
        gc::post_write_barrier(self.addr(), self.addr() + offset);
    }

    /// Compare-and-exchange of a reference field or element: stores `new` if it holds
    /// `expected` (running the write barrier) and returns what it held (the witness).
    pub fn compare_exchange_ref(
        self,
        offset: usize,
        expected: Option<ObjRef>,
        new: Option<ObjRef>,
    ) -> Option<ObjRef> {
        // SAFETY: as for the plain accessors.
        let cell = unsafe { AtomicI64::from_ptr(self.0.as_ptr().add(offset).cast()) };
        let expected = expected.map_or(0, ObjRef::addr) as i64;
        let witness = match cell.compare_exchange(
            expected,
            new.map_or(0, ObjRef::addr) as i64,
            Ordering::SeqCst,
            Ordering::SeqCst,
        ) {
            Ok(v) | Err(v) => v,
        };
        if witness == expected {
            gc::post_write_barrier(self.addr(), self.addr() + offset);
        }
        ObjRef::from_addr(witness as usize)
    }

    /// Compare-and-set of a reference field; runs the write barrier on success.
    pub fn cas_ref(self, offset: usize, expected: Option<ObjRef>, new: Option<ObjRef>) -> bool {
        // SAFETY: as for the plain accessors.
        let cell = unsafe { AtomicI64::from_ptr(self.0.as_ptr().add(offset).cast()) };
        let ok = cell
            .compare_exchange(
                expected.map_or(0, ObjRef::addr) as i64,
                new.map_or(0, ObjRef::addr) as i64,
                Ordering::SeqCst,
                Ordering::SeqCst,
            )
            .is_ok();
        if ok {
            gc::post_write_barrier(self.addr(), self.addr() + offset);
        }
        ok
    }

    /// Compare-and-set of an `int` field.
    pub fn cas_i32(self, offset: usize, expected: i32, new: i32) -> bool {
        // SAFETY: as for the plain accessors.
        let cell = unsafe { AtomicI32::from_ptr(self.0.as_ptr().add(offset).cast()) };
        cell.compare_exchange(expected, new, Ordering::SeqCst, Ordering::SeqCst)
            .is_ok()
    }

    /// Compare-and-set of a `long` field.
    pub fn cas_i64(self, offset: usize, expected: i64, new: i64) -> bool {
        // SAFETY: as for the plain accessors.
        let cell = unsafe { AtomicI64::from_ptr(self.0.as_ptr().add(offset).cast()) };
        cell.compare_exchange(expected, new, Ordering::SeqCst, Ordering::SeqCst)
            .is_ok()
    }

    /// An array's length.
    #[inline(always)]
    pub fn array_length(self) -> i32 {
        self.get_i32(ARRAY_LENGTH_OFFSET)
    }

    /// Sets an array's length (allocation only).
    #[inline(always)]
    pub(crate) fn set_array_length(self, length: i32) {
        self.put_i32(ARRAY_LENGTH_OFFSET, length)
    }

    /// Copies `count` elements of `scale` bytes from `src[src_pos]` to `dst[dst_pos]`, as
    /// `memmove` (overlap allowed). Callers check bounds and types; reference arrays then run
    /// [`ObjRef::array_ref_stores_done`].
    pub fn copy_array_elements(
        src: ObjRef,
        src_pos: usize,
        dst: ObjRef,
        dst_pos: usize,
        count: usize,
        scale: usize,
    ) {
        // SAFETY: the caller checked both ranges against the arrays' lengths, so both spans lie
        // inside live arrays; `copy` handles overlap.
        unsafe {
            let from = src.0.as_ptr().add(ARRAY_BASE_OFFSET + src_pos * scale);
            let to = dst.0.as_ptr().add(ARRAY_BASE_OFFSET + dst_pos * scale);
            std::ptr::copy(from, to, count * scale);
        }
    }

    /// Runs the write barrier once for a bulk store of `count` references at
    /// `dst[dst_pos..]` (every card of the range).
    pub fn array_ref_stores_done(self, dst_pos: usize, count: usize) {
        let from = self.addr() + ARRAY_BASE_OFFSET + dst_pos * 8;
        gc::post_write_barrier_range(self.addr(), from, from + count * 8);
    }

    /// Copies the raw bytes of `len` bytes starting at element 0 of a primitive array into a
    /// vector.
    pub fn array_bytes(self, len: usize) -> Vec<u8> {
        let mut out = vec![0u8; len];
        // SAFETY: the caller passes at most length * element size, inside the live array.
        unsafe {
            std::ptr::copy_nonoverlapping(
                self.0.as_ptr().add(ARRAY_BASE_OFFSET),
                out.as_mut_ptr(),
                len,
            )
        };
        out
    }

    /// Writes `bytes` starting at element 0 of a primitive array.
    pub fn set_array_bytes(self, bytes: &[u8]) {
        // SAFETY: the caller allocated the array with room for `bytes`.
        unsafe {
            std::ptr::copy_nonoverlapping(
                bytes.as_ptr(),
                self.0.as_ptr().add(ARRAY_BASE_OFFSET),
                bytes.len(),
            )
        };
    }

    /// Copies `size` bytes of a whole object (header excluded) from `src` into `self` (used by
    /// `Object.clone`); the caller allocated `self` with the same class and size.
    pub fn copy_body_from(self, src: ObjRef, size: usize) {
        // SAFETY: both objects are live and at least `size` bytes long; they are distinct.
        unsafe {
            std::ptr::copy_nonoverlapping(
                src.0.as_ptr().add(KLASS_OFFSET + 8),
                self.0.as_ptr().add(KLASS_OFFSET + 8),
                size - KLASS_OFFSET - 8,
            )
        };
    }
}

/// The class whose address was stored in a mirror's injected `klass` field; `None` for 0.
pub fn klass_from_addr(addr: usize) -> Option<&'static Klass> {
    let ptr = addr as *const Klass;
    // SAFETY: the only non-zero values of that field are addresses of `&'static Klass`
    // written by `mirror::create_mirror`; class metadata is never freed while the VM lives.
    (!ptr.is_null()).then(|| unsafe { &*ptr })
}

/// Raw memory access at absolute addresses, for `Unsafe` (off-heap memory, or a heap object's
/// address plus an offset computed by trusted JDK code).
pub mod raw {
    use std::alloc::{Layout, alloc_zeroed, dealloc, realloc};
    use std::sync::atomic::{AtomicI8, AtomicI16, AtomicI32, AtomicI64, Ordering};

    /// Bytes kept before each off-heap block to remember its size.
    const HEADER: usize = 16;

    fn layout(size: usize) -> Option<Layout> {
        Layout::from_size_align(size.checked_add(HEADER)?, 16).ok()
    }

    /// Allocates `size` bytes of off-heap memory (`Unsafe.allocateMemory`); `None` if the
    /// system refuses. Size 0 gives a valid unique address.
    pub fn allocate(size: usize) -> Option<usize> {
        let layout = layout(size)?;
        // SAFETY: the layout has a non-zero size (HEADER); the block is initialised below.
        let base = unsafe { alloc_zeroed(layout) };
        if base.is_null() {
            return None;
        }
        // SAFETY: the block is at least HEADER bytes and 16-aligned.
        unsafe { (base as *mut usize).write(size) };
        Some(base as usize + HEADER)
    }

    /// Frees memory from [`allocate`] (0 is ignored).
    pub fn free(address: usize) {
        if address == 0 {
            return;
        }
        let base = (address - HEADER) as *mut u8;
        // SAFETY: `address` came from `allocate`, so its header holds the size it was
        // allocated with, giving back the same layout.
        unsafe {
            let size = (base as *const usize).read();
            if let Some(layout) = layout(size) {
                dealloc(base, layout);
            }
        }
    }

    /// Resizes memory from [`allocate`] (`Unsafe.reallocateMemory`); 0 allocates afresh.
    pub fn reallocate(address: usize, size: usize) -> Option<usize> {
        if address == 0 {
            return allocate(size);
        }
        let base = (address - HEADER) as *mut u8;
        // SAFETY: as for `free`; the new layout keeps the alignment.
        unsafe {
            let old = (base as *const usize).read();
            let new = realloc(base, layout(old)?, size.checked_add(HEADER)?);
            if new.is_null() {
                return None;
            }
            (new as *mut usize).write(size);
            Some(new as usize + HEADER)
        }
    }

    macro_rules! raw_access {
        ($get:ident, $put:ident, $cas:ident, $t:ty, $atomic:ty) => {
            /// Reads at an absolute address (volatile when `volatile`).
            pub fn $get(address: usize, volatile: bool) -> $t {
                let order = if volatile {
                    Ordering::SeqCst
                } else {
                    Ordering::Relaxed
                };
                // SAFETY: Unsafe's contract: the JDK passes addresses of live, aligned memory.
                unsafe { <$atomic>::from_ptr(address as *mut $t).load(order) }
            }

            /// Writes at an absolute address (volatile when `volatile`).
            pub fn $put(address: usize, value: $t, volatile: bool) {
                let order = if volatile {
                    Ordering::SeqCst
                } else {
                    Ordering::Relaxed
                };
                // SAFETY: as for the getter.
                unsafe { <$atomic>::from_ptr(address as *mut $t).store(value, order) }
            }

            /// Compare-and-exchange at an absolute address; returns the previous value.
            pub fn $cas(address: usize, expected: $t, new: $t) -> $t {
                // SAFETY: as for the getter.
                let cell = unsafe { <$atomic>::from_ptr(address as *mut $t) };
                match cell.compare_exchange(expected, new, Ordering::SeqCst, Ordering::SeqCst) {
                    Ok(v) | Err(v) => v,
                }
            }
        };
    }

    raw_access!(get_i8, put_i8, cas_i8, i8, AtomicI8);
    raw_access!(get_i16, put_i16, cas_i16, i16, AtomicI16);
    raw_access!(get_i32, put_i32, cas_i32, i32, AtomicI32);
    raw_access!(get_i64, put_i64, cas_i64, i64, AtomicI64);

    /// `memmove` between absolute addresses.
    pub fn copy(src: usize, dst: usize, bytes: usize) {
        // SAFETY: Unsafe's contract: both ranges are valid memory.
        unsafe { std::ptr::copy(src as *const u8, dst as *mut u8, bytes) }
    }

    /// `memset` at an absolute address.
    pub fn fill(dst: usize, bytes: usize, value: u8) {
        // SAFETY: Unsafe's contract: the range is valid memory.
        unsafe { std::ptr::write_bytes(dst as *mut u8, value, bytes) }
    }
}
