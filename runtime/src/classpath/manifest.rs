//! Jar manifests (`META-INF/MANIFEST.MF`) as the jar file specification defines them.
//!
//! A manifest is a main section and named sections separated by blank lines. Each header is
//! `Name: value`; a line that starts with one space continues the previous line (lines are
//! wrapped at 72 bytes when written). Lines end with CR LF, LF or CR. Header names compare
//! case-insensitively; when a name repeats, the last value wins, as in `java.util.jar`.

use std::fmt;

/// A parsed manifest.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Manifest {
    main: Vec<(String, String)>,
    sections: Vec<Vec<(String, String)>>,
}

/// Why a manifest could not be parsed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ManifestError {
    /// A line is neither `Name: value` nor a continuation.
    InvalidHeader {
        /// The 1-based line number.
        line: usize,
    },
    /// A continuation line comes before any header of its section.
    ContinuationWithoutHeader {
        /// The 1-based line number.
        line: usize,
    },
    /// A header's bytes are not UTF-8.
    NotUtf8 {
        /// The 1-based line number where the header starts.
        line: usize,
    },
}

impl fmt::Display for ManifestError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ManifestError::InvalidHeader { line } => {
                write!(f, "invalid header field (line {line})")
            }
            ManifestError::ContinuationWithoutHeader { line } => {
                write!(f, "invalid continuation line (line {line})")
            }
            ManifestError::NotUtf8 { line } => write!(f, "header is not UTF-8 (line {line})"),
        }
    }
}

impl std::error::Error for ManifestError {}

/// Splits `bytes` into lines ending with CR LF, LF or CR (a last line may lack one).
fn lines(bytes: &[u8]) -> impl Iterator<Item = &[u8]> {
    let mut rest = bytes;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let end = rest
            .iter()
            .position(|&b| b == b'\n' || b == b'\r')
            .unwrap_or(rest.len());
        let line = &rest[..end];
        let terminator = match rest.get(end..end + 2) {
            Some(b"\r\n") => 2,
            _ if end < rest.len() => 1,
            _ => 0,
        };
        rest = &rest[end + terminator..];
        Some(line)
    })
}

/// Turns one header's logical line into a `(name, value)` pair.
fn header(logical: &[u8], line: usize) -> Result<(String, String), ManifestError> {
    let text = std::str::from_utf8(logical).map_err(|_| ManifestError::NotUtf8 { line })?;
    let (name, value) = text
        .split_once(": ")
        .filter(|(name, _)| !name.is_empty() && !name.contains(':'))
        .ok_or(ManifestError::InvalidHeader { line })?;
    Ok((name.to_string(), value.to_string()))
}

impl Manifest {
    /// Parses a manifest's bytes.
    pub fn parse(bytes: &[u8]) -> Result<Manifest, ManifestError> {
        let mut manifest = Manifest::default();
        let mut main_done = false;
        let mut current: Vec<(String, String)> = Vec::new();
        // The header being assembled from its continuation lines, and its first line number.
        let mut pending: Option<(Vec<u8>, usize)> = None;
        for (index, line) in lines(bytes).enumerate() {
            let number = index + 1;
            if let Some(continued) = line.strip_prefix(b" ") {
                let (logical, _) = pending
                    .as_mut()
                    .ok_or(ManifestError::ContinuationWithoutHeader { line: number })?;
                logical.extend_from_slice(continued);
                continue;
            }
            if let Some((logical, start)) = pending.take() {
                current.push(header(&logical, start)?);
            }
            if line.is_empty() {
                manifest.end_section(&mut main_done, &mut current);
            } else {
                pending = Some((line.to_vec(), number));
            }
        }
        if let Some((logical, start)) = pending {
            current.push(header(&logical, start)?);
        }
        manifest.end_section(&mut main_done, &mut current);
        Ok(manifest)
    }

    /// Files the attributes collected so far: the first blank line ends the main section,
    /// later ones end named sections (runs of blank lines end nothing more).
    fn end_section(&mut self, main_done: &mut bool, current: &mut Vec<(String, String)>) {
        if !*main_done {
            self.main = std::mem::take(current);
            *main_done = true;
        } else if !current.is_empty() {
            self.sections.push(std::mem::take(current));
        }
    }

    /// A main-section attribute by case-insensitive name (the last one when repeated).
    pub fn main_attribute(&self, name: &str) -> Option<&str> {
        find(&self.main, name)
    }

    /// Every main-section attribute in file order.
    pub fn main_attributes(&self) -> &[(String, String)] {
        &self.main
    }

    /// The attributes of the section whose `Name` is `entry` (e.g. `com/example/`).
    pub fn section(&self, entry: &str) -> Option<&[(String, String)]> {
        self.sections
            .iter()
            .rev()
            .find(|section| find(section, "Name") == Some(entry))
            .map(Vec::as_slice)
    }

    /// `Main-Class`, the class `java -jar` runs.
    pub fn main_class(&self) -> Option<&str> {
        self.main_attribute("Main-Class")
    }

    /// The whitespace-separated relative URLs of `Class-Path`.
    pub fn class_path(&self) -> Vec<&str> {
        self.main_attribute("Class-Path")
            .map(|value| value.split_ascii_whitespace().collect())
            .unwrap_or_default()
    }

    /// Whether `Multi-Release` is `true` (case-insensitively).
    pub fn is_multi_release(&self) -> bool {
        self.main_attribute("Multi-Release")
            .is_some_and(|value| value.trim().eq_ignore_ascii_case("true"))
    }
}

fn find<'a>(attributes: &'a [(String, String)], name: &str) -> Option<&'a str> {
    attributes
        .iter()
        .rev()
        .find(|(key, _)| key.eq_ignore_ascii_case(name))
        .map(|(_, value)| value.as_str())
}
