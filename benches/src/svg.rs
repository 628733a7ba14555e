//! An SVG bar chart of Cortado's ratios to each baseline, per program, on a log2 scale with a
//! line at 1 (equal speed).

use std::fmt::Write as _;

use crate::results::Row;

/// Width of the program-name column, px.
const LABEL_WIDTH: f64 = 170.0;
/// Width of the plotting area, px.
const PLOT_WIDTH: f64 = 520.0;
/// Height of one bar, px.
const BAR_HEIGHT: f64 = 9.0;
/// Bar colours, one per (baseline, metric) series, cycled.
const COLOURS: [&str; 4] = ["#4e79a7", "#f28e2b", "#59a14f", "#e15759"];

/// Escapes text for an SVG text node or attribute.
pub fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// The log2 axis: the range of exponents shown.
struct Axis {
    low: i32,
    high: i32,
}

impl Axis {
    /// An axis covering every ratio and at least 1/2 to 2.
    fn covering(ratios: impl Iterator<Item = f64>) -> Axis {
        let (mut low, mut high) = (-1, 1);
        for r in ratios {
            low = low.min(r.log2().floor() as i32);
            high = high.max(r.log2().ceil() as i32);
        }
        Axis {
            low: low.max(-8),
            high: high.min(8),
        }
    }

    /// The x coordinate of `ratio`, clamped to the axis.
    fn x(&self, ratio: f64) -> f64 {
        let e = ratio.log2().clamp(self.low as f64, self.high as f64);
        LABEL_WIDTH + (e - self.low as f64) / (self.high - self.low) as f64 * PLOT_WIDTH
    }
}

/// The chart: per row, one bar per baseline for wall and CPU time ratios (Cortado / baseline,
/// so shorter than the 1x line is faster); rows that failed say so.
pub fn chart(title: &str, rows: &[Row]) -> String {
    let baselines = rows.iter().map(|r| r.vms.len()).max().unwrap_or(1).max(1) - 1;
    let series = (baselines * 2).max(1);
    let axis = Axis::covering(rows.iter().flat_map(|row| {
        (1..row.vms.len())
            .filter_map(|i| row.ratios(i))
            .flat_map(|r| [r.wall, r.cpu])
    }));
    let group = series as f64 * BAR_HEIGHT + 8.0;
    let legend_top = 40.0;
    let top = legend_top + 16.0 * series as f64 + 10.0;
    let height = top + group * rows.len() as f64 + 30.0;
    let width = LABEL_WIDTH + PLOT_WIDTH + 60.0;
    let mut svg = String::new();
    let _ = writeln!(
        svg,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" \
         font-family=\"sans-serif\" font-size=\"11\">"
    );
    let _ = writeln!(
        svg,
        "<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n<text x=\"10\" y=\"20\" font-size=\"14\">{}</text>",
        escape(title)
    );
    let first = rows.iter().find(|r| r.vms.len() > 1);
    for s in 0..series {
        let baseline = first
            .and_then(|r| r.vms.get(1 + s / 2))
            .map_or("", |v| v.vm.as_str());
        let metric = if s % 2 == 0 { "wall" } else { "cpu" };
        let y = legend_top + 16.0 * s as f64;
        let _ = writeln!(
            svg,
            "<rect class=\"legend\" x=\"10\" y=\"{y}\" width=\"12\" height=\"10\" fill=\"{}\"/>\
             <text x=\"28\" y=\"{}\">{metric} time, cortado / {}</text>",
            COLOURS[s % COLOURS.len()],
            y + 9.0,
            escape(baseline)
        );
    }
    let bottom = top + group * rows.len() as f64;
    for e in axis.low..=axis.high {
        let x = axis.x(2f64.powi(e));
        let label = if e >= 0 {
            format!("{}x", 1u32 << e)
        } else {
            format!("1/{}x", 1u32 << -e)
        };
        let stroke = if e == 0 { "#000" } else { "#ccc" };
        let _ = writeln!(
            svg,
            "<line x1=\"{x:.1}\" y1=\"{top}\" x2=\"{x:.1}\" y2=\"{bottom}\" stroke=\"{stroke}\"/>\
             <text x=\"{x:.1}\" y=\"{}\" text-anchor=\"middle\">{label}</text>",
            bottom + 14.0
        );
    }
    let origin = axis.x(1.0);
    for (n, row) in rows.iter().enumerate() {
        let y0 = top + group * n as f64 + 4.0;
        // A row measured against other baselines than the legend's names its own.
        let legend_baseline = first.and_then(|r| r.vms.get(1)).map(|v| &v.vm);
        let label = match row.vms.get(1) {
            Some(b) if Some(&b.vm) != legend_baseline => format!("{} (vs {})", row.program, b.vm),
            _ => row.program.clone(),
        };
        let _ = writeln!(
            svg,
            "<text x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>",
            LABEL_WIDTH - 6.0,
            y0 + series as f64 * BAR_HEIGHT / 2.0 + 4.0,
            escape(&label)
        );
        for b in 0..baselines {
            let Some(r) = row.ratios(b + 1) else {
                let _ = writeln!(
                    svg,
                    "<text x=\"{:.1}\" y=\"{}\" fill=\"#c00\">failed</text>",
                    origin + 4.0,
                    y0 + (2 * b) as f64 * BAR_HEIGHT + BAR_HEIGHT
                );
                continue;
            };
            for (m, value) in [r.wall, r.cpu].into_iter().enumerate() {
                let s = 2 * b + m;
                let x = axis.x(value);
                let (left, w) = if x >= origin {
                    (origin, x - origin)
                } else {
                    (x, origin - x)
                };
                let y = y0 + s as f64 * BAR_HEIGHT;
                let _ = writeln!(
                    svg,
                    "<rect class=\"bar\" x=\"{left:.1}\" y=\"{y}\" width=\"{w:.1}\" height=\"{}\" fill=\"{}\"/>\
                     <text x=\"{:.1}\" y=\"{}\" font-size=\"8\">{value:.2}</text>",
                    BAR_HEIGHT - 1.0,
                    COLOURS[s % COLOURS.len()],
                    left + w + 3.0,
                    y + BAR_HEIGHT - 1.5
                );
            }
        }
    }
    svg.push_str("</svg>\n");
    svg
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::results::tests::two_rows;

    /// The `width` attribute of every bar, in order.
    fn bar_widths(svg: &str) -> Vec<f64> {
        svg.lines()
            .filter(|l| l.contains("class=\"bar\""))
            .map(|l| {
                let at = l.find("width=\"").unwrap() + 7;
                let end = l[at..].find('"').unwrap();
                l[at..at + end].parse().unwrap()
            })
            .collect()
    }

    #[test]
    fn one_bar_per_metric_and_a_failed_label() {
        let mut rows = two_rows();
        let svg = chart("t", &rows);
        assert!(svg.starts_with("<svg xmlns="));
        assert!(svg.ends_with("</svg>\n"));
        // Fast: wall 0.55, cpu 0.5; Slow: wall 2, cpu 2.
        let widths = bar_widths(&svg);
        assert_eq!(widths.len(), 4);
        assert!(widths[1] > widths[0], "0.5 is farther from 1 than 0.55");
        // On a log scale 2x and 1/2x are equally far from the 1x line.
        assert!((widths[2] - widths[1]).abs() < 0.2, "{widths:?}");
        rows[1].vms[0].failure = Some("boom".into());
        let svg = chart("t", &rows);
        assert_eq!(bar_widths(&svg).len(), 2);
        assert!(svg.contains(">failed</text>"));
    }

    #[test]
    fn names_are_escaped_and_the_axis_covers_the_ratios() {
        let mut rows = two_rows();
        rows[0].program = "A<B&C".into();
        let svg = chart("ratios \"xint\"", &rows);
        assert!(svg.contains("A&lt;B&amp;C"));
        assert!(svg.contains("ratios &quot;xint&quot;"));
        assert!(svg.contains(">1/2x</text>") && svg.contains(">2x</text>"));
        assert!(svg.contains("stroke=\"#000\""), "the 1x line");
        rows[1].vms[1].vm = "java".into();
        assert!(chart("t", &rows).contains(">Slow (vs java)</text>"));
        let axis = Axis::covering([0.1, 3.0].into_iter());
        assert_eq!((axis.low, axis.high), (-4, 2));
        assert!((axis.x(1.0) - (LABEL_WIDTH + 4.0 / 6.0 * PLOT_WIDTH)).abs() < 1e-9);
    }
}
