//! Natives of `jdk.internal.misc.VM` and `Signal`, `java.lang.Runtime`'s memory figures,
//! `java.lang.ref.Reference`, `ScopedMemoryAccess` and `ObjectStreamClass`.
//!
//! Signals: `Signal.handle0` records the Java handler for a signal and answers the previous
//! one, but installs no OS signal handler yet (that needs a signal-dispatch thread, issue 6),
//! so `Ctrl-C` still ends the process without running shutdown hooks.

use std::collections::HashMap;
use std::sync::{Mutex, OnceLock};

use runtime::natives::{Env, NativeRegistry};
use runtime::oops::ObjRef;
use runtime::{JResult, Value};

use crate::io_support::{new_object_array, new_string};
use crate::os;

const VM: &str = "jdk/internal/misc/VM";
const SIGNAL: &str = "jdk/internal/misc/Signal";
const RUNTIME: &str = "java/lang/Runtime";
const REFERENCE: &str = "java/lang/ref/Reference";

pub(crate) fn register(r: &NativeRegistry) {
    r.register(VM, "getuid", "()J", |_| Ok(Value::Long(os::ids().0.into())));
    r.register(VM, "geteuid", "()J", |_| {
        Ok(Value::Long(os::ids().1.into()))
    });
    r.register(VM, "getgid", "()J", |_| Ok(Value::Long(os::ids().2.into())));
    r.register(VM, "getegid", "()J", |_| {
        Ok(Value::Long(os::ids().3.into()))
    });
    r.register(VM, "getNanoTimeAdjustment", "(J)J", nano_time_adjustment);
    r.register(
        VM,
        "getRuntimeArguments",
        "()[Ljava/lang/String;",
        runtime_arguments,
    );

    r.register(SIGNAL, "findSignal0", "(Ljava/lang/String;)I", find_signal);
    r.register(SIGNAL, "handle0", "(IJ)J", handle_signal);

    r.register(RUNTIME, "maxMemory", "()J", |e| {
        Ok(Value::Long(e.thread.vm.heap.max_capacity() as i64))
    });
    r.register(RUNTIME, "gc", "()V", |e| {
        if !e.thread.vm.gc.explicit_gc_disabled {
            let request = runtime::collector::system_gc_request();
            runtime::collector::collect(e.thread, request);
        }
        Ok(Value::Void)
    });
    r.register(RUNTIME, "totalMemory", "()J", |e| {
        Ok(Value::Long(e.thread.vm.heap.capacity() as i64))
    });
    r.register(RUNTIME, "freeMemory", "()J", |e| {
        let heap = &e.thread.vm.heap;
        Ok(Value::Long(
            heap.capacity().saturating_sub(heap.used()) as i64
        ))
    });

    r.register(REFERENCE, "refersTo0", "(Ljava/lang/Object;)Z", refers_to);
    r.register(
        "java/lang/ref/PhantomReference",
        "refersTo0",
        "(Ljava/lang/Object;)Z",
        refers_to,
    );
    r.register(REFERENCE, "clear0", "()V", clear_referent);
    r.register(REFERENCE, "hasReferencePendingList", "()Z", |e| {
        Ok(Value::Int(e.thread.vm.heap.has_pending_references().into()))
    });
    r.register(
        REFERENCE,
        "getAndClearReferencePendingList",
        "()Ljava/lang/ref/Reference;",
        |e| {
            let head = e.thread.vm.heap.take_pending_references();
            Ok(Value::Ref(ObjRef::from_addr(head)))
        },
    );

    r.register(
        "jdk/internal/misc/ScopedMemoryAccess",
        "registerNatives",
        "()V",
        |_| Ok(Value::Void),
    );
    r.register("java/io/ObjectStreamClass", "initNative", "()V", |_| {
        Ok(Value::Void)
    });
    r.register(
        "java/io/ObjectStreamClass",
        "hasStaticInitializer",
        "(Ljava/lang/Class;)Z",
        has_static_initializer,
    );
}

/// HotSpot's bound on the offset: the answer is -1 when the current time is more than 2^32
/// seconds away from `offsetInSeconds`.
const MAX_DIFF_SECONDS: i64 = 0x1_0000_0000;

/// `getNanoTimeAdjustment(offset)`: nanoseconds from `offset` (seconds since the epoch) to now.
fn nano_time_adjustment(env: &mut Env<'_>) -> JResult<Value> {
    let offset = env.long(0);
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap_or_default();
    let diff = now.as_secs() as i64 - offset;
    if diff >= MAX_DIFF_SECONDS || diff <= -MAX_DIFF_SECONDS {
        return Ok(Value::Long(-1));
    }
    Ok(Value::Long(
        diff * 1_000_000_000 + i64::from(now.subsec_nanos()),
    ))
}

/// The VM's options as `java` was given them: the `-D` properties.
fn runtime_arguments(env: &mut Env<'_>) -> JResult<Value> {
    let args: Vec<String> = env
        .thread
        .vm
        .properties
        .iter()
        .map(|(k, v)| format!("-D{k}={v}"))
        .collect();
    let array = new_object_array(env, "java/lang/String", &args, |env, s| {
        new_string(env, s).map(Some)
    })?;
    Ok(Value::Ref(Some(array)))
}

/// Linux's signal numbers by the names `Signal` takes (without "SIG").
const SIGNALS: [(&str, i32); 30] = [
    ("HUP", libc::SIGHUP),
    ("INT", libc::SIGINT),
    ("QUIT", libc::SIGQUIT),
    ("ILL", libc::SIGILL),
    ("TRAP", libc::SIGTRAP),
    ("ABRT", libc::SIGABRT),
    ("IOT", libc::SIGIOT),
    ("BUS", libc::SIGBUS),
    ("FPE", libc::SIGFPE),
    ("KILL", libc::SIGKILL),
    ("USR1", libc::SIGUSR1),
    ("SEGV", libc::SIGSEGV),
    ("USR2", libc::SIGUSR2),
    ("PIPE", libc::SIGPIPE),
    ("ALRM", libc::SIGALRM),
    ("TERM", libc::SIGTERM),
    ("STKFLT", libc::SIGSTKFLT),
    ("CHLD", libc::SIGCHLD),
    ("CONT", libc::SIGCONT),
    ("STOP", libc::SIGSTOP),
    ("TSTP", libc::SIGTSTP),
    ("TTIN", libc::SIGTTIN),
    ("TTOU", libc::SIGTTOU),
    ("URG", libc::SIGURG),
    ("XCPU", libc::SIGXCPU),
    ("XFSZ", libc::SIGXFSZ),
    ("VTALRM", libc::SIGVTALRM),
    ("PROF", libc::SIGPROF),
    ("WINCH", libc::SIGWINCH),
    ("SYS", libc::SIGSYS),
];

fn find_signal(env: &mut Env<'_>) -> JResult<Value> {
    let Some(name) = env.obj(0) else {
        return Err(env.throw_no_message("java/lang/NullPointerException"));
    };
    let name = runtime::strings::string_value(env.thread, name);
    let number = SIGNALS
        .iter()
        .find(|(n, _)| *n == name)
        .map_or(-1, |(_, s)| *s);
    Ok(Value::Int(number))
}

/// The handler recorded per signal (0 is the default action, as `SIG_DFL`).
fn handlers() -> &'static Mutex<HashMap<i32, i64>> {
    static HANDLERS: OnceLock<Mutex<HashMap<i32, i64>>> = OnceLock::new();
    HANDLERS.get_or_init(Default::default)
}

/// `handle0(sig, handler)`: records `handler` and answers the previous one; -1 (refused) for
/// the signals HotSpot keeps for itself or the OS does not let be caught.
fn handle_signal(env: &mut Env<'_>) -> JResult<Value> {
    let (sig, handler) = (env.int(0), env.long(1));
    let reserved = [
        libc::SIGKILL,
        libc::SIGSTOP,
        libc::SIGSEGV,
        libc::SIGBUS,
        libc::SIGFPE,
        libc::SIGILL,
        libc::SIGQUIT,
    ];
    if reserved.contains(&sig) {
        return Ok(Value::Long(-1));
    }
    let mut table = handlers().lock().unwrap_or_else(|p| p.into_inner());
    let old = table.insert(sig, handler).unwrap_or(0);
    Ok(Value::Long(old))
}

/// The offset of `Reference.referent`.
fn referent_offset(reference: runtime::oops::ObjRef) -> Option<usize> {
    reference
        .klass()
        .instance_field("referent", "Ljava/lang/Object;")
        .map(|f| f.offset)
}

fn refers_to(env: &mut Env<'_>) -> JResult<Value> {
    let this = env.obj(0).expect("receiver");
    let referent = referent_offset(this).and_then(|o| this.get_ref(o));
    Ok(Value::Int((referent == env.obj(1)).into()))
}

fn clear_referent(env: &mut Env<'_>) -> JResult<Value> {
    let this = env.obj(0).expect("receiver");
    if let Some(o) = referent_offset(this) {
        this.put_ref(o, None);
    }
    Ok(Value::Void)
}

/// Whether the class declares a static initialiser (`<clinit>`).
/// `ObjectStreamClass.hasStaticInitializer(cl)`: whether the class declares `<clinit>`. The
/// JDK asks through JNI's `GetStaticMethodID`, which initialises the class first: its static
/// initialiser runs now, and its failure propagates.
fn has_static_initializer(env: &mut Env<'_>) -> JResult<Value> {
    let Some(k) = env.obj(0).and_then(runtime::mirror::klass_of_mirror) else {
        return Ok(Value::Int(0));
    };
    if !k.is_array() {
        runtime::init::initialize(env.thread, k)?;
    }
    let has = k.find_declared_method("<clinit>", "()V").is_some();
    Ok(Value::Int(has.into()))
}
