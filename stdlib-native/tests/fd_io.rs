//! The stream natives of `java.io` through the JDK's own `FileInputStream`,
//! `FileOutputStream`, `RandomAccessFile` and `FileDescriptor`, on descriptors the test opens,
//! against HotSpot running the same methods on files it opens itself.

mod common;

use std::fs::{File, OpenOptions};
use std::os::fd::AsRawFd;
use std::path::Path;

use runtime::Value;

const EXPORTS: [&str; 4] = [
    "--add-exports",
    "java.base/jdk.internal.access=ALL-UNNAMED",
    "--add-exports",
    "java.base/jdk.internal.misc=ALL-UNNAMED",
];

fn input_bytes() -> Vec<u8> {
    (0..10000u32).map(|i| (i * 7) as u8).collect()
}

fn call(vm: &runtime::Vm, method: &str, fd: i32) -> String {
    match vm.call_static("FdIo", method, "(I)Ljava/lang/String;", &[Value::Int(fd)]) {
        Ok(Value::Ref(Some(s))) => vm.with_thread(|t| runtime::strings::string_value(t, s)),
        other => format!("{other:?}"),
    }
}

fn files(dir: &Path) -> [std::path::PathBuf; 3] {
    let input = dir.join("in.bin");
    std::fs::write(&input, input_bytes()).expect("write input");
    [input, dir.join("out.bin"), dir.join("raf.bin")]
}

#[test]
fn stream_natives_match_hotspot() {
    let classes = common::compile_with(&["FdIo.java"], &EXPORTS);

    let hotspot_dir = common::TempDir::new("fdio-hotspot");
    let [h_in, h_out, h_raf] = files(hotspot_dir.path());
    let args: Vec<String> = [&h_in, &h_out, &h_raf]
        .iter()
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let expected = common::java_with(&EXPORTS, classes.path(), "FdIo", &args);

    let dir = common::TempDir::new("fdio-cortado");
    let [c_in, c_out, c_raf] = files(dir.path());
    let vm = common::vm(classes.path());
    let input = File::open(&c_in).expect("open input");
    let output = File::create(&c_out).expect("create output");
    let raf = OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .open(&c_raf)
        .expect("open raf");
    let closing = File::open(&c_in).expect("open input again");
    let actual = [
        call(&vm, "read", input.as_raw_fd()),
        call(&vm, "write", output.as_raw_fd()),
        call(&vm, "randomAccess", raf.as_raw_fd()),
        call(&vm, "closed", closing.as_raw_fd()),
    ];
    let closed_fd = closing.as_raw_fd();
    // Java closed `closing`'s descriptor; make sure Rust's drop does not hit a reused one.
    std::mem::forget(closing);
    let expected: Vec<String> = expected.lines().map(str::to_string).collect();
    assert_eq!(actual.to_vec(), expected);
    assert!(closed_fd > 2);
    for (ours, theirs) in [(&c_out, &h_out), (&c_raf, &h_raf)] {
        let a = std::fs::read(ours).expect("read ours");
        let b = std::fs::read(theirs).expect("read HotSpot's");
        assert_eq!(a, b, "{} differs from HotSpot's", ours.display());
    }
    assert_eq!(std::fs::read(&c_out).expect("out").len(), 9004);
}
