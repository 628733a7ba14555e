//! The known-failures file: tests that fail on Cortado today, each with the issue it waits on.
//!
//! Format: one entry per line, `<test name>  #<issue>  <reason>`; blank lines and lines starting
//! with `#` followed by a space (or a lone `#`) are comments. The list only shrinks: a listed test
//! that passes is an error, as is an unlisted test that fails or an entry naming no test.

use crate::program::IssueNote;
use std::collections::BTreeMap;
use std::fmt::Write;

/// The parsed known-failures file.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct KnownFailures {
    /// The comment lines at the top of the file, kept when the file is rewritten.
    pub preamble: Vec<String>,
    /// Test name to the issue it waits on.
    pub entries: BTreeMap<String, IssueNote>,
}

impl KnownFailures {
    /// Parses the file's text.
    pub fn parse(text: &str) -> Result<KnownFailures, String> {
        let mut known = KnownFailures::default();
        for (number, line) in text.lines().enumerate() {
            let trimmed = line.trim();
            if trimmed == "#" || trimmed.starts_with("# ") || trimmed.is_empty() {
                if known.entries.is_empty() {
                    known.preamble.push(line.trim_end().to_string());
                }
                continue;
            }
            let (name, rest) = trimmed
                .split_once(char::is_whitespace)
                .unwrap_or((trimmed, ""));
            let note = IssueNote::parse(rest).ok_or_else(|| {
                format!(
                    "known failures line {}: `{trimmed}` needs `<test> #<issue> <reason>`",
                    number + 1
                )
            })?;
            if known.entries.insert(name.to_string(), note).is_some() {
                return Err(format!(
                    "known failures line {}: {name} is listed twice",
                    number + 1
                ));
            }
        }
        while known.preamble.last().is_some_and(String::is_empty) {
            known.preamble.pop();
        }
        Ok(known)
    }

    /// The file's text: the preamble, then one aligned line per entry, sorted by name.
    pub fn render(&self) -> String {
        let mut text = String::new();
        for line in &self.preamble {
            text.push_str(line);
            text.push('\n');
        }
        if !self.preamble.is_empty() && !self.entries.is_empty() {
            text.push('\n');
        }
        let width = self.entries.keys().map(String::len).max().unwrap_or(0);
        for (name, note) in &self.entries {
            let issue = format!("#{}", note.issue);
            let line = format!("{name:width$}  {issue:4} {}", note.reason);
            let _ = writeln!(text, "{}", line.trim_end());
        }
        text
    }
}

/// How one test's result relates to the known-failures list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// Passed and not listed.
    Passed,
    /// Failed and listed.
    KnownFailure,
    /// Passed although listed: the entry must be removed.
    UnexpectedPass,
    /// Failed although not listed.
    UnexpectedFailure,
}

impl Verdict {
    /// The verdict for a test that `passed` and is `listed` or not.
    pub fn of(passed: bool, listed: bool) -> Verdict {
        match (passed, listed) {
            (true, false) => Verdict::Passed,
            (false, true) => Verdict::KnownFailure,
            (true, true) => Verdict::UnexpectedPass,
            (false, false) => Verdict::UnexpectedFailure,
        }
    }

    /// Whether this verdict breaks the build.
    pub fn is_unexpected(self) -> bool {
        matches!(self, Verdict::UnexpectedPass | Verdict::UnexpectedFailure)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "# Tests failing on Cortado today.\n#\n# Format: name #issue reason\n\n\
                          Zeta  #4 invokedynamic\nAlpha #3\n";

    #[test]
    fn parse_and_render_round_trip() {
        let known = KnownFailures::parse(SAMPLE).unwrap();
        assert_eq!(known.preamble.len(), 3);
        assert_eq!(
            known.entries["Zeta"],
            IssueNote {
                issue: 4,
                reason: "invokedynamic".into()
            }
        );
        assert_eq!(known.entries["Alpha"].issue, 3);
        let text = known.render();
        assert_eq!(
            text,
            "# Tests failing on Cortado today.\n#\n# Format: name #issue reason\n\nAlpha  #3\nZeta   #4   invokedynamic\n"
        );
        assert_eq!(KnownFailures::parse(&text).unwrap(), known);
    }

    #[test]
    fn malformed_and_duplicate_entries_are_errors() {
        assert!(
            KnownFailures::parse("Alpha\n")
                .unwrap_err()
                .contains("line 1")
        );
        assert!(KnownFailures::parse("Alpha 3\n").is_err());
        assert!(
            KnownFailures::parse("Alpha #3\nAlpha #4\n")
                .unwrap_err()
                .contains("twice")
        );
    }

    #[test]
    fn verdicts() {
        assert_eq!(Verdict::of(true, false), Verdict::Passed);
        assert_eq!(Verdict::of(false, true), Verdict::KnownFailure);
        assert!(Verdict::of(true, true).is_unexpected());
        assert!(Verdict::of(false, false).is_unexpected());
        assert!(!Verdict::of(false, true).is_unexpected());
    }
}
