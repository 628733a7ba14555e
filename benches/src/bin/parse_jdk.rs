//! Parses every class of the JDK's `lib/modules` on one core and reports classes per second and
//! MB/s: format-checked parsing alone, then parsing plus decoding every method's bytecode.
//!
//! `cargo run --release -p benches --bin parse_jdk [-- --java-home DIR] [--runs N]`

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::{Duration, Instant};

use classfile::bytecode::decode_method;
use classfile::{ClassFile, ParseOptions};
use runtime::classpath::jimage::JImage;
use runtime::java_home::JavaHome;

/// One pass over the image: the number of classes and bytes seen.
struct Pass {
    classes: usize,
    bytes: usize,
    elapsed: Duration,
}

/// Parses (and with `decode`, decodes) every class of `image` once.
fn run_pass(image: &JImage, decode: bool) -> Result<Pass, String> {
    let started = Instant::now();
    let mut pass = Pass {
        classes: 0,
        bytes: 0,
        elapsed: Duration::ZERO,
    };
    for class in image.classes() {
        let class = class.map_err(|e| e.to_string())?;
        let bytes = image.read(&class.location).map_err(|e| e.to_string())?;
        let options = ParseOptions {
            class_name: Some(&class.internal_name),
            allow_module_info: class.internal_name == "module-info",
            ..ParseOptions::default()
        };
        let parsed = ClassFile::parse_with(&bytes, &options)
            .map_err(|e| format!("{}: {e}", class.internal_name))?;
        if decode {
            for code in parsed.methods.iter().filter_map(|m| m.code()) {
                decode_method(code.code).map_err(|e| format!("{}: {e}", class.internal_name))?;
            }
        }
        pass.classes += 1;
        pass.bytes += bytes.len();
    }
    pass.elapsed = started.elapsed();
    Ok(pass)
}

/// Runs `runs` passes and prints the median one.
fn report(image: &JImage, label: &str, decode: bool, runs: usize) -> Result<(), String> {
    let mut passes = (0..runs)
        .map(|_| run_pass(image, decode))
        .collect::<Result<Vec<_>, _>>()?;
    passes.sort_by_key(|pass| pass.elapsed);
    let median = &passes[passes.len() / 2];
    let seconds = median.elapsed.as_secs_f64();
    println!(
        "{label:<22} {:>6} classes {:>8.1} MB  median {:>8.1} ms  {:>9.0} classes/s  {:>7.1} MB/s",
        median.classes,
        median.bytes as f64 / 1e6,
        seconds * 1e3,
        median.classes as f64 / seconds,
        median.bytes as f64 / 1e6 / seconds,
    );
    Ok(())
}

fn main() -> ExitCode {
    let mut java_home: Option<PathBuf> = None;
    let mut runs = 5;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let value = args.next();
        match (arg.as_str(), value.as_deref().map(str::parse::<usize>)) {
            ("--java-home", Some(_)) => java_home = value.map(PathBuf::from),
            ("--runs", Some(Ok(n))) if n > 0 => runs = n,
            _ => {
                eprintln!("usage: parse_jdk [--java-home DIR] [--runs N]");
                return ExitCode::from(2);
            }
        }
    }
    let result = JavaHome::discover(java_home.as_deref())
        .map_err(|e| e.to_string())
        .and_then(|home| JImage::open(home.modules_path()).map_err(|e| e.to_string()))
        .and_then(|image| {
            println!("{}", image.path().display());
            report(&image, "parse", false, runs)?;
            report(&image, "parse + decode", true, runs)
        });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("parse_jdk: {error}");
            ExitCode::FAILURE
        }
    }
}
