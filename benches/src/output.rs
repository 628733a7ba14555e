//! The results as a text table, CSV and JSON.

use std::fmt::Write as _;

use crate::results::{Kind, Row, geomean};

/// The header of the CSV output.
pub const CSV_HEADER: &str = "kind,program,vm,runs,status,median_wall_ms,median_cpu_ms,\
median_peak_rss_kib,wall_ratio,cpu_ratio,rss_ratio,cortado_instructions";

/// Quotes a CSV field when it holds a comma, a quote or a line break.
pub fn csv_field(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}

/// A JSON string literal.
pub fn json_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A JSON number with `decimals` digits after the point, or `null` for a non-finite value.
fn json_number(value: f64, decimals: usize) -> String {
    if value.is_finite() {
        format!("{value:.decimals$}")
    } else {
        "null".into()
    }
}

/// One CSV line per program and VM; the ratio columns of a baseline's line are Cortado's
/// figures divided by that baseline's, and Cortado's instruction count sits on its own line.
pub fn csv(rows: &[Row]) -> String {
    let mut out = String::from(CSV_HEADER);
    out.push('\n');
    for row in rows {
        for (index, runs) in row.vms.iter().enumerate() {
            let medians = runs.medians();
            let ratios = (index > 0).then(|| row.ratios(index)).flatten();
            let num = |v: Option<f64>, d: usize| v.map_or_else(String::new, |v| format!("{v:.d$}"));
            let fields = [
                row.kind.name().to_string(),
                csv_field(&row.program),
                csv_field(&runs.vm),
                runs.samples.len().to_string(),
                csv_field(&runs.status()),
                num(medians.map(|m| m.wall_ms), 1),
                num(medians.map(|m| m.cpu_ms), 1),
                num(medians.map(|m| m.peak_rss_kib), 0),
                num(ratios.map(|r| r.wall), 3),
                num(ratios.map(|r| r.cpu), 3),
                num(ratios.map(|r| r.rss), 3),
                if index == 0 {
                    row.instructions.map_or_else(String::new, |i| i.to_string())
                } else {
                    String::new()
                },
            ];
            out.push_str(&fields.join(","));
            out.push('\n');
        }
    }
    out
}

/// What a JSON report says about the run as a whole.
pub struct RunInfo<'a> {
    /// The comparison mode (`xint`, `jit`).
    pub mode: &'a str,
    /// When the run started, ISO 8601 UTC.
    pub started: &'a str,
    /// Runs per program and VM.
    pub runs: usize,
    /// The repetition count passed to every program, when overridden.
    pub reps: Option<u32>,
    /// The git commit of Cortado measured.
    pub commit: &'a str,
}

/// The whole comparison as one JSON document.
pub fn json(info: &RunInfo<'_>, rows: &[Row]) -> String {
    let mut out = String::new();
    let _ = write!(
        out,
        "{{\n  \"mode\": {},\n  \"started\": {},\n  \"commit\": {},\n  \"runs\": {},\n  \"reps\": {},\n  \"programs\": [",
        json_string(info.mode),
        json_string(info.started),
        json_string(info.commit),
        info.runs,
        info.reps.map_or_else(|| "null".into(), |r| r.to_string()),
    );
    for (n, row) in rows.iter().enumerate() {
        let _ = write!(
            out,
            "{}\n    {{\"kind\": {}, \"name\": {}, \"cortado_instructions\": {}, \"vms\": [",
            if n == 0 { "" } else { "," },
            json_string(row.kind.name()),
            json_string(&row.program),
            row.instructions
                .map_or_else(|| "null".into(), |i| i.to_string()),
        );
        for (index, runs) in row.vms.iter().enumerate() {
            let samples: Vec<String> = runs
                .samples
                .iter()
                .map(|s| {
                    format!(
                        "{{\"wall_ms\": {}, \"cpu_ms\": {}, \"peak_rss_kib\": {}}}",
                        json_number(s.wall_ms, 2),
                        json_number(s.cpu_ms, 2),
                        s.peak_rss_kib
                    )
                })
                .collect();
            let medians = runs.medians().map_or_else(
                || "null".into(),
                |m| {
                    format!(
                        "{{\"wall_ms\": {}, \"cpu_ms\": {}, \"peak_rss_kib\": {}}}",
                        json_number(m.wall_ms, 2),
                        json_number(m.cpu_ms, 2),
                        json_number(m.peak_rss_kib, 0)
                    )
                },
            );
            let ratios = (index > 0)
                .then(|| row.ratios(index))
                .flatten()
                .map_or_else(
                    || "null".into(),
                    |r| {
                        format!(
                            "{{\"wall\": {}, \"cpu\": {}, \"rss\": {}}}",
                            json_number(r.wall, 4),
                            json_number(r.cpu, 4),
                            json_number(r.rss, 4)
                        )
                    },
                );
            let _ = write!(
                out,
                "{}\n      {{\"vm\": {}, \"status\": {}, \"median\": {medians}, \"cortado_ratio\": {ratios}, \"samples\": [{}]}}",
                if index == 0 { "" } else { "," },
                json_string(&runs.vm),
                json_string(&runs.status()),
                samples.join(", "),
            );
        }
        out.push_str("\n    ]}");
    }
    out.push_str("\n  ],\n  \"geomeans\": [");
    let mut first = true;
    for kind in [Kind::Suite, Kind::Startup] {
        for index in 1..baselines(rows) {
            let g = geomean(rows, kind, index);
            if g.programs + g.failed == 0 {
                continue;
            }
            let ratios = g.ratios.map_or_else(
                || "null".into(),
                |r| {
                    format!(
                        "{{\"wall\": {}, \"cpu\": {}, \"rss\": {}}}",
                        json_number(r.wall, 4),
                        json_number(r.cpu, 4),
                        json_number(r.rss, 4)
                    )
                },
            );
            let _ = write!(
                out,
                "{}\n    {{\"kind\": {}, \"baseline\": {}, \"programs\": {}, \"failed\": {}, \"cortado_ratio\": {ratios}}}",
                if first { "" } else { "," },
                json_string(kind.name()),
                json_string(&g.baseline),
                g.programs,
                g.failed,
            );
            first = false;
        }
    }
    out.push_str("\n  ]\n}\n");
    out
}

/// How many VMs the rows compare (Cortado and the baselines).
fn baselines(rows: &[Row]) -> usize {
    rows.iter().map(|r| r.vms.len()).max().unwrap_or(0)
}

/// The human-readable table: per program one line per VM with its medians and, for each
/// baseline, Cortado's ratios to it; then the geometric means.
pub fn table(rows: &[Row]) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{:<14} {:<28} {:>10} {:>10} {:>9} {:>7} {:>7} {:>7}",
        "program", "vm", "wall ms", "cpu ms", "RSS MiB", "wall x", "cpu x", "RSS x"
    );
    for row in rows {
        for (index, runs) in row.vms.iter().enumerate() {
            let name = if index == 0 { row.program.as_str() } else { "" };
            match runs.medians() {
                None => {
                    let _ = writeln!(out, "{name:<14} {:<28} {}", runs.vm, runs.status());
                }
                Some(m) => {
                    let _ = write!(
                        out,
                        "{name:<14} {:<28} {:>10.1} {:>10.1} {:>9.1}",
                        runs.vm,
                        m.wall_ms,
                        m.cpu_ms,
                        m.peak_rss_kib / 1024.0
                    );
                    if let Some(r) = (index > 0).then(|| row.ratios(index)).flatten() {
                        let _ = write!(out, " {:>7.2} {:>7.2} {:>7.2}", r.wall, r.cpu, r.rss);
                    }
                    out.push('\n');
                }
            }
        }
    }
    for kind in [Kind::Suite, Kind::Startup] {
        for index in 1..baselines(rows) {
            let g = geomean(rows, kind, index);
            if g.programs + g.failed == 0 {
                continue;
            }
            let _ = match g.ratios {
                Some(r) => writeln!(
                    out,
                    "geomean {} vs {}: wall {:.2}x  cpu {:.2}x  RSS {:.2}x  ({} programs, {} failed)",
                    kind.name(),
                    g.baseline,
                    r.wall,
                    r.cpu,
                    r.rss,
                    g.programs,
                    g.failed
                ),
                None => writeln!(
                    out,
                    "geomean {} vs {}: none ({} failed)",
                    kind.name(),
                    g.baseline,
                    g.failed
                ),
            };
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::results::tests::two_rows;

    #[test]
    fn csv_quotes_only_when_needed() {
        assert_eq!(csv_field("plain"), "plain");
        assert_eq!(csv_field("a,b"), "\"a,b\"");
        assert_eq!(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
    }

    #[test]
    fn csv_has_a_line_per_program_and_vm() {
        let mut rows = two_rows();
        rows[1].vms[0].failure = Some("exit 1, \"boom\"".into());
        let text = csv(&rows);
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 5);
        assert_eq!(lines[0], CSV_HEADER);
        assert_eq!(lines[1], "suite,Fast,cortado,2,ok,110.0,92.5,2048,,,,12345");
        assert_eq!(
            lines[2],
            "suite,Fast,java -Xint,2,ok,200.0,185.0,4096,0.550,0.500,0.500,"
        );
        assert_eq!(
            lines[3],
            "suite,Slow,cortado,1,\"failed: exit 1, \"\"boom\"\"\",,,,,,,"
        );
        assert_eq!(lines[4], "suite,Slow,java -Xint,1,ok,200.0,200.0,4096,,,,");
        let columns = CSV_HEADER.split(',').count();
        assert_eq!(lines[2].split(',').count(), columns);
    }

    #[test]
    fn json_escapes_and_reports_geomeans() {
        assert_eq!(json_string("a\"b\\c\nd\u{1}"), "\"a\\\"b\\\\c\\nd\\u0001\"");
        let info = RunInfo {
            mode: "xint",
            started: "2026-11-21T09:00:00Z",
            runs: 2,
            reps: None,
            commit: "abc",
        };
        let text = json(&info, &two_rows());
        assert!(text.starts_with("{\n  \"mode\": \"xint\""));
        assert!(text.contains("\"reps\": null"));
        assert!(text.contains("\"cortado_instructions\": 12345"));
        assert!(
            text.contains(
                "\"cortado_ratio\": {\"wall\": 0.5500, \"cpu\": 0.5000, \"rss\": 0.5000}"
            )
        );
        assert!(text.contains("\"baseline\": \"java -Xint\", \"programs\": 2, \"failed\": 0"));
        // Balanced brackets: a cheap well-formedness check.
        let count = |c| text.matches(c).count();
        assert_eq!(count('{'), count('}'));
        assert_eq!(count('['), count(']'));
    }

    #[test]
    fn table_shows_ratios_and_geomean() {
        let text = table(&two_rows());
        assert!(text.contains("Fast"));
        assert!(text.contains("0.55    0.50    0.50"), "{text}");
        assert!(
            text.contains("geomean suite vs java -Xint: wall 1.05x"),
            "{text}"
        );
    }
}

/// `seconds` since the Unix epoch as ISO 8601 UTC (`2026-11-21T09:30:00Z`).
pub fn utc_iso(seconds: u64) -> String {
    let days = (seconds / 86400) as i64;
    let rest = seconds % 86400;
    // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}Z",
        rest / 3600,
        rest / 60 % 60,
        rest % 60
    )
}

#[cfg(test)]
mod time_tests {
    use super::utc_iso;

    #[test]
    fn iso_dates() {
        assert_eq!(utc_iso(0), "1970-01-01T00:00:00Z");
        assert_eq!(utc_iso(951_782_400), "2000-02-29T00:00:00Z");
        assert_eq!(
            utc_iso(1_795_219_200 + 9 * 3600 + 61),
            "2026-11-21T09:01:01Z"
        );
    }
}
