//! Cortado's differential conformance harness.
//!
//! Each test is a Java program whose stdout, stderr and exit code must equal HotSpot 17's. The
//! harness compiles the programs with the machine's `javac`, runs them on both VMs and reports
//! the differences.
