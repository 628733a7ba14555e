//! Class path sources: the JDK's module image, jar files and directories, and the application
//! class path built from a `java`-style path string.
//!
//! [`ClassPath`] follows the `java` launcher and `URLClassPath`: elements are separated by the
//! platform's path separator (`:` on Unix); an empty element is the current directory; `dir/*`
//! expands to the jars (`.jar`/`.JAR`) in `dir`; elements that do not exist or cannot be opened
//! are skipped silently; a jar's manifest `Class-Path` entries come right after the jar,
//! transitively, each path only once. Relative elements resolve against the current directory
//! and every entry is kept as its canonical path, as `java` makes file URLs of them.

pub mod directory;
pub mod jar;
pub mod jimage;
pub mod manifest;
mod source;

use std::collections::HashSet;
use std::ffi::{OsStr, OsString};
use std::io;
use std::path::{Path, PathBuf};
use std::sync::Arc;

pub use source::ClassSource;

use directory::Directory;
use jar::JarFile;

/// The class path `java` uses when neither `-cp` nor `CLASSPATH` is given.
pub const DEFAULT_CLASS_PATH: &str = ".";

/// One opened element of a class path.
#[derive(Debug)]
pub enum ClassPathEntry {
    /// A directory of class files.
    Directory(Directory, Arc<ClassSource>),
    /// A jar file.
    Jar(JarFile, Arc<ClassSource>),
}

impl ClassPathEntry {
    /// Where classes from this entry come from.
    pub fn source(&self) -> &Arc<ClassSource> {
        match self {
            ClassPathEntry::Directory(_, source) | ClassPathEntry::Jar(_, source) => source,
        }
    }

    /// The entry's (canonical) path.
    pub fn path(&self) -> &Path {
        match self {
            ClassPathEntry::Directory(directory, _) => directory.root(),
            ClassPathEntry::Jar(jar, _) => jar.path(),
        }
    }

    /// The name under which this entry stores resource `name`, if it has it (for a
    /// multi-release jar possibly `META-INF/versions/N/name`).
    fn locate(&self, name: &str) -> Option<String> {
        match self {
            ClassPathEntry::Directory(directory, _) => {
                directory.contains(name).then(|| name.to_string())
            }
            ClassPathEntry::Jar(jar, _) => jar.entry_name(name),
        }
    }
}

/// A resource found on the class path; [`Resource::read`] reads its bytes.
#[derive(Debug)]
pub struct Resource<'cp> {
    entry: &'cp ClassPathEntry,
    name: String,
    stored_name: String,
}

impl Resource<'_> {
    /// The name that was looked up.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The name the entry stores it under (differs for versioned entries of a multi-release jar).
    pub fn stored_name(&self) -> &str {
        &self.stored_name
    }

    /// The class path entry that holds it.
    pub fn source(&self) -> &Arc<ClassSource> {
        self.entry.source()
    }

    /// The resource's URL (`file:/dir/name` or `jar:file:/app.jar!/name`).
    pub fn url(&self) -> String {
        self.entry.source().resource_url(&self.name)
    }

    /// Reads the resource's bytes.
    pub fn read(&self) -> io::Result<Vec<u8>> {
        let bytes = match self.entry {
            ClassPathEntry::Directory(directory, _) => directory.read(&self.stored_name)?,
            ClassPathEntry::Jar(jar, _) => jar.read_exact_entry(&self.stored_name)?,
        };
        bytes.ok_or_else(|| {
            io::Error::new(
                io::ErrorKind::NotFound,
                format!("{} disappeared from {}", self.name, self.entry.source()),
            )
        })
    }
}

/// A class file's bytes and where they were found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ClassBytes {
    /// The class file.
    pub bytes: Vec<u8>,
    /// Its class path entry (for `-verbose:class`: `source: <url>`).
    pub source: Arc<ClassSource>,
}

/// How a path found in a manifest or a path string is to be opened.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum EntryKind {
    /// From a path string: a directory if it is one, otherwise a jar.
    Either,
    /// A manifest URL ending with `/`.
    Directory,
    /// A manifest URL without a trailing `/`.
    Jar,
}

/// An ordered application class path.
#[derive(Debug, Default)]
pub struct ClassPath {
    entries: Vec<ClassPathEntry>,
}

impl ClassPath {
    /// The path string `java` uses: `-cp` when given, else the `CLASSPATH` environment
    /// variable, else `.`.
    pub fn effective_path_string(
        explicit: Option<&OsStr>,
        classpath_env: Option<&OsStr>,
    ) -> OsString {
        explicit
            .or(classpath_env)
            .map_or_else(|| OsString::from(DEFAULT_CLASS_PATH), OsStr::to_os_string)
    }

    /// Builds the class path of `path_string`, resolving relative elements against the
    /// process's current directory.
    pub fn from_path_string(path_string: &OsStr) -> io::Result<ClassPath> {
        Ok(ClassPath::from_path_string_in(
            path_string,
            &std::env::current_dir()?,
        ))
    }

    /// Builds the class path of `path_string`, resolving relative elements against `cwd`.
    pub fn from_path_string_in(path_string: &OsStr, cwd: &Path) -> ClassPath {
        let mut elements = Vec::new();
        for element in std::env::split_paths(path_string) {
            let element = cwd.join(element);
            match expand_wildcard(&element) {
                Some(jars) => elements.extend(jars),
                None => elements.push(element),
            }
        }
        let mut class_path = ClassPath::default();
        let mut seen = HashSet::new();
        // Depth-first: a jar's Class-Path entries are opened right after the jar.
        let mut pending: Vec<(PathBuf, EntryKind)> = elements
            .into_iter()
            .rev()
            .map(|path| (path, EntryKind::Either))
            .collect();
        while let Some((path, kind)) = pending.pop() {
            let Ok(canonical) = std::fs::canonicalize(&path) else {
                continue;
            };
            if !seen.insert(canonical.clone()) {
                continue;
            }
            let is_directory = canonical.is_dir();
            match (kind, is_directory) {
                (EntryKind::Either | EntryKind::Directory, true) => {
                    let source = Arc::new(ClassSource::Directory(canonical.clone()));
                    let directory = Directory::new(canonical);
                    class_path
                        .entries
                        .push(ClassPathEntry::Directory(directory, source));
                }
                (EntryKind::Either | EntryKind::Jar, false) => {
                    let Ok(jar) = JarFile::open(&canonical) else {
                        continue;
                    };
                    for reference in jar.class_path().into_iter().rev() {
                        let kind = if reference.is_directory {
                            EntryKind::Directory
                        } else {
                            EntryKind::Jar
                        };
                        pending.push((reference.path, kind));
                    }
                    let source = Arc::new(ClassSource::Jar(canonical));
                    class_path.entries.push(ClassPathEntry::Jar(jar, source));
                }
                // A manifest URL that names a jar but is a directory, or the reverse.
                (EntryKind::Directory, false) | (EntryKind::Jar, true) => {}
            }
        }
        class_path
    }

    /// The opened entries, in search order.
    pub fn entries(&self) -> &[ClassPathEntry] {
        &self.entries
    }

    /// The first entry that has resource `path` (e.g. `com/example/App.class`).
    pub fn find_resource(&self, path: &str) -> Option<Resource<'_>> {
        self.entries.iter().find_map(|entry| {
            entry.locate(path).map(|stored_name| Resource {
                entry,
                name: path.to_string(),
                stored_name,
            })
        })
    }

    /// The class file of `internal_name` (e.g. `com/example/App`) from the first entry that
    /// has it, with that entry as its source.
    pub fn find_class(&self, internal_name: &str) -> io::Result<Option<ClassBytes>> {
        let Some(resource) = self.find_resource(&format!("{internal_name}.class")) else {
            return Ok(None);
        };
        Ok(Some(ClassBytes {
            bytes: resource.read()?,
            source: Arc::clone(resource.source()),
        }))
    }
}

/// The jars of `dir` when `element` is a `dir/*` wildcard (and no file is literally named `*`),
/// sorted by name; `None` when `element` is not a wildcard.
fn expand_wildcard(element: &Path) -> Option<Vec<PathBuf>> {
    if element.file_name() != Some(OsStr::new("*")) || element.exists() {
        return None;
    }
    let directory = element.parent()?;
    let Ok(listing) = std::fs::read_dir(directory) else {
        return Some(Vec::new());
    };
    let mut jars: Vec<PathBuf> = listing
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| {
            path.extension()
                .is_some_and(|extension| extension == "jar" || extension == "JAR")
        })
        .collect();
    jars.sort();
    Some(jars)
}
