//! The VM's options: what HotSpot does with the option strings the launcher hands over.
//!
//! Each option is read in command-line order; a later option overrides an earlier one where
//! both set the same thing. An option the VM does not know stops VM creation with HotSpot's
//! message. Sizes and flags end up as `-XX:` flag settings (`-Xmx` sets `MaxHeapSize`, `-Xss`
//! sets `ThreadStackSize` in KiB, ...), so the runtime reads each setting in one place. After
//! all options are read, [`VmOptions::check`] applies HotSpot's start-up checks on the sizes.

use super::exit::Exit;
use super::sizes::{SizeCheck, check_size};
use super::xx_flags::{FlagSetting, FlagValue, find_flag, parse_xx};
use classfile::verifier::VerifyMode;
use runtime::assertions::{AssertionOption, parse_assertion_option};

/// The name the VM gives itself in `java.vm.name` and in its warnings.
pub const VM_NAME: &str = "Cortado 64-Bit VM";

/// The environment variable whose VM options come before the command line's.
pub const JAVA_TOOL_OPTIONS: &str = "JAVA_TOOL_OPTIONS";
/// The environment variable whose VM options come after the command line's.
pub const JAVA_OPTIONS: &str = "_JAVA_OPTIONS";

/// The smallest thread stack HotSpot accepts on this platform, in KiB.
const MIN_THREAD_STACK_KIB: u64 = 136;
const MIB: u64 = 1 << 20;

/// How bytecode runs.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ExecutionMode {
    /// Interpreter, then compiled code for hot methods (the default).
    #[default]
    Mixed,
    /// `-Xint`: the interpreter only.
    Interpreted,
    /// `-Xcomp`: compile every method before its first run.
    Compiled,
}

/// `-Xshare:`: class data sharing.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ShareMode {
    /// `-Xshare:auto` (the default).
    #[default]
    Auto,
    /// `-Xshare:on`.
    On,
    /// `-Xshare:off`.
    Off,
}

/// `-verbose:` subsystems.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Verbose {
    /// `-verbose` / `-verbose:class`.
    pub class: bool,
    /// `-verbose:gc`.
    pub gc: bool,
    /// `-verbose:module`.
    pub module: bool,
    /// `-verbose:jni`.
    pub jni: bool,
}

/// A module-system option (`--add-opens=...` and the like), with its value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ModuleOption {
    /// The option's name, e.g. `--add-opens`.
    pub name: &'static str,
    /// The value after `=`.
    pub value: String,
}

/// The module-system options the VM accepts in their `--name=value` form.
const MODULE_OPTIONS: &[&str] = &[
    "--add-exports",
    "--add-modules",
    "--add-opens",
    "--add-reads",
    "--enable-native-access",
    "--limit-modules",
    "--module-path",
    "--patch-module",
    "--upgrade-module-path",
];

/// Everything the VM options asked for.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct VmOptions {
    /// `-D` properties in order (a later one with the same name wins); includes
    /// `java.class.path` as set by the launcher.
    pub properties: Vec<(String, String)>,
    /// `-XX:` flags and the `-X` options that stand for flags, in order.
    pub flags: Vec<FlagSetting>,
    /// `-Xint` / `-Xmixed` / `-Xcomp`.
    pub execution: ExecutionMode,
    /// `-ea`/`-da`/`-esa`/`-dsa` in order.
    pub assertions: Vec<AssertionOption>,
    /// `-verbose:`.
    pub verbose: Verbose,
    /// `-Xlog` selections as written after `-Xlog` (`""` for plain `-Xlog`, `":gc"`, ...).
    pub log: Vec<String>,
    /// `-Xshare:`.
    pub share: ShareMode,
    /// `-Xverify:`.
    pub verify: VerifyMode,
    /// `-Xbootclasspath/a:` paths in order.
    pub boot_class_path_append: Vec<String>,
    /// `-Xrs`: reduce the use of OS signals.
    pub reduce_signal_usage: bool,
    /// `-Xcheck:jni`.
    pub check_jni: bool,
    /// Module-system options in order.
    pub module_options: Vec<ModuleOption>,
    /// `--enable-preview`.
    pub enable_preview: bool,
    /// The warnings printed while reading the options, in order.
    pub warnings: Vec<String>,
}

impl VmOptions {
    /// Reads the options in order; the error is HotSpot's output for the first bad option,
    /// after the warnings of the options before it.
    pub fn parse(options: &[String]) -> Result<VmOptions, Exit> {
        let mut vm = VmOptions::default();
        for option in options {
            if let Err(exit) = vm.apply(option) {
                let warnings: String = vm.warnings.iter().map(|w| format!("{w}\n")).collect();
                let mut exit = exit;
                exit.stderr.insert_str(0, &warnings);
                return Err(exit);
            }
        }
        Ok(vm)
    }

    /// The last value of property `name`.
    pub fn property(&self, name: &str) -> Option<&str> {
        self.properties
            .iter()
            .rev()
            .find(|(key, _)| key == name)
            .map(|(_, value)| value.as_str())
    }

    /// The value of flag `name`: the last setting, else the flag's default.
    pub fn flag(&self, name: &str) -> Option<FlagValue> {
        self.explicit_flag(name)
            .or_else(|| find_flag(name).map(|spec| spec.default))
    }

    /// The value of flag `name` when the command line set it.
    pub fn explicit_flag(&self, name: &str) -> Option<FlagValue> {
        self.flags
            .iter()
            .rev()
            .find(|setting| setting.name == name)
            .map(|setting| setting.value)
    }

    fn explicit_size(&self, name: &str) -> Option<u64> {
        match self.explicit_flag(name) {
            Some(FlagValue::Size(size)) => Some(size),
            Some(FlagValue::Intx(n)) => u64::try_from(n).ok(),
            _ => None,
        }
    }

    fn set(&mut self, name: &'static str, value: FlagValue) {
        self.flags.push(FlagSetting { name, value });
    }

    fn warn(&mut self, message: String) {
        self.warnings.push(format!("{VM_NAME} warning: {message}"));
    }

    fn apply(&mut self, option: &str) -> Result<(), Exit> {
        let unrecognized = || Exit::vm_rejected(format!("Unrecognized option: {option}\n"));
        if let Some(rest) = option.strip_prefix("-verbose") {
            match rest {
                "" | ":class" => self.verbose.class = true,
                ":module" => self.verbose.module = true,
                ":gc" => self.verbose.gc = true,
                ":jni" => self.verbose.jni = true,
                // HotSpot ignores other subsystems silently.
                _ => {}
            }
            return Ok(());
        }
        if let Some(assertion) = parse_assertion_option(option) {
            self.assertions.push(assertion);
            return Ok(());
        }
        if let Some(property) = option.strip_prefix("-D") {
            let (name, value) = property.split_once('=').unwrap_or((property, ""));
            if name.starts_with("jdk.module.") && !is_launcher_module_property(name) {
                self.warn(
                    "Ignoring system property options whose names match the '-Djdk.module.*'. \
                     names that are reserved for internal use."
                        .to_string(),
                );
                return Ok(());
            }
            self.properties.push((name.to_string(), value.to_string()));
            return Ok(());
        }
        if let Some(flag) = option.strip_prefix("-XX:") {
            return self.apply_xx(option, flag);
        }
        if let Some(rest) = option.strip_prefix("--") {
            return self.apply_long(option, rest).ok_or_else(unrecognized);
        }
        if let Some(rest) = option.strip_prefix("-X") {
            return self.apply_x(option, rest)?.ok_or_else(unrecognized);
        }
        Err(unrecognized())
    }

    fn apply_xx(&mut self, option: &str, flag: &str) -> Result<(), Exit> {
        if let Some(size) = flag.strip_prefix("MaxHeapSize=") {
            return self.apply_size(option, size, SizeOption::MaxHeap);
        }
        let setting = parse_xx(flag).map_err(Exit::vm_rejected)?;
        self.flags.push(setting);
        Ok(())
    }

    /// `--name=value` options; `None` when unknown.
    fn apply_long(&mut self, option: &str, rest: &str) -> Option<()> {
        if rest == "enable-preview" {
            self.enable_preview = true;
            return Some(());
        }
        let (name, value) = option.split_once('=')?;
        if name == "--illegal-access" {
            self.warn(format!(
                "Ignoring option {option}; support was removed in 17.0"
            ));
            return Some(());
        }
        let name = MODULE_OPTIONS.iter().find(|known| **known == name)?;
        self.module_options.push(ModuleOption {
            name,
            value: value.to_string(),
        });
        Some(())
    }

    /// `-X` options; `Ok(None)` when unknown.
    fn apply_x(&mut self, option: &str, rest: &str) -> Result<Option<()>, Exit> {
        let size_option = [
            ("mx", SizeOption::MaxHeap),
            ("ms", SizeOption::InitialHeap),
            ("mn", SizeOption::YoungGeneration),
            ("ss", SizeOption::ThreadStack),
        ]
        .into_iter()
        .find_map(|(prefix, kind)| Some((rest.strip_prefix(prefix)?, kind)));
        if let Some((size, kind)) = size_option {
            return self.apply_size(option, size, kind).map(Some);
        }
        if let Some(selection) = rest.strip_prefix("log") {
            if selection.is_empty() || selection.starts_with(':') {
                self.log.push(selection.to_string());
                return Ok(Some(()));
            }
            return Ok(None);
        }
        if let Some(path) = rest.strip_prefix("bootclasspath") {
            return match path.split_once(':') {
                Some(("/a", paths)) => {
                    self.boot_class_path_append.push(paths.to_string());
                    Ok(Some(()))
                }
                Some(("", _)) => Err(no_longer_supported("-Xbootclasspath")),
                Some(("/p", _)) => Err(no_longer_supported("-Xbootclasspath/p")),
                _ => Ok(None),
            };
        }
        if rest == "check" || rest.starts_with("check:") {
            if rest == "check:jni" {
                self.check_jni = true;
                return Ok(Some(()));
            }
            return Err(Exit::vm_rejected(format!(
                "Unrecognized check option: {option}\n"
            )));
        }
        if let Some(mode) = rest.strip_prefix("verify") {
            let Some(verify) = VerifyMode::from_xverify_tail(mode) else {
                return Err(Exit::vm_rejected(format!(
                    "Unrecognized verification option: {option}\n"
                )));
            };
            if verify == VerifyMode::None {
                self.warn(
                    "Options -Xverify:none and -noverify were deprecated in JDK 13 and will \
                     likely be removed in a future release."
                        .to_string(),
                );
            }
            self.verify = verify;
            return Ok(Some(()));
        }
        match rest {
            "int" => self.execution = ExecutionMode::Interpreted,
            "mixed" => self.execution = ExecutionMode::Mixed,
            "comp" => self.execution = ExecutionMode::Compiled,
            "batch" => self.set("BackgroundCompilation", FlagValue::Bool(false)),
            "noclassgc" => self.set("ClassUnloading", FlagValue::Bool(false)),
            "rs" => self.reduce_signal_usage = true,
            "share:auto" => self.share = ShareMode::Auto,
            "share:on" => self.share = ShareMode::On,
            "share:off" => self.share = ShareMode::Off,
            // Accepted and ignored by HotSpot 17 as well.
            "debug" | "noagent" => {}
            _ => return Ok(None),
        }
        Ok(Some(()))
    }

    fn apply_size(&mut self, option: &str, text: &str, kind: SizeOption) -> Result<(), Exit> {
        let (min, max, what) = match kind {
            SizeOption::MaxHeap => (1, u64::MAX, "maximum heap size"),
            SizeOption::InitialHeap => (0, u64::MAX, "initial heap size"),
            SizeOption::YoungGeneration => (1, u64::MAX, "initial young generation size"),
            SizeOption::ThreadStack => (0, 1 << 30, "thread stack size"),
        };
        let size = match check_size(text, min, max) {
            SizeCheck::InRange(size) => size,
            SizeCheck::TooBig => {
                return Err(Exit::vm_rejected(format!(
                    "Invalid {what}: {option}\nThe specified size exceeds the maximum representable size.\n"
                )));
            }
            SizeCheck::Unreadable | SizeCheck::TooSmall => {
                return Err(Exit::vm_rejected(format!("Invalid {what}: {option}\n")));
            }
        };
        match kind {
            SizeOption::MaxHeap => self.set("MaxHeapSize", FlagValue::Size(size)),
            SizeOption::InitialHeap => {
                self.set("MinHeapSize", FlagValue::Size(size));
                self.set("InitialHeapSize", FlagValue::Size(size));
            }
            SizeOption::YoungGeneration => {
                self.set("MaxNewSize", FlagValue::Size(size));
                self.set("NewSize", FlagValue::Size(size));
            }
            SizeOption::ThreadStack => {
                let kib = size.div_ceil(1024);
                let kib = i64::try_from(kib).unwrap_or(i64::MAX);
                self.set("ThreadStackSize", FlagValue::Intx(kib));
            }
        }
        Ok(())
    }

    /// HotSpot's start-up checks of the thread stack and heap sizes, in its order.
    pub fn check(&self) -> Result<(), Exit> {
        if let Some(kib) = self.explicit_size("ThreadStackSize")
            && kib != 0
            && kib < MIN_THREAD_STACK_KIB
        {
            return Err(Exit {
                stdout: format!(
                    "\nThe Java thread stack size specified is too small. Specify at least {MIN_THREAD_STACK_KIB}k\n"
                ),
                ..Exit::vm_rejected("")
            });
        }
        let max = self.explicit_size("MaxHeapSize");
        let initial = self.explicit_size("InitialHeapSize");
        if let (Some(max), Some(initial)) = (max, initial)
            && initial > max
        {
            return Err(Exit::vm_init_failed(
                "Initial heap size set to a larger value than the maximum heap size",
            ));
        }
        let too_small = |size: Option<u64>, min: u64| size.is_some_and(|s| s != 0 && s < min);
        if too_small(max, 2 * MIB) {
            return Err(Exit::vm_init_failed("Too small maximum heap"));
        }
        if too_small(initial, MIB) {
            return Err(Exit::vm_init_failed("Too small initial heap"));
        }
        if too_small(self.explicit_size("MinHeapSize"), MIB) {
            return Err(Exit::vm_init_failed("Too small minimum heap"));
        }
        Ok(())
    }
}

/// The `-Djdk.module.*` properties the launcher itself sets, which the VM keeps.
fn is_launcher_module_property(name: &str) -> bool {
    matches!(
        name,
        "jdk.module.main" | "jdk.module.validation" | "jdk.module.showModuleResolution"
    )
}

fn no_longer_supported(option: &str) -> Exit {
    Exit {
        stdout: format!("{option} is no longer a supported option.\n"),
        ..Exit::vm_rejected("")
    }
}

#[derive(Clone, Copy, Debug)]
enum SizeOption {
    MaxHeap,
    InitialHeap,
    YoungGeneration,
    ThreadStack,
}

#[cfg(test)]
mod tests;
