//! The boot of java.base's `System` in HotSpot's order (`create_vm`): `initPhase1`
//! (properties, standard streams), `initPhase2` (the module system's boot layer) and
//! `initPhase3` (security manager, system class loader, the thread's context loader).

use crate::klass::{BOOT_LOADER, Klass};
use crate::thread::{JResult, JavaThread};
use crate::vm::Value;

/// How the boot ended when it did not complete.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum BootFailure {
    /// A phase threw: the exception is pending.
    Threw,
    /// `initPhase2` returned an error code after printing its own report (HotSpot then exits
    /// with status 1 and no further message).
    ModuleSystem,
}

/// `JNI_OK`, what `initPhase2` returns when the boot layer is built.
const JNI_OK: i32 = 0;

/// Runs `initPhase1`, `initPhase2(printToStderr, printStackTrace)` with HotSpot's default
/// arguments (`-XX:+DisplayVMOutputToStderr` off, `-Xlog:init=debug` off) and `initPhase3`,
/// then records the system class loader as the application loader.
pub(crate) fn run(thread: &mut JavaThread) -> Result<(), BootFailure> {
    let system = crate::loader::load_class(thread, BOOT_LOADER, "java/lang/System")
        .map_err(|_| BootFailure::Threw)?;
    crate::init::initialize(thread, system).map_err(|_| BootFailure::Threw)?;
    call(thread, system, "initPhase1", "()V", &[]).map_err(|_| BootFailure::Threw)?;
    let phase2 = call(
        thread,
        system,
        "initPhase2",
        "(ZZ)I",
        &[Value::Int(0), Value::Int(0)],
    )
    .map_err(|_| BootFailure::Threw)?;
    if phase2 != Value::Int(JNI_OK) {
        return Err(BootFailure::ModuleSystem);
    }
    call(thread, system, "initPhase3", "()V", &[]).map_err(|_| BootFailure::Threw)?;
    attach_system_loader(thread).map_err(|_| BootFailure::Threw)
}

/// Makes `ClassLoader.getSystemClassLoader()` the application loader of the VM's loader
/// table (the loader and module of the class path's classes loaded so far).
fn attach_system_loader(thread: &mut JavaThread) -> JResult<()> {
    let class_loader = crate::loader::load_class(thread, BOOT_LOADER, "java/lang/ClassLoader")?;
    let loader = call(
        thread,
        class_loader,
        "getSystemClassLoader",
        "()Ljava/lang/ClassLoader;",
        &[],
    )?;
    if let Value::Ref(Some(loader)) = loader {
        crate::class_loaders::loader_id(thread, Some(loader));
    }
    Ok(())
}

fn call(
    thread: &mut JavaThread,
    class: &'static Klass,
    name: &str,
    descriptor: &str,
    args: &[Value],
) -> JResult<Value> {
    match class
        .find_declared_method(name, descriptor)
        .filter(|m| m.is_static())
    {
        Some(m) => crate::interpreter::call_method(thread, m, args),
        None => Err(crate::exceptions::throw_new(
            thread,
            "java/lang/NoSuchMethodError",
            &crate::klass::external_method_name(&class.external_name(), name, descriptor),
        )),
    }
}
