//! The suite's configuration from the environment, as `cargo test -p conformance` runs it.
//!
//! - The candidate is `CORTADO_BIN` when set, else `<target dir>/<profile>/cortado`, built first
//!   with `cargo build --bin cortado` (a no-op when it is fresh) so that `cargo test -p
//!   conformance` alone never tests a stale launcher. The target directory and profile are those
//!   of the running test binary, so `CARGO_TARGET_DIR` and `--release` are honoured.
//! - The reference is the JDK 17 `java` (see [`Jdk::discover`]).
//! - `CONFORMANCE_FILTER=a,b` runs only the programs whose name contains `a` or `b` (and shows
//!   the diffs of known failures too); `CONFORMANCE_JOBS=n` sets the parallelism (default 2);
//!   `CONFORMANCE_UPDATE_KNOWN=1` rewrites `known-failures.txt` from the results;
//!   `CONFORMANCE_NO_CACHE=1` reruns HotSpot instead of reusing its cached outcomes.

use crate::harness::Config;
use crate::jdk::Jdk;
use crate::run::Vm;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The conformance crate's directory (holding `programs/` and `known-failures.txt`).
pub fn crate_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

impl Config {
    /// The configuration of the real suite, read from the environment (see the module docs).
    pub fn from_environment() -> Result<Config, String> {
        let jdk = Jdk::discover()?;
        let profile_dir = profile_dir()?;
        let candidate = match std::env::var_os("CORTADO_BIN") {
            Some(path) => PathBuf::from(path),
            None => build_cortado(&profile_dir)?,
        };
        let jobs = match std::env::var("CONFORMANCE_JOBS") {
            Ok(text) => text
                .parse()
                .map_err(|_| format!("CONFORMANCE_JOBS={text} is not a number"))?,
            Err(_) => 2,
        };
        let filter = std::env::var("CONFORMANCE_FILTER")
            .unwrap_or_default()
            .split(',')
            .map(str::trim)
            .filter(|part| !part.is_empty())
            .map(String::from)
            .collect();
        Ok(Config {
            programs_dir: crate_dir().join("programs"),
            known_failures: crate_dir().join("known-failures.txt"),
            work_dir: profile_dir.join("conformance"),
            reference: Vm {
                name: "hotspot".into(),
                launcher: jdk.java(),
                leading_options: Vec::new(),
            },
            candidate: Vm {
                name: "cortado".into(),
                launcher: candidate,
                leading_options: Vec::new(),
            },
            jdk,
            jobs,
            filter,
            update_known: flag("CONFORMANCE_UPDATE_KNOWN"),
            cache_reference: !flag("CONFORMANCE_NO_CACHE"),
        })
    }
}

fn flag(name: &str) -> bool {
    std::env::var(name).is_ok_and(|value| !value.is_empty() && value != "0")
}

/// `<target dir>/<profile>`: the running test binary lives in its `deps/` subdirectory.
fn profile_dir() -> Result<PathBuf, String> {
    let exe = std::env::current_exe().map_err(|error| format!("current_exe: {error}"))?;
    exe.parent()
        .filter(|deps| deps.file_name().is_some_and(|name| name == "deps"))
        .and_then(Path::parent)
        .map(Path::to_path_buf)
        .ok_or_else(|| format!("{}: not in a cargo target directory", exe.display()))
}

/// Builds the launcher in the profile of `profile_dir` and returns its path.
fn build_cortado(profile_dir: &Path) -> Result<PathBuf, String> {
    let profile = match profile_dir.file_name().and_then(|name| name.to_str()) {
        Some("debug") => "dev",
        Some(name) => name,
        None => return Err(format!("{}: no profile name", profile_dir.display())),
    };
    let target_dir = profile_dir
        .parent()
        .ok_or("the profile directory has no parent")?;
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let workspace = crate_dir().join("..");
    let status = Command::new(cargo)
        .args(["build", "--bin", "cortado", "--profile", profile])
        .env("CARGO_TARGET_DIR", target_dir)
        .current_dir(&workspace)
        .status()
        .map_err(|error| format!("cargo build --bin cortado: {error}"))?;
    if !status.success() {
        return Err(format!("cargo build --bin cortado failed ({status})"));
    }
    Ok(profile_dir.join("cortado"))
}
