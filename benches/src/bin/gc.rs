//! The collector's benchmarks (`cargo run --release -p benches --bin gc`): binary-trees
//! (depth 18) and an allocation-rate microbenchmark on Cortado, on `java -XX:+UseSerialGC`
//! and on default `java` (G1), all with the same `-Xmx`, plus `java -Xint -XX:+UseSerialGC`
//! (the interpreter-to-interpreter reference). Reports the median wall time and peak RSS of
//! `--runs` runs and, from `-Xlog:gc`, the number of young and other pauses with the longest
//! and median pause, and Cortado's ratios to Serial.
//!
//! Options: `--xmx <size>` (default 256m), `--xmn <size>` (the young generation of every VM,
//! default 64m: the pause target is for a 64 MB nursery), `--runs <n>` (default 3), `--depth <n>`
//! (default 18), `--millions <n>` (allocation-rate size, default 50), `--no-build`.

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};
use std::time::Duration;

use benches::gclog::Pauses;
use benches::measure;
use benches::stats::median;
use runtime::java_home::JavaHome;

struct Options {
    xmx: String,
    xmn: String,
    runs: usize,
    depth: u32,
    millions: u32,
    build: bool,
}

fn parse(args: &[String]) -> Result<Options, String> {
    let mut o = Options {
        xmx: "256m".into(),
        xmn: "64m".into(),
        runs: 3,
        depth: 18,
        millions: 50,
        build: true,
    };
    let mut it = args.iter();
    while let Some(a) = it.next() {
        let mut value = |name: &str| it.next().cloned().ok_or(format!("{name} needs a value"));
        match a.as_str() {
            "--xmx" => o.xmx = value("--xmx")?,
            "--xmn" => o.xmn = value("--xmn")?,
            "--runs" => {
                o.runs = value("--runs")?
                    .parse()
                    .map_err(|e| format!("--runs: {e}"))?
            }
            "--depth" => {
                o.depth = value("--depth")?
                    .parse()
                    .map_err(|e| format!("--depth: {e}"))?
            }
            "--millions" => {
                o.millions = value("--millions")?
                    .parse()
                    .map_err(|e| format!("--millions: {e}"))?
            }
            "--no-build" => o.build = false,
            other => return Err(format!("unknown option {other}")),
        }
    }
    Ok(o)
}

/// One VM configuration.
struct Vm {
    label: &'static str,
    program: PathBuf,
    options: Vec<String>,
}

/// The medians of one (program, VM) pair.
struct Row {
    wall_ms: f64,
    rss_mib: f64,
    pauses: Pauses,
}

fn measure_one(vm: &Vm, classes: &Path, main: &str, arg: &str, runs: usize) -> Result<Row, String> {
    let scratch = std::env::temp_dir().join(format!("cortado-gc-bench-{}", std::process::id()));
    std::fs::create_dir_all(&scratch).map_err(|e| e.to_string())?;
    let mut walls = Vec::new();
    let mut rss = Vec::new();
    let mut pauses = Pauses::default();
    for _ in 0..runs {
        let mut command = Command::new(&vm.program);
        command
            .args(&vm.options)
            .arg("-Xlog:gc")
            .arg("-cp")
            .arg(classes)
            .arg(main)
            .arg(arg);
        let outcome = measure::run(&mut command, &scratch, Duration::from_secs(600))?;
        if outcome.status != 0 {
            return Err(format!(
                "{} {main} failed ({}): {}",
                vm.label, outcome.status, outcome.stderr
            ));
        }
        walls.push(outcome.sample.wall_ms);
        rss.push(outcome.sample.peak_rss_kib as f64 / 1024.0);
        pauses = Pauses::parse(&outcome.stdout);
    }
    Ok(Row {
        wall_ms: median(&walls).unwrap_or(0.0),
        rss_mib: median(&rss).unwrap_or(0.0),
        pauses,
    })
}

fn run(o: &Options) -> Result<(), String> {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .ok_or("no repository directory")?
        .to_path_buf();
    let home = JavaHome::discover(None).map_err(|e| e.to_string())?;
    let java = home.root().join("bin/java");
    if o.build {
        let status = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
            .current_dir(&repo)
            .args(["build", "--release", "-p", "cortado"])
            .status()
            .map_err(|e| format!("cannot run cargo: {e}"))?;
        if !status.success() {
            return Err("cargo build --release -p cortado failed".into());
        }
    }
    let cortado = repo.join("target/release/cortado");
    let classes = repo.join("benches/out/gc");
    let sources = [
        repo.join("benches/gc/GcBinaryTrees.java"),
        repo.join("benches/gc/AllocRate.java"),
    ];
    benches::suite::javac(&home.root().join("bin/javac"), &sources, &classes)?;
    let xmx = format!("-Xmx{}", o.xmx);
    let xmn = format!("-Xmn{}", o.xmn);
    let vms = [
        Vm {
            label: "cortado",
            program: cortado,
            options: vec![xmx.clone(), xmn.clone()],
        },
        Vm {
            label: "java -XX:+UseSerialGC",
            program: java.clone(),
            options: vec![xmx.clone(), xmn.clone(), "-XX:+UseSerialGC".into()],
        },
        Vm {
            label: "java (G1)",
            program: java.clone(),
            options: vec![xmx.clone(), xmn.clone()],
        },
        Vm {
            label: "java -Xint -XX:+UseSerialGC",
            program: java,
            options: vec![xmx, xmn, "-Xint".into(), "-XX:+UseSerialGC".into()],
        },
    ];
    let workloads = [
        ("GcBinaryTrees", o.depth.to_string()),
        ("AllocRate", o.millions.to_string()),
    ];
    println!(
        "| program | VM | wall s | peak RSS MiB | young | other | longest ms | median ms | wall / Serial | RSS / Serial |"
    );
    println!("|---|---|---|---|---|---|---|---|---|---|");
    for (main, arg) in &workloads {
        let mut serial: Option<(f64, f64)> = None;
        let mut rows = Vec::new();
        for vm in &vms {
            let row = measure_one(vm, &classes, main, arg, o.runs)?;
            if vm.label == "java -XX:+UseSerialGC" {
                serial = Some((row.wall_ms, row.rss_mib));
            }
            rows.push((vm.label, row));
        }
        for (label, row) in rows {
            let (wall_ratio, rss_ratio) =
                serial.map_or((0.0, 0.0), |(w, r)| (row.wall_ms / w, row.rss_mib / r));
            println!(
                "| {main} {arg} | {label} | {:.2} | {:.0} | {} | {} | {:.2} | {:.2} | {:.2} | {:.2} |",
                row.wall_ms / 1000.0,
                row.rss_mib,
                row.pauses.young_ms.len(),
                row.pauses.other_ms.len(),
                row.pauses.longest_ms(),
                row.pauses.median_ms(),
                wall_ratio,
                rss_ratio,
            );
        }
    }
    Ok(())
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match parse(&args).and_then(|o| run(&o)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("gc bench: {e}");
            ExitCode::FAILURE
        }
    }
}
