//! Running one VM on one program under a time limit and capturing what it printed.

use std::fmt;
use std::fs::{self, File};
use std::io;
use std::os::unix::process::ExitStatusExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::thread;
use std::time::{Duration, Instant};

/// How a run ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Exit {
    /// The process exited with this status code.
    Code(i32),
    /// The process was killed by this signal (a crash, as far as the harness is concerned).
    Signal(i32),
    /// The process outlived its time limit and was killed.
    TimedOut,
    /// The process wrote more than [`OUTPUT_LIMIT`] bytes to one stream and was killed.
    TooMuchOutput,
}

/// The most one run may write to stdout or to stderr before it is killed (a runaway loop must
/// not fill the disk before its time limit).
pub const OUTPUT_LIMIT: u64 = 16 << 20;

impl fmt::Display for Exit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Exit::Code(code) => write!(f, "exit code {code}"),
            Exit::Signal(signal) => write!(f, "killed by signal {signal}"),
            Exit::TimedOut => write!(f, "timed out"),
            Exit::TooMuchOutput => write!(f, "killed after writing more than {OUTPUT_LIMIT} bytes"),
        }
    }
}

/// What one run printed and how it ended.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outcome {
    /// Everything written to standard output.
    pub stdout: Vec<u8>,
    /// Everything written to standard error.
    pub stderr: Vec<u8>,
    /// How the process ended.
    pub exit: Exit,
}

/// A virtual machine to run programs on: a `java`-compatible launcher and options given first.
#[derive(Clone, Debug)]
pub struct Vm {
    /// A short name for reports (`hotspot`, `cortado`).
    pub name: String,
    /// The launcher executable.
    pub launcher: PathBuf,
    /// Options placed before everything else on the command line.
    pub leading_options: Vec<String>,
}

/// Environment variables that would change what a VM prints (`Picked up ...` lines, class path)
/// and are therefore removed from every run.
const REMOVED_ENV: [&str; 4] = [
    "JAVA_TOOL_OPTIONS",
    "_JAVA_OPTIONS",
    "JDK_JAVA_OPTIONS",
    "CLASSPATH",
];

/// Fixed locale and time zone so that output encoding and dates do not depend on the machine.
const FIXED_ENV: [(&str, &str); 3] = [("LC_ALL", "C.UTF-8"), ("LANG", "C.UTF-8"), ("TZ", "UTC")];

/// Runs `vm` with `arguments` in the fresh directory `dir` (created; its previous content is
/// removed), killing it after `timeout`. Standard input is empty; standard output and error go
/// to files beside `dir` so that nothing blocks on a full pipe.
pub fn run(vm: &Vm, arguments: &[String], dir: &Path, timeout: Duration) -> io::Result<Outcome> {
    run_with_files(vm, arguments, dir, None, timeout)
}

/// [`run`], with the files of the directory `files` (when given) copied into `dir` first.
pub fn run_with_files(
    vm: &Vm,
    arguments: &[String],
    dir: &Path,
    files: Option<&Path>,
    timeout: Duration,
) -> io::Result<Outcome> {
    if dir.exists() {
        fs::remove_dir_all(dir)?;
    }
    fs::create_dir_all(dir)?;
    if let Some(files) = files {
        crate::extras::copy_tree(files, dir)?;
    }
    let stdout_path = with_suffix(dir, ".stdout");
    let stderr_path = with_suffix(dir, ".stderr");
    let mut command = Command::new(&vm.launcher);
    command
        .args(&vm.leading_options)
        .args(arguments)
        .current_dir(dir)
        .stdin(Stdio::null())
        .stdout(File::create(&stdout_path)?)
        .stderr(File::create(&stderr_path)?);
    for name in REMOVED_ENV {
        command.env_remove(name);
    }
    command.envs(FIXED_ENV);
    let mut child = command.spawn().map_err(|error| {
        io::Error::new(error.kind(), format!("{}: {error}", vm.launcher.display()))
    })?;
    let start = Instant::now();
    let mut pause = Duration::from_millis(1);
    let exit = loop {
        if let Some(status) = child.try_wait()? {
            break match (status.code(), status.signal()) {
                (Some(code), _) => Exit::Code(code),
                (None, Some(signal)) => Exit::Signal(signal),
                (None, None) => Exit::Code(-1),
            };
        }
        if start.elapsed() >= timeout {
            child.kill()?;
            child.wait()?;
            break Exit::TimedOut;
        }
        let written = |path: &Path| fs::metadata(path).map_or(0, |meta| meta.len());
        if written(&stdout_path).max(written(&stderr_path)) > OUTPUT_LIMIT {
            child.kill()?;
            child.wait()?;
            break Exit::TooMuchOutput;
        }
        thread::sleep(pause);
        pause = (pause * 2).min(Duration::from_millis(20));
    };
    let outcome = Outcome {
        stdout: fs::read(&stdout_path)?,
        stderr: fs::read(&stderr_path)?,
        exit,
    };
    fs::remove_file(&stdout_path)?;
    fs::remove_file(&stderr_path)?;
    fs::remove_dir_all(dir)?;
    Ok(outcome)
}

/// `path` with `suffix` appended to its last component (unlike `with_extension`, which would
/// replace the part after a dot in names such as `org.example.Main`).
pub fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_os_string();
    name.push(suffix);
    PathBuf::from(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shell(script: &str) -> (Vm, Vec<String>) {
        let vm = Vm {
            name: "sh".into(),
            launcher: "/bin/sh".into(),
            leading_options: vec!["-c".into()],
        };
        (vm, vec![script.to_string()])
    }

    fn scratch(name: &str) -> PathBuf {
        std::env::temp_dir().join(format!(
            "conformance-run-test-{}-{name}",
            std::process::id()
        ))
    }

    #[test]
    fn captures_output_exit_code_and_environment() {
        let (vm, args) =
            shell("echo out; echo err >&2; echo \"$LC_ALL $TZ $JAVA_TOOL_OPTIONS\"; exit 3");
        let outcome = run(&vm, &args, &scratch("capture"), Duration::from_secs(10)).unwrap();
        assert_eq!(
            String::from_utf8_lossy(&outcome.stdout),
            "out\nC.UTF-8 UTC \n"
        );
        assert_eq!(outcome.stderr, b"err\n");
        assert_eq!(outcome.exit, Exit::Code(3));
    }

    #[test]
    fn runs_in_a_fresh_directory_and_removes_it() {
        let dir = scratch("fresh");
        let (vm, args) = shell("ls; touch left-over");
        let first = run(&vm, &args, &dir, Duration::from_secs(10)).unwrap();
        assert_eq!(first.stdout, b"");
        assert!(!dir.exists());
    }

    #[test]
    fn suffixes_keep_dotted_names() {
        let path = with_suffix(Path::new("cache/org.example.Main-1f"), ".exit");
        assert_eq!(path, Path::new("cache/org.example.Main-1f.exit"));
    }

    #[test]
    fn copies_the_files_into_the_working_directory() {
        let files = scratch("files-source");
        fs::create_dir_all(files.join("sub")).unwrap();
        fs::write(files.join("sub/data.txt"), "data").unwrap();
        let (vm, args) = shell("cat sub/data.txt");
        let outcome = run_with_files(
            &vm,
            &args,
            &scratch("files"),
            Some(&files),
            Duration::from_secs(10),
        )
        .unwrap();
        assert_eq!(outcome.stdout, b"data");
        fs::remove_dir_all(&files).unwrap();
    }

    #[test]
    fn kills_after_the_time_limit() {
        let (vm, args) = shell("exec sleep 20");
        let start = Instant::now();
        let outcome = run(&vm, &args, &scratch("timeout"), Duration::from_millis(200)).unwrap();
        assert_eq!(outcome.exit, Exit::TimedOut);
        assert!(start.elapsed() < Duration::from_secs(10));
    }

    #[test]
    fn kills_runaway_output() {
        let (vm, args) = shell("exec yes");
        let outcome = run(&vm, &args, &scratch("runaway"), Duration::from_secs(60)).unwrap();
        assert_eq!(outcome.exit, Exit::TooMuchOutput);
        assert!(outcome.stdout.len() as u64 > OUTPUT_LIMIT);
    }

    #[test]
    fn reports_signals() {
        let (vm, args) = shell("kill -SEGV $$");
        let outcome = run(&vm, &args, &scratch("signal"), Duration::from_secs(10)).unwrap();
        assert_eq!(outcome.exit, Exit::Signal(11));
        assert_eq!(outcome.exit.to_string(), "killed by signal 11");
    }
}
