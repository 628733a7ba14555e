//! The runtime of Cortado.
//!
//! This crate owns class loading and linking, the class path sources (the JDK's `lib/modules`
//! jimage, jar files and directories), the object model as the VM sees it, strings, the
//! interpreter, threads, monitors and safepoints, exceptions and stack traces, invokedynamic and
//! method handles, and the native-method registry through which `stdlib-native` and the JIT
//! plug in.
//!
//! # Architecture of the execution core
//!
//! - **Heap and objects** ([`oops`], `gc`): objects live in the `gc` crate's heap, allocated
//!   through per-thread TLABs ([`alloc`]); every header, field and element access goes through
//!   [`oops::ObjRef`] (with `oops::raw` for `Unsafe`; besides it only `safepoint` reaches stopped threads through
//!   raw pointers), and every
//!   reference store through the GC's write barrier. Identity hashes and thin locks share the
//!   mark word ([`monitor`]). [`collector`] implements the `gc` crate's object model and root
//!   set, registers threads and runs stop-the-world collections from the allocation slow path.
//! - **Class metadata** ([`klass`]): a [`klass::Klass`] per (loader, name), `'static` and
//!   immutable after definition: HotSpot-like field layout, statics in the `java.lang.Class`
//!   mirror ([`mirror`]), vtable and itable (JVMS §5.4.5/§5.4.6), the constant-pool resolution
//!   cache ([`resolve`]: one `OnceLock` load on the hot path).
//! - **Loading, linking, initialisation** ([`loader`], [`define`], [`class_loaders`],
//!   [`init`], [`access`]): the boot loader over the jimage, the JDK's own class loaders
//!   (a class table per loader, `loadClass` called as HotSpot does, `defineClass`), supertypes with
//!   `ClassCircularityError`, verification through `classfile::verifier` at link time, JVMS
//!   §5.5 initialisation with waiting on a condition variable, HotSpot's recorded init errors.
//! - **Interpreter** ([`interpreter`]): each method decoded once into 8-byte ops; one slot
//!   stack per thread ([`thread`]) holding every frame (locals, a two-slot header, operand
//!   stack); Java-to-Java calls switch frames without host recursion; `-Xss` bounds the slots
//!   (`StackOverflowError`); precise reference maps per bytecode index for the collector
//!   ([`interpreter::visit_roots`]); safepoint polls at backward branches and method entries ([`safepoint`]);
//!   helpful `NullPointerException` messages computed from the bytecode.
//! - **Threads** ([`threads`], [`thread_handle`], [`monitor`], [`monitor_table`], [`safepoint`]):
//!   one OS thread per `java.lang.Thread`, registered with the VM's safepoints (states
//!   `IN_JAVA`/`BLOCKED`/`STOPPED`; `Safepoints::stop_the_world` and
//!   `WorldStopped::for_each_thread` for the collector; `JavaThread::blocked` around anything
//!   that may block); thin locks in the mark word inflating into table-indexed monitors with
//!   wait sets; per-thread events for `sleep`, `park` and `wait`.
//! - **Natives** ([`natives`]): Rust functions registered by (class, name, descriptor), bound
//!   on first call; [`natives::Env`] reads arguments from the caller's frame and hands out
//!   handles ([`thread::Local`]) that the collector can update.
//! - **Method handles and `invokedynamic`** ([`invoke`]): the JVM side of `java.lang.invoke`
//!   as HotSpot's (`MethodHandleNatives`, injected `MemberName`/`ResolvedMethodName` fields,
//!   the `linkMethod`/`linkCallSite`/`linkMethodHandleConstant`/`linkDynamicConstant`
//!   up-calls, hidden classes); the interpreter runs `invokeBasic`/`linkTo*` itself and keeps
//!   one linked site per `invokedynamic` instruction in the decoded method.
//! - **Exceptions** ([`exceptions`], [`backtrace`]): created through their real constructors,
//!   a preallocated `OutOfMemoryError`, stack traces with files, lines and modules.
//! - **Entry points** ([`vm`]): [`vm::Vm::builder`], [`vm::Vm::call_static`],
//!   [`vm::Vm::run_main`]; exceptions come back as [`vm::JavaException`].
//!
//! Key types: [`vm::Vm`] (entry point), [`klass::Klass`] and [`klass::Method`] (class
//! metadata), [`oops::ObjRef`] (object access), [`thread::JavaThread`] (execution state),
//! [`natives::NativeRegistry`] and [`natives::Env`] (natives), [`interpreter`].

pub mod access;
pub mod alloc;
pub mod assertions;
pub mod backtrace;
mod boot;
pub mod class_loaders;
pub mod classpath;
pub mod collector;
pub mod define;
mod describe;
pub mod exceptions;
pub mod init;
mod init_phases;
pub mod interpreter;
pub mod invoke;
pub mod java_home;
pub mod klass;
mod launch;
pub mod loader;
pub mod loader_constraints;
pub mod mirror;
pub mod modules;
pub mod monitor;
pub mod monitor_table;
pub mod natives;
pub mod oops;
pub mod resolve;
pub mod roots;
pub mod safepoint;
pub mod strings;
pub mod thread;
pub mod thread_handle;
pub mod threads;
pub mod vm;

pub use launch::{LaunchSteps, MainKind, ModuleReports, ShowSettings};
pub use thread::{JResult, JavaThread, Thrown};
pub use vm::{JavaException, Value, Vm, VmBuilder};
