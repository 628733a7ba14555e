//! `jdk.internal.misc.Unsafe`: field and array offsets, get/put of every type with plain and
//! volatile semantics, compare-and-set/exchange, fences, off-heap memory, class
//! initialisation and allocation. An access with a `null` base is an absolute address.

use runtime::natives::{Env, NativeRegistry};
use runtime::oops::{ARRAY_BASE_OFFSET, ObjRef, raw};
use runtime::threads::{set_thread_status, status};
use runtime::{JResult, Value};
use std::time::{Duration, Instant};

const U: &str = "jdk/internal/misc/Unsafe";

/// The absolute address of (`base`, `offset`).
fn address(env: &Env<'_>, base: usize, offset: usize) -> usize {
    env.obj(base)
        .map_or(0, ObjRef::addr)
        .wrapping_add(env.long(offset) as usize)
}

macro_rules! get_put {
    ($get:ident, $put:ident, $getv:ident, $putv:ident, $rget:ident, $rput:ident, $to:expr, $from:expr) => {
        fn $get(env: &mut Env<'_>) -> JResult<Value> {
            Ok($to(raw::$rget(address(env, 1, 2), false)))
        }
        fn $getv(env: &mut Env<'_>) -> JResult<Value> {
            Ok($to(raw::$rget(address(env, 1, 2), true)))
        }
        fn $put(env: &mut Env<'_>) -> JResult<Value> {
            raw::$rput(address(env, 1, 2), $from(env, 3), false);
            Ok(Value::Void)
        }
        fn $putv(env: &mut Env<'_>) -> JResult<Value> {
            raw::$rput(address(env, 1, 2), $from(env, 3), true);
            Ok(Value::Void)
        }
    };
}

get_put!(
    get_int,
    put_int,
    get_int_v,
    put_int_v,
    get_i32,
    put_i32,
    Value::Int,
    |e: &Env<'_>, i| e.int(i)
);
get_put!(
    get_long,
    put_long,
    get_long_v,
    put_long_v,
    get_i64,
    put_i64,
    Value::Long,
    |e: &Env<'_>, i| e.long(i)
);
get_put!(
    get_byte,
    put_byte,
    get_byte_v,
    put_byte_v,
    get_i8,
    put_i8,
    |v: i8| Value::Int(v.into()),
    |e: &Env<'_>, i| e.int(i) as i8
);
get_put!(
    get_bool,
    put_bool,
    get_bool_v,
    put_bool_v,
    get_i8,
    put_i8,
    |v: i8| Value::Int((v != 0).into()),
    |e: &Env<'_>, i| (e.int(i) & 1) as i8
);
get_put!(
    get_short,
    put_short,
    get_short_v,
    put_short_v,
    get_i16,
    put_i16,
    |v: i16| Value::Int(v.into()),
    |e: &Env<'_>, i| e.int(i) as i16
);
get_put!(
    get_char,
    put_char,
    get_char_v,
    put_char_v,
    get_i16,
    put_i16,
    |v: i16| Value::Int((v as u16).into()),
    |e: &Env<'_>, i| e.int(i) as i16
);
get_put!(
    get_float,
    put_float,
    get_float_v,
    put_float_v,
    get_i32,
    put_i32,
    |v: i32| Value::Float(f32::from_bits(v as u32)),
    |e: &Env<'_>, i| e.float(i).to_bits() as i32
);
get_put!(
    get_double,
    put_double,
    get_double_v,
    put_double_v,
    get_i64,
    put_i64,
    |v: i64| Value::Double(f64::from_bits(v as u64)),
    |e: &Env<'_>, i| e.double(i).to_bits() as i64
);

fn get_ref(env: &mut Env<'_>) -> JResult<Value> {
    Ok(Value::Ref(ObjRef::from_addr(
        raw::get_i64(address(env, 1, 2), false) as usize,
    )))
}
fn get_ref_v(env: &mut Env<'_>) -> JResult<Value> {
    Ok(Value::Ref(ObjRef::from_addr(
        raw::get_i64(address(env, 1, 2), true) as usize,
    )))
}
fn put_ref_with(env: &mut Env<'_>, volatile: bool) -> JResult<Value> {
    let value = env.obj(3);
    match env.obj(1) {
        Some(o) => {
            let off = env.long(2) as usize;
            if volatile {
                o.put_ref_volatile(off, value)
            } else {
                o.put_ref(off, value)
            }
        }
        None => raw::put_i64(
            address(env, 1, 2),
            value.map_or(0, ObjRef::addr) as i64,
            volatile,
        ),
    }
    Ok(Value::Void)
}
fn put_ref(env: &mut Env<'_>) -> JResult<Value> {
    put_ref_with(env, false)
}
fn put_ref_v(env: &mut Env<'_>) -> JResult<Value> {
    put_ref_with(env, true)
}

fn cas_int(env: &mut Env<'_>) -> JResult<Value> {
    let (e, n) = (env.int(3), env.int(4));
    Ok(Value::Int(
        (raw::cas_i32(address(env, 1, 2), e, n) == e).into(),
    ))
}
fn cax_int(env: &mut Env<'_>) -> JResult<Value> {
    Ok(Value::Int(raw::cas_i32(
        address(env, 1, 2),
        env.int(3),
        env.int(4),
    )))
}
fn cas_long(env: &mut Env<'_>) -> JResult<Value> {
    let (e, n) = (env.long(3), env.long(4));
    Ok(Value::Int(
        (raw::cas_i64(address(env, 1, 2), e, n) == e).into(),
    ))
}
fn cax_long(env: &mut Env<'_>) -> JResult<Value> {
    Ok(Value::Long(raw::cas_i64(
        address(env, 1, 2),
        env.long(3),
        env.long(4),
    )))
}
fn cas_ref_raw(env: &mut Env<'_>) -> i64 {
    let (expected, new) = (env.obj(3), env.obj(4));
    match env.obj(1) {
        // The barrier runs only when the store happened; re-storing the value instead would
        // race with a later successful exchange by another thread (a lost update).
        Some(o) => o
            .compare_exchange_ref(env.long(2) as usize, expected, new)
            .map_or(0, ObjRef::addr) as i64,
        None => raw::cas_i64(
            address(env, 1, 2),
            expected.map_or(0, ObjRef::addr) as i64,
            new.map_or(0, ObjRef::addr) as i64,
        ),
    }
}
fn cas_ref(env: &mut Env<'_>) -> JResult<Value> {
    let e = env.obj(3).map_or(0, ObjRef::addr) as i64;
    Ok(Value::Int((cas_ref_raw(env) == e).into()))
}
fn cax_ref(env: &mut Env<'_>) -> JResult<Value> {
    Ok(Value::Ref(ObjRef::from_addr(cas_ref_raw(env) as usize)))
}

fn fence(_: &mut Env<'_>) -> JResult<Value> {
    std::sync::atomic::fence(std::sync::atomic::Ordering::SeqCst);
    Ok(Value::Void)
}

/// `park(isAbsolute, time)`: consumes `LockSupport`'s permit, waiting for it outside Java
/// until an `unpark`, an interrupt, or the deadline (`time` nanoseconds from now, or the
/// epoch millisecond `time` when absolute; relative 0 waits without deadline).
fn park(env: &mut Env<'_>) -> JResult<Value> {
    let (absolute, time) = (env.int(1) != 0, env.long(2));
    if time < 0 || (absolute && time == 0) {
        return Ok(Value::Void);
    }
    let deadline = if absolute {
        let now_ms = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_millis() as i64);
        let wait = Duration::from_millis(time.saturating_sub(now_ms).max(0) as u64);
        Some(Instant::now().checked_add(wait))
    } else if time > 0 {
        Some(Instant::now().checked_add(Duration::from_nanos(time as u64)))
    } else {
        None
    };
    let handle = env.thread.handle.clone();
    if handle.parker.try_consume() || runtime::threads::is_interrupted(env.thread) {
        return Ok(Value::Void);
    }
    let timed = deadline.is_some();
    // An absurdly far deadline waits without one.
    let deadline = deadline.flatten();
    set_thread_status(
        env.thread,
        if timed {
            status::PARKED_TIMED
        } else {
            status::PARKED
        },
    );
    env.thread.blocked(|| handle.parker.park(deadline));
    set_thread_status(env.thread, status::RUNNABLE);
    Ok(Value::Void)
}

/// `unpark(thread)`: makes the thread's permit available (a thread not started or ended is
/// ignored).
fn unpark(env: &mut Env<'_>) -> JResult<Value> {
    if let Some(t) = env.obj(1)
        && let Some(handle) = runtime::threads::handle_of(&env.thread.vm, t)
    {
        handle.parker.unpark();
    }
    Ok(Value::Void)
}

fn array_base_offset(env: &mut Env<'_>) -> JResult<Value> {
    let _ = env.obj(1);
    Ok(Value::Int(ARRAY_BASE_OFFSET as i32))
}

fn array_index_scale(env: &mut Env<'_>) -> JResult<Value> {
    let k = env.obj(1).and_then(runtime::mirror::klass_of_mirror);
    match k.filter(|k| k.is_array()) {
        Some(k) => Ok(Value::Int(k.element_size() as i32)),
        None => Err(env.throw_no_message("java/lang/IllegalArgumentException")),
    }
}

fn object_field_offset1(env: &mut Env<'_>) -> JResult<Value> {
    let k = env.obj(1).and_then(runtime::mirror::klass_of_mirror);
    let name = env
        .obj(2)
        .map(|s| runtime::strings::string_value(env.thread, s));
    let found = k.zip(name).and_then(|(k, n)| {
        k.fields
            .iter()
            .find(|f| f.name == n && !f.is_static() && !f.injected)
            .map(|f| f.offset)
    });
    match found {
        Some(off) => Ok(Value::Long(off as i64)),
        None => Err(env.throw_no_message("java/lang/InternalError")),
    }
}

fn ensure_class_initialized(env: &mut Env<'_>) -> JResult<Value> {
    if let Some(k) = env.obj(1).and_then(runtime::mirror::klass_of_mirror) {
        runtime::init::initialize(env.thread, k)?;
    }
    Ok(Value::Void)
}

fn should_be_initialized(env: &mut Env<'_>) -> JResult<Value> {
    let k = env.obj(1).and_then(runtime::mirror::klass_of_mirror);
    Ok(Value::Int(k.is_some_and(|k| !k.is_initialized()).into()))
}

fn allocate_instance(env: &mut Env<'_>) -> JResult<Value> {
    let mirror = env.obj(1);
    let k = mirror.and_then(runtime::mirror::klass_of_mirror);
    let Some(k) = k.filter(|k| !k.is_abstract() && !k.is_array()) else {
        let name = k.map_or("primitive".to_string(), |k| k.external_name());
        return Err(env.throw("java/lang/InstantiationException", &name));
    };
    runtime::init::initialize(env.thread, k)?;
    Ok(Value::Ref(Some(runtime::alloc::new_instance(
        env.thread, k,
    )?)))
}

fn throw_exception(env: &mut Env<'_>) -> JResult<Value> {
    match env.obj(1) {
        Some(e) => Err(env.thread.throw(e)),
        None => Err(env.throw_no_message("java/lang/NullPointerException")),
    }
}

fn allocate_memory(env: &mut Env<'_>) -> JResult<Value> {
    match raw::allocate(env.long(1) as usize) {
        Some(a) => Ok(Value::Long(a as i64)),
        None => Err(env.throw("java/lang/OutOfMemoryError", "Unable to allocate memory")),
    }
}

fn reallocate_memory(env: &mut Env<'_>) -> JResult<Value> {
    match raw::reallocate(env.long(1) as usize, env.long(2) as usize) {
        Some(a) => Ok(Value::Long(a as i64)),
        None => Err(env.throw("java/lang/OutOfMemoryError", "Unable to allocate memory")),
    }
}

fn free_memory(env: &mut Env<'_>) -> JResult<Value> {
    raw::free(env.long(1) as usize);
    Ok(Value::Void)
}

fn set_memory(env: &mut Env<'_>) -> JResult<Value> {
    raw::fill(address(env, 1, 2), env.long(3) as usize, env.int(4) as u8);
    Ok(Value::Void)
}

fn copy_memory(env: &mut Env<'_>) -> JResult<Value> {
    let (src, dst) = (address(env, 1, 2), address(env, 3, 4));
    raw::copy(src, dst, env.long(5) as usize);
    Ok(Value::Void)
}

/// `copySwapMemory0(srcBase, srcOffset, destBase, destOffset, bytes, elemSize)`: copies
/// `bytes` reversing the byte order of each `elemSize`-byte element (through a buffer, since
/// the ranges need not be aligned).
fn copy_swap_memory(env: &mut Env<'_>) -> JResult<Value> {
    let (src, dst) = (address(env, 1, 2), address(env, 3, 4));
    let (bytes, size) = (env.long(5) as usize, env.long(6) as usize);
    let mut buffer = vec![0u8; bytes];
    raw::copy(src, buffer.as_mut_ptr() as usize, bytes);
    if size > 1 {
        for element in buffer.chunks_exact_mut(size) {
            element.reverse();
        }
    }
    raw::copy(buffer.as_ptr() as usize, dst, bytes);
    Ok(Value::Void)
}

pub(crate) fn register(r: &NativeRegistry) {
    let typed: [(
        &str,
        &str,
        runtime::natives::NativeFn,
        runtime::natives::NativeFn,
        runtime::natives::NativeFn,
        runtime::natives::NativeFn,
    ); 9] = [
        ("Int", "I", get_int, put_int, get_int_v, put_int_v),
        ("Long", "J", get_long, put_long, get_long_v, put_long_v),
        ("Byte", "B", get_byte, put_byte, get_byte_v, put_byte_v),
        ("Boolean", "Z", get_bool, put_bool, get_bool_v, put_bool_v),
        ("Short", "S", get_short, put_short, get_short_v, put_short_v),
        ("Char", "C", get_char, put_char, get_char_v, put_char_v),
        ("Float", "F", get_float, put_float, get_float_v, put_float_v),
        (
            "Double",
            "D",
            get_double,
            put_double,
            get_double_v,
            put_double_v,
        ),
        (
            "Reference",
            "Ljava/lang/Object;",
            get_ref,
            put_ref,
            get_ref_v,
            put_ref_v,
        ),
    ];
    for (name, d, get, put, getv, putv) in typed {
        r.register(
            U,
            &format!("get{name}"),
            &format!("(Ljava/lang/Object;J){d}"),
            get,
        );
        r.register(
            U,
            &format!("put{name}"),
            &format!("(Ljava/lang/Object;J{d})V"),
            put,
        );
        r.register(
            U,
            &format!("get{name}Volatile"),
            &format!("(Ljava/lang/Object;J){d}"),
            getv,
        );
        r.register(
            U,
            &format!("put{name}Volatile"),
            &format!("(Ljava/lang/Object;J{d})V"),
            putv,
        );
    }
    r.register(U, "compareAndSetInt", "(Ljava/lang/Object;JII)Z", cas_int);
    r.register(
        U,
        "compareAndExchangeInt",
        "(Ljava/lang/Object;JII)I",
        cax_int,
    );
    r.register(U, "compareAndSetLong", "(Ljava/lang/Object;JJJ)Z", cas_long);
    r.register(
        U,
        "compareAndExchangeLong",
        "(Ljava/lang/Object;JJJ)J",
        cax_long,
    );
    r.register(
        U,
        "compareAndSetReference",
        "(Ljava/lang/Object;JLjava/lang/Object;Ljava/lang/Object;)Z",
        cas_ref,
    );
    r.register(
        U,
        "compareAndExchangeReference",
        "(Ljava/lang/Object;JLjava/lang/Object;Ljava/lang/Object;)Ljava/lang/Object;",
        cax_ref,
    );
    r.register(U, "park", "(ZJ)V", park);
    r.register(U, "unpark", "(Ljava/lang/Object;)V", unpark);
    for f in ["loadFence", "storeFence", "fullFence"] {
        r.register(U, f, "()V", fence);
    }
    r.register(
        U,
        "arrayBaseOffset0",
        "(Ljava/lang/Class;)I",
        array_base_offset,
    );
    r.register(
        U,
        "arrayIndexScale0",
        "(Ljava/lang/Class;)I",
        array_index_scale,
    );
    r.register(
        U,
        "objectFieldOffset1",
        "(Ljava/lang/Class;Ljava/lang/String;)J",
        object_field_offset1,
    );
    r.register(
        U,
        "ensureClassInitialized0",
        "(Ljava/lang/Class;)V",
        ensure_class_initialized,
    );
    r.register(
        U,
        "shouldBeInitialized0",
        "(Ljava/lang/Class;)Z",
        should_be_initialized,
    );
    r.register(
        U,
        "allocateInstance",
        "(Ljava/lang/Class;)Ljava/lang/Object;",
        allocate_instance,
    );
    r.register(
        U,
        "throwException",
        "(Ljava/lang/Throwable;)V",
        throw_exception,
    );
    r.register(U, "allocateMemory0", "(J)J", allocate_memory);
    r.register(U, "reallocateMemory0", "(JJ)J", reallocate_memory);
    r.register(U, "freeMemory0", "(J)V", free_memory);
    r.register(U, "setMemory0", "(Ljava/lang/Object;JJB)V", set_memory);
    r.register(
        U,
        "copySwapMemory0",
        "(Ljava/lang/Object;JLjava/lang/Object;JJJ)V",
        copy_swap_memory,
    );
    r.register(
        U,
        "copyMemory0",
        "(Ljava/lang/Object;JLjava/lang/Object;JJ)V",
        copy_memory,
    );
}
