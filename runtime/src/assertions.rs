//! `-ea`/`-da` and `-esa`/`-dsa`: which classes run their `assert` statements.
//!
//! The options are kept in command-line order, because later ones override earlier ones:
//! `-ea:com.foo... -da:com.foo.Bar` enables the package except one class. For a class, the
//! last class option naming it wins; otherwise the last option for its package, then for the
//! enclosing packages from the innermost out; otherwise the default (`-ea`/`-da` without a
//! target for application classes, `-esa`/`-dsa` for system classes).

/// One assertion option.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AssertionOption {
    /// `-ea` / `-da` without a target: the default for application classes.
    UserDefault(bool),
    /// `-esa` / `-dsa`: the default for system classes.
    SystemDefault(bool),
    /// `-ea:pkg...` / `-da:pkg...`; the name is in internal form (`com/foo`), empty for
    /// `-ea:...` (the unnamed package).
    Package {
        /// The package, with `/` separators.
        name: String,
        /// Whether the option enables assertions.
        enable: bool,
    },
    /// `-ea:Class` / `-da:Class`, in internal form (`com/foo/Bar`).
    Class {
        /// The class, with `/` separators.
        name: String,
        /// Whether the option enables assertions.
        enable: bool,
    },
}

/// Reads `option` if it is an assertion option (`-ea`, `-enableassertions:com.foo...`, `-dsa`,
/// ...); `None` for anything else, including `-eafoo`.
pub fn parse_assertion_option(option: &str) -> Option<AssertionOption> {
    match option {
        "-esa" | "-enablesystemassertions" => return Some(AssertionOption::SystemDefault(true)),
        "-dsa" | "-disablesystemassertions" => return Some(AssertionOption::SystemDefault(false)),
        _ => {}
    }
    let (enable, rest) = [
        ("-ea", true),
        ("-enableassertions", true),
        ("-da", false),
        ("-disableassertions", false),
    ]
    .iter()
    .find_map(|(prefix, enable)| Some((*enable, option.strip_prefix(prefix)?)))
    .filter(|(_, rest)| rest.is_empty() || rest.starts_with(':'))?;
    let Some(target) = rest.strip_prefix(':') else {
        return Some(AssertionOption::UserDefault(enable));
    };
    let internal = target.replace('.', "/");
    Some(match target.strip_suffix("...") {
        Some(package) => AssertionOption::Package {
            name: package.replace('.', "/"),
            enable,
        },
        None => AssertionOption::Class {
            name: internal,
            enable,
        },
    })
}

/// Whether assertions are enabled for the class `internal_name` (`com/foo/Bar`) under the
/// options `options` (in command-line order); `system` tells whether the class is a system
/// class (loaded by the boot loader).
pub fn assertions_enabled(options: &[AssertionOption], internal_name: &str, system: bool) -> bool {
    let last =
        |matches: &dyn Fn(&AssertionOption) -> Option<bool>| options.iter().rev().find_map(matches);
    let class_setting = last(&|option| match option {
        AssertionOption::Class { name, enable } if name == internal_name => Some(*enable),
        _ => None,
    });
    if let Some(enable) = class_setting {
        return enable;
    }
    let mut package = internal_name
        .rsplit_once('/')
        .map_or("", |(package, _)| package);
    loop {
        let package_setting = last(&|option| match option {
            AssertionOption::Package { name, enable } if name == package => Some(*enable),
            _ => None,
        });
        if let Some(enable) = package_setting {
            return enable;
        }
        match package.rsplit_once('/') {
            Some((outer, _)) => package = outer,
            // The unnamed package is not an enclosing package of named ones.
            None => break,
        }
    }
    last(&|option| match option {
        AssertionOption::UserDefault(enable) if !system => Some(*enable),
        AssertionOption::SystemDefault(enable) if system => Some(*enable),
        _ => None,
    })
    .unwrap_or(false)
}

/// What `ClassLoader.retrieveDirectives` hands to the class library
/// (`java.lang.AssertionStatusDirectives`): the class and package options in command-line
/// order, names with `.` separators, and the default for application classes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AssertionDirectives {
    /// `-ea:Class`/`-da:Class` options: the class name and whether it enables.
    pub classes: Vec<(String, bool)>,
    /// `-ea:pkg...`/`-da:pkg...` options: the package name (empty for the unnamed package) and
    /// whether it enables.
    pub packages: Vec<(String, bool)>,
    /// The last `-ea`/`-da` without a target (false without one).
    pub default: bool,
}

/// The directives of `options` (in command-line order).
pub fn assertion_directives(options: &[AssertionOption]) -> AssertionDirectives {
    let mut directives = AssertionDirectives {
        classes: Vec::new(),
        packages: Vec::new(),
        default: false,
    };
    for option in options {
        match option {
            AssertionOption::UserDefault(enable) => directives.default = *enable,
            AssertionOption::SystemDefault(_) => {}
            AssertionOption::Package { name, enable } => {
                directives.packages.push((name.replace('/', "."), *enable))
            }
            AssertionOption::Class { name, enable } => {
                directives.classes.push((name.replace('/', "."), *enable))
            }
        }
    }
    directives
}

#[cfg(test)]
mod tests {
    use super::*;

    fn options(args: &[&str]) -> Vec<AssertionOption> {
        args.iter()
            .map(|a| parse_assertion_option(a).unwrap())
            .collect()
    }

    #[test]
    fn spellings() {
        assert_eq!(
            parse_assertion_option("-ea"),
            Some(AssertionOption::UserDefault(true))
        );
        assert_eq!(
            parse_assertion_option("-disableassertions"),
            Some(AssertionOption::UserDefault(false))
        );
        assert_eq!(
            parse_assertion_option("-ea:com.foo..."),
            Some(AssertionOption::Package {
                name: "com/foo".into(),
                enable: true
            })
        );
        assert_eq!(
            parse_assertion_option("-da:com.foo.Bar"),
            Some(AssertionOption::Class {
                name: "com/foo/Bar".into(),
                enable: false
            })
        );
        assert_eq!(
            parse_assertion_option("-ea:..."),
            Some(AssertionOption::Package {
                name: String::new(),
                enable: true
            })
        );
        assert_eq!(
            parse_assertion_option("-ea:"),
            Some(AssertionOption::Class {
                name: String::new(),
                enable: true
            })
        );
        assert_eq!(
            parse_assertion_option("-esa"),
            Some(AssertionOption::SystemDefault(true))
        );
        assert_eq!(parse_assertion_option("-eafoo"), None);
        assert_eq!(parse_assertion_option("-enableassertionsx"), None);
        assert_eq!(parse_assertion_option("-e"), None);
    }

    #[test]
    fn defaults() {
        assert!(!assertions_enabled(&[], "A", false));
        let o = options(&["-ea"]);
        assert!(assertions_enabled(&o, "a/B", false));
        assert!(!assertions_enabled(&o, "java/lang/Object", true));
        let o = options(&["-esa", "-da"]);
        assert!(assertions_enabled(&o, "java/lang/Object", true));
        assert!(!assertions_enabled(&o, "a/B", false));
        let o = options(&["-ea", "-da"]);
        assert!(
            !assertions_enabled(&o, "a/B", false),
            "the last default wins"
        );
    }

    #[test]
    fn order_and_specificity() {
        let o = options(&["-ea:com.foo...", "-da:com.foo.Bar"]);
        assert!(assertions_enabled(&o, "com/foo/Baz", false));
        assert!(
            assertions_enabled(&o, "com/foo/inner/Baz", false),
            "subpackages too"
        );
        assert!(!assertions_enabled(&o, "com/foo/Bar", false));
        assert!(!assertions_enabled(&o, "com/Other", false));
        let o = options(&["-da:com.foo.Bar", "-ea:com.foo..."]);
        assert!(
            !assertions_enabled(&o, "com/foo/Bar", false),
            "class options beat packages"
        );
        let o = options(&["-ea:com...", "-da:com.foo..."]);
        assert!(!assertions_enabled(&o, "com/foo/X", false));
        assert!(assertions_enabled(&o, "com/bar/X", false));
        let o = options(&["-da:com.foo...", "-ea:com..."]);
        assert!(
            !assertions_enabled(&o, "com/foo/X", false),
            "the innermost package wins"
        );
        let o = options(&["-ea:com.foo...", "-da:com.foo..."]);
        assert!(
            !assertions_enabled(&o, "com/foo/X", false),
            "then the last option"
        );
    }

    #[test]
    fn directives_keep_command_line_order() {
        let o = options(&["-ea:a.B", "-da:p.q...", "-ea", "-esa", "-da:a.B", "-ea:..."]);
        assert_eq!(
            assertion_directives(&o),
            AssertionDirectives {
                classes: vec![("a.B".into(), true), ("a.B".into(), false)],
                packages: vec![("p.q".into(), false), (String::new(), true)],
                default: true,
            }
        );
        assert!(!assertion_directives(&options(&["-ea", "-da"])).default);
    }

    #[test]
    fn unnamed_package() {
        let o = options(&["-ea:..."]);
        assert!(assertions_enabled(&o, "Main", false));
        assert!(!assertions_enabled(&o, "p/Main", false));
    }
}
