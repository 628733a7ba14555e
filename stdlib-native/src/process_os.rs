//! Host calls for child processes: starting a program with the semantics of libjava's
//! `forkAndExec` (pipes, the child's standard descriptors, every other descriptor closed, a
//! working directory, a search of the parent's `PATH`, a shell for scripts without `#!`, the
//! exec's `errno` sent back through a close-on-exec pipe), waiting for and signalling
//! processes.
//!
//! The child is made with `fork` and runs only async-signal-safe calls on data prepared
//! before the fork (a multi-threaded process may not allocate or lock after `fork`).

use std::ffi::{CString, c_char};
use std::io;
use std::ptr;

/// Everything the child needs, prepared before `fork` so that it allocates nothing.
pub struct ChildPlan {
    /// The paths to try in order (one for a program named with a '/', else one per `PATH`
    /// entry).
    pub candidates: Vec<CString>,
    /// The arguments, `argv[0]` being the program as the caller named it.
    pub argv: Vec<CString>,
    /// The environment (`NAME=value` strings), or `None` to inherit the parent's.
    pub envp: Option<Vec<CString>>,
    /// The working directory, or `None` for the parent's.
    pub dir: Option<CString>,
    /// The descriptors that become the child's 0, 1 and 2.
    pub stdio: [i32; 3],
}

/// `strerror`-style failure of `errno`.
fn last_error() -> io::Error {
    io::Error::last_os_error()
}

/// A pipe `[read end, write end]`, both close-on-exec and both above 2 (so that placing the
/// child's standard descriptors never overwrites one of them).
pub fn pipe() -> io::Result<[i32; 2]> {
    let mut fds = [-1; 2];
    // SAFETY: `fds` has room for the two descriptors pipe2 writes.
    if unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC) } == -1 {
        return Err(last_error());
    }
    for fd in &mut fds {
        if *fd < 3 {
            // SAFETY: F_DUPFD_CLOEXEC takes an int; `fd` is the pipe end just created.
            let high = unsafe { libc::fcntl(*fd, libc::F_DUPFD_CLOEXEC, 3) };
            let e = last_error();
            let _ = crate::os::close(*fd);
            if high == -1 {
                return Err(e);
            }
            *fd = high;
        }
    }
    Ok(fds)
}

/// A null-terminated array of pointers into `strings` (which must outlive it).
fn pointers(strings: &[CString]) -> Vec<*const c_char> {
    strings
        .iter()
        .map(|s| s.as_ptr())
        .chain(std::iter::once(ptr::null()))
        .collect()
}

/// Starts the child; returns its pid once it has exec'd, or the error of `fork`, or the
/// `errno` of the failed set-up or exec (the child then reaped).
pub fn spawn(plan: &ChildPlan) -> io::Result<i32> {
    let argv = pointers(&plan.argv);
    let envp = plan.envp.as_deref().map(pointers);
    let shell = CString::new("/bin/sh").unwrap_or_default();
    // For a candidate that exec refuses with ENOEXEC: `/bin/sh <candidate> <args...>`.
    let shell_argvs: Vec<Vec<*const c_char>> = plan
        .candidates
        .iter()
        .map(|c| {
            let mut v = vec![shell.as_ptr(), c.as_ptr()];
            v.extend_from_slice(&argv[1..]);
            v
        })
        .collect();
    let [fail_read, fail_write] = pipe()?;
    let mut empty_mask = std::mem::MaybeUninit::<libc::sigset_t>::uninit();
    // SAFETY: sigemptyset initialises the set it is given.
    unsafe { libc::sigemptyset(empty_mask.as_mut_ptr()) };
    // SAFETY: initialised just above.
    let empty_mask = unsafe { empty_mask.assume_init() };
    let env_ptr = envp.as_ref().map(|e| e.as_ptr());

    // SAFETY: the child runs only `child_main`, which makes async-signal-safe calls on
    // memory prepared above and never returns.
    let pid = unsafe { libc::fork() };
    if pid == -1 {
        let e = last_error();
        let _ = crate::os::close(fail_read);
        let _ = crate::os::close(fail_write);
        return Err(e);
    }
    if pid == 0 {
        // SAFETY: we are the child of `fork`; see `child_main`.
        unsafe { child_main(plan, &argv, env_ptr, &shell_argvs, &empty_mask, fail_write) }
    }
    let _ = crate::os::close(fail_write);
    let mut errno = [0u8; 4];
    let mut got = 0;
    while got < errno.len() {
        match crate::os::read(fail_read, &mut errno[got..]) {
            Ok(0) => break,
            Ok(n) => got += n,
            Err(e) => {
                let _ = crate::os::close(fail_read);
                return Err(e);
            }
        }
    }
    let _ = crate::os::close(fail_read);
    if got == 0 {
        return Ok(pid);
    }
    // The child failed before or at exec: reap it and report its errno.
    let _ = wait_exit(pid, true);
    Err(io::Error::from_raw_os_error(i32::from_ne_bytes(errno)))
}

/// The child's side of `spawn`: standard descriptors, close the rest, signals, directory,
/// exec; on failure the `errno` goes into `fail` and the child exits with 255.
///
/// # Safety
/// Only to be called in the child of `fork`, with the pointer arrays built from `plan`.
unsafe fn child_main(
    plan: &ChildPlan,
    argv: &[*const c_char],
    envp: Option<*const *const c_char>,
    shell_argvs: &[Vec<*const c_char>],
    empty_mask: &libc::sigset_t,
    fail: i32,
) -> ! {
    // SAFETY: every call below is async-signal-safe and takes pointers into memory the
    // parent prepared before the fork, which the child's copy of the address space holds.
    unsafe {
        let errno = libc::__errno_location();
        for (target, &source) in plan.stdio.iter().enumerate() {
            let target = target as i32;
            let r = if source == target {
                libc::fcntl(target, libc::F_SETFD, 0)
            } else {
                libc::dup2(source, target)
            };
            if r == -1 {
                report_and_exit(fail, *errno);
            }
        }
        // Close everything else but the failure pipe (close-on-exec: it closes itself when
        // the exec succeeds).
        if fail > 3 {
            close_range(3, fail as u32 - 1);
        }
        close_range(fail as u32 + 1, u32::MAX);
        // The VM ignores SIGPIPE; the child starts with the default action and no blocked
        // signal, as a child of HotSpot does.
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
        libc::sigprocmask(libc::SIG_SETMASK, empty_mask, ptr::null_mut());
        if let Some(dir) = &plan.dir
            && libc::chdir(dir.as_ptr()) == -1
        {
            report_and_exit(fail, *errno);
        }
        // As execvp: the first EACCES is remembered over later ENOENTs.
        let mut sticky = 0;
        for (candidate, shell_argv) in plan.candidates.iter().zip(shell_argvs) {
            exec(candidate.as_ptr(), argv.as_ptr(), envp);
            if *errno == libc::ENOEXEC {
                exec(shell_argv[0], shell_argv.as_ptr(), envp);
            }
            match *errno {
                libc::EACCES => sticky = libc::EACCES,
                libc::ENOENT | libc::ENOTDIR | libc::ESTALE | libc::ENODEV | libc::ETIMEDOUT => {}
                other => report_and_exit(fail, other),
            }
        }
        let code = if sticky != 0 { sticky } else { *errno };
        report_and_exit(fail, if code == 0 { libc::ENOENT } else { code })
    }
}

/// `execve`, or `execv` (the current environment) when `envp` is `None`.
///
/// # Safety
/// `path` and `argv` must be valid C strings and a null-terminated array.
unsafe fn exec(
    path: *const c_char,
    argv: *const *const c_char,
    envp: Option<*const *const c_char>,
) {
    // SAFETY: as the caller promises.
    unsafe {
        match envp {
            Some(envp) => libc::execve(path, argv, envp),
            None => libc::execv(path, argv),
        };
    }
}

/// Closes descriptors `first..=last` (`close_range`, or one by one on an old kernel).
///
/// # Safety
/// Only in the child of `fork`, where no other thread can use the descriptors.
unsafe fn close_range(first: u32, last: u32) {
    // SAFETY: close_range takes no pointers.
    let r = unsafe { libc::syscall(libc::SYS_close_range, first, last, 0) };
    if r == 0 {
        return;
    }
    let limit = crate::nio_os::descriptor_limit().max(0) as u32;
    for fd in first..=last.min(limit) {
        // SAFETY: closing a descriptor number, open or not.
        unsafe { libc::close(fd as i32) };
    }
}

/// Writes `errno` to the failure pipe and exits the child with 255.
///
/// # Safety
/// Only in the child of `fork`.
unsafe fn report_and_exit(fail: i32, errno: i32) -> ! {
    let bytes = errno.to_ne_bytes();
    // SAFETY: `bytes` is readable for its length; _exit skips the parent's atexit handlers.
    unsafe {
        libc::write(fail, bytes.as_ptr().cast(), bytes.len());
        libc::_exit(255)
    }
}

/// Waits for process `pid` to end: its exit status, or 0x80 plus the signal that ended it.
/// With `reap` false the process is left a zombie (its status can be collected again).
/// `Ok(None)` when `pid` is not a child of this process.
pub fn wait_exit(pid: i32, reap: bool) -> io::Result<Option<i32>> {
    if reap {
        let mut status = 0;
        loop {
            // SAFETY: `status` is a writable int.
            if unsafe { libc::waitpid(pid, &mut status, 0) } != -1 {
                break;
            }
            match last_error().raw_os_error() {
                Some(libc::EINTR) => {}
                Some(libc::ECHILD) => return Ok(None),
                _ => return Err(last_error()),
            }
        }
        if libc::WIFEXITED(status) {
            return Ok(Some(libc::WEXITSTATUS(status)));
        }
        if libc::WIFSIGNALED(status) {
            return Ok(Some(0x80 + libc::WTERMSIG(status)));
        }
        return Ok(Some(status));
    }
    // SAFETY: an all-zero `siginfo_t` is a valid value of this plain C struct.
    let mut info: libc::siginfo_t = unsafe { std::mem::zeroed() };
    loop {
        let flags = libc::WEXITED | libc::WNOWAIT;
        // SAFETY: `info` is a writable `siginfo_t`.
        if unsafe { libc::waitid(libc::P_PID, pid as libc::id_t, &mut info, flags) } != -1 {
            break;
        }
        match last_error().raw_os_error() {
            Some(libc::EINTR) => {}
            Some(libc::ECHILD) => return Ok(None),
            _ => return Err(last_error()),
        }
    }
    // SAFETY: waitid filled `info` for a child that ended.
    let status = unsafe { info.si_status() };
    Ok(Some(match info.si_code {
        libc::CLD_EXITED => status,
        libc::CLD_KILLED | libc::CLD_DUMPED => 0x80 + status,
        _ => status,
    }))
}

/// `kill(pid, SIGKILL or SIGTERM)`: whether the signal was sent.
pub fn terminate(pid: i32, forcibly: bool) -> bool {
    let signal = if forcibly {
        libc::SIGKILL
    } else {
        libc::SIGTERM
    };
    // SAFETY: no pointers.
    unsafe { libc::kill(pid, signal) == 0 }
}

/// This process's parent.
pub fn parent_pid() -> i32 {
    // SAFETY: no arguments.
    unsafe { libc::getppid() }
}

/// The user name of `uid` from the password database.
pub fn user_name(uid: u32) -> Option<Vec<u8>> {
    crate::nio_os::user_name(uid).ok()
}

/// The kernel's clock ticks per second (`_SC_CLK_TCK`), the unit of `/proc`'s times.
pub fn clock_ticks_per_second() -> i64 {
    // SAFETY: sysconf takes no pointers.
    unsafe { libc::sysconf(libc::_SC_CLK_TCK) }.max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c(s: &str) -> CString {
        CString::new(s).expect("no NUL")
    }

    fn plan(program: &str, args: &[&str], stdout: i32) -> ChildPlan {
        ChildPlan {
            candidates: vec![c(program)],
            argv: std::iter::once(program)
                .chain(args.iter().copied())
                .map(c)
                .collect(),
            envp: Some(vec![c("CORTADO_TEST=42")]),
            dir: Some(c("/")),
            stdio: [0, stdout, 2],
        }
    }

    #[test]
    fn a_child_writes_to_a_pipe_in_its_directory_and_environment() {
        let [read_end, write_end] = pipe().expect("pipe");
        let child = plan(
            "/bin/sh",
            &["-c", "echo $CORTADO_TEST; pwd; exit 5"],
            write_end,
        );
        let pid = spawn(&child).expect("spawn");
        crate::os::close(write_end).expect("close");
        let mut out = Vec::new();
        let mut buf = [0u8; 64];
        while let Ok(n @ 1..) = crate::os::read(read_end, &mut buf) {
            out.extend_from_slice(&buf[..n]);
        }
        crate::os::close(read_end).expect("close");
        assert_eq!(out, b"42\n/\n");
        assert_eq!(wait_exit(pid, false).expect("wait"), Some(5));
        assert_eq!(wait_exit(pid, true).expect("reap"), Some(5));
        assert_eq!(wait_exit(pid, true).expect("gone"), None);
    }

    #[test]
    fn exec_failures_come_back_as_errno() {
        let missing = spawn(&plan("/no/such/program", &[], 1)).expect_err("missing");
        assert_eq!(missing.raw_os_error(), Some(libc::ENOENT));
        let file = std::env::temp_dir().join(format!("cortado-plain-{}", std::process::id()));
        std::fs::write(&file, "data").expect("write");
        let path = file.to_str().expect("UTF-8 path");
        let not_executable = spawn(&plan(path, &[], 1)).expect_err("not executable");
        let _ = std::fs::remove_file(&file);
        assert_eq!(not_executable.raw_os_error(), Some(libc::EACCES));
        let mut in_missing_dir = plan("/bin/true", &[], 1);
        in_missing_dir.dir = Some(c("/no/such/dir"));
        let e = spawn(&in_missing_dir).expect_err("no directory");
        assert_eq!(e.raw_os_error(), Some(libc::ENOENT));
    }

    #[test]
    fn a_terminated_child_reports_128_plus_the_signal() {
        let pid = spawn(&plan("/bin/sleep", &["30"], 1)).expect("spawn");
        assert!(terminate(pid, true));
        assert_eq!(
            wait_exit(pid, true).expect("reap"),
            Some(128 + libc::SIGKILL)
        );
    }
}
