//! Natives whose classes need no booted `System`, called directly on a VM: system property
//! defaults and the time zone against HotSpot's, user ids, signals, `FileDescriptor`'s
//! append query, and `StrictMath` as registered.

mod common;

use std::os::fd::AsRawFd;

use runtime::Value;
use runtime::oops::ARRAY_BASE_OFFSET;

/// The `SystemProps$Raw` index names and the property each one becomes.
const PLATFORM_KEYS: [(&str, &str); 16] = [
    ("_file_encoding_NDX", "file.encoding"),
    ("_file_separator_NDX", "file.separator"),
    ("_java_io_tmpdir_NDX", "java.io.tmpdir"),
    ("_line_separator_NDX", "line.separator"),
    ("_os_arch_NDX", "os.arch"),
    ("_os_name_NDX", "os.name"),
    ("_os_version_NDX", "os.version"),
    ("_path_separator_NDX", "path.separator"),
    ("_sun_arch_data_model_NDX", "sun.arch.data.model"),
    ("_sun_cpu_endian_NDX", "sun.cpu.endian"),
    ("_sun_io_unicode_encoding_NDX", "sun.io.unicode.encoding"),
    ("_sun_jnu_encoding_NDX", "sun.jnu.encoding"),
    ("_user_dir_NDX", "user.dir"),
    ("_user_home_NDX", "user.home"),
    ("_user_name_NDX", "user.name"),
    ("_format_language_NDX", "user.language"),
];

fn string_or_null(vm: &runtime::Vm, v: Option<runtime::oops::ObjRef>) -> String {
    v.map_or("null".to_string(), |s| {
        vm.with_thread(|t| runtime::strings::string_value(t, s))
    })
}

fn string_array(vm: &runtime::Vm, v: Result<Value, runtime::JavaException>) -> Vec<String> {
    let Ok(Value::Ref(Some(array))) = v else {
        panic!("expected a String[], got {v:?}");
    };
    (0..array.array_length() as usize)
        .map(|i| string_or_null(vm, array.get_ref(ARRAY_BASE_OFFSET + 8 * i)))
        .collect()
}

#[test]
fn platform_properties_and_time_zone_match_hotspot() {
    let classes = common::compile(&["Props.java"]);
    let keys: Vec<&str> = PLATFORM_KEYS.iter().map(|(_, k)| *k).collect();
    let expected = common::java(classes.path(), "Props", &keys);
    let vm = common::vm(classes.path());
    let raw = "jdk.internal.util.SystemProps$Raw";
    let values = string_array(
        &vm,
        vm.call_static(raw, "platformProperties", "()[Ljava/lang/String;", &[]),
    );
    let klass = vm.find_loaded(true, raw).expect("Raw is loaded");
    let mirror = klass.mirror().expect("mirror");
    let index = |name: &str| {
        let f = klass
            .fields
            .iter()
            .find(|f| f.is_static() && f.name == name)
            .unwrap_or_else(|| panic!("{name} in SystemProps$Raw"));
        mirror.get_i32(f.offset) as usize
    };
    assert_eq!(values.len(), index("FIXED_LENGTH"));
    let mut actual: Vec<String> = PLATFORM_KEYS
        .iter()
        .map(|(ndx, key)| format!("{key}={}", values[index(ndx)]))
        .collect();
    let zone = vm.call_static(
        "java.util.TimeZone",
        "getSystemTimeZoneID",
        "(Ljava/lang/String;)Ljava/lang/String;",
        &[Value::Ref(None)],
    );
    let Ok(Value::Ref(zone)) = zone else {
        panic!("getSystemTimeZoneID: {zone:?}");
    };
    let zone = zone.map_or("GMT".to_string(), |z| string_or_null(&vm, Some(z)));
    actual.push(format!("zone={zone}"));
    let expected: Vec<String> = expected.lines().map(str::to_string).collect();
    // line.separator is "\n", which splits HotSpot's output line.
    let actual: Vec<String> = actual.join("\n").lines().map(str::to_string).collect();
    assert_eq!(actual, expected);
}

#[test]
fn vm_properties_carry_the_vm_and_the_command_line() {
    let dir = common::TempDir::new("vmprops");
    let vm = runtime::Vm::builder()
        .class_path(dir.path().to_string_lossy().into_owned())
        .property("cortado.test", "yes")
        .property("java.vm.info", "overridden")
        .natives(stdlib_native::register)
        .build()
        .expect("VM creation");
    let pairs = string_array(
        &vm,
        vm.call_static(
            "jdk.internal.util.SystemProps$Raw",
            "vmProperties",
            "()[Ljava/lang/String;",
            &[],
        ),
    );
    assert_eq!(pairs.len() % 2, 0);
    let get = |key: &str| {
        pairs
            .chunks(2)
            .rev()
            .find(|p| p[0] == key)
            .map(|p| p[1].clone())
    };
    let home = vm.state().java_home.to_string_lossy().into_owned();
    assert_eq!(get("java.home"), Some(home.clone()));
    assert_eq!(get("sun.boot.library.path"), Some(format!("{home}/lib")));
    assert_eq!(
        get("java.class.path"),
        Some(dir.path().to_string_lossy().into_owned())
    );
    assert_eq!(get("java.vm.name").as_deref(), Some("Cortado 64-Bit VM"));
    assert_eq!(get("java.vm.specification.version").as_deref(), Some("17"));
    assert_eq!(get("cortado.test").as_deref(), Some("yes"));
    assert_eq!(get("java.vm.info").as_deref(), Some("overridden"));
    let args = string_array(
        &vm,
        vm.call_static(
            "jdk.internal.misc.VM",
            "getRuntimeArguments",
            "()[Ljava/lang/String;",
            &[],
        ),
    );
    assert_eq!(args, ["-Dcortado.test=yes", "-Djava.vm.info=overridden"]);
}

fn long(vm: &runtime::Vm, class: &str, name: &str, desc: &str, args: &[Value]) -> i64 {
    match vm.call_static(class, name, desc, args) {
        Ok(Value::Long(v)) => v,
        Ok(Value::Int(v)) => i64::from(v),
        other => panic!("{class}.{name}: {other:?}"),
    }
}

/// The ids in `/proc/self/status` ("Uid:" / "Gid:" lines: real, effective, ...).
fn proc_ids(prefix: &str) -> Vec<i64> {
    let status = std::fs::read_to_string("/proc/self/status").expect("status");
    let line = status
        .lines()
        .find(|l| l.starts_with(prefix))
        .expect("id line");
    line.split_whitespace()
        .skip(1)
        .map(|v| v.parse().expect("id"))
        .collect()
}

#[test]
fn ids_signals_and_descriptors() {
    let dir = common::TempDir::new("platform");
    let vm = common::vm(dir.path());
    let vm_class = "jdk.internal.misc.VM";
    let uids = proc_ids("Uid:");
    let gids = proc_ids("Gid:");
    assert_eq!(long(&vm, vm_class, "getuid", "()J", &[]), uids[0]);
    assert_eq!(long(&vm, vm_class, "geteuid", "()J", &[]), uids[1]);
    assert_eq!(long(&vm, vm_class, "getgid", "()J", &[]), gids[0]);
    assert_eq!(long(&vm, vm_class, "getegid", "()J", &[]), gids[1]);
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .expect("after the epoch")
        .as_secs() as i64;
    let adjustment = long(
        &vm,
        vm_class,
        "getNanoTimeAdjustment",
        "(J)J",
        &[Value::Long(now - 10)],
    );
    assert!((10_000_000_000..20_000_000_000).contains(&adjustment));
    let far = long(
        &vm,
        vm_class,
        "getNanoTimeAdjustment",
        "(J)J",
        &[Value::Long(now - (1 << 33))],
    );
    assert_eq!(far, -1);

    let signal = "jdk.internal.misc.Signal";
    let find = |name: &str| {
        let s = vm
            .with_thread(|t| runtime::strings::new_string(t, name))
            .expect("string");
        long(
            &vm,
            signal,
            "findSignal0",
            "(Ljava/lang/String;)I",
            &[Value::Ref(Some(s))],
        )
    };
    assert_eq!(find("INT"), 2);
    assert_eq!(find("TERM"), 15);
    assert_eq!(find("HUP"), 1);
    assert_eq!(find("NOSUCH"), -1);
    let handle = |sig: i32, h: i64| {
        long(
            &vm,
            signal,
            "handle0",
            "(IJ)J",
            &[Value::Int(sig), Value::Long(h)],
        )
    };
    assert_eq!(handle(libc_sigusr1(), 2), 0);
    assert_eq!(handle(libc_sigusr1(), 5), 2);
    assert_eq!(handle(9, 2), -1);

    let append = std::fs::OpenOptions::new()
        .append(true)
        .create(true)
        .open(dir.path().join("a"))
        .expect("open for append");
    let plain = std::fs::File::create(dir.path().join("b")).expect("create");
    let fd = "java.io.FileDescriptor";
    let get_append = |f: i32| long(&vm, fd, "getAppend", "(I)Z", &[Value::Int(f)]);
    assert_eq!(get_append(append.as_raw_fd()), 1);
    assert_eq!(get_append(plain.as_raw_fd()), 0);
    // As libjava computes it, a descriptor that is not open reads as appending.
    assert_eq!(get_append(-1), 1);
    assert_eq!(long(&vm, fd, "getHandle", "(I)J", &[Value::Int(1)]), -1);

    let meminfo = std::fs::read_to_string("/proc/meminfo").expect("meminfo");
    let kib = |key: &str| -> i64 {
        let line = meminfo.lines().find(|l| l.starts_with(key)).expect(key);
        line.split_whitespace()
            .nth(1)
            .expect("value")
            .parse::<i64>()
            .expect("number")
            * 1024
    };
    let metrics = "jdk.internal.platform.CgroupMetrics";
    assert_eq!(
        long(&vm, metrics, "getTotalMemorySize0", "()J", &[]),
        kib("MemTotal:")
    );
    assert_eq!(
        long(&vm, metrics, "getTotalSwapSize0", "()J", &[]),
        kib("SwapTotal:")
    );
    assert_eq!(long(&vm, metrics, "isUseContainerSupport", "()Z", &[]), 1);

    let atomic = "java.util.concurrent.atomic.AtomicLong";
    assert_eq!(long(&vm, atomic, "VMSupportsCS8", "()Z", &[]), 1);
}

/// SIGUSR1 on Linux.
fn libc_sigusr1() -> i32 {
    10
}

/// A one-argument `StrictMath` function.
type Unary = fn(f64) -> f64;

#[test]
fn strict_math_natives_are_registered_with_fdlibm_results() {
    let dir = common::TempDir::new("strictmath");
    let vm = common::vm(dir.path());
    let unary: [(&str, Unary); 14] = [
        ("sin", stdlib_native::fdlibm::sin),
        ("cos", stdlib_native::fdlibm::cos),
        ("tan", stdlib_native::fdlibm::tan),
        ("asin", stdlib_native::fdlibm::asin),
        ("acos", stdlib_native::fdlibm::acos),
        ("atan", stdlib_native::fdlibm::atan),
        ("log", stdlib_native::fdlibm::log),
        ("log10", stdlib_native::fdlibm::log10),
        ("sqrt", stdlib_native::fdlibm::sqrt),
        ("sinh", stdlib_native::fdlibm::sinh),
        ("cosh", stdlib_native::fdlibm::cosh),
        ("tanh", stdlib_native::fdlibm::tanh),
        ("expm1", stdlib_native::fdlibm::expm1),
        ("log1p", stdlib_native::fdlibm::log1p),
    ];
    let bits = |r: Result<Value, runtime::JavaException>| match r {
        Ok(Value::Double(d)) => d.to_bits(),
        other => panic!("expected a double, got {other:?}"),
    };
    let call = |name: &str, desc: &str, args: &[Value]| {
        bits(vm.call_static("java.lang.StrictMath", name, desc, args))
    };
    for x in [0.5, -0.75, 3.0, 1e-3] {
        for (name, f) in unary {
            assert_eq!(
                call(name, "(D)D", &[Value::Double(x)]),
                f(x).to_bits(),
                "{name}({x})"
            );
        }
        let two = [Value::Double(x), Value::Double(0.3)];
        assert_eq!(
            call("atan2", "(DD)D", &two),
            stdlib_native::fdlibm::atan2(x, 0.3).to_bits()
        );
        assert_eq!(
            call("IEEEremainder", "(DD)D", &two),
            stdlib_native::fdlibm::ieee_remainder(x, 0.3).to_bits()
        );
    }
}
