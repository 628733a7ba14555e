//! Intrinsics: a boot method registered as one runs the registered function instead of its
//! bytecode, whether Java code or the VM calls it.

mod common;

use common::TempDir;
use common::java::{javac, vm_with};
use runtime::Value;
use runtime::natives::{Intrinsic, NativeRegistry};

fn replaced_sin(x: f64) -> f64 {
    x + 1000.0
}

fn replaced_pow(x: f64, y: f64) -> f64 {
    x * 10.0 + y
}

fn register(r: &NativeRegistry) {
    r.register_intrinsic(
        "java/lang/Math",
        "sin",
        "(D)D",
        Intrinsic::Unary(replaced_sin),
    );
    r.register_intrinsic(
        "java/lang/Math",
        "pow",
        "(DD)D",
        Intrinsic::Binary(replaced_pow),
    );
}

#[test]
fn intrinsics_replace_the_bytecode_of_boot_methods() {
    let dir = TempDir::new("intrinsics");
    dir.write(
        "Calls.java",
        "public class Calls { static double sin(double x) { return Math.sin(x); } \
         static double pow(double x, double y) { return Math.pow(x, y); } \
         static double cos(double x) { return Math.cos(x); } }",
    );
    javac(dir.path(), &[dir.path().join("Calls.java")], &[]);
    let vm = vm_with(dir.path(), |b| b.natives(register));
    let call = |name: &str, descriptor: &str, args: &[Value]| {
        vm.call_static("Calls", name, descriptor, args)
            .unwrap_or_else(|e| panic!("{name}: {e}"))
    };
    assert_eq!(
        call("sin", "(D)D", &[Value::Double(0.5)]),
        Value::Double(1000.5)
    );
    assert_eq!(
        call("pow", "(DD)D", &[Value::Double(2.0), Value::Double(3.0)]),
        Value::Double(23.0)
    );
    assert_eq!(
        vm.call_static("java.lang.Math", "sin", "(D)D", &[Value::Double(1.0)])
            .ok(),
        Some(Value::Double(1001.0)),
        "the VM's own calls run the intrinsic too"
    );
    // Math.cos has no intrinsic here: its bytecode (StrictMath.cos) runs.
    assert_eq!(
        call("cos", "(D)D", &[Value::Double(0.0)]),
        Value::Double(1.0)
    );
}
