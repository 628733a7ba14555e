//! Benchmarks of Cortado against HotSpot 17: the pieces of the `compare` harness (running and
//! measuring programs, statistics, CSV/JSON/SVG output) and the Java programs it runs
//! (`benches/java`). The binaries are `compare` (the suite and start-up, Cortado against
//! HotSpot), `startup` (Hello World start-up and loaded classes) and `parse_jdk` (class-file
//! parsing throughput).

pub mod callgrind;
pub mod gclog;
pub mod measure;
pub mod output;
pub mod results;
pub mod stats;
pub mod suite;
pub mod svg;
