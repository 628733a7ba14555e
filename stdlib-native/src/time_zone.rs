//! `java.util.TimeZone`'s host time zone, found as libjava does on Linux: `TZ` (a leading
//! ':' and a "posix/" prefix ignored), else `/etc/timezone`, else the `zoneinfo/` part of the
//! `/etc/localtime` link, else the zoneinfo file whose bytes equal `/etc/localtime`'s; `null`
//! (so "GMT" in Java) when none tells.

use std::fs;
use std::path::Path;

use runtime::natives::{Env, NativeRegistry};
use runtime::{JResult, Value};

use crate::io_support::new_string;
use crate::os;

const TIME_ZONE: &str = "java/util/TimeZone";
const ZONEINFO: &str = "/usr/share/zoneinfo";

pub(crate) fn register(r: &NativeRegistry) {
    r.register(
        TIME_ZONE,
        "getSystemTimeZoneID",
        "(Ljava/lang/String;)Ljava/lang/String;",
        system_time_zone_id,
    );
    r.register(
        TIME_ZONE,
        "getSystemGMTOffsetID",
        "()Ljava/lang/String;",
        system_gmt_offset_id,
    );
}

fn system_time_zone_id(env: &mut Env<'_>) -> JResult<Value> {
    match host_time_zone() {
        Some(id) => Ok(Value::Ref(Some(new_string(env, &id)?))),
        None => Ok(Value::Ref(None)),
    }
}

/// The host's time zone ID, if it can be told.
pub fn host_time_zone() -> Option<String> {
    let tz = std::env::var("TZ")
        .ok()
        .filter(|t| !t.is_empty())
        .or_else(platform_time_zone)?;
    let tz = tz.strip_prefix(':').unwrap_or(&tz);
    let tz = tz.strip_prefix("posix/").unwrap_or(tz);
    Some(tz.to_string())
}

fn platform_time_zone() -> Option<String> {
    if let Ok(text) = fs::read_to_string("/etc/timezone") {
        let first = text.lines().next().unwrap_or("").trim_end();
        if !first.is_empty() {
            return Some(first.to_string());
        }
    }
    let localtime = Path::new("/etc/localtime");
    let meta = fs::symlink_metadata(localtime).ok()?;
    if meta.file_type().is_symlink() {
        let target = fs::read_link(localtime).ok()?;
        let target = target.to_string_lossy();
        let i = target.find("zoneinfo/")?;
        return Some(target[i + "zoneinfo/".len()..].to_string());
    }
    if !meta.is_file() {
        return None;
    }
    let bytes = fs::read(localtime).ok()?;
    find_zone_file(Path::new(ZONEINFO), &bytes, "")
}

/// The zoneinfo file under `dir` with contents `bytes`, by name relative to the zoneinfo
/// root, searched in directory order ("ROC", "posixrules" and "localtime" are skipped).
fn find_zone_file(dir: &Path, bytes: &[u8], prefix: &str) -> Option<String> {
    for entry in fs::read_dir(dir).ok()?.filter_map(Result::ok) {
        let name = entry.file_name().to_string_lossy().into_owned();
        if matches!(name.as_str(), "ROC" | "posixrules" | "localtime") {
            continue;
        }
        let path = entry.path();
        let relative = format!("{prefix}{name}");
        let Ok(meta) = fs::metadata(&path) else {
            continue;
        };
        if meta.is_dir() {
            if let Some(found) = find_zone_file(&path, bytes, &format!("{relative}/")) {
                return Some(found);
            }
        } else if meta.len() == bytes.len() as u64 && fs::read(&path).is_ok_and(|b| b == bytes) {
            return Some(relative);
        }
    }
    None
}

/// `getSystemGMTOffsetID`: "GMT" for UTC, else "GMT+hh:mm" / "GMT-hh:mm" for the offset now.
fn system_gmt_offset_id(env: &mut Env<'_>) -> JResult<Value> {
    let id = gmt_offset_id(os::local_utc_offset().unwrap_or(0));
    Ok(Value::Ref(Some(new_string(env, &id)?)))
}

fn gmt_offset_id(offset_seconds: i64) -> String {
    let minutes = offset_seconds / 60;
    if minutes == 0 {
        return "GMT".to_string();
    }
    let sign = if minutes < 0 { '-' } else { '+' };
    let m = minutes.abs();
    format!("GMT{sign}{:02}:{:02}", m / 60, m % 60)
}

#[cfg(test)]
mod tests {
    use super::gmt_offset_id;

    #[test]
    fn offset_ids_are_formatted_as_libjava() {
        assert_eq!(gmt_offset_id(0), "GMT");
        assert_eq!(gmt_offset_id(19800), "GMT+05:30");
        assert_eq!(gmt_offset_id(-12600), "GMT-03:30");
    }
}
