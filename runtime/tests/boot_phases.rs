//! The boot of java.base in HotSpot's order: `System.initPhase1`, `initPhase2` (the module
//! system's boot layer) and `initPhase3` (the system class loader) complete, and the mirrors
//! of boot classes belong to their named modules.

mod common;

use common::TempDir;
use common::java::javac;
use runtime::Value;

fn field_ref(
    obj: runtime::oops::ObjRef,
    name: &str,
    descriptor: &str,
) -> Option<runtime::oops::ObjRef> {
    let f = obj.klass().instance_field(name, descriptor)?;
    obj.get_ref(f.offset)
}

fn module_name_of(vm: &runtime::Vm, class: &str) -> Option<String> {
    let k = vm.find_loaded(true, class)?;
    let module = field_ref(k.mirror()?, "module", "Ljava/lang/Module;")?;
    let name = field_ref(module, "name", "Ljava/lang/String;")?;
    Some(vm.with_thread(|t| runtime::strings::string_value(t, name)))
}

#[test]
fn init_phases_2_and_3_complete() {
    let vm = runtime::Vm::builder()
        .natives(stdlib_native::register)
        .build()
        .unwrap();
    vm.init_phase1().expect("initPhase1");
    let phase2 = vm
        .call_static(
            "java.lang.System",
            "initPhase2",
            "(ZZ)I",
            &[Value::Int(1), Value::Int(1)],
        )
        .expect("initPhase2");
    assert_eq!(phase2, Value::Int(0), "initPhase2 returns JNI_OK");
    // Classes loaded before java.base was defined are patched, later ones get it at once.
    assert_eq!(
        module_name_of(&vm, "java/lang/Object").as_deref(),
        Some("java.base")
    );
    assert_eq!(
        module_name_of(&vm, "jdk/internal/module/ModuleBootstrap").as_deref(),
        Some("java.base")
    );
    let Value::Ref(Some(layer)) = vm
        .call_static(
            "java.lang.ModuleLayer",
            "boot",
            "()Ljava/lang/ModuleLayer;",
            &[],
        )
        .unwrap()
    else {
        panic!("no boot layer");
    };
    assert_eq!(layer.klass().name, "java/lang/ModuleLayer");

    vm.call_static("java.lang.System", "initPhase3", "()V", &[])
        .expect("initPhase3");
    let Value::Ref(Some(loader)) = vm
        .call_static(
            "java.lang.ClassLoader",
            "getSystemClassLoader",
            "()Ljava/lang/ClassLoader;",
            &[],
        )
        .unwrap()
    else {
        panic!("no system class loader");
    };
    assert_eq!(
        loader.klass().name,
        "jdk/internal/loader/ClassLoaders$AppClassLoader"
    );
}

#[test]
fn application_classes_belong_to_the_system_loader_which_finds_them_and_boot_classes() {
    let dir = TempDir::new("boot-phases");
    dir.write(
        "Who.java",
        "public class Who { static String check() throws Exception { ClassLoader l = Who.class.getClassLoader(); \
         return (l == ClassLoader.getSystemClassLoader()) + \" \" + Who.class.getModule().isNamed() \
         + \" \" + (Who.class.getModule() == l.getUnnamedModule()) \
         + \" \" + String.class.getModule().getName() + \" \" + int.class.getModule().getName() \
         + \" \" + (l.loadClass(\"Who\") == Who.class) \
         + \" \" + (l.loadClass(\"java.util.logging.Level\").getModule().getName()); } }",
    );
    javac(
        dir.path(),
        &[dir.path().join("Who.java")],
        &["-XDstringConcat=inline"],
    );
    let vm = runtime::Vm::builder()
        .class_path(dir.path().to_string_lossy().into_owned())
        .natives(stdlib_native::register)
        .build()
        .unwrap();
    vm.boot_system().expect("boot");
    let Value::Ref(Some(s)) = vm
        .call_static("Who", "check", "()Ljava/lang/String;", &[])
        .unwrap()
    else {
        panic!("no string");
    };
    assert_eq!(
        vm.with_thread(|t| runtime::strings::string_value(t, s)),
        "true false true java.base java.base true java.logging"
    );
}
