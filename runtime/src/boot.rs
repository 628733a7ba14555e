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

/// The instance size of the image's `java.lang.Class` with the VM's injected field: where
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
    kinds.push(ValueKind::Long);
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
    let oom = crate::exceptions::throw_new(thread, "java/lang/OutOfMemoryError", "Java heap space");
    match thread.take_pending() {
        Some(e) if e.klass().name == "java/lang/OutOfMemoryError" => {
            thread.vm.set_oom(e);
            Ok(())
        }
        Some(other) => Err(thread.throw(other)),
        None => Err(oom),
    }
}

/// Natives that are part of the VM itself rather than of the class library: the
/// `registerNatives` hooks of core classes (HotSpot binds those natives by name, so the hook
/// has nothing to do) and `Throwable.fillInStackTrace`.
pub(crate) fn register_vm_natives(registry: &NativeRegistry) {
    for class in [
        "java/lang/Class",
        "java/lang/System",
        "java/lang/Thread",
        "jdk/internal/misc/Unsafe",
        "jdk/internal/misc/VM",
    ] {
        registry.register(class, "registerNatives", "()V", register_natives);
    }
    registry.register(
        "java/lang/Throwable",
        "fillInStackTrace",
        "(I)Ljava/lang/Throwable;",
        fill_in_stack_trace,
    );
}

fn register_natives(_: &mut Env<'_>) -> JResult<Value> {
    Ok(Value::Void)
}

/// Records the number of Java frames in `Throwable.depth`. The backtrace itself (for
/// `getStackTrace` and printing) comes with the boot slice's `StackTraceElement` natives.
fn fill_in_stack_trace(env: &mut Env<'_>) -> JResult<Value> {
    let this = env.obj(0);
    if let Some(t) = this {
        let depth = env.thread.frames.len().saturating_sub(1) as i32;
        if let Some(f) = t.klass().instance_field("depth", "I") {
            t.put_i32(f.offset, depth);
        }
    }
    Ok(Value::Ref(this))
}
