//! Running a program once and measuring it: wall time, CPU time (user + system) and peak
//! resident set size, the last two from the kernel's accounting of the reaped child
//! (`wait4`), which covers every thread of the process.

use std::fs::File;
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// The measurements of one run.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Sample {
    /// Elapsed time from spawning to reaping, in milliseconds.
    pub wall_ms: f64,
    /// User plus system CPU time of the process and all its threads, in milliseconds.
    pub cpu_ms: f64,
    /// Peak resident set size, in KiB.
    pub peak_rss_kib: u64,
}

/// How a run ended, with what it printed.
#[derive(Debug)]
pub struct Outcome {
    /// The measurements.
    pub sample: Sample,
    /// The exit code, or minus the signal number that ended the process.
    pub status: i32,
    /// Everything the program wrote to standard output (lossily decoded).
    pub stdout: String,
    /// Everything the program wrote to standard error (lossily decoded).
    pub stderr: String,
}

/// What `wait4` reported for a child.
struct Reaped {
    at: Instant,
    status: i32,
    cpu_ms: f64,
    peak_rss_kib: u64,
}

/// Blocks until process `pid` (a child of this process) ends and reaps it.
fn reap(pid: libc::pid_t) -> Result<Reaped, String> {
    let mut status: libc::c_int = 0;
    // SAFETY: `rusage` is a plain C struct of integers, for which all-zero bytes are valid.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    loop {
        // SAFETY: both pointers refer to live, writable locals of the right types for the
        // duration of the call; `pid` is our own unreaped child.
        let r = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
        if r == pid {
            break;
        }
        let error = std::io::Error::last_os_error();
        if error.kind() != std::io::ErrorKind::Interrupted {
            return Err(format!("wait4: {error}"));
        }
    }
    let at = Instant::now();
    let millis = |t: libc::timeval| t.tv_sec as f64 * 1e3 + t.tv_usec as f64 / 1e3;
    let status = if libc::WIFEXITED(status) {
        libc::WEXITSTATUS(status)
    } else if libc::WIFSIGNALED(status) {
        -libc::WTERMSIG(status)
    } else {
        -1
    };
    Ok(Reaped {
        at,
        status,
        cpu_ms: millis(usage.ru_utime) + millis(usage.ru_stime),
        peak_rss_kib: u64::try_from(usage.ru_maxrss).unwrap_or(0),
    })
}

/// Runs `command` once with standard input empty and its output captured in files under
/// `scratch`; a run longer than `timeout` is killed and reported as an error.
pub fn run(command: &mut Command, scratch: &Path, timeout: Duration) -> Result<Outcome, String> {
    let out_path = scratch.join("stdout");
    let err_path = scratch.join("stderr");
    let out = File::create(&out_path).map_err(|e| format!("{}: {e}", out_path.display()))?;
    let err = File::create(&err_path).map_err(|e| format!("{}: {e}", err_path.display()))?;
    command
        .stdin(Stdio::null())
        .stdout(Stdio::from(out))
        .stderr(Stdio::from(err));
    let started = Instant::now();
    let mut child = command
        .spawn()
        .map_err(|e| format!("cannot run {:?}: {e}", command.get_program()))?;
    let pid = libc::pid_t::try_from(child.id()).map_err(|e| e.to_string())?;
    let (done, reaped) = mpsc::channel();
    let waiter = std::thread::spawn(move || {
        let _ = done.send(reap(pid));
    });
    let reaped = match reaped.recv_timeout(timeout) {
        Ok(r) => r,
        Err(_) => {
            // Still running (the waiter has not reaped it, so the pid is still ours).
            let _ = child.kill();
            let _ = reaped.recv();
            let _ = waiter.join();
            return Err(format!("timed out after {} s", timeout.as_secs()));
        }
    };
    let _ = waiter.join();
    let reaped = reaped?;
    let read = |p: &Path| {
        std::fs::read(p)
            .map(|b| String::from_utf8_lossy(&b).into_owned())
            .map_err(|e| format!("{}: {e}", p.display()))
    };
    Ok(Outcome {
        sample: Sample {
            wall_ms: reaped.at.duration_since(started).as_secs_f64() * 1e3,
            cpu_ms: reaped.cpu_ms,
            peak_rss_kib: reaped.peak_rss_kib,
        },
        status: reaped.status,
        stdout: read(&out_path)?,
        stderr: read(&err_path)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scratch(name: &str) -> std::path::PathBuf {
        let dir =
            std::env::temp_dir().join(format!("benches-measure-{name}-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }

    #[test]
    fn captures_output_status_and_cpu_time() {
        let dir = scratch("busy");
        // A shell loop burns some CPU time, prints to both streams and exits with 3.
        let mut command = Command::new("sh");
        command.arg("-c").arg(
            "i=0; while [ $i -lt 20000 ]; do i=$((i+1)); done; echo out $i; echo err >&2; exit 3",
        );
        let outcome = run(&mut command, &dir, Duration::from_secs(60)).unwrap();
        assert_eq!(outcome.status, 3);
        assert_eq!(outcome.stdout, "out 20000\n");
        assert_eq!(outcome.stderr, "err\n");
        assert!(outcome.sample.cpu_ms > 0.0, "{:?}", outcome.sample);
        assert!(outcome.sample.wall_ms > 0.0);
        assert!(outcome.sample.peak_rss_kib > 100, "{:?}", outcome.sample);
        std::fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn peak_rss_reflects_the_child_memory() {
        let dir = scratch("rss");
        // The shell holds a 64 MiB string read through a command substitution.
        let mut command = Command::new("sh");
        command
            .arg("-c")
            .arg("x=$(head -c 67108864 /dev/zero | tr '\\0' a); echo ${#x}");
        let outcome = run(&mut command, &dir, Duration::from_secs(60)).unwrap();
        assert_eq!(outcome.stdout, "67108864\n");
        assert!(
            outcome.sample.peak_rss_kib > 64 * 1024,
            "{:?}",
            outcome.sample
        );
        std::fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn a_signal_is_a_negative_status_and_a_hang_times_out() {
        let dir = scratch("signal");
        let mut command = Command::new("sh");
        command.arg("-c").arg("kill -9 $$");
        assert_eq!(
            run(&mut command, &dir, Duration::from_secs(60))
                .unwrap()
                .status,
            -9
        );
        let mut command = Command::new("sleep");
        command.arg("30");
        let started = Instant::now();
        let error = run(&mut command, &dir, Duration::from_millis(200)).unwrap_err();
        assert!(error.contains("timed out"), "{error}");
        assert!(started.elapsed() < Duration::from_secs(20));
        std::fs::remove_dir_all(dir).unwrap();
    }
}
