//! Running a program as the `java` launcher does once the VM exists: the boot of java.base
//! (`System.initPhase1` to `initPhase3`), the main class through the JDK's
//! `LauncherHelper.checkAndLoadMain` (java.c's `LoadMainClass`: its messages and exit status
//! for a missing class or `main`, the jar manifest's `Main-Class`), `main`, an uncaught
//! exception through the JDK's own
//! `Thread.dispatchUncaughtException`, the wait for the program's non-daemon threads
//! (HotSpot's `DestroyJavaVM`) and the shutdown hooks (`Shutdown.shutdown`).

use crate::klass::{APP_LOADER, BOOT_LOADER, Klass, LoaderId};
use crate::oops::ObjRef;
use crate::thread::{JResult, JavaThread};
use crate::vm::{Value, Vm};

/// How the command line names the program (java.c's launch modes, as `LauncherHelper`
/// numbers them).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MainKind {
    /// A main class (`java pkg.Main`).
    Class = 1,
    /// `-jar file.jar`: the manifest's `Main-Class`.
    Jar = 2,
    /// `-m module[/class]`.
    Module = 3,
    /// A single source file.
    Source = 4,
}

/// `java`'s module reports, which the JDK's `LauncherHelper` prints once the module system
/// is booted (java.c's `--show-resolved-modules`, `--list-modules`, `--describe-module`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ModuleReports {
    /// `--show-resolved-modules`: the boot layer's modules, then the launch goes on.
    pub show_resolved_modules: bool,
    /// `--list-modules`: the observable modules, then the VM ends.
    pub list_modules: bool,
    /// `--describe-module <name>`: one module's descriptor, then the VM ends.
    pub describe_module: Option<String>,
}

/// `-XshowSettings[:...]`: the settings the JDK's `LauncherHelper.showSettings` prints (to
/// standard error) before anything else, with the launcher's `-Xms`, `-Xmx` and `-Xss`
/// values (0 when not given).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ShowSettings {
    /// The option as given (`-XshowSettings:vm`).
    pub option: String,
    /// `-Xms` in bytes.
    pub initial_heap: i64,
    /// `-Xmx` in bytes.
    pub max_heap: i64,
    /// `-Xss` in bytes.
    pub stack_size: i64,
}

/// What `java` does once the VM exists, in java.c's order: the settings, the module reports, then whatever
/// the launcher prints itself (`after_reports`: the version, the usage; `Some(status)` ends
/// the VM there with that status), then the main class is loaded and checked and, with
/// `args`, its `main` runs (`None` is `--dry-run`).
pub struct LaunchSteps<'a> {
    /// `-XshowSettings`, printed first.
    pub settings: Option<ShowSettings>,
    /// The module reports, printed next.
    pub reports: ModuleReports,
    /// Called after the reports; `Some(status)` ends the launch with `status`.
    pub after_reports: &'a mut dyn FnMut() -> Option<i32>,
    /// How the program is named.
    pub kind: MainKind,
    /// The main class, jar, or `module[/class]`.
    pub what: &'a str,
    /// The program's arguments; `None` stops after the checked main class (`--dry-run`).
    pub args: Option<&'a [&'a str]>,
}

impl Vm {
    /// Runs `class.main(args)` as `java class args` does: [`Vm::launch_main`] with
    /// [`MainKind::Class`].
    pub fn launch(&self, class: &str, args: &[&str]) -> i32 {
        self.launch_main(MainKind::Class, class, args)
    }

    /// Runs the program named by `kind` and `what` as `java` does and returns the exit
    /// status: 0 when `main` returns, 1 when it throws (the exception printed by the JDK's
    /// `Thread.dispatchUncaughtException`) or when the boot of java.base fails. The main
    /// class comes from `LauncherHelper.checkAndLoadMain`, which prints HotSpot's message and
    /// exits with status 1 when the class or its `main` is missing. Before returning it
    /// waits for every non-daemon thread the program started and runs the shutdown hooks.
    /// `System.exit` ends the process from inside (`Shutdown.halt0`).
    pub fn launch_main(&self, kind: MainKind, what: &str, args: &[&str]) -> i32 {
        self.launch_steps(LaunchSteps {
            settings: None,
            reports: ModuleReports::default(),
            after_reports: &mut || None,
            kind,
            what,
            args: Some(args),
        })
    }

    /// `java --dry-run`: as [`Vm::launch_main`] up to the loaded and checked main class, then
    /// the VM ends (threads waited for, shutdown hooks run) without running `main`.
    pub fn dry_run(&self, kind: MainKind, what: &str) -> i32 {
        self.launch_steps(LaunchSteps {
            settings: None,
            reports: ModuleReports::default(),
            after_reports: &mut || None,
            kind,
            what,
            args: None,
        })
    }

    /// Runs `steps` as `java` does after creating the VM (see [`LaunchSteps`]) and returns
    /// the exit status; the VM ends as in [`Vm::launch_main`].
    pub fn launch_steps(&self, steps: LaunchSteps<'_>) -> i32 {
        self.with_thread(|thread| launch_on(thread, steps))
    }
}

/// Boots, prints the reports and, unless the launcher ends there, loads the main class and
/// runs its `main`.
fn launch_on(thread: &mut JavaThread, steps: LaunchSteps<'_>) -> i32 {
    match crate::init_phases::run(thread) {
        Ok(()) => {}
        Err(crate::init_phases::BootFailure::Threw) => {
            report_boot_failure(thread);
            return 1;
        }
        Err(crate::init_phases::BootFailure::ModuleSystem) => return 1,
    }
    let status = match run_steps(thread, steps) {
        Ok(status) => status,
        Err(_) => {
            if let Some(exception) = thread.take_pending() {
                dispatch_uncaught(thread, exception);
            }
            1
        }
    };
    crate::threads::exit_thread(thread);
    destroy_java_vm(thread);
    status
}

/// The steps after the boot; `Ok` with the status, `Err` when Java code threw.
fn run_steps(thread: &mut JavaThread, steps: LaunchSteps<'_>) -> JResult<i32> {
    if let Some(settings) = &steps.settings {
        show_settings(thread, settings)?;
    }
    let reports = &steps.reports;
    if reports.show_resolved_modules {
        call_helper(thread, "showResolvedModules", None)?;
    }
    if reports.list_modules {
        call_helper(thread, "listModules", None)?;
        return Ok(0);
    }
    if let Some(module) = &reports.describe_module {
        call_helper(thread, "describeModule", Some(module))?;
        return Ok(0);
    }
    if let Some(status) = (steps.after_reports)() {
        return Ok(status);
    }
    let main = load_main_class(thread, steps.kind, steps.what)?;
    if let Some(args) = steps.args {
        call_main(thread, main, args)?;
    }
    Ok(0)
}

/// `LauncherHelper.showSettings(printToStderr, optionFlag, initialHeapSize, maxHeapSize,
/// stackSize)`, as java.c calls it.
fn show_settings(thread: &mut JavaThread, settings: &ShowSettings) -> JResult<()> {
    let option = crate::strings::new_string(thread, &settings.option)?;
    let args = [
        Value::Int(1),
        Value::Ref(Some(option)),
        Value::Long(settings.initial_heap),
        Value::Long(settings.max_heap),
        Value::Long(settings.stack_size),
    ];
    call_static(
        thread,
        BOOT_LOADER,
        "sun/launcher/LauncherHelper",
        "showSettings",
        "(ZLjava/lang/String;JJJ)V",
        &args,
    )
    .map(drop)
}

/// Calls `LauncherHelper.<name>()`, or `<name>(String)` with `argument`.
fn call_helper(thread: &mut JavaThread, name: &str, argument: Option<&str>) -> JResult<()> {
    let (descriptor, args) = match argument {
        Some(text) => {
            let text = crate::strings::new_string(thread, text)?;
            ("(Ljava/lang/String;)V", vec![Value::Ref(Some(text))])
        }
        None => ("()V", Vec::new()),
    };
    call_static(
        thread,
        BOOT_LOADER,
        "sun/launcher/LauncherHelper",
        name,
        descriptor,
        &args,
    )
    .map(drop)
}

/// `LauncherHelper.checkAndLoadMain(true, mode, what)`: the validated main class.
fn load_main_class(thread: &mut JavaThread, kind: MainKind, what: &str) -> JResult<&'static Klass> {
    let helper = crate::loader::load_class(thread, BOOT_LOADER, "sun/launcher/LauncherHelper")?;
    crate::init::initialize(thread, helper)?;
    let descriptor = "(ZILjava/lang/String;)Ljava/lang/Class;";
    let Some(check) = helper
        .find_declared_method("checkAndLoadMain", descriptor)
        .filter(|m| m.is_static())
    else {
        let msg = crate::klass::external_method_name(
            &helper.external_name(),
            "checkAndLoadMain",
            descriptor,
        );
        return Err(crate::exceptions::throw_new(
            thread,
            "java/lang/NoSuchMethodError",
            &msg,
        ));
    };
    // Allocated last: nothing may move it before the call.
    let what = crate::strings::new_string(thread, what)?;
    let args = [
        Value::Int(1),
        Value::Int(kind as i32),
        Value::Ref(Some(what)),
    ];
    let result = crate::interpreter::call_method(thread, check, &args)?;
    match result {
        Value::Ref(Some(mirror)) => match crate::mirror::klass_of_mirror(mirror) {
            Some(k) => Ok(k),
            None => Err(crate::exceptions::throw_new(
                thread,
                "java/lang/InternalError",
                "main class",
            )),
        },
        _ => Err(crate::exceptions::throw_new_no_message(
            thread,
            "java/lang/NullPointerException",
        )),
    }
}

/// Loads and initialises `class` (binary or internal name) through the application class
/// loader and calls its `public static void main(String[])` with `args`.
pub(crate) fn invoke_main(thread: &mut JavaThread, class: &str, args: &[&str]) -> JResult<()> {
    let internal = class.replace('.', "/");
    let k = crate::loader::load_class(thread, APP_LOADER, &internal)?;
    call_main(thread, k, args)
}

/// Initialises `k` and calls its (possibly inherited) `static void main(String[])`, as
/// JNI's `GetStaticMethodID` and `CallStaticVoidMethod` do for java.c.
fn call_main(thread: &mut JavaThread, k: &'static Klass, args: &[&str]) -> JResult<()> {
    crate::init::initialize(thread, k)?;
    let Some(main) = crate::resolve::lookup_in_classes(k, "main", "([Ljava/lang/String;)V")
        .filter(|m| m.is_static())
    else {
        let msg = format!("'void {}.main(java.lang.String[])'", k.external_name());
        return Err(crate::exceptions::throw_new(
            thread,
            "java/lang/NoSuchMethodError",
            &msg,
        ));
    };
    let array_klass = crate::loader::load_class(thread, BOOT_LOADER, "[Ljava/lang/String;")?;
    let array = crate::alloc::new_array(thread, array_klass, args.len() as i32)?;
    let local = thread.new_local(Some(array));
    for (i, arg) in args.iter().enumerate() {
        let s = crate::strings::new_string(thread, arg)?;
        if let Some(array) = thread.local(local) {
            array.put_ref(crate::oops::ARRAY_BASE_OFFSET + 8 * i, Some(s));
        }
    }
    let array = thread.local(local);
    thread.handles.truncate(local.0 as usize);
    crate::interpreter::call_method(thread, main, &[Value::Ref(array)]).map(drop)
}

/// Calls the static method `class.name descriptor` of a class of `loader`.
fn call_static(
    thread: &mut JavaThread,
    loader: LoaderId,
    class: &str,
    name: &str,
    descriptor: &str,
    args: &[Value],
) -> JResult<Value> {
    // Loading and initialising may collect: the arguments wait in handles.
    let mark = thread.pin_values(args);
    let loaded = crate::loader::load_class(thread, loader, class)
        .and_then(|k| crate::init::initialize(thread, k).map(|()| k));
    let args = &thread.unpin_values(args, mark)[..];
    let k: &'static Klass = loaded?;
    match k
        .find_declared_method(name, descriptor)
        .filter(|m| m.is_static())
    {
        Some(m) => crate::interpreter::call_method(thread, m, args),
        None => Err(crate::exceptions::throw_new(
            thread,
            "java/lang/NoSuchMethodError",
            &crate::klass::external_method_name(&k.external_name(), name, descriptor),
        )),
    }
}

/// Calls the instance method `name descriptor` of `receiver`, selected from its class.
fn call_virtual(
    thread: &mut JavaThread,
    receiver: ObjRef,
    name: &str,
    descriptor: &str,
    args: &[Value],
) -> JResult<Value> {
    let Some(m) = crate::resolve::lookup_in_classes(receiver.klass(), name, descriptor) else {
        return Err(crate::exceptions::throw_new(
            thread,
            "java/lang/NoSuchMethodError",
            &crate::klass::external_method_name(
                &receiver.klass().external_name(),
                name,
                descriptor,
            ),
        ));
    };
    let mut all = Vec::with_capacity(args.len() + 1);
    all.push(Value::Ref(Some(receiver)));
    all.extend_from_slice(args);
    crate::interpreter::call_method(thread, m, &all)
}

/// Hands an exception that escaped `main` to the JDK's `Thread.dispatchUncaughtException`,
/// which prints it (`Exception in thread "main" ...`) through the thread group's handler.
fn dispatch_uncaught(thread: &mut JavaThread, exception: ObjRef) {
    let dispatched = thread.thread_object().is_some_and(|main| {
        call_virtual(
            thread,
            main,
            "dispatchUncaughtException",
            "(Ljava/lang/Throwable;)V",
            &[Value::Ref(Some(exception))],
        )
        .is_ok()
    });
    if !dispatched {
        // No thread object or a failing handler: say at least what escaped.
        thread.take_pending();
        thread.throw(exception);
        if let Some(e) = crate::vm::describe_pending(thread) {
            eprintln!("Exception in thread \"main\" {e}");
        }
    }
    thread.take_pending();
}

/// HotSpot's message when the boot of java.base throws, then the exception.
fn report_boot_failure(thread: &mut JavaThread) {
    eprintln!("Error occurred during initialization of VM");
    if let Some(e) = crate::vm::describe_pending(thread) {
        eprintln!("{e}");
        for frame in &e.stack_trace {
            eprintln!("\tat {frame}");
        }
    }
}

/// `DestroyJavaVM`: waits (blocked for safepoints) until every started non-daemon thread
/// has finished, then runs the shutdown hooks with `Shutdown.shutdown`.
fn destroy_java_vm(thread: &mut JavaThread) {
    let vm = thread.vm.clone();
    thread.blocked(|| vm.safepoints.threads().wait_for_non_daemon_threads());
    let _ = call_static(
        thread,
        BOOT_LOADER,
        "java/lang/Shutdown",
        "shutdown",
        "()V",
        &[],
    );
    thread.take_pending();
}
