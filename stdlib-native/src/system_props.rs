//! `jdk.internal.util.SystemProps$Raw`: the platform's property defaults, indexed by the
//! class's own `_*_NDX` constants (read from the class, so the layout is always the JDK's),
//! and the VM's properties followed by the `-D` ones, as HotSpot and libjava give them on Linux.

use runtime::natives::{Env, NativeRegistry};
use runtime::{JResult, Value};

use crate::io_support::{new_object_array, new_string};
use crate::locale::{self, Category};
use crate::{jnu, os};
use std::os::unix::ffi::OsStringExt;

const RAW: &str = "jdk/internal/util/SystemProps$Raw";

pub(crate) fn register(r: &NativeRegistry) {
    r.register(RAW, "vmProperties", "()[Ljava/lang/String;", vm_properties);
    r.register(
        RAW,
        "platformProperties",
        "()[Ljava/lang/String;",
        platform_properties,
    );
}

/// The properties the VM defines, then the command line's `-D` properties (later wins when
/// the JDK puts them in its map).
fn vm_properties(env: &mut Env<'_>) -> JResult<Value> {
    let vm = env.thread.vm.clone();
    let home = vm.java_home.to_string_lossy().into_owned();
    let library_path = match std::env::var("LD_LIBRARY_PATH") {
        Ok(p) if !p.is_empty() => format!("{p}:{DEFAULT_LIBRARY_PATH}"),
        _ => DEFAULT_LIBRARY_PATH.to_string(),
    };
    let mut pairs: Vec<(String, String)> = vec![
        (
            "java.vm.specification.name".into(),
            "Java Virtual Machine Specification".into(),
        ),
        (
            "java.vm.specification.vendor".into(),
            "Oracle Corporation".into(),
        ),
        ("java.vm.specification.version".into(), "17".into()),
        ("java.vm.name".into(), "Cortado 64-Bit VM".into()),
        ("java.vm.vendor".into(), "Cortado".into()),
        (
            "java.vm.version".into(),
            env!("CARGO_PKG_VERSION").to_string(),
        ),
        ("java.vm.info".into(), "interpreted mode".into()),
        ("jdk.debug".into(), "release".into()),
        ("java.home".into(), home.clone()),
        ("sun.boot.library.path".into(), format!("{home}/lib")),
        ("java.library.path".into(), library_path),
        ("java.class.path".into(), vm.class_path_string.clone()),
    ];
    pairs.extend(vm.properties.iter().cloned());
    let flat: Vec<String> = pairs.into_iter().flat_map(|(k, v)| [k, v]).collect();
    let array = new_object_array(env, "java/lang/String", &flat, |env, s| {
        new_string(env, s).map(Some)
    })?;
    Ok(Value::Ref(Some(array)))
}

/// HotSpot's default `java.library.path` on Linux (after `LD_LIBRARY_PATH`).
const DEFAULT_LIBRARY_PATH: &str = "/usr/java/packages/lib:/usr/lib64:/lib64:/lib:/usr/lib";

/// The platform defaults by `_*_NDX` name (without the underscores and suffix).
fn platform_values() -> Vec<(&'static str, Option<String>)> {
    let encoding = locale::encoding();
    let (sysname, release, machine) = os::uname();
    let arch = match machine.as_str() {
        "x86_64" => "amd64".to_string(),
        "i386" | "i486" | "i586" | "i686" => "x86".to_string(),
        other => other.to_string(),
    };
    let (user, pw_home) = match os::user_name_and_home() {
        Some((u, h)) => (jnu::from_platform(&u), Some(h)),
        None => ("?".to_string(), None),
    };
    // A home directory shorter than two characters gives way to $HOME, as in libjava.
    let home = match pw_home {
        Some(h) if h.len() >= 2 => Some(h),
        other => std::env::var_os("HOME")
            .map(|h| h.into_vec())
            .filter(|h| !h.is_empty())
            .or(other),
    }
    .map_or_else(|| "?".to_string(), |h| jnu::from_platform(&h));
    let dir = std::env::current_dir()
        .map(|d| jnu::from_platform(&d.into_os_string().into_vec()))
        .ok();
    let tty_encoding = |fd| os::is_tty(fd).then(|| encoding.clone());
    let format = locale::parse(&locale::category_name(Category::Ctype));
    let display = locale::parse(&locale::category_name(Category::Messages));
    let s = |v: &str| Some(v.to_string());
    vec![
        ("display_country", display.country),
        ("display_language", display.language),
        ("display_script", display.script),
        ("display_variant", display.variant),
        ("file_encoding", Some(encoding.clone())),
        ("file_separator", s("/")),
        ("format_country", format.country),
        ("format_language", format.language),
        ("format_script", format.script),
        ("format_variant", format.variant),
        ("java_io_tmpdir", s("/tmp")),
        ("line_separator", s("\n")),
        ("os_arch", Some(arch)),
        ("os_name", Some(sysname)),
        ("os_version", Some(release)),
        ("path_separator", s(":")),
        ("sun_arch_data_model", s("64")),
        ("sun_cpu_endian", s("little")),
        ("sun_io_unicode_encoding", s("UnicodeLittle")),
        ("sun_jnu_encoding", Some(encoding.clone())),
        ("sun_os_patch_level", s("unknown")),
        ("sun_stderr_encoding", tty_encoding(2)),
        ("sun_stdout_encoding", tty_encoding(1)),
        ("user_dir", dir),
        ("user_home", Some(home)),
        ("user_name", Some(user)),
    ]
}

/// `platformProperties()`: a `String[]` of the class's `FIXED_LENGTH`, each default at its
/// `_<name>_NDX` index, `null` where the platform has no value.
fn platform_properties(env: &mut Env<'_>) -> JResult<Value> {
    let raw = env.method().holder();
    let statics = raw.mirror();
    let constant = |name: &str| {
        raw.fields
            .iter()
            .find(|f| f.is_static() && f.name == name && f.descriptor == "I")
            .and_then(|f| statics.map(|m| m.get_i32(f.offset)))
    };
    let length = constant("FIXED_LENGTH").unwrap_or(0).max(0) as usize;
    let mut slots: Vec<Option<String>> = vec![None; length];
    for (name, value) in platform_values() {
        if let Some(i) = constant(&format!("_{name}_NDX"))
            && let Some(slot) = slots.get_mut(i as usize)
        {
            *slot = value;
        }
    }
    let array = new_object_array(env, "java/lang/String", &slots, |env, v| match v {
        Some(s) => new_string(env, s).map(Some),
        None => Ok(None),
    })?;
    Ok(Value::Ref(Some(array)))
}
