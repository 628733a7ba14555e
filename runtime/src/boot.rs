//! Creating the VM's core: `java.lang.Object` and `java.lang.Class` first, mirrors for the
//! classes loaded before `Class` existed, the well-known classes, and the preallocated
//! `OutOfMemoryError`. (The boot of java.base proper, `System.initPhase1` and on, is the next
//! slice.)

use std::io;

use classfile::ClassFile;
use gc::layout::{INSTANCE_FIELDS_OFFSET, align_object_size};

use crate::classpath::jimage::JImage;
use crate::klass::{BOOT_LOADER, CLASS_KLASS_FIELD, ValueKind, layout_fields};
use crate::loader::load_class;
use crate::mirror::create_mirror;
use crate::natives::{Env, NativeRegistry};
use crate::thread::{JResult, JavaThread};
use crate::vm::{Value, WellKnown};

/// The instance size of the image's `java.lang.Class` with the VM's injected fields: where
/// statics start in every mirror. Computed before any class is defined, exactly as defining
/// `Class` lays it out (`Class` extends `Object`, which has no instance fields).
pub fn class_instance_size(image: &JImage) -> io::Result<usize> {
    let err = |m: String| io::Error::new(io::ErrorKind::InvalidData, m);
    let (_, location) = image
        .find_class("java/lang/Class")
        .map_err(|e| err(e.to_string()))?
        .ok_or_else(|| err("java/lang/Class is not in the image".into()))?;
    let bytes = image.read(&location).map_err(|e| err(e.to_string()))?;
    let cf = ClassFile::parse(&bytes).map_err(|e| err(e.message))?;
    let mut kinds: Vec<ValueKind> = cf
        .fields
        .iter()
        .filter(|f| f.access_flags & classfile::model::access::STATIC == 0)
        .filter_map(|f| ValueKind::from_descriptor(&f.descriptor))
        .collect();
    // The injected `klass`, `protection_domain` and `signers` (see `klass::build`).
    kinds.extend([ValueKind::Long, ValueKind::Ref, ValueKind::Ref]);
    let (_, end, _) = layout_fields(INSTANCE_FIELDS_OFFSET, &kinds);
    Ok(align_object_size(end))
}

/// Loads the core classes and prepares what the runtime needs before running Java code.
pub(crate) fn boot(thread: &mut JavaThread) -> Result<(), ()> {
    boot_inner(thread).map_err(|_| ())
}

fn boot_inner(thread: &mut JavaThread) -> JResult<()> {
    // Mirrors need java.lang.Class, and the string constants of statics need String: load
    // these first, then give every class loaded so far its mirror.
    let object = load_class(thread, BOOT_LOADER, "java/lang/Object")?;
    let class = load_class(thread, BOOT_LOADER, "java/lang/Class")?;
    let string = load_class(thread, BOOT_LOADER, "java/lang/String")?;
    let throwable = load_class(thread, BOOT_LOADER, "java/lang/Throwable")?;
    let offset = class
        .find_declared_field(CLASS_KLASS_FIELD, "J")
        .map_or(0, |f| f.offset);
    debug_assert_eq!(class.instance_size, thread.vm.static_base);
    let field =
        |k: &crate::klass::Klass, n: &str, d: &str| k.instance_field(n, d).map_or(0, |f| f.offset);
    thread.vm.set_well_known(WellKnown {
        object,
        string,
        throwable,
        string_value: field(string, "value", "[B"),
        string_coder: field(string, "coder", "B"),
        string_hash: field(string, "hash", "I"),
        string_hash_is_zero: field(string, "hashIsZero", "Z"),
        throwable_message: field(throwable, "detailMessage", "Ljava/lang/String;"),
        throwable_cause: field(throwable, "cause", "Ljava/lang/Throwable;"),
    });
    thread.vm.set_class_klass(class, offset);
    for k in thread.vm.loaded_classes() {
        if k.mirror().is_none() {
            create_mirror(thread, k)?;
        }
    }
    for name in ["java/lang/Object", "java/lang/String", "java/lang/Class"] {
        let k = load_class(thread, BOOT_LOADER, name)?;
        crate::init::initialize(thread, k)?;
    }
    set_unsafe_constants(thread)?;
    let oom = crate::exceptions::throw_new(thread, "java/lang/OutOfMemoryError", "Java heap space");
    match thread.take_pending() {
        Some(e) if e.klass().name == "java/lang/OutOfMemoryError" => thread.vm.set_oom(e),
        Some(other) => return Err(thread.throw(other)),
        None => return Err(oom),
    }
    create_main_thread(thread)?;
    // As in HotSpot, java.lang.reflect.Method is initialised before initPhase1: its superclass
    // AccessibleObject publishes the JavaLangReflectAccess that ReflectionFactory captures.
    let method = load_class(thread, BOOT_LOADER, "java/lang/reflect/Method")?;
    crate::init::initialize(thread, method)
}

/// Creates the `system` and `main` thread groups and the `main` thread's `java.lang.Thread`,
/// in HotSpot's order: the thread object exists (with its priority) before its constructor
/// runs, since the constructor asks for `Thread.currentThread()`.
fn create_main_thread(thread: &mut JavaThread) -> JResult<()> {
    let group_klass = load_class(thread, BOOT_LOADER, "java/lang/ThreadGroup")?;
    crate::init::initialize(thread, group_klass)?;
    let system = construct(thread, group_klass, "()V", &[])?;
    let system_local = thread.new_local(Some(system));
    let name = crate::strings::new_string(thread, "main")?;
    let system = thread.local(system_local);
    let main_group = construct(
        thread,
        group_klass,
        "(Ljava/lang/ThreadGroup;Ljava/lang/String;)V",
        &[Value::Ref(system), Value::Ref(Some(name))],
    )?;
    let group_local = thread.new_local(Some(main_group));
    let thread_klass = load_class(thread, BOOT_LOADER, "java/lang/Thread")?;
    crate::init::initialize(thread, thread_klass)?;
    let obj = crate::alloc::new_instance(thread, thread_klass)?;
    if let Some(f) = thread_klass.instance_field("priority", "I") {
        obj.put_i32(f.offset, 5);
    }
    if let Some(f) = thread_klass.instance_field("eetop", "J") {
        obj.put_i64(f.offset, i64::from(thread.id));
    }
    thread.thread_object = obj.addr() as u64;
    let name = crate::strings::new_string(thread, "main")?;
    let obj = thread.thread_object().unwrap_or(obj);
    let ctor = thread_klass
        .find_declared_method("<init>", "(Ljava/lang/ThreadGroup;Ljava/lang/String;)V")
        .ok_or_else(|| {
            crate::exceptions::throw_new(
                thread,
                "java/lang/InternalError",
                "Thread(ThreadGroup, String)",
            )
        })?;
    let group = thread.local(group_local);
    crate::interpreter::call_method(
        thread,
        ctor,
        &[
            Value::Ref(Some(obj)),
            Value::Ref(group),
            Value::Ref(Some(name)),
        ],
    )?;
    if let (Some(obj), Some(f)) = (
        thread.thread_object(),
        thread_klass.instance_field("threadStatus", "I"),
    ) {
        obj.put_i32(f.offset, crate::threads::status::RUNNABLE);
    }
    thread.handles.truncate(system_local.0 as usize);
    Ok(())
}

/// `new K(args)` through the constructor with `descriptor`.
fn construct(
    thread: &mut JavaThread,
    k: &'static crate::klass::Klass,
    descriptor: &str,
    args: &[Value],
) -> JResult<crate::oops::ObjRef> {
    // The arguments are held in handles while the object is allocated (it may collect).
    let mark = thread.pin_values(args);
    let allocated = crate::alloc::new_instance(thread, k);
    let args = thread.unpin_values(args, mark);
    let obj = allocated?;
    let local = thread.new_local(Some(obj));
    let Some(ctor) = k.find_declared_method("<init>", descriptor) else {
        return Err(crate::exceptions::throw_new(
            thread,
            "java/lang/InternalError",
            descriptor,
        ));
    };
    let mut all = vec![Value::Ref(Some(obj))];
    all.extend(args);
    crate::interpreter::call_method(thread, ctor, &all)?;
    let obj = thread.local(local).unwrap_or(obj);
    thread.handles.truncate(local.0 as usize);
    Ok(obj)
}

/// Natives that are part of the VM itself rather than of the class library: the
/// `registerNatives` hooks of core classes (HotSpot binds those natives by name, so the hook
/// has nothing to do) and `Throwable.fillInStackTrace`.
pub fn register_vm_natives(registry: &NativeRegistry) {
    for class in [
        "java/lang/Class",
        "java/lang/ClassLoader",
        "java/lang/System",
        "java/lang/Thread",
        "jdk/internal/misc/Unsafe",
        "jdk/internal/misc/VM",
    ] {
        registry.register(class, "registerNatives", "()V", register_natives);
    }
    registry.register(
        "jdk/internal/misc/VM",
        "initialize",
        "()V",
        register_natives,
    );
    registry.register(
        "java/lang/Throwable",
        "fillInStackTrace",
        "(I)Ljava/lang/Throwable;",
        crate::backtrace::fill_in_stack_trace,
    );
    registry.register(
        "java/lang/StackTraceElement",
        "initStackTraceElements",
        "([Ljava/lang/StackTraceElement;Ljava/lang/Throwable;)V",
        crate::backtrace::init_stack_trace_elements,
    );
    registry.register("java/lang/Thread", "start0", "()V", crate::threads::start0);
    crate::invoke::natives::register(registry);
    registry.register(
        "java/lang/ref/Reference",
        "waitForReferencePendingList",
        "()V",
        crate::threads::wait_for_reference_pending_list,
    );
}

fn register_natives(_: &mut Env<'_>) -> JResult<Value> {
    Ok(Value::Void)
}

/// Initialises `jdk.internal.misc.UnsafeConstants` and stores the machine's values in its
/// static finals, as HotSpot does at start-up (the class's own initialiser only sets zeroes).
fn set_unsafe_constants(thread: &mut JavaThread) -> JResult<()> {
    let k = load_class(thread, BOOT_LOADER, "jdk/internal/misc/UnsafeConstants")?;
    crate::init::initialize(thread, k)?;
    let Some(mirror) = k.mirror() else {
        return Ok(());
    };
    for f in k.fields.iter().filter(|f| f.is_static()) {
        match f.name.as_str() {
            "ADDRESS_SIZE0" => mirror.put_i32(f.offset, 8),
            "PAGE_SIZE" => mirror.put_i32(f.offset, 4096),
            "BIG_ENDIAN" => mirror.put_i8(f.offset, i8::from(cfg!(target_endian = "big"))),
            "UNALIGNED_ACCESS" => mirror.put_i8(f.offset, 1),
            "DATA_CACHE_LINE_FLUSH_SIZE" => mirror.put_i32(f.offset, 0),
            _ => {}
        }
    }
    Ok(())
}
