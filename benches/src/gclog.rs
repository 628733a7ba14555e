//! Reading `-Xlog:gc` output (HotSpot's and Cortado's share the shape
//! `[0.123s][info][gc] GC(3) Pause Young (Allocation Failure) 24M->3M(256M) 1.234ms`):
//! how many young and full pauses, and their lengths.

/// The pauses of one run.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Pauses {
    /// Young pauses, in milliseconds, in order.
    pub young_ms: Vec<f64>,
    /// Full (and G1 mixed/remark/cleanup) pauses, in milliseconds, in order.
    pub other_ms: Vec<f64>,
}

impl Pauses {
    /// The pauses found in `log`.
    pub fn parse(log: &str) -> Pauses {
        let mut out = Pauses::default();
        for line in log.lines() {
            let Some(at) = line.find(" Pause ") else {
                continue;
            };
            let Some(ms) = line
                .rsplit(' ')
                .next()
                .and_then(|t| t.strip_suffix("ms"))
                .and_then(|t| t.parse::<f64>().ok())
            else {
                continue;
            };
            if line[at..].starts_with(" Pause Young") {
                out.young_ms.push(ms);
            } else {
                out.other_ms.push(ms);
            }
        }
        out
    }

    /// The longest pause of either kind, 0 if none.
    pub fn longest_ms(&self) -> f64 {
        self.young_ms
            .iter()
            .chain(&self.other_ms)
            .fold(0.0, |a: f64, &b| a.max(b))
    }

    /// The median pause of either kind, 0 if none.
    pub fn median_ms(&self) -> f64 {
        let all: Vec<f64> = self
            .young_ms
            .iter()
            .chain(&self.other_ms)
            .copied()
            .collect();
        crate::stats::median(&all).unwrap_or(0.0)
    }
}

#[cfg(test)]
mod tests {
    use super::Pauses;

    #[test]
    fn young_and_full_pauses_are_told_apart() {
        let log = "[0.010s][info][gc] Using Serial\n\
                   [0.123s][info][gc] GC(0) Pause Young (Allocation Failure) 24M->3M(256M) 1.234ms\n\
                   [0.200s][info][gc] GC(1) Pause Full (System.gc()) 5M->2M(256M) 10.500ms\n\
                   [0.300s][info][gc] GC(2) Pause Young (Normal) (G1 Evacuation Pause) 8M->1M(64M) 0.766ms\n\
                   hello\n";
        let p = Pauses::parse(log);
        assert_eq!(p.young_ms, vec![1.234, 0.766]);
        assert_eq!(p.other_ms, vec![10.5]);
        assert_eq!(p.longest_ms(), 10.5);
        assert_eq!(p.median_ms(), 1.234);
    }
}
