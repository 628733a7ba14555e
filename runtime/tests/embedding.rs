//! The embedding entry points: arguments of every kind through `call_static`, and several
//! independent VMs in one process, used from several host threads at once.

mod common;

use common::TempDir;
use common::java::{javac, vm};
use runtime::Value;

fn app() -> TempDir {
    let dir = TempDir::new("embedding");
    dir.write(
        "Api.java",
        "public class Api { static int counter; \
         static String mix(int i, long l, double d, float f, boolean z, char c, String s, int[] a) { \
           return i + \"/\" + l + \"/\" + (d * 2) + \"/\" + (f + 1) + \"/\" + z + \"/\" + c + \"/\" + s + \"/\" + a.length; } \
         static long wide(long a, double b, long c) { return a + (long) b + c; } \
         static int bump() { return ++counter; } \
         static long work(int n) { long s = 0; for (int i = 0; i < n; i++) { s += Integer.toString(i).length() + bump() % 3; } return s; } }",
    );
    javac(dir.path(), &[dir.path().join("Api.java")], &[]);
    dir
}

#[test]
fn arguments_of_every_kind_pass_through_call_static() {
    let dir = app();
    let vm = vm(dir.path());
    let (s, a) = vm.with_thread(|t| {
        let s = runtime::strings::new_string(t, "h\u{e9}llo").unwrap();
        let local = t.new_local(Some(s));
        let int_array = runtime::loader::load_class(t, runtime::klass::BOOT_LOADER, "[I").unwrap();
        let a = runtime::alloc::new_array(t, int_array, 4).unwrap();
        let s = t.local(local).unwrap();
        t.handles.clear();
        (s, a)
    });
    let args = [
        Value::Int(-7),
        Value::Long(1 << 40),
        Value::Double(1.25),
        Value::Float(0.5),
        Value::Int(1),
        Value::Int('x' as i32),
        Value::Ref(Some(s)),
        Value::Ref(Some(a)),
    ];
    let r = vm
        .call_static(
            "Api",
            "mix",
            "(IJDFZCLjava/lang/String;[I)Ljava/lang/String;",
            &args,
        )
        .unwrap();
    let Value::Ref(Some(r)) = r else {
        panic!("{r:?}")
    };
    let text = vm.with_thread(|t| runtime::strings::string_value(t, r));
    assert_eq!(text, "-7/1099511627776/2.5/1.5/true/x/h\u{e9}llo/4");
    let r = vm.call_static(
        "Api",
        "wide",
        "(JDJ)J",
        &[
            Value::Long(-5),
            Value::Double(2.9),
            Value::Long(i64::MAX - 10),
        ],
    );
    assert_eq!(r.unwrap(), Value::Long(i64::MAX - 13));
    let e = vm.call_static("Api", "nope", "()V", &[]).unwrap_err();
    assert_eq!(
        (e.class_name.as_str(), e.message.as_deref()),
        ("java.lang.NoSuchMethodError", Some("'void Api.nope()'"))
    );
}

#[test]
fn independent_vms_run_side_by_side_on_host_threads() {
    let dir = app();
    let (a, b) = (vm(dir.path()), vm(dir.path()));
    assert_eq!(
        a.call_static("Api", "bump", "()I", &[]).unwrap(),
        Value::Int(1)
    );
    assert_eq!(
        a.call_static("Api", "bump", "()I", &[]).unwrap(),
        Value::Int(2)
    );
    assert_eq!(
        b.call_static("Api", "bump", "()I", &[]).unwrap(),
        Value::Int(1),
        "statics are per VM"
    );
    std::thread::scope(|s| {
        let ta = s.spawn(|| a.call_static("Api", "work", "(I)J", &[Value::Int(20000)]));
        let tb = s.spawn(|| b.call_static("Api", "work", "(I)J", &[Value::Int(20000)]));
        let (ra, rb) = (ta.join().unwrap().unwrap(), tb.join().unwrap().unwrap());
        assert_ne!(ra, rb, "the counters started at different values");
    });
    assert_eq!(
        a.call_static("Api", "bump", "()I", &[]).unwrap(),
        Value::Int(20003)
    );
    assert_eq!(
        b.call_static("Api", "bump", "()I", &[]).unwrap(),
        Value::Int(20002)
    );
}

#[test]
fn threads_started_by_java_code_run_on_their_own() {
    let dir = TempDir::new("threads");
    dir.write(
        "Spawn.java",
        "public class Spawn { static volatile int done; static volatile String seen; \
         static int start() { Thread t = new Thread(new Runnable() { public void run() { seen = Thread.currentThread().getName(); done = 1; } }, \"worker\"); \
           t.start(); while (done == 0) { Thread.onSpinWait(); } return t.getState() == Thread.State.NEW ? -1 : 1; } }",
    );
    javac(dir.path(), &[dir.path().join("Spawn.java")], &[]);
    let vm = vm(dir.path());
    assert_eq!(
        vm.call_static("Spawn", "start", "()I", &[]).unwrap(),
        Value::Int(1)
    );
    let k = vm.find_loaded(false, "Spawn").unwrap();
    let f = k.fields.iter().find(|f| f.name == "seen").unwrap();
    let seen = k.mirror().unwrap().get_ref(f.offset).unwrap();
    assert_eq!(
        vm.with_thread(|t| runtime::strings::string_value(t, seen)),
        "worker"
    );
}

#[test]
fn system_init_phase1_completes() {
    let dir = TempDir::new("phase1");
    dir.write(
        "Props.java",
        "public class Props { static String check() { return (System.out != null) + \" \" + (System.err != null) + \" \" \
         + System.getProperty(\"file.separator\") + \" \" + System.getProperty(\"java.specification.version\"); } }",
    );
    javac(dir.path(), &[dir.path().join("Props.java")], &[]);
    let vm = runtime::Vm::builder()
        .class_path(dir.path().to_string_lossy().into_owned())
        .natives(stdlib_native::register)
        .build()
        .unwrap();
    vm.init_phase1().expect("initPhase1");
    let Value::Ref(Some(s)) = vm
        .call_static("Props", "check", "()Ljava/lang/String;", &[])
        .unwrap()
    else {
        panic!("no string");
    };
    assert_eq!(
        vm.with_thread(|t| runtime::strings::string_value(t, s)),
        "true true / 17"
    );
}
