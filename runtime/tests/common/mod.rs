//! Helpers shared by the class path tests: temporary directories and a jimage writer.
#![allow(dead_code)] // each test binary uses a different subset

pub mod java;
pub mod jimage_writer;

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

/// A directory under the system temp dir, removed when dropped.
pub struct TempDir {
    path: PathBuf,
}

impl TempDir {
    /// Creates a fresh, empty directory whose name contains `label`.
    pub fn new(label: &str) -> TempDir {
        static COUNTER: AtomicUsize = AtomicUsize::new(0);
        let unique = COUNTER.fetch_add(1, Ordering::Relaxed);
        let path =
            std::env::temp_dir().join(format!("cortado-{label}-{}-{unique}", std::process::id()));
        let _ = std::fs::remove_dir_all(&path);
        std::fs::create_dir_all(&path).expect("create temp dir");
        TempDir { path }
    }

    /// The directory.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Writes `contents` to `relative` (creating parent directories) and returns its path.
    pub fn write(&self, relative: &str, contents: impl AsRef<[u8]>) -> PathBuf {
        let path = self.path.join(relative);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).expect("create parent dirs");
        }
        std::fs::write(&path, contents).expect("write file");
        path
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.path);
    }
}

/// The JDK 17 of this machine, which the image tests read.
pub fn jdk17_modules() -> PathBuf {
    runtime::java_home::JavaHome::discover(None)
        .expect("these tests need the machine's JDK 17")
        .modules_path()
}

/// Writes a jar at `path` holding `entries` (deflated; a name ending in `/` is a directory
/// entry), with `manifest` as `META-INF/MANIFEST.MF` when given.
pub fn write_jar(path: &Path, manifest: Option<&str>, entries: &[(&str, &[u8])]) {
    use std::io::Write;
    use zip::write::SimpleFileOptions;
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).expect("create jar dir");
    }
    let file = std::fs::File::create(path).expect("create jar");
    let mut writer = zip::ZipWriter::new(file);
    let options = SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    let manifest_entry = manifest.map(|text| ("META-INF/MANIFEST.MF", text.as_bytes()));
    for (name, bytes) in manifest_entry.into_iter().chain(entries.iter().copied()) {
        if name.ends_with('/') {
            writer.add_directory(name, options).expect("add directory");
        } else {
            writer.start_file(name, options).expect("start entry");
            writer.write_all(bytes).expect("write entry");
        }
    }
    writer.finish().expect("finish jar");
}
