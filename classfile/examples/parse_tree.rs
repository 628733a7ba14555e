//! Parses every `.class` file under a directory and reports failures and timing.
//!
//! Usage: `cargo run --release -p classfile --example parse_tree -- DIR [--no-verify]
//! [--decode-all]`

use std::path::{Path, PathBuf};
use std::time::Instant;

use classfile::{ClassFile, ParseOptions};

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(&path, out);
        } else if path.extension().is_some_and(|e| e == "class") {
            out.push(path);
        }
    }
}

/// Decodes every lazily decoded attribute (annotations, stack maps, module attributes).
fn decode_lazy(cf: &ClassFile<'_>) -> Result<(), classfile::attributes::DecodeError> {
    let all = std::iter::once(&cf.annotations)
        .chain(cf.fields.iter().map(|f| &f.annotations))
        .chain(cf.methods.iter().map(|m| &m.annotations))
        .chain(
            cf.methods
                .iter()
                .filter_map(|m| m.code())
                .map(|c| &c.type_annotations),
        )
        .chain(cf.record.iter().flatten().map(|c| &c.annotations));
    for set in all {
        for a in [set.visible, set.invisible].into_iter().flatten() {
            a.parse()?;
        }
        for a in [set.visible_type, set.invisible_type].into_iter().flatten() {
            a.parse()?;
        }
    }
    for m in &cf.methods {
        for p in [
            m.visible_parameter_annotations,
            m.invisible_parameter_annotations,
        ]
        .into_iter()
        .flatten()
        {
            p.parse()?;
        }
        if let Some(d) = m.annotation_default {
            d.parse()?;
        }
        if let Some(smt) = m.code().and_then(|c| c.stack_map_table) {
            smt.parse()?;
        }
    }
    cf.module()?;
    cf.module_packages()?;
    cf.module_main_class()?;
    Ok(())
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(dir) = args.first() else {
        eprintln!("usage: parse_tree DIR [--no-verify]");
        std::process::exit(2);
    };
    let need_verify = !args.iter().any(|a| a == "--no-verify");
    let decode_all = args.iter().any(|a| a == "--decode-all");
    let mut paths = Vec::new();
    collect(Path::new(dir), &mut paths);
    let files: Vec<Vec<u8>> = paths
        .iter()
        .map(|p| std::fs::read(p).unwrap_or_default())
        .collect();
    let opts = ParseOptions {
        need_verify,
        allow_module_info: true,
        ..Default::default()
    };
    let start = Instant::now();
    let mut failures = 0;
    let (mut methods, mut fields) = (0usize, 0usize);
    for (path, bytes) in paths.iter().zip(&files) {
        match ClassFile::parse_with(bytes, &opts) {
            Ok(cf) => {
                methods += cf.methods.len();
                fields += cf.fields.len();
                if decode_all && let Err(e) = decode_lazy(&cf) {
                    failures += 1;
                    println!("{}: {e}", path.display());
                }
            }
            Err(e) => {
                failures += 1;
                if failures <= 20 {
                    println!("{}: {e}", path.display());
                }
            }
        }
    }
    let elapsed = start.elapsed();
    println!(
        "{} classes ({} methods, {} fields), {} failures, {:.1} ms",
        files.len(),
        methods,
        fields,
        failures,
        elapsed.as_secs_f64() * 1000.0
    );
}
