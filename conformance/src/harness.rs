//! The suite: compile the programs, run each on the reference and the candidate VM in parallel,
//! compare, and hold the results against the known-failures list.

use crate::compare::compare;
use crate::compile::compile_all;
use crate::jdk::Jdk;
use crate::known::{KnownFailures, Verdict};
use crate::program::{IssueNote, Program, discover};
use crate::run::{Exit, Outcome, Vm, run_with_files, with_suffix};
use std::collections::hash_map::DefaultHasher;
use std::fmt::Write as _;
use std::fs;
use std::hash::{Hash, Hasher};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

/// Everything a suite run needs.
#[derive(Clone, Debug)]
pub struct Config {
    /// The directory holding the `.java` programs (searched recursively).
    pub programs_dir: PathBuf,
    /// The known-failures file.
    pub known_failures: PathBuf,
    /// A directory for classes, scratch directories and the reference cache (never committed).
    pub work_dir: PathBuf,
    /// The JDK whose `javac` compiles the programs.
    pub jdk: Jdk,
    /// The VM whose outcomes are the expected ones (HotSpot).
    pub reference: Vm,
    /// The VM under test (Cortado).
    pub candidate: Vm,
    /// How many programs run at once.
    pub jobs: usize,
    /// Run only programs whose name contains one of these (all when empty).
    pub filter: Vec<String>,
    /// Rewrite the known-failures file from this run's results instead of enforcing it.
    pub update_known: bool,
    /// Reuse the reference's outcomes from earlier runs (keyed by everything that affects them).
    pub cache_reference: bool,
}

/// One program's result.
#[derive(Clone, Debug)]
pub struct TestResult {
    /// The test's name.
    pub name: String,
    /// The verdict against the known-failures list.
    pub verdict: Verdict,
    /// The differences when the candidate's outcome differs from the reference's.
    pub mismatch: Option<String>,
    /// Why the test could not be judged (the reference itself timed out or crashed).
    pub broken: Option<String>,
    /// Wall time of the candidate's run.
    pub candidate_time: Duration,
}

/// The results of a run.
#[derive(Clone, Debug)]
pub struct Summary {
    /// Every program's result, sorted by name.
    pub results: Vec<TestResult>,
    /// Known-failures entries naming no program.
    pub stale_entries: Vec<String>,
    /// Whether the known-failures file was rewritten.
    pub updated_known: bool,
    /// Wall time of the whole run.
    pub wall: Duration,
}

impl Summary {
    /// Count of results with this verdict (broken tests excluded).
    fn count(&self, verdict: Verdict) -> usize {
        self.results
            .iter()
            .filter(|result| result.broken.is_none() && result.verdict == verdict)
            .count()
    }

    /// Tests that break the build: unexpected verdicts, broken tests and stale entries.
    pub fn unexpected(&self) -> usize {
        let results = self
            .results
            .iter()
            .filter(|result| {
                result.broken.is_some() || (!self.updated_known && result.verdict.is_unexpected())
            })
            .count();
        results
            + if self.updated_known {
                0
            } else {
                self.stale_entries.len()
            }
    }

    /// `conformance: N passed, M known failures, K unexpected`.
    pub fn line(&self) -> String {
        format!(
            "conformance: {} passed, {} known failures, {} unexpected",
            self.count(Verdict::Passed) + self.count(Verdict::UnexpectedPass),
            self.count(Verdict::KnownFailure) + self.count(Verdict::UnexpectedFailure),
            self.unexpected()
        )
    }

    /// Whether the run is green.
    pub fn is_success(&self) -> bool {
        self.unexpected() == 0
    }
}

/// Runs the suite, writing progress, failures and the summary line to `log`.
pub fn run_suite(config: &Config, log: &mut dyn Write) -> Result<Summary, String> {
    let start = Instant::now();
    let known_text = match fs::read_to_string(&config.known_failures) {
        Ok(text) => text,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => String::new(),
        Err(error) => return Err(format!("{}: {error}", config.known_failures.display())),
    };
    let known = KnownFailures::parse(&known_text)?;
    let all = discover(&config.programs_dir)?;
    let selected: Vec<&Program> = all
        .iter()
        .filter(|program| is_selected(config, &program.name))
        .collect();
    let class_dirs = compile_all(
        &config.jdk,
        &selected,
        &config.work_dir.join("classes"),
        config.filter.is_empty(),
    )?;
    let _ = writeln!(
        log,
        "conformance: compiled {} programs in {:.1} s",
        selected.len(),
        start.elapsed().as_secs_f64()
    );

    let next = AtomicUsize::new(0);
    let results = Mutex::new(Vec::new());
    let errors = Mutex::new(Vec::new());
    std::thread::scope(|scope| {
        for _ in 0..config.jobs.max(1) {
            scope.spawn(|| {
                loop {
                    let index = next.fetch_add(1, Ordering::Relaxed);
                    let Some(program) = selected.get(index) else {
                        break;
                    };
                    match run_one(config, program, &class_dirs[index], &known) {
                        Ok(result) => results
                            .lock()
                            .unwrap_or_else(|e| e.into_inner())
                            .push(result),
                        Err(error) => errors.lock().unwrap_or_else(|e| e.into_inner()).push(error),
                    }
                }
            });
        }
    });
    let errors = errors.into_inner().unwrap_or_else(|e| e.into_inner());
    if !errors.is_empty() {
        return Err(errors.join("\n"));
    }
    let mut results = results.into_inner().unwrap_or_else(|e| e.into_inner());
    results.sort_by(|a, b| a.name.cmp(&b.name));
    let stale_entries = known
        .entries
        .keys()
        .filter(|name| {
            is_selected(config, name) && !all.iter().any(|program| &program.name == *name)
        })
        .cloned()
        .collect();
    let mut summary = Summary {
        results,
        stale_entries,
        updated_known: false,
        wall: Duration::ZERO,
    };
    if config.update_known {
        let updated = updated_known_failures(&known, &all, &summary.results, config);
        fs::write(&config.known_failures, updated.render())
            .map_err(|error| format!("{}: {error}", config.known_failures.display()))?;
        summary.updated_known = true;
    }
    summary.wall = start.elapsed();
    report(config, &summary, log);
    Ok(summary)
}

fn is_selected(config: &Config, name: &str) -> bool {
    config.filter.is_empty()
        || config
            .filter
            .iter()
            .any(|part| name.contains(part.as_str()))
}

/// Gets the program's reference outcome (cached or fresh) and the candidate's, and judges.
fn run_one(
    config: &Config,
    program: &Program,
    classes: &Path,
    known: &KnownFailures,
) -> Result<TestResult, String> {
    let places = crate::extras::prepare(
        &config.jdk,
        program,
        classes,
        &config.work_dir.join("extras"),
    )?;
    let arguments = command_line(program, &places);
    let scratch = config.work_dir.join("scratch").join(&program.name);
    let expected = reference_outcome(config, program, &arguments, &places, &scratch)?;
    let start = Instant::now();
    let actual = run_with_files(
        &config.candidate,
        &arguments,
        &scratch.join(&config.candidate.name),
        program.files_dir.as_deref(),
        program.timeout,
    )
    .map_err(|error| format!("{}: {error}", program.name))?;
    let candidate_time = start.elapsed();
    let mismatch = compare(
        &config.reference.name,
        &expected,
        &config.candidate.name,
        &actual,
    );
    let broken = match expected.exit {
        Exit::Code(_) => None,
        other => Some(format!(
            "{} itself {other}: the test is broken",
            config.reference.name
        )),
    };
    let listed = known.entries.contains_key(&program.name);
    Ok(TestResult {
        name: program.name.clone(),
        verdict: Verdict::of(mismatch.is_none(), listed),
        mismatch,
        broken,
        candidate_time,
    })
}

/// The command line of one run: `-cp <classes>`, the `run:` options, the main class (or the
/// `launch:` words instead of the class path and the main class), the `args:` words.
fn command_line(program: &Program, places: &crate::extras::Places) -> Vec<String> {
    let mut arguments = Vec::new();
    if program.launch.is_none() {
        arguments.extend(["-cp".to_string(), places.classes.display().to_string()]);
    }
    arguments.extend(program.vm_options.iter().map(|word| places.expand(word)));
    match &program.launch {
        Some(words) => arguments.extend(words.iter().map(|word| places.expand(word))),
        None => arguments.push(program.name.clone()),
    }
    arguments.extend(program.args.iter().map(|word| places.expand(word)));
    arguments
}

fn reference_outcome(
    config: &Config,
    program: &Program,
    arguments: &[String],
    places: &crate::extras::Places,
    scratch: &Path,
) -> Result<Outcome, String> {
    let cache = config
        .work_dir
        .join("reference-cache")
        .join(cache_key(config, program, arguments, places)?);
    if config.cache_reference
        && let Some(outcome) = read_cached(&cache)
    {
        return Ok(outcome);
    }
    let outcome = run_with_files(
        &config.reference,
        arguments,
        &scratch.join(&config.reference.name),
        program.files_dir.as_deref(),
        program.timeout,
    )
    .map_err(|error| format!("{}: {error}", program.name))?;
    if config.cache_reference
        && let Exit::Code(code) = outcome.exit
    {
        write_cached(&cache, &outcome, code)
            .map_err(|error| format!("{}: {error}", cache.display()))?;
    }
    Ok(outcome)
}

/// A key covering everything the reference outcome depends on: the source, the options, the
/// arguments (with the class directory, whose name is a hash of all the programs of the option
/// set, left out), the extras (their directory's name is their hash), the copied files and the
/// reference VM itself.
fn cache_key(
    config: &Config,
    program: &Program,
    arguments: &[String],
    places: &crate::extras::Places,
) -> Result<String, String> {
    let mut hasher = DefaultHasher::new();
    fs::read(&program.source)
        .unwrap_or_default()
        .hash(&mut hasher);
    program.javac_options.hash(&mut hasher);
    let classes = places.classes.display().to_string();
    for argument in arguments {
        argument.replace(&classes, "{classes}").hash(&mut hasher);
    }
    places.modules.hash(&mut hasher);
    if let Some(files) = &program.files_dir {
        crate::extras::hash_tree(files, &mut hasher)?;
    }
    config.reference.launcher.hash(&mut hasher);
    config.reference.leading_options.hash(&mut hasher);
    config.jdk.home.hash(&mut hasher);
    Ok(format!("{}-{:016x}", program.name, hasher.finish()))
}

fn read_cached(path: &Path) -> Option<Outcome> {
    let code = fs::read_to_string(with_suffix(path, ".exit"))
        .ok()?
        .trim()
        .parse()
        .ok()?;
    Some(Outcome {
        stdout: fs::read(with_suffix(path, ".stdout")).ok()?,
        stderr: fs::read(with_suffix(path, ".stderr")).ok()?,
        exit: Exit::Code(code),
    })
}

fn write_cached(path: &Path, outcome: &Outcome, code: i32) -> std::io::Result<()> {
    if let Some(dir) = path.parent() {
        fs::create_dir_all(dir)?;
    }
    fs::write(with_suffix(path, ".stdout"), &outcome.stdout)?;
    fs::write(with_suffix(path, ".stderr"), &outcome.stderr)?;
    // Written last: its presence means the entry is complete.
    fs::write(with_suffix(path, ".exit"), code.to_string())
}

/// The known-failures list rebuilt from `results`: every failing test is listed, keeping its old
/// annotation, else its `waits:` directive, else `#3`; entries outside the filter are kept.
fn updated_known_failures(
    known: &KnownFailures,
    all: &[Program],
    results: &[TestResult],
    config: &Config,
) -> KnownFailures {
    let mut updated = KnownFailures {
        preamble: known.preamble.clone(),
        entries: Default::default(),
    };
    for (name, note) in &known.entries {
        if !is_selected(config, name) && all.iter().any(|program| &program.name == name) {
            updated.entries.insert(name.clone(), note.clone());
        }
    }
    for result in results
        .iter()
        .filter(|result| result.mismatch.is_some() && result.broken.is_none())
    {
        let note = known.entries.get(&result.name).cloned().or_else(|| {
            all.iter()
                .find(|program| program.name == result.name)
                .and_then(|program| program.waits.clone())
        });
        let note = note.unwrap_or(IssueNote {
            issue: 3,
            reason: String::new(),
        });
        updated.entries.insert(result.name.clone(), note);
    }
    updated
}

/// Writes the failures (with diffs) and the summary line.
fn report(config: &Config, summary: &Summary, log: &mut dyn Write) {
    let mut text = String::new();
    let show_known = !config.filter.is_empty();
    for result in &summary.results {
        if let Some(why) = &result.broken {
            let _ = writeln!(text, "BROKEN {}: {why}", result.name);
            continue;
        }
        let heading = match result.verdict {
            _ if summary.updated_known => continue,
            Verdict::Passed => continue,
            Verdict::KnownFailure if !show_known => continue,
            Verdict::KnownFailure => "known failure",
            Verdict::UnexpectedPass => "UNEXPECTED PASS: remove it from the known failures",
            Verdict::UnexpectedFailure => {
                "UNEXPECTED FAILURE: fix it or list it in the known failures"
            }
        };
        let _ = writeln!(text, "=== {} {heading}", result.name);
        if let Some(mismatch) = &result.mismatch {
            text.push_str(mismatch);
        }
    }
    for name in &summary.stale_entries {
        let _ = writeln!(text, "STALE known failure {name}: no such program");
    }
    let mut slowest: Vec<&TestResult> = summary.results.iter().collect();
    slowest.sort_by_key(|result| std::cmp::Reverse(result.candidate_time));
    let slowest: Vec<String> = slowest
        .iter()
        .take(3)
        .map(|result| {
            format!(
                "{} {:.1} s",
                result.name,
                result.candidate_time.as_secs_f64()
            )
        })
        .collect();
    let _ = writeln!(
        text,
        "conformance: slowest on {}: {}",
        config.candidate.name,
        slowest.join(", ")
    );
    let _ = writeln!(text, "{}", summary.line());
    let _ = writeln!(
        text,
        "conformance: {} programs, {} jobs, wall {:.1} s{}",
        summary.results.len(),
        config.jobs,
        summary.wall.as_secs_f64(),
        if summary.updated_known {
            ", known failures rewritten"
        } else {
            ""
        }
    );
    let _ = log.write_all(text.as_bytes());
}
