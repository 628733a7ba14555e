//! The runtime of Cortado.
//!
//! This crate owns class loading and linking, the class path sources (the JDK's `lib/modules`
//! jimage, jar files and directories), the object model as the VM sees it, strings, the
//! interpreter, threads, monitors and safepoints, exceptions and stack traces, invokedynamic and
//! method handles, and the native-method registry through which `stdlib-native` and the JIT
//! plug in.
//!
//! Key types: [`vm::Vm`] (entry point), [`klass::Klass`] and [`klass::Method`] (class
//! metadata), [`oops::ObjRef`] (object access), [`thread::JavaThread`] (execution state),
//! [`natives::NativeRegistry`] and [`natives::Env`] (natives), [`interpreter`].

pub mod access;
pub mod alloc;
pub mod backtrace;
mod boot;
pub mod classpath;
mod describe;
pub mod exceptions;
pub mod init;
pub mod interpreter;
pub mod java_home;
pub mod klass;
pub mod loader;
pub mod mirror;
pub mod monitor;
pub mod natives;
pub mod oops;
pub mod resolve;
pub mod safepoint;
pub mod strings;
pub mod thread;
pub mod vm;

pub use thread::{JResult, JavaThread, Thrown};
pub use vm::{JavaException, Value, Vm, VmBuilder};
