//! Probes how far the boot of java.base gets: calls `System.initPhase1()` on a fresh VM and
//! prints the exception that stops it (`cargo run -p runtime --example boot_probe`).

fn main() {
    let vm = runtime::Vm::builder()
        .natives(stdlib_native::register)
        .build()
        .expect("VM");
    match vm.call_static("java.lang.System", "initPhase1", "()V", &[]) {
        Ok(_) => println!("initPhase1 completed"),
        Err(e) => {
            let mut e = Some(&e);
            while let Some(x) = e {
                println!("{x}");
                e = x.cause.as_deref();
            }
        }
    }
}
