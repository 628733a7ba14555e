//! The runtime of Cortado.
//!
//! This crate owns class loading and linking, the class path sources (the JDK's `lib/modules`
//! jimage, jar files and directories), the object model as the VM sees it, strings, the
//! interpreter, threads, monitors and safepoints, exceptions and stack traces, invokedynamic and
//! method handles, and the native-method registry through which `stdlib-native` and the JIT
//! plug in.

pub mod classpath;
pub mod java_home;
