//! Native methods of OpenJDK 17's `java.base` for Cortado.
//!
//! This crate owns the Rust implementations of the JDK's `native` methods: `java.lang.*`,
//! `jdk.internal.misc.Unsafe`/`VM`/`CDS`/`Signal`, reflection, `java.io`/`java.nio` file and
//! socket I/O, `java.util.zip`, time and processes. It registers them in the runtime's native
//! table through [`register`].
//!
//! So far: the natives the execution core's tests and the core classes' static initialisers
//! need (`Object`, `System.arraycopy`/`identityHashCode`, float and double bit conversions,
//! `StringUTF16.isBigEndian`, `String.intern`, `Class.desiredAssertionStatus0`,
//! `NullPointerException.getExtendedNPEMessage`). The boot of java.base adds the rest.

mod access_control;
mod arraycopy;
mod assertion_status;
mod class;
mod class_domain;
mod class_loader;
mod class_meta;
pub mod fdlibm;
mod file_io;
mod frame_filters;
pub mod hotspot_math;
mod io_support;
mod jnu;
mod lang;
mod loader_support;
mod locale;
mod math_intrinsics;
mod member_name;
mod misc_unsafe;
mod modules;
mod net_ext;
mod net_if;
mod net_inet;
mod net_inherited;
mod net_io;
mod net_multicast;
mod net_names;
mod net_os;
mod net_select;
mod net_socket;
mod net_unix;
mod nio_ch;
mod nio_fs;
mod nio_mounts;
mod nio_os;
mod os;
mod perf;
mod process;
mod process_handle;
mod process_os;
mod process_spawn;
mod reflect_array;
mod reflect_array_access;
mod reflect_executable;
mod reflect_invoke;
mod reflect_members;
mod reflect_pool;
mod reflect_pool_members;
mod reflect_records;
mod reflection;
mod shutdown;
mod stack_walk;
mod strict_math;
mod system_props;
mod thread;
mod time_zone;
mod unix_file_system;
mod unsafe_define;
mod vm_support;
pub mod zip_checksums;
mod zip_streams;

use runtime::natives::NativeRegistry;

/// Registers every native of this crate.
pub fn register(registry: &NativeRegistry) {
    lang::register(registry);
    arraycopy::register(registry);
    assertion_status::register(registry);
    class::register(registry);
    class_meta::register(registry);
    class_domain::register(registry);
    unsafe_define::register(registry);
    misc_unsafe::register(registry);
    nio_fs::register(registry);
    nio_ch::register(registry);
    nio_mounts::register(registry);
    reflect_array::register(registry);
    reflect_members::register(registry);
    reflect_invoke::register(registry);
    reflect_pool::register(registry);
    reflect_pool_members::register(registry);
    reflect_executable::register(registry);
    access_control::register(registry);
    reflect_array_access::register(registry);
    reflect_records::register(registry);
    reflection::register(registry);
    stack_walk::register(registry);
    shutdown::register(registry);
    thread::register(registry);
    strict_math::register(registry);
    math_intrinsics::register(registry);
    file_io::register(registry);
    unix_file_system::register(registry);
    system_props::register(registry);
    zip_checksums::register(registry);
    zip_streams::register(registry);
    time_zone::register(registry);
    vm_support::register(registry);
    process::register(registry);
    process_handle::register(registry);
    process_spawn::register(registry);
    net_inet::register(registry);
    net_if::register(registry);
    net_ext::register(registry);
    net_select::register(registry);
    net_unix::register(registry);
    net_inherited::register(registry);
    net_multicast::register(registry);
    net_socket::register(registry);
    net_io::register(registry);
    loader_support::register(registry);
    modules::register(registry);
    class_loader::register(registry);
    perf::register(registry);
}
