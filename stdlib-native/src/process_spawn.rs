//! `java.lang.ProcessImpl`'s natives: `init` and `forkAndExec`, which starts a program with
//! the standard descriptors the `ProcessBuilder` redirects ask for.
//!
//! Every launch mechanism (`jdk.lang.Process.launchMechanism`: posix_spawn through
//! `jspawnhelper`, vfork, fork) is carried out by one `fork` and `exec` of the program
//! ([`crate::process_os::spawn`]): what a Java program sees is the same (pipes, inherited
//! and redirected descriptors, the program searched in the parent's `PATH`, a failure as
//! `IOException: error=<errno>, <strerror>`).

use std::ffi::CString;
use std::io;

use runtime::natives::{Env, NativeRegistry};
use runtime::oops::{ARRAY_BASE_OFFSET, ObjRef};
use runtime::{JResult, Value};

use crate::io_support::read_region;
use crate::process_os::{ChildPlan, pipe, spawn};

const IMPL: &str = "java/lang/ProcessImpl";

pub(crate) fn register(r: &NativeRegistry) {
    r.register(IMPL, "init", "()V", |_| Ok(Value::Void));
    r.register(IMPL, "forkAndExec", "(I[B[B[BI[BI[B[IZ)I", fork_and_exec);
}

/// The bytes of the `byte[]` argument `i`, without the NUL the Java side appends to C
/// strings; `None` for `null`.
fn bytes_arg(env: &Env<'_>, i: usize) -> Option<Vec<u8>> {
    let array = env.obj(i)?;
    Some(read_region(array, 0, array.array_length().max(0) as usize))
}

/// A C string from bytes ending at their first NUL (`EINVAL` never happens: the Java side
/// rejects NUL characters in commands).
fn c_string(bytes: &[u8]) -> CString {
    let end = bytes.iter().position(|&b| b == 0).unwrap_or(bytes.len());
    CString::new(&bytes[..end]).unwrap_or_default()
}

/// The first `count` NUL-terminated strings of a block.
fn block_strings(block: &[u8], count: i32) -> Vec<CString> {
    block
        .split(|&b| b == 0)
        .take(count.max(0) as usize)
        .map(c_string)
        .collect()
}

/// The paths `exec` tries for `program`: itself when it names a directory, else the program
/// in each directory of the parent's `PATH` (":/bin:/usr/bin" when unset; an empty entry is
/// the working directory).
fn candidates(program: &[u8]) -> Vec<CString> {
    if program.contains(&b'/') {
        return vec![c_string(program)];
    }
    let path = std::env::var_os("PATH")
        .map(std::os::unix::ffi::OsStringExt::into_vec)
        .unwrap_or_else(|| b":/bin:/usr/bin".to_vec());
    path.split(|&b| b == b':')
        .map(|dir| {
            let mut full = if dir.is_empty() {
                b"./".to_vec()
            } else {
                dir.to_vec()
            };
            if !full.ends_with(b"/") {
                full.push(b'/');
            }
            full.extend_from_slice(program);
            c_string(&full)
        })
        .collect()
}

fn fds_get(fds: ObjRef) -> [i32; 3] {
    std::array::from_fn(|i| fds.get_i32(ARRAY_BASE_OFFSET + 4 * i))
}

fn fds_put(fds: ObjRef, values: [i32; 3]) {
    for (i, v) in values.into_iter().enumerate() {
        fds.put_i32(ARRAY_BASE_OFFSET + 4 * i, v);
    }
}

/// The pipes made for the standard streams the caller wants connected to it: for each,
/// `Some([read end, write end])`.
type Pipes = [Option<[i32; 2]>; 3];

fn close_all(ends: impl IntoIterator<Item = i32>) {
    for fd in ends {
        let _ = crate::os::close(fd);
    }
}

/// Makes the pipes the `-1` entries of `fds` ask for.
fn make_pipes(fds: [i32; 3]) -> io::Result<Pipes> {
    let mut pipes: Pipes = [None; 3];
    for i in 0..3 {
        if fds[i] == -1 {
            match pipe() {
                Ok(p) => pipes[i] = Some(p),
                Err(e) => {
                    close_all(pipes.iter().flatten().flatten().copied());
                    return Err(e);
                }
            }
        }
    }
    Ok(pipes)
}

/// `forkAndExec(mode, helperpath, prog, argBlock, argc, envBlock, envc, dir, fds,
/// redirectErrorStream)`: the child's pid; `fds` gets the parent's ends of the pipes made
/// (stdin's write end, stdout's and stderr's read ends).
fn fork_and_exec(env: &mut Env<'_>) -> JResult<Value> {
    let program = bytes_arg(env, 3).unwrap_or_default();
    let mut argv = vec![c_string(&program)];
    argv.extend(block_strings(
        &bytes_arg(env, 4).unwrap_or_default(),
        env.int(5),
    ));
    let envp = bytes_arg(env, 6).map(|block| block_strings(&block, env.int(7)));
    let dir = bytes_arg(env, 8).map(|d| c_string(&d));
    let Some(fds_array) = env.obj(9) else {
        return Err(env.throw_no_message("java/lang/NullPointerException"));
    };
    let fds = fds_get(fds_array);
    let redirect_error_stream = env.int(10) != 0;
    let pipes = match make_pipes(fds) {
        Ok(p) => p,
        Err(e) => return Err(throw_spawn_error(env, &e)),
    };
    let stdout = pipes[1].map_or(fds[1], |p| p[1]);
    let stderr = if redirect_error_stream {
        stdout
    } else {
        pipes[2].map_or(fds[2], |p| p[1])
    };
    let plan = ChildPlan {
        candidates: candidates(&program),
        argv,
        envp,
        dir,
        stdio: [pipes[0].map_or(fds[0], |p| p[0]), stdout, stderr],
    };
    // Waiting for the child's exec: outside Java, so safepoints go on.
    let result = env.thread.blocked(|| spawn(&plan));
    // The child's ends are the child's alone now.
    close_all(
        [
            pipes[0].map(|p| p[0]),
            pipes[1].map(|p| p[1]),
            pipes[2].map(|p| p[1]),
        ]
        .into_iter()
        .flatten(),
    );
    let parent_ends = [
        pipes[0].map_or(-1, |p| p[1]),
        pipes[1].map_or(-1, |p| p[0]),
        pipes[2].map_or(-1, |p| p[0]),
    ];
    match result {
        Ok(pid) => {
            if let Some(fds_array) = env.obj(9) {
                fds_put(fds_array, parent_ends);
            }
            Ok(Value::Int(pid))
        }
        Err(e) => {
            close_all(parent_ends.into_iter().filter(|&fd| fd != -1));
            Err(throw_spawn_error(env, &e))
        }
    }
}

/// libjava's process-launch failure: `IOException("error=<errno>, <strerror>")`.
fn throw_spawn_error(env: &mut Env<'_>, e: &io::Error) -> runtime::Thrown {
    let code = e.raw_os_error().unwrap_or(0);
    let msg = format!("error={code}, {}", crate::os::error_text(e));
    env.throw("java/io/IOException", &msg)
}
