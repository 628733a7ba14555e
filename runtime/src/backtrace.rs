//! Stack traces: `Throwable.fillInStackTrace` records the Java frames in the throwable's
//! `backtrace` field, and `StackTraceElement.initStackTraceElements` turns them into
//! elements with HotSpot's contents (class, method, file, line, module).
//!
//! The backtrace is an `Object[3]`: a `Class[]` of declaring classes, an `int[]` of
//! (method index, bytecode index) pairs, so that nothing in it is a raw VM pointer, and,
//! when the top frame was hidden (left out), a non-null marker (the `Class[]` again): then
//! no helpful `NullPointerException` message can be computed, as in HotSpot.

use classfile::descriptor::BaseType;

use crate::alloc::new_array;
use crate::klass::{BOOT_LOADER, Klass, Method};
use crate::loader::{array_klass_of, load_class};
use crate::natives::Env;
use crate::oops::{ARRAY_BASE_OFFSET, ObjRef};
use crate::thread::{Frame, JResult, JavaThread, Local};
use crate::vm::Value;

/// HotSpot's `MaxJavaStackTraceDepth`: at most this many frames are recorded.
pub const MAX_STACK_TRACE_DEPTH: usize = 1024;

/// The frames to record: innermost first, at most [`MAX_STACK_TRACE_DEPTH`], without the `fillInStackTrace` frames and the
/// constructors of the throwable being filled in (as HotSpot skips them), nor hidden frames
/// (methods of hidden classes and `@Hidden` methods, shown only with `-XX:+ShowHiddenFrames`).
/// Also tells whether the top frame was hidden.
fn recorded_frames(env: &Env<'_>, throwable: ObjRef) -> (Vec<(&'static Method, u32)>, bool) {
    let t = &*env.thread;
    let mut frames = t.frames.iter().rev().peekable();
    while frames
        .next_if(|f| f.method.name == "fillInStackTrace")
        .is_some()
    {}
    while frames
        .next_if(|f| {
            f.method.name == "<init>" && throwable.klass().is_subclass_of(f.method.holder())
        })
        .is_some()
    {}
    let hidden_top = frames
        .peek()
        .is_some_and(|f| crate::invoke::is_hidden_method(f.method));
    let recorded = frames
        .filter(|f| !crate::invoke::is_hidden_method(f.method))
        .take(MAX_STACK_TRACE_DEPTH)
        .map(|f| (f.method, frame_bci(f)))
        .collect();
    (recorded, hidden_top)
}

/// `Throwable.fillInStackTrace(int)`: records the backtrace and its depth.
pub(crate) fn fill_in_stack_trace(env: &mut Env<'_>) -> JResult<Value> {
    let this = env.arg_local(0);
    let Some(throwable) = env.get(this) else {
        return Ok(Value::Ref(None));
    };
    let (frames, hidden_top) = recorded_frames(env, throwable);
    let thread = &mut *env.thread;
    let class_array = load_class(thread, BOOT_LOADER, "[Ljava/lang/Class;")?;
    let object_array = load_class(thread, BOOT_LOADER, "[Ljava/lang/Object;")?;
    let int_array = array_klass_of(thread, Err(BaseType::Int))?;
    let classes = new_array(thread, class_array, frames.len() as i32)?;
    let classes = thread.new_local(Some(classes));
    let positions = new_array(thread, int_array, 2 * frames.len() as i32)?;
    let positions = thread.new_local(Some(positions));
    let backtrace = new_array(thread, object_array, 3)?;
    let (Some(classes), Some(positions)) = (thread.local(classes), thread.local(positions)) else {
        return Ok(Value::Ref(None));
    };
    for (i, (m, bci)) in frames.iter().enumerate() {
        classes.put_ref(ARRAY_BASE_OFFSET + 8 * i, m.holder().mirror());
        positions.put_i32(ARRAY_BASE_OFFSET + 8 * i, m.index as i32);
        positions.put_i32(ARRAY_BASE_OFFSET + 8 * i + 4, *bci as i32);
    }
    backtrace.put_ref(ARRAY_BASE_OFFSET, Some(classes));
    backtrace.put_ref(ARRAY_BASE_OFFSET + 8, Some(positions));
    if hidden_top {
        backtrace.put_ref(ARRAY_BASE_OFFSET + 16, Some(classes));
    }
    let Some(throwable) = env.get(this) else {
        return Ok(Value::Ref(None));
    };
    let k = throwable.klass();
    if let Some(f) = k.instance_field("backtrace", "Ljava/lang/Object;") {
        throwable.put_ref(f.offset, Some(backtrace));
    }
    if let Some(f) = k.instance_field("depth", "I") {
        throwable.put_i32(f.offset, frames.len() as i32);
    }
    Ok(Value::Ref(Some(throwable)))
}

/// The source line of bytecode index `bci` in `method`: -2 for natives, -1 if unknown.
pub fn line_number(method: &Method, bci: u32) -> i32 {
    if method.is_native() {
        return -2;
    }
    let Some(code) = method
        .holder()
        .class_file
        .as_ref()
        .and_then(|cf| cf.methods.get(method.index))
        .and_then(|m| m.code())
    else {
        return -1;
    };
    let mut best: Option<(u16, u16)> = None;
    for table in &code.line_number_tables {
        for entry in table.iter() {
            if u32::from(entry.start_pc) <= bci && best.is_none_or(|(pc, _)| entry.start_pc >= pc) {
                best = Some((entry.start_pc, entry.line_number));
            }
        }
    }
    best.map_or(-1, |(_, line)| i32::from(line))
}

/// The bytecode index a frame is at (0 for natives).
pub fn frame_bci(frame: &Frame) -> u32 {
    frame
        .method
        .decoded
        .get()
        .and_then(|d| d.as_ref().ok())
        .and_then(|d| d.pcs.get(frame.pc as usize).copied())
        .unwrap_or(0)
}

/// Fills the `StackTraceElement` behind `element` as HotSpot does for a frame of `method` at
/// `bci`: class name and class object, method name, source file, line number and module.
pub fn fill_stack_trace_element(
    env: &mut Env<'_>,
    element: Local,
    method: &'static Method,
    bci: u32,
) -> JResult<()> {
    let k = method.holder();
    let texts = [
        Some(k.external_name()),
        Some(method.name.clone()),
        k.source_file(),
        k.module.clone(),
        module_version(env.thread, k),
    ];
    // Each string waits in a handle while the next one is created (which may collect).
    let mut handles = Vec::with_capacity(texts.len());
    for text in texts {
        let s = match text {
            Some(text) => {
                let units: Vec<u16> = text.encode_utf16().collect();
                Some(crate::strings::intern(env.thread, &units)?)
            }
            None => None,
        };
        handles.push(env.local(s));
    }
    let strings: Vec<Option<ObjRef>> = handles.iter().map(|&h| env.get(h)).collect();
    let Some(element) = env.get(element) else {
        return Ok(());
    };
    let ek = element.klass();
    let set = |name: &str, v: Option<ObjRef>| {
        if let Some(f) = ek.instance_field(name, "Ljava/lang/String;") {
            element.put_ref(f.offset, v);
        }
    };
    set("declaringClass", strings[0]);
    set("methodName", strings[1]);
    set("fileName", strings[2]);
    set("moduleName", strings[3]);
    set("moduleVersion", strings[4]);
    if let Some(f) = ek.instance_field("lineNumber", "I") {
        element.put_i32(f.offset, line_number(method, bci));
    }
    if let Some(f) = ek.instance_field("declaringClassObject", "Ljava/lang/Class;") {
        element.put_ref(f.offset, k.mirror());
    }
    // The defining loader's name, as HotSpot records it (`StackTraceElement.toString` drops
    // it for the built-in loaders once `computeFormat` ran, as for throwables' traces).
    let loader_name = k
        .mirror()
        .and_then(|m| {
            let f = m
                .klass()
                .instance_field("classLoader", "Ljava/lang/ClassLoader;")?;
            m.get_ref(f.offset)
        })
        .and_then(|l| {
            let f = l.klass().instance_field("name", "Ljava/lang/String;")?;
            l.get_ref(f.offset)
        });
    set("classLoaderName", loader_name);
    Ok(())
}

/// The version of the named module of `k` (its mirror's `Class.module`), as
/// `StackTraceElement.moduleVersion` records it.
fn module_version(thread: &JavaThread, k: &'static Klass) -> Option<String> {
    k.module.as_ref()?;
    let mirror = k.mirror()?;
    let field = mirror
        .klass()
        .instance_field("module", "Ljava/lang/Module;")?;
    let module = mirror.get_ref(field.offset)?;
    thread.vm.modules.version(module)
}

/// The helpful message of `NullPointerException` `npe`, computed from the top frame of its
/// backtrace (`NullPointerException.getExtendedNPEMessage`); `None` without one.
pub fn extended_npe_message(npe: ObjRef) -> Option<String> {
    let f = npe
        .klass()
        .instance_field("backtrace", "Ljava/lang/Object;")?;
    let backtrace = npe.get_ref(f.offset)?;
    if backtrace.get_ref(ARRAY_BASE_OFFSET + 16).is_some() {
        return None;
    }
    let (_, method, bci) = frame_at(backtrace, 0)?;
    crate::interpreter::extended_npe_message(method, bci)
}

/// The (class, method, bci) of frame `i` of a backtrace.
fn frame_at(backtrace: ObjRef, i: usize) -> Option<(&'static Klass, &'static Method, u32)> {
    let classes = backtrace.get_ref(ARRAY_BASE_OFFSET)?;
    let positions = backtrace.get_ref(ARRAY_BASE_OFFSET + 8)?;
    if i >= classes.array_length().max(0) as usize
        || 2 * i + 1 >= positions.array_length().max(0) as usize
    {
        return None;
    }
    let k = crate::mirror::klass_of_mirror(classes.get_ref(ARRAY_BASE_OFFSET + 8 * i)?)?;
    let index = positions.get_i32(ARRAY_BASE_OFFSET + 8 * i) as usize;
    let bci = positions.get_i32(ARRAY_BASE_OFFSET + 8 * i + 4) as u32;
    Some((k, k.methods.get(index)?, bci))
}

/// `StackTraceElement.initStackTraceElements(StackTraceElement[], Throwable)`.
pub(crate) fn init_stack_trace_elements(env: &mut Env<'_>) -> JResult<Value> {
    let elements = env.arg_local(0);
    let throwable = env.arg_local(1);
    if env.get(throwable).is_none() {
        return Err(env.throw_no_message("java/lang/NullPointerException"));
    }
    // Re-read after every allocation: objects may move.
    let backtrace = |env: &Env<'_>| {
        let t = env.get(throwable)?;
        let f = t
            .klass()
            .instance_field("backtrace", "Ljava/lang/Object;")?;
        t.get_ref(f.offset)
    };
    let count = env
        .get(elements)
        .map_or(0, |e| e.array_length().max(0) as usize);
    for i in 0..count {
        let Some((_, m, bci)) = backtrace(env).and_then(|b| frame_at(b, i)) else {
            break;
        };
        let Some(element) = env
            .get(elements)
            .and_then(|e| e.get_ref(ARRAY_BASE_OFFSET + 8 * i))
        else {
            continue;
        };
        let element = env.local(Some(element));
        fill_stack_trace_element(env, element, m, bci)?;
    }
    Ok(Value::Void)
}

/// The Java frames of `thread`, innermost first, as (method, bytecode index), at most
/// [`MAX_STACK_TRACE_DEPTH`]. Another thread's frames may only be read while it is stopped.
pub fn java_frames(thread: &crate::thread::JavaThread) -> Vec<(&'static Method, u32)> {
    thread
        .frames
        .iter()
        .rev()
        .take(MAX_STACK_TRACE_DEPTH)
        .map(|f| (f.method, frame_bci(f)))
        .collect()
}

/// A new `StackTraceElement[]` describing `frames` (`Thread.getStackTrace` of another
/// thread).
pub fn stack_trace_elements(
    env: &mut Env<'_>,
    frames: &[(&'static Method, u32)],
) -> JResult<Option<ObjRef>> {
    let thread = &mut *env.thread;
    let element_klass = load_class(thread, BOOT_LOADER, "java/lang/StackTraceElement")?;
    crate::init::initialize(thread, element_klass)?;
    let array_klass = load_class(thread, BOOT_LOADER, "[Ljava/lang/StackTraceElement;")?;
    let array = new_array(thread, array_klass, frames.len() as i32)?;
    let array = env.local(Some(array));
    for (i, &(m, bci)) in frames.iter().enumerate() {
        let element = crate::alloc::new_instance(env.thread, element_klass)?;
        let element = env.local(Some(element));
        if let Some(a) = env.get(array) {
            a.put_ref(ARRAY_BASE_OFFSET + 8 * i, env.get(element));
        }
        fill_stack_trace_element(env, element, m, bci)?;
    }
    Ok(env.get(array))
}
