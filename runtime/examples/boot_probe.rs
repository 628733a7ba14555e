//! Probes how far the boot of java.base gets: runs `System.initPhase1()`, `initPhase2` and
//! `initPhase3` on a fresh VM as HotSpot's `create_vm` does, and prints the exception that
//! stops it (`cargo run -p runtime --example boot_probe`).

fn main() {
    let vm = runtime::Vm::builder()
        .natives(stdlib_native::register)
        .build()
        .expect("VM");
    let phases: [(&str, &str, &[runtime::Value]); 3] = [
        ("initPhase1", "()V", &[]),
        (
            "initPhase2",
            "(ZZ)I",
            &[runtime::Value::Int(1), runtime::Value::Int(1)],
        ),
        ("initPhase3", "()V", &[]),
    ];
    for (name, descriptor, args) in phases {
        match vm.call_static("java.lang.System", name, descriptor, args) {
            Ok(v) => println!("{name} completed: {v:?}"),
            Err(e) => {
                let mut e = Some(&e);
                while let Some(x) = e {
                    println!("{x}");
                    e = x.cause.as_deref();
                }
                return;
            }
        }
    }
}
