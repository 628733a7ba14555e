//! The benchmark suite and start-up on Cortado against HotSpot 17, in the same run.
//!
//! Builds Cortado in release mode, compiles the programs with `javac`, then runs every
//! program on each VM in alternation (A B A B ...), `--runs` times, and prints per program the
//! median wall time, CPU time and peak RSS of each VM with Cortado's ratios to each baseline
//! and their geometric means; the same figures go to CSV, JSON and an SVG chart under
//! `benches/results/`.
//!
//! `cargo run --release -p benches --bin compare -- [--mode xint|jit] [--runs N] ...`
//! (`--help` lists every option).

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use benches::measure::{self, Sample};
use benches::output::{self, RunInfo};
use benches::results::{Kind, Row, VmRuns};
use benches::suite::{self, Program};
use benches::{callgrind, svg};
use runtime::java_home::JavaHome;

const USAGE: &str = "usage: compare [options]
  --mode xint|jit     xint (default): cortado -Xint against java -Xint;
                      jit: cortado against java and java -XX:TieredStopAtLevel=1
  --runs N            runs per program and VM, alternating (default 5)
  --reps N            pass N to every suite program as its repetition count (default: each
                      program's own, calibrated to 1-2 s of CPU on java -Xint)
  --filter A,B        only these suite programs
  --no-startup        skip the start-up measurements (Hello World, 500 classes)
  --startup-only      only the start-up measurements
  --callgrind         also count Cortado's instructions per suite program under valgrind
                      (one repetition each; slow)
  --no-build          do not run `cargo build --release -p cortado` first
  --timeout SECS      wall-clock limit per run (default 600)
  --out DIR           where results go (default benches/results)
  --java-home DIR     the HotSpot 17 to compare with (default: discovered as cortado does)";

/// The command line.
struct Options {
    mode: String,
    runs: usize,
    reps: Option<u32>,
    filter: Vec<String>,
    suite: bool,
    startup: bool,
    callgrind: bool,
    build: bool,
    timeout: Duration,
    out: Option<PathBuf>,
    java_home: Option<PathBuf>,
}

fn parse_args(args: &[String]) -> Result<Options, String> {
    let mut o = Options {
        mode: "xint".into(),
        runs: 5,
        reps: None,
        filter: Vec::new(),
        suite: true,
        startup: true,
        callgrind: false,
        build: true,
        timeout: Duration::from_secs(600),
        out: None,
        java_home: None,
    };
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        let mut value = |name: &str| it.next().cloned().ok_or(format!("{name} needs a value"));
        let number = |text: String| {
            text.parse::<u64>()
                .map_err(|_| format!("not a number: {text}"))
        };
        match arg.as_str() {
            "--mode" => o.mode = value("--mode")?,
            "--runs" => o.runs = number(value("--runs")?)? as usize,
            "--reps" => {
                o.reps = Some(u32::try_from(number(value("--reps")?)?).map_err(|e| e.to_string())?)
            }
            "--filter" => {
                o.filter = value("--filter")?.split(',').map(str::to_string).collect();
            }
            "--no-startup" => o.startup = false,
            "--startup-only" => o.suite = false,
            "--callgrind" => o.callgrind = true,
            "--no-build" => o.build = false,
            "--timeout" => o.timeout = Duration::from_secs(number(value("--timeout")?)?),
            "--out" => o.out = Some(value("--out")?.into()),
            "--java-home" => o.java_home = Some(value("--java-home")?.into()),
            "--help" | "-h" => return Err(String::new()),
            other => return Err(format!("unknown option {other}")),
        }
    }
    if !matches!(o.mode.as_str(), "xint" | "jit") {
        return Err(format!("unknown mode {}", o.mode));
    }
    if o.runs == 0 {
        return Err("--runs must be at least 1".into());
    }
    Ok(o)
}

/// A VM to run programs on: a label, the executable and its options.
struct Vm {
    label: String,
    executable: PathBuf,
    options: Vec<String>,
}

impl Vm {
    fn new(executable: &Path, options: &[&str]) -> Vm {
        let name = executable
            .file_name()
            .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
        let label = std::iter::once(name)
            .chain(options.iter().map(|o| o.to_string()))
            .collect::<Vec<_>>()
            .join(" ");
        Vm {
            label,
            executable: executable.to_path_buf(),
            options: options.iter().map(|o| o.to_string()).collect(),
        }
    }

    /// The arguments that run `program` (after the executable).
    fn args(&self, program: &Program, reps: Option<u32>) -> Vec<String> {
        let mut args = self.options.clone();
        args.push("-cp".into());
        args.push(program.classes.to_string_lossy().into_owned());
        args.push(program.name.clone());
        if program.kind == Kind::Suite
            && let Some(reps) = reps
        {
            args.push(reps.to_string());
        }
        args
    }
}

/// Runs `program` `runs` times on each of `vms` in alternation.
fn measure_program(program: &Program, vms: &[Vm], options: &Options, scratch: &Path) -> Row {
    let mut all: Vec<VmRuns> = vms
        .iter()
        .map(|vm| VmRuns {
            vm: vm.label.clone(),
            samples: Vec::new(),
            failure: None,
        })
        .collect();
    for run in 1..=options.runs {
        for (vm, runs) in vms.iter().zip(all.iter_mut()) {
            if runs.failure.is_some() {
                continue;
            }
            let mut command = Command::new(&vm.executable);
            command.args(vm.args(program, options.reps));
            match measure::run(&mut command, scratch, options.timeout) {
                Ok(outcome) if program.passed(outcome.status, &outcome.stdout) => {
                    report_progress(program, &vm.label, run, options.runs, &outcome.sample);
                    runs.samples.push(outcome.sample);
                }
                Ok(outcome) => {
                    let text = if outcome.stderr.trim().is_empty() {
                        outcome.stdout
                    } else {
                        outcome.stderr
                    };
                    let first = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
                    let first: String = first.chars().take(160).collect();
                    runs.failure = Some(format!("exit {}: {first}", outcome.status));
                    eprintln!("  {} on {}: {}", program.name, vm.label, runs.status());
                }
                Err(error) => {
                    runs.failure = Some(error);
                    eprintln!("  {} on {}: {}", program.name, vm.label, runs.status());
                }
            }
        }
    }
    Row {
        kind: program.kind,
        program: program.name.clone(),
        vms: all,
        instructions: None,
    }
}

fn report_progress(program: &Program, vm: &str, run: usize, runs: usize, s: &Sample) {
    eprintln!(
        "  {:<14} {:<28} run {run}/{runs}: wall {:>8.1} ms  cpu {:>8.1} ms  RSS {:>7.1} MiB",
        program.name,
        vm,
        s.wall_ms,
        s.cpu_ms,
        s.peak_rss_kib as f64 / 1024.0
    );
}

/// `git rev-parse --short HEAD` in `repo`, or `unknown`.
fn commit(repo: &Path) -> String {
    Command::new("git")
        .arg("-C")
        .arg(repo)
        .args(["rev-parse", "--short", "HEAD"])
        .output()
        .ok()
        .filter(|o| o.status.success())
        .map_or_else(
            || "unknown".into(),
            |o| String::from_utf8_lossy(&o.stdout).trim().to_string(),
        )
}

fn build_cortado(repo: &Path) -> Result<(), String> {
    eprintln!("building cortado (cargo build --release -p cortado)");
    let status = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
        .current_dir(repo)
        .args(["build", "--release", "-p", "cortado"])
        .status()
        .map_err(|e| format!("cannot run cargo: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err("cargo build --release -p cortado failed".into())
    }
}

fn run(options: &Options) -> Result<(), String> {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .ok_or("no repository directory")?
        .to_path_buf();
    let home = JavaHome::discover(options.java_home.as_deref()).map_err(|e| e.to_string())?;
    let java = home.root().join("bin/java");
    let javac = home.root().join("bin/javac");
    if options.build {
        build_cortado(&repo)?;
    }
    let cortado = repo.join("target/release/cortado");
    if !cortado.exists() {
        return Err(format!("{} is missing", cortado.display()));
    }
    let started = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_err(|e| e.to_string())?
        .as_secs();
    let started = output::utc_iso(started);
    // Everything of this run in its own directory, so that two runs at once do not clash.
    let work = repo
        .join("benches/out")
        .join(format!("run-{}", std::process::id()));
    eprintln!("compiling the programs with {}", javac.display());
    let programs = suite::prepare(&javac, &repo, &work, &options.filter, options.startup)?;
    let programs: Vec<Program> = programs
        .into_iter()
        .filter(|p| options.suite || p.kind == Kind::Startup)
        .collect();
    let suite_vms = if options.mode == "xint" {
        vec![Vm::new(&cortado, &["-Xint"]), Vm::new(&java, &["-Xint"])]
    } else {
        vec![
            Vm::new(&cortado, &[]),
            Vm::new(&java, &[]),
            Vm::new(&java, &["-XX:TieredStopAtLevel=1"]),
        ]
    };
    let startup_vms = vec![Vm::new(&cortado, &[]), Vm::new(&java, &[])];
    let scratch = work.join("scratch");
    std::fs::create_dir_all(&scratch).map_err(|e| e.to_string())?;
    let mut rows = Vec::new();
    for program in &programs {
        eprintln!("{}", program.name);
        let vms = match program.kind {
            Kind::Suite => &suite_vms,
            Kind::Startup => &startup_vms,
        };
        let mut row = measure_program(program, vms, options, &scratch);
        if options.callgrind && program.kind == Kind::Suite && row.vms[0].failure.is_none() {
            let args = suite_vms[0].args(program, Some(options.reps.unwrap_or(1)));
            let out_file = scratch.join(format!("callgrind.{}.out", program.name));
            match callgrind::count(&cortado, &args, &out_file) {
                Ok(n) => {
                    eprintln!("  {} instructions (callgrind, {})", n, out_file.display());
                    row.instructions = Some(n);
                }
                Err(e) => eprintln!("  callgrind: {e}"),
            }
        }
        rows.push(row);
    }
    println!(
        "\nCortado ({}) against HotSpot {}, mode {}, {} runs each, alternating; ratio = cortado / baseline",
        commit(&repo),
        home.root().display(),
        options.mode,
        options.runs
    );
    print!("{}", output::table(&rows));
    if options.callgrind {
        println!("callgrind profiles kept in {}", scratch.display());
    } else {
        let _ = std::fs::remove_dir_all(&work);
    }
    let results = options
        .out
        .clone()
        .unwrap_or_else(|| repo.join("benches/results"));
    std::fs::create_dir_all(&results).map_err(|e| format!("{}: {e}", results.display()))?;
    let stem = format!("{}-{}", options.mode, started.replace([':', '-'], ""));
    let info = RunInfo {
        mode: &options.mode,
        started: &started,
        runs: options.runs,
        reps: options.reps,
        commit: &commit(&repo),
    };
    let title = format!(
        "Cortado / HotSpot, mode {}, {} ({} runs, medians)",
        options.mode, started, options.runs
    );
    let files = [
        (format!("{stem}.csv"), output::csv(&rows)),
        (format!("{stem}.json"), output::json(&info, &rows)),
        (format!("{stem}.svg"), svg::chart(&title, &rows)),
    ];
    for (name, text) in files {
        let path = results.join(name);
        std::fs::write(&path, text).map_err(|e| format!("{}: {e}", path.display()))?;
        println!("wrote {}", path.display());
    }
    Ok(())
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let options = match parse_args(&args) {
        Ok(o) => o,
        Err(error) => {
            if !error.is_empty() {
                eprintln!("compare: {error}");
            }
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    match run(&options) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("compare: {error}");
            ExitCode::FAILURE
        }
    }
}
