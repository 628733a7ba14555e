//! Cortado's benchmarks.
//!
//! Java programs and Rust micro-benchmarks timed on Cortado and on HotSpot 17 in the same run,
//! reported as ratios.
