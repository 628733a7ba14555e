//! What the `java.io` natives share, following libjava's `io_util`: the `FileDescriptor`
//! field protocol (a stream's `fd` field holds a `FileDescriptor` whose int `fd` is the OS
//! descriptor, -1 once closed), copying between Java byte arrays and host buffers, Java strings
//! as host paths, and HotSpot's exceptions (`IOException` whose message is `strerror`'s text,
//! `FileNotFoundException` as "path (reason)").

use std::ffi::OsString;
use std::io;
use std::os::unix::ffi::OsStringExt;
use std::path::PathBuf;

use classfile::descriptor::BaseType;
use runtime::natives::Env;
use runtime::oops::{ARRAY_BASE_OFFSET, ObjRef};
use runtime::{JResult, Thrown};

use crate::os;

/// The `FileDescriptor` object in `obj`'s `fd` field (streams and `RandomAccessFile`).
pub fn fd_object(obj: ObjRef) -> Option<ObjRef> {
    let f = obj
        .klass()
        .instance_field("fd", "Ljava/io/FileDescriptor;")?;
    obj.get_ref(f.offset)
}

/// The OS descriptor of a `FileDescriptor` object (its int `fd` field).
pub fn descriptor_of(fd_obj: ObjRef) -> i32 {
    fd_obj
        .klass()
        .instance_field("fd", "I")
        .map_or(-1, |f| fd_obj.get_i32(f.offset))
}

/// Sets a `FileDescriptor`'s int `fd` field.
pub fn set_descriptor(fd_obj: ObjRef, fd: i32) {
    if let Some(f) = fd_obj.klass().instance_field("fd", "I") {
        fd_obj.put_i32(f.offset, fd);
    }
}

/// Sets a `FileDescriptor`'s `append` field.
pub fn set_append(fd_obj: ObjRef, append: bool) {
    if let Some(f) = fd_obj.klass().instance_field("append", "Z") {
        fd_obj.put_i8(f.offset, i8::from(append));
    }
}

/// The OS descriptor of the stream `obj` (argument 0), or `IOException: Stream Closed`.
pub fn stream_fd(env: &mut Env<'_>) -> JResult<i32> {
    let fd = env.obj(0).and_then(fd_object).map_or(-1, descriptor_of);
    if fd == -1 {
        return Err(env.throw("java/io/IOException", "Stream Closed"));
    }
    Ok(fd)
}

/// Throws `IOException` with the error's `strerror` text (`JNU_ThrowIOExceptionWithLastError`).
pub fn throw_io(env: &mut Env<'_>, e: &io::Error) -> Thrown {
    env.throw("java/io/IOException", &os::error_text(e))
}

/// The Java string argument `i` as a host path (in the platform encoding).
pub fn path_arg(env: &Env<'_>, i: usize) -> Option<PathBuf> {
    let s = env.obj(i)?;
    Some(host_path(env, s))
}

/// A Java string as a host path (in the platform encoding).
pub fn host_path(env: &Env<'_>, s: ObjRef) -> PathBuf {
    let units = runtime::strings::string_utf16(env.thread, s);
    PathBuf::from(OsString::from_vec(crate::jnu::to_platform(&units)))
}

/// A new `String` from host bytes (a file name, a path) in the platform encoding.
pub fn new_platform_string(env: &mut Env<'_>, bytes: &[u8]) -> JResult<ObjRef> {
    let text = crate::jnu::from_platform(bytes);
    runtime::strings::new_string(env.thread, &text)
}

/// Checks `off`/`len` against the array `bytes` (argument `array_arg`) as libjava does: null
/// gives `NullPointerException`, a bad range `IndexOutOfBoundsException`, both without message.
pub fn check_region(env: &mut Env<'_>, array_arg: usize, off: i32, len: i32) -> JResult<ObjRef> {
    let Some(array) = env.obj(array_arg) else {
        return Err(env.throw_no_message("java/lang/NullPointerException"));
    };
    if off < 0 || len < 0 || array.array_length() - off < len {
        return Err(env.throw_no_message("java/lang/IndexOutOfBoundsException"));
    }
    Ok(array)
}

/// Copies `len` bytes of a `byte[]` from index `off` (range already checked).
pub fn read_region(array: ObjRef, off: usize, len: usize) -> Vec<u8> {
    let mut out = vec![0u8; len];
    runtime::oops::raw::copy(
        array.addr() + ARRAY_BASE_OFFSET + off,
        out.as_mut_ptr() as usize,
        len,
    );
    out
}

/// Copies `bytes` into a `byte[]` from index `off` (range already checked).
pub fn write_region(array: ObjRef, off: usize, bytes: &[u8]) {
    runtime::oops::raw::copy(
        bytes.as_ptr() as usize,
        array.addr() + ARRAY_BASE_OFFSET + off,
        bytes.len(),
    );
}

/// A new `String`.
pub fn new_string(env: &mut Env<'_>, s: &str) -> JResult<ObjRef> {
    runtime::strings::new_string(env.thread, s)
}

/// A new array of class `element` (internal name of a boot class) holding `items`, built
/// by `make` (which may allocate: the array is kept in a handle meanwhile).
pub fn new_object_array<T>(
    env: &mut Env<'_>,
    element: &str,
    items: &[T],
    mut make: impl FnMut(&mut Env<'_>, &T) -> JResult<Option<ObjRef>>,
) -> JResult<ObjRef> {
    let k = runtime::loader::load_class(env.thread, runtime::klass::BOOT_LOADER, element)?;
    let array_klass = runtime::loader::array_klass_of(env.thread, Ok(k))?;
    let len = i32::try_from(items.len()).unwrap_or(i32::MAX);
    let array = runtime::alloc::new_array(env.thread, array_klass, len)?;
    let local = env.local(Some(array));
    for (i, item) in items.iter().enumerate().take(len as usize) {
        let v = make(env, item)?;
        let array = env.get(local).unwrap_or(array);
        let slot = ARRAY_BASE_OFFSET + 8 * i;
        array.put_ref(slot, v);
    }
    Ok(env.get(local).unwrap_or(array))
}

/// A new `byte[]` holding `bytes`.
pub fn new_byte_array(env: &mut Env<'_>, bytes: &[u8]) -> JResult<ObjRef> {
    let k = runtime::loader::array_klass_of(env.thread, Err(BaseType::Byte))?;
    let len = i32::try_from(bytes.len()).unwrap_or(i32::MAX);
    let array = runtime::alloc::new_array(env.thread, k, len)?;
    array.set_array_bytes(&bytes[..len as usize]);
    Ok(array)
}
