//! How many of the `native` methods declared in the image's `java.base` are registered, with
//! the VM's own natives and this crate's, as a VM built with them has them. The floor only
//! goes up.

use classfile::ClassFile;

/// Registered natives of java.base when this floor was last raised.
const FLOOR: usize = 577;

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
    let mut declared = std::collections::HashSet::new();
    for class in state.image.classes() {
        let class = class.expect("image class");
        if class.internal_name == "module-info" {
            continue;
        }
        let in_base = class.module == "java.base";
        let bytes = state.image.read(&class.location).expect("class bytes");
        let cf = ClassFile::parse(&bytes).expect("image classes parse");
        for m in cf.methods.iter().filter(|m| m.is_native()) {
            let name = m.name.to_string();
            let descriptor = m.descriptor.to_string();
            declared.insert((
                class.internal_name.clone(),
                name.clone(),
                descriptor.clone(),
            ));
            if !in_base {
                continue;
            }
            total += 1;
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
    // Every registration names a native method the image declares (a renamed native, as
    // Console.istty became ttyStatus in 17.0.x updates, shows up here).
    let unknown: Vec<String> = state
        .natives
        .registered()
        .into_iter()
        .filter(|entry| !declared.contains(entry))
        .map(|(c, n, d)| format!("{c}.{n}{d}"))
        .collect();
    println!("registered for natives the image does not declare: {unknown:?}");
    assert!(total > 500, "java.base declares hundreds of natives");
    assert!(
        registered >= FLOOR,
        "registered {registered} of {total}, below the floor {FLOOR}"
    );
}
