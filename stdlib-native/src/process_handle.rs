//! `java.lang.ProcessHandleImpl`'s natives: the current pid, liveness and start times,
//! waiting for a child's exit (reaped or not), termination, parents and children from
//! `/proc`, and `ProcessHandle.Info` (command, arguments, user, start and CPU times).

use std::os::unix::fs::MetadataExt;

use runtime::natives::{Env, NativeRegistry};
use runtime::oops::{ARRAY_BASE_OFFSET, ObjRef};
use runtime::{JResult, Value};

use crate::io_support::{new_object_array, new_platform_string};
use crate::process_os;

const HANDLE: &str = "java/lang/ProcessHandleImpl";
const INFO: &str = "java/lang/ProcessHandleImpl$Info";
/// `ProcessHandleImpl.NOT_A_CHILD`.
const NOT_A_CHILD: i32 = -2;

pub(crate) fn register(r: &NativeRegistry) {
    r.register(HANDLE, "initNative", "()V", |_| Ok(Value::Void));
    r.register(INFO, "initIDs", "()V", |_| Ok(Value::Void));
    r.register(HANDLE, "getCurrentPid0", "()J", |_| {
        Ok(Value::Long(i64::from(std::process::id())))
    });
    r.register(HANDLE, "isAlive0", "(J)J", |e| {
        Ok(Value::Long(
            proc_stat(e.long(0)).map_or(-1, |s| s.start_millis),
        ))
    });
    r.register(HANDLE, "waitForProcessExit0", "(JZ)I", wait_for_exit);
    r.register(HANDLE, "destroy0", "(JJZ)Z", destroy0);
    r.register(HANDLE, "parent0", "(JJ)J", parent0);
    r.register(HANDLE, "getProcessPids0", "(J[J[J[J)I", process_pids);
    r.register(INFO, "info0", "(J)V", info0);
}

/// What `/proc/<pid>/stat` tells about a process.
#[derive(Clone, Copy)]
struct ProcStat {
    parent: i64,
    /// User plus system time in clock ticks.
    cpu_ticks: i64,
    /// Start time in milliseconds since the epoch (0 if unknown).
    start_millis: i64,
}

/// The status of process `pid`, `None` if there is none.
fn proc_stat(pid: i64) -> Option<ProcStat> {
    if pid <= 0 || i32::try_from(pid).is_err() {
        return None;
    }
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // The fields after the command (which may hold spaces) start after the last ')'.
    let fields: Vec<&str> = stat[stat.rfind(')')? + 1..].split_whitespace().collect();
    let field = |i: usize| fields.get(i).and_then(|f| f.parse::<i64>().ok());
    Some(ProcStat {
        parent: field(1)?,
        cpu_ticks: field(11).unwrap_or(0) + field(12).unwrap_or(0),
        start_millis: crate::os::process_start_millis(pid).unwrap_or(0),
    })
}

/// `waitForProcessExit0(pid, reapvalue)`: the exit status (0x80 plus the signal for a
/// killed process), `NOT_A_CHILD`, or -1 on another error. Blocks outside Java.
fn wait_for_exit(env: &mut Env<'_>) -> JResult<Value> {
    let (pid, reap) = (env.long(0), env.int(1) != 0);
    let Ok(pid) = i32::try_from(pid) else {
        return Ok(Value::Int(NOT_A_CHILD));
    };
    let status = match env.thread.blocked(|| process_os::wait_exit(pid, reap)) {
        Ok(Some(status)) => status,
        Ok(None) => NOT_A_CHILD,
        Err(_) => -1,
    };
    Ok(Value::Int(status))
}

/// `destroy0(pid, startTime, forcibly)`: SIGKILL or SIGTERM if the process is the one
/// started at `startTime` (0 matching any).
fn destroy0(env: &mut Env<'_>) -> JResult<Value> {
    let (pid, start, forcibly) = (env.long(0), env.long(1), env.int(2) != 0);
    let actual = proc_stat(pid).map_or(-1, |s| s.start_millis);
    let same = actual == start || actual == 0 || start == 0;
    let sent = same && i32::try_from(pid).is_ok_and(|p| process_os::terminate(p, forcibly));
    Ok(Value::Int(sent.into()))
}

/// `parent0(pid, startTime)`: the parent's pid, or -1.
fn parent0(env: &mut Env<'_>) -> JResult<Value> {
    let (pid, start) = (env.long(0), env.long(1));
    if pid == i64::from(std::process::id()) {
        return Ok(Value::Long(i64::from(process_os::parent_pid())));
    }
    let parent = match proc_stat(pid) {
        Some(s) if s.start_millis == start || s.start_millis == 0 || start == 0 => s.parent,
        _ => -1,
    };
    Ok(Value::Long(parent))
}

/// Every process in `/proc` as (pid, status).
fn all_processes() -> Vec<(i64, ProcStat)> {
    let Ok(dir) = std::fs::read_dir("/proc") else {
        return Vec::new();
    };
    dir.flatten()
        .filter_map(|e| e.file_name().to_str()?.parse::<i64>().ok())
        .filter_map(|pid| Some((pid, proc_stat(pid)?)))
        .collect()
}

/// `getProcessPids0(pid, pids, ppids, stimes)`: the children of `pid` (every process for
/// 0), stored as far as the arrays reach; the number found.
fn process_pids(env: &mut Env<'_>) -> JResult<Value> {
    let pid = env.long(0);
    let found: Vec<(i64, ProcStat)> = all_processes()
        .into_iter()
        .filter(|(_, s)| pid == 0 || s.parent == pid)
        .collect();
    let store = |array: Option<ObjRef>, value: &dyn Fn(&(i64, ProcStat)) -> i64| {
        if let Some(array) = array {
            let len = array.array_length().max(0) as usize;
            for (i, p) in found.iter().take(len).enumerate() {
                array.put_i64(ARRAY_BASE_OFFSET + 8 * i, value(p));
            }
        }
    };
    store(env.obj(1), &|p| p.0);
    store(env.obj(2), &|p| p.1.parent);
    store(env.obj(3), &|p| p.1.start_millis);
    Ok(Value::Int(i32::try_from(found.len()).unwrap_or(i32::MAX)))
}

fn set_long(obj: ObjRef, name: &str, v: i64) {
    if let Some(f) = obj.klass().instance_field(name, "J") {
        obj.put_i64(f.offset, v);
    }
}

fn set_ref(obj: ObjRef, name: &str, descriptor: &str, v: ObjRef) {
    if let Some(f) = obj.klass().instance_field(name, descriptor) {
        obj.put_ref(f.offset, Some(v));
    }
}

/// Sets the `String` field `name` of the `Info` (argument 0) to `bytes` decoded.
fn set_string(env: &mut Env<'_>, name: &str, bytes: &[u8]) -> JResult<()> {
    let s = new_platform_string(env, bytes)?;
    if let Some(info) = env.obj(0) {
        set_ref(info, name, "Ljava/lang/String;", s);
    }
    Ok(())
}

/// `Info.info0(pid)`: fills what the host tells (fields left alone otherwise).
fn info0(env: &mut Env<'_>) -> JResult<Value> {
    let pid = env.long(1);
    if let (Some(stat), Some(info)) = (proc_stat(pid), env.obj(0)) {
        let nanos_per_tick = 1_000_000_000 / process_os::clock_ticks_per_second();
        set_long(info, "totalTime", stat.cpu_ticks * nanos_per_tick);
        set_long(info, "startTime", stat.start_millis);
    }
    if pid <= 0 {
        return Ok(Value::Void);
    }
    if let Some(name) = std::fs::metadata(format!("/proc/{pid}"))
        .ok()
        .and_then(|m| process_os::user_name(m.uid()))
    {
        set_string(env, "user", &name)?;
    }
    let exe = std::fs::read_link(format!("/proc/{pid}/exe")).ok();
    if let Some(exe) = &exe {
        set_string(env, "command", exe.as_os_str().as_encoded_bytes())?;
    }
    let Ok(cmdline) = std::fs::read(format!("/proc/{pid}/cmdline")) else {
        return Ok(Value::Void);
    };
    let words: Vec<&[u8]> = cmdline
        .strip_suffix(b"\0")
        .unwrap_or(&cmdline)
        .split(|&b| b == 0)
        .collect();
    if !cmdline.is_empty() {
        // Arguments up to the first empty one, as libjava reads them.
        let args: Vec<&[u8]> = words
            .iter()
            .skip(1)
            .take_while(|w| !w.is_empty())
            .copied()
            .collect();
        let array = new_object_array(env, "java/lang/String", &args, |env, w| {
            new_platform_string(env, w).map(Some)
        })?;
        if let Some(info) = env.obj(0) {
            set_ref(info, "arguments", "[Ljava/lang/String;", array);
        }
    }
    if exe.is_none() && !cmdline.is_empty() {
        set_string(env, "commandLine", &words.join(&b' '))?;
    }
    Ok(Value::Void)
}
