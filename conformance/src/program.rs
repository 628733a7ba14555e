//! Discovery of the Java test programs and the directives in their header comments.
//!
//! A test program is one `.java` file under the programs directory with one `main` class named
//! after the file (optionally in a package, whose `package` line gives the fully qualified name).
//! Its header, the `//` comment lines before the first line of code, may hold directives:
//!
//! - `// javac: <options>`: extra `javac` options (programs are compiled once per option set);
//! - `// javac-default-concat`: compile string `+` to `invokedynamic` as `javac` does by default
//!   (every other program is compiled with `-XDstringConcat=inline`);
//! - `// run: <options>`: VM options placed before the main class (for example `-Xmx64m`);
//! - `// args: <words>`: program arguments;
//! - `// timeout: <seconds>`: time limit of one run (default 30 s);
//! - `// waits: #<issue> <reason>`: the issue the program waits on, used as the annotation when the
//!   known-failures file is regenerated;
//! - `// launch: <words>`: what names the program on the command line, instead of
//!   `-cp {classes} <main class>` (for example `-p {modules} -m app/app.Main`, or `{source}` for
//!   a single-file source-code launch);
//! - `// jar: <jar tool arguments>`: runs the JDK's `jar` once the extra modules are compiled
//!   (for example `--create --file {jars}/app.jar --main-class app.Main -C {modules}/app .`);
//!   several `jar:` lines run in order.
//!
//! Two directories next to a program `T.java` extend it (discovery skips them):
//!
//! - `T.files/`: copied into the working directory of every run (data files, a source file for
//!   a source-code launch);
//! - `T.modules/`: module sources, one directory per module with its `module-info.java`,
//!   compiled by `javac --module-source-path` into exploded modules.
//!
//! In `launch:`, `jar:`, `run:` and `args:` words, `{classes}` is the program's class directory,
//! `{modules}` the directory of the compiled extra modules, `{jars}` the directory of the jars
//! the `jar:` lines make, and `{source}` the program's source file.
//!
//! Options and arguments are split at white space; there is no quoting.

use std::fs;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// The `javac` option that keeps string `+` out of `invokedynamic`, used unless a program opts out.
pub const INLINE_CONCAT: &str = "-XDstringConcat=inline";

/// The suffix of the directory whose files are copied into each run's working directory.
pub const FILES_SUFFIX: &str = "files";

/// The suffix of the directory of a program's extra module sources.
pub const MODULES_SUFFIX: &str = "modules";

/// The time limit of one run when a program declares none.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);

/// The issue a known failure waits on, with a short reason.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IssueNote {
    /// The issue number (`#4` is 4).
    pub issue: u32,
    /// Free text after the number, possibly empty.
    pub reason: String,
}

impl IssueNote {
    /// Parses `#<number> <reason>`; `None` unless the text starts with `#` and a number.
    pub fn parse(text: &str) -> Option<IssueNote> {
        let text = text.trim();
        let rest = text.strip_prefix('#')?;
        let digits = rest.chars().take_while(char::is_ascii_digit).count();
        let issue = rest.get(..digits)?.parse().ok()?;
        let reason = rest.get(digits..)?;
        if !reason.is_empty() && !reason.starts_with(char::is_whitespace) {
            return None;
        }
        Some(IssueNote {
            issue,
            reason: reason.trim().to_string(),
        })
    }
}

/// One Java test program and how to compile and run it.
#[derive(Clone, Debug)]
pub struct Program {
    /// The test's name: the main class's fully qualified name.
    pub name: String,
    /// The source file.
    pub source: PathBuf,
    /// Options given to `javac` besides `-d` and `-encoding`.
    pub javac_options: Vec<String>,
    /// VM options placed between the class path and the main class.
    pub vm_options: Vec<String>,
    /// Program arguments.
    pub args: Vec<String>,
    /// Time limit of one run on one VM.
    pub timeout: Duration,
    /// The issue the program is declared to wait on, if any.
    pub waits: Option<IssueNote>,
    /// The `launch:` words that name the program, instead of `-cp {classes} <name>`.
    pub launch: Option<Vec<String>>,
    /// The `jar:` lines, each the arguments of one run of the `jar` tool.
    pub jars: Vec<Vec<String>>,
    /// `T.files/`, when it exists: copied into each run's working directory.
    pub files_dir: Option<PathBuf>,
    /// `T.modules/`, when it exists: module sources compiled into `{modules}`.
    pub modules_dir: Option<PathBuf>,
}

impl Program {
    /// Reads a program's source and its header directives.
    pub fn load(source: &Path) -> Result<Program, String> {
        let text = fs::read_to_string(source)
            .map_err(|error| format!("{}: cannot read: {error}", source.display()))?;
        let mut program = Program::parse(source, &text)
            .map_err(|error| format!("{}: {error}", source.display()))?;
        let beside = |suffix: &str| Some(source.with_extension(suffix)).filter(|dir| dir.is_dir());
        program.files_dir = beside(FILES_SUFFIX);
        program.modules_dir = beside(MODULES_SUFFIX);
        Ok(program)
    }

    /// Whether the program needs a step besides the shared `javac` run: modules to compile or
    /// jars to make.
    pub fn has_extras(&self) -> bool {
        self.modules_dir.is_some() || !self.jars.is_empty()
    }

    /// Builds a program from its source text (the path gives the class's simple name).
    pub fn parse(source: &Path, text: &str) -> Result<Program, String> {
        let simple_name = source
            .file_stem()
            .and_then(|stem| stem.to_str())
            .ok_or("the file name is not a Java class name")?;
        let mut program = Program {
            name: String::new(),
            source: source.to_path_buf(),
            javac_options: Vec::new(),
            vm_options: Vec::new(),
            args: Vec::new(),
            timeout: DEFAULT_TIMEOUT,
            waits: None,
            launch: None,
            jars: Vec::new(),
            files_dir: None,
            modules_dir: None,
        };
        let mut inline_concat = true;
        for line in text.lines().map(str::trim) {
            if line.is_empty() {
                continue;
            }
            let Some(comment) = line.strip_prefix("//") else {
                break;
            };
            let comment = comment.trim();
            if comment == "javac-default-concat" {
                inline_concat = false;
                continue;
            }
            let Some((key, value)) = comment.split_once(':') else {
                continue;
            };
            let words = || value.split_whitespace().map(String::from);
            match key.trim() {
                "javac" => program.javac_options.extend(words()),
                "run" => program.vm_options.extend(words()),
                "args" => program.args.extend(words()),
                "launch" => program.launch.get_or_insert_with(Vec::new).extend(words()),
                "jar" => program.jars.push(words().collect()),
                "timeout" => {
                    let seconds: u64 = value
                        .trim()
                        .parse()
                        .map_err(|_| format!("bad timeout `{}`", value.trim()))?;
                    program.timeout = Duration::from_secs(seconds);
                }
                "waits" => {
                    let note = IssueNote::parse(value)
                        .ok_or_else(|| format!("bad `waits:` directive `{}`", value.trim()))?;
                    program.waits = Some(note);
                }
                _ => {}
            }
        }
        if inline_concat {
            program.javac_options.insert(0, INLINE_CONCAT.to_string());
        }
        program.name = match package_of(text) {
            Some(package) => format!("{package}.{simple_name}"),
            None => simple_name.to_string(),
        };
        Ok(program)
    }
}

/// The package declared by a source file, if any.
fn package_of(text: &str) -> Option<&str> {
    text.lines().find_map(|line| {
        let rest = line.trim().strip_prefix("package")?;
        if !rest.starts_with(char::is_whitespace) {
            return None;
        }
        Some(rest.trim().strip_suffix(';')?.trim())
    })
}

/// Finds every `.java` file under `dir` (recursively), sorted by test name.
pub fn discover(dir: &Path) -> Result<Vec<Program>, String> {
    let mut files = Vec::new();
    collect_sources(dir, &mut files)?;
    let mut programs = files
        .iter()
        .map(|file| Program::load(file))
        .collect::<Result<Vec<_>, _>>()?;
    programs.sort_by(|a, b| a.name.cmp(&b.name));
    if let Some(pair) = programs
        .windows(2)
        .find(|pair| pair[0].name == pair[1].name)
    {
        return Err(format!(
            "two programs named {}: {} and {}",
            pair[0].name,
            pair[0].source.display(),
            pair[1].source.display()
        ));
    }
    Ok(programs)
}

fn collect_sources(dir: &Path, files: &mut Vec<PathBuf>) -> Result<(), String> {
    let entries = fs::read_dir(dir).map_err(|error| format!("{}: {error}", dir.display()))?;
    for entry in entries {
        let path = entry
            .map_err(|error| format!("{}: {error}", dir.display()))?
            .path();
        let extension = path.extension().and_then(|ext| ext.to_str());
        if path.is_dir() {
            if !matches!(extension, Some(FILES_SUFFIX | MODULES_SUFFIX)) {
                collect_sources(&path, files)?;
            }
        } else if path.extension().is_some_and(|ext| ext == "java") {
            files.push(path);
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn directives_are_read_from_the_header_only() {
        let text = "// Checks things.\n// javac: -g -parameters\n\n// run: -Xmx64m -Xss1m\n\
                    // args: a b  c\n// timeout: 5\n// waits: #5 GC pressure\n\
                    package p.q;\n// run: -Xint\npublic class T {}\n";
        let program = Program::parse(Path::new("dir/T.java"), text).unwrap();
        assert_eq!(program.name, "p.q.T");
        assert_eq!(program.javac_options, [INLINE_CONCAT, "-g", "-parameters"]);
        assert_eq!(program.vm_options, ["-Xmx64m", "-Xss1m"]);
        assert_eq!(program.args, ["a", "b", "c"]);
        assert_eq!(program.timeout, Duration::from_secs(5));
        assert_eq!(
            program.waits,
            Some(IssueNote {
                issue: 5,
                reason: "GC pressure".into()
            })
        );
    }

    #[test]
    fn default_concat_opt_out_and_package_less_names() {
        let text = "// javac-default-concat\npublic class Concat {}\n";
        let program = Program::parse(Path::new("Concat.java"), text).unwrap();
        assert_eq!(program.name, "Concat");
        assert!(program.javac_options.is_empty());
        assert_eq!(program.timeout, DEFAULT_TIMEOUT);
        assert_eq!(program.waits, None);
    }

    #[test]
    fn launch_and_jar_directives() {
        let text = "// launch: -p {modules}\n// launch: -m app/app.Main\n\
                    // jar: --create --file {jars}/a.jar -C {modules}/app .\n// jar: --help\n\
                    public class L {}\n";
        let program = Program::parse(Path::new("L.java"), text).unwrap();
        assert_eq!(
            program.launch.as_deref(),
            Some(&["-p", "{modules}", "-m", "app/app.Main"].map(String::from)[..])
        );
        assert_eq!(program.jars.len(), 2);
        assert_eq!(program.jars[1], ["--help"]);
        assert!(program.has_extras());
        let plain = Program::parse(Path::new("P.java"), "class P {}\n").unwrap();
        assert_eq!(plain.launch, None);
        assert!(!plain.has_extras());
    }

    #[test]
    fn extra_directories_are_found_and_not_discovered() {
        let dir = std::env::temp_dir().join(format!("conformance-program-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(dir.join("T.modules/m/p")).unwrap();
        fs::create_dir_all(dir.join("T.files")).unwrap();
        fs::write(dir.join("T.java"), "public class T {}\n").unwrap();
        fs::write(dir.join("T.modules/m/module-info.java"), "module m {}\n").unwrap();
        fs::write(dir.join("T.modules/m/p/C.java"), "package p; class C {}\n").unwrap();
        fs::write(dir.join("T.files/Src.java"), "class Src {}\n").unwrap();
        let programs = discover(&dir).unwrap();
        assert_eq!(programs.len(), 1);
        assert_eq!(programs[0].modules_dir, Some(dir.join("T.modules")));
        assert_eq!(programs[0].files_dir, Some(dir.join("T.files")));
        fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn bad_directives_are_errors() {
        assert!(Program::parse(Path::new("A.java"), "// timeout: soon\n").is_err());
        assert!(Program::parse(Path::new("A.java"), "// waits: four\n").is_err());
    }

    #[test]
    fn issue_notes() {
        assert_eq!(
            IssueNote::parse("#4"),
            Some(IssueNote {
                issue: 4,
                reason: String::new()
            })
        );
        assert_eq!(
            IssueNote::parse(" #12  indy concat "),
            Some(IssueNote {
                issue: 12,
                reason: "indy concat".into()
            })
        );
        assert_eq!(IssueNote::parse("#x"), None);
        assert_eq!(IssueNote::parse("#4x"), None);
        assert_eq!(IssueNote::parse("4"), None);
    }
}
