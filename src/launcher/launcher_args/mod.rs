//! The launcher's own options, in front of the VM's.
//!
//! `java`'s command line mixes two kinds of options. The launcher handles the entry point
//! (`-jar`, `-m`, the main class, `--source`), the class path, and the print-and-exit options
//! (`-version`, `-help`, ...); everything else it passes to the VM as an option string, where
//! white-space separated module options (`--add-opens a=b`) become their `--name=value` form
//! and `-p` becomes `--module-path`. Option processing stops at the first argument that does not
//! start with `-` (the main class or jar) or right after `-m <module>`; what follows belongs to
//! the program. This module is that step; [`super::vm_options`] interprets the VM options.
//!
//! Errors found here end the launch before a VM exists; `-jar` without a file is the one error
//! that is followed by the usage text.

use super::class_path::expand_wildcards;
use super::exit::Exit;

/// Where version and help texts go.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stream {
    /// Standard output (the `--double-dash` spellings).
    Stdout,
    /// Standard error (the traditional single-dash spellings).
    Stderr,
}

/// How the program to run is named.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LaunchMode {
    /// Nothing named the program (only print-and-exit options, or an error).
    Unknown,
    /// A main class on the class path.
    Class,
    /// `-jar <file>`: the `Main-Class` of the jar's manifest.
    Jar,
    /// `-m`/`--module <module>[/<class>]`.
    Module,
    /// A single `.java` source file (`--source N`, or a main class ending in `.java`).
    Source,
}

/// What the launcher made of the command line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LauncherArgs {
    /// How the program is named.
    pub mode: LaunchMode,
    /// The main class, jar file, module (`module[/class]`) or source file.
    pub what: Option<String>,
    /// The program's arguments, untouched.
    pub app_args: Vec<String>,
    /// The VM options in command-line order (`-Djava.class.path=` entries included).
    pub vm_options: Vec<String>,
    /// `-version`/`--version`: print the version and exit.
    pub print_version: bool,
    /// `-showversion`/`--show-version`: print the version and continue.
    pub show_version: bool,
    /// `-help`, `--help`, `-h`, `-?`: print the usage and exit.
    pub print_usage: bool,
    /// `-X`/`--help-extra`: print the extra options and exit.
    pub print_extra_usage: bool,
    /// Where version and usage texts go (the last `--` spelling seen switches to stdout).
    pub print_to: Stream,
    /// The message of an error that is followed by the usage text (`-jar` without a file).
    pub usage_error: Option<String>,
    /// The launch fails with status 1 after the usage text (no program named).
    pub exit_status: i32,
    /// `--dry-run`: load the main class but do not run it.
    pub dry_run: bool,
    /// `-XshowSettings[:...]`, as given.
    pub show_settings: Option<String>,
    /// `--java-home <dir>` (Cortado's own): where the JDK class library is.
    pub java_home: Option<String>,
    /// `--source <N>`, when given.
    pub source_version: Option<String>,
    /// The module reports the JDK's `LauncherHelper` prints once the VM exists
    /// (`--show-resolved-modules`, `--list-modules`, `--describe-module`).
    pub module_reports: runtime::ModuleReports,
    /// `--validate-modules`: the module system checks every module while it boots, then the
    /// launcher exits.
    pub validate_modules: bool,
    /// Warnings the launcher printed while parsing (`Warning: ... is no longer supported.`).
    pub warnings: Vec<String>,
}

/// The result of parsing: a launch, or `-fullversion`/`--full-version`, which print and exit
/// before any VM exists.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Parsed {
    /// Go on with VM creation.
    Launch(Box<LauncherArgs>),
    /// Print the full version to the given stream and exit with 0.
    FullVersion(Stream),
}

/// The main class of a single-file source-code launch, in module form: javac's own launcher,
/// which compiles the file in memory and runs it.
pub const SOURCE_LAUNCHER_MAIN: &str = "jdk.compiler/com.sun.tools.javac.launcher.Main";

/// Whether `name` is one of the class path options.
fn is_class_path_option(name: &str) -> bool {
    matches!(name, "-cp" | "-classpath" | "--class-path")
}

/// Launcher options whose value is the next argument.
fn is_launcher_option(name: &str) -> bool {
    is_class_path_option(name)
        || matches!(
            name,
            "--module" | "-m" | "--describe-module" | "-d" | "--source" | "--java-home"
        )
}

/// Module-system options whose value is the next argument; the VM gets `--name=value`.
fn is_module_option(name: &str) -> bool {
    matches!(
        name,
        "--module-path"
            | "-p"
            | "--upgrade-module-path"
            | "--add-modules"
            | "--enable-native-access"
            | "--limit-modules"
            | "--add-exports"
            | "--add-opens"
            | "--add-reads"
            | "--patch-module"
    )
}

/// The `--name=` spellings that must carry a non-empty value.
fn is_long_form_module_option(arg: &str) -> bool {
    [
        "--module-path=",
        "--upgrade-module-path=",
        "--add-modules=",
        "--enable-native-access=",
        "--limit-modules=",
        "--add-exports=",
        "--add-reads=",
        "--patch-module=",
    ]
    .iter()
    .any(|prefix| arg.starts_with(prefix))
}

/// Whether `arg` is an option whose value is the following, separate argument.
pub fn takes_separate_value(arg: &str) -> bool {
    is_module_option(arg) || is_launcher_option(arg)
}

/// Whether `arg` names a single-file source program: it ends in `.java` and exists.
fn is_source_file(arg: &str) -> bool {
    arg.ends_with(".java") && std::path::Path::new(arg).exists()
}

/// One option with its value, split as the launcher does.
struct Opt<'a> {
    /// The option as written.
    arg: &'a str,
    /// The name the VM sees (`-p` becomes `--module-path`).
    name: &'a str,
    /// The value: the next argument for white-space options (when it does not start with
    /// `-`), the text after `=` for `--name=value`.
    value: Option<&'a str>,
    kind: OptKind,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum OptKind {
    /// Handled by the launcher.
    Launcher,
    /// `--name=value` for the VM.
    VmLong,
    /// A white-space module option for the VM.
    VmLongWithArgument,
}

/// Splits off the option at `args[0]`, taking its value from `args[1]` when the option takes
/// one and that argument does not start with `-`. Returns the option and how many arguments
/// it used.
fn next_option(args: &[String]) -> (Opt<'_>, usize) {
    let arg = args[0].as_str();
    let next = args
        .get(1)
        .map(String::as_str)
        .filter(|next| !next.starts_with('-'));
    if is_launcher_option(arg) {
        let used = if next.is_some() { 2 } else { 1 };
        let opt = Opt {
            arg,
            name: arg,
            value: next,
            kind: OptKind::Launcher,
        };
        return (opt, used);
    }
    if is_module_option(arg) {
        let used = if next.is_some() { 2 } else { 1 };
        let name = if arg == "-p" { "--module-path" } else { arg };
        let opt = Opt {
            arg,
            name,
            value: next,
            kind: OptKind::VmLongWithArgument,
        };
        return (opt, used);
    }
    if let Some((name, value)) = arg.split_once('=').filter(|_| arg.starts_with("--")) {
        let launcher = matches!(
            name,
            "--describe-module" | "--module" | "--class-path" | "--source" | "--java-home"
        );
        let kind = if launcher {
            OptKind::Launcher
        } else {
            OptKind::VmLong
        };
        let opt = Opt {
            arg,
            name: arg,
            value: Some(value),
            kind,
        };
        return (opt, 1);
    }
    let opt = Opt {
        arg,
        name: arg,
        value: None,
        kind: OptKind::Launcher,
    };
    (opt, 1)
}

impl LauncherArgs {
    fn new() -> LauncherArgs {
        LauncherArgs {
            mode: LaunchMode::Unknown,
            what: None,
            app_args: Vec::new(),
            vm_options: Vec::new(),
            print_version: false,
            show_version: false,
            print_usage: false,
            print_extra_usage: false,
            print_to: Stream::Stderr,
            usage_error: None,
            exit_status: 0,
            dry_run: false,
            show_settings: None,
            java_home: None,
            source_version: None,
            module_reports: runtime::ModuleReports::default(),
            validate_modules: false,
            warnings: Vec::new(),
        }
    }

    /// Whether the VM must boot before the version and usage are printed: the settings, a
    /// module report or `--validate-modules` was asked for (java.c prints them in that order).
    pub fn reports_first(&self) -> bool {
        let reports = &self.module_reports;
        self.show_settings.is_some()
            || reports.show_resolved_modules
            || reports.list_modules
            || reports.describe_module.is_some()
            || self.validate_modules
    }

    fn set_class_path(&mut self, value: &str) {
        let expanded = expand_wildcards(value);
        self.vm_options
            .push(format!("-Djava.class.path={expanded}"));
    }

    /// Whether any VM option sets `java.class.path` (from `-cp`, `CLASSPATH` or `-D`).
    fn has_class_path(&self) -> bool {
        self.vm_options
            .iter()
            .any(|option| option.starts_with("-Djava.class.path="))
    }

    /// Sets the launch mode; after `--source`, another entry point is an error.
    fn set_mode(&mut self, mode: LaunchMode, arg: &str) -> Result<(), Exit> {
        if self.mode == LaunchMode::Source {
            return Err(Exit::error(format!(
                "Error: Option {arg} is not allowed with --source"
            )));
        }
        self.mode = mode;
        Ok(())
    }
}

fn requires(message: &str, arg: &str) -> Exit {
    Exit::error(format!("Error: {arg} {message}"))
}

/// Parses the expanded command line (without `argv[0]`). `class_path_env` is the value of
/// `CLASSPATH`, the class path when no option gives one.
pub fn parse(args: &[String], class_path_env: Option<&str>) -> Result<Parsed, Exit> {
    let mut out = LauncherArgs::new();
    if let Some(class_path) = class_path_env {
        out.set_class_path(class_path);
    }
    let mut index = 0;
    while index < args.len() && args[index].starts_with('-') {
        let (opt, used) = next_option(&args[index..]);
        index += used;
        let remaining = args.len() - index;
        let arg = opt.arg;
        let has_value = opt.value.is_some_and(|value| !value.is_empty());
        match arg {
            "-jar" => {
                if remaining < 1 {
                    out.usage_error = Some(format!("Error: {arg} requires jar file specification"));
                    out.print_usage = true;
                    out.exit_status = 1;
                    return Ok(Parsed::Launch(Box::new(out)));
                }
                out.set_mode(LaunchMode::Jar, arg)?;
                continue;
            }
            "--module" | "-m" => {}
            _ if arg.starts_with("--module=") => {}
            "--source" => {}
            _ if arg.starts_with("--source=") => {}
            _ if is_class_path_option(arg) || arg.starts_with("--class-path=") => {
                let value = opt
                    .value
                    .ok_or_else(|| requires("requires class path specification", arg))?;
                out.set_class_path(value);
                if out.mode != LaunchMode::Source {
                    out.mode = LaunchMode::Class;
                }
                continue;
            }
            "--java-home" => {}
            _ if arg.starts_with("--java-home=") => {}
            "--list-modules" => {
                out.module_reports.list_modules = true;
                continue;
            }
            "--show-resolved-modules" => {
                out.module_reports.show_resolved_modules = true;
                continue;
            }
            "--validate-modules" => {
                out.vm_options
                    .push("-Djdk.module.validation=true".to_string());
                out.validate_modules = true;
                continue;
            }
            "--describe-module" | "-d" => {}
            _ if arg.starts_with("--describe-module=") => {}
            _ => {
                if handle_other_option(&mut out, &opt, has_value)? {
                    return Ok(Parsed::Launch(Box::new(out)));
                }
                if let Some(stream) = full_version(arg) {
                    return Ok(Parsed::FullVersion(stream));
                }
                continue;
            }
        }
        // The launcher options with a value, other than the class path.
        let name = arg.split('=').next().unwrap_or(arg);
        let value = opt.value.unwrap_or_default();
        match name {
            "--module" | "-m" => {
                if !has_value {
                    return Err(requires("requires module name", arg));
                }
                out.vm_options.push(format!(
                    "-Djdk.module.main={}",
                    value.split('/').next().unwrap_or(value)
                ));
                out.set_mode(LaunchMode::Module, arg)?;
                out.what = Some(value.to_string());
                out.app_args = args[index..].to_vec();
                return Ok(Parsed::Launch(Box::new(out)));
            }
            "--source" => {
                if !has_value {
                    return Err(requires("requires source version", arg));
                }
                out.mode = LaunchMode::Source;
                out.source_version = Some(value.to_string());
                out.vm_options
                    .push(format!("-Djdk.internal.javac.source={value}"));
            }
            "--java-home" => {
                if !has_value {
                    return Err(requires("requires JDK directory specification", arg));
                }
                out.java_home = Some(value.to_string());
            }
            _ => {
                // --describe-module / -d
                let module = opt
                    .value
                    .ok_or_else(|| requires("requires module name", arg))?;
                out.module_reports.describe_module = Some(module.to_string());
            }
        }
    }
    finish(out, args, index)
}

/// After the options: the main class (or jar, or source file) and the program's arguments.
fn finish(mut out: LauncherArgs, args: &[String], index: usize) -> Result<Parsed, Exit> {
    match args.get(index) {
        None => {
            let reports = &out.module_reports;
            if !reports.list_modules && reports.describe_module.is_none() && !out.validate_modules {
                out.exit_status = 1;
            }
        }
        Some(what) => {
            if out.mode == LaunchMode::Unknown {
                if !out.has_class_path() {
                    out.set_class_path(".");
                }
                out.mode = if is_source_file(what) {
                    LaunchMode::Source
                } else {
                    LaunchMode::Class
                };
            } else if out.mode == LaunchMode::Class && is_source_file(what) {
                out.mode = LaunchMode::Source;
            }
            out.what = Some(what.clone());
            out.app_args = args[index + 1..].to_vec();
        }
    }
    if out.mode == LaunchMode::Jar
        && let Some(jar) = out.what.clone()
    {
        out.set_class_path(&jar);
    }
    if out.mode == LaunchMode::Source {
        // The JDK's source launcher (javac in memory) is the main class; the source file is
        // its first argument.
        out.vm_options.push("--add-modules=ALL-DEFAULT".to_string());
        if let Some(file) = out.what.replace(SOURCE_LAUNCHER_MAIN.to_string()) {
            out.app_args.insert(0, file);
        }
    }
    Ok(Parsed::Launch(Box::new(out)))
}

/// `-fullversion` (stderr) and `--full-version` (stdout).
fn full_version(arg: &str) -> Option<Stream> {
    match arg {
        "-fullversion" => Some(Stream::Stderr),
        "--full-version" => Some(Stream::Stdout),
        _ => None,
    }
}

/// The options that are not launcher options with a value. Returns `Ok(true)` when option
/// processing stops here (help and version).
fn handle_other_option(
    out: &mut LauncherArgs,
    opt: &Opt<'_>,
    has_value: bool,
) -> Result<bool, Exit> {
    let arg = opt.arg;
    if has_value {
        // White-space module options and `--name=value` options go to the VM.
        match opt.kind {
            OptKind::VmLong => out.vm_options.push(arg.to_string()),
            OptKind::VmLongWithArgument => {
                out.vm_options
                    .push(format!("{}={}", opt.name, opt.value.unwrap_or_default()))
            }
            OptKind::Launcher => {}
        }
        return Ok(false);
    }
    if matches!(arg, "--module-path" | "-p" | "--upgrade-module-path") {
        return Err(requires("requires module path specification", arg));
    }
    if is_module_option(arg) || is_long_form_module_option(arg) {
        return Err(requires("requires modules to be specified", arg));
    }
    match arg {
        "-help" | "-h" | "-?" => {
            out.print_usage = true;
            return Ok(true);
        }
        "--help" => {
            out.print_usage = true;
            out.print_to = Stream::Stdout;
            return Ok(true);
        }
        "-version" => {
            out.print_version = true;
            return Ok(true);
        }
        "--version" => {
            out.print_version = true;
            out.print_to = Stream::Stdout;
            return Ok(true);
        }
        "-showversion" => out.show_version = true,
        "--show-version" => {
            out.show_version = true;
            out.print_to = Stream::Stdout;
        }
        "--dry-run" => out.dry_run = true,
        "-X" => {
            out.print_extra_usage = true;
            return Ok(true);
        }
        "--help-extra" => {
            out.print_extra_usage = true;
            out.print_to = Stream::Stdout;
            return Ok(true);
        }
        _ if arg == "-XshowSettings" || arg.starts_with("-XshowSettings:") => {
            out.show_settings = Some(arg.to_string());
        }
        "-Xdiag" => out
            .vm_options
            .push("-Dsun.java.launcher.diag=true".to_string()),
        "--show-module-resolution" => out
            .vm_options
            .push("-Djdk.module.showModuleResolution=true".to_string()),
        "-fullversion" | "--full-version" => {}
        // The launcher's old spellings of VM options.
        "-verbosegc" => out.vm_options.push("-verbose:gc".to_string()),
        "-t" => out.vm_options.push("-Xt".to_string()),
        "-tm" => out.vm_options.push("-Xtm".to_string()),
        "-debug" => out.vm_options.push("-Xdebug".to_string()),
        "-noclassgc" => out.vm_options.push("-Xnoclassgc".to_string()),
        "-Xfuture" => {
            out.warnings.push(
                "Warning: -Xfuture option is deprecated and may be removed in a future release."
                    .to_string(),
            );
            out.vm_options.push("-Xverify:all".to_string());
        }
        "-verify" => out.vm_options.push("-Xverify:all".to_string()),
        "-verifyremote" => out.vm_options.push("-Xverify:remote".to_string()),
        "-noverify" => out.vm_options.push("-Xverify:none".to_string()),
        _ if ["-ss", "-oss", "-ms", "-mx"]
            .iter()
            .any(|prefix| arg.starts_with(prefix)) =>
        {
            out.vm_options.push(format!("-X{}", &arg[1..]));
        }
        "-checksource" | "-cs" | "-noasyncgc" => {
            out.warnings
                .push(format!("Warning: {arg} option is no longer supported."));
        }
        _ if arg.starts_with("-splash:") => {}
        _ => out.vm_options.push(arg.to_string()),
    }
    Ok(false)
}

#[cfg(test)]
mod tests;
