//! Runs a static `()I`, `()J` or `()V` method on Cortado and prints its result and the time it
//! took: `cargo run --release -p runtime --example call_static -- <class path> <class> <method> <descriptor>`.

use std::time::Instant;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [cp, class, method, descriptor] = args.as_slice() else {
        eprintln!("usage: call_static <class path> <class> <method> <descriptor>");
        std::process::exit(2);
    };
    let start = Instant::now();
    let vm = runtime::Vm::builder()
        .class_path(cp.clone())
        .natives(stdlib_native::register)
        .build()
        .expect("VM");
    let booted = start.elapsed();
    let start = Instant::now();
    let result = vm.call_static(class, method, descriptor, &[]);
    println!(
        "{result:?} in {:?} (VM creation {:?})",
        start.elapsed(),
        booted
    );
}
