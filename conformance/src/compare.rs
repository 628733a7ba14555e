//! Comparing a candidate VM's outcome with the reference outcome and showing the differences.

use crate::run::Outcome;
use similar::TextDiff;
use std::fmt::Write;
use std::time::Duration;

/// At most this many lines of one stream's diff are shown.
const MAX_DIFF_LINES: usize = 80;

/// Lines of unchanged context around each change.
const CONTEXT_LINES: usize = 3;

/// `None` when the outcomes are identical, else a report of every difference: exit status
/// first, then a unified diff of stdout and of stderr (`-` lines are the reference's).
pub fn compare(
    reference_name: &str,
    expected: &Outcome,
    candidate_name: &str,
    actual: &Outcome,
) -> Option<String> {
    if expected == actual {
        return None;
    }
    let mut report = String::new();
    if expected.exit != actual.exit {
        let _ = writeln!(
            report,
            "exit: {reference_name} {}, {candidate_name} {}",
            expected.exit, actual.exit
        );
    }
    for (stream, expected, actual) in [
        ("stdout", &expected.stdout, &actual.stdout),
        ("stderr", &expected.stderr, &actual.stderr),
    ] {
        if expected != actual {
            let old = String::from_utf8_lossy(expected);
            let new = String::from_utf8_lossy(actual);
            let _ = writeln!(report, "{stream} differs:");
            report.push_str(&unified_diff(
                &old,
                &new,
                &format!("{reference_name} {stream}"),
                &format!("{candidate_name} {stream}"),
            ));
        }
    }
    Some(report)
}

/// A unified diff of two texts, cut after [`MAX_DIFF_LINES`] lines.
pub fn unified_diff(old: &str, new: &str, old_name: &str, new_name: &str) -> String {
    // A deadline keeps huge, very different outputs from taking long: the diff is then coarser.
    let diff = TextDiff::configure()
        .timeout(Duration::from_secs(2))
        .diff_lines(old, new);
    let mut unified = diff.unified_diff();
    unified
        .context_radius(CONTEXT_LINES)
        .header(old_name, new_name);
    let text = unified.to_string();
    let mut lines = text.lines();
    let mut shown: String = lines
        .by_ref()
        .take(MAX_DIFF_LINES)
        .flat_map(|line| [line, "\n"])
        .collect();
    let rest = lines.count();
    if rest > 0 {
        let _ = writeln!(shown, "... ({rest} more diff lines)");
    }
    if text.is_empty() {
        // Same text after lossy decoding: the bytes differ in invalid UTF-8 only.
        shown.push_str("(the streams differ only in bytes that are not valid UTF-8)\n");
    }
    shown
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::run::Exit;

    fn outcome(stdout: &str, stderr: &str, code: i32) -> Outcome {
        Outcome {
            stdout: stdout.into(),
            stderr: stderr.into(),
            exit: Exit::Code(code),
        }
    }

    #[test]
    fn identical_outcomes_have_no_report() {
        assert_eq!(
            compare(
                "a",
                &outcome("x\n", "y\n", 0),
                "b",
                &outcome("x\n", "y\n", 0)
            ),
            None
        );
    }

    #[test]
    fn each_difference_is_reported() {
        let report = compare(
            "hotspot",
            &outcome("1\n2\n3\n", "e\n", 1),
            "cortado",
            &outcome("1\n4\n3\n", "e\n", 0),
        )
        .unwrap();
        assert!(
            report.contains("exit: hotspot exit code 1, cortado exit code 0"),
            "{report}"
        );
        assert!(report.contains("stdout differs:"), "{report}");
        assert!(report.contains("-2\n+4\n"), "{report}");
        assert!(report.contains("--- hotspot stdout"), "{report}");
        assert!(!report.contains("stderr differs"), "{report}");
    }

    #[test]
    fn long_diffs_are_cut() {
        let old: String = (0..500).map(|i| format!("{i}\n")).collect();
        let diff = unified_diff(&old, "", "a", "b");
        assert!(diff.lines().count() <= MAX_DIFF_LINES + 1);
        assert!(diff.ends_with("more diff lines)\n"), "{diff}");
    }

    #[test]
    fn invalid_utf8_differences_are_still_reported() {
        let a = Outcome {
            stdout: vec![0xff],
            stderr: vec![],
            exit: Exit::Code(0),
        };
        let b = Outcome {
            stdout: vec![0xfe],
            stderr: vec![],
            exit: Exit::Code(0),
        };
        let report = compare("a", &a, "b", &b).unwrap();
        assert!(report.contains("not valid UTF-8"), "{report}");
    }
}
