//! `java`'s command line on Cortado.
//!
//! The steps follow the JDK launcher and HotSpot, so that messages come in the same order:
//!
//! 1. [`argfile`]: `JDK_JAVA_OPTIONS` and `@argfiles` are expanded;
//! 2. [`jar`]: with `-jar`, the jar must be readable and have a manifest;
//! 3. [`launcher_args`]: the launcher's options (entry point, class path, print-and-exit);
//! 4. [`vm_options`]: "creating the VM": the VM options are read and checked, and the JDK
//!    whose class library Cortado runs is found;
//! 5. the version and usage texts;
//! 6. running the program ([`execute`]): the VM boots (with `-p`/`-m`/`--add-modules`, the
//!    JDK's `ModuleBootstrap` puts the application modules in the boot layer), the JDK's
//!    `LauncherHelper` prints the module reports (`--list-modules`, `--describe-module`,
//!    `--show-resolved-modules`), loads and checks the main class (a jar's `Main-Class`, a
//!    module's `ModuleMainClass`) with its own messages, and `main` runs; `--dry-run` stops
//!    after the check. A single-file source-code program runs javac's source launcher
//!    ([`launcher_args::SOURCE_LAUNCHER_MAIN`]) with the file as its first argument.

pub mod argfile;
pub mod class_path;
mod execute;
pub mod exit;
mod help;
pub mod jar;
pub mod launcher_args;
pub mod sizes;
pub mod version;
pub mod vm_options;
pub mod xx_flags;

use std::io::Write;
use std::path::Path;

use runtime::java_home::JavaHome;

use exit::Exit;
use launcher_args::{LaunchMode, LauncherArgs, Parsed, Stream};
use vm_options::VmOptions;

/// The process environment the launcher reads.
#[derive(Debug, Default)]
pub struct Environment {
    /// `JDK_JAVA_OPTIONS`.
    pub jdk_java_options: Option<String>,
    /// `CLASSPATH`.
    pub class_path: Option<String>,
    /// `JAVA_TOOL_OPTIONS`: VM options read before the command line's.
    pub java_tool_options: Option<String>,
    /// `_JAVA_OPTIONS`: VM options read after the command line's.
    pub java_options: Option<String>,
}

impl Environment {
    /// The current process's environment.
    pub fn current() -> Environment {
        Environment {
            jdk_java_options: std::env::var(argfile::JDK_JAVA_OPTIONS).ok(),
            class_path: std::env::var("CLASSPATH").ok(),
            java_tool_options: std::env::var(vm_options::JAVA_TOOL_OPTIONS).ok(),
            java_options: std::env::var(vm_options::JAVA_OPTIONS).ok(),
        }
    }
}

/// A program ready to run: everything the command line asked for, checked.
#[derive(Debug)]
pub struct Launch {
    /// The launcher's options.
    pub launcher: LauncherArgs,
    /// The VM's options.
    pub vm: VmOptions,
    /// The JDK whose class library runs.
    pub java_home: JavaHome,
    /// How the command line names the program (a main class or a jar), as
    /// `LauncherHelper.checkAndLoadMain` takes it.
    pub kind: runtime::MainKind,
    /// The main class, the jar file or `module[/class]`, as given (the source launcher's
    /// module and class for a source file); empty when only reports were asked for.
    pub what: String,
    /// The program's arguments.
    pub args: Vec<String>,
}

/// What the command line leads to.
#[derive(Debug)]
pub enum Prepared {
    /// Everything was printed already (version, usage); exit with this status.
    Done(i32),
    /// Run the main class.
    Run(Box<Launch>),
}

/// Runs the launcher on `args` (without the program name) and returns the exit status.
pub fn run(args: &[String], env: &Environment) -> i32 {
    match prepare(args, env) {
        Ok(Prepared::Done(status)) => status,
        Ok(Prepared::Run(launch)) => execute::execute(&launch),
        Err(exit) => exit.emit(),
    }
}

fn print(stream: Stream, text: &str) {
    // Nothing can be reported about a closed stream; the exit status still tells.
    let _ = match stream {
        Stream::Stdout => std::io::stdout().lock().write_all(text.as_bytes()),
        Stream::Stderr => std::io::stderr().lock().write_all(text.as_bytes()),
    };
}

fn print_lines(lines: &[String]) {
    for line in lines {
        print(Stream::Stderr, &format!("{line}\n"));
    }
}

/// Does everything `java` does before it calls `main`, printing what it prints on the way
/// (notes, warnings, version, usage); an `Err` is the text and status to end with.
pub fn prepare(args: &[String], env: &Environment) -> Result<Prepared, Exit> {
    let expanded = argfile::expand(args, env.jdk_java_options.as_deref())?;
    if let Some(note) = &expanded.note {
        print(Stream::Stderr, &format!("{note}\n"));
    }
    let args = expanded.args;
    jar::check_jar_operand(&args)?;
    let launcher = match launcher_args::parse(&args, env.class_path.as_deref())? {
        Parsed::Launch(launcher) => launcher,
        Parsed::FullVersion(stream) => {
            let java_home = find_java_home(None)?;
            let long_form = stream == Stream::Stderr;
            print(
                stream,
                &version::full_version_text(java_home.release(), long_form),
            );
            return Ok(Prepared::Done(0));
        }
    };
    print_lines(&launcher.warnings);
    if let Some(error) = &launcher.usage_error {
        print(Stream::Stderr, &format!("{error}\n"));
    }
    let vm = create_vm(&launcher, env)?;
    let java_home = find_java_home(launcher.java_home.as_deref())?;
    after_vm_creation(*launcher, vm, java_home)
}

/// Reads and checks the VM options (`JAVA_TOOL_OPTIONS`, the command line's, `_JAVA_OPTIONS`),
/// printing their notes and warnings.
fn create_vm(launcher: &LauncherArgs, env: &Environment) -> Result<VmOptions, Exit> {
    let mut options = Vec::new();
    let mut trailing = Vec::new();
    for (name, value, target) in [
        (
            vm_options::JAVA_TOOL_OPTIONS,
            &env.java_tool_options,
            &mut options,
        ),
        (vm_options::JAVA_OPTIONS, &env.java_options, &mut trailing),
    ] {
        let Some(value) = value else { continue };
        print(Stream::Stderr, &format!("Picked up {name}: {value}\n"));
        let words = argfile::split_environment_value(value)
            .ok_or_else(|| Exit::vm_rejected(format!("Unmatched quote in {name}\n")))?;
        target.extend(words);
    }
    options.extend(launcher.vm_options.iter().cloned());
    options.append(&mut trailing);
    let vm = VmOptions::parse(&options)?;
    print_lines(&vm.warnings);
    vm.check()?;
    Ok(vm)
}

fn find_java_home(explicit: Option<&str>) -> Result<JavaHome, Exit> {
    JavaHome::discover(explicit.map(Path::new)).map_err(|error| {
        Exit::error(format!(
            "Error: Cortado needs the class library of a JDK 17 (give it with --java-home <dir> or JAVA_HOME): {error}"
        ))
    })
}

fn after_vm_creation(
    launcher: LauncherArgs,
    vm: VmOptions,
    java_home: JavaHome,
) -> Result<Prepared, Exit> {
    if !launcher.reports_first()
        && let Some(status) = version_and_usage(&launcher, &java_home)
    {
        return Ok(Prepared::Done(status));
    }
    let kind = match launcher.mode {
        LaunchMode::Jar => runtime::MainKind::Jar,
        LaunchMode::Module => runtime::MainKind::Module,
        LaunchMode::Source => runtime::MainKind::Source,
        LaunchMode::Class | LaunchMode::Unknown => runtime::MainKind::Class,
    };
    let what = launcher.what.clone().unwrap_or_default();
    let args = launcher.app_args.clone();
    Ok(Prepared::Run(Box::new(Launch {
        launcher,
        vm,
        java_home,
        kind,
        what,
        args,
    })))
}

/// What java.c does between the module reports and the main class: the version
/// (`-version`, `-showversion`), the end of `--validate-modules`, the usage when nothing names
/// a program. `Some(status)` ends the launch.
fn version_and_usage(launcher: &LauncherArgs, java_home: &JavaHome) -> Option<i32> {
    if launcher.print_version || launcher.show_version {
        let long_form = launcher.print_to == Stream::Stderr;
        print(
            launcher.print_to,
            &version::version_text(java_home.release(), long_form),
        );
        if launcher.print_version {
            return Some(0);
        }
    }
    if launcher.validate_modules {
        return Some(0);
    }
    if launcher.what.is_none()
        || launcher.print_usage
        || launcher.print_extra_usage
        || launcher.mode == LaunchMode::Unknown
    {
        let text = if launcher.print_extra_usage {
            help::EXTRA_USAGE
        } else {
            help::USAGE
        };
        print(launcher.print_to, text);
        return Some(launcher.exit_status);
    }
    None
}
