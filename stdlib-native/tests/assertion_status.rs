//! `ClassLoader.retrieveDirectives` hands the VM's assertion options to the class library in
//! command-line order, names with dots, as HotSpot's `JVM_AssertionStatusDirectives` does.

use runtime::Value;
use runtime::assertions::parse_assertion_option;
use runtime::oops::{ARRAY_BASE_OFFSET, ObjRef};

/// The strings of the `String[]` field `name` of `object`.
fn strings(thread: &runtime::thread::JavaThread, object: ObjRef, name: &str) -> Vec<String> {
    let field = object
        .klass()
        .instance_field(name, "[Ljava/lang/String;")
        .expect("the field");
    let array = object.get_ref(field.offset).expect("an array");
    (0..array.array_length() as usize)
        .map(|i| {
            let s = array.get_ref(ARRAY_BASE_OFFSET + 8 * i).expect("a string");
            runtime::strings::string_value(thread, s)
        })
        .collect()
}

/// The flags of the `boolean[]` field `name` of `object`.
fn flags(object: ObjRef, name: &str) -> Vec<bool> {
    let field = object
        .klass()
        .instance_field(name, "[Z")
        .expect("the field");
    let array = object.get_ref(field.offset).expect("an array");
    (0..array.array_length() as usize)
        .map(|i| array.get_i8(ARRAY_BASE_OFFSET + i) != 0)
        .collect()
}

#[test]
fn directives_follow_the_command_line() {
    let mut builder = runtime::Vm::builder().natives(stdlib_native::register);
    for option in ["-ea:a.B", "-ea:...", "-da:p.q...", "-ea", "-esa", "-da:a.C"] {
        builder = builder.assertion_option(parse_assertion_option(option).expect("an option"));
    }
    let vm = builder.build().expect("VM creation");
    let result = vm
        .call_static(
            "java.lang.ClassLoader",
            "retrieveDirectives",
            "()Ljava/lang/AssertionStatusDirectives;",
            &[],
        )
        .expect("retrieveDirectives");
    let Value::Ref(Some(directives)) = result else {
        panic!("not an object: {result:?}");
    };
    vm.with_thread(|thread| {
        assert_eq!(strings(thread, directives, "classes"), ["a.B", "a.C"]);
        assert_eq!(flags(directives, "classEnabled"), [true, false]);
        assert_eq!(strings(thread, directives, "packages"), ["", "p.q"]);
        assert_eq!(flags(directives, "packageEnabled"), [true, false]);
    });
    let deflt = directives
        .klass()
        .instance_field("deflt", "Z")
        .expect("the field");
    assert_eq!(directives.get_i8(deflt.offset), 1, "-ea is the default");
}
