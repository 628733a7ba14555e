//! Cortado's differential conformance harness.
//!
//! Each test is a Java program in `programs/` whose stdout, stderr and exit code must equal
//! HotSpot 17's. The harness compiles the programs with the machine's `javac` (one process per
//! option set), runs each on HotSpot and on Cortado in parallel under a time limit, shows a
//! unified diff of every difference, and holds the results against `known-failures.txt`: a
//! listed test that passes, an unlisted test that fails and an entry naming no test all fail the
//! suite. `cargo test -p conformance` runs it (see [`setup`] for the environment variables).

pub mod compare;
pub mod compile;
pub mod extras;
pub mod harness;
pub mod jdk;
pub mod known;
pub mod program;
pub mod run;
pub mod setup;

pub use harness::{Config, Summary, TestResult, run_suite};
