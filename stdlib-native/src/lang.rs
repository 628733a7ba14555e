//! `java.lang` natives: `Object`, `System.identityHashCode`, `Float`/`Double` bit
//! conversions, `StringUTF16`, `String.intern`, `Class`, `NullPointerException`.

use runtime::natives::{Env, NativeRegistry};
use runtime::{JResult, Value};

pub(crate) fn register(r: &NativeRegistry) {
    r.register("java/lang/Object", "hashCode", "()I", object_hash_code);
    r.register(
        "java/lang/Object",
        "getClass",
        "()Ljava/lang/Class;",
        object_get_class,
    );
    r.register(
        "java/lang/Object",
        "clone",
        "()Ljava/lang/Object;",
        object_clone,
    );
    r.register("java/lang/Object", "notify", "()V", object_notify);
    r.register("java/lang/Object", "notifyAll", "()V", object_notify_all);
    r.register("java/lang/Object", "wait", "(J)V", object_wait);
    r.register(
        "java/lang/System",
        "identityHashCode",
        "(Ljava/lang/Object;)I",
        system_identity_hash,
    );
    r.register(
        "java/lang/Float",
        "floatToRawIntBits",
        "(F)I",
        float_to_raw_int_bits,
    );
    r.register(
        "java/lang/Float",
        "intBitsToFloat",
        "(I)F",
        int_bits_to_float,
    );
    r.register(
        "java/lang/Double",
        "doubleToRawLongBits",
        "(D)J",
        double_to_raw_long_bits,
    );
    r.register(
        "java/lang/Double",
        "longBitsToDouble",
        "(J)D",
        long_bits_to_double,
    );
    r.register(
        "java/lang/StringUTF16",
        "isBigEndian",
        "()Z",
        string_utf16_is_big_endian,
    );
    r.register(
        "java/lang/String",
        "intern",
        "()Ljava/lang/String;",
        string_intern,
    );
    r.register(
        "java/lang/NullPointerException",
        "getExtendedNPEMessage",
        "()Ljava/lang/String;",
        npe_extended_message,
    );
    r.register("java/lang/StrictMath", "sqrt", "(D)D", strict_sqrt);
    r.register(
        "java/lang/System",
        "setIn0",
        "(Ljava/io/InputStream;)V",
        system_set_stream,
    );
    r.register(
        "java/lang/System",
        "setOut0",
        "(Ljava/io/PrintStream;)V",
        system_set_stream,
    );
    r.register(
        "java/lang/System",
        "setErr0",
        "(Ljava/io/PrintStream;)V",
        system_set_stream,
    );
    r.register("java/lang/System", "nanoTime", "()J", nano_time);
    r.register(
        "java/lang/Runtime",
        "availableProcessors",
        "()I",
        available_processors,
    );
    r.register(
        "java/lang/System",
        "currentTimeMillis",
        "()J",
        current_time_millis,
    );
    r.register(
        "java/security/AccessController",
        "getStackAccessControlContext",
        "()Ljava/security/AccessControlContext;",
        null_result,
    );
}

fn object_hash_code(env: &mut Env<'_>) -> JResult<Value> {
    let this = env
        .obj(0)
        .expect("the receiver of an instance method is never null");
    Ok(Value::Int(runtime::monitor::identity_hash(this)))
}

fn object_get_class(env: &mut Env<'_>) -> JResult<Value> {
    let this = env
        .obj(0)
        .expect("the receiver of an instance method is never null");
    Ok(Value::Ref(this.klass().mirror()))
}

/// `Object.clone`: arrays and `Cloneable` instances are copied shallowly, anything else throws
/// `CloneNotSupportedException` naming the class.
fn object_clone(env: &mut Env<'_>) -> JResult<Value> {
    let this = env
        .obj(0)
        .expect("the receiver of an instance method is never null");
    let k = this.klass();
    let cloneable = k.is_array()
        || k.all_interfaces
            .iter()
            .any(|i| i.name == "java/lang/Cloneable");
    if !cloneable {
        let name = k.external_name();
        return Err(env.throw("java/lang/CloneNotSupportedException", &name));
    }
    let copy = runtime::alloc::clone_object(env.thread, this)?;
    Ok(Value::Ref(Some(copy)))
}

/// `notify`: the caller must own the monitor.
fn object_notify(env: &mut Env<'_>) -> JResult<Value> {
    let this = env
        .obj(0)
        .expect("the receiver of an instance method is never null");
    runtime::monitor::monitor_notify(env.thread, this, false)?;
    Ok(Value::Void)
}

/// `notifyAll`: the caller must own the monitor.
fn object_notify_all(env: &mut Env<'_>) -> JResult<Value> {
    let this = env
        .obj(0)
        .expect("the receiver of an instance method is never null");
    runtime::monitor::monitor_notify(env.thread, this, true)?;
    Ok(Value::Void)
}

/// `wait(timeoutMillis)`.
fn object_wait(env: &mut Env<'_>) -> JResult<Value> {
    let this = env.arg_local(0);
    let timeout = env.long(1);
    runtime::monitor::monitor_wait(env.thread, this, timeout)?;
    Ok(Value::Void)
}

fn system_identity_hash(env: &mut Env<'_>) -> JResult<Value> {
    Ok(Value::Int(
        env.obj(0).map_or(0, runtime::monitor::identity_hash),
    ))
}

fn float_to_raw_int_bits(env: &mut Env<'_>) -> JResult<Value> {
    Ok(Value::Int(env.float(0).to_bits() as i32))
}

fn int_bits_to_float(env: &mut Env<'_>) -> JResult<Value> {
    Ok(Value::Float(f32::from_bits(env.int(0) as u32)))
}

fn double_to_raw_long_bits(env: &mut Env<'_>) -> JResult<Value> {
    Ok(Value::Long(env.double(0).to_bits() as i64))
}

fn long_bits_to_double(env: &mut Env<'_>) -> JResult<Value> {
    Ok(Value::Double(f64::from_bits(env.long(0) as u64)))
}

fn string_utf16_is_big_endian(_: &mut Env<'_>) -> JResult<Value> {
    Ok(Value::Int(i32::from(cfg!(target_endian = "big"))))
}

fn string_intern(env: &mut Env<'_>) -> JResult<Value> {
    let this = env
        .obj(0)
        .expect("the receiver of an instance method is never null");
    Ok(Value::Ref(Some(runtime::strings::intern_string(
        env.thread, this,
    ))))
}

/// Reached only for `NullPointerException`s created by Java code (`new
/// NullPointerException()`): HotSpot gives those no extended message. The VM's own NPEs carry
/// their message from the moment they are thrown.
/// `NullPointerException.getExtendedNPEMessage`: the helpful message, computed now from the
/// top frame of the exception's backtrace.
fn npe_extended_message(env: &mut Env<'_>) -> JResult<Value> {
    let this = env.arg_local(0);
    let Some(npe) = env.get(this) else {
        return Ok(Value::Ref(None));
    };
    match runtime::backtrace::extended_npe_message(npe) {
        Some(message) => {
            let s = runtime::strings::new_string(env.thread, &message)?;
            Ok(Value::Ref(Some(s)))
        }
        None => Ok(Value::Ref(None)),
    }
}

/// IEEE 754 square root is correctly rounded, so fdlibm's result is Rust's.
fn strict_sqrt(env: &mut Env<'_>) -> JResult<Value> {
    Ok(Value::Double(env.double(0).sqrt()))
}

/// No protection domains on the stack: every class is fully privileged until security
/// managers and class loaders with domains arrive (boot slice), which HotSpot reports as null.
fn null_result(_: &mut Env<'_>) -> JResult<Value> {
    Ok(Value::Ref(None))
}

fn nano_time(_: &mut Env<'_>) -> JResult<Value> {
    use std::sync::OnceLock;
    use std::time::Instant;
    static ORIGIN: OnceLock<Instant> = OnceLock::new();
    let origin = *ORIGIN.get_or_init(Instant::now);
    Ok(Value::Long(origin.elapsed().as_nanos() as i64))
}

fn current_time_millis(_: &mut Env<'_>) -> JResult<Value> {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_millis() as i64);
    Ok(Value::Long(now))
}

fn available_processors(_: &mut Env<'_>) -> JResult<Value> {
    let n = std::thread::available_parallelism().map_or(1, |n| n.get());
    Ok(Value::Int(n as i32))
}

/// `System.setIn0`/`setOut0`/`setErr0`: store the stream in the `static final` field `in`,
/// `out` or `err` (final fields the JDK's own code cannot assign).
fn system_set_stream(env: &mut Env<'_>) -> JResult<Value> {
    let method = env.method();
    let field = match method.name.as_str() {
        "setIn0" => "in",
        "setOut0" => "out",
        _ => "err",
    };
    let system = method.holder();
    let stream = env.obj(0);
    if let (Some(mirror), Some(f)) = (
        system.mirror(),
        system
            .fields
            .iter()
            .find(|f| f.name == field && f.is_static()),
    ) {
        mirror.put_ref_volatile(f.offset, stream);
    }
    Ok(Value::Void)
}
