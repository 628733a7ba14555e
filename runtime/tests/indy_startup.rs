//! The start-up cost of `java.lang.invoke`: the first lambda and the first string
//! concatenation of a program spin hidden classes (the lambda proxy, `LambdaForm`s), once;
//! later executions of the same call sites spin nothing. The counts and times are printed
//! (`cargo test -p runtime --test indy_startup -- --nocapture`) for comparison with HotSpot's
//! `-Xlog:class+load`.

mod common;

use std::time::Instant;

use common::TempDir;
use common::java::{javac, vm};
use runtime::{Value, Vm};

const SOURCE: &str = "import java.util.function.Supplier; \
    public class Startup { \
      static String lambda() { Supplier<String> s = () -> \"lambda\"; return s.get(); } \
      static String concat(int n, long l) { return \"n=\" + n + \" l=\" + l; } }";

/// (hidden classes, all classes) defined so far.
fn counts(vm: &Vm) -> (usize, usize) {
    let classes = vm.state().loaded_classes();
    (
        classes.iter().filter(|k| k.is_hidden()).count(),
        classes.len(),
    )
}

/// Calls `Startup.name` and returns its string result, the time taken and the classes added.
fn call(vm: &Vm, name: &str, descriptor: &str, args: &[Value]) -> (String, u128, (usize, usize)) {
    let before = counts(vm);
    let start = Instant::now();
    let result = vm
        .call_static("Startup", name, descriptor, args)
        .expect("call succeeds");
    let micros = start.elapsed().as_micros();
    let after = counts(vm);
    let Value::Ref(Some(s)) = result else {
        panic!("{name} returned {result:?}");
    };
    let text = vm.with_thread(|t| runtime::strings::string_value(t, s));
    (text, micros, (after.0 - before.0, after.1 - before.1))
}

#[test]
fn the_first_lambda_and_concatenation_spin_classes_once() {
    let dir = TempDir::new("indy-startup");
    dir.write("Startup.java", SOURCE);
    // The last -XD option wins: indy concatenation instead of the helper's inline default.
    javac(
        dir.path(),
        &[dir.path().join("Startup.java")],
        &["-XDstringConcat=indyWithConstants"],
    );
    let vm = vm(dir.path());
    let (text, first_us, (hidden, all)) = call(&vm, "lambda", "()Ljava/lang/String;", &[]);
    assert_eq!(text, "lambda");
    assert!(hidden >= 1, "the lambda proxy is a hidden class");
    eprintln!("first lambda: {first_us} us, {hidden} hidden classes spun, {all} classes loaded");
    let (text, again_us, (hidden, all)) = call(&vm, "lambda", "()Ljava/lang/String;", &[]);
    assert_eq!(text, "lambda");
    assert_eq!((hidden, all), (0, 0), "a linked call site spins nothing");
    eprintln!("lambda again: {again_us} us");
    let args = [Value::Int(3), Value::Long(-4)];
    let (text, first_us, (hidden, all)) = call(&vm, "concat", "(IJ)Ljava/lang/String;", &args);
    assert_eq!(text, "n=3 l=-4");
    eprintln!(
        "first concatenation: {first_us} us, {hidden} hidden classes spun, {all} classes loaded"
    );
    let (text, again_us, (hidden, all)) = call(&vm, "concat", "(IJ)Ljava/lang/String;", &args);
    assert_eq!(text, "n=3 l=-4");
    assert_eq!((hidden, all), (0, 0), "a linked call site spins nothing");
    eprintln!("concatenation again: {again_us} us");
}
