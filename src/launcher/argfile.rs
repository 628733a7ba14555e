//! The arguments before option parsing: `@argfiles` and the `JDK_JAVA_OPTIONS` variable.
//!
//! This is the first thing the `java` launcher does with its command line. `JDK_JAVA_OPTIONS`
//! comes first (its words are split on white space, with `'` and `"` quoting), then the command
//! line, in which every `@file` argument before the main class is replaced by the words of the
//! file. Expansion stops at the main class (or the operand of `-jar`, `-m`, `--module`): from
//! there on every argument belongs to the program, untouched. `@@word` stands for `@word`.

use super::exit::Exit;
use super::launcher_args::takes_separate_value;

/// The name of the environment variable whose words are prepended to the command line.
pub const JDK_JAVA_OPTIONS: &str = "JDK_JAVA_OPTIONS";

/// Options that end option processing or print and exit: not allowed inside `JDK_JAVA_OPTIONS`
/// (directly or through an argfile named there).
fn is_terminal_option(arg: &str) -> bool {
    matches!(
        arg,
        "-jar"
            | "-m"
            | "--module"
            | "--dry-run"
            | "-h"
            | "-?"
            | "-help"
            | "--help"
            | "-X"
            | "--help-extra"
            | "-version"
            | "--version"
            | "-fullversion"
            | "--full-version"
    ) || arg.starts_with("--module=")
}

/// Follows the arguments one by one to find where the program's own arguments begin, as the
/// launcher's pre-pass does: the first word that is neither an option nor an option's value.
#[derive(Debug, Default)]
struct MainClassTracker {
    /// The previous option takes the next word as its value.
    expecting_value: bool,
    /// A main class (or `--module=`) has been seen: later arguments are the program's.
    found: bool,
    /// `--disable-@files` was seen: no more expansion.
    expansion_disabled: bool,
}

impl MainClassTracker {
    fn observe(&mut self, arg: &str) {
        if arg.starts_with('-') {
            self.expecting_value = false;
            if takes_separate_value(arg) {
                // The operand of -jar, -m and --module is the main entry point itself.
                self.expecting_value = !matches!(arg, "-jar" | "-m" | "--module");
            } else if arg == "--disable-@files" {
                self.expansion_disabled = true;
            } else if arg.starts_with("--module=") {
                self.found = true;
            }
        } else {
            if !self.expecting_value {
                self.found = true;
            }
            self.expecting_value = false;
        }
    }
}

/// Reads a whole argument file; a file that cannot be opened is the launcher's
/// ``Error: could not open `name'``.
fn read_arg_file(name: &str) -> Result<Vec<u8>, Exit> {
    std::fs::read(name).map_err(|_| Exit::error(format!("Error: could not open `{name}'")))
}

/// Splits the contents of an argument file into arguments.
///
/// Words are separated by white space; `'` and `"` quote (white space and `#` are then part of
/// the word); inside quotes a backslash escapes the next character (`\n`, `\r`, `\t`, `\f` are
/// the control characters) and a backslash at the end of a line continues the word after the
/// next line's leading white space; a line break always ends a word, even inside quotes; `#`
/// outside quotes starts a comment up to the end of the line and drops the unquoted part of
/// the word it interrupts (as the JDK's launcher does).
pub fn tokenize(text: &[u8]) -> Vec<String> {
    Tokenizer::default().run(text)
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum State {
    FindNext,
    InComment,
    InQuote,
    InEscape,
    SkipLeadingWhiteSpace,
    InToken,
}

#[derive(Debug)]
struct Tokenizer {
    state: State,
    quote: u8,
    /// Completed pieces of the current word (text before quotes, quoted runs, escapes).
    parts: Vec<u8>,
    /// Whether `parts` holds anything (an empty quoted string still makes a piece).
    has_parts: bool,
    words: Vec<String>,
}

impl Default for Tokenizer {
    fn default() -> Tokenizer {
        Tokenizer {
            state: State::FindNext,
            quote: b'"',
            parts: Vec::new(),
            has_parts: false,
            words: Vec::new(),
        }
    }
}

fn is_white_space(c: u8) -> bool {
    matches!(c, b' ' | b'\n' | b'\r' | b'\t' | 0x0c)
}

impl Tokenizer {
    fn add_part(&mut self, bytes: &[u8]) {
        self.parts.extend_from_slice(bytes);
        self.has_parts = true;
    }

    fn finish_word(&mut self, tail: &[u8]) {
        self.parts.extend_from_slice(tail);
        let word = String::from_utf8_lossy(&self.parts).into_owned();
        self.words.push(word);
        self.parts.clear();
        self.has_parts = false;
    }

    fn run(mut self, text: &[u8]) -> Vec<String> {
        // `anchor` is where the not yet copied part of the current word starts.
        let mut anchor = 0;
        let mut i = 0;
        while i < text.len() {
            let c = text[i];
            match self.state {
                State::FindNext | State::SkipLeadingWhiteSpace => {
                    if is_white_space(c) {
                        i += 1;
                        continue;
                    }
                    self.state = if self.state == State::FindNext {
                        State::InToken
                    } else {
                        State::InQuote
                    };
                    anchor = i;
                }
                State::InEscape => {
                    if c == b'\n' || c == b'\r' {
                        self.state = State::SkipLeadingWhiteSpace;
                    } else {
                        let escaped = match c {
                            b'n' => b'\n',
                            b'r' => b'\r',
                            b't' => b'\t',
                            b'f' => 0x0c,
                            other => other,
                        };
                        self.add_part(&[escaped]);
                        self.state = State::InQuote;
                    }
                    i += 1;
                    anchor = i;
                    continue;
                }
                State::InComment => {
                    if c == b'\n' || c == b'\r' {
                        self.state = State::FindNext;
                        anchor = i + 1;
                    }
                    i += 1;
                    continue;
                }
                State::InQuote | State::InToken => {}
            }
            let in_quote = self.state == State::InQuote;
            match c {
                b' ' | b'\t' | 0x0c if in_quote => {}
                b' ' | b'\t' | 0x0c | b'\n' | b'\r' => {
                    self.finish_word(&text[anchor..i]);
                    self.state = State::FindNext;
                }
                b'#' if !in_quote => {
                    self.state = State::InComment;
                }
                b'\\' if in_quote => {
                    self.add_part(&text[anchor..i]);
                    self.state = State::InEscape;
                    anchor = i + 1;
                }
                b'\'' | b'"' if !in_quote || c == self.quote => {
                    if anchor != i {
                        self.add_part(&text[anchor..i]);
                    }
                    anchor = i + 1;
                    if in_quote {
                        self.state = State::InToken;
                    } else {
                        self.quote = c;
                        self.state = State::InQuote;
                    }
                }
                _ => {}
            }
            i += 1;
        }
        // A word still open at the end of the file counts only if part of it was completed
        // (the launcher reads files in blocks and keeps only finished pieces at the end).
        if matches!(self.state, State::InToken | State::InQuote) {
            if anchor < text.len() {
                self.add_part(&text[anchor..]);
            }
            if self.has_parts {
                self.finish_word(&[]);
            }
        }
        self.words
    }
}

/// White space as C's `isspace` sees it.
fn is_c_space(c: char) -> bool {
    c.is_ascii_whitespace() || c == '\x0b'
}

/// Splits the value of `JDK_JAVA_OPTIONS` into words: white space separates, `'` or `"` quote
/// (no escapes). `None` when a quote is not closed.
pub fn split_environment_value(value: &str) -> Option<Vec<String>> {
    let mut words = Vec::new();
    let mut chars = value.chars().peekable();
    loop {
        while chars.next_if(|&c| is_c_space(c)).is_some() {}
        if chars.peek().is_none() {
            return Some(words);
        }
        let mut word = String::new();
        while let Some(c) = chars.next_if(|&c| !is_c_space(c)) {
            if c == '"' || c == '\'' {
                loop {
                    match chars.next() {
                        Some(q) if q == c => break,
                        Some(other) => word.push(other),
                        None => return None,
                    }
                }
            } else {
                word.push(c);
            }
        }
        words.push(word);
    }
}

/// The arguments after expansion.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct ExpandedArgs {
    /// Every argument after `argv[0]`, `JDK_JAVA_OPTIONS` words first.
    pub args: Vec<String>,
    /// The `NOTE: Picked up JDK_JAVA_OPTIONS: ...` line, when the variable is set.
    pub note: Option<String>,
}

/// The launcher's pre-pass: expands `JDK_JAVA_OPTIONS` (when `env_options` is set) and the
/// command line's `@argfiles`. The `NOTE` about the variable is part of the result and must be
/// printed before anything else, including the error this may return.
pub fn expand(command_line: &[String], env_options: Option<&str>) -> Result<ExpandedArgs, Exit> {
    let mut tracker = MainClassTracker::default();
    let mut out = ExpandedArgs::default();
    if let Some(value) = env_options {
        let note = format!("NOTE: Picked up {JDK_JAVA_OPTIONS}: {value}");
        out.note = Some(note.clone());
        let with_note = |exit: Exit| exit.with_note(&note);
        let words = split_environment_value(value).ok_or_else(|| {
            with_note(Exit::error(format!(
                "Error: Unmatched quote in environment variable {JDK_JAVA_OPTIONS}"
            )))
        })?;
        for word in words {
            expand_environment_word(&word, &mut tracker, &mut out.args).map_err(with_note)?;
        }
    }
    for (index, arg) in command_line.iter().enumerate() {
        if tracker.found {
            out.args.extend(command_line[index..].iter().cloned());
            break;
        }
        match arg_file_name(arg, &tracker) {
            Some(ArgFileRef::File(name)) => {
                for word in tokenize(&read_arg_file(name)?) {
                    tracker.observe(&word);
                    out.args.push(word);
                }
            }
            Some(ArgFileRef::Escaped(word)) => {
                tracker.observe(word);
                out.args.push(word.to_string());
            }
            None => {
                tracker.observe(arg);
                out.args.push(arg.clone());
            }
        }
    }
    Ok(out)
}

enum ArgFileRef<'a> {
    /// `@name`: the file's words replace the argument.
    File(&'a str),
    /// `@@word`: the argument `@word`.
    Escaped(&'a str),
}

fn arg_file_name<'a>(arg: &'a str, tracker: &MainClassTracker) -> Option<ArgFileRef<'a>> {
    if tracker.expansion_disabled {
        return None;
    }
    let rest = arg.strip_prefix('@').filter(|rest| !rest.is_empty())?;
    Some(if rest.starts_with('@') {
        ArgFileRef::Escaped(rest)
    } else {
        ArgFileRef::File(rest)
    })
}

/// One word of `JDK_JAVA_OPTIONS`: an argfile is expanded, and neither a terminal option nor a
/// main class may appear (directly or in the file).
fn expand_environment_word(
    word: &str,
    tracker: &mut MainClassTracker,
    args: &mut Vec<String>,
) -> Result<(), Exit> {
    match arg_file_name(word, tracker) {
        Some(ArgFileRef::File(name)) => {
            for inner in tokenize(&read_arg_file(name)?) {
                tracker.observe(&inner);
                if is_terminal_option(&inner) {
                    return Err(Exit::error(format!(
                        "Error: Option {inner} in {word} is not allowed in environment variable {JDK_JAVA_OPTIONS}"
                    )));
                }
                args.push(inner);
            }
        }
        Some(ArgFileRef::Escaped(escaped)) => {
            tracker.observe(escaped);
            args.push(escaped.to_string());
        }
        None => {
            tracker.observe(word);
            if is_terminal_option(word) {
                return Err(Exit::error(format!(
                    "Error: Option {word} is not allowed in environment variable {JDK_JAVA_OPTIONS}"
                )));
            }
            args.push(word.to_string());
        }
    }
    if tracker.found {
        return Err(Exit::error(format!(
            "Error: Cannot specify main class in environment variable {JDK_JAVA_OPTIONS}"
        )));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<String> {
        tokenize(text.as_bytes())
    }

    #[test]
    fn white_space_and_quotes() {
        assert_eq!(
            words("-version -cp \"c:\\\\java libs\\\\one.jar\" \n"),
            ["-version", "-cp", "c:\\java libs\\one.jar"]
        );
        assert_eq!(
            words("com.foo.Panda \"Furious 5\"\x0cand\t'Shi Fu' \"escape\tprison"),
            [
                "com.foo.Panda",
                "Furious 5",
                "and",
                "Shi Fu",
                "escape\tprison"
            ]
        );
        assert_eq!(
            words("\"mix 'single' in double\" 'mix \"double\" in single' partial\"quote me\"this"),
            [
                "mix 'single' in double",
                "mix \"double\" in single",
                "partialquote methis"
            ]
        );
    }

    #[test]
    fn escapes_only_inside_quotes() {
        assert_eq!(words("\"\\a\\n\\t\\\\\\\"\""), ["a\n\t\\\""]);
        assert_eq!(
            words("c:\\dir\\x"),
            ["c:\\dir\\x"],
            "unquoted backslashes are literal"
        );
        assert_eq!(words("-Dd=\\n\"\\t\\\\\"x"), ["-Dd=\\n\t\\x"]);
    }

    #[test]
    fn comments() {
        assert_eq!(
            words("line one #comment\n'line #2' #rest\r\n#line 3\nline 4 #to eof"),
            ["line", "one", "line #2", "line", "4"]
        );
        // A comment inside an unquoted word drops that word's unquoted text.
        assert_eq!(words("-Da=abc#def\n-Db=1"), ["-Db=1"]);
        // ...but not pieces already completed by quotes, which join the next word.
        assert_eq!(words("-Dj=x\"y\"#c\n-Dk=1\n"), ["-Dj=xy-Dk=1"]);
    }

    #[test]
    fn line_breaks_and_continuations() {
        assert_eq!(
            words("This is an \"open quote \n    across line\n\t, note for WS."),
            [
                "This",
                "is",
                "an",
                "open quote ",
                "across",
                "line",
                ",",
                "note",
                "for",
                "WS."
            ]
        );
        assert_eq!(
            words("\"Open quote to \n  new \"line \\\n\r   third\\\n\r\\\tand\x0cfourth\""),
            ["Open quote to ", "new", "line third\tand\x0cfourth"]
        );
        assert_eq!(words("-Db=\"x y\\\n  z\""), ["-Db=x yz"]);
        assert_eq!(words("-Dc=\"p\\\r\n   q\""), ["-Dc=pq"]);
        assert_eq!(
            words("c:\\\"partial quote\"\\lib"),
            ["c:\\partial quote\\lib"]
        );
    }

    #[test]
    fn empty_and_trailing() {
        assert!(words("").is_empty());
        assert!(words("  \n\t ").is_empty());
        assert_eq!(words("a"), ["a"]);
        assert_eq!(words("'' "), [""], "an empty quoted word is a word");
        assert!(
            words("''").is_empty(),
            "...unless the file ends right after it"
        );
        assert_eq!(words("a '' b"), ["a", "", "b"]);
    }

    #[test]
    fn environment_words() {
        assert_eq!(
            split_environment_value(" -Dx='1 2'  -Xint \"a\"b ").unwrap(),
            ["-Dx=1 2", "-Xint", "ab"]
        );
        assert_eq!(split_environment_value("").unwrap(), Vec::<String>::new());
        assert_eq!(split_environment_value("-Dx='1"), None);
    }

    fn strings(args: &[&str]) -> Vec<String> {
        args.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn expansion_stops_at_the_main_class() {
        let args = strings(&["-cp", "x", "Main", "@nonexistent", "@@y"]);
        let expanded = expand(&args, None).unwrap();
        assert_eq!(expanded.args, args);
        assert_eq!(expanded.note, None);
    }

    #[test]
    fn escaped_and_lone_at_signs() {
        let expanded = expand(&strings(&["@@foo", "x"]), None).unwrap();
        assert_eq!(expanded.args, ["@foo", "x"]);
        let expanded = expand(&strings(&["@", "@x"]), None).unwrap();
        assert_eq!(expanded.args, ["@", "@x"], "'@' alone is the main class");
    }

    #[test]
    fn missing_arg_file() {
        let exit = expand(&strings(&["@/nonexistent/file"]), None).unwrap_err();
        assert_eq!(exit.stderr, "Error: could not open `/nonexistent/file'\n");
        assert_eq!(exit.code, 1);
    }

    #[test]
    fn environment_rules() {
        let expanded = expand(&strings(&["Main"]), Some("-Xint -cp a")).unwrap();
        assert_eq!(expanded.args, ["-Xint", "-cp", "a", "Main"]);
        assert_eq!(
            expanded.note.as_deref(),
            Some("NOTE: Picked up JDK_JAVA_OPTIONS: -Xint -cp a")
        );
        let exit = expand(&[], Some("-version")).unwrap_err();
        assert!(exit.stderr.ends_with(
            "Error: Option -version is not allowed in environment variable JDK_JAVA_OPTIONS\n"
        ));
        let exit = expand(&[], Some("-Xint Main")).unwrap_err();
        assert!(exit.stderr.ends_with(
            "Error: Cannot specify main class in environment variable JDK_JAVA_OPTIONS\n"
        ));
        let exit = expand(&[], Some("--module=m")).unwrap_err();
        assert!(exit.stderr.contains("Option --module=m is not allowed"));
    }
}
