//! Instruction counts from `valgrind --tool=callgrind`: stable on a shared, noisy machine
//! where times are not.

use std::path::Path;
use std::process::{Command, Stdio};

/// The total instruction count (`summary:` or `totals:` line) of a callgrind output file.
pub fn total_instructions(callgrind_out: &str) -> Option<u64> {
    callgrind_out.lines().find_map(|line| {
        let rest = line
            .strip_prefix("summary:")
            .or_else(|| line.strip_prefix("totals:"))?;
        rest.split_whitespace().next()?.parse().ok()
    })
}

/// Runs `program args` under callgrind and returns its instruction count; the output file is
/// kept at `out_file` for `callgrind_annotate`.
pub fn count(program: &Path, args: &[String], out_file: &Path) -> Result<u64, String> {
    let output = Command::new("valgrind")
        .arg("--tool=callgrind")
        .arg(format!("--callgrind-out-file={}", out_file.display()))
        .arg(program)
        .args(args)
        .stdin(Stdio::null())
        .output()
        .map_err(|e| format!("cannot run valgrind: {e}"))?;
    if !output.status.success() {
        let stderr = String::from_utf8_lossy(&output.stderr);
        let last = stderr.lines().last().unwrap_or("");
        return Err(format!("valgrind run failed ({}): {last}", output.status));
    }
    let text =
        std::fs::read_to_string(out_file).map_err(|e| format!("{}: {e}", out_file.display()))?;
    total_instructions(&text).ok_or_else(|| "no instruction total in callgrind output".into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_summary_line() {
        let text = "version: 1\ncreator: callgrind-3.19.0\nevents: Ir\nsummary: 123456789\n\nfn=main\n1 5\ntotals: 123456789\n";
        assert_eq!(total_instructions(text), Some(123456789));
        assert_eq!(total_instructions("events: Ir\ntotals: 42\n"), Some(42));
        assert_eq!(total_instructions("events: Ir\n"), None);
    }
}
