//! `sun.nio.fs.LinuxNativeDispatcher`'s mount-table natives (`setmntent`, `getmntent`,
//! `endmntent`) and the `UnixNativeDispatcher` stream calls the JDK makes on such a table
//! (`getlinelen`, `rewind`), behind `Files.getFileStore` and `FileSystem.getFileStores`: the
//! table (`/proc/mounts`) is read whole, then its lines are handed out one at a time and
//! parsed as glibc's `getmntent` does (fields split on blanks, octal escapes such as `\040`
//! decoded).

use std::collections::HashMap;
use std::os::unix::ffi::OsStrExt;
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::{Mutex, MutexGuard};

use runtime::natives::{Env, NativeRegistry};
use runtime::{JResult, Value};

use crate::io_support::new_byte_array;
use crate::nio_fs::{c_bytes_at, throw_unix};

const DISPATCHER: &str = "sun/nio/fs/LinuxNativeDispatcher";

pub(crate) fn register(r: &NativeRegistry) {
    r.register(DISPATCHER, "init", "()V", |_| Ok(Value::Void));
    r.register(DISPATCHER, "setmntent0", "(JJ)J", setmntent0);
    r.register(
        DISPATCHER,
        "getmntent0",
        "(JLsun/nio/fs/UnixMountEntry;JI)I",
        getmntent0,
    );
    r.register(DISPATCHER, "endmntent", "(J)V", endmntent);
    let unix = "sun/nio/fs/UnixNativeDispatcher";
    r.register(unix, "getlinelen", "(J)I", getlinelen);
    r.register(unix, "rewind", "(J)V", rewind);
}

/// An open table: its lines and the index of the next one.
struct Table {
    lines: Vec<Vec<u8>>,
    next: usize,
}

/// One mount: file system name, mount point, type, options.
type Mount = [Vec<u8>; 4];

/// Open mount tables by handle.
static TABLES: Mutex<Option<HashMap<i64, Table>>> = Mutex::new(None);
static NEXT_TABLE: AtomicI64 = AtomicI64::new(1);

fn tables() -> MutexGuard<'static, Option<HashMap<i64, Table>>> {
    TABLES
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// Decodes `getmntent`'s octal escapes (`\040` is a space).
fn unescape(field: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(field.len());
    let mut i = 0;
    while i < field.len() {
        let octal = field
            .get(i + 1..i + 4)
            .filter(|d| field[i] == b'\\' && d.iter().all(|c| (b'0'..=b'7').contains(c)));
        match octal {
            Some(d) => {
                let v = d.iter().fold(0u32, |v, c| v * 8 + u32::from(c - b'0'));
                out.push(v as u8);
                i += 4;
            }
            None => {
                out.push(field[i]);
                i += 1;
            }
        }
    }
    out
}

/// The mount a table line describes (`None` for comments and short lines).
fn parse_mount(line: &[u8]) -> Option<Mount> {
    let mut fields = line
        .split(|b| matches!(*b, b' ' | b'\t' | b'\n'))
        .filter(|f| !f.is_empty());
    let first = fields.next().filter(|f| !f.starts_with(b"#"))?;
    let (dir, kind, opts) = (fields.next()?, fields.next()?, fields.next()?);
    Some([first, dir, kind, opts].map(unescape))
}

/// A table's text as lines, each with its newline.
fn lines_of(text: &[u8]) -> Vec<Vec<u8>> {
    text.split_inclusive(|&b| b == b'\n')
        .map(<[u8]>::to_vec)
        .collect()
}

/// `setmntent0(path, mode)`: opens the table.
fn setmntent0(env: &mut Env<'_>) -> JResult<Value> {
    let path = std::path::PathBuf::from(std::ffi::OsStr::from_bytes(&c_bytes_at(env.long(0))));
    match std::fs::read(&path) {
        Ok(text) => {
            let table = Table {
                lines: lines_of(&text),
                next: 0,
            };
            let handle = NEXT_TABLE.fetch_add(1, Ordering::Relaxed);
            tables()
                .get_or_insert_with(HashMap::new)
                .insert(handle, table);
            Ok(Value::Long(handle))
        }
        Err(e) => Err(throw_unix(env, &e)),
    }
}

/// `getmntent0(fp, entry, buffer, bufLen)`: fills `entry` with the next mount, -1 at the end.
fn getmntent0(env: &mut Env<'_>) -> JResult<Value> {
    let handle = env.long(0);
    let next = tables()
        .as_mut()
        .and_then(|t| t.get_mut(&handle))
        .and_then(|table| {
            while let Some(line) = table.lines.get(table.next) {
                table.next += 1;
                if let Some(mount) = parse_mount(line) {
                    return Some(mount);
                }
            }
            None
        });
    let Some(mount) = next else {
        return Ok(Value::Int(-1));
    };
    let entry = env.arg_local(1);
    for (field, bytes) in ["name", "dir", "fstype", "opts"].iter().zip(mount.iter()) {
        let array = new_byte_array(env, bytes)?;
        if let Some(entry) = env.get(entry)
            && let Some(f) = entry.klass().instance_field(field, "[B")
        {
            entry.put_ref(f.offset, Some(array));
        }
    }
    Ok(Value::Int(0))
}

fn endmntent(env: &mut Env<'_>) -> JResult<Value> {
    let handle = env.long(0);
    if let Some(t) = tables().as_mut() {
        t.remove(&handle);
    }
    Ok(Value::Void)
}

/// `getlinelen(fp)`: the length of the next line (newline included), -1 at the end.
fn getlinelen(env: &mut Env<'_>) -> JResult<Value> {
    let handle = env.long(0);
    let len = tables()
        .as_mut()
        .and_then(|t| t.get_mut(&handle))
        .and_then(|table| {
            let len = table.lines.get(table.next)?.len();
            table.next += 1;
            Some(len)
        });
    Ok(Value::Int(len.map_or(-1, |l| l as i32)))
}

/// `rewind(fp)`: back to the first line.
fn rewind(env: &mut Env<'_>) -> JResult<Value> {
    let handle = env.long(0);
    if let Some(table) = tables().as_mut().and_then(|t| t.get_mut(&handle)) {
        table.next = 0;
    }
    Ok(Value::Void)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mount_lines_are_split_and_unescaped() {
        let text = b"# comment\nproc /proc proc rw,nosuid 0 0\n/dev/sda1 /mnt/my\\040disk ext4 rw 0 0\nshort line\n";
        let lines = lines_of(text);
        assert_eq!(lines.len(), 4);
        assert_eq!(lines[1].len(), 30);
        let mounts: Vec<Mount> = lines.iter().filter_map(|l| parse_mount(l)).collect();
        assert_eq!(mounts.len(), 2);
        assert_eq!(mounts[0][1], b"/proc");
        assert_eq!(mounts[1][1], b"/mnt/my disk");
        assert_eq!(mounts[1][3], b"rw");
        assert_eq!(unescape(b"a\\134b\\0"), b"a\\b\\0");
    }
}
