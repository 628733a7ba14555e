//! How many of the `native` methods declared in the image's `java.base` are registered, with
//! the VM's own natives and this crate's, as a VM built with them has them. The floor only
//! goes up.

use classfile::ClassFile;

/// Registered natives of java.base when this floor was last raised.
const FLOOR: usize = 251;

#[test]
fn registered_java_base_natives_only_grow() {
    let vm = runtime::Vm::builder()
        .natives(stdlib_native::register)
        .build()
        .expect("VM creation");
    let state = vm.state();
    let mut total = 0;
    let mut registered = 0;
    let mut missing = Vec::new();
    for class in state.image.classes() {
        let class = class.expect("image class");
        if class.module != "java.base" || class.internal_name == "module-info" {
            continue;
        }
        let bytes = state.image.read(&class.location).expect("class bytes");
        let cf = ClassFile::parse(&bytes).expect("java.base classes parse");
        for m in cf.methods.iter().filter(|m| m.is_native()) {
            total += 1;
            let name = m.name.to_string();
            let descriptor = m.descriptor.to_string();
            if state
                .natives
                .lookup(&class.internal_name, &name, &descriptor)
                .is_some()
            {
                registered += 1;
            } else {
                missing.push(format!("{}.{name}{descriptor}", class.internal_name));
            }
        }
    }
    missing.sort();
    if std::env::var_os("CORTADO_LIST_MISSING_NATIVES").is_some() {
        for m in &missing {
            println!("missing {m}");
        }
    }
    println!("registered {registered} of {total} java.base natives");
    assert!(total > 500, "java.base declares hundreds of natives");
    assert!(
        registered >= FLOOR,
        "registered {registered} of {total}, below the floor {FLOOR}"
    );
}
