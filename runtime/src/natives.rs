//! The native-method registry and the [`Env`] natives run with.
//!
//! Natives are Rust functions registered by (class, name, descriptor) in one table per class;
//! a native method is bound on its first call and the function pointer cached in the method.
//! An unregistered native throws `UnsatisfiedLinkError` naming it as HotSpot does.
//!
//! Calling convention, designed for a moving collector: arguments stay in the caller's frame
//! slots (which the collector scans) and are read through [`Env`]; reference arguments are
//! handed out as [`Local`] handles in the thread's handle area, and a native that allocates
//! re-reads its objects from their handles afterwards. Handles created by a native are
//! released when it returns. A returned reference is a raw `ObjRef` produced after the last
//! allocation.

use std::collections::HashMap;

use parking_lot::RwLock;

use crate::exceptions::throw_new;
use crate::klass::{Method, ValueKind};
use crate::oops::ObjRef;
use crate::thread::{JResult, JavaThread, Local};
use crate::vm::Value;

/// A native method implementation.
pub type NativeFn = fn(&mut Env<'_>) -> JResult<Value>;

/// The natives of one class, by (name, descriptor).
type ClassNatives = HashMap<(String, String), NativeFn>;

/// The intrinsics of one class, by name and descriptor.
type ClassIntrinsics = HashMap<(String, String), Intrinsic>;

/// A method the VM replaces by its own code when the method is linked, whatever its bytecode
/// says, as HotSpot replaces `Math.sin` and friends by its math stubs (the interpreter's
/// method entries for `vmIntrinsics`). Only pure functions of `double`s so far.
#[derive(Clone, Copy, Debug)]
pub enum Intrinsic {
    /// A `(D)D` method.
    Unary(fn(f64) -> f64),
    /// A `(DD)D` method.
    Binary(fn(f64, f64) -> f64),
}

/// Every registered native, one table per class (internal class name), and the intrinsics.
#[derive(Default)]
pub struct NativeRegistry {
    classes: RwLock<HashMap<String, ClassNatives>>,
    /// By class, then by name and descriptor: a method of a class without intrinsics (nearly
    /// every method linked) is answered without building a key.
    intrinsics: RwLock<HashMap<String, ClassIntrinsics>>,
}

impl NativeRegistry {
    /// Registers `f` as the native `class.name descriptor` (class in internal form).
    pub fn register(&self, class: &str, name: &str, descriptor: &str, f: NativeFn) {
        self.classes
            .write()
            .entry(class.to_string())
            .or_default()
            .insert((name.to_string(), descriptor.to_string()), f);
    }

    /// The function registered for a method, if any.
    pub fn lookup(&self, class: &str, name: &str, descriptor: &str) -> Option<NativeFn> {
        self.classes
            .read()
            .get(class)?
            .get(&(name.to_string(), descriptor.to_string()))
            .copied()
    }

    /// Registers `f` as the intrinsic replacing the boot class method `class.name descriptor`
    /// (class in internal form). The descriptor must match the intrinsic's kind.
    pub fn register_intrinsic(&self, class: &str, name: &str, descriptor: &str, f: Intrinsic) {
        self.intrinsics
            .write()
            .entry(class.to_string())
            .or_default()
            .insert((name.to_string(), descriptor.to_string()), f);
    }

    /// The intrinsic registered for a method, if any.
    pub fn intrinsic(&self, class: &str, name: &str, descriptor: &str) -> Option<Intrinsic> {
        self.intrinsics
            .read()
            .get(class)?
            .get(&(name.to_string(), descriptor.to_string()))
            .copied()
    }

    /// How many natives are registered.
    pub fn len(&self) -> usize {
        self.classes.read().values().map(HashMap::len).sum()
    }

    /// Whether none is registered.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Every registration as (class, name, descriptor), sorted (for census tests).
    pub fn registered(&self) -> Vec<(String, String, String)> {
        let mut all: Vec<(String, String, String)> = self
            .classes
            .read()
            .iter()
            .flat_map(|(class, natives)| {
                natives
                    .keys()
                    .map(move |(name, desc)| (class.clone(), name.clone(), desc.clone()))
            })
            .collect();
        all.sort();
        all
    }
}

/// A library of natives (such as `stdlib-native`) that registers itself in a registry.
pub trait NativeLibrary {
    /// Registers every native of the library.
    fn register(&self, registry: &NativeRegistry);
}

impl<F: Fn(&NativeRegistry)> NativeLibrary for F {
    fn register(&self, registry: &NativeRegistry) {
        self(registry)
    }
}

/// Binds (or returns the cached binding of) a native method.
pub(crate) fn bind(thread: &mut JavaThread, method: &'static Method) -> JResult<NativeFn> {
    if let Some(f) = method.native.get() {
        return Ok(*f);
    }
    let holder = method.holder();
    match thread
        .vm
        .natives
        .lookup(&holder.name, &method.name, &method.descriptor)
    {
        Some(f) => Ok(*method.native.get_or_init(|| f)),
        None => {
            let msg = format!("'{}'", method.external_name());
            Err(throw_new(thread, "java/lang/UnsatisfiedLinkError", &msg))
        }
    }
}

/// What a native method runs with: its thread, its arguments and its handles.
pub struct Env<'t> {
    /// The current thread.
    pub thread: &'t mut JavaThread,
    method: &'static Method,
    base: usize,
    handle_mark: usize,
}

impl<'t> Env<'t> {
    pub(crate) fn new(thread: &'t mut JavaThread, method: &'static Method, base: usize) -> Env<'t> {
        let handle_mark = thread.handles.len();
        Env {
            thread,
            method,
            base,
            handle_mark,
        }
    }

    /// The native method being run.
    pub fn method(&self) -> &'static Method {
        self.method
    }

    /// The slot index of argument `i` (0 is the receiver of an instance method).
    fn arg_slot(&self, i: usize) -> usize {
        let receiver = usize::from(!self.method.is_static());
        if i < receiver {
            return self.base;
        }
        let skipped: usize = self.method.param_kinds[..i - receiver]
            .iter()
            .map(|k| k.slots())
            .sum();
        self.base + receiver + skipped
    }

    fn raw(&self, i: usize) -> u64 {
        self.thread.stack[self.arg_slot(i)]
    }

    /// Argument `i` as an `int` (also `boolean`, `byte`, `char`, `short`).
    pub fn int(&self, i: usize) -> i32 {
        self.raw(i) as i32
    }

    /// Argument `i` as a `long`.
    pub fn long(&self, i: usize) -> i64 {
        self.raw(i) as i64
    }

    /// Argument `i` as a `float`.
    pub fn float(&self, i: usize) -> f32 {
        f32::from_bits(self.raw(i) as u32)
    }

    /// Argument `i` as a `double`.
    pub fn double(&self, i: usize) -> f64 {
        f64::from_bits(self.raw(i))
    }

    /// Reference argument `i` (0 is `this` for instance methods), valid until the next
    /// allocation or call into Java; use [`Env::arg_local`] to keep it across those.
    pub fn obj(&self, i: usize) -> Option<ObjRef> {
        ObjRef::from_addr(self.raw(i) as usize)
    }

    /// Reference argument `i` as a handle.
    pub fn arg_local(&mut self, i: usize) -> Local {
        let v = self.obj(i);
        self.thread.new_local(v)
    }

    /// A new handle for `obj`, released when the native returns.
    pub fn local(&mut self, obj: Option<ObjRef>) -> Local {
        self.thread.new_local(obj)
    }

    /// The object a handle refers to now.
    pub fn get(&self, local: Local) -> Option<ObjRef> {
        self.thread.local(local)
    }

    /// Throws a new exception of `class` (internal name) with `message`.
    pub fn throw(&mut self, class: &str, message: &str) -> crate::thread::Thrown {
        throw_new(self.thread, class, message)
    }

    /// Throws a new exception of `class` with a `null` message.
    pub fn throw_no_message(&mut self, class: &str) -> crate::thread::Thrown {
        crate::exceptions::throw_new_no_message(self.thread, class)
    }

    /// The kind of parameter `i` (receiver excluded).
    pub fn param_kind(&self, i: usize) -> Option<ValueKind> {
        self.method.param_kinds.get(i).copied()
    }
}

impl Drop for Env<'_> {
    fn drop(&mut self) {
        self.thread.handles.truncate(self.handle_mark);
    }
}
