//! Jar files on the class path, read through the `zip` crate.
//!
//! Reads need no lock: the archive's parsed central directory is shared (`zip` keeps it in an
//! `Arc`), and each read works on a cheap clone whose reader reads the file at its own
//! position with positioned reads (`pread`), so several threads read one jar at once.

use std::fs::File;
use std::io::{self, Read, Seek, SeekFrom};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use zip::ZipArchive;
use zip::result::ZipError;

use super::manifest::Manifest;

/// The manifest's entry name.
pub const MANIFEST_NAME: &str = "META-INF/MANIFEST.MF";
/// The Java feature release whose versioned entries a multi-release jar serves.
pub const RUNTIME_VERSION: u32 = 17;
/// Versioned entries exist from Java 9 on; lower version directories are ignored.
const FIRST_VERSIONED_RELEASE: u32 = 9;
const VERSIONS_PREFIX: &str = "META-INF/versions/";

/// A file shared between archive clones, each with its own read position.
#[derive(Clone, Debug)]
struct PositionedFile {
    file: Arc<File>,
    len: u64,
    position: u64,
}

impl Read for PositionedFile {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let count = read_at(&self.file, buf, self.position)?;
        self.position += count as u64;
        Ok(count)
    }
}

impl Seek for PositionedFile {
    fn seek(&mut self, target: SeekFrom) -> io::Result<u64> {
        let position = match target {
            SeekFrom::Start(offset) => Some(offset),
            SeekFrom::End(delta) => self.len.checked_add_signed(delta),
            SeekFrom::Current(delta) => self.position.checked_add_signed(delta),
        };
        self.position = position.ok_or_else(|| {
            io::Error::new(
                io::ErrorKind::InvalidInput,
                "seek before the start of the jar",
            )
        })?;
        Ok(self.position)
    }
}

#[cfg(unix)]
fn read_at(file: &File, buf: &mut [u8], offset: u64) -> io::Result<usize> {
    std::os::unix::fs::FileExt::read_at(file, buf, offset)
}

#[cfg(windows)]
fn read_at(file: &File, buf: &mut [u8], offset: u64) -> io::Result<usize> {
    std::os::windows::fs::FileExt::seek_read(file, buf, offset)
}

/// An open jar (or zip) file. `Send + Sync`; reads from several threads run in parallel.
#[derive(Debug)]
pub struct JarFile {
    path: PathBuf,
    archive: ZipArchive<PositionedFile>,
    manifest: Option<Manifest>,
    /// For a multi-release jar, the versions (9 to 17) that have entries, highest first.
    versions: Vec<u32>,
}

fn zip_error(error: ZipError) -> io::Error {
    match error {
        ZipError::Io(error) => error,
        other => io::Error::new(io::ErrorKind::InvalidData, other),
    }
}

impl JarFile {
    /// Opens the jar at `path` and parses its manifest, if it has one. A file that is not a
    /// zip archive, or whose manifest is malformed, is an [`io::ErrorKind::InvalidData`] error.
    pub fn open(path: impl AsRef<Path>) -> io::Result<JarFile> {
        let path = path.as_ref();
        let file = File::open(path)?;
        let len = file.metadata()?.len();
        let reader = PositionedFile {
            file: Arc::new(file),
            len,
            position: 0,
        };
        let archive = ZipArchive::new(reader).map_err(zip_error)?;
        let mut jar = JarFile {
            path: path.to_path_buf(),
            archive,
            manifest: None,
            versions: Vec::new(),
        };
        if let Some(bytes) = jar.read_exact_entry(MANIFEST_NAME)? {
            let manifest = Manifest::parse(&bytes)
                .map_err(|error| io::Error::new(io::ErrorKind::InvalidData, error))?;
            if manifest.is_multi_release() {
                jar.versions = versions_present(&jar.archive);
            }
            jar.manifest = Some(manifest);
        }
        Ok(jar)
    }

    /// The jar's path, as given to [`JarFile::open`].
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The parsed manifest, when the jar has one.
    pub fn manifest(&self) -> Option<&Manifest> {
        self.manifest.as_ref()
    }

    /// Whether the manifest says `Multi-Release: true`.
    pub fn is_multi_release(&self) -> bool {
        self.manifest
            .as_ref()
            .is_some_and(Manifest::is_multi_release)
    }

    /// The name of the entry that serves `name`: for a multi-release jar the entry
    /// `META-INF/versions/N/name` with the highest N from 9 to 17, else `name` itself; `None`
    /// when the jar has neither.
    pub fn entry_name(&self, name: &str) -> Option<String> {
        if !name.starts_with("META-INF/") {
            for version in &self.versions {
                let versioned = format!("{VERSIONS_PREFIX}{version}/{name}");
                if self
                    .archive
                    .index_for_name_raw(versioned.as_bytes())
                    .is_some()
                {
                    return Some(versioned);
                }
            }
        }
        self.archive
            .index_for_name_raw(name.as_bytes())
            .map(|_| name.to_string())
    }

    /// Whether the jar serves `name` (see [`JarFile::entry_name`]).
    pub fn contains(&self, name: &str) -> bool {
        self.entry_name(name).is_some()
    }

    /// The content `name` resolves to (see [`JarFile::entry_name`]), or `None`.
    pub fn read(&self, name: &str) -> io::Result<Option<Vec<u8>>> {
        match self.entry_name(name) {
            Some(entry) => self.read_exact_entry(&entry),
            None => Ok(None),
        }
    }

    /// The content of the entry named exactly `name`, without multi-release resolution.
    pub fn read_exact_entry(&self, name: &str) -> io::Result<Option<Vec<u8>>> {
        // Raw-name lookup only: `zip`'s `by_name` falls back to a linear scan on a miss.
        let Some(index) = self.archive.index_for_name_raw(name.as_bytes()) else {
            return Ok(None);
        };
        let mut archive = self.archive.clone();
        let mut entry = archive.by_index(index).map_err(zip_error)?;
        // The declared size comes from the file: cap the preallocation. `zip` itself fails a
        // read that inflates past the declared size or does not match the CRC.
        let mut bytes = Vec::with_capacity(entry.size().min(1 << 24) as usize);
        entry.read_to_end(&mut bytes)?;
        Ok(Some(bytes))
    }

    /// The names of every entry, in central-directory order (names that are not UTF-8 are
    /// skipped: the jar format stores names in UTF-8).
    pub fn entry_names(&self) -> impl Iterator<Item = &str> {
        self.archive
            .file_names_raw()
            .filter_map(|name| std::str::from_utf8(name).ok())
    }

    /// The jar's `Class-Path` manifest entries resolved against the jar's directory.
    /// Entries ending in `/` are directories, the others jars; URLs with a scheme other than
    /// `file:` are ignored, as `java` ignores them.
    pub fn class_path(&self) -> Vec<ClassPathReference> {
        let Some(manifest) = &self.manifest else {
            return Vec::new();
        };
        let base = self.path.parent().unwrap_or(Path::new(""));
        manifest
            .class_path()
            .into_iter()
            .filter_map(|url| resolve_class_path_url(base, url))
            .collect()
    }
}

/// One `Class-Path` entry of a jar manifest, resolved to a path.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ClassPathReference {
    /// The resolved path.
    pub path: PathBuf,
    /// Whether the URL ended with `/`, which makes it a directory (otherwise a jar).
    pub is_directory: bool,
}

/// Resolves a relative (or `file:`) URL from a manifest's `Class-Path` against `base`.
fn resolve_class_path_url(base: &Path, url: &str) -> Option<ClassPathReference> {
    let path = match url.split_once(':') {
        Some((scheme, rest)) if scheme.eq_ignore_ascii_case("file") => rest,
        // A scheme (or something that looks like one) that is not file: ignored.
        Some((scheme, _)) if scheme.len() > 1 => return None,
        _ => url,
    };
    let decoded = percent_decode(path)?;
    Some(ClassPathReference {
        is_directory: decoded.ends_with('/'),
        path: base.join(decoded.trim_start_matches("//localhost")),
    })
}

/// Decodes `%XX` escapes; `None` when an escape is malformed or the result is not UTF-8.
fn percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut decoded = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = std::str::from_utf8(bytes.get(i + 1..i + 3)?).ok()?;
            decoded.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            decoded.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(decoded).ok()
}

/// The version directories `META-INF/versions/N/` with 9 <= N <= 17, highest first.
fn versions_present(archive: &ZipArchive<PositionedFile>) -> Vec<u32> {
    let mut versions: Vec<u32> = archive
        .file_names_raw()
        .filter_map(|name| {
            let rest = std::str::from_utf8(name)
                .ok()?
                .strip_prefix(VERSIONS_PREFIX)?;
            let (version, _) = rest.split_once('/')?;
            version.parse().ok()
        })
        .filter(|version| (FIRST_VERSIONED_RELEASE..=RUNTIME_VERSION).contains(version))
        .collect();
    versions.sort_unstable_by(|a, b| b.cmp(a));
    versions.dedup();
    versions
}
