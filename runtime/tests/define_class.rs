//! `runtime::define::define_class`, the core of `ClassLoader.defineClass1/2/0`: a class
//! defined for the application loader belongs to it (mirror's loader and module), a second
//! definition is HotSpot's `LinkageError`, a wrong name its `NoClassDefFoundError`, and a
//! hidden class gets a unique name, stays out of the loader's table and resolves its own
//! `this_class` to itself.

mod common;

use common::TempDir;
use common::java::javac;
use runtime::define::{ClassDefinition, define_class};
use runtime::klass::APP_LOADER;
use runtime::{JavaThread, Value};

fn pending_message(thread: &mut JavaThread) -> String {
    let e = thread.take_pending().expect("an exception is pending");
    let class = e.klass().external_name();
    let message = e
        .klass()
        .instance_field("detailMessage", "Ljava/lang/String;")
        .and_then(|f| e.get_ref(f.offset))
        .map(|s| runtime::strings::string_value(thread, s))
        .unwrap_or_default();
    format!("{class}: {message}")
}

#[test]
fn classes_defined_from_bytes_for_the_application_loader() {
    let dir = TempDir::new("define-class");
    dir.write(
        "Gen.java",
        "public class Gen { static Class<?> self() { return Gen.class; } static int answer() { return 42; } }",
    );
    javac(dir.path(), &[dir.path().join("Gen.java")], &[]);
    let bytes = std::fs::read(dir.path().join("Gen.class")).unwrap();
    // The class path is empty of Gen: its bytes are defined by hand.
    let empty = TempDir::new("define-class-path");
    let vm = runtime::Vm::builder()
        .class_path(empty.path().to_string_lossy().into_owned())
        .natives(stdlib_native::register)
        .build()
        .unwrap();
    vm.boot_system().expect("boot");
    vm.with_thread(|thread| {
        let definition = |name: Option<&'static str>, hidden: bool| ClassDefinition {
            loader: APP_LOADER,
            name,
            bytes: bytes.clone(),
            hidden,
        };
        let wrong = define_class(thread, definition(Some("Other"), false));
        assert!(wrong.is_err());
        assert_eq!(
            pending_message(thread),
            "java.lang.NoClassDefFoundError: Other (wrong name: Gen)"
        );

        let k = define_class(thread, definition(None, false)).expect("defined");
        assert_eq!(k.name(), "Gen");
        assert_eq!(k.loader, APP_LOADER);
        assert!(std::ptr::eq(
            thread.vm.find_loaded(APP_LOADER, "Gen").unwrap(),
            k
        ));
        let mirror = k.mirror().expect("mirror");
        let loader = mirror
            .klass()
            .instance_field("classLoader", "Ljava/lang/ClassLoader;")
            .and_then(|f| mirror.get_ref(f.offset))
            .expect("a class loader");
        assert_eq!(
            loader.klass().name(),
            "jdk/internal/loader/ClassLoaders$AppClassLoader"
        );

        let again = define_class(thread, definition(Some("Gen"), false));
        assert!(again.is_err());
        assert_eq!(
            pending_message(thread),
            "java.lang.LinkageError: loader 'app' attempted duplicate class definition for Gen. \
             (Gen is in unnamed module of loader 'app')"
        );

        let hidden = define_class(thread, definition(None, true)).expect("hidden");
        assert!(hidden.name().starts_with("Gen/0x"), "{}", hidden.name());
        assert!(!std::ptr::eq(hidden, k));
        assert!(thread.vm.find_loaded(APP_LOADER, hidden.name()).is_none());
        assert!(std::ptr::eq(
            thread.vm.find_loaded(APP_LOADER, "Gen").unwrap(),
            k
        ));
        runtime::init::initialize(thread, hidden).expect("initialised");
        let self_method = hidden
            .find_declared_method("self", "()Ljava/lang/Class;")
            .unwrap();
        let Ok(Value::Ref(Some(own))) = runtime::interpreter::call_method(thread, self_method, &[])
        else {
            panic!("self() returned no class");
        };
        assert_eq!(own, hidden.mirror().unwrap());
    });
}
