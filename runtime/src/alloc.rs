//! Allocation of instances and arrays through the thread's TLAB, with `OutOfMemoryError`
//! (never an abort) when the heap is exhausted.

use gc::layout::array_size;

use crate::exceptions::{throw_new, throw_out_of_memory};
use crate::klass::Klass;
use crate::oops::ObjRef;
use crate::thread::{JResult, JavaThread};

/// The largest array length HotSpot accepts before "Requested array size exceeds VM limit".
pub const MAX_ARRAY_LENGTH: i32 = i32::MAX - 2;

/// Allocates `size` zeroed bytes (a multiple of 8) and installs the class pointer.
pub fn allocate(thread: &mut JavaThread, klass: &'static Klass, size: usize) -> JResult<ObjRef> {
    let JavaThread { tlab, vm, .. } = thread;
    match tlab.allocate(&vm.heap, size) {
        Some(ptr) => {
            let obj = ObjRef::from_allocation(ptr);
            obj.set_klass(klass);
            Ok(obj)
        }
        None => Err(throw_out_of_memory(thread, "Java heap space")),
    }
}

/// A new instance of `klass` with all fields zero (the class must be initialised and
/// instantiable: the caller checks).
pub fn new_instance(thread: &mut JavaThread, klass: &'static Klass) -> JResult<ObjRef> {
    allocate(thread, klass, klass.instance_size)
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
        for off in reference_offsets(copy) {
            gc::post_write_barrier(copy.addr(), copy.addr() + off);
        }
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
