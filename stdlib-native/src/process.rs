//! The process and its host: `ProcessEnvironment.environ`, `Console`, and the host's memory
//! for `CgroupMetrics` (`ProcessHandleImpl` is in `process_handle`).

use std::os::unix::ffi::OsStrExt;

use classfile::descriptor::BaseType;
use runtime::natives::{Env, NativeRegistry};
use runtime::oops::ARRAY_BASE_OFFSET;
use runtime::{JResult, Value};

use crate::io_support::{new_byte_array, throw_io};
use crate::os;

const CONSOLE: &str = "java/io/Console";

pub(crate) fn register(r: &NativeRegistry) {
    r.register("java/lang/ProcessEnvironment", "environ", "()[[B", environ);

    // JDK 17 updates up to 17.0.19 ask whether stdin and stdout are terminals; later ones
    // ask for a bit per standard stream.
    r.register(CONSOLE, "istty", "()Z", |_| {
        Ok(Value::Int((os::is_tty(0) && os::is_tty(1)).into()))
    });
    r.register(CONSOLE, "ttyStatus", "()I", |_| {
        let bits = (0..3).filter(|&fd| os::is_tty(fd)).map(|fd| 1 << fd).sum();
        Ok(Value::Int(bits))
    });
    let metrics = "jdk/internal/platform/CgroupMetrics";
    // HotSpot's UseContainerSupport is on by default on Linux.
    r.register(metrics, "isUseContainerSupport", "()Z", |_| {
        Ok(Value::Int(1))
    });
    r.register(metrics, "getTotalMemorySize0", "()J", |_| {
        Ok(Value::Long(os::physical_memory()))
    });
    r.register(metrics, "getTotalSwapSize0", "()J", |_| {
        Ok(Value::Long(os::total_swap()))
    });
    r.register(CONSOLE, "encoding", "()Ljava/lang/String;", |_| {
        Ok(Value::Ref(None))
    });
    r.register(CONSOLE, "echo", "(Z)Z", console_echo);
}

/// `environ()`: names and values alternately, as bytes; entries without '=' left out.
fn environ(env: &mut Env<'_>) -> JResult<Value> {
    let pairs: Vec<Vec<u8>> = std::env::vars_os()
        .flat_map(|(k, v)| [k.as_bytes().to_vec(), v.as_bytes().to_vec()])
        .collect();
    let bytes = runtime::loader::array_klass_of(env.thread, Err(BaseType::Byte))?;
    let outer = runtime::loader::array_klass_of(env.thread, Ok(bytes))?;
    let len = i32::try_from(pairs.len()).unwrap_or(i32::MAX);
    let array = runtime::alloc::new_array(env.thread, outer, len)?;
    let local = env.local(Some(array));
    for (i, item) in pairs.iter().enumerate().take(len as usize) {
        let element = new_byte_array(env, item)?;
        let array = env.get(local).unwrap_or(array);
        array.put_ref(ARRAY_BASE_OFFSET + 8 * i, Some(element));
    }
    Ok(Value::Ref(env.get(local)))
}

fn console_echo(env: &mut Env<'_>) -> JResult<Value> {
    match os::set_echo(0, env.int(0) != 0) {
        Ok(was_on) => Ok(Value::Int(was_on.into())),
        Err(e) => Err(throw_io(env, &e)),
    }
}
