//! Native methods of OpenJDK 17's `java.base` for Cortado.
//!
//! This crate owns the Rust implementations of the JDK's `native` methods: `java.lang.*`,
//! `jdk.internal.misc.Unsafe`/`VM`/`CDS`/`Signal`, reflection, `java.io`/`java.nio` file and
//! socket I/O, `java.util.zip`, time and processes. It registers them in the runtime's native
//! table.
