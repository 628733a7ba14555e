//! The host time zone under several `TZ` settings against HotSpot's default zone: the ID the
//! JDK gets from `getSystemTimeZoneID`, or, for IDs the JDK does not know, the offset ID from
//! `getSystemGMTOffsetID`. `TZ` cannot change safely while threads run, so each setting runs
//! a child process: this test binary again, running only `print_time_zone_ids`.

mod common;

use std::process::Command;

use runtime::Value;

/// (TZ, whether the JDK knows the ID: else HotSpot falls back to the offset ID). `None`
/// leaves TZ unset (the zone then comes from /etc/timezone or /etc/localtime).
const SETTINGS: [(Option<&str>, bool); 9] = [
    (None, true),
    (Some("Europe/Paris"), true),
    (Some(":Asia/Tokyo"), true),
    (Some("posix/America/New_York"), true),
    (Some("UTC"), true),
    (Some("EST5EDT"), true),
    (Some("XYZ-5:30"), false),
    (Some("Foo/Bar"), false),
    (Some("right/UTC"), false),
];

#[test]
fn time_zone_ids_match_hotspot() {
    let classes = common::compile(&["Tz.java"]);
    let me = std::env::current_exe().expect("test binary");
    for (tz, known) in SETTINGS {
        let mut java = Command::new(format!("{}/bin/java", common::JDK));
        let mut child = Command::new(&me);
        for c in [&mut java, &mut child] {
            match tz {
                Some(v) => c.env("TZ", v),
                None => c.env_remove("TZ"),
            };
        }
        let expected = java
            .arg("-cp")
            .arg(classes.path())
            .arg("Tz")
            .output()
            .expect("run java");
        let expected = String::from_utf8_lossy(&expected.stdout).trim().to_string();
        let out = child
            .args(["--exact", "print_time_zone_ids", "--ignored", "--nocapture"])
            .output()
            .expect("run child");
        let stdout = String::from_utf8_lossy(&out.stdout);
        let ids = stdout
            .split("<<tz>>")
            .nth(1)
            .unwrap_or_else(|| panic!("child output {stdout}"));
        let (id, offset_id) = ids.split_once('|').expect("two IDs");
        let actual = if known { id } else { offset_id };
        assert_eq!(actual, expected, "TZ={tz:?}");
    }
}

#[test]
#[ignore = "run by time_zone_ids_match_hotspot in a child process with its TZ"]
fn print_time_zone_ids() {
    let dir = common::TempDir::new("tz");
    let vm = common::vm(dir.path());
    let call = |name: &str, desc: &str, args: &[Value]| match vm.call_static(
        "java.util.TimeZone",
        name,
        desc,
        args,
    ) {
        Ok(Value::Ref(Some(s))) => vm.with_thread(|t| runtime::strings::string_value(t, s)),
        // The JDK reads a null ID as "GMT".
        Ok(Value::Ref(None)) => "GMT".to_string(),
        other => format!("{other:?}"),
    };
    let id = call(
        "getSystemTimeZoneID",
        "(Ljava/lang/String;)Ljava/lang/String;",
        &[Value::Ref(None)],
    );
    let offset_id = call("getSystemGMTOffsetID", "()Ljava/lang/String;", &[]);
    println!("<<tz>>{id}|{offset_id}<<tz>>");
}
