//! The VM: its shared state ([`VmState`]), the builder, and the internal entry point
//! [`Vm::call_static`] used by tests and the embedding API.

use std::collections::{HashMap, HashSet};
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, OnceLock};

use classfile::verifier::VerifyMode;
use gc::{Heap, HeapConfig};
use parking_lot::Mutex;

use crate::classpath::ClassPath;
use crate::classpath::jimage::JImage;
use crate::java_home::JavaHome;
use crate::klass::{APP_LOADER, BOOT_LOADER, Klass, LoaderId};
use crate::monitor_table::MonitorTable;
use crate::natives::{NativeLibrary, NativeRegistry};
use crate::oops::ObjRef;
use crate::thread::JavaThread;

pub use crate::boot::register_vm_natives;

/// A Java value passed to or returned from Java code.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Value {
    /// No value (`void`).
    Void,
    /// `int`, and `boolean`, `byte`, `char`, `short` widened.
    Int(i32),
    /// `long`
    Long(i64),
    /// `float`
    Float(f32),
    /// `double`
    Double(f64),
    /// A reference (valid until the next safepoint, see [`ObjRef`]).
    Ref(Option<ObjRef>),
}

/// A Java exception that escaped a call, described for the host.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JavaException {
    /// The exception's class, binary name with dots (`java.lang.ArithmeticException`).
    pub class_name: String,
    /// `getMessage()`, `None` for `null`.
    pub message: Option<String>,
    /// `getStackTrace()`, each element as `StackTraceElement.toString()` prints it.
    pub stack_trace: Vec<String>,
    /// The cause, if any.
    pub cause: Option<Box<JavaException>>,
}

impl std::fmt::Display for JavaException {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.message {
            Some(m) => write!(f, "{}: {m}", self.class_name),
            None => write!(f, "{}", self.class_name),
        }
    }
}

impl std::error::Error for JavaException {}

/// Classes and offsets the runtime uses all the time, fixed once the core classes are loaded.
#[derive(Debug, Clone, Copy)]
pub struct WellKnown {
    /// `java.lang.Object`
    pub object: &'static Klass,
    /// `java.lang.String`
    pub string: &'static Klass,
    /// `java.lang.Throwable`
    pub throwable: &'static Klass,
    /// Offset of `String.value`.
    pub string_value: usize,
    /// Offset of `String.coder`.
    pub string_coder: usize,
    /// Offset of `String.hash`.
    pub string_hash: usize,
    /// Offset of `String.hashIsZero`.
    pub string_hash_is_zero: usize,
    /// Offset of `Throwable.detailMessage`.
    pub throwable_message: usize,
    /// Offset of `Throwable.cause`.
    pub throwable_cause: usize,
}

/// State shared by every thread of one VM.
pub struct VmState {
    /// The heap.
    pub heap: Heap,
    /// The JDK image the boot loader reads.
    pub image: &'static JImage,
    /// The application class path.
    pub class_path: ClassPath,
    /// Which classes are verified.
    pub verify_mode: VerifyMode,
    /// Registered natives.
    pub natives: NativeRegistry,
    /// The stop-the-world protocol.
    pub safepoints: crate::safepoint::Safepoints,
    /// The collector's settings, thread registry and lock.
    pub gc: crate::collector::GcState,
    /// The signal of the collector publishing pending references (the Reference Handler
    /// waits on it; the list itself is the heap's).
    pub reference_pending: (Mutex<()>, parking_lot::Condvar),
    /// `java.lang.Class`, once loaded (mirrors are created from then on).
    pub class_klass: OnceLock<&'static Klass>,
    /// Where statics start in a mirror (the instance size of `java.lang.Class`).
    pub static_base: usize,
    /// The JDK whose image the boot loader reads (`java.home`).
    pub java_home: PathBuf,
    /// The application class path as given (`java.class.path`; "." by default).
    pub class_path_string: String,
    /// `-D` system properties in command-line order (`SystemProps$Raw.vmProperties`).
    pub properties: Vec<(String, String)>,
    /// `-ea`/`-da`/`-esa`/`-dsa` options in command-line order.
    pub assertions: Vec<crate::assertions::AssertionOption>,
    /// The module table (`Module.defineModule0` and friends).
    pub modules: crate::modules::ModuleTable,
    /// Whether class files using preview features are accepted (`--enable-preview`).
    pub enable_preview: bool,
    /// The class loaders met so far, by [`LoaderId`].
    pub loaders: crate::class_loaders::LoaderTable,
    /// `java.lang.invoke` classes, offsets and up-calls, once method handles are in use.
    pub(crate) jli: OnceLock<&'static crate::invoke::Jli>,
    /// One class table per loader, indexed by [`LoaderId`]: the classes it defined or
    /// initiated, by internal name.
    pub(crate) classes: Mutex<Vec<HashMap<Box<str>, &'static Klass>>>,
    pub(crate) loading: Mutex<HashSet<(LoaderId, String, u16)>>,
    pub(crate) all_classes: Mutex<Vec<&'static Klass>>,
    /// Classes whose mirror is being created before they are published (their mirrors are
    /// roots already).
    pub(crate) unpublished: Mutex<Vec<&'static Klass>>,
    pub(crate) strings: Mutex<HashMap<Vec<u16>, u64>>,
    /// The inflated monitors.
    pub monitors: MonitorTable,
    pub(crate) type_arrays: [OnceLock<&'static Klass>; 12],
    pub(crate) primitive_mirrors: [AtomicU64; 9],
    well_known: OnceLock<WellKnown>,
    class_klass_offset: OnceLock<usize>,
    oom: AtomicU64,
    stack_size: usize,
}

impl VmState {
    /// The loaded class (`loader`, `name`), if any.
    pub fn find_loaded(&self, loader: LoaderId, name: &str) -> Option<&'static Klass> {
        self.classes.lock().get(loader as usize)?.get(name).copied()
    }

    /// Records a class under (`loader`, `name`); returns the class already there if another
    /// definition won.
    pub(crate) fn register(
        &self,
        loader: LoaderId,
        name: &str,
        k: &'static Klass,
    ) -> &'static Klass {
        let mut tables = self.classes.lock();
        let index = loader as usize;
        if tables.len() <= index {
            tables.resize_with(index + 1, HashMap::new);
        }
        let entry = match tables[index].get(name) {
            Some(existing) => *existing,
            None => *tables[index].entry(name.into()).or_insert(k),
        };
        if std::ptr::eq(entry, k) && k.loader == loader {
            self.all_classes.lock().push(k);
        }
        entry
    }

    /// Every class defined so far.
    pub fn loaded_classes(&self) -> Vec<&'static Klass> {
        self.all_classes.lock().clone()
    }

    /// The well-known classes (panics before boot completed, which no caller can observe:
    /// they run after `Vm::build`).
    pub fn well_known(&self) -> &WellKnown {
        self.well_known
            .get()
            .expect("core classes are loaded at VM creation")
    }

    /// Offset of the injected `Class.klass` field.
    pub fn class_klass_offset(&self) -> usize {
        self.class_klass_offset.get().copied().unwrap_or(0)
    }

    /// The preallocated `OutOfMemoryError: Java heap space`.
    pub fn preallocated_oom(&self) -> Option<ObjRef> {
        ObjRef::from_addr(self.oom.load(Ordering::Acquire) as usize)
    }

    /// The preallocated `OutOfMemoryError`'s root slot (for the collector).
    pub(crate) fn oom_slot(&self) -> &AtomicU64 {
        &self.oom
    }

    /// The `-Xss` stack size in bytes.
    pub fn stack_size(&self) -> usize {
        self.stack_size
    }
}

/// Options for creating a [`Vm`].
pub struct VmBuilder {
    java_home: Option<PathBuf>,
    class_path: Option<String>,
    max_heap: Option<usize>,
    initial_heap: Option<usize>,
    young_heap: Option<usize>,
    gc_stress: u64,
    gc_log: bool,
    gc_verify: bool,
    disable_explicit_gc: bool,
    soft_ref_lru_policy_ms_per_mb: u64,
    enable_preview: bool,
    stack_size: usize,
    verify_mode: VerifyMode,
    libraries: Vec<Box<dyn NativeLibrary>>,
    properties: Vec<(String, String)>,
    assertions: Vec<crate::assertions::AssertionOption>,
}

/// Why a VM could not be created.
#[derive(Debug)]
pub enum VmError {
    /// No JDK 17 image was found.
    JavaHome(String),
    /// The heap could not be reserved, or the image opened.
    Io(std::io::Error),
    /// Loading or initialising a core class threw.
    Boot(JavaException),
}

impl std::fmt::Display for VmError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            VmError::JavaHome(m) => write!(f, "no Java home: {m}"),
            VmError::Io(e) => write!(f, "{e}"),
            VmError::Boot(e) => write!(f, "boot failed: {e}"),
        }
    }
}

impl std::error::Error for VmError {}

impl Default for VmBuilder {
    fn default() -> Self {
        VmBuilder {
            java_home: None,
            class_path: None,
            max_heap: None,
            initial_heap: None,
            young_heap: None,
            gc_stress: std::env::var("CORTADO_GC_STRESS")
                .ok()
                .and_then(|v| v.parse().ok())
                .unwrap_or(0),
            gc_log: false,
            gc_verify: std::env::var_os("CORTADO_GC_VERIFY").is_some(),
            disable_explicit_gc: false,
            soft_ref_lru_policy_ms_per_mb: 1000,
            enable_preview: false,
            stack_size: 1 << 20,
            verify_mode: VerifyMode::Remote,
            libraries: Vec::new(),
            properties: Vec::new(),
            assertions: Vec::new(),
        }
    }
}

impl VmBuilder {
    /// Uses this JDK instead of discovering one.
    pub fn java_home(mut self, path: impl Into<PathBuf>) -> Self {
        self.java_home = Some(path.into());
        self
    }

    /// The application class path (`-cp` syntax).
    pub fn class_path(mut self, path: impl Into<String>) -> Self {
        self.class_path = Some(path.into());
        self
    }

    /// `-Xmx` in bytes.
    pub fn max_heap(mut self, bytes: usize) -> Self {
        self.max_heap = Some(bytes);
        self
    }

    /// `-Xms` in bytes.
    pub fn initial_heap(mut self, bytes: usize) -> Self {
        self.initial_heap = Some(bytes);
        self
    }

    /// `-Xmn` in bytes (the young generation).
    pub fn young_heap(mut self, bytes: usize) -> Self {
        self.young_heap = Some(bytes);
        self
    }

    /// Stress mode: a collection every `interval` allocations (0: off; the default comes from
    /// the `CORTADO_GC_STRESS` environment variable).
    pub fn gc_stress(mut self, interval: u64) -> Self {
        self.gc_stress = interval;
        self
    }

    /// Checks the heap and the roots around every collection and poisons freed space (slow;
    /// the default comes from the `CORTADO_GC_VERIFY` environment variable).
    pub fn gc_verify(mut self, on: bool) -> Self {
        self.gc_verify = on;
        self
    }

    /// Accepts class files that use preview features (`--enable-preview`).
    pub fn enable_preview(mut self, on: bool) -> Self {
        self.enable_preview = on;
        self
    }

    /// Makes `System.gc()` a no-op (`-XX:+DisableExplicitGC`).
    pub fn disable_explicit_gc(mut self, on: bool) -> Self {
        self.disable_explicit_gc = on;
        self
    }

    /// Milliseconds a softly reachable object is kept per free megabyte of the maximum heap
    /// since its reference was last read (`-XX:SoftRefLRUPolicyMSPerMB`, default 1000).
    pub fn soft_ref_lru_policy_ms_per_mb(mut self, ms: u64) -> Self {
        self.soft_ref_lru_policy_ms_per_mb = ms;
        self
    }

    /// Prints a line per collection (`-Xlog:gc`, `-verbose:gc`).
    pub fn gc_log(mut self, on: bool) -> Self {
        self.gc_log = on;
        self
    }

    /// `-Xss` in bytes (the Java stack of each thread).
    pub fn stack_size(mut self, bytes: usize) -> Self {
        self.stack_size = bytes;
        self
    }

    /// The verification policy (`-Xverify`).
    pub fn verify_mode(mut self, mode: VerifyMode) -> Self {
        self.verify_mode = mode;
        self
    }

    /// Adds a system property (`-Dkey=value`); later ones win, as on `java`'s command line.
    pub fn property(mut self, key: impl Into<String>, value: impl Into<String>) -> Self {
        self.properties.push((key.into(), value.into()));
        self
    }

    /// Adds an assertion option (`-ea`, `-da:com.foo...`, `-esa`, ...); later ones win, as on
    /// `java`'s command line.
    pub fn assertion_option(mut self, option: crate::assertions::AssertionOption) -> Self {
        self.assertions.push(option);
        self
    }

    /// Adds a library of natives.
    pub fn natives(mut self, library: impl NativeLibrary + 'static) -> Self {
        self.libraries.push(Box::new(library));
        self
    }

    /// Creates the VM: heap, boot loader over the image, class path loader, core classes.
    pub fn build(self) -> Result<Vm, VmError> {
        let home = JavaHome::discover(self.java_home.as_deref())
            .map_err(|e| VmError::JavaHome(e.to_string()))?;
        let image = JImage::open_shared(home.modules_path()).map_err(VmError::Io)?;
        let class_path = match &self.class_path {
            Some(p) => ClassPath::from_path_string(std::ffi::OsStr::new(p)).map_err(VmError::Io)?,
            None => ClassPath::from_path_string(std::ffi::OsStr::new(".")).map_err(VmError::Io)?,
        };
        let max_size = self.max_heap.unwrap_or_else(Heap::default_max_size);
        let heap = Heap::with_config(HeapConfig {
            initial_size: self.initial_heap,
            young_size: self.young_heap,
            verify: self.gc_verify,
            soft_ref_lru_policy_ms_per_mb: self.soft_ref_lru_policy_ms_per_mb,
            ..HeapConfig::new(max_size)
        })
        .map_err(VmError::Io)?;
        let static_base = crate::boot::class_instance_size(image).map_err(VmError::Io)?;
        let natives = NativeRegistry::default();
        crate::boot::register_vm_natives(&natives);
        for lib in &self.libraries {
            lib.register(&natives);
        }
        let state = Arc::new(VmState {
            heap,
            image,
            class_path,
            verify_mode: self.verify_mode,
            natives,
            safepoints: Default::default(),
            gc: crate::collector::GcState::new(
                self.gc_stress,
                self.gc_log,
                self.disable_explicit_gc,
            ),
            enable_preview: self.enable_preview,
            reference_pending: Default::default(),
            class_klass: OnceLock::new(),
            static_base,
            java_home: home.root().to_path_buf(),
            class_path_string: self.class_path.clone().unwrap_or_else(|| ".".to_string()),
            properties: self.properties,
            assertions: self.assertions,
            modules: Default::default(),
            loaders: Default::default(),
            jli: OnceLock::new(),
            classes: Mutex::new(Vec::new()),
            loading: Mutex::new(HashSet::new()),
            all_classes: Mutex::new(Vec::new()),
            unpublished: Mutex::new(Vec::new()),
            strings: Mutex::new(HashMap::new()),
            monitors: MonitorTable::default(),
            type_arrays: Default::default(),
            primitive_mirrors: Default::default(),
            well_known: OnceLock::new(),
            class_klass_offset: OnceLock::new(),
            oom: AtomicU64::new(0),
            stack_size: self.stack_size,
        });
        let thread = JavaThread::new(state.clone(), self.stack_size).ok_or_else(|| {
            VmError::Io(std::io::Error::other("no thread id for the main thread"))
        })?;
        let vm = Vm {
            state,
            main: Mutex::new(thread),
        };
        let mut thread = vm.main_thread();
        crate::boot::boot(&mut thread).map_err(|()| {
            VmError::Boot(
                crate::vm::describe_pending(&mut thread).unwrap_or(JavaException {
                    class_name: "java.lang.InternalError".into(),
                    message: Some("boot failed".into()),
                    stack_trace: Vec::new(),
                    cause: None,
                }),
            )
        })?;
        drop(thread);
        Ok(vm)
    }
}

impl VmState {
    pub(crate) fn set_well_known(&self, wk: WellKnown) {
        let _ = self.well_known.set(wk);
    }

    pub(crate) fn set_class_klass(&self, k: &'static Klass, offset: usize) {
        let _ = self.class_klass_offset.set(offset);
        let _ = self.class_klass.set(k);
    }

    pub(crate) fn set_oom(&self, e: ObjRef) {
        self.oom.store(e.addr() as u64, Ordering::Release);
    }
}

/// A Java virtual machine.
pub struct Vm {
    state: Arc<VmState>,
    main: Mutex<Box<JavaThread>>,
}

/// The VM's main thread, locked and in Java (for safepoints) while this guard lives; idle,
/// it counts as blocked.
pub(crate) struct MainThread<'a> {
    thread: parking_lot::MutexGuard<'a, Box<JavaThread>>,
}

impl std::ops::Deref for MainThread<'_> {
    type Target = JavaThread;
    fn deref(&self) -> &JavaThread {
        &self.thread
    }
}

impl std::ops::DerefMut for MainThread<'_> {
    fn deref_mut(&mut self) -> &mut JavaThread {
        &mut self.thread
    }
}

impl Drop for MainThread<'_> {
    fn drop(&mut self) {
        let vm = self.thread.vm.clone();
        vm.safepoints.enter_blocked(&self.thread.handle);
    }
}

impl Vm {
    /// A builder with HotSpot's defaults.
    pub fn builder() -> VmBuilder {
        VmBuilder::default()
    }

    /// The shared state.
    pub fn state(&self) -> &Arc<VmState> {
        &self.state
    }

    /// How many bytecodes the main thread's interpreter has dispatched so far, when the
    /// runtime is built with its `bytecode-count` feature (`None` without it).
    pub fn bytecodes_executed(&self) -> Option<u64> {
        cfg!(feature = "bytecode-count").then(|| self.main.lock().bytecodes_executed)
    }

    /// Runs `f` on the VM's main thread.
    pub fn with_thread<R>(&self, f: impl FnOnce(&mut JavaThread) -> R) -> R {
        f(&mut self.main_thread())
    }

    /// Locks the main thread and brings it into Java.
    pub(crate) fn main_thread(&self) -> MainThread<'_> {
        let thread = self.main.lock();
        self.state.safepoints.leave_blocked(&thread.handle);
        MainThread { thread }
    }

    /// Loads (through the application class path), initialises and calls the static method
    /// `class.name descriptor` with `args`. A thrown exception comes back described.
    pub fn call_static(
        &self,
        class: &str,
        name: &str,
        descriptor: &str,
        args: &[Value],
    ) -> Result<Value, JavaException> {
        let mut thread = self.main_thread();
        let thread = &mut *thread;
        let internal = class.replace('.', "/");
        let result = (|| {
            // Loading and initialising may collect: the arguments wait in handles.
            let mark = thread.pin_values(args);
            let loaded = crate::loader::load_class(thread, APP_LOADER, &internal)
                .and_then(|k| crate::init::initialize(thread, k).map(|()| k));
            let args = &thread.unpin_values(args, mark)[..];
            let k = loaded?;
            let Some(m) = k
                .find_declared_method(name, descriptor)
                .filter(|m| m.is_static())
            else {
                let msg = format!(
                    "'{}'",
                    crate::klass::external_method_name(&k.external_name(), name, descriptor)
                );
                return Err(crate::exceptions::throw_new(
                    thread,
                    "java/lang/NoSuchMethodError",
                    &msg,
                ));
            };
            crate::interpreter::call_method(thread, m, args)
        })();
        result.map_err(|_| {
            describe_pending(thread).unwrap_or(JavaException {
                class_name: "java.lang.InternalError".into(),
                message: Some("exception without an exception object".into()),
                stack_trace: Vec::new(),
                cause: None,
            })
        })
    }

    /// Runs `System.initPhase1()`: system properties, `System.in`/`out`/`err`, the VM's
    /// saved properties. It is the first step of the JDK's own boot; `initPhase2` (modules)
    /// and `initPhase3` (security manager, system class loader) are the next slice's.
    pub fn init_phase1(&self) -> Result<(), JavaException> {
        self.call_static("java.lang.System", "initPhase1", "()V", &[])
            .map(drop)
    }

    /// Runs `public static void main(String[])` of `class` with `args` (no launcher checks:
    /// those come with `LauncherHelper` in the boot of java.base).
    pub fn run_main(&self, class: &str, args: &[&str]) -> Result<(), JavaException> {
        let mut thread = self.main_thread();
        let thread = &mut *thread;
        let result = crate::launch::invoke_main(thread, class, args);
        result.map_err(|_| {
            describe_pending(thread).unwrap_or(JavaException {
                class_name: "java.lang.InternalError".into(),
                message: Some("exception without an exception object".into()),
                stack_trace: Vec::new(),
                cause: None,
            })
        })
    }

    /// Boots java.base as HotSpot's `create_vm` does: `System.initPhase1`, `initPhase2` (the
    /// module system's boot layer; its non-zero result is reported as an `InternalError`)
    /// and `initPhase3` (security manager, system class loader), as `Vm::launch` does.
    pub fn boot_system(&self) -> Result<(), JavaException> {
        let mut thread = self.main_thread();
        let thread = &mut *thread;
        match crate::init_phases::run(thread) {
            Ok(()) => Ok(()),
            Err(crate::init_phases::BootFailure::ModuleSystem) => Err(JavaException {
                class_name: "java.lang.InternalError".into(),
                message: Some("initPhase2 failed".into()),
                stack_trace: Vec::new(),
                cause: None,
            }),
            Err(crate::init_phases::BootFailure::Threw) => {
                Err(describe_pending(thread).unwrap_or(JavaException {
                    class_name: "java.lang.InternalError".into(),
                    message: Some("exception without an exception object".into()),
                    stack_trace: Vec::new(),
                    cause: None,
                }))
            }
        }
    }

    /// The loaded class (`loader`, name), if any; `BOOT_LOADER` or the application loader.
    pub fn find_loaded(&self, boot: bool, name: &str) -> Option<&'static Klass> {
        self.state.find_loaded(
            if boot { BOOT_LOADER } else { APP_LOADER },
            &name.replace('.', "/"),
        )
    }
}

pub use crate::describe::describe_pending;

#[cfg(test)]
mod tests {
    #[test]
    fn a_vm_can_be_shared_between_threads() {
        fn check<T: Send + Sync>() {}
        check::<super::Vm>();
    }
}
