//! Where a class came from, written as `-verbose:class` writes it (`source: ...`).

use std::fmt;
use std::path::{Path, PathBuf};

/// The origin of a loaded class or resource.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum ClassSource {
    /// A module of the JDK's runtime image (`jrt:/java.base`).
    Jrt {
        /// The module's name.
        module: String,
    },
    /// A class path directory (`file:/abs/dir/`); the path is absolute.
    Directory(PathBuf),
    /// A jar file (`file:/abs/app.jar`); the path is absolute.
    Jar(PathBuf),
}

impl ClassSource {
    /// The code-source URL HotSpot prints after `source:` in `-verbose:class` output.
    pub fn url(&self) -> String {
        match self {
            ClassSource::Jrt { module } => format!("jrt:/{module}"),
            ClassSource::Directory(path) => {
                let mut url = file_url(path);
                if !url.ends_with('/') {
                    url.push('/');
                }
                url
            }
            ClassSource::Jar(path) => file_url(path),
        }
    }

    /// The URL of resource `name` inside this source (`file:/dir/name`,
    /// `jar:file:/app.jar!/name`, `jrt:/module/name`).
    pub fn resource_url(&self, name: &str) -> String {
        let encoded = encode_path(name);
        match self {
            ClassSource::Jar(_) => format!("jar:{}!/{encoded}", self.url()),
            ClassSource::Jrt { .. } | ClassSource::Directory(_) => {
                let base = self.url();
                let separator = if base.ends_with('/') { "" } else { "/" };
                format!("{base}{separator}{encoded}")
            }
        }
    }
}

impl fmt::Display for ClassSource {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.url())
    }
}

/// `file:` followed by the path, percent-encoded as `java.io.File` paths become URLs.
fn file_url(path: &Path) -> String {
    let text = path.to_string_lossy();
    let slashed = text.replace(std::path::MAIN_SEPARATOR, "/");
    let rooted = if slashed.starts_with('/') {
        slashed
    } else {
        format!("/{slashed}")
    };
    format!("file:{}", encode_path(&rooted))
}

/// Percent-encodes what a URL path cannot hold literally: controls, space, non-ASCII (as
/// UTF-8 bytes) and `"#%;<=>?[\]^`{|}`; `/` stays the separator.
fn encode_path(path: &str) -> String {
    let mut encoded = String::with_capacity(path.len());
    for &byte in path.as_bytes() {
        let escape = !(0x20..0x7F).contains(&byte)
            || matches!(
                byte,
                b' ' | b'"'
                    | b'#'
                    | b'%'
                    | b';'
                    | b'<'
                    | b'='
                    | b'>'
                    | b'?'
                    | b'['
                    | b'\\'
                    | b']'
                    | b'^'
                    | b'`'
                    | b'{'
                    | b'|'
                    | b'}'
            );
        if escape {
            encoded.push_str(&format!("%{byte:02X}"));
        } else {
            encoded.push(char::from(byte));
        }
    }
    encoded
}
