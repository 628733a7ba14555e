//! `sun.nio.ch` natives for file channels: `IOUtil` (descriptor fields, limits),
//! `FileDispatcherImpl` (reads and writes to and from native memory, positional and
//! scattering variants, seek, size, truncate, force, locks, close), `FileChannelImpl`
//! (allocation granularity, memory-mapped regions; `transferTo` left to the JDK's copying
//! fallback), `FileKey`
//! (`NativeThread` and `preClose0` are in `net_io`).
//!
//! Results follow libnio's conventions: a read of 0 bytes is `IOStatus.EOF` (-1), `EAGAIN`
//! is `IOStatus.UNAVAILABLE` (-2), `EINTR` `IOStatus.INTERRUPTED` (-3), other errors throw
//! `IOException` with `strerror`'s text. Reads and writes at the current position (pipes,
//! sockets) run outside Java and are not restarted after `EINTR`, so that
//! `NativeThread.signal` releases them.

use std::io;

use runtime::natives::{Env, NativeRegistry};
use runtime::oops::{ObjRef, raw};
use runtime::{JResult, Value};

use crate::io_support::{descriptor_of, set_descriptor, throw_io};

const IO_UTIL: &str = "sun/nio/ch/IOUtil";
const DISPATCHER: &str = "sun/nio/ch/FileDispatcherImpl";
const CHANNEL: &str = "sun/nio/ch/FileChannelImpl";
const FD: &str = "Ljava/io/FileDescriptor;";

/// `IOStatus.EOF`
const IOS_EOF: i64 = -1;
/// `IOStatus.UNAVAILABLE`
const IOS_UNAVAILABLE: i64 = -2;
/// `IOStatus.INTERRUPTED`
const IOS_INTERRUPTED: i64 = -3;
/// `IOStatus.UNSUPPORTED_CASE`
const IOS_UNSUPPORTED_CASE: i64 = -6;
/// `FileDispatcherImpl.NO_LOCK`
const NO_LOCK: i32 = -1;
/// Linux's `IOV_MAX`.
const IOV_MAX: i32 = 1024;

pub(crate) fn register(r: &NativeRegistry) {
    r.register(IO_UTIL, "initIDs", "()V", |_| Ok(Value::Void));
    r.register(IO_UTIL, "iovMax", "()I", |_| Ok(Value::Int(IOV_MAX)));
    r.register(IO_UTIL, "fdLimit", "()I", |_| {
        Ok(Value::Int(crate::nio_os::descriptor_limit()))
    });
    r.register(IO_UTIL, "fdVal", &format!("({FD})I"), |e| {
        Ok(Value::Int(e.obj(0).map_or(-1, descriptor_of)))
    });
    r.register(IO_UTIL, "setfdVal", &format!("({FD}I)V"), |e| {
        if let Some(fdo) = e.obj(0) {
            set_descriptor(fdo, e.int(1));
        }
        Ok(Value::Void)
    });
    r.register(
        IO_UTIL,
        "configureBlocking",
        &format!("({FD}Z)V"),
        configure_blocking,
    );
    r.register(IO_UTIL, "randomBytes", "([B)Z", |e| {
        Err(e.throw_no_message("java/lang/UnsupportedOperationException"))
    });
    let d = DISPATCHER;
    r.register(d, "init", "()V", |_| Ok(Value::Void));
    r.register(d, "read0", &format!("({FD}JI)I"), read0);
    r.register(d, "pread0", &format!("({FD}JIJ)I"), pread0);
    r.register(d, "readv0", &format!("({FD}JI)J"), readv0);
    r.register(d, "write0", &format!("({FD}JI)I"), write0);
    r.register(d, "pwrite0", &format!("({FD}JIJ)I"), pwrite0);
    r.register(d, "writev0", &format!("({FD}JI)J"), writev0);
    r.register(d, "seek0", &format!("({FD}J)J"), seek0);
    r.register(d, "force0", &format!("({FD}Z)I"), force0);
    r.register(d, "truncate0", &format!("({FD}J)I"), truncate0);
    r.register(d, "size0", &format!("({FD})J"), size0);
    r.register(d, "lock0", &format!("({FD}ZJJZ)I"), lock0);
    r.register(d, "release0", &format!("({FD}JJ)V"), release0);
    r.register(d, "close0", &format!("({FD})V"), close0);
    r.register(d, "dup0", &format!("({FD}{FD})V"), dup0);
    r.register(d, "closeIntFD", "(I)V", close_int_fd);
    r.register(d, "canTransferToFromOverlappedMap0", "()Z", |_| {
        Ok(Value::Int(1))
    });
    r.register(d, "setDirect0", &format!("({FD})I"), |e| {
        Err(e.throw("java/io/IOException", "DirectIO is not supported"))
    });
    r.register(CHANNEL, "initIDs", "()J", |_| Ok(Value::Long(4096)));
    r.register(CHANNEL, "map0", "(IJJZ)J", map0);
    let mapped = "java/nio/MappedMemoryUtils";
    r.register(mapped, "isLoaded0", "(JJJ)Z", is_loaded0);
    r.register(mapped, "load0", "(JJ)V", |e| advise(e, true));
    r.register(mapped, "unload0", "(JJ)V", |e| advise(e, false));
    r.register(mapped, "force0", &format!("({FD}JJ)V"), force_mapping);
    r.register(CHANNEL, "unmap0", "(JJ)I", unmap0);
    r.register(CHANNEL, "maxDirectTransferSize0", "()I", |_| {
        Ok(Value::Int(0x7fff_f000))
    });
    r.register(CHANNEL, "transferTo0", &format!("({FD}JJ{FD})J"), |_| {
        Ok(Value::Long(IOS_UNSUPPORTED_CASE))
    });
    r.register("sun/nio/ch/FileKey", "initIDs", "()V", |_| Ok(Value::Void));
    r.register(
        "sun/nio/ch/FileKey",
        "init",
        &format!("({FD})V"),
        file_key_init,
    );
}

/// The descriptor of the `FileDescriptor` argument `i`.
fn fd_arg(env: &Env<'_>, i: usize) -> i32 {
    env.obj(i).map_or(-1, descriptor_of)
}

/// libnio's `convertReturnVal`/`convertLongReturnVal`.
pub(crate) fn convert(env: &mut Env<'_>, r: io::Result<usize>, reading: bool) -> JResult<i64> {
    match r {
        Ok(0) if reading => Ok(IOS_EOF),
        Ok(n) => Ok(n as i64),
        Err(e) => match e.raw_os_error() {
            Some(libc::EAGAIN) => Ok(IOS_UNAVAILABLE),
            Some(libc::EINTR) => Ok(IOS_INTERRUPTED),
            _ => Err(throw_io(env, &e)),
        },
    }
}

/// libnio's `handle`: a non-negative result, `IOS_INTERRUPTED`, or the `IOException`.
fn handle(env: &mut Env<'_>, r: io::Result<i64>) -> JResult<i64> {
    match r {
        Ok(v) => Ok(v),
        Err(e) if e.raw_os_error() == Some(libc::EINTR) => Ok(IOS_INTERRUPTED),
        Err(e) => Err(throw_io(env, &e)),
    }
}

/// Reads up to `len` bytes into native memory at `address` (at `offset`, or the current
/// position when `None`).
pub(crate) fn read_to(fd: i32, address: i64, len: i32, offset: Option<i64>) -> io::Result<usize> {
    let mut buf = vec![0u8; len.max(0) as usize];
    let n = match offset {
        Some(pos) => crate::nio_os::pread(fd, &mut buf, pos)?,
        None => crate::net_os::read_once(fd, &mut buf)?,
    };
    raw::copy(buf.as_ptr() as usize, address as usize, n);
    Ok(n)
}

/// Writes `len` bytes from native memory at `address`.
pub(crate) fn write_from(
    fd: i32,
    address: i64,
    len: i32,
    offset: Option<i64>,
) -> io::Result<usize> {
    let mut buf = vec![0u8; len.max(0) as usize];
    raw::copy(address as usize, buf.as_mut_ptr() as usize, buf.len());
    match offset {
        Some(pos) => crate::nio_os::pwrite(fd, &buf, pos),
        None => crate::net_os::write_once(fd, &buf),
    }
}

fn read0(env: &mut Env<'_>) -> JResult<Value> {
    let (fd, address, len) = (fd_arg(env, 0), env.long(1), env.int(2));
    let r = env.thread.blocked(|| read_to(fd, address, len, None));
    Ok(Value::Int(convert(env, r, true)? as i32))
}

fn pread0(env: &mut Env<'_>) -> JResult<Value> {
    let r = read_to(fd_arg(env, 0), env.long(1), env.int(2), Some(env.long(3)));
    Ok(Value::Int(convert(env, r, true)? as i32))
}

fn write0(env: &mut Env<'_>) -> JResult<Value> {
    let (fd, address, len) = (fd_arg(env, 0), env.long(1), env.int(2));
    let r = env.thread.blocked(|| write_from(fd, address, len, None));
    Ok(Value::Int(convert(env, r, false)? as i32))
}

fn pwrite0(env: &mut Env<'_>) -> JResult<Value> {
    let r = write_from(fd_arg(env, 0), env.long(1), env.int(2), Some(env.long(3)));
    Ok(Value::Int(convert(env, r, false)? as i32))
}

/// The (base, length) pairs of the `iovec` array at `address`.
pub(crate) fn iovecs(address: i64, count: i32) -> Vec<(i64, i32)> {
    (0..count.max(0) as usize)
        .map(|i| {
            let entry = address as usize + 16 * i;
            let base = raw::get_i64(entry, false);
            let len = raw::get_i64(entry + 8, false);
            (base, i32::try_from(len).unwrap_or(i32::MAX))
        })
        .collect()
}

/// Runs `op` over each buffer of a scatter/gather list until a short transfer.
pub(crate) fn vectored(
    list: &[(i64, i32)],
    mut op: impl FnMut(i64, i32) -> io::Result<usize>,
) -> io::Result<usize> {
    let mut total = 0;
    for &(base, len) in list {
        match op(base, len) {
            Ok(n) => {
                total += n;
                if n < len.max(0) as usize {
                    break;
                }
            }
            Err(e) if total == 0 => return Err(e),
            Err(_) => break,
        }
    }
    Ok(total)
}

fn readv0(env: &mut Env<'_>) -> JResult<Value> {
    let fd = fd_arg(env, 0);
    let list = iovecs(env.long(1), env.int(2));
    let r = env
        .thread
        .blocked(|| vectored(&list, |base, len| read_to(fd, base, len, None)));
    Ok(Value::Long(convert(env, r, true)?))
}

fn writev0(env: &mut Env<'_>) -> JResult<Value> {
    let fd = fd_arg(env, 0);
    let list = iovecs(env.long(1), env.int(2));
    let r = env
        .thread
        .blocked(|| vectored(&list, |base, len| write_from(fd, base, len, None)));
    Ok(Value::Long(convert(env, r, false)?))
}

/// `seek0(fd, offset)`: the current position for a negative offset, else moves there.
fn seek0(env: &mut Env<'_>) -> JResult<Value> {
    let (fd, offset) = (fd_arg(env, 0), env.long(1));
    let r = if offset < 0 {
        crate::os::lseek(fd, 0, libc::SEEK_CUR)
    } else {
        crate::os::lseek(fd, offset, libc::SEEK_SET)
    };
    Ok(Value::Long(handle(env, r)?))
}

fn force0(env: &mut Env<'_>) -> JResult<Value> {
    let r = crate::nio_os::force(fd_arg(env, 0), env.int(1) != 0).map(|()| 0);
    Ok(Value::Int(handle(env, r)? as i32))
}

fn truncate0(env: &mut Env<'_>) -> JResult<Value> {
    let r = crate::os::ftruncate(fd_arg(env, 0), env.long(1)).map(|()| 0);
    Ok(Value::Int(handle(env, r)? as i32))
}

fn size0(env: &mut Env<'_>) -> JResult<Value> {
    let r = crate::nio_os::fstat(fd_arg(env, 0)).map(|st| st.size);
    Ok(Value::Long(handle(env, r)?))
}

/// `lock0(fd, blocking, pos, size, shared)`: 0 when locked, `NO_LOCK` when a non-blocking
/// request finds the region held.
fn lock0(env: &mut Env<'_>) -> JResult<Value> {
    let kind = if env.int(4) != 0 {
        libc::F_RDLCK
    } else {
        libc::F_WRLCK
    };
    let r = crate::nio_os::lock(
        fd_arg(env, 0),
        env.int(1) != 0,
        env.long(2),
        env.long(3),
        kind as i16,
    );
    match r {
        Ok(true) => Ok(Value::Int(0)),
        Ok(false) => Ok(Value::Int(NO_LOCK)),
        Err(e) => Err(throw_io(env, &e)),
    }
}

fn release0(env: &mut Env<'_>) -> JResult<Value> {
    let r = crate::nio_os::lock(
        fd_arg(env, 0),
        false,
        env.long(1),
        env.long(2),
        libc::F_UNLCK as i16,
    );
    match r {
        Ok(_) => Ok(Value::Void),
        Err(e) => Err(throw_io(env, &e)),
    }
}

/// `close0(fdo)`: closes the descriptor and marks the object closed (-1).
fn close0(env: &mut Env<'_>) -> JResult<Value> {
    let Some(fdo) = env.obj(0) else {
        return Ok(Value::Void);
    };
    let fd = descriptor_of(fdo);
    if fd == -1 {
        return Ok(Value::Void);
    }
    set_descriptor(fdo, -1);
    match crate::os::close(fd) {
        Ok(()) => Ok(Value::Void),
        Err(e) => Err(throw_io(env, &e)),
    }
}

fn dup0(env: &mut Env<'_>) -> JResult<Value> {
    let (from, to) = (fd_arg(env, 0), fd_arg(env, 1));
    match crate::nio_os::dup2(from, to) {
        Ok(()) => Ok(Value::Void),
        Err(e) => Err(throw_io(env, &e)),
    }
}

fn close_int_fd(env: &mut Env<'_>) -> JResult<Value> {
    let fd = env.int(0);
    if fd != -1
        && let Err(e) = crate::os::close(fd)
    {
        return Err(throw_io(env, &e));
    }
    Ok(Value::Void)
}

fn configure_blocking(env: &mut Env<'_>) -> JResult<Value> {
    match crate::nio_os::set_blocking(fd_arg(env, 0), env.int(1) != 0) {
        Ok(()) => Ok(Value::Void),
        Err(e) => Err(throw_io(env, &e)),
    }
}

/// `FileKey.init(fd)`: the file's device and inode into `st_dev`/`st_ino`.
fn file_key_init(env: &mut Env<'_>) -> JResult<Value> {
    let st = match crate::nio_os::fstat(fd_arg(env, 1)) {
        Ok(st) => st,
        Err(e) => return Err(throw_io(env, &e)),
    };
    if let Some(key) = env.obj(0) {
        put_long(key, "st_dev", st.dev as i64);
        put_long(key, "st_ino", st.ino as i64);
    }
    Ok(Value::Void)
}

/// `FileChannelImpl.map0(prot, position, length, isSync)` on the channel's descriptor.
fn map0(env: &mut Env<'_>) -> JResult<Value> {
    let fd = env
        .obj(0)
        .and_then(|channel| {
            let f = channel.klass().instance_field("fd", FD)?;
            channel.get_ref(f.offset)
        })
        .map_or(-1, descriptor_of);
    let mode = match env.int(1) {
        0 => crate::nio_os::MapMode::ReadOnly,
        1 => crate::nio_os::MapMode::ReadWrite,
        _ => crate::nio_os::MapMode::Private,
    };
    if env.int(4) != 0 {
        return Err(env.throw("java/io/IOException", "map with mode MAP_SYNC unsupported"));
    }
    let len = usize::try_from(env.long(3)).unwrap_or(usize::MAX);
    match crate::nio_os::map(fd, env.long(2), len, mode) {
        Ok(address) => Ok(Value::Long(address as i64)),
        Err(e) if e.raw_os_error() == Some(libc::ENOMEM) => {
            Err(env.throw("java/lang/OutOfMemoryError", "Map failed"))
        }
        Err(e) => Err(throw_io(env, &e)),
    }
}

/// `FileChannelImpl.unmap0(address, length)` (static).
fn unmap0(env: &mut Env<'_>) -> JResult<Value> {
    let len = usize::try_from(env.long(1)).unwrap_or(0);
    match crate::nio_os::unmap(env.long(0) as usize, len) {
        Ok(()) => Ok(Value::Int(0)),
        Err(e) => Err(throw_io(env, &e)),
    }
}

/// `MappedMemoryUtils.isLoaded0(address, length, pageCount)`: every page resident.
fn is_loaded0(env: &mut Env<'_>) -> JResult<Value> {
    let len = usize::try_from(env.long(1)).unwrap_or(0);
    let resident = crate::nio_os::resident(env.long(0) as usize, len).unwrap_or(false);
    Ok(Value::Int(i32::from(resident)))
}

/// `load0`/`unload0`: `madvise` with `MADV_WILLNEED`/`MADV_DONTNEED`.
fn advise(env: &mut Env<'_>, will_need: bool) -> JResult<Value> {
    let len = usize::try_from(env.long(1)).unwrap_or(0);
    match crate::nio_os::advise(env.long(0) as usize, len, will_need) {
        Ok(()) => Ok(Value::Void),
        Err(e) => {
            let advice = if will_need {
                "MADV_WILLNEED"
            } else {
                "MADV_DONTNEED"
            };
            let msg = format!(
                "madvise with advise {advice} failed: {}",
                crate::os::error_text(&e)
            );
            Err(env.throw("java/io/IOException", &msg))
        }
    }
}

/// `force0(fd, address, length)`: `msync` of the region.
fn force_mapping(env: &mut Env<'_>) -> JResult<Value> {
    let len = usize::try_from(env.long(2)).unwrap_or(0);
    match crate::nio_os::sync_mapping(env.long(1) as usize, len) {
        Ok(()) => Ok(Value::Void),
        Err(e) => {
            let msg = format!(
                "msync with parameter MS_SYNC failed: {}",
                crate::os::error_text(&e)
            );
            Err(env.throw("java/io/IOException", &msg))
        }
    }
}

fn put_long(obj: ObjRef, name: &str, v: i64) {
    if let Some(f) = obj.klass().instance_field(name, "J") {
        obj.put_i64(f.offset, v);
    }
}
