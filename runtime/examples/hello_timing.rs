//! Times Hello World on Cortado as far as the boot goes today (VM creation, `System.initPhase1`,
//! `main`): `cargo run --release -p runtime --example hello_timing -- <class path> <main class>`.

use std::time::Instant;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [cp, class] = args.as_slice() else {
        eprintln!("usage: hello_timing <class path> <main class>");
        std::process::exit(2);
    };
    let start = Instant::now();
    let vm = runtime::Vm::builder()
        .class_path(cp.clone())
        .natives(stdlib_native::register)
        .build()
        .expect("VM");
    let created = start.elapsed();
    vm.init_phase1().expect("System.initPhase1");
    let phase1 = start.elapsed();
    let result = vm.run_main(class, &[]);
    let total = start.elapsed();
    eprintln!(
        "{result:?}: VM {created:?}, initPhase1 done at {phase1:?}, main done at {total:?}, {} classes loaded",
        vm.state().loaded_classes().len()
    );
}
