//! The `bytecode-count` feature: the interpreter counts every bytecode it dispatches (run with
//! `cargo test -p runtime --features bytecode-count --test bytecode_count`); without the
//! feature `Vm::bytecodes_executed` is `None`.

mod common;

use common::TempDir;
use common::java::{javac, vm};
use runtime::Value;

fn sum_program() -> TempDir {
    let dir = TempDir::new("bytecode-count");
    dir.write(
        "Sum.java",
        "public class Sum { static int sum(int n) { int s = 0; for (int i = 0; i < n; i++) { s += i; } return s; } }",
    );
    javac(dir.path(), &[dir.path().join("Sum.java")], &[]);
    dir
}

#[cfg(feature = "bytecode-count")]
#[test]
fn each_loop_iteration_counts_its_bytecodes() {
    let dir = sum_program();
    let vm = vm(dir.path());
    let boot = vm.bytecodes_executed().expect("counted");
    assert!(boot > 10_000, "the boot ran {boot} bytecodes");
    let run = |n: i32| {
        let before = vm.bytecodes_executed().expect("counted");
        let r = vm.call_static("Sum", "sum", "(I)I", &[Value::Int(n)]);
        assert_eq!(r.ok(), Some(Value::Int(n * (n - 1) / 2)));
        vm.bytecodes_executed().expect("counted") - before
    };
    run(1);
    let (small, large) = (run(1000), run(3000));
    // iload iload if_icmpge, iload iload iadd istore, iinc, goto: 9 bytecodes per iteration.
    assert_eq!(large - small, 2000 * 9);
}

#[cfg(not(feature = "bytecode-count"))]
#[test]
fn nothing_is_counted_without_the_feature() {
    let dir = sum_program();
    let vm = vm(dir.path());
    assert_eq!(
        vm.call_static("Sum", "sum", "(I)I", &[Value::Int(10)]).ok(),
        Some(Value::Int(45))
    );
    assert_eq!(vm.bytecodes_executed(), None);
}
