//! `Runtime.maxMemory`/`totalMemory`/`freeMemory` report the VM's heap as HotSpot's Serial
//! collector does (`-Xmx` less one survivor space, the committed generations, what is in use).

mod common;

use runtime::Value;

fn long(vm: &runtime::Vm, name: &str, args: &[Value]) -> i64 {
    let desc = if args.is_empty() { "()J" } else { "(I)J" };
    match vm.call_static("Memory", name, desc, args) {
        Ok(Value::Long(v)) => v,
        other => panic!("Memory.{name}: {other:?}"),
    }
}

#[test]
fn runtime_reports_the_heap() {
    let classes = common::compile(&["Memory.java"]);
    let heap = 64 << 20;
    let vm = runtime::Vm::builder()
        .class_path(classes.path().to_string_lossy().into_owned())
        .max_heap(heap)
        .natives(stdlib_native::register)
        .build()
        .expect("VM creation");
    let max = long(&vm, "maxMemory", &[]);
    assert!(max < heap as i64 && max > heap as i64 * 9 / 10, "{max}");
    let total = long(&vm, "totalMemory", &[]);
    assert!(total <= max, "{total} <= {max}");
    let free = long(&vm, "freeMemory", &[]);
    assert!(free > 0 && free < heap as i64);
    let after = long(&vm, "freeAfter", &[Value::Int(4 << 20)]);
    assert!(
        after <= free - (4 << 20),
        "{after} after allocating 4 MiB from {free}"
    );
}
