//! The results of a comparison: per program and VM the samples and their medians, the ratios
//! of Cortado (the first VM) to each baseline, and the geometric means of those ratios.

use crate::measure::Sample;
use crate::stats::{geometric_mean, median, ratio};

/// Which part of the comparison a row belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// A benchmark program of the suite.
    Suite,
    /// A start-up measurement (Hello World, many classes).
    Startup,
}

impl Kind {
    /// The name used in CSV and JSON.
    pub fn name(self) -> &'static str {
        match self {
            Kind::Suite => "suite",
            Kind::Startup => "startup",
        }
    }
}

/// Every run of one program on one VM.
#[derive(Clone, Debug, PartialEq)]
pub struct VmRuns {
    /// The VM's label, e.g. `java -Xint`.
    pub vm: String,
    /// The successful runs' measurements.
    pub samples: Vec<Sample>,
    /// Why the program failed on this VM (its first failure), if it did.
    pub failure: Option<String>,
}

/// Medians of a VM's samples.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Medians {
    /// Median wall time, ms.
    pub wall_ms: f64,
    /// Median CPU time, ms.
    pub cpu_ms: f64,
    /// Median peak RSS, KiB.
    pub peak_rss_kib: f64,
}

/// Cortado's figures divided by a baseline's (above 1: Cortado is slower or bigger).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Ratios {
    /// Wall-time ratio.
    pub wall: f64,
    /// CPU-time ratio.
    pub cpu: f64,
    /// Peak-RSS ratio.
    pub rss: f64,
}

impl VmRuns {
    /// The medians, when the program succeeded on this VM.
    pub fn medians(&self) -> Option<Medians> {
        if self.failure.is_some() {
            return None;
        }
        let of = |f: fn(&Sample) -> f64| median(&self.samples.iter().map(f).collect::<Vec<_>>());
        Some(Medians {
            wall_ms: of(|s| s.wall_ms)?,
            cpu_ms: of(|s| s.cpu_ms)?,
            peak_rss_kib: of(|s| s.peak_rss_kib as f64)?,
        })
    }

    /// `ok`, or `failed: <reason>`.
    pub fn status(&self) -> String {
        match &self.failure {
            None => "ok".into(),
            Some(why) => format!("failed: {why}"),
        }
    }
}

/// One program measured on every VM; `vms[0]` is Cortado.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    /// Suite program or start-up measurement.
    pub kind: Kind,
    /// The program's name.
    pub program: String,
    /// The runs per VM, Cortado first.
    pub vms: Vec<VmRuns>,
    /// Cortado's instruction count under callgrind, when measured.
    pub instructions: Option<u64>,
}

impl Row {
    /// Cortado's ratios to baseline `vms[index]` (`index >= 1`), when both succeeded.
    pub fn ratios(&self, index: usize) -> Option<Ratios> {
        let ours = self.vms.first()?.medians()?;
        let theirs = self.vms.get(index)?.medians()?;
        Some(Ratios {
            wall: ratio(ours.wall_ms, theirs.wall_ms)?,
            cpu: ratio(ours.cpu_ms, theirs.cpu_ms)?,
            rss: ratio(ours.peak_rss_kib, theirs.peak_rss_kib)?,
        })
    }
}

/// Geometric means of the ratios to one baseline over the rows of one kind.
#[derive(Clone, Debug, PartialEq)]
pub struct Geomean {
    /// The baseline's label.
    pub baseline: String,
    /// The rows' kind.
    pub kind: Kind,
    /// Geometric means (`None` when no row has ratios).
    pub ratios: Option<Ratios>,
    /// How many rows have ratios.
    pub programs: usize,
    /// How many rows failed on some VM.
    pub failed: usize,
}

/// The geometric means of `rows` of `kind` against baseline `vms[index]`.
pub fn geomean(rows: &[Row], kind: Kind, index: usize) -> Geomean {
    let of_kind: Vec<&Row> = rows.iter().filter(|r| r.kind == kind).collect();
    let ratios: Vec<Ratios> = of_kind.iter().filter_map(|r| r.ratios(index)).collect();
    let mean = |f: fn(&Ratios) -> f64| geometric_mean(&ratios.iter().map(f).collect::<Vec<_>>());
    let all = match (mean(|r| r.wall), mean(|r| r.cpu), mean(|r| r.rss)) {
        (Some(wall), Some(cpu), Some(rss)) => Some(Ratios { wall, cpu, rss }),
        _ => None,
    };
    let baseline = of_kind
        .first()
        .and_then(|r| r.vms.get(index))
        .map_or_else(String::new, |v| v.vm.clone());
    Geomean {
        baseline,
        kind,
        ratios: all,
        programs: ratios.len(),
        failed: of_kind.len() - ratios.len(),
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    pub(crate) fn sample(wall_ms: f64, cpu_ms: f64, peak_rss_kib: u64) -> Sample {
        Sample {
            wall_ms,
            cpu_ms,
            peak_rss_kib,
        }
    }

    pub(crate) fn runs(vm: &str, samples: Vec<Sample>) -> VmRuns {
        VmRuns {
            vm: vm.into(),
            samples,
            failure: None,
        }
    }

    pub(crate) fn two_rows() -> Vec<Row> {
        vec![
            Row {
                kind: Kind::Suite,
                program: "Fast".into(),
                vms: vec![
                    runs(
                        "cortado",
                        vec![sample(100.0, 90.0, 2048), sample(120.0, 95.0, 2048)],
                    ),
                    runs(
                        "java -Xint",
                        vec![sample(200.0, 180.0, 4096), sample(200.0, 190.0, 4096)],
                    ),
                ],
                instructions: Some(12345),
            },
            Row {
                kind: Kind::Suite,
                program: "Slow".into(),
                vms: vec![
                    runs("cortado", vec![sample(400.0, 400.0, 1024)]),
                    runs("java -Xint", vec![sample(200.0, 200.0, 4096)]),
                ],
                instructions: None,
            },
        ]
    }

    #[test]
    fn medians_and_ratios() {
        let rows = two_rows();
        let m = rows[0].vms[0].medians().unwrap();
        assert_eq!(m.wall_ms, 110.0);
        assert_eq!(m.cpu_ms, 92.5);
        let r = rows[0].ratios(1).unwrap();
        assert_eq!(r.wall, 110.0 / 200.0);
        assert_eq!(r.cpu, 92.5 / 185.0);
        assert_eq!(r.rss, 0.5);
        assert_eq!(rows[1].ratios(1).unwrap().wall, 2.0);
        assert!(rows[0].ratios(2).is_none());
    }

    #[test]
    fn geomean_skips_failed_rows() {
        let mut rows = two_rows();
        let g = geomean(&rows, Kind::Suite, 1);
        assert_eq!(g.baseline, "java -Xint");
        assert_eq!((g.programs, g.failed), (2, 0));
        let wall = g.ratios.unwrap().wall;
        assert!((wall - (0.55f64 * 2.0).sqrt()).abs() < 1e-12);
        rows[1].vms[0].failure = Some("exit 1".into());
        assert_eq!(rows[1].vms[0].status(), "failed: exit 1");
        let g = geomean(&rows, Kind::Suite, 1);
        assert_eq!((g.programs, g.failed), (1, 1));
        assert!((g.ratios.unwrap().wall - 0.55).abs() < 1e-12);
        let none = geomean(&rows, Kind::Startup, 1);
        assert_eq!((none.programs, none.ratios), (0, None));
    }
}
