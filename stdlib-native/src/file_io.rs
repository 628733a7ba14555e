//! `java.io.FileDescriptor`, `FileInputStream`, `FileOutputStream`, `RandomAccessFile` and
//! `FileCleanable`: file descriptors read and written as libjava does on Linux (reads in one
//! `read`, writes looped until every byte is out, `EINTR` retried, descriptors 0-2 redirected
//! to `/dev/null` rather than closed).

use std::ffi::OsStr;
use std::io;
use std::os::unix::ffi::OsStrExt;
use std::path::Path;

use runtime::natives::{Env, NativeRegistry};
use runtime::{JResult, Value};

use crate::io_support::{
    check_region, descriptor_of, fd_object, path_arg, read_region, set_append, set_descriptor,
    stream_fd, throw_io, write_region,
};
use crate::os;

const FD: &str = "java/io/FileDescriptor";
const FIS: &str = "java/io/FileInputStream";
const FOS: &str = "java/io/FileOutputStream";
const RAF: &str = "java/io/RandomAccessFile";

/// `RandomAccessFile`'s mode bits (its `O_*` constants).
const RAF_RDONLY: i32 = 1;
const RAF_RDWR: i32 = 2;
const RAF_SYNC: i32 = 4;
const RAF_DSYNC: i32 = 8;

pub(crate) fn register(r: &NativeRegistry) {
    for class in [FD, FIS, FOS, RAF] {
        r.register(class, "initIDs", "()V", |_| Ok(Value::Void));
    }
    r.register(FD, "getHandle", "(I)J", |_| Ok(Value::Long(-1)));
    r.register(FD, "getAppend", "(I)Z", |e| {
        Ok(Value::Int(os::is_append(e.int(0)).into()))
    });
    r.register(FD, "close0", "()V", fd_close);
    r.register(FD, "sync", "()V", fd_sync);
    r.register(
        "java/io/FileCleanable",
        "cleanupClose0",
        "(IJ)V",
        cleanup_close,
    );

    r.register(FIS, "open0", "(Ljava/lang/String;)V", |e| {
        open_into(e, libc::O_RDONLY)
    });
    r.register(FIS, "read0", "()I", read_single);
    r.register(FIS, "readBytes", "([BII)I", read_bytes);
    r.register(FIS, "length0", "()J", length);
    r.register(FIS, "position0", "()J", position);
    r.register(FIS, "skip0", "(J)J", fis_skip);
    r.register(FIS, "available0", "()I", fis_available);

    r.register(FOS, "open0", "(Ljava/lang/String;Z)V", |e| {
        let append = if e.int(2) != 0 {
            libc::O_APPEND
        } else {
            libc::O_TRUNC
        };
        open_into(e, libc::O_WRONLY | libc::O_CREAT | append)
    });
    r.register(FOS, "write", "(IZ)V", write_single);
    r.register(FOS, "writeBytes", "([BIIZ)V", write_bytes);

    r.register(RAF, "open0", "(Ljava/lang/String;I)V", raf_open);
    r.register(RAF, "read0", "()I", read_single);
    r.register(RAF, "readBytes", "([BII)I", read_bytes);
    r.register(RAF, "write0", "(I)V", write_single);
    r.register(RAF, "writeBytes", "([BII)V", write_bytes);
    r.register(RAF, "getFilePointer", "()J", position);
    r.register(RAF, "seek0", "(J)V", raf_seek);
    r.register(RAF, "length", "()J", length);
    r.register(RAF, "setLength", "(J)V", raf_set_length);
}

/// Opens `path` as `handleOpen` does: directories are refused with `EISDIR`.
fn open_file(path: &Path, flags: i32) -> io::Result<i32> {
    let fd = os::open(path, flags, 0o666)?;
    match os::fstat(fd) {
        Ok(st) if st.is(libc::S_IFDIR) => {
            let _ = os::close(fd);
            Err(io::Error::from_raw_os_error(libc::EISDIR))
        }
        Ok(_) => Ok(fd),
        Err(e) => {
            let _ = os::close(fd);
            Err(e)
        }
    }
}

/// `fileOpen`: opens argument 1 (trailing slashes removed) and stores the descriptor in the
/// receiver's `FileDescriptor`, or throws `FileNotFoundException: path (reason)`.
fn open_into(env: &mut Env<'_>, flags: i32) -> JResult<Value> {
    let Some(path) = path_arg(env, 1) else {
        return Err(env.throw_no_message("java/lang/NullPointerException"));
    };
    // The kernel does not ignore trailing slashes; the first byte always stays.
    let bytes = path.as_os_str().as_bytes();
    let kept = bytes.iter().rposition(|&b| b != b'/').map_or(1, |i| i + 1);
    let host = Path::new(OsStr::from_bytes(&bytes[..kept.min(bytes.len())]));
    match open_file(host, flags) {
        Ok(fd) => {
            if let Some(fdo) = env.obj(0).and_then(fd_object) {
                set_descriptor(fdo, fd);
                set_append(fdo, flags & libc::O_APPEND != 0);
            }
            Ok(Value::Void)
        }
        Err(e) => {
            let name = env
                .obj(1)
                .map(|s| runtime::strings::string_value(env.thread, s))
                .unwrap_or_default();
            let msg = format!("{name} ({})", os::error_text(&e));
            Err(env.throw("java/io/FileNotFoundException", &msg))
        }
    }
}

fn raf_open(env: &mut Env<'_>) -> JResult<Value> {
    let mode = env.int(2);
    let mut flags = 0;
    if mode & RAF_RDONLY != 0 {
        flags = libc::O_RDONLY;
    } else if mode & RAF_RDWR != 0 {
        flags = libc::O_RDWR | libc::O_CREAT;
        if mode & RAF_SYNC != 0 {
            flags |= libc::O_SYNC;
        } else if mode & RAF_DSYNC != 0 {
            flags |= libc::O_DSYNC;
        }
    }
    open_into(env, flags)
}

fn read_single(env: &mut Env<'_>) -> JResult<Value> {
    let fd = stream_fd(env)?;
    let mut b = [0u8; 1];
    // A read may block (a terminal, a pipe): outside Java, so safepoints go on.
    match env.thread.blocked(|| os::read(fd, &mut b)) {
        Ok(0) => Ok(Value::Int(-1)),
        Ok(_) => Ok(Value::Int(i32::from(b[0]))),
        Err(e) => Err(throw_io(env, &e)),
    }
}

/// `readBytes(byte[] b, int off, int len)`: one `read` of at most `len` bytes; -1 at end.
fn read_bytes(env: &mut Env<'_>) -> JResult<Value> {
    let (off, len) = (env.int(2), env.int(3));
    check_region(env, 1, off, len)?;
    if len == 0 {
        return Ok(Value::Int(0));
    }
    let fd = stream_fd(env)?;
    let mut buf = vec![0u8; len as usize];
    // A read may block (a terminal, a pipe): outside Java, so safepoints go on.
    match env.thread.blocked(|| os::read(fd, &mut buf)) {
        Ok(0) => Ok(Value::Int(-1)),
        Ok(n) => {
            // Re-read the array after the call: it may have moved while the read blocked.
            if let Some(array) = env.obj(1) {
                write_region(array, off as usize, &buf[..n]);
            }
            Ok(Value::Int(n as i32))
        }
        Err(e) => Err(throw_io(env, &e)),
    }
}

/// Writes all of `bytes`, re-reading the descriptor before each partial write as libjava
/// does (another thread may close the stream).
fn write_all(env: &mut Env<'_>, bytes: &[u8]) -> JResult<()> {
    let mut done = 0;
    while done < bytes.len() {
        let fd = stream_fd(env)?;
        // A write to a full pipe blocks: outside Java, so safepoints go on.
        match env.thread.blocked(|| os::write(fd, &bytes[done..])) {
            Ok(n) => done += n,
            Err(e) => return Err(throw_io(env, &e)),
        }
    }
    Ok(())
}

/// `write(int b[, boolean append])`: the low 8 bits. Appending needs nothing more here: the
/// descriptor was opened with `O_APPEND`.
fn write_single(env: &mut Env<'_>) -> JResult<Value> {
    let b = env.int(1) as u8;
    write_all(env, &[b])?;
    Ok(Value::Void)
}

fn write_bytes(env: &mut Env<'_>) -> JResult<Value> {
    let (off, len) = (env.int(2), env.int(3));
    let array = check_region(env, 1, off, len)?;
    if len == 0 {
        return Ok(Value::Void);
    }
    let bytes = read_region(array, off as usize, len as usize);
    write_all(env, &bytes)?;
    Ok(Value::Void)
}

/// `length0`/`length`: `fstat`'s size.
fn length(env: &mut Env<'_>) -> JResult<Value> {
    let fd = stream_fd(env)?;
    match os::fstat(fd) {
        Ok(st) => Ok(Value::Long(st.size)),
        Err(e) => Err(throw_io(env, &e)),
    }
}

/// `position0`/`getFilePointer`.
fn position(env: &mut Env<'_>) -> JResult<Value> {
    let fd = stream_fd(env)?;
    match os::lseek(fd, 0, libc::SEEK_CUR) {
        Ok(p) => Ok(Value::Long(p)),
        Err(e) => Err(throw_io(env, &e)),
    }
}

fn fis_skip(env: &mut Env<'_>) -> JResult<Value> {
    let n = env.long(1);
    let fd = stream_fd(env)?;
    let skipped = os::lseek(fd, 0, libc::SEEK_CUR)
        .and_then(|cur| os::lseek(fd, n, libc::SEEK_CUR).map(|end| end - cur));
    match skipped {
        Ok(d) => Ok(Value::Long(d)),
        Err(e) => Err(throw_io(env, &e)),
    }
}

/// `available0`: bytes ready on pipes, sockets and terminals; size minus position for regular
/// files; clamped to `0..=i32::MAX`.
fn fis_available(env: &mut Env<'_>) -> JResult<Value> {
    let fd = stream_fd(env)?;
    match available(fd) {
        Ok(n) => Ok(Value::Int(n.clamp(0, i64::from(i32::MAX)) as i32)),
        Err(e) => Err(throw_io(env, &e)),
    }
}

fn available(fd: i32) -> io::Result<i64> {
    let mut size = -1;
    if let Ok(st) = os::fstat(fd) {
        if st.is(libc::S_IFCHR) || st.is(libc::S_IFIFO) || st.is(libc::S_IFSOCK) {
            if let Ok(n) = os::bytes_ready(fd) {
                return Ok(i64::from(n));
            }
        } else if st.is(libc::S_IFREG) {
            size = st.size;
        }
    }
    let current = os::lseek(fd, 0, libc::SEEK_CUR)?;
    if size < current {
        size = os::lseek(fd, 0, libc::SEEK_END)?;
        os::lseek(fd, current, libc::SEEK_SET)?;
    }
    Ok(size - current)
}

fn raf_seek(env: &mut Env<'_>) -> JResult<Value> {
    let pos = env.long(1);
    let fd = stream_fd(env)?;
    if pos < 0 {
        return Err(env.throw("java/io/IOException", "Negative seek offset"));
    }
    match os::lseek(fd, pos, libc::SEEK_SET) {
        Ok(_) => Ok(Value::Void),
        Err(e) => Err(throw_io(env, &e)),
    }
}

/// `setLength`: truncates or extends, keeping the file pointer unless it is past the end.
fn raf_set_length(env: &mut Env<'_>) -> JResult<Value> {
    let new_length = env.long(1);
    let fd = stream_fd(env)?;
    let result = (|| {
        let cur = os::lseek(fd, 0, libc::SEEK_CUR)?;
        os::ftruncate(fd, new_length)?;
        if cur > new_length {
            os::lseek(fd, 0, libc::SEEK_END)?;
        } else {
            os::lseek(fd, cur, libc::SEEK_SET)?;
        }
        Ok::<(), io::Error>(())
    })();
    match result {
        Ok(()) => Ok(Value::Void),
        Err(e) => Err(throw_io(env, &e)),
    }
}

/// `FileDescriptor.close0`: marks the descriptor closed (-1) first, then closes it, except
/// 0-2 which are pointed at `/dev/null`.
fn fd_close(env: &mut Env<'_>) -> JResult<Value> {
    let Some(this) = env.obj(0) else {
        return Ok(Value::Void);
    };
    let fd = descriptor_of(this);
    if fd == -1 {
        return Ok(Value::Void);
    }
    set_descriptor(this, -1);
    if (0..=2).contains(&fd) {
        if let Err(e) = os::redirect_to_dev_null(fd) {
            set_descriptor(this, fd);
            return Err(throw_io(env, &e));
        }
    } else if let Err(e) = os::close(fd)
        && e.raw_os_error() != Some(libc::EINTR)
    {
        return Err(throw_io(env, &e));
    }
    Ok(Value::Void)
}

fn fd_sync(env: &mut Env<'_>) -> JResult<Value> {
    let fd = env.obj(0).map_or(-1, descriptor_of);
    if os::fsync(fd).is_err() {
        return Err(env.throw("java/io/SyncFailedException", "sync failed"));
    }
    Ok(Value::Void)
}

/// `FileCleanable.cleanupClose0(int fd, long handle)`: closes a descriptor left open by an
/// unreachable stream.
fn cleanup_close(env: &mut Env<'_>) -> JResult<Value> {
    let fd = env.int(0);
    if fd != -1
        && let Err(e) = os::close(fd)
    {
        return Err(throw_io(env, &e));
    }
    Ok(Value::Void)
}
