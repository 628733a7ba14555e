//! The process and its host: `ProcessEnvironment.environ`, `ProcessHandleImpl` for the
//! current process, `Console`, and `NativeLibraries` (the JDK's own libraries are built into
//! Cortado, so `System.loadLibrary("net")` and the like succeed without loading a `.so`).

use std::os::unix::ffi::OsStrExt;

use classfile::descriptor::BaseType;
use runtime::natives::{Env, NativeRegistry};
use runtime::oops::ARRAY_BASE_OFFSET;
use runtime::{JResult, Value};

use crate::io_support::{new_byte_array, new_string, throw_io};
use crate::os;

const HANDLE: &str = "java/lang/ProcessHandleImpl";
const LIBRARIES: &str = "jdk/internal/loader/NativeLibraries";
const CONSOLE: &str = "java/io/Console";

/// The JNI version recorded for a built-in library (`JNI_VERSION_1_8`).
const BUILTIN_JNI_VERSION: i32 = 0x0001_0008;

pub(crate) fn register(r: &NativeRegistry) {
    r.register("java/lang/ProcessEnvironment", "environ", "()[[B", environ);
    r.register(HANDLE, "initNative", "()V", |_| Ok(Value::Void));
    r.register("java/lang/ProcessHandleImpl$Info", "initIDs", "()V", |_| {
        Ok(Value::Void)
    });
    r.register(HANDLE, "getCurrentPid0", "()J", |_| {
        Ok(Value::Long(i64::from(std::process::id())))
    });
    r.register(HANDLE, "isAlive0", "(J)J", is_alive);

    r.register(CONSOLE, "istty", "()Z", |_| {
        Ok(Value::Int((os::is_tty(0) && os::is_tty(1)).into()))
    });
    r.register(CONSOLE, "encoding", "()Ljava/lang/String;", |_| {
        Ok(Value::Ref(None))
    });
    r.register(CONSOLE, "echo", "(Z)Z", console_echo);

    r.register(
        LIBRARIES,
        "findBuiltinLib",
        "(Ljava/lang/String;)Ljava/lang/String;",
        find_builtin_lib,
    );
    r.register(
        LIBRARIES,
        "load",
        "(Ljdk/internal/loader/NativeLibraries$NativeLibraryImpl;Ljava/lang/String;ZZZ)Z",
        load_library,
    );
    r.register(LIBRARIES, "unload", "(Ljava/lang/String;ZZJ)V", |_| {
        Ok(Value::Void)
    });
    r.register(
        LIBRARIES,
        "findEntry0",
        "(Ljdk/internal/loader/NativeLibraries$NativeLibraryImpl;Ljava/lang/String;)J",
        |_| Ok(Value::Long(0)),
    );
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

/// `isAlive0(pid)`: the process's start time in milliseconds if it is alive (0 if unknown),
/// -1 if not.
fn is_alive(env: &mut Env<'_>) -> JResult<Value> {
    let pid = env.long(0);
    let alive = i32::try_from(pid).is_ok_and(|p| p > 0 && os::process_exists(p));
    if !alive {
        return Ok(Value::Long(-1));
    }
    Ok(Value::Long(os::process_start_millis(pid).unwrap_or(0)))
}

fn console_echo(env: &mut Env<'_>) -> JResult<Value> {
    match os::set_echo(0, env.int(0) != 0) {
        Ok(was_on) => Ok(Value::Int(was_on.into())),
        Err(e) => Err(throw_io(env, &e)),
    }
}

/// `findBuiltinLib("libnet.so")`: "net" when the JDK ships that library (its natives are
/// Cortado's), else `null` (a user library, to be loaded from its file).
fn find_builtin_lib(env: &mut Env<'_>) -> JResult<Value> {
    let Some(name) = env.obj(0) else {
        return Err(env.throw("java/lang/Error", "NULL filename for native library"));
    };
    let file = runtime::strings::string_value(env.thread, name);
    let Some(short) = file
        .strip_prefix("lib")
        .and_then(|s| s.strip_suffix(".so"))
        .filter(|s| !s.is_empty())
    else {
        return Ok(Value::Ref(None));
    };
    let shipped = env.thread.vm.java_home.join("lib").join(&file).is_file();
    if !shipped {
        return Ok(Value::Ref(None));
    }
    Ok(Value::Ref(Some(new_string(env, short)?)))
}

/// `load(impl, name, isBuiltin, isJNI, throwExceptionIfFail)`: built-in libraries succeed
/// (their natives are registered already); loading a user JNI library is not supported yet.
fn load_library(env: &mut Env<'_>) -> JResult<Value> {
    let (builtin, throw_on_failure) = (env.int(2) != 0, env.int(4) != 0);
    if builtin {
        if let Some(lib) = env.obj(0) {
            let k = lib.klass();
            if let Some(f) = k.instance_field("handle", "J") {
                lib.put_i64(f.offset, 1);
            }
            if let Some(f) = k.instance_field("jniVersion", "I") {
                lib.put_i32(f.offset, BUILTIN_JNI_VERSION);
            }
        }
        return Ok(Value::Int(1));
    }
    if throw_on_failure {
        let name = env
            .obj(1)
            .map(|s| runtime::strings::string_value(env.thread, s))
            .unwrap_or_default();
        let msg = format!("Can't load library: {name}");
        return Err(env.throw("java/lang/UnsatisfiedLinkError", &msg));
    }
    Ok(Value::Int(0))
}
