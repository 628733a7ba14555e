//! A Java thread as the runtime sees it: its slot stack, frame records, native handle area,
//! allocation buffer and pending exception.

use std::sync::Arc;

use gc::Tlab;

use crate::klass::Method;
use crate::oops::ObjRef;
use crate::thread_handle::ThreadHandle;
use crate::vm::VmState;

/// Marker that a Java exception was thrown: the exception object is the thread's pending
/// exception ([`JavaThread::pending_exception`]), where the collector can find and move it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Thrown;

/// The result of anything that can throw a Java exception.
pub type JResult<T> = Result<T, Thrown>;

/// One activation record. Locals start at `base`; the operand stack follows the locals
/// (`base + max_locals`) and its top is `sp` (exclusive); a synchronized method keeps the
/// object it locked in the slot after its operand stack.
#[derive(Debug, Clone, Copy)]
pub struct Frame {
    /// The method running in this frame.
    pub method: &'static Method,
    /// Index of the current instruction in the method's decoded code (0 for natives).
    pub pc: u32,
    /// First slot of the locals (natives: of the arguments).
    pub base: u32,
    /// Top of the operand stack (exclusive), valid whenever the frame is not the running one.
    pub sp: u32,
}

/// A reference to a native handle, valid until the native method that created it returns.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Local(pub(crate) u32);

/// Per-thread execution state.
pub struct JavaThread {
    /// The VM this thread belongs to.
    pub vm: Arc<VmState>,
    /// Small thread id (thin-lock owner field), 1-based.
    pub id: u16,
    /// The state other threads see: safepoint state, events, registry entry.
    pub handle: Arc<ThreadHandle>,
    /// The allocation buffer.
    pub tlab: Tlab,
    /// The slot stack: 64-bit slots holding locals and operand stacks of all frames.
    pub stack: Vec<u64>,
    /// The frames, innermost last.
    pub frames: Vec<Frame>,
    /// Native handles (roots): object addresses held by running native methods.
    pub handles: Vec<u64>,
    /// Address of the pending exception, 0 if none (a root).
    pub pending: u64,
    /// Address of this thread's `java.lang.Thread`, 0 before it exists (a root).
    pub thread_object: u64,
    /// Depth of nested VM-created exceptions (see `exceptions`).
    pub(crate) exception_nesting: u32,
    /// How many calls from the VM or natives into Java are active on this thread.
    pub(crate) host_nesting: u32,
    /// Approximate host stack address of the outermost of those calls.
    pub(crate) host_stack_base: usize,
    /// Set while a `StackOverflowError` is being created in the reserved zone.
    pub(crate) in_stack_overflow: bool,
    /// Number of slots usable before `StackOverflowError` (the rest is the reserved zone).
    pub(crate) stack_limit: usize,
    /// Bytecodes this thread's interpreter has dispatched (counted only with the runtime's
    /// `bytecode-count` feature; 0 otherwise).
    pub bytecodes_executed: u64,
}

/// Slots kept in reserve so that the `StackOverflowError` itself can be constructed.
pub const STACK_RESERVE_SLOTS: usize = 4096;

impl JavaThread {
    /// A thread with a Java stack of `stack_bytes` (`-Xss`), registered with the VM's
    /// safepoints under a fresh id, in the blocked state (it enters Java with
    /// [`JavaThread::blocked`]'s counterpart, `Safepoints::leave_blocked`). `None` when the VM
    /// has as many threads as thread ids.
    pub fn new(vm: Arc<VmState>, stack_bytes: usize) -> Option<Box<JavaThread>> {
        let slots = (stack_bytes / 8).max(2 * STACK_RESERVE_SLOTS);
        let placeholder = Arc::new(ThreadHandle::unregistered());
        let mut thread = Box::new(JavaThread {
            vm,
            id: 0,
            handle: placeholder,
            tlab: Tlab::new(),
            stack: vec![0; slots],
            frames: Vec::with_capacity(1024),
            handles: Vec::with_capacity(64),
            pending: 0,
            thread_object: 0,
            exception_nesting: 0,
            host_nesting: 0,
            host_stack_base: 0,
            in_stack_overflow: false,
            stack_limit: slots - STACK_RESERVE_SLOTS,
            bytecodes_executed: 0,
        });
        let ptr: *mut JavaThread = &mut *thread;
        let handle = thread.vm.safepoints.threads().register(ptr)?;
        thread.id = handle.id;
        thread.handle = handle;
        Some(thread)
    }

    /// Runs `f` outside Java: the thread counts as stopped for safepoints while `f` runs,
    /// so `f` may block for as long as it likes but must not touch the heap (it cannot reach
    /// this `JavaThread`; `ObjRef`s it captured may be stale once it returns). Coming back
    /// waits while the world is stopped.
    #[inline(never)]
    pub fn blocked<R>(&mut self, f: impl FnOnce() -> R) -> R {
        let vm = self.vm.clone();
        let handle = self.handle.clone();
        vm.safepoints.enter_blocked(&handle);
        let result = f();
        vm.safepoints.leave_blocked(&handle);
        result
    }

    /// The pending exception.
    pub fn pending_exception(&self) -> Option<ObjRef> {
        ObjRef::from_addr(self.pending as usize)
    }

    /// This thread's `java.lang.Thread` (`Thread.currentThread()`).
    pub fn thread_object(&self) -> Option<ObjRef> {
        ObjRef::from_addr(self.thread_object as usize)
    }

    /// Sets the pending exception and returns the marker.
    pub fn throw(&mut self, exception: ObjRef) -> Thrown {
        self.pending = exception.addr() as u64;
        Thrown
    }

    /// Takes the pending exception.
    pub fn take_pending(&mut self) -> Option<ObjRef> {
        let e = self.pending_exception();
        self.pending = 0;
        e
    }

    /// The first free slot above the innermost frame.
    pub fn stack_top(&self) -> usize {
        self.frames.last().map_or(0, |f| f.sp as usize)
    }

    /// Creates a native handle for `obj`.
    pub fn new_local(&mut self, obj: Option<ObjRef>) -> Local {
        self.handles.push(obj.map_or(0, ObjRef::addr) as u64);
        Local(self.handles.len() as u32 - 1)
    }

    /// The object a handle refers to (re-read after any allocation: it may have moved).
    pub fn local(&self, local: Local) -> Option<ObjRef> {
        ObjRef::from_addr(self.handles[local.0 as usize] as usize)
    }

    /// The poll's slow path: stops here while the world is stopped (the interpreter has
    /// recorded its frame state).
    #[cold]
    pub(crate) fn safepoint_block(&mut self) {
        let vm = self.vm.clone();
        let handle = self.handle.clone();
        vm.safepoints.block(&handle);
    }

    /// Holds the references among `values` in handles (while something that may collect
    /// runs); returns the mark to give to [`JavaThread::unpin_values`].
    pub fn pin_values(&mut self, values: &[crate::vm::Value]) -> usize {
        let mark = self.handles.len();
        for v in values {
            if let crate::vm::Value::Ref(r) = v {
                self.new_local(*r);
            }
        }
        mark
    }

    /// `values` with their references re-read from the handles [`JavaThread::pin_values`]
    /// made (objects may have moved); releases those handles.
    pub fn unpin_values(
        &mut self,
        values: &[crate::vm::Value],
        mark: usize,
    ) -> Vec<crate::vm::Value> {
        let mut handle = mark;
        let out = values
            .iter()
            .map(|v| match v {
                crate::vm::Value::Ref(_) => {
                    handle += 1;
                    crate::vm::Value::Ref(
                        self.handles
                            .get(handle - 1)
                            .and_then(|&a| ObjRef::from_addr(a as usize)),
                    )
                }
                other => *other,
            })
            .collect();
        self.handles.truncate(mark);
        out
    }

    /// Slot limit for frames (the reserve is opened while creating `StackOverflowError`).
    #[inline]
    pub(crate) fn frame_limit(&self) -> usize {
        if self.in_stack_overflow {
            self.stack.len()
        } else {
            self.stack_limit
        }
    }
}

impl Drop for JavaThread {
    fn drop(&mut self) {
        let vm = self.vm.clone();
        // In Java (no collection runs meanwhile), give back the allocation buffer so the heap
        // stays parsable, then leave for good.
        vm.safepoints.leave_blocked(&self.handle);
        vm.heap.retire_tlab(&mut self.tlab);
        vm.safepoints.enter_blocked(&self.handle);
        vm.safepoints.threads().unregister(&self.handle);
    }
}
