//! Start-up of Hello World on Cortado against HotSpot in the same run: the two VMs alternate
//! (A B A B ...), and the median wall time and peak RSS of each are reported with their ratio,
//! plus how many classes each loads and how many bytecodes Cortado's interpreter executes to
//! boot and run it.
//!
//! `cargo build --release && cargo run --release -p benches --bin startup [-- --runs N]`
//! (it runs `target/release/cortado`; peak RSS comes from GNU `time`, `/usr/bin/time`).

use std::path::Path;
use std::process::{Command, ExitCode, Stdio};
use std::time::Instant;

use runtime::java_home::JavaHome;

/// One measured run of a VM.
#[derive(Clone, Copy)]
struct Sample {
    wall_ms: f64,
    peak_rss_kib: u64,
}

/// Runs `command` once under `/usr/bin/time` and measures it; the program must print exactly
/// `expected`.
fn measure(mut command: Command, expected: &str, scratch: &Path) -> Result<Sample, String> {
    let rss_file = scratch.join("rss");
    let started = Instant::now();
    let output = command
        .stdin(Stdio::null())
        .output()
        .map_err(|e| format!("cannot run: {e}"))?;
    let wall_ms = started.elapsed().as_secs_f64() * 1e3;
    let stdout = String::from_utf8_lossy(&output.stdout);
    if !output.status.success() || stdout != expected {
        return Err(format!(
            "unexpected result {:?}: {stdout}{}",
            output.status,
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    let peak_rss_kib = std::fs::read_to_string(&rss_file)
        .map_err(|e| format!("no RSS figure: {e}"))?
        .trim()
        .parse()
        .map_err(|e| format!("bad RSS figure: {e}"))?;
    Ok(Sample {
        wall_ms,
        peak_rss_kib,
    })
}

/// `/usr/bin/time -f %M -o <scratch>/rss <vm> -cp <classes> Hello`.
fn timed(vm: &Path, classes: &Path, scratch: &Path, extra: &[&str]) -> Command {
    let mut command = Command::new("/usr/bin/time");
    command
        .arg("-f")
        .arg("%M")
        .arg("-o")
        .arg(scratch.join("rss"))
        .arg(vm)
        .args(extra)
        .arg("-cp")
        .arg(classes)
        .arg("Hello");
    command
}

fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(f64::total_cmp);
    values[values.len() / 2]
}

/// Classes HotSpot loads for Hello World (`-verbose:class` lines).
fn hotspot_classes(java: &Path, classes: &Path) -> Result<usize, String> {
    let output = Command::new(java)
        .arg("-verbose:class")
        .arg("-cp")
        .arg(classes)
        .arg("Hello")
        .output()
        .map_err(|e| e.to_string())?;
    let text = String::from_utf8_lossy(&output.stdout);
    Ok(text.lines().filter(|l| l.contains("[class,load]")).count())
}

/// Classes Cortado loads for Hello World and the bytecodes its main thread executes (boot
/// included), from a VM in this process (its runtime is built with `bytecode-count`).
fn cortado_classes(classes: &Path, java_home: &Path) -> Result<(usize, u64), String> {
    let vm = runtime::Vm::builder()
        .java_home(java_home)
        .class_path(classes.to_string_lossy().into_owned())
        .natives(stdlib_native::register)
        .build()
        .map_err(|e| format!("{e:?}"))?;
    // Launched as the launcher does (initPhase1..3, LauncherHelper); Hello prints through
    // System.out, so this process's stdout gets the line.
    let status = vm.launch("Hello", &[]);
    if status != 0 {
        return Err(format!("Hello exited with status {status}"));
    }
    let bytecodes = vm
        .bytecodes_executed()
        .ok_or("the runtime is built without bytecode-count")?;
    Ok((vm.state().loaded_classes().len(), bytecodes))
}

fn run(runs: usize) -> Result<(), String> {
    let home = JavaHome::discover(None).map_err(|e| e.to_string())?;
    let java = home.root().join("bin/java");
    let repo = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let cortado = repo.join("target/release/cortado");
    if !cortado.exists() {
        return Err(format!(
            "{} is missing: run `cargo build --release` first",
            cortado.display()
        ));
    }
    let scratch = std::env::temp_dir().join(format!("cortado-startup-{}", std::process::id()));
    let classes = scratch.join("classes");
    std::fs::create_dir_all(&classes).map_err(|e| e.to_string())?;
    let javac = Command::new(home.root().join("bin/javac"))
        .arg("-d")
        .arg(&classes)
        .arg(repo.join("examples/Hello.java"))
        .status()
        .map_err(|e| e.to_string())?;
    if !javac.success() {
        return Err("javac failed".into());
    }
    let expected = "Hello from Cortado\n";
    let (mut ours, mut theirs) = (Vec::new(), Vec::new());
    for _ in 0..runs {
        ours.push(measure(
            timed(&cortado, &classes, &scratch, &[]),
            expected,
            &scratch,
        )?);
        theirs.push(measure(
            timed(&java, &classes, &scratch, &[]),
            expected,
            &scratch,
        )?);
    }
    let report = |name: &str, samples: &[Sample]| -> (f64, f64) {
        let wall = median(samples.iter().map(|s| s.wall_ms).collect());
        let rss = median(samples.iter().map(|s| s.peak_rss_kib as f64).collect()) / 1024.0;
        println!("{name:<10} median wall {wall:>7.1} ms   median peak RSS {rss:>6.1} MiB");
        (wall, rss)
    };
    println!("Hello World, {runs} runs each, alternating");
    let (our_wall, our_rss) = report("cortado", &ours);
    let (their_wall, their_rss) = report("java", &theirs);
    println!(
        "ratio      wall {:.2}x   peak RSS {:.2}x   (cortado / java)",
        our_wall / their_wall,
        our_rss / their_rss
    );
    let (ours, bytecodes) = cortado_classes(&classes, home.root())?;
    let theirs = hotspot_classes(&java, &classes)?;
    println!("classes loaded: cortado {ours}, java {theirs}");
    println!("bytecodes executed by cortado's main thread (boot and Hello): {bytecodes}");
    let _ = std::fs::remove_dir_all(&scratch);
    Ok(())
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let runs = match args.as_slice() {
        [] => 11,
        [flag, n] if flag == "--runs" => match n.parse::<usize>() {
            Ok(n) if n > 0 => n,
            _ => 0,
        },
        _ => 0,
    };
    if runs == 0 {
        eprintln!("usage: startup [--runs N]");
        return ExitCode::from(2);
    }
    match run(runs) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("startup: {error}");
            ExitCode::FAILURE
        }
    }
}
