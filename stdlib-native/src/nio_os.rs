//! The host-OS calls of the NIO natives that `std` does not offer on raw descriptors and
//! native memory: full `fstat`, positional reads and writes, `dup`, `futimens`, advisory
//! locks, the descriptor limit.
//!
//! Like `os`, a module of one-call `unsafe` blocks on arguments prepared here; errors carry
//! `errno`, and interruptible calls are retried on `EINTR`.

use std::ffi::{CStr, CString};
use std::io;
use std::os::unix::ffi::OsStrExt;
use std::path::Path;

/// Retries `f` while it fails with `EINTR`; maps -1 to the `errno` error.
fn restartable<T: PartialEq + From<i8>>(mut f: impl FnMut() -> T) -> io::Result<T> {
    loop {
        let r = f();
        if r != T::from(-1) {
            return Ok(r);
        }
        let e = io::Error::last_os_error();
        if e.raw_os_error() != Some(libc::EINTR) {
            return Err(e);
        }
    }
}

/// The `stat` fields `sun.nio.fs.UnixFileAttributes` holds.
#[derive(Debug, Clone, Copy, Default)]
pub struct Stat {
    /// `st_mode`
    pub mode: u32,
    /// `st_ino`
    pub ino: u64,
    /// `st_dev`
    pub dev: u64,
    /// `st_rdev`
    pub rdev: u64,
    /// `st_nlink`
    pub nlink: u64,
    /// `st_uid`
    pub uid: u32,
    /// `st_gid`
    pub gid: u32,
    /// `st_size`
    pub size: i64,
    /// Access, modification and status-change times: (seconds, nanoseconds).
    pub times: [(i64, i64); 3],
}

/// `fstat(fd)` with every field.
pub fn fstat(fd: i32) -> io::Result<Stat> {
    // SAFETY: an all-zero `stat` is a valid value of this plain C struct.
    let mut st: libc::stat = unsafe { std::mem::zeroed() };
    // SAFETY: `st` is writable for the call; a bad `fd` gives EBADF.
    restartable(|| unsafe { libc::fstat(fd, &mut st) })?;
    Ok(Stat {
        mode: st.st_mode,
        ino: st.st_ino,
        dev: st.st_dev,
        rdev: st.st_rdev,
        nlink: st.st_nlink,
        uid: st.st_uid,
        gid: st.st_gid,
        size: st.st_size,
        times: [
            (st.st_atime, st.st_atime_nsec),
            (st.st_mtime, st.st_mtime_nsec),
            (st.st_ctime, st.st_ctime_nsec),
        ],
    })
}

/// `pread(fd, buf, offset)`: bytes read, 0 at end of file.
pub fn pread(fd: i32, buf: &mut [u8], offset: i64) -> io::Result<usize> {
    // SAFETY: `buf` is writable for `buf.len()` bytes.
    let n = restartable(|| unsafe { libc::pread(fd, buf.as_mut_ptr().cast(), buf.len(), offset) })?;
    Ok(n as usize)
}

/// `pwrite(fd, buf, offset)`: bytes written.
pub fn pwrite(fd: i32, buf: &[u8], offset: i64) -> io::Result<usize> {
    // SAFETY: `buf` is readable for `buf.len()` bytes.
    let n = restartable(|| unsafe { libc::pwrite(fd, buf.as_ptr().cast(), buf.len(), offset) })?;
    Ok(n as usize)
}

/// `dup(fd)`.
pub fn dup(fd: i32) -> io::Result<i32> {
    // SAFETY: no pointers; a bad `fd` gives EBADF.
    restartable(|| unsafe { libc::fcntl(fd, libc::F_DUPFD_CLOEXEC, 0) })
}

/// `dup2(from, to)`.
pub fn dup2(from: i32, to: i32) -> io::Result<()> {
    // SAFETY: no pointers; bad descriptors give EBADF.
    restartable(|| unsafe { libc::dup2(from, to) }).map(drop)
}

/// `fdatasync` or `fsync` (`metadata`) of `fd`.
pub fn force(fd: i32, metadata: bool) -> io::Result<()> {
    if metadata {
        return crate::os::fsync(fd);
    }
    // SAFETY: no pointers.
    restartable(|| unsafe { libc::fdatasync(fd) }).map(drop)
}

/// `futimens(fd, [atime, mtime])`, each (seconds, nanoseconds).
pub fn futimens(fd: i32, access: (i64, i64), modified: (i64, i64)) -> io::Result<()> {
    let times = [
        libc::timespec {
            tv_sec: access.0,
            tv_nsec: access.1,
        },
        libc::timespec {
            tv_sec: modified.0,
            tv_nsec: modified.1,
        },
    ];
    // SAFETY: `times` is two timespecs, as futimens requires.
    restartable(|| unsafe { libc::futimens(fd, times.as_ptr()) }).map(drop)
}

/// Sets or clears an advisory `fcntl` lock on `[pos, pos + size)` (`size` 0: to the end of
/// the file). Returns `Ok(false)` when a non-blocking request finds it held.
pub fn lock(fd: i32, blocking: bool, pos: i64, size: i64, kind: i16) -> io::Result<bool> {
    // SAFETY: an all-zero flock is a valid value of this plain C struct.
    let mut fl: libc::flock = unsafe { std::mem::zeroed() };
    fl.l_whence = libc::SEEK_SET as i16;
    fl.l_start = pos;
    fl.l_len = if size == i64::MAX { 0 } else { size };
    fl.l_type = kind;
    let cmd = if blocking {
        libc::F_SETLKW
    } else {
        libc::F_SETLK
    };
    // SAFETY: `fl` is a valid flock for the call.
    match restartable(|| unsafe { libc::fcntl(fd, cmd, &mut fl) }) {
        Ok(_) => Ok(true),
        Err(e)
            if !blocking && matches!(e.raw_os_error(), Some(libc::EAGAIN) | Some(libc::EACCES)) =>
        {
            Ok(false)
        }
        Err(e) => Err(e),
    }
}

/// The soft limit on open descriptors (`RLIMIT_NOFILE`), `i32::MAX` when unlimited.
pub fn descriptor_limit() -> i32 {
    // SAFETY: an all-zero rlimit is a valid value of this plain C struct.
    let mut rl: libc::rlimit = unsafe { std::mem::zeroed() };
    // SAFETY: `rl` is writable for the call.
    if unsafe { libc::getrlimit(libc::RLIMIT_NOFILE, &mut rl) } != 0 {
        return i32::MAX;
    }
    i32::try_from(rl.rlim_cur).unwrap_or(i32::MAX)
}

/// Sets or clears `O_NONBLOCK` on `fd`.
pub fn set_blocking(fd: i32, blocking: bool) -> io::Result<()> {
    // SAFETY: F_GETFL takes no pointer.
    let flags = restartable(|| unsafe { libc::fcntl(fd, libc::F_GETFL) })?;
    let new = if blocking {
        flags & !libc::O_NONBLOCK
    } else {
        flags | libc::O_NONBLOCK
    };
    if new == flags {
        return Ok(());
    }
    // SAFETY: F_SETFL takes an int.
    restartable(|| unsafe { libc::fcntl(fd, libc::F_SETFL, new) }).map(drop)
}

/// `path` as a C string (`EINVAL` if it holds a NUL byte).
fn c_path(path: &Path) -> io::Result<CString> {
    CString::new(path.as_os_str().as_bytes())
        .map_err(|_| io::Error::from_raw_os_error(libc::EINVAL))
}

/// `access(path, mode)`, with the error.
pub fn access(path: &Path, mode: i32) -> io::Result<()> {
    let p = c_path(path)?;
    // SAFETY: `p` is a valid string for the call.
    restartable(|| unsafe { libc::access(p.as_ptr(), mode) }).map(drop)
}

/// `fchmod(fd, mode)`.
pub fn fchmod(fd: i32, mode: u32) -> io::Result<()> {
    // SAFETY: no pointers.
    restartable(|| unsafe { libc::fchmod(fd, mode) }).map(drop)
}

/// Sets the access and modification times of `path`, each (seconds, nanoseconds), following
/// a final symbolic link or not.
pub fn utimensat(
    path: &Path,
    access: (i64, i64),
    modified: (i64, i64),
    follow: bool,
) -> io::Result<()> {
    let p = c_path(path)?;
    let times = [
        libc::timespec {
            tv_sec: access.0,
            tv_nsec: access.1,
        },
        libc::timespec {
            tv_sec: modified.0,
            tv_nsec: modified.1,
        },
    ];
    let flags = if follow { 0 } else { libc::AT_SYMLINK_NOFOLLOW };
    // SAFETY: `p` is a valid string and `times` two timespecs, as utimensat requires.
    restartable(|| unsafe { libc::utimensat(libc::AT_FDCWD, p.as_ptr(), times.as_ptr(), flags) })
        .map(drop)
}

/// How a file region is mapped (`FileChannelImpl.MAP_RO`, `MAP_RW`, `MAP_PV`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MapMode {
    /// Read-only, shared.
    ReadOnly,
    /// Read-write, shared: stores reach the file.
    ReadWrite,
    /// Read-write, private: stores stay in this process.
    Private,
}

/// `mmap(len bytes of fd at offset)`: the address of the mapping.
pub fn map(fd: i32, offset: i64, len: usize, mode: MapMode) -> io::Result<usize> {
    let (prot, flags) = match mode {
        MapMode::ReadOnly => (libc::PROT_READ, libc::MAP_SHARED),
        MapMode::ReadWrite => (libc::PROT_READ | libc::PROT_WRITE, libc::MAP_SHARED),
        MapMode::Private => (libc::PROT_READ | libc::PROT_WRITE, libc::MAP_PRIVATE),
    };
    // SAFETY: a new mapping at an address the kernel chooses: no existing memory is affected;
    // the JDK owns it from here (a MappedByteBuffer) and unmaps it through `unmap`.
    let address = unsafe { libc::mmap(std::ptr::null_mut(), len, prot, flags, fd, offset) };
    if address == libc::MAP_FAILED {
        return Err(io::Error::last_os_error());
    }
    Ok(address as usize)
}

/// `munmap(address, len)` of a mapping made by [`map`].
pub fn unmap(address: usize, len: usize) -> io::Result<()> {
    // SAFETY: the JDK unmaps only mappings `map` returned, once, after its buffer is
    // unreachable (its Cleaner runs this).
    if unsafe { libc::munmap(address as *mut libc::c_void, len) } == -1 {
        return Err(io::Error::last_os_error());
    }
    Ok(())
}

/// `msync(address, len, MS_SYNC)`: writes a shared mapping's stores to its file.
pub fn sync_mapping(address: usize, len: usize) -> io::Result<()> {
    // SAFETY: msync only reads the page tables of the range; a range that is not mapped
    // gives ENOMEM.
    if unsafe { libc::msync(address as *mut libc::c_void, len, libc::MS_SYNC) } == -1 {
        return Err(io::Error::last_os_error());
    }
    Ok(())
}

/// `madvise(address, len, MADV_WILLNEED or MADV_DONTNEED)`.
pub fn advise(address: usize, len: usize, will_need: bool) -> io::Result<()> {
    let advice = if will_need {
        libc::MADV_WILLNEED
    } else {
        libc::MADV_DONTNEED
    };
    // SAFETY: advice on a mapping the JDK owns (a MappedByteBuffer's); DONTNEED on a shared
    // file mapping drops clean pages, which are read back from the file on the next access.
    if unsafe { libc::madvise(address as *mut libc::c_void, len, advice) } == -1 {
        return Err(io::Error::last_os_error());
    }
    Ok(())
}

/// Whether every page of `[address, address + len)` is resident (`mincore`); `address` is
/// page-aligned.
pub fn resident(address: usize, len: usize) -> io::Result<bool> {
    let pages = len.div_ceil(4096);
    let mut vec = vec![0u8; pages + 1];
    // SAFETY: `vec` has room for one byte per page of the range.
    let r = unsafe { libc::mincore(address as *mut libc::c_void, len, vec.as_mut_ptr()) };
    if r == -1 {
        return Err(io::Error::last_os_error());
    }
    Ok(vec[..pages].iter().all(|b| b & 1 == 1))
}

/// The size of the buffers for user and group records.
const ENTRY_BUFFER: usize = 16384;

/// The name of user `uid` (`getpwuid_r`); `ENOENT` when there is none.
pub fn user_name(uid: u32) -> io::Result<Vec<u8>> {
    let mut buf = vec![0 as libc::c_char; ENTRY_BUFFER];
    // SAFETY: an all-zero passwd is a valid value of this plain C struct.
    let mut pw: libc::passwd = unsafe { std::mem::zeroed() };
    let mut found: *mut libc::passwd = std::ptr::null_mut();
    // SAFETY: every pointer is valid for the call and `buf.len()` is its size.
    let r = unsafe { libc::getpwuid_r(uid, &mut pw, buf.as_mut_ptr(), buf.len(), &mut found) };
    if r != 0 {
        return Err(io::Error::from_raw_os_error(r));
    }
    if found.is_null() || pw.pw_name.is_null() {
        return Err(io::Error::from_raw_os_error(libc::ENOENT));
    }
    // SAFETY: on success pw_name is a NUL-terminated string inside `buf`, still alive.
    let name = unsafe { CStr::from_ptr(pw.pw_name) }.to_bytes().to_vec();
    if name.is_empty() {
        return Err(io::Error::from_raw_os_error(libc::ENOENT));
    }
    Ok(name)
}

/// The name of group `gid` (`getgrgid_r`); `ENOENT` when there is none.
pub fn group_name(gid: u32) -> io::Result<Vec<u8>> {
    let mut buf = vec![0 as libc::c_char; ENTRY_BUFFER];
    // SAFETY: an all-zero group is a valid value of this plain C struct.
    let mut gr: libc::group = unsafe { std::mem::zeroed() };
    let mut found: *mut libc::group = std::ptr::null_mut();
    // SAFETY: every pointer is valid for the call and `buf.len()` is its size.
    let r = unsafe { libc::getgrgid_r(gid, &mut gr, buf.as_mut_ptr(), buf.len(), &mut found) };
    if r != 0 {
        return Err(io::Error::from_raw_os_error(r));
    }
    if found.is_null() || gr.gr_name.is_null() {
        return Err(io::Error::from_raw_os_error(libc::ENOENT));
    }
    // SAFETY: on success gr_name is a NUL-terminated string inside `buf`, still alive.
    let name = unsafe { CStr::from_ptr(gr.gr_name) }.to_bytes().to_vec();
    if name.is_empty() {
        return Err(io::Error::from_raw_os_error(libc::ENOENT));
    }
    Ok(name)
}

/// The id of the user named `name` (`getpwnam_r`), `None` when there is none.
pub fn user_id(name: &[u8]) -> io::Result<Option<u32>> {
    let name = CString::new(name).map_err(|_| io::Error::from_raw_os_error(libc::EINVAL))?;
    let mut buf = vec![0 as libc::c_char; ENTRY_BUFFER];
    // SAFETY: an all-zero passwd is a valid value of this plain C struct.
    let mut pw: libc::passwd = unsafe { std::mem::zeroed() };
    let mut found: *mut libc::passwd = std::ptr::null_mut();
    // SAFETY: every pointer is valid for the call and `buf.len()` is its size.
    let r = unsafe {
        libc::getpwnam_r(
            name.as_ptr(),
            &mut pw,
            buf.as_mut_ptr(),
            buf.len(),
            &mut found,
        )
    };
    lookup_result(r, !found.is_null(), pw.pw_uid)
}

/// The id of the group named `name` (`getgrnam_r`), `None` when there is none.
pub fn group_id(name: &[u8]) -> io::Result<Option<u32>> {
    let name = CString::new(name).map_err(|_| io::Error::from_raw_os_error(libc::EINVAL))?;
    let mut buf = vec![0 as libc::c_char; ENTRY_BUFFER];
    // SAFETY: an all-zero group is a valid value of this plain C struct.
    let mut gr: libc::group = unsafe { std::mem::zeroed() };
    let mut found: *mut libc::group = std::ptr::null_mut();
    // SAFETY: every pointer is valid for the call and `buf.len()` is its size.
    let r = unsafe {
        libc::getgrnam_r(
            name.as_ptr(),
            &mut gr,
            buf.as_mut_ptr(),
            buf.len(),
            &mut found,
        )
    };
    lookup_result(r, !found.is_null(), gr.gr_gid)
}

/// A name lookup's outcome as libnio reads it: "not found" errors are no error.
fn lookup_result(r: i32, found: bool, id: u32) -> io::Result<Option<u32>> {
    match r {
        0 if found => Ok(Some(id)),
        0 | libc::ENOENT | libc::ESRCH | libc::EBADF | libc::EPERM => Ok(None),
        e => Err(io::Error::from_raw_os_error(e)),
    }
}

/// `statvfs(path)`: (fragment size, blocks, free blocks, blocks available to users).
pub fn statvfs(path: &Path) -> io::Result<(u64, u64, u64, u64)> {
    let p = c_path(path)?;
    // SAFETY: an all-zero statvfs is a valid value of this plain C struct.
    let mut st: libc::statvfs = unsafe { std::mem::zeroed() };
    // SAFETY: `p` is a valid string and `st` writable for the call.
    restartable(|| unsafe { libc::statvfs(p.as_ptr(), &mut st) })?;
    Ok((st.f_frsize, st.f_blocks, st.f_bfree, st.f_bavail))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positional_io_and_stat_of_a_file() {
        let dir = std::env::temp_dir().join(format!("cortado-nio-os-{}", std::process::id()));
        let _ = std::fs::create_dir_all(&dir);
        let path = dir.join("f");
        let fd = crate::os::open(&path, libc::O_RDWR | libc::O_CREAT | libc::O_TRUNC, 0o640)
            .expect("open");
        assert_eq!(pwrite(fd, b"abcdef", 2).expect("pwrite"), 6);
        let mut buf = [0u8; 4];
        assert_eq!(pread(fd, &mut buf, 4).expect("pread"), 4);
        assert_eq!(&buf, b"cdef");
        let st = fstat(fd).expect("fstat");
        assert_eq!(st.size, 8);
        assert_eq!(st.mode & 0o777, 0o640);
        assert_eq!(st.mode & libc::S_IFMT, libc::S_IFREG);
        futimens(fd, (1, 0), (1_000_000, 5)).expect("futimens");
        assert_eq!(fstat(fd).expect("fstat").times[1], (1_000_000, 5));
        let copy = dup(fd).expect("dup");
        assert_eq!(fstat(copy).expect("fstat").ino, st.ino);
        assert!(lock(fd, false, 0, i64::MAX, libc::F_WRLCK as i16).expect("lock"));
        crate::os::close(copy).expect("close");
        crate::os::close(fd).expect("close");
        assert!(descriptor_limit() > 2);
        let uid = st.uid;
        let name = user_name(uid).expect("the owner has a name");
        assert_eq!(user_id(&name).expect("lookup"), Some(uid));
        let group = group_name(st.gid).expect("the group has a name");
        assert_eq!(group_id(&group).expect("lookup"), Some(st.gid));
        assert_eq!(user_id(b"no-such-user-cortado").expect("lookup"), None);
        let fd = crate::os::open(&path, libc::O_RDWR, 0).expect("reopen");
        let address = map(fd, 0, 8, MapMode::ReadWrite).expect("map");
        assert_eq!(runtime::oops::raw::get_i8(address + 2, false), b'a' as i8);
        runtime::oops::raw::put_i8(address, b'X' as i8, false);
        sync_mapping(address, 8).expect("msync");
        advise(address, 8, true).expect("madvise");
        assert!(resident(address, 8).expect("mincore"));
        unmap(address, 8).expect("unmap");
        let mut first = [0u8; 1];
        assert_eq!(pread(fd, &mut first, 0).expect("pread"), 1);
        assert_eq!(&first, b"X");
        crate::os::close(fd).expect("close");
        let (frsize, blocks, _, _) = statvfs(&dir).expect("statvfs");
        assert!(frsize > 0 && blocks > 0);
        let _ = std::fs::remove_dir_all(&dir);
    }
}
