//! Collections of java.util against HotSpot; heap and stack limits; the frame walker.

mod common;

use common::java::{actual, assert_same_as_hotspot, compile, compile_with, expected, vm, vm_with};
use runtime::natives::Env;
use runtime::{JResult, Value};

#[test]
fn larger_programs_match_hotspot() {
    assert_same_as_hotspot(&["more"], &["Programs"]);
}

#[test]
fn threads_monitors_and_wait_notify_match_hotspot() {
    assert_same_as_hotspot(&["more"], &["Concurrency"]);
}

#[test]
fn collections_match_hotspot() {
    assert_same_as_hotspot(&["more"], &["Colls"]);
}

fn call(vm: &runtime::Vm, name: &str) -> Result<Value, runtime::JavaException> {
    vm.call_static("Limits", name, "()I", &[])
}

#[test]
fn out_of_memory_is_thrown_not_an_abort() {
    let dir = compile(&["more"]);
    let vm = vm_with(dir.path(), |b| b.max_heap(32 << 20));
    assert_eq!(call(&vm, "tOomCaught").unwrap(), Value::Int(1));
    let vm = vm_with(dir.path(), |b| b.max_heap(32 << 20));
    let e = call(&vm, "tOomUncaught").unwrap_err();
    assert_eq!(
        (e.class_name.as_str(), e.message.as_deref()),
        ("java.lang.OutOfMemoryError", Some("Java heap space"))
    );
    let e = call(&vm, "tHugeArray").unwrap_err();
    assert_eq!(
        e.message.as_deref(),
        Some("Requested array size exceeds VM limit")
    );
}

#[test]
fn stack_overflow_is_an_error_not_a_crash() {
    let dir = compile(&["more"]);
    let vm = vm_with(dir.path(), |b| b.stack_size(256 << 10));
    assert_eq!(call(&vm, "tDeep").unwrap(), Value::Int(1));
    let e = call(&vm, "tDeepUncaught").unwrap_err();
    assert_eq!(
        (e.class_name.as_str(), e.message.as_deref()),
        ("java.lang.StackOverflowError", None)
    );
    // The thread is usable afterwards, and its stack is empty again.
    assert_eq!(call(&vm, "tDeep").unwrap(), Value::Int(1));
    vm.with_thread(|t| assert!(t.frames.is_empty() && t.handles.is_empty()));
}

/// Checks, from inside a native called by `Limits.tFrames`, that the walker reports exactly the
/// reference locals of the caller (`s` in slot 0 and `o` in slot 2, not the int and the long)
/// and the native's reference arguments.
fn probe(env: &mut Env<'_>) -> JResult<Value> {
    let t = &*env.thread;
    let n = t.frames.len();
    let caller = t.frames[n - 2];
    assert_eq!(caller.method.name, "tFrames");
    let base = caller.base as usize;
    let slots = runtime::interpreter::frame_reference_slots(t, n - 2);
    assert_eq!(slots, vec![base, base + 2], "caller's reference slots");
    assert_eq!(t.stack[base] as usize, env.obj(0).unwrap().addr());
    assert_eq!(t.stack[base + 2] as usize, env.obj(1).unwrap().addr());
    let native = runtime::interpreter::frame_reference_slots(t, n - 1);
    assert_eq!(native.len(), 2, "the native's two reference arguments");
    let mut roots = Vec::new();
    runtime::interpreter::visit_roots(env.thread, |slot| roots.push(*slot));
    let s = env.obj(0).unwrap().addr() as u64;
    assert!(
        roots.iter().filter(|r| **r == s).count() >= 2,
        "s is a root in both frames"
    );
    Ok(Value::Int(1))
}

#[test]
fn frame_walker_finds_reference_slots_precisely() {
    let dir = compile(&["more"]);
    let vm = vm_with(dir.path(), |b| {
        b.natives(|r: &runtime::natives::NativeRegistry| {
            r.register(
                "Limits",
                "probe",
                "(Ljava/lang/String;Ljava/lang/Object;)I",
                probe,
            )
        })
    });
    assert_eq!(call(&vm, "tFrames").unwrap(), Value::Int(1 + 12345 + 77));
}

#[test]
fn helpful_npe_messages_with_local_names_match_hotspot() {
    let dir = compile_with(&["debug"], &["-g"]);
    let want = expected(dir.path(), &["Npe"]);
    let got = actual(&vm(dir.path()), dir.path(), &["Npe"]);
    assert_eq!(want, got);
    assert!(
        want.iter().any(|l| l.contains("because \"text\" is null")),
        "{want:#?}"
    );
}

#[test]
fn main_runs_with_arguments_and_exceptions_carry_stack_traces() {
    let dir = common::TempDir::new("main");
    dir.write(
        "App.java",
        "public class App { static String seen; public static void main(String[] a) { seen = a[1] + a.length; check(a); } \
         static void check(String[] a) { if (a[0].equals(\"boom\")) throw new IllegalStateException(seen); } }",
    );
    common::java::javac(dir.path(), &[dir.path().join("App.java")], &["-g"]);
    let vm = vm(dir.path());
    vm.run_main("App", &["ok", "x"]).unwrap();
    let e = vm.run_main("App", &["boom", "y"]).unwrap_err();
    assert_eq!(e.message.as_deref(), Some("y2"));
    assert_eq!(
        e.stack_trace,
        ["App.check(App.java:1)", "App.main(App.java:1)"]
    );
    let e = vm.run_main("Missing", &[]).unwrap_err();
    assert_eq!(
        (e.class_name.as_str(), e.message.as_deref()),
        ("java.lang.NoClassDefFoundError", Some("Missing"))
    );
}

/// `Rec.down(n)`: a native that calls back into Java (`Rec.step(n - 1)`, which calls `down`).
fn down(env: &mut Env<'_>) -> JResult<Value> {
    let n = env.int(0);
    if n == 0 {
        return Ok(Value::Int(0));
    }
    let step = env
        .method()
        .holder()
        .find_declared_method("step", "(I)I")
        .expect("step");
    runtime::interpreter::call_method(env.thread, step, &[Value::Int(n - 1)])
}

#[test]
fn deep_recursion_through_natives_is_a_stack_overflow_error() {
    let dir = common::TempDir::new("rec");
    dir.write(
        "Rec.java",
        "public class Rec { static native int down(int n); static int step(int n) { return down(n) + 1; } \
         static int caught(int n) { try { return down(n); } catch (StackOverflowError e) { return -1; } } }",
    );
    common::java::javac(dir.path(), &[dir.path().join("Rec.java")], &[]);
    let vm = vm_with(dir.path(), |b| {
        b.natives(|r: &runtime::natives::NativeRegistry| r.register("Rec", "down", "(I)I", down))
    });
    assert_eq!(
        vm.call_static("Rec", "down", "(I)I", &[Value::Int(100)])
            .unwrap(),
        Value::Int(100)
    );
    let e = vm
        .call_static("Rec", "down", "(I)I", &[Value::Int(1_000_000)])
        .unwrap_err();
    assert_eq!(e.class_name, "java.lang.StackOverflowError");
    assert_eq!(
        vm.call_static("Rec", "caught", "(I)I", &[Value::Int(1_000_000)])
            .unwrap(),
        Value::Int(-1)
    );
    assert_eq!(
        vm.call_static("Rec", "down", "(I)I", &[Value::Int(10)])
            .unwrap(),
        Value::Int(10)
    );
}
