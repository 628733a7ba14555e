//! `jdk.internal.perf.Perf`: the performance counters the class library keeps (class loading
//! times, zip files opened...). Each counter is 8 bytes of memory outside the heap, handed to
//! Java as a direct `ByteBuffer` over it, as HotSpot does with its perf memory (kept for the
//! VM's life; there is no external monitoring file).

use std::collections::HashSet;
use std::sync::{Arc, Mutex, OnceLock};
use std::time::Instant;

use runtime::klass::BOOT_LOADER;
use runtime::natives::{Env, NativeRegistry};
use runtime::oops::raw;
use runtime::{JResult, Value};

const PERF: &str = "jdk/internal/perf/Perf";

/// `PerfData` variabilities (constant, monotonic, variable) and the last unit (`U_Hertz`).
const V_CONSTANT: i32 = 1;
const V_VARIABLE: i32 = 3;
const U_LAST: i32 = 6;

/// Counter ticks per second: nanoseconds, as HotSpot on Linux.
const TICKS_PER_SECOND: i64 = 1_000_000_000;

pub(crate) fn register(r: &NativeRegistry) {
    r.register(PERF, "registerNatives", "()V", |_| Ok(Value::Void));
    r.register(
        PERF,
        "createLong",
        "(Ljava/lang/String;IIJ)Ljava/nio/ByteBuffer;",
        create_long,
    );
    r.register(PERF, "highResCounter", "()J", |_| {
        Ok(Value::Long(start().elapsed().as_nanos() as i64))
    });
    r.register(PERF, "highResFrequency", "()J", |_| {
        Ok(Value::Long(TICKS_PER_SECOND))
    });
}

/// The origin of `highResCounter` (the first use, standing for the VM's start).
fn start() -> &'static Instant {
    static START: OnceLock<Instant> = OnceLock::new();
    START.get_or_init(Instant::now)
}

/// Counter names in use, per VM (by the address of its shared state).
fn names() -> &'static Mutex<HashSet<(usize, String)>> {
    static NAMES: OnceLock<Mutex<HashSet<(usize, String)>>> = OnceLock::new();
    NAMES.get_or_init(Default::default)
}

/// `createLong(name, variability, units, value)`: a new 8-byte counter holding `value`.
fn create_long(env: &mut Env<'_>) -> JResult<Value> {
    let (variability, units, value) = (env.int(2), env.int(3), env.long(4));
    if units <= 0 || units > U_LAST {
        return Err(env.throw_no_message("java/lang/IllegalArgumentException"));
    }
    let Some(name) = env.obj(1) else {
        return Err(env.throw_no_message("java/lang/NullPointerException"));
    };
    let name = runtime::strings::string_value(env.thread, name);
    if !(V_CONSTANT..=V_VARIABLE).contains(&variability) {
        return Err(env.throw_no_message("java/lang/IllegalArgumentException"));
    }
    let vm = Arc::as_ptr(&env.thread.vm) as usize;
    let fresh = names()
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .insert((vm, name));
    if !fresh {
        return Err(env.throw(
            "java/lang/IllegalArgumentException",
            "PerfLong name already exists",
        ));
    }
    let Some(address) = raw::allocate(8) else {
        return Err(runtime::exceptions::throw_out_of_memory(
            env.thread,
            "Native memory allocation failed",
        ));
    };
    raw::put_i64(address, value, false);
    direct_byte_buffer(env, address, 8)
}

/// A `java.nio.DirectByteBuffer` over `capacity` bytes at `address` (JNI's
/// `NewDirectByteBuffer`: its `(long, int)` constructor).
pub(crate) fn direct_byte_buffer(
    env: &mut Env<'_>,
    address: usize,
    capacity: i32,
) -> JResult<Value> {
    let k = runtime::loader::load_class(env.thread, BOOT_LOADER, "java/nio/DirectByteBuffer")?;
    runtime::init::initialize(env.thread, k)?;
    let Some(ctor) = k.find_declared_method("<init>", "(JI)V") else {
        return Err(env.throw("java/lang/InternalError", "DirectByteBuffer(long, int)"));
    };
    let buffer = runtime::alloc::new_instance(env.thread, k)?;
    let local = env.local(Some(buffer));
    runtime::interpreter::call_method(
        env.thread,
        ctor,
        &[
            Value::Ref(Some(buffer)),
            Value::Long(address as i64),
            Value::Int(capacity),
        ],
    )?;
    Ok(Value::Ref(env.get(local)))
}
