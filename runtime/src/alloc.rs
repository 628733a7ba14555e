//! Allocation of instances and arrays through the thread's TLAB. When the heap is full the
//! slow path collects (young, then full, then full clearing soft references) and retries;
//! `OutOfMemoryError` (never an abort) when nothing frees enough.

use gc::layout::array_size;
use gc::{GcCause, GcRequest};

use crate::exceptions::{throw_new, throw_out_of_memory};
use crate::klass::Klass;
use crate::oops::ObjRef;
use crate::thread::{JResult, JavaThread};

/// The largest array length HotSpot accepts before "Requested array size exceeds VM limit".
pub const MAX_ARRAY_LENGTH: i32 = i32::MAX - 2;

/// Allocates `size` zeroed bytes (a multiple of 8) and installs the class pointer. May
/// collect: every object the caller holds must be in a root (a frame slot or a handle).
#[inline]
pub fn allocate(thread: &mut JavaThread, klass: &'static Klass, size: usize) -> JResult<ObjRef> {
    if thread.vm.gc.stress_due() {
        crate::collector::collect(thread, stress_request(thread));
    }
    let JavaThread { tlab, vm, .. } = thread;
    match tlab.allocate(&vm.heap, size) {
        Some(ptr) => Ok(install(ptr, klass)),
        None => allocate_slow(thread, klass, size),
    }
}

fn install(ptr: std::ptr::NonNull<u8>, klass: &'static Klass) -> ObjRef {
    let obj = ObjRef::from_allocation(ptr);
    obj.set_klass(klass);
    obj
}

/// The stress mode alternates young and full collections (full ones move old objects too).
fn stress_request(thread: &JavaThread) -> GcRequest {
    let (young, full) = thread.vm.heap.collection_counts();
    GcRequest {
        full: young > full * 3,
        ..GcRequest::new(GcCause::Stress)
    }
}

#[cold]
fn allocate_slow(thread: &mut JavaThread, klass: &'static Klass, size: usize) -> JResult<ObjRef> {
    let heap_max = thread.vm.heap.max_capacity();
    if size <= heap_max {
        let old_bytes = if size >= thread.vm.heap.large_object_size() {
            size
        } else {
            0
        };
        for attempt in 0..3 {
            let request = GcRequest {
                full: attempt > 0,
                clear_soft: attempt > 1,
                old_bytes,
                ..GcRequest::new(GcCause::AllocationFailure)
            };
            crate::collector::collect(thread, request);
            let JavaThread { tlab, vm, .. } = thread;
            if let Some(ptr) = tlab.allocate(&vm.heap, size) {
                return Ok(install(ptr, klass));
            }
        }
    }
    Err(throw_out_of_memory(thread, "Java heap space"))
}

/// A new instance of `klass` with all fields zero (the class must be initialised and
/// instantiable: the caller checks). As in HotSpot, an instance of a class with a finalizer
/// is registered for finalization only when `Object.<init>` returns on it (or when it is a
/// clone), so an object whose construction failed early, or one made by
/// `Unsafe.allocateInstance`, is never finalized.
pub fn new_instance(thread: &mut JavaThread, klass: &'static Klass) -> JResult<ObjRef> {
    allocate(thread, klass, klass.instance_size)
}

/// Registers `obj` with `java.lang.ref.Finalizer` (`Finalizer.register`); returns it (it may
/// have moved).
#[cold]
pub fn register_finalizer(thread: &mut JavaThread, obj: ObjRef) -> JResult<ObjRef> {
    let local = thread.new_local(Some(obj));
    let result = call_finalizer_register(thread, local);
    let obj = thread.local(local).unwrap_or(obj);
    thread.handles.pop();
    result.map(|()| obj)
}

fn call_finalizer_register(thread: &mut JavaThread, local: crate::thread::Local) -> JResult<()> {
    let finalizer =
        crate::loader::load_class(thread, crate::klass::BOOT_LOADER, "java/lang/ref/Finalizer")?;
    crate::init::initialize(thread, finalizer)?;
    let Some(register) = finalizer.find_declared_method("register", "(Ljava/lang/Object;)V") else {
        return Ok(());
    };
    let obj = thread.local(local);
    crate::interpreter::call_method(thread, register, &[crate::vm::Value::Ref(obj)]).map(drop)
}

/// A new array of class `array_klass` with `length` zero elements; throws
/// `NegativeArraySizeException` or `OutOfMemoryError`.
pub fn new_array(
    thread: &mut JavaThread,
    array_klass: &'static Klass,
    length: i32,
) -> JResult<ObjRef> {
    if length < 0 {
        return Err(throw_new(
            thread,
            "java/lang/NegativeArraySizeException",
            &length.to_string(),
        ));
    }
    if length > MAX_ARRAY_LENGTH {
        return Err(throw_out_of_memory(
            thread,
            "Requested array size exceeds VM limit",
        ));
    }
    let Some(size) = array_size(length as usize, array_klass.element_size()) else {
        return Err(throw_out_of_memory(thread, "Java heap space"));
    };
    let obj = allocate(thread, array_klass, size)?;
    obj.set_array_length(length);
    Ok(obj)
}

/// A shallow copy of `obj` (`Object.clone` for arrays and `Cloneable` instances).
pub fn clone_object(thread: &mut JavaThread, obj: ObjRef) -> JResult<ObjRef> {
    let klass = obj.klass();
    let size = object_size(obj);
    let local = thread.new_local(Some(obj));
    let copy = allocate(thread, klass, size)?;
    let src = thread.local(local).unwrap_or(obj);
    thread.handles.pop();
    copy.copy_body_from(src, size);
    if !klass.is_array() || klass.component().is_some() {
        // One barrier over the whole body: the copy's reference slots all lie in it.
        gc::post_write_barrier_range(copy.addr(), copy.addr(), copy.addr() + size);
    }
    if klass.has_finalizer {
        return register_finalizer(thread, copy);
    }
    Ok(copy)
}

/// The size in bytes of an object.
pub fn object_size(obj: ObjRef) -> usize {
    let k = obj.klass();
    if k.is_array() {
        array_size(obj.array_length().max(0) as usize, k.element_size()).unwrap_or(0)
    } else if k.name == "java/lang/Class" && is_mirror_with_statics(obj) {
        mirror_of(obj).map_or(k.instance_size, |m| m.mirror_size)
    } else {
        k.instance_size
    }
}

fn is_mirror_with_statics(obj: ObjRef) -> bool {
    mirror_of(obj).is_some()
}

fn mirror_of(obj: ObjRef) -> Option<&'static Klass> {
    crate::mirror::klass_of_mirror(obj)
}

/// Offsets of every reference slot in `obj` (fields, elements, and a mirror's statics): what
/// the collector scans.
pub fn reference_offsets(obj: ObjRef) -> Vec<usize> {
    let k = obj.klass();
    let mut out = Vec::new();
    if k.is_array() {
        if k.component().is_some() {
            let n = obj.array_length().max(0) as usize;
            out.extend((0..n).map(|i| gc::layout::ARRAY_BASE_OFFSET + 8 * i));
        }
        return out;
    }
    for (start, count) in &k.ref_blocks {
        out.extend((0..*count as usize).map(|i| *start as usize + 8 * i));
    }
    if let Some(m) = mirror_of(obj) {
        let (start, count) = m.static_ref_block;
        out.extend((0..count as usize).map(|i| start as usize + 8 * i));
    }
    out
}
