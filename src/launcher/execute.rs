//! Running the checked launch on Cortado's runtime: the VM built from the command line's
//! options, then `main` run as `java` runs it.

use runtime::Vm;

use super::Launch;
use super::xx_flags::FlagValue;

/// HotSpot's default thread stack size on Linux x86-64 when `-Xss`/`ThreadStackSize` is unset.
const DEFAULT_STACK_SIZE: usize = 1 << 20;

/// Builds the VM for `launch` and runs its main class; returns the process exit status.
pub fn execute(launch: &Launch) -> i32 {
    let options = &launch.vm;
    let mut builder = Vm::builder()
        .java_home(launch.java_home.root())
        // The launcher gives the class path of a class or jar launch; a module or source
        // launch without `-cp` has none (the VM's default, ".", is the embedding API's).
        .class_path(options.property("java.class.path").unwrap_or(""))
        .stack_size(stack_size(launch))
        .verify_mode(options.verify)
        .enable_preview(options.enable_preview)
        .natives(stdlib_native::register);
    let size = |name: &str| match options.explicit_flag(name) {
        Some(FlagValue::Size(bytes)) => Some(usize::try_from(bytes).unwrap_or(usize::MAX)),
        _ => None,
    };
    if let Some(bytes) = size("MaxHeapSize") {
        builder = builder.max_heap(bytes);
    }
    if let Some(bytes) = size("InitialHeapSize") {
        builder = builder.initial_heap(bytes);
    }
    if let Some(bytes) = size("NewSize") {
        builder = builder.young_heap(bytes);
    }
    if let Some(FlagValue::Bool(true)) = options.explicit_flag("GCStress") {
        let interval = match options.explicit_flag("GCStressInterval") {
            Some(FlagValue::Intx(n)) => u64::try_from(n).unwrap_or(1),
            _ => 1,
        };
        builder = builder.gc_stress(interval);
    }
    let gc_log = options.verbose.gc
        || options.log.iter().any(|selection| {
            selection.strip_prefix(':').is_some_and(|s| {
                s.split([',', ':'])
                    .next()
                    .is_some_and(|t| t.starts_with("gc"))
            })
        });
    builder = builder.gc_log(gc_log);
    if let Some(FlagValue::Bool(true)) = options.explicit_flag("DisableExplicitGC") {
        builder = builder.disable_explicit_gc(true);
    }
    if let Some(FlagValue::Intx(ms)) = options.explicit_flag("SoftRefLRUPolicyMSPerMB") {
        builder = builder.soft_ref_lru_policy_ms_per_mb(u64::try_from(ms).unwrap_or(0));
    }
    for (key, value) in &options.properties {
        // The class path is the builder's own setting (`java.class.path` is derived from it).
        if key != "java.class.path" {
            builder = builder.property(key, value);
        }
    }
    for (key, value) in module_properties(&options.module_options) {
        builder = builder.property(key, value);
    }
    for option in &options.assertions {
        builder = builder.assertion_option(option.clone());
    }
    builder = builder
        .property("sun.java.launcher", "SUN_STANDARD")
        .property("sun.java.command", java_command(launch));
    let vm = match builder.build() {
        Ok(vm) => vm,
        Err(error) => {
            eprintln!("Error occurred during initialization of VM\n{error}");
            return 1;
        }
    };
    let args: Vec<&str> = launch.args.iter().map(String::as_str).collect();
    let reports_first = launch.launcher.reports_first();
    let mut after_reports = || {
        if reports_first {
            super::version_and_usage(&launch.launcher, &launch.java_home)
        } else {
            None
        }
    };
    vm.launch_steps(runtime::LaunchSteps {
        settings: launch
            .launcher
            .show_settings
            .as_ref()
            .map(|option| show_settings(launch, option)),
        reports: launch.launcher.module_reports.clone(),
        after_reports: &mut after_reports,
        kind: launch.kind,
        what: &launch.what,
        args: (!launch.launcher.dry_run).then_some(&args[..]),
    })
}

/// `-XshowSettings` with the sizes java.c reports: `-Xms`, `-Xmx` and `-Xss` as given, 0 when
/// absent.
fn show_settings(launch: &Launch, option: &str) -> runtime::ShowSettings {
    let bytes = |name: &str, unit: i64| match launch.vm.explicit_flag(name) {
        Some(FlagValue::Size(bytes)) => i64::try_from(bytes).unwrap_or(i64::MAX),
        Some(FlagValue::Intx(n)) => n.saturating_mul(unit),
        _ => 0,
    };
    runtime::ShowSettings {
        option: option.to_string(),
        initial_heap: bytes("InitialHeapSize", 1),
        max_heap: bytes("MaxHeapSize", 1),
        stack_size: bytes("ThreadStackSize", 1024),
    }
}

/// `-Xss` (`ThreadStackSize`, in KiB) in bytes, or HotSpot's default.
fn stack_size(launch: &Launch) -> usize {
    match launch.vm.explicit_flag("ThreadStackSize") {
        Some(FlagValue::Intx(kib)) if kib > 0 => usize::try_from(kib)
            .ok()
            .and_then(|kib| kib.checked_mul(1024))
            .unwrap_or(usize::MAX),
        _ => DEFAULT_STACK_SIZE,
    }
}

/// `sun.java.command`: what `java` records as the command (the main class or jar, then the
/// program's arguments).
fn java_command(launch: &Launch) -> String {
    let what = launch.launcher.what.as_deref().unwrap_or(&launch.what);
    std::iter::once(what)
        .chain(launch.args.iter().map(String::as_str))
        .collect::<Vec<_>>()
        .join(" ")
}

/// The internal properties through which HotSpot hands the module options to the module
/// system's boot (`ModuleBootstrap`): `--add-opens` becomes `jdk.module.addopens.<n>`, numbered
/// per option in command-line order; single-valued options keep their last value.
fn module_properties(options: &[super::vm_options::ModuleOption]) -> Vec<(String, String)> {
    let mut counts = std::collections::HashMap::new();
    let mut properties = Vec::new();
    for option in options {
        let (key, numbered) = match option.name {
            "--add-exports" => ("jdk.module.addexports", true),
            "--add-opens" => ("jdk.module.addopens", true),
            "--add-reads" => ("jdk.module.addreads", true),
            "--add-modules" => ("jdk.module.addmods", true),
            "--patch-module" => ("jdk.module.patch", true),
            "--enable-native-access" => ("jdk.module.enable.native.access", true),
            "--limit-modules" => ("jdk.module.limitmods", false),
            "--module-path" => ("jdk.module.path", false),
            "--upgrade-module-path" => ("jdk.module.upgrade.path", false),
            _ => continue,
        };
        if numbered {
            let n = counts.entry(key).or_insert(0usize);
            properties.push((format!("{key}.{n}"), option.value.clone()));
            *n += 1;
        } else {
            properties.push((key.to_string(), option.value.clone()));
        }
    }
    properties
}
