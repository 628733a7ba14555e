//! Fuzzes the verifier: parses mutated class files and runs every verification path over what
//! parses (the type checker, the inference verifier by way of the class-file version, and the
//! permissive reference-map analysis of each method). Any panic, hang or abort is a bug: bad
//! input must only ever produce a `VerifyError` (or a parse error).

#![no_main]

use std::sync::OnceLock;

use classfile::verifier::{MapHierarchy, MemberKind, reference_map, verify_class_with_maps};
use classfile::{ClassFile, ParseOptions};
use libfuzzer_sys::fuzz_target;

/// A small closed world: the classes javac-compiled code most often names.
fn hierarchy() -> &'static MapHierarchy {
    static HIERARCHY: OnceLock<MapHierarchy> = OnceLock::new();
    HIERARCHY.get_or_init(|| {
        let mut h = MapHierarchy::new();
        let object = Some("java/lang/Object");
        h.add_class("java/lang/Object", None, false);
        for class in ["java/lang/String", "java/lang/Number", "java/lang/Throwable", "java/lang/Class"] {
            h.add_class(class, object, false);
        }
        h.add_class("java/lang/Exception", Some("java/lang/Throwable"), false);
        h.add_class("java/lang/RuntimeException", Some("java/lang/Exception"), false);
        h.add_class("java/lang/Integer", Some("java/lang/Number"), false);
        for interface in ["java/lang/Runnable", "java/lang/Cloneable", "java/io/Serializable", "java/lang/Comparable"] {
            h.add_class(interface, object, true);
        }
        h.add_protected("java/lang/Object", "clone", "()Ljava/lang/Object;", MemberKind::Method);
        h
    })
}

fuzz_target!(|data: &[u8]| {
    let Ok(class) = ClassFile::parse_with(data, &ParseOptions { need_verify: true, ..ParseOptions::default() }) else {
        return;
    };
    let _ = verify_class_with_maps(&class, hierarchy());
    for index in 0..class.methods.len() {
        let _ = reference_map(&class, index);
    }
});
