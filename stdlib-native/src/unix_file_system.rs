//! `java.io.UnixFileSystem`: the file operations behind `java.io.File`, as libjava does them on
//! Linux. Failures answer `false`/0/`null` as there, except `canonicalize0` and
//! `createFileExclusively`, which throw `IOException`.

use std::ffi::OsStr;
use std::fs;
use std::io;
use std::os::unix::ffi::{OsStrExt, OsStringExt};
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};

use runtime::natives::{Env, NativeRegistry};
use runtime::oops::ObjRef;
use runtime::{JResult, Value};

use crate::io_support::{host_path, new_object_array, new_platform_string, path_arg, throw_io};
use crate::os;

const UFS: &str = "java/io/UnixFileSystem";
const FILE_ARG: &str = "(Ljava/io/File;)";

/// `java.io.FileSystem`'s attribute bits and access and space selectors.
const BA_EXISTS: i32 = 0x01;
const BA_REGULAR: i32 = 0x02;
const BA_DIRECTORY: i32 = 0x04;
const ACCESS_READ: i32 = 0x04;
const ACCESS_WRITE: i32 = 0x02;
const ACCESS_EXECUTE: i32 = 0x01;
const SPACE_TOTAL: i32 = 0;
const SPACE_FREE: i32 = 1;
const SPACE_USABLE: i32 = 2;
/// Linux's `NAME_MAX`, answered when `pathconf` cannot tell.
const NAME_MAX: i64 = 255;

pub(crate) fn register(r: &NativeRegistry) {
    let file = |ret: &str| format!("{FILE_ARG}{ret}");
    r.register(UFS, "initIDs", "()V", |_| Ok(Value::Void));
    r.register(
        UFS,
        "canonicalize0",
        "(Ljava/lang/String;)Ljava/lang/String;",
        canonicalize0,
    );
    r.register(UFS, "getBooleanAttributes0", &file("I"), boolean_attributes);
    r.register(UFS, "checkAccess", "(Ljava/io/File;I)Z", check_access);
    r.register(UFS, "getLastModifiedTime", &file("J"), last_modified);
    r.register(UFS, "getLength", &file("J"), length);
    r.register(UFS, "setPermission", "(Ljava/io/File;IZZ)Z", set_permission);
    r.register(
        UFS,
        "createFileExclusively",
        "(Ljava/lang/String;)Z",
        create_exclusively,
    );
    r.register(UFS, "delete0", &file("Z"), delete);
    r.register(UFS, "list", &file("[Ljava/lang/String;"), list);
    r.register(UFS, "createDirectory", &file("Z"), create_directory);
    r.register(UFS, "rename0", "(Ljava/io/File;Ljava/io/File;)Z", rename);
    r.register(
        UFS,
        "setLastModifiedTime",
        "(Ljava/io/File;J)Z",
        set_last_modified,
    );
    r.register(UFS, "setReadOnly", &file("Z"), set_read_only);
    r.register(UFS, "getSpace", "(Ljava/io/File;I)J", space);
    r.register(UFS, "getNameMax0", "(Ljava/lang/String;)J", name_max);
}

/// The path of the `java.io.File` argument `i` (its `path` field).
fn file_path(env: &Env<'_>, i: usize) -> Option<PathBuf> {
    let file = env.obj(i)?;
    let f = file.klass().instance_field("path", "Ljava/lang/String;")?;
    let path: ObjRef = file.get_ref(f.offset)?;
    Some(host_path(env, path))
}

fn bool_result(b: bool) -> JResult<Value> {
    Ok(Value::Int(b.into()))
}

/// `canonicalize0`: `realpath` of the longest prefix that resolves, the rest appended, then
/// remaining "." and ".." names collapsed textually (libjava's `JDK_Canonicalize`).
fn canonicalize0(env: &mut Env<'_>) -> JResult<Value> {
    let Some(path) = path_arg(env, 1) else {
        return Err(env.throw_no_message("java/lang/NullPointerException"));
    };
    match canonicalize(path.as_os_str().as_bytes()) {
        Ok(c) => Ok(Value::Ref(Some(new_platform_string(env, &c)?))),
        Err(e) => Err(throw_io(env, &e)),
    }
}

/// Linux's `PATH_MAX`.
const PATH_MAX: usize = 4096;

fn canonicalize(orig: &[u8]) -> io::Result<Vec<u8>> {
    if orig.len() > PATH_MAX {
        return Err(io::Error::from_raw_os_error(libc::ENAMETOOLONG));
    }
    let real =
        |p: &[u8]| fs::canonicalize(OsStr::from_bytes(p)).map(|r| r.into_os_string().into_vec());
    if let Ok(resolved) = real(orig) {
        return Ok(collapse(&resolved));
    }
    // Drop names from the end until a prefix resolves; keep the rest as it is.
    let mut cut = orig.len();
    while let Some(slash) = orig[..cut].iter().rposition(|&b| b == b'/') {
        if slash == 0 {
            break;
        }
        cut = slash;
        match real(&orig[..cut]) {
            Ok(mut resolved) => {
                let mut rest = &orig[cut..];
                if resolved.ends_with(b"/") && rest.starts_with(b"/") {
                    rest = &rest[1..];
                }
                resolved.extend_from_slice(rest);
                if resolved.len() >= PATH_MAX {
                    return Err(io::Error::from_raw_os_error(libc::ENAMETOOLONG));
                }
                return Ok(collapse(&resolved));
            }
            Err(e)
                if matches!(
                    e.raw_os_error(),
                    Some(libc::ENOENT | libc::ENOTDIR | libc::EACCES)
                ) => {}
            Err(e) => return Err(e),
        }
    }
    Ok(collapse(orig))
}

/// Removes "." names and each ".." with the name before it (a leading ".." stays).
fn collapse(path: &[u8]) -> Vec<u8> {
    let (root, names): (&[u8], &[u8]) = match path.strip_prefix(b"/") {
        Some(rest) => (b"/", rest),
        None => (b"", path),
    };
    let mut kept: Vec<Option<&[u8]>> = names.split(|&b| b == b'/').map(Some).collect();
    for i in 0..kept.len() {
        match kept[i] {
            Some(b".") => kept[i] = None,
            Some(b"..") => {
                if let Some(j) = (0..i).rev().find(|&j| kept[j].is_some()) {
                    kept[j] = None;
                    kept[i] = None;
                }
            }
            _ => {}
        }
    }
    let joined: Vec<&[u8]> = kept.into_iter().flatten().collect();
    let mut out = root.to_vec();
    out.extend_from_slice(&joined.join(&b'/'));
    out
}

fn boolean_attributes(env: &mut Env<'_>) -> JResult<Value> {
    let Some(meta) = file_path(env, 1).and_then(|p| fs::metadata(p).ok()) else {
        return Ok(Value::Int(0));
    };
    let mut bits = BA_EXISTS;
    if meta.file_type().is_file() {
        bits |= BA_REGULAR;
    }
    if meta.is_dir() {
        bits |= BA_DIRECTORY;
    }
    Ok(Value::Int(bits))
}

fn check_access(env: &mut Env<'_>) -> JResult<Value> {
    let mode = match env.int(2) {
        ACCESS_READ => libc::R_OK,
        ACCESS_WRITE => libc::W_OK,
        ACCESS_EXECUTE => libc::X_OK,
        _ => libc::F_OK,
    };
    bool_result(file_path(env, 1).is_some_and(|p| os::access(&p, mode)))
}

fn last_modified(env: &mut Env<'_>) -> JResult<Value> {
    let ms = file_path(env, 1)
        .and_then(|p| fs::metadata(p).ok())
        .map_or(0, |m| m.mtime() * 1000 + m.mtime_nsec() / 1_000_000);
    Ok(Value::Long(ms))
}

fn length(env: &mut Env<'_>) -> JResult<Value> {
    let len = file_path(env, 1)
        .and_then(|p| fs::metadata(p).ok())
        .map_or(0, |m| m.size() as i64);
    Ok(Value::Long(len))
}

/// `setPermission(File, access, enable, ownerOnly)`: sets or clears the owner's (or
/// everyone's) bit for `access`.
fn set_permission(env: &mut Env<'_>) -> JResult<Value> {
    let (access, enable, owner_only) = (env.int(2), env.int(3) != 0, env.int(4) != 0);
    let owner = match access {
        ACCESS_READ => 0o400,
        ACCESS_WRITE => 0o200,
        ACCESS_EXECUTE => 0o100,
        _ => return bool_result(false),
    };
    let bits = if owner_only {
        owner
    } else {
        owner | owner >> 3 | owner >> 6
    };
    let Some(path) = file_path(env, 1) else {
        return bool_result(false);
    };
    let ok = fs::metadata(&path).is_ok_and(|m| {
        let mode = m.mode();
        let mode = if enable { mode | bits } else { mode & !bits };
        fs::set_permissions(&path, fs::Permissions::from_mode(mode & 0o7777)).is_ok()
    });
    bool_result(ok)
}

fn create_exclusively(env: &mut Env<'_>) -> JResult<Value> {
    let Some(path) = path_arg(env, 1) else {
        return Err(env.throw_no_message("java/lang/NullPointerException"));
    };
    if path == Path::new("/") {
        return bool_result(false);
    }
    let flags = libc::O_RDWR | libc::O_CREAT | libc::O_EXCL;
    match os::open(&path, flags, 0o666) {
        Ok(fd) => match os::close(fd) {
            Ok(()) => bool_result(true),
            Err(e) => Err(throw_io(env, &e)),
        },
        Err(e) if e.raw_os_error() == Some(libc::EEXIST) => bool_result(false),
        Err(e) => Err(throw_io(env, &e)),
    }
}

/// `delete0`: C's `remove`: `unlink`, or `rmdir` for a directory.
fn delete(env: &mut Env<'_>) -> JResult<Value> {
    let ok = file_path(env, 1).is_some_and(|p| match fs::symlink_metadata(&p) {
        Ok(m) if m.is_dir() => fs::remove_dir(&p).is_ok(),
        Ok(_) => fs::remove_file(&p).is_ok(),
        Err(_) => false,
    });
    bool_result(ok)
}

/// `list`: the names in a directory in `readdir` order, "." and ".." left out; `null` if it
/// cannot be read.
fn list(env: &mut Env<'_>) -> JResult<Value> {
    let Some(entries) = file_path(env, 1).and_then(|p| fs::read_dir(p).ok()) else {
        return Ok(Value::Ref(None));
    };
    let names: Vec<Vec<u8>> = entries
        .filter_map(Result::ok)
        .map(|e| e.file_name().into_vec())
        .collect();
    let array = new_object_array(env, "java/lang/String", &names, |env, name| {
        new_platform_string(env, name).map(Some)
    })?;
    Ok(Value::Ref(Some(array)))
}

fn create_directory(env: &mut Env<'_>) -> JResult<Value> {
    bool_result(file_path(env, 1).is_some_and(|p| fs::create_dir(p).is_ok()))
}

fn rename(env: &mut Env<'_>) -> JResult<Value> {
    let ok = match (file_path(env, 1), file_path(env, 2)) {
        (Some(from), Some(to)) => fs::rename(from, to).is_ok(),
        _ => false,
    };
    bool_result(ok)
}

fn set_last_modified(env: &mut Env<'_>) -> JResult<Value> {
    let time = env.long(2);
    let ok = file_path(env, 1).is_some_and(|p| {
        fs::metadata(&p).is_ok()
            && os::set_modified_time(&p, time / 1000, (time % 1000) * 1_000_000).is_ok()
    });
    bool_result(ok)
}

fn set_read_only(env: &mut Env<'_>) -> JResult<Value> {
    let ok = file_path(env, 1).is_some_and(|p| {
        fs::metadata(&p).is_ok_and(|m| {
            let mode = m.mode() & !0o222 & 0o7777;
            fs::set_permissions(&p, fs::Permissions::from_mode(mode)).is_ok()
        })
    });
    bool_result(ok)
}

fn space(env: &mut Env<'_>) -> JResult<Value> {
    let which = env.int(2);
    let bytes =
        file_path(env, 1)
            .and_then(|p| os::space(&p).ok())
            .map_or(0, |(total, free, usable)| match which {
                SPACE_TOTAL => total,
                SPACE_FREE => free,
                SPACE_USABLE => usable,
                _ => 0,
            });
    Ok(Value::Long(bytes as i64))
}

fn name_max(env: &mut Env<'_>) -> JResult<Value> {
    let n = path_arg(env, 1)
        .and_then(|p| os::name_max(&p).ok())
        .unwrap_or(NAME_MAX);
    Ok(Value::Long(n))
}

#[cfg(test)]
mod tests {
    use super::collapse;

    #[test]
    fn collapse_removes_dot_and_dot_dot_names() {
        assert_eq!(collapse(b"/a/./b/../c"), b"/a/c");
        assert_eq!(collapse(b"/a/b/.."), b"/a");
        assert_eq!(collapse(b"/.."), b"/..");
        assert_eq!(collapse(b"a/../.."), b"..");
        assert_eq!(collapse(b"/"), b"/");
    }
}
