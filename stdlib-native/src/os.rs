//! The host-OS calls the natives need that `std` does not offer (file descriptors owned by
//! Java objects, `ioctl`, terminal modes, `uname`, user ids, locales, `statvfs`...).
//!
//! As in the other host-call modules (`nio_os`, `process_os`, `net_os`...), each `unsafe`
//! block is one libc call on arguments prepared here. Calls that can fail return
//! `io::Result` carrying `errno`; calls that can be interrupted are retried on `EINTR`, as
//! HotSpot's `RESTARTABLE`.

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

/// `path` as a C string (`EINVAL` if it holds a NUL byte, which `File` rejects before).
fn c_path(path: &Path) -> io::Result<CString> {
    CString::new(path.as_os_str().as_bytes())
        .map_err(|_| io::Error::from_raw_os_error(libc::EINVAL))
}

/// The text `strerror` gives for an error (what HotSpot puts in exception messages).
pub fn error_text(e: &io::Error) -> String {
    let text = e.to_string();
    // std formats OS errors as "<strerror text> (os error N)".
    match text.rfind(" (os error ") {
        Some(i) => text[..i].to_string(),
        None => text,
    }
}

/// `open(path, flags, mode)`.
pub fn open(path: &Path, flags: i32, mode: u32) -> io::Result<i32> {
    let p = c_path(path)?;
    // SAFETY: `p` is a valid NUL-terminated string for the duration of the call.
    restartable(|| unsafe { libc::open(p.as_ptr(), flags | libc::O_CLOEXEC, mode) })
}

/// What `fstat` says about an open file: its `st_mode` and `st_size`.
#[derive(Debug, Clone, Copy)]
pub struct FileStat {
    /// `st_mode` (type and permission bits).
    pub mode: u32,
    /// `st_size` in bytes.
    pub size: i64,
}

impl FileStat {
    /// Whether the file type bits are `kind` (`libc::S_IFDIR`...).
    pub fn is(&self, kind: u32) -> bool {
        self.mode & libc::S_IFMT == kind
    }
}

/// `fstat(fd)`.
pub fn fstat(fd: i32) -> io::Result<FileStat> {
    // SAFETY: an all-zero `stat` is a valid value of this plain C struct.
    let mut st: libc::stat = unsafe { std::mem::zeroed() };
    // SAFETY: `st` is a writable `stat` for the call; a bad `fd` gives EBADF.
    restartable(|| unsafe { libc::fstat(fd, &mut st) })?;
    Ok(FileStat {
        mode: st.st_mode,
        size: st.st_size,
    })
}

/// `read(fd, buf)`: the number of bytes read, 0 at end of file.
pub fn read(fd: i32, buf: &mut [u8]) -> io::Result<usize> {
    // SAFETY: `buf` is writable for `buf.len()` bytes.
    let n = restartable(|| unsafe { libc::read(fd, buf.as_mut_ptr().cast(), buf.len()) })?;
    Ok(n as usize)
}

/// `write(fd, buf)`: the number of bytes written (possibly fewer than `buf.len()`).
pub fn write(fd: i32, buf: &[u8]) -> io::Result<usize> {
    // SAFETY: `buf` is readable for `buf.len()` bytes.
    let n = restartable(|| unsafe { libc::write(fd, buf.as_ptr().cast(), buf.len()) })?;
    Ok(n as usize)
}

/// `lseek(fd, offset, whence)`: the new offset.
pub fn lseek(fd: i32, offset: i64, whence: i32) -> io::Result<i64> {
    // SAFETY: no pointers; a bad `fd` gives EBADF.
    restartable(|| unsafe { libc::lseek(fd, offset, whence) })
}

/// `close(fd)` (not retried: after EINTR the descriptor is already released on Linux).
pub fn close(fd: i32) -> io::Result<()> {
    // SAFETY: the caller owns `fd` (a Java `FileDescriptor` that it has just marked closed).
    if unsafe { libc::close(fd) } == -1 {
        return Err(io::Error::last_os_error());
    }
    Ok(())
}

/// Points `fd` at `/dev/null` (how the JDK "closes" descriptors 0, 1 and 2).
pub fn redirect_to_dev_null(fd: i32) -> io::Result<()> {
    let null = open(Path::new("/dev/null"), libc::O_WRONLY, 0)?;
    // SAFETY: both descriptors are open; dup2 replaces `fd` atomically.
    let r = restartable(|| unsafe { libc::dup2(null, fd) });
    let _ = close(null);
    r.map(drop)
}

/// `fsync(fd)`.
pub fn fsync(fd: i32) -> io::Result<()> {
    // SAFETY: no pointers.
    restartable(|| unsafe { libc::fsync(fd) }).map(drop)
}

/// `ftruncate(fd, length)`.
pub fn ftruncate(fd: i32, length: i64) -> io::Result<()> {
    // SAFETY: no pointers.
    restartable(|| unsafe { libc::ftruncate(fd, length) }).map(drop)
}

/// `ioctl(fd, FIONREAD)`: bytes ready to read on a pipe, socket or terminal.
pub fn bytes_ready(fd: i32) -> io::Result<i32> {
    let mut n: libc::c_int = 0;
    // SAFETY: FIONREAD writes one int to the pointer given.
    restartable(|| unsafe { libc::ioctl(fd, libc::FIONREAD, &mut n) })?;
    Ok(n)
}

/// Whether `fd`'s status flags include `O_APPEND`, computed as libjava does: a descriptor
/// that is not open (`fcntl` gives -1, all bits set) counts as appending.
pub fn is_append(fd: i32) -> bool {
    // SAFETY: F_GETFL takes no pointer.
    let flags = unsafe { libc::fcntl(fd, libc::F_GETFL) };
    flags & libc::O_APPEND != 0
}

/// Whether `fd` is a terminal.
pub fn is_tty(fd: i32) -> bool {
    // SAFETY: no pointers.
    unsafe { libc::isatty(fd) == 1 }
}

/// Turns terminal echo on `fd` on or off; returns whether it was on.
pub fn set_echo(fd: i32, on: bool) -> io::Result<bool> {
    // SAFETY: an all-zero termios is a valid value of this plain C struct.
    let mut tio: libc::termios = unsafe { std::mem::zeroed() };
    // SAFETY: `tio` is writable for the call.
    restartable(|| unsafe { libc::tcgetattr(fd, &mut tio) })?;
    let was_on = tio.c_lflag & libc::ECHO != 0;
    if on {
        tio.c_lflag |= libc::ECHO;
    } else {
        tio.c_lflag &= !libc::ECHO;
    }
    // SAFETY: `tio` is a valid termios read above.
    restartable(|| unsafe { libc::tcsetattr(fd, libc::TCSANOW, &tio) })?;
    Ok(was_on)
}

/// `uname`: (sysname, release, machine).
pub fn uname() -> (String, String, String) {
    // SAFETY: an all-zero utsname is a valid value of this plain C struct.
    let mut u: libc::utsname = unsafe { std::mem::zeroed() };
    // SAFETY: `u` is writable; uname fills its fields with NUL-terminated strings.
    if unsafe { libc::uname(&mut u) } != 0 {
        return (String::new(), String::new(), String::new());
    }
    let field = |f: &[libc::c_char]| {
        let bytes: Vec<u8> = f
            .iter()
            .take_while(|&&c| c != 0)
            .map(|&c| c as u8)
            .collect();
        String::from_utf8_lossy(&bytes).into_owned()
    };
    (field(&u.sysname), field(&u.release), field(&u.machine))
}

/// The real and effective user and group ids: (uid, euid, gid, egid).
pub fn ids() -> (u32, u32, u32, u32) {
    // SAFETY: these calls take no arguments and cannot fail.
    unsafe {
        (
            libc::getuid(),
            libc::geteuid(),
            libc::getgid(),
            libc::getegid(),
        )
    }
}

/// The current user's name and home directory (as bytes) from the password database.
pub fn user_name_and_home() -> Option<(Vec<u8>, Vec<u8>)> {
    // SAFETY: no arguments.
    let uid = unsafe { libc::getuid() };
    let mut buf = vec![0 as libc::c_char; 16384];
    // SAFETY: an all-zero passwd is a valid value of this plain C struct.
    let mut pw: libc::passwd = unsafe { std::mem::zeroed() };
    let mut result: *mut libc::passwd = std::ptr::null_mut();
    // SAFETY: every pointer is valid for the call and `buf.len()` is its size; the strings
    // `pw` points to live in `buf`, which outlives their use below.
    let r = unsafe { libc::getpwuid_r(uid, &mut pw, buf.as_mut_ptr(), buf.len(), &mut result) };
    if r != 0 || result.is_null() {
        return None;
    }
    // SAFETY: on success pw_name and pw_dir are NUL-terminated strings inside `buf`.
    let (name, dir) = unsafe { (CStr::from_ptr(pw.pw_name), CStr::from_ptr(pw.pw_dir)) };
    Some((name.to_bytes().to_vec(), dir.to_bytes().to_vec()))
}

/// Whether every locale category the environment names exists (else `setlocale(LC_ALL, "")`
/// fails and the process stays in the "C" locale).
pub fn environment_locale_valid() -> bool {
    let empty = c"";
    // SAFETY: `empty` is a valid string; a null base asks for a fresh locale object.
    let loc = unsafe { libc::newlocale(libc::LC_ALL_MASK, empty.as_ptr(), std::ptr::null_mut()) };
    if loc.is_null() {
        return false;
    }
    // SAFETY: `loc` came from newlocale and is freed once.
    unsafe { libc::freelocale(loc) };
    true
}

/// The code set of the environment's `LC_CTYPE` locale after `setlocale(LC_ALL, "")`
/// (`nl_langinfo(CODESET)`): "ANSI_X3.4-1968" for C/POSIX or when any category names a locale
/// glibc lacks.
pub fn locale_codeset() -> String {
    let empty = c"";
    // SAFETY: `empty` is a valid string; a null base asks for a fresh locale object.
    let loc = unsafe { libc::newlocale(libc::LC_ALL_MASK, empty.as_ptr(), std::ptr::null_mut()) };
    let loc = if loc.is_null() {
        let c = c"C";
        // SAFETY: as above, with the always-available "C" locale.
        unsafe { libc::newlocale(libc::LC_ALL_MASK, c.as_ptr(), std::ptr::null_mut()) }
    } else {
        loc
    };
    if loc.is_null() {
        return "ANSI_X3.4-1968".to_string();
    }
    // SAFETY: `loc` is a valid locale; the result is a NUL-terminated string owned by it,
    // copied before the locale is freed.
    unsafe {
        let p = libc::nl_langinfo_l(libc::CODESET, loc);
        let s = if p.is_null() {
            "ANSI_X3.4-1968".to_string()
        } else {
            CStr::from_ptr(p).to_string_lossy().into_owned()
        };
        libc::freelocale(loc);
        s
    }
}

/// File-system space figures of the file system holding `path`: (total, free, usable) bytes.
pub fn space(path: &Path) -> io::Result<(u64, u64, u64)> {
    let p = c_path(path)?;
    // SAFETY: an all-zero statvfs is a valid value of this plain C struct.
    let mut st: libc::statvfs = unsafe { std::mem::zeroed() };
    // SAFETY: `p` is a valid string and `st` writable for the call.
    restartable(|| unsafe { libc::statvfs(p.as_ptr(), &mut st) })?;
    let frsize = st.f_frsize;
    Ok((
        st.f_blocks.saturating_mul(frsize),
        st.f_bfree.saturating_mul(frsize),
        st.f_bavail.saturating_mul(frsize),
    ))
}

/// `pathconf(path, _PC_NAME_MAX)`.
pub fn name_max(path: &Path) -> io::Result<i64> {
    let p = c_path(path)?;
    // SAFETY: `p` is a valid string for the call.
    let r = unsafe { libc::pathconf(p.as_ptr(), libc::_PC_NAME_MAX) };
    if r == -1 {
        return Err(io::Error::last_os_error());
    }
    Ok(r as i64)
}

/// `access(path, mode)` succeeds.
pub fn access(path: &Path, mode: i32) -> bool {
    let Ok(p) = c_path(path) else {
        return false;
    };
    // SAFETY: `p` is a valid string for the call.
    restartable(|| unsafe { libc::access(p.as_ptr(), mode) }).is_ok()
}

/// Sets the last-modified time of `path` (following links), leaving its access time.
pub fn set_modified_time(path: &Path, seconds: i64, nanos: i64) -> io::Result<()> {
    let p = c_path(path)?;
    let times = [
        libc::timespec {
            tv_sec: 0,
            tv_nsec: libc::UTIME_OMIT,
        },
        libc::timespec {
            tv_sec: seconds,
            tv_nsec: nanos,
        },
    ];
    // SAFETY: `p` is a valid string and `times` two timespecs, as utimensat requires.
    restartable(|| unsafe { libc::utimensat(libc::AT_FDCWD, p.as_ptr(), times.as_ptr(), 0) })
        .map(drop)
}

/// The local time zone's offset from UTC now, in seconds (`localtime_r`'s `tm_gmtoff`).
pub fn local_utc_offset() -> Option<i64> {
    // SAFETY: a null argument asks only for the current time.
    let now = unsafe { libc::time(std::ptr::null_mut()) };
    // SAFETY: an all-zero tm is a valid value of this plain C struct.
    let mut tm: libc::tm = unsafe { std::mem::zeroed() };
    // SAFETY: both pointers are valid for the call.
    let r = unsafe { libc::localtime_r(&now, &mut tm) };
    (!r.is_null()).then_some(tm.tm_gmtoff)
}

/// The start time of process `pid` in milliseconds since the epoch, from `/proc` (the
/// process's start in clock ticks after boot, plus the boot time); `None` if it is gone.
pub fn process_start_millis(pid: i64) -> Option<i64> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // Fields after the command (which may hold spaces) start after the last ')'.
    let rest = &stat[stat.rfind(')')? + 1..];
    let start_ticks: i64 = rest.split_whitespace().nth(19)?.parse().ok()?;
    let boot_seconds: i64 = std::fs::read_to_string("/proc/stat")
        .ok()?
        .lines()
        .find_map(|l| l.strip_prefix("btime "))?
        .trim()
        .parse()
        .ok()?;
    // SAFETY: sysconf takes no pointers.
    let ticks_per_second = unsafe { libc::sysconf(libc::_SC_CLK_TCK) }.max(1);
    Some(boot_seconds * 1000 + start_ticks * 1000 / ticks_per_second)
}

/// Physical memory in bytes (`_SC_PHYS_PAGES` pages of `_SC_PAGESIZE` bytes).
pub fn physical_memory() -> i64 {
    // SAFETY: sysconf takes no pointers.
    let (pages, page_size) = unsafe {
        (
            libc::sysconf(libc::_SC_PHYS_PAGES),
            libc::sysconf(libc::_SC_PAGESIZE),
        )
    };
    pages.max(0).saturating_mul(page_size)
}

/// Swap space in bytes (`sysinfo`), 0 if it cannot be read.
pub fn total_swap() -> i64 {
    // SAFETY: an all-zero sysinfo is a valid value of this plain C struct.
    let mut si: libc::sysinfo = unsafe { std::mem::zeroed() };
    // SAFETY: `si` is writable for the call.
    if unsafe { libc::sysinfo(&mut si) } < 0 {
        return 0;
    }
    (si.totalswap as i64).saturating_mul(i64::from(si.mem_unit))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn error_text_is_strerrors() {
        let e = io::Error::from_raw_os_error(libc::ENOENT);
        assert_eq!(error_text(&e), "No such file or directory");
        let e = io::Error::from_raw_os_error(libc::EISDIR);
        assert_eq!(error_text(&e), "Is a directory");
    }

    #[test]
    fn the_current_process_started_before_now() {
        let pid = std::process::id() as i32;
        let start = process_start_millis(i64::from(pid)).expect("own start time");
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .expect("after the epoch")
            .as_millis() as i64;
        assert!(start <= now && start > now - 86_400_000, "{start} vs {now}");
        assert_eq!(process_start_millis(i64::from(i32::MAX)), None);
    }

    #[test]
    fn descriptors_read_write_and_seek() {
        let dir = std::env::temp_dir().join(format!("cortado-os-{}", std::process::id()));
        let _ = std::fs::create_dir_all(&dir);
        let path = dir.join("f");
        let fd = open(&path, libc::O_RDWR | libc::O_CREAT | libc::O_TRUNC, 0o600).expect("open");
        assert_eq!(write(fd, b"hello world").expect("write"), 11);
        assert_eq!(lseek(fd, 6, libc::SEEK_SET).expect("seek"), 6);
        let mut buf = [0u8; 16];
        assert_eq!(read(fd, &mut buf).expect("read"), 5);
        assert_eq!(&buf[..5], b"world");
        assert_eq!(fstat(fd).expect("fstat").size, 11);
        ftruncate(fd, 3).expect("truncate");
        assert_eq!(fstat(fd).expect("fstat").size, 3);
        assert!(!is_append(fd) && !is_tty(fd));
        close(fd).expect("close");
        let _ = std::fs::remove_dir_all(&dir);
    }
}
