//! `StackWalker`'s natives (`StackStreamFactory`): `callStackWalk` opens a stream over the
//! calling thread's frames, fills the first batch of the Java-side buffer (`Class` objects or
//! `StackFrameInfo`s) and calls `AbstractStackWalker.doStackWalk`, during which
//! `fetchStackFrames` continues the same stream; `StackTraceElement.initStackTraceElement`
//! turns a `StackFrameInfo` into an element. As in HotSpot, element 0 of the buffer holds the
//! thread object while a walk is open, and the anchor names the open stream.

use std::cell::RefCell;
use std::sync::atomic::{AtomicI64, Ordering};

use runtime::backtrace::{fill_stack_trace_element, frame_bci};
use runtime::klass::{BOOT_LOADER, Klass, Method};
use runtime::natives::{Env, NativeRegistry};
use runtime::oops::{ARRAY_BASE_OFFSET, ObjRef};
use runtime::thread::Local;
use runtime::{JResult, Value};

use crate::frame_filters::{is_caller_sensitive, is_hidden_frame};
use crate::member_name::{fill_method_member_name, method_of_member_name};

const WALKER: &str = "java/lang/StackStreamFactory$AbstractStackWalker";

/// Mode bits shared with `StackStreamFactory`.
const FILL_CLASS_REFS_ONLY: i64 = 0x2;
const GET_CALLER_CLASS: i64 = 0x4;
const SHOW_HIDDEN_FRAMES: i64 = 0x20;

/// Buffer element holding the thread object while a walk is open.
const MAGIC_POS: usize = 0;

pub(crate) fn register(r: &NativeRegistry) {
    r.register(
        "java/lang/StackStreamFactory",
        "checkStackWalkModes",
        "()Z",
        |_| Ok(Value::Int(1)),
    );
    r.register(
        WALKER,
        "callStackWalk",
        "(JIII[Ljava/lang/Object;)Ljava/lang/Object;",
        call_stack_walk,
    );
    r.register(
        WALKER,
        "fetchStackFrames",
        "(JJII[Ljava/lang/Object;)I",
        fetch_stack_frames,
    );
    r.register(
        "java/lang/StackTraceElement",
        "initStackTraceElement",
        "(Ljava/lang/StackTraceElement;Ljava/lang/StackFrameInfo;)V",
        init_stack_trace_element,
    );
}

/// An open walk: the frame (index in the thread's frames) the stream stands on, `None` at
/// the end of the stack.
struct Stream {
    anchor: i64,
    at: Option<usize>,
}

static NEXT_ANCHOR: AtomicI64 = AtomicI64::new(1);

thread_local! {
    /// The walks open on this thread, innermost last (Java threads are host threads).
    static STREAMS: RefCell<Vec<Stream>> = const { RefCell::new(Vec::new()) };
}

fn stream_position(anchor: i64) -> Option<Option<usize>> {
    STREAMS.with(|s| s.borrow().iter().find(|w| w.anchor == anchor).map(|w| w.at))
}

fn set_stream_position(anchor: i64, at: Option<usize>) {
    STREAMS.with(|s| {
        if let Some(w) = s.borrow_mut().iter_mut().find(|w| w.anchor == anchor) {
            w.at = at;
        }
    });
}

/// The frame below frame `at`.
fn below(at: usize) -> Option<usize> {
    at.checked_sub(1)
}

/// Whether frames of `k` belong to the stack walker itself (skipped before the first batch).
fn is_walker_frame(k: &Klass) -> bool {
    let boot_named = |c: &Klass, name: &str| c.loader == BOOT_LOADER && c.name == name;
    boot_named(k, "java/lang/StackWalker")
        || boot_named(k, WALKER)
        || k.super_klass.is_some_and(|s| boot_named(s, WALKER))
}

fn array_element(env: &Env<'_>, array: Local, i: usize) -> Option<ObjRef> {
    env.get(array)
        .and_then(|a| a.get_ref(ARRAY_BASE_OFFSET + 8 * i))
}

fn set_array_element(env: &Env<'_>, array: Local, i: usize, value: Option<ObjRef>) {
    if let Some(a) = env.get(array) {
        a.put_ref(ARRAY_BASE_OFFSET + 8 * i, value);
    }
}

/// Checks the buffer and the batch bounds as HotSpot does before walking.
fn check_buffer(env: &mut Env<'_>, frames: Local, start: i32, count: i32) -> JResult<()> {
    let Some(array) = env.get(frames) else {
        return Err(env.throw("java/lang/NullPointerException", "frames_array is NULL"));
    };
    // Negative positions never come from the JDK; refuse them like a buffer too small.
    if start < 0 || i64::from(array.array_length()) < i64::from(start) + i64::from(count) {
        return Err(env.throw(
            "java/lang/IllegalArgumentException",
            "not enough space in buffers",
        ));
    }
    Ok(())
}

/// Fills up to `max` buffer elements from `start` with the frames from `*at` downwards, leaving
/// `*at` on the last frame filled. Returns the end index.
fn fill_in_frames(
    env: &mut Env<'_>,
    mode: i64,
    at: &mut Option<usize>,
    max: i32,
    start: i32,
    frames: Local,
) -> JResult<i32> {
    let need_method_info = mode & FILL_CLASS_REFS_ONLY == 0;
    let caller_class = mode & GET_CALLER_CLASS != 0;
    let skip_hidden = mode & SHOW_HIDDEN_FRAMES == 0 || caller_class;
    let mut end = start;
    let mut decoded = 0;
    while let Some(i) = *at {
        let frame = env.thread.frames[i];
        let method = frame.method;
        if skip_hidden && is_hidden_frame(method) {
            *at = below(i);
            continue;
        }
        let index = end;
        end += 1;
        if !need_method_info && caller_class && index == start && is_caller_sensitive(method) {
            let msg = format!(
                "StackWalker::getCallerClass called from @CallerSensitive '{}' method",
                method.external_name()
            );
            return Err(env.throw("java/lang/UnsupportedOperationException", &msg));
        }
        let slot = usize::try_from(index).unwrap_or(0);
        if need_method_info {
            fill_frame_info(env, frames, slot, method, frame_bci(&frame))?;
        } else {
            set_array_element(env, frames, slot, method.holder().mirror());
        }
        decoded += 1;
        if decoded >= max {
            break;
        }
        *at = below(i);
    }
    Ok(end)
}

/// Sets the `StackFrameInfo` at `slot` of the buffer to a frame of `method` at `bci`.
fn fill_frame_info(
    env: &mut Env<'_>,
    frames: Local,
    slot: usize,
    method: &'static Method,
    bci: u32,
) -> JResult<()> {
    let Some(info) = array_element(env, frames, slot) else {
        return Err(env.throw_no_message("java/lang/NullPointerException"));
    };
    let k = info.klass();
    if let Some(f) = k.instance_field("bci", "I") {
        info.put_i32(f.offset, bci as i32);
    }
    let member = k
        .instance_field("memberName", "Ljava/lang/Object;")
        .and_then(|f| info.get_ref(f.offset));
    let Some(member) = member else {
        return Err(env.throw_no_message("java/lang/NullPointerException"));
    };
    let member = env.local(Some(member));
    fill_method_member_name(env, member, method)
}

/// `callStackWalk(mode, skipFrames, batchSize, startIndex, frames)`.
fn call_stack_walk(env: &mut Env<'_>) -> JResult<Value> {
    let walker = env.arg_local(0);
    let mode = env.long(1);
    let skip = env.int(2);
    let count = env.int(3);
    let start = env.int(4);
    let frames = env.arg_local(5);
    check_buffer(env, frames, start, count)?;
    let mut at = env.thread.frames.len().checked_sub(1);
    while let Some(i) = at {
        if !is_walker_frame(env.thread.frames[i].method.holder()) {
            break;
        }
        at = below(i);
    }
    for _ in 0..skip {
        let Some(i) = at else { break };
        at = below(i);
    }
    let mut end = start;
    if at.is_some() {
        end = fill_in_frames(env, mode, &mut at, count, start, frames)?;
        if end == start {
            return Err(env.throw("java/lang/InternalError", "stack walk: decode failed"));
        }
    }
    let anchor = NEXT_ANCHOR.fetch_add(1, Ordering::Relaxed);
    STREAMS.with(|s| s.borrow_mut().push(Stream { anchor, at }));
    let thread_object = env.thread.thread_object();
    set_array_element(env, frames, MAGIC_POS, thread_object);
    let result = do_stack_walk(env, walker, anchor, skip, count, start, end);
    STREAMS.with(|s| s.borrow_mut().retain(|w| w.anchor != anchor));
    let intact = array_element(env, frames, MAGIC_POS) == env.thread.thread_object();
    set_array_element(env, frames, MAGIC_POS, None);
    let value = result?;
    if !intact {
        return Err(env.throw(
            "java/lang/InternalError",
            "doStackWalk: corrupted buffers on exit",
        ));
    }
    Ok(value)
}

/// Calls `AbstractStackWalker.doStackWalk(anchor, skip, batchSize, start, end)`.
fn do_stack_walk(
    env: &mut Env<'_>,
    walker: Local,
    anchor: i64,
    skip: i32,
    count: i32,
    start: i32,
    end: i32,
) -> JResult<Value> {
    let k = runtime::loader::load_class(env.thread, BOOT_LOADER, WALKER)?;
    let Some(m) = k.find_declared_method("doStackWalk", "(JIIII)Ljava/lang/Object;") else {
        return Err(env.throw("java/lang/InternalError", "doStackWalk not found"));
    };
    let receiver = env.get(walker);
    let args = [
        Value::Ref(receiver),
        Value::Long(anchor),
        Value::Int(skip),
        Value::Int(count),
        Value::Int(start),
        Value::Int(end),
    ];
    runtime::interpreter::call_method(env.thread, m, &args)
}

/// `fetchStackFrames(mode, anchor, batchSize, startIndex, frames)`: the end index.
fn fetch_stack_frames(env: &mut Env<'_>) -> JResult<Value> {
    let mode = env.long(1);
    let anchor = env.long(2);
    let count = env.int(3);
    let start = env.int(4);
    let frames = env.arg_local(5);
    let thread_object = env.thread.thread_object();
    let position = stream_position(anchor);
    let open = env.get(frames).is_some()
        && array_element(env, frames, MAGIC_POS) == thread_object
        && anchor != 0;
    let (true, Some(mut at)) = (open, position) else {
        return Err(env.throw("java/lang/InternalError", "doStackWalk: corrupted buffers"));
    };
    check_buffer(env, frames, start, count)?;
    if count <= 0 {
        return Ok(Value::Int(start));
    }
    let Some(i) = at else {
        return Ok(Value::Int(start));
    };
    at = below(i);
    if at.is_none() {
        set_stream_position(anchor, at);
        return Ok(Value::Int(start));
    }
    let end = fill_in_frames(env, mode, &mut at, count, start, frames);
    set_stream_position(anchor, at);
    let end = end?;
    if end == start {
        return Err(env.throw(
            "java/lang/InternalError",
            "doStackWalk: later decode failed",
        ));
    }
    Ok(Value::Int(end))
}

/// `StackTraceElement.initStackTraceElement(element, stackFrameInfo)`.
fn init_stack_trace_element(env: &mut Env<'_>) -> JResult<Value> {
    let element = env.arg_local(0);
    let (Some(_), Some(info)) = (env.get(element), env.obj(1)) else {
        return Err(env.throw_no_message("java/lang/NullPointerException"));
    };
    let k = info.klass();
    let bci = k
        .instance_field("bci", "I")
        .map_or(0, |f| info.get_i32(f.offset));
    let member = k
        .instance_field("memberName", "Ljava/lang/Object;")
        .and_then(|f| info.get_ref(f.offset));
    let Some(method) = member.and_then(|m| method_of_member_name(env.thread, m)) else {
        return Err(env.throw("java/lang/InternalError", "stack frame without a method"));
    };
    fill_stack_trace_element(env, element, method, u32::try_from(bci).unwrap_or(0))?;
    Ok(Value::Void)
}
