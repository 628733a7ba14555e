//! The interpreter: methods decoded once into [`DecodedMethod`], run by a dispatch loop over
//! one contiguous slot stack per thread.
//!
//! Frames: each frame's locals are followed by its operand stack (64-bit slots; `long` and
//! `double` take two, the value in the first) and, for synchronized methods, one slot holding
//! the locked object. A callee's locals start where the caller pushed the arguments, so
//! arguments are never copied. Java-to-Java calls do not recurse on the host stack: the loop
//! switches frames. Only calls from the VM into Java (class initialisers, natives calling
//! back, the embedding API) nest a new loop, bounded by the same slot stack, whose limit
//! (`-Xss`) gives `StackOverflowError`.

mod arith;
mod decode;
mod exec;
mod frames;
mod helpers;
mod indy;
mod npe;
mod npe_arith;
mod ops;
mod slots;
mod validate;

pub use arith::{float_slot, int_slot};
pub use decode::{DecodedMethod, Handler};
pub use frames::{frame_reference_slots, visit_roots};
pub use indy::{CallSite, LinkedSite};
pub use npe::extended_npe_message;
pub use ops::{Arith, Cond, Elem, Op, Switch};

use crate::exceptions::{throw_new, throw_stack_overflow};
use crate::klass::{Method, ValueKind};
use crate::monitor::{monitor_enter, monitor_exit};
use crate::natives::{Env, bind};
use crate::oops::ObjRef;
use crate::resolve::resolve_class;
use crate::thread::{Frame, JResult, JavaThread, Thrown};
use crate::vm::Value;

/// How the dispatch loop left a frame.
pub(crate) enum Exit {
    /// An exception is pending; the frame's `pc` is the throwing instruction.
    Throw,
    /// Call this bytecode method; its arguments are on top of the frame's stack and the
    /// frame's `pc` is the invoke instruction.
    Call(&'static Method),
    /// The frame returns `slots` slots found at slot `from` (its stack top); they are copied to
    /// the frame's base once its lock is released (the lock slot may lie under them).
    Return {
        /// Where the value is.
        from: usize,
        /// 0, 1 or 2.
        slots: usize,
    },
}

/// The decoded code of a method with bytecode, decoding it on first use.
pub(crate) fn decoded(
    thread: &mut JavaThread,
    method: &'static Method,
) -> JResult<&'static DecodedMethod> {
    let result = method.decoded.get_or_init(|| {
        let holder = method.holder();
        // The intrinsic's code pushes and returns a `double` (two stack slots).
        let intrinsic = (holder.loader == crate::klass::BOOT_LOADER && method.max_stack >= 2)
            .then(|| {
                thread
                    .vm
                    .natives
                    .intrinsic(&holder.name, &method.name, &method.descriptor)
            })
            .flatten();
        match intrinsic {
            Some(f) => Ok(Box::new(decode::intrinsic_code(f))),
            None => decode::decode(method).map(Box::new),
        }
    });
    match result {
        Ok(d) => Ok(d),
        Err((class, msg)) => Err(throw_new(thread, class, msg)),
    }
}

/// Host stack a thread may use for calls from the VM or natives into Java nested inside each
/// other (each nesting costs under a kilobyte); beyond it they throw `StackOverflowError`
/// instead of overflowing the host stack. Safe for host threads with the usual 2 MiB stacks.
pub const HOST_STACK_BUDGET: usize = 1 << 20;

/// Calls `method` with `args` (receiver first for instance methods) from the VM or a native,
/// running the interpreter until it returns.
pub fn call_method(
    thread: &mut JavaThread,
    method: &'static Method,
    args: &[Value],
) -> JResult<Value> {
    let marker = 0u8;
    let here = std::hint::black_box(&marker) as *const u8 as usize;
    if thread.host_nesting == 0 {
        thread.host_stack_base = here;
    } else if thread.host_stack_base.saturating_sub(here) > HOST_STACK_BUDGET
        && !thread.in_stack_overflow
    {
        return Err(throw_stack_overflow(thread));
    }
    thread.host_nesting += 1;
    let result = call_method_nested(thread, method, args);
    thread.host_nesting -= 1;
    result
}

/// Calls `method` whose arguments are in place on the stack from slot `base` (the running
/// frame synced), running it to completion on a nested loop; its result is left at `base`.
pub(crate) fn call_in_place(
    thread: &mut JavaThread,
    method: &'static Method,
    base: usize,
) -> JResult<()> {
    let marker = 0u8;
    let here = std::hint::black_box(&marker) as *const u8 as usize;
    if thread.host_stack_base.saturating_sub(here) > HOST_STACK_BUDGET && !thread.in_stack_overflow
    {
        return Err(throw_stack_overflow(thread));
    }
    if method.is_native() {
        return call_native(thread, method, base).map(|_| ());
    }
    if method.is_abstract() {
        let msg = format!("'{}'", method.external_name());
        return Err(throw_new(thread, "java/lang/AbstractMethodError", &msg));
    }
    push_frame(thread, method, base)?;
    let depth = thread.frames.len() - 1;
    thread.host_nesting += 1;
    let result = run(thread, depth);
    thread.host_nesting -= 1;
    result
}

fn call_method_nested(
    thread: &mut JavaThread,
    method: &'static Method,
    args: &[Value],
) -> JResult<Value> {
    let top = thread.stack_top();
    if top + method.frame_slots() > thread.frame_limit() {
        return Err(throw_stack_overflow(thread));
    }
    let mut i = top;
    for a in args {
        match *a {
            Value::Int(v) => thread.stack[i] = int_slot(v),
            Value::Float(v) => thread.stack[i] = float_slot(v),
            Value::Long(v) => thread.stack[i] = v as u64,
            Value::Double(v) => thread.stack[i] = v.to_bits(),
            Value::Ref(r) => thread.stack[i] = r.map_or(0, ObjRef::addr) as u64,
            Value::Void => continue,
        }
        i += if matches!(a, Value::Long(_) | Value::Double(_)) {
            2
        } else {
            1
        };
    }
    if method.is_native() {
        call_native(thread, method, top)?;
    } else {
        if method.is_abstract() {
            let msg = format!("'{}'", method.external_name());
            return Err(throw_new(thread, "java/lang/AbstractMethodError", &msg));
        }
        push_frame(thread, method, top)?;
        let depth = thread.frames.len() - 1;
        run(thread, depth)?;
    }
    Ok(read_result(thread, method, top))
}

fn read_result(thread: &JavaThread, method: &Method, at: usize) -> Value {
    let raw = thread.stack[at];
    match method.return_kind {
        None => Value::Void,
        Some(ValueKind::Long) => Value::Long(raw as i64),
        Some(ValueKind::Double) => Value::Double(f64::from_bits(raw)),
        Some(ValueKind::Float) => Value::Float(f32::from_bits(raw as u32)),
        Some(ValueKind::Ref) => Value::Ref(ObjRef::from_addr(raw as usize)),
        Some(_) => Value::Int(raw as i32),
    }
}

/// The object a synchronized method locks: the receiver or the class mirror.
fn lock_object(thread: &JavaThread, method: &Method, base: usize) -> Option<ObjRef> {
    if method.is_static() {
        method.holder().mirror()
    } else {
        ObjRef::from_addr(thread.stack[base] as usize)
    }
}

/// Pushes a frame for bytecode method `method` whose arguments start at slot `base`.
pub(crate) fn push_frame(
    thread: &mut JavaThread,
    method: &'static Method,
    base: usize,
) -> JResult<()> {
    let code = decoded(thread, method)?;
    let _ = code;
    let end = base + method.frame_slots();
    if end > thread.frame_limit() {
        return Err(throw_stack_overflow(thread));
    }
    thread.frames.push(Frame {
        method,
        pc: 0,
        base: base as u32,
        sp: (base + method.stack_base_offset()) as u32,
    });
    if method.is_synchronized() {
        let obj = lock_object(thread, method, base);
        let slot = base + method.lock_slot_offset();
        thread.stack[slot] = obj.map_or(0, ObjRef::addr) as u64;
        if let Some(obj) = obj
            && let Err(t) = monitor_enter(thread, obj)
        {
            thread.frames.pop();
            return Err(t);
        }
    }
    Ok(())
}

/// Releases the monitor of a synchronized frame being removed.
fn release_frame_lock(thread: &mut JavaThread, frame: &Frame) {
    let m = frame.method;
    if !m.is_synchronized() {
        return;
    }
    let slot = frame.base as usize + m.lock_slot_offset();
    if let Some(obj) = ObjRef::from_addr(thread.stack[slot] as usize) {
        let pending = thread.pending;
        thread.pending = 0;
        let _ = monitor_exit(thread, obj);
        thread.pending = pending;
    }
}

/// Calls native `method` whose arguments start at slot `base`; the result is stored at
/// `base`. Returns the number of result slots.
pub(crate) fn call_native(
    thread: &mut JavaThread,
    method: &'static Method,
    base: usize,
) -> JResult<usize> {
    let f = bind(thread, method)?;
    if base + method.frame_slots() > thread.frame_limit() {
        return Err(throw_stack_overflow(thread));
    }
    let frame = Frame {
        method,
        pc: 0,
        base: base as u32,
        sp: (base + method.frame_slots()) as u32,
    };
    thread.frames.push(frame);
    if method.is_synchronized() {
        let obj = lock_object(thread, method, base);
        thread.stack[base + method.lock_slot_offset()] = obj.map_or(0, ObjRef::addr) as u64;
        if let Some(obj) = obj
            && let Err(t) = monitor_enter(thread, obj)
        {
            thread.frames.pop();
            return Err(t);
        }
    }
    let result = {
        let mut env = Env::new(thread, method, base);
        f(&mut env)
    };
    release_frame_lock(thread, &frame);
    thread.frames.pop();
    let value = result?;
    let slots = match value {
        Value::Void => 0,
        Value::Int(v) => {
            thread.stack[base] = int_slot(v);
            1
        }
        Value::Float(v) => {
            thread.stack[base] = float_slot(v);
            1
        }
        Value::Long(v) => {
            thread.stack[base] = v as u64;
            2
        }
        Value::Double(v) => {
            thread.stack[base] = v.to_bits();
            2
        }
        Value::Ref(r) => {
            thread.stack[base] = r.map_or(0, ObjRef::addr) as u64;
            1
        }
    };
    Ok(slots)
}

/// Runs frames until the frame at depth `entry_depth` returns (`Ok`) or an exception leaves it.
pub(crate) fn run(thread: &mut JavaThread, entry_depth: usize) -> JResult<()> {
    loop {
        match exec::interpret(thread, entry_depth) {
            Exit::Call(method) => {
                let caller = *thread.frames.last().expect("a running frame");
                let base = caller.sp as usize - method.arg_slots;
                if push_frame(thread, method, base).is_err() {
                    unwind(thread, entry_depth)?;
                } else if thread.vm.safepoints.is_requested() {
                    // Method entry is a safepoint poll too (the new frame is at bci 0).
                    thread.safepoint_block();
                }
            }
            Exit::Return { from, slots } => {
                let frame = thread.frames.pop().expect("a returning frame");
                release_frame_lock(thread, &frame);
                let base = frame.base as usize;
                // One or two slots: plain moves rather than a `memmove` call.
                for k in 0..slots {
                    thread.stack[base + k] = thread.stack[from + k];
                }
                if thread.frames.len() <= entry_depth {
                    return Ok(());
                }
                let caller = thread.frames.last_mut().expect("a caller");
                caller.sp = frame.base + slots as u32;
                caller.pc += 1;
            }
            Exit::Throw => unwind(thread, entry_depth)?,
        }
    }
}

/// Finds a handler for the pending exception, popping frames without one; `Err` when the
/// exception leaves the frame at `entry_depth`.
fn unwind(thread: &mut JavaThread, entry_depth: usize) -> JResult<()> {
    loop {
        let frame = *thread.frames.last().expect("a frame to unwind");
        if let Some(handler) = find_handler(thread, &frame) {
            let exception = thread.take_pending();
            let stack_base = frame.base as usize + frame.method.stack_base_offset();
            thread.stack[stack_base] = exception.map_or(0, ObjRef::addr) as u64;
            let f = thread.frames.last_mut().expect("the handling frame");
            f.pc = handler;
            f.sp = stack_base as u32 + 1;
            return Ok(());
        }
        thread.frames.pop();
        release_frame_lock(thread, &frame);
        if thread.frames.len() <= entry_depth {
            return Err(Thrown);
        }
        // The arguments the caller pushed were the popped frame's locals, which may since
        // hold anything: they leave the caller's stack before anything can collect (resolving
        // a catch type may run Java code), so its reference map never covers them.
        if let Some(caller) = thread.frames.last_mut() {
            caller.sp = caller.sp.min(frame.base);
        }
    }
}

/// The handler of `frame` that catches the pending exception at the frame's pc.
fn find_handler(thread: &mut JavaThread, frame: &Frame) -> Option<u32> {
    let code = frame.method.decoded.get()?.as_ref().ok()?;
    let holder = frame.method.holder();
    for h in &code.handlers {
        if frame.pc < h.start || frame.pc >= h.end {
            continue;
        }
        if h.catch_type == 0 {
            return Some(h.handler);
        }
        let exception = thread.pending_exception()?;
        let local = thread.new_local(Some(exception));
        let caught = resolve_class(thread, holder, h.catch_type);
        let exception = thread.local(local);
        thread.handles.truncate(local.0 as usize);
        match caught {
            Ok(k) => {
                if exception.is_some_and(|e| e.klass().is_subclass_of(k)) {
                    thread.pending = exception.map_or(0, ObjRef::addr) as u64;
                    return Some(h.handler);
                }
                thread.pending = exception.map_or(0, ObjRef::addr) as u64;
            }
            // Resolving the catch type threw: that exception replaces the original.
            Err(_) => continue,
        }
    }
    None
}
