//! `sun.nio.fs.UnixNativeDispatcher`: the system calls under `java.nio.file` on Unix (paths
//! arrive as NUL-terminated bytes in native memory). Failures throw
//! `sun.nio.fs.UnixException(errno)`, from which the JDK builds `NoSuchFileException`,
//! `AccessDeniedException`, `FileAlreadyExistsException` and the rest.
//!
//! The capabilities reported by `init` are those implemented here: `futimens` and `lutimes`
//! (setting file times); not the `openat` family (so directory streams use `opendir`), not
//! birth times, not extended attributes.

use std::collections::HashMap;
use std::ffi::OsStr;
use std::fs;
use std::io;
use std::os::unix::ffi::{OsStrExt, OsStringExt};
use std::os::unix::fs::{DirBuilderExt, MetadataExt};
use std::path::PathBuf;
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::{Mutex, MutexGuard};

use runtime::klass::BOOT_LOADER;
use runtime::natives::{Env, NativeRegistry};
use runtime::oops::ObjRef;
use runtime::{JResult, Thrown, Value};

use crate::io_support::new_byte_array;
use crate::nio_os::Stat;

const DISPATCHER: &str = "sun/nio/fs/UnixNativeDispatcher";
const ATTRS: &str = "Lsun/nio/fs/UnixFileAttributes;";

/// `SUPPORTS_FUTIMENS | SUPPORTS_LUTIMES` of `UnixNativeDispatcher`.
const CAPABILITIES: i32 = (1 << 3) | (1 << 4);

pub(crate) fn register(r: &NativeRegistry) {
    let d = DISPATCHER;
    r.register(d, "init", "()I", |_| Ok(Value::Int(CAPABILITIES)));
    r.register(d, "getcwd", "()[B", getcwd);
    r.register(d, "strerror", "(I)[B", strerror);
    r.register(d, "stat0", &format!("(J{ATTRS})V"), stat0);
    r.register(d, "lstat0", &format!("(J{ATTRS})V"), lstat0);
    r.register(d, "fstat", &format!("(I{ATTRS})V"), fstat);
    r.register(d, "stat1", "(J)I", stat1);
    r.register(d, "exists0", "(J)Z", exists0);
    r.register(d, "open0", "(JII)I", open0);
    r.register(d, "close0", "(I)V", close0);
    r.register(d, "dup", "(I)I", dup);
    r.register(d, "opendir0", "(J)J", opendir0);
    r.register(d, "readdir", "(J)[B", readdir);
    r.register(d, "closedir", "(J)V", closedir);
    r.register(d, "realpath0", "(J)[B", realpath0);
    r.register(d, "readlink0", "(J)[B", readlink0);
    r.register(d, "access0", "(JI)V", access0);
    r.register(d, "mkdir0", "(JI)V", mkdir0);
    r.register(d, "rmdir0", "(J)V", rmdir0);
    r.register(d, "unlink0", "(J)V", unlink0);
    r.register(d, "rename0", "(JJ)V", rename0);
    r.register(d, "link0", "(JJ)V", link0);
    r.register(d, "symlink0", "(JJ)V", symlink0);
    r.register(d, "chmod0", "(JI)V", chmod0);
    r.register(d, "fchmod", "(II)V", fchmod);
    r.register(d, "futimens", "(IJJ)V", futimens);
    r.register(d, "lutimes0", "(JJJ)V", lutimes0);
    r.register(d, "utimes0", "(JJJ)V", utimes0);
    r.register(d, "read", "(IJI)I", read);
    r.register(d, "getpwuid", "(I)[B", getpwuid);
    r.register(d, "getgrgid", "(I)[B", getgrgid);
    r.register(d, "getpwnam0", "(J)I", getpwnam0);
    r.register(d, "getgrnam0", "(J)I", getgrnam0);
    r.register(
        d,
        "statvfs0",
        "(JLsun/nio/fs/UnixFileStoreAttributes;)V",
        statvfs0,
    );
    r.register(d, "write", "(IJI)I", write);
    r.register("sun/nio/fs/UnixCopyFile", "transfer", "(IIJ)V", transfer);
}

/// Throws `sun.nio.fs.UnixException(errno)`.
pub(crate) fn throw_unix(env: &mut Env<'_>, e: &io::Error) -> Thrown {
    let errno = e.raw_os_error().unwrap_or(libc::EIO);
    match new_unix_exception(env, errno) {
        Ok(x) => env.thread.throw(x),
        Err(t) => t,
    }
}

fn new_unix_exception(env: &mut Env<'_>, errno: i32) -> JResult<ObjRef> {
    let k = runtime::loader::load_class(env.thread, BOOT_LOADER, "sun/nio/fs/UnixException")?;
    runtime::init::initialize(env.thread, k)?;
    let Some(ctor) = k.find_declared_method("<init>", "(I)V") else {
        return Err(env.throw("java/lang/InternalError", "UnixException(int)"));
    };
    let x = runtime::alloc::new_instance(env.thread, k)?;
    let local = env.local(Some(x));
    runtime::interpreter::call_method(env.thread, ctor, &[Value::Ref(Some(x)), Value::Int(errno)])?;
    Ok(env.get(local).unwrap_or(x))
}

/// The NUL-terminated bytes at native `address` (a `NativeBuffer` holding a path).
pub(crate) fn c_bytes_at(address: i64) -> Vec<u8> {
    let mut bytes = Vec::new();
    if address == 0 {
        return bytes;
    }
    let mut p = address as usize;
    loop {
        let b = runtime::oops::raw::get_i8(p, false) as u8;
        if b == 0 {
            return bytes;
        }
        bytes.push(b);
        p += 1;
    }
}

/// The path at native `address`.
fn path_at(address: i64) -> PathBuf {
    PathBuf::from(OsStr::from_bytes(&c_bytes_at(address)))
}

fn getcwd(env: &mut Env<'_>) -> JResult<Value> {
    match std::env::current_dir() {
        Ok(dir) => Ok(Value::Ref(Some(new_byte_array(
            env,
            dir.as_os_str().as_bytes(),
        )?))),
        Err(e) => Err(crate::io_support::throw_io(env, &e)),
    }
}

fn strerror(env: &mut Env<'_>) -> JResult<Value> {
    let text = crate::os::error_text(&io::Error::from_raw_os_error(env.int(0)));
    Ok(Value::Ref(Some(new_byte_array(env, text.as_bytes())?)))
}

fn stat_of(meta: &fs::Metadata) -> Stat {
    Stat {
        mode: meta.mode(),
        ino: meta.ino(),
        dev: meta.dev(),
        rdev: meta.rdev(),
        nlink: meta.nlink(),
        uid: meta.uid(),
        gid: meta.gid(),
        size: meta.size() as i64,
        times: [
            (meta.atime(), meta.atime_nsec()),
            (meta.mtime(), meta.mtime_nsec()),
            (meta.ctime(), meta.ctime_nsec()),
        ],
    }
}

/// Fills a `UnixFileAttributes` object from `st`.
pub(crate) fn fill_attributes(attrs: ObjRef, st: &Stat) {
    let k = attrs.klass();
    let put_i = |name: &str, v: i32| {
        if let Some(f) = k.instance_field(name, "I") {
            attrs.put_i32(f.offset, v);
        }
    };
    let put_j = |name: &str, v: i64| {
        if let Some(f) = k.instance_field(name, "J") {
            attrs.put_i64(f.offset, v);
        }
    };
    put_i("st_mode", st.mode as i32);
    put_j("st_ino", st.ino as i64);
    put_j("st_dev", st.dev as i64);
    put_j("st_rdev", st.rdev as i64);
    put_i("st_nlink", st.nlink as i32);
    put_i("st_uid", st.uid as i32);
    put_i("st_gid", st.gid as i32);
    put_j("st_size", st.size);
    for (i, prefix) in ["st_atime", "st_mtime", "st_ctime"].iter().enumerate() {
        put_j(&format!("{prefix}_sec"), st.times[i].0);
        put_j(&format!("{prefix}_nsec"), st.times[i].1);
    }
}

fn stat_into(env: &mut Env<'_>, meta: io::Result<fs::Metadata>) -> JResult<Value> {
    match meta {
        Ok(meta) => {
            if let Some(attrs) = env.obj(1) {
                fill_attributes(attrs, &stat_of(&meta));
            }
            Ok(Value::Void)
        }
        Err(e) => Err(throw_unix(env, &e)),
    }
}

fn stat0(env: &mut Env<'_>) -> JResult<Value> {
    let meta = fs::metadata(path_at(env.long(0)));
    stat_into(env, meta)
}

fn lstat0(env: &mut Env<'_>) -> JResult<Value> {
    let meta = fs::symlink_metadata(path_at(env.long(0)));
    stat_into(env, meta)
}

fn fstat(env: &mut Env<'_>) -> JResult<Value> {
    match crate::nio_os::fstat(env.int(0)) {
        Ok(st) => {
            if let Some(attrs) = env.obj(1) {
                fill_attributes(attrs, &st);
            }
            Ok(Value::Void)
        }
        Err(e) => Err(throw_unix(env, &e)),
    }
}

/// `stat1`: the mode of a path, 0 when `stat` fails.
fn stat1(env: &mut Env<'_>) -> JResult<Value> {
    let mode = fs::metadata(path_at(env.long(0))).map_or(0, |m| m.mode() as i32);
    Ok(Value::Int(mode))
}

fn exists0(env: &mut Env<'_>) -> JResult<Value> {
    let exists = crate::os::access(&path_at(env.long(0)), libc::F_OK);
    Ok(Value::Int(i32::from(exists)))
}

fn open0(env: &mut Env<'_>) -> JResult<Value> {
    let path = path_at(env.long(0));
    match crate::os::open(&path, env.int(1), env.int(2) as u32) {
        Ok(fd) => Ok(Value::Int(fd)),
        Err(e) => Err(throw_unix(env, &e)),
    }
}

/// `close0`: errors are ignored, as the JDK's native does.
fn close0(env: &mut Env<'_>) -> JResult<Value> {
    let fd = env.int(0);
    if fd >= 0 {
        let _ = crate::os::close(fd);
    }
    Ok(Value::Void)
}

fn dup(env: &mut Env<'_>) -> JResult<Value> {
    match crate::nio_os::dup(env.int(0)) {
        Ok(fd) => Ok(Value::Int(fd)),
        Err(e) => Err(throw_unix(env, &e)),
    }
}

/// Open directory streams by handle (the `long dir` of `opendir`/`readdir`/`closedir`).
static DIRECTORIES: Mutex<Option<HashMap<i64, fs::ReadDir>>> = Mutex::new(None);
static NEXT_DIRECTORY: AtomicI64 = AtomicI64::new(1);

fn directories() -> MutexGuard<'static, Option<HashMap<i64, fs::ReadDir>>> {
    DIRECTORIES
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

fn opendir0(env: &mut Env<'_>) -> JResult<Value> {
    match fs::read_dir(path_at(env.long(0))) {
        Ok(dir) => {
            let handle = NEXT_DIRECTORY.fetch_add(1, Ordering::Relaxed);
            directories()
                .get_or_insert_with(HashMap::new)
                .insert(handle, dir);
            Ok(Value::Long(handle))
        }
        Err(e) => Err(throw_unix(env, &e)),
    }
}

/// `readdir`: the next entry's name, `null` at the end (the JDK skips "." and "..", which
/// the host iterator never returns).
fn readdir(env: &mut Env<'_>) -> JResult<Value> {
    let handle = env.long(0);
    let next = {
        let mut dirs = directories();
        match dirs.as_mut().and_then(|d| d.get_mut(&handle)) {
            Some(dir) => dir.next(),
            None => Some(Err(io::Error::from_raw_os_error(libc::EBADF))),
        }
    };
    match next {
        None => Ok(Value::Ref(None)),
        Some(Ok(entry)) => {
            let name = entry.file_name();
            Ok(Value::Ref(Some(new_byte_array(env, name.as_bytes())?)))
        }
        Some(Err(e)) => Err(throw_unix(env, &e)),
    }
}

fn closedir(env: &mut Env<'_>) -> JResult<Value> {
    let handle = env.long(0);
    let removed = directories().as_mut().and_then(|d| d.remove(&handle));
    match removed {
        Some(_) => Ok(Value::Void),
        None => Err(throw_unix(env, &io::Error::from_raw_os_error(libc::EBADF))),
    }
}

/// A byte-array result of a path operation, or the `UnixException`.
fn bytes_or_throw(env: &mut Env<'_>, r: io::Result<Vec<u8>>) -> JResult<Value> {
    match r {
        Ok(bytes) => Ok(Value::Ref(Some(new_byte_array(env, &bytes)?))),
        Err(e) => Err(throw_unix(env, &e)),
    }
}

fn realpath0(env: &mut Env<'_>) -> JResult<Value> {
    let r = fs::canonicalize(path_at(env.long(0))).map(|p| p.into_os_string().into_vec());
    bytes_or_throw(env, r)
}

fn readlink0(env: &mut Env<'_>) -> JResult<Value> {
    let r = fs::read_link(path_at(env.long(0))).map(|p| p.into_os_string().into_vec());
    bytes_or_throw(env, r)
}

/// A `void` path operation, or the `UnixException`.
fn void_or_throw(env: &mut Env<'_>, r: io::Result<()>) -> JResult<Value> {
    r.map(|()| Value::Void).map_err(|e| throw_unix(env, &e))
}

fn access0(env: &mut Env<'_>) -> JResult<Value> {
    let r = crate::nio_os::access(&path_at(env.long(0)), env.int(1));
    void_or_throw(env, r)
}

fn mkdir0(env: &mut Env<'_>) -> JResult<Value> {
    let mode = env.int(1) as u32;
    let r = fs::DirBuilder::new()
        .mode(mode)
        .create(path_at(env.long(0)));
    void_or_throw(env, r)
}

fn rmdir0(env: &mut Env<'_>) -> JResult<Value> {
    let r = fs::remove_dir(path_at(env.long(0)));
    void_or_throw(env, r)
}

fn unlink0(env: &mut Env<'_>) -> JResult<Value> {
    let r = fs::remove_file(path_at(env.long(0)));
    void_or_throw(env, r)
}

fn rename0(env: &mut Env<'_>) -> JResult<Value> {
    let r = fs::rename(path_at(env.long(0)), path_at(env.long(1)));
    void_or_throw(env, r)
}

fn link0(env: &mut Env<'_>) -> JResult<Value> {
    let r = fs::hard_link(path_at(env.long(0)), path_at(env.long(1)));
    void_or_throw(env, r)
}

/// `symlink0(target, link)`.
fn symlink0(env: &mut Env<'_>) -> JResult<Value> {
    let r = std::os::unix::fs::symlink(path_at(env.long(0)), path_at(env.long(1)));
    void_or_throw(env, r)
}

fn chmod0(env: &mut Env<'_>) -> JResult<Value> {
    use std::os::unix::fs::PermissionsExt;
    let mode = env.int(1) as u32;
    let r = fs::set_permissions(path_at(env.long(0)), fs::Permissions::from_mode(mode));
    void_or_throw(env, r)
}

fn fchmod(env: &mut Env<'_>) -> JResult<Value> {
    let r = crate::nio_os::fchmod(env.int(0), env.int(1) as u32);
    void_or_throw(env, r)
}

/// Splits a time in microseconds into (seconds, nanoseconds).
fn from_micros(us: i64) -> (i64, i64) {
    (us.div_euclid(1_000_000), us.rem_euclid(1_000_000) * 1000)
}

/// `futimens(fd, atime, mtime)`, times in nanoseconds since the epoch.
fn futimens(env: &mut Env<'_>) -> JResult<Value> {
    let split = |ns: i64| (ns.div_euclid(1_000_000_000), ns.rem_euclid(1_000_000_000));
    let r = crate::nio_os::futimens(env.int(0), split(env.long(1)), split(env.long(2)));
    void_or_throw(env, r)
}

/// `utimes0(path, atime, mtime)`, times in microseconds, following links.
fn utimes0(env: &mut Env<'_>) -> JResult<Value> {
    let path = path_at(env.long(0));
    let r = crate::nio_os::utimensat(
        &path,
        from_micros(env.long(1)),
        from_micros(env.long(2)),
        true,
    );
    void_or_throw(env, r)
}

/// `lutimes0(path, atime, mtime)`: as `utimes0` on the link itself.
fn lutimes0(env: &mut Env<'_>) -> JResult<Value> {
    let path = path_at(env.long(0));
    let r = crate::nio_os::utimensat(
        &path,
        from_micros(env.long(1)),
        from_micros(env.long(2)),
        false,
    );
    void_or_throw(env, r)
}

/// `read(fd, address, n)` into native memory.
fn read(env: &mut Env<'_>) -> JResult<Value> {
    let (fd, address, n) = (env.int(0), env.long(1), env.int(2).max(0) as usize);
    let mut buf = vec![0u8; n];
    match crate::os::read(fd, &mut buf) {
        Ok(count) => {
            runtime::oops::raw::copy(buf.as_ptr() as usize, address as usize, count);
            Ok(Value::Int(count as i32))
        }
        Err(e) => Err(throw_unix(env, &e)),
    }
}

/// `write(fd, address, n)` from native memory.
fn write(env: &mut Env<'_>) -> JResult<Value> {
    let (fd, address, n) = (env.int(0), env.long(1), env.int(2).max(0) as usize);
    let mut buf = vec![0u8; n];
    runtime::oops::raw::copy(address as usize, buf.as_mut_ptr() as usize, n);
    match crate::os::write(fd, &buf) {
        Ok(count) => Ok(Value::Int(count as i32)),
        Err(e) => Err(throw_unix(env, &e)),
    }
}

/// `UnixCopyFile.transfer(dst, src, cancel)`: copies the rest of `src` to `dst` (the cancel
/// flag's address is not polled: the copy runs to the end).
fn transfer(env: &mut Env<'_>) -> JResult<Value> {
    let (dst, src) = (env.int(0), env.int(1));
    let mut buf = vec![0u8; 8192];
    loop {
        let n = match crate::os::read(src, &mut buf) {
            Ok(0) => return Ok(Value::Void),
            Ok(n) => n,
            Err(e) => return Err(throw_unix(env, &e)),
        };
        let mut written = 0;
        while written < n {
            match crate::os::write(dst, &buf[written..n]) {
                Ok(w) => written += w,
                Err(e) => return Err(throw_unix(env, &e)),
            }
        }
    }
}

fn getpwuid(env: &mut Env<'_>) -> JResult<Value> {
    let r = crate::nio_os::user_name(env.int(0) as u32);
    bytes_or_throw(env, r)
}

fn getgrgid(env: &mut Env<'_>) -> JResult<Value> {
    let r = crate::nio_os::group_name(env.int(0) as u32);
    bytes_or_throw(env, r)
}

/// `getpwnam0(name)`: the user's id, -1 when there is no such user.
fn getpwnam0(env: &mut Env<'_>) -> JResult<Value> {
    match crate::nio_os::user_id(&c_bytes_at(env.long(0))) {
        Ok(id) => Ok(Value::Int(id.map_or(-1, |id| id as i32))),
        Err(e) => Err(throw_unix(env, &e)),
    }
}

/// `getgrnam0(name)`: the group's id, -1 when there is no such group.
fn getgrnam0(env: &mut Env<'_>) -> JResult<Value> {
    match crate::nio_os::group_id(&c_bytes_at(env.long(0))) {
        Ok(id) => Ok(Value::Int(id.map_or(-1, |id| id as i32))),
        Err(e) => Err(throw_unix(env, &e)),
    }
}

/// `statvfs0(path, attrs)`: the file system's figures into `UnixFileStoreAttributes`.
fn statvfs0(env: &mut Env<'_>) -> JResult<Value> {
    let (frsize, blocks, free, available) = match crate::nio_os::statvfs(&path_at(env.long(0))) {
        Ok(figures) => figures,
        Err(e) => return Err(throw_unix(env, &e)),
    };
    if let Some(attrs) = env.obj(1) {
        let k = attrs.klass();
        for (name, v) in [
            ("f_frsize", frsize),
            ("f_blocks", blocks),
            ("f_bfree", free),
            ("f_bavail", available),
        ] {
            if let Some(f) = k.instance_field(name, "J") {
                attrs.put_i64(f.offset, v as i64);
            }
        }
    }
    Ok(Value::Void)
}
