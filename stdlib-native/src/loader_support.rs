//! The boot loader's side of the class library: `NativeLibraries` (the JDK's own libraries
//! are built into Cortado, so `System.loadLibrary("net")` and the like succeed without loading
//! a `.so`), `System.mapLibraryName`, `BootLoader`'s package queries, and
//! `AtomicLong.VMSupportsCS8`.

use std::collections::BTreeSet;

use runtime::klass::BOOT_LOADER;
use runtime::natives::{Env, NativeRegistry};
use runtime::{JResult, Value};

use crate::io_support::{new_object_array, new_string};

const LIBRARIES: &str = "jdk/internal/loader/NativeLibraries";
const BOOT_LOADER_CLASS: &str = "jdk/internal/loader/BootLoader";

/// The JNI version recorded for a built-in library (`JNI_VERSION_1_8`).
const BUILTIN_JNI_VERSION: i32 = 0x0001_0008;

pub(crate) fn register(r: &NativeRegistry) {
    r.register(
        LIBRARIES,
        "findBuiltinLib",
        "(Ljava/lang/String;)Ljava/lang/String;",
        find_builtin_lib,
    );
    r.register(
        LIBRARIES,
        "load",
        "(Ljdk/internal/loader/NativeLibraries$NativeLibraryImpl;Ljava/lang/String;ZZZ)Z",
        load_library,
    );
    r.register(LIBRARIES, "unload", "(Ljava/lang/String;ZZJ)V", |_| {
        Ok(Value::Void)
    });
    r.register(
        LIBRARIES,
        "findEntry0",
        "(Ljdk/internal/loader/NativeLibraries$NativeLibraryImpl;Ljava/lang/String;)J",
        |_| Ok(Value::Long(0)),
    );
    r.register(
        BOOT_LOADER_CLASS,
        "getSystemPackageNames",
        "()[Ljava/lang/String;",
        system_package_names,
    );
    r.register(
        BOOT_LOADER_CLASS,
        "getSystemPackageLocation",
        "(Ljava/lang/String;)Ljava/lang/String;",
        system_package_location,
    );
    r.register(
        "java/lang/System",
        "mapLibraryName",
        "(Ljava/lang/String;)Ljava/lang/String;",
        map_library_name,
    );
    r.register(
        "jdk/internal/jimage/NativeImageBuffer",
        "getNativeMap",
        "(Ljava/lang/String;)Ljava/nio/ByteBuffer;",
        native_image_map,
    );
    // x86-64 has an 8-byte compare-and-swap.
    r.register(
        "java/util/concurrent/atomic/AtomicLong",
        "VMSupportsCS8",
        "()Z",
        |_| Ok(Value::Int(1)),
    );
}

/// `findBuiltinLib("libnet.so")`: "net" when the JDK ships that library (its natives are
/// Cortado's), else `null` (a user library, to be loaded from its file).
fn find_builtin_lib(env: &mut Env<'_>) -> JResult<Value> {
    let Some(name) = env.obj(0) else {
        return Err(env.throw("java/lang/Error", "NULL filename for native library"));
    };
    let file = runtime::strings::string_value(env.thread, name);
    let Some(short) = file
        .strip_prefix("lib")
        .and_then(|s| s.strip_suffix(".so"))
        .filter(|s| !s.is_empty())
    else {
        return Ok(Value::Ref(None));
    };
    let shipped = env.thread.vm.java_home.join("lib").join(&file).is_file();
    if !shipped {
        return Ok(Value::Ref(None));
    }
    Ok(Value::Ref(Some(new_string(env, short)?)))
}

/// `load(impl, name, isBuiltin, isJNI, throwExceptionIfFail)`: built-in libraries succeed
/// (their natives are registered already); loading a user JNI library is not supported yet.
fn load_library(env: &mut Env<'_>) -> JResult<Value> {
    let (builtin, throw_on_failure) = (env.int(2) != 0, env.int(4) != 0);
    if builtin {
        if let Some(lib) = env.obj(0) {
            let k = lib.klass();
            if let Some(f) = k.instance_field("handle", "J") {
                lib.put_i64(f.offset, 1);
            }
            if let Some(f) = k.instance_field("jniVersion", "I") {
                lib.put_i32(f.offset, BUILTIN_JNI_VERSION);
            }
        }
        return Ok(Value::Int(1));
    }
    if throw_on_failure {
        let name = env
            .obj(1)
            .map(|s| runtime::strings::string_value(env.thread, s))
            .unwrap_or_default();
        let msg = format!("Can't load library: {name}");
        return Err(env.throw("java/lang/UnsatisfiedLinkError", &msg));
    }
    Ok(Value::Int(0))
}

/// `NativeImageBuffer.getNativeMap(path)`: a direct buffer over the VM's own mapping of the
/// image when `path` is the image the boot loader reads (as HotSpot shares its mapping),
/// `null` otherwise (the JDK then maps the file itself).
fn native_image_map(env: &mut Env<'_>) -> JResult<Value> {
    let Some(path) = crate::io_support::path_arg(env, 0) else {
        return Ok(Value::Ref(None));
    };
    let image = &env.thread.vm.image;
    let same = std::fs::canonicalize(&path).ok() == std::fs::canonicalize(image.path()).ok();
    let bytes = image.mapped_bytes();
    let (address, len) = (bytes.as_ptr() as usize, bytes.len());
    match i32::try_from(len) {
        Ok(len) if same => crate::perf::direct_byte_buffer(env, address, len),
        _ => Ok(Value::Ref(None)),
    }
}

/// The packages (internal form, `java/lang`) of the classes the boot loader has loaded.
fn boot_packages(env: &Env<'_>) -> BTreeSet<String> {
    env.thread
        .vm
        .loaded_classes()
        .into_iter()
        .filter(|k| k.loader == BOOT_LOADER && !k.is_array())
        .map(|k| k.package().to_string())
        .filter(|p| !p.is_empty())
        .collect()
}

/// `getSystemPackageNames`: every package with a class loaded by the boot loader.
fn system_package_names(env: &mut Env<'_>) -> JResult<Value> {
    let names: Vec<String> = boot_packages(env).into_iter().collect();
    let array = new_object_array(env, "java/lang/String", &names, |env, s| {
        new_string(env, s).map(Some)
    })?;
    Ok(Value::Ref(Some(array)))
}

/// `getSystemPackageLocation("java/lang")`: "jrt:/<module>" for a package of the image with a
/// class loaded, `null` otherwise.
fn system_package_location(env: &mut Env<'_>) -> JResult<Value> {
    let Some(name) = env.obj(0) else {
        return Ok(Value::Ref(None));
    };
    let package = runtime::strings::string_value(env.thread, name);
    if !boot_packages(env).contains(&package) {
        return Ok(Value::Ref(None));
    }
    let module = env
        .thread
        .vm
        .image
        .package_module(&package)
        .ok()
        .flatten()
        .map(str::to_string);
    match module {
        Some(m) => Ok(Value::Ref(Some(new_string(env, &format!("jrt:/{m}"))?))),
        None => Ok(Value::Ref(None)),
    }
}

/// The longest library name `mapLibraryName` accepts (UTF-16 units).
const MAX_LIBRARY_NAME: usize = 240;

/// `System.mapLibraryName("net")`: "libnet.so".
fn map_library_name(env: &mut Env<'_>) -> JResult<Value> {
    let Some(name) = env.obj(0) else {
        return Err(env.throw_no_message("java/lang/NullPointerException"));
    };
    let units = runtime::strings::string_utf16(env.thread, name);
    if units.len() > MAX_LIBRARY_NAME {
        return Err(env.throw("java/lang/IllegalArgumentException", "name too long"));
    }
    let mut mapped: Vec<u16> = "lib".encode_utf16().collect();
    mapped.extend_from_slice(&units);
    mapped.extend(".so".encode_utf16());
    Ok(Value::Ref(Some(runtime::strings::new_string_utf16(
        env.thread, &mapped,
    )?)))
}
