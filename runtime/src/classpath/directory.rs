//! A directory on the class path: resource `a/b/C.class` is the file `root/a/b/C.class`.

use std::io;
use std::path::{Path, PathBuf};

/// A class path directory. Resource names never reach above the root.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Directory {
    root: PathBuf,
}

impl Directory {
    /// A class path root at `root` (not checked to exist).
    pub fn new(root: impl Into<PathBuf>) -> Directory {
        Directory { root: root.into() }
    }

    /// The root directory.
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// The file that resource `name` (`/`-separated) maps to, or `None` when the name could
    /// leave the root (a `..` component, an absolute name, a backslash or NUL, or an empty name).
    pub fn resolve(&self, name: &str) -> Option<PathBuf> {
        if name.is_empty() || name.starts_with('/') || name.contains(['\\', '\0']) {
            return None;
        }
        let mut path = self.root.clone();
        for component in name.split('/') {
            match component {
                ".." => return None,
                "" | "." => {}
                // A drive-letter prefix such as `C:` would replace the root on Windows.
                _ if cfg!(windows) && component.contains(':') => return None,
                _ => path.push(component),
            }
        }
        Some(path)
    }

    /// Whether resource `name` exists under the root (a file or a directory, as `java` treats it).
    pub fn contains(&self, name: &str) -> bool {
        self.resolve(name).is_some_and(|path| path.exists())
    }

    /// The bytes of resource `name`, `None` when there is no such file.
    pub fn read(&self, name: &str) -> io::Result<Option<Vec<u8>>> {
        let Some(path) = self.resolve(name) else {
            return Ok(None);
        };
        match std::fs::read(&path) {
            Ok(bytes) => Ok(Some(bytes)),
            Err(error) if error.kind() == io::ErrorKind::NotFound => Ok(None),
            Err(error) => Err(error),
        }
    }
}
