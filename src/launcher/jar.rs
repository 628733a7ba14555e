//! `-jar`: opening the jar and reading its manifest's main attributes.

use std::fs::File;
use std::io::Read;

use super::exit::Exit;
use super::launcher_args::takes_separate_value;

/// The manifest attributes the launcher uses.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Manifest {
    /// `Main-Class`, trimmed.
    pub main_class: Option<String>,
    /// `Class-Path`: space-separated URLs relative to the jar's directory.
    pub class_path: Option<String>,
}

/// Reads the main section of a manifest: `Name: value` lines, continued by lines starting with
/// a space, up to the first empty line. Names are case-insensitive.
pub fn parse_manifest(text: &str) -> Manifest {
    let mut attributes: Vec<(String, String)> = Vec::new();
    for line in text
        .split('\n')
        .map(|line| line.strip_suffix('\r').unwrap_or(line))
    {
        if line.is_empty() {
            break;
        }
        if let Some(continuation) = line.strip_prefix(' ') {
            if let Some((_, value)) = attributes.last_mut() {
                value.push_str(continuation);
            }
            continue;
        }
        if let Some((name, value)) = line.split_once(':') {
            let value = value.strip_prefix(' ').unwrap_or(value);
            attributes.push((name.to_string(), value.to_string()));
        }
    }
    let get = |wanted: &str| {
        attributes
            .iter()
            .find(|(name, _)| name.eq_ignore_ascii_case(wanted))
            .map(|(_, value)| value.trim().to_string())
    };
    Manifest {
        main_class: get("Main-Class"),
        class_path: get("Class-Path"),
    }
}

/// Opens `jar` and reads its manifest, with the launcher's errors: a file that cannot be opened
/// is `Unable to access jarfile`, anything that is not a jar with a manifest is `Invalid or
/// corrupt jarfile`.
pub fn read_manifest(jar: &str) -> Result<Manifest, Exit> {
    let file = File::open(jar)
        .map_err(|_| Exit::error(format!("Error: Unable to access jarfile {jar}")))?;
    let corrupt = || Exit::error(format!("Error: Invalid or corrupt jarfile {jar}"));
    let mut archive = zip::ZipArchive::new(file).map_err(|_| corrupt())?;
    let mut entry = archive
        .by_name("META-INF/MANIFEST.MF")
        .map_err(|_| corrupt())?;
    let mut bytes = Vec::new();
    entry.read_to_end(&mut bytes).map_err(|_| corrupt())?;
    Ok(parse_manifest(&String::from_utf8_lossy(&bytes)))
}

/// The launcher's first look at the command line, before it parses options: when `-jar` is
/// among the options, the jar named by the first operand must be readable with a manifest.
pub fn check_jar_operand(args: &[String]) -> Result<(), Exit> {
    let mut jar_flag = false;
    let mut index = 0;
    while let Some(arg) = args.get(index).filter(|arg| arg.starts_with('-')) {
        if arg == "-jar" {
            jar_flag = true;
        }
        let has_value = args
            .get(index + 1)
            .is_some_and(|next| !next.starts_with('-'));
        if takes_separate_value(arg) && has_value {
            index += 1;
        }
        index += 1;
    }
    match args.get(index) {
        Some(jar) if jar_flag => read_manifest(jar).map(|_| ()),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn main_attributes() {
        let m = parse_manifest(
            "Manifest-Version: 1.0\r\nmain-class:  pkg.Main \r\nClass-Path: a.jar\r\n  b.jar\r\n\r\nName: x\r\nMain-Class: Other\r\n",
        );
        assert_eq!(m.main_class.as_deref(), Some("pkg.Main"));
        assert_eq!(m.class_path.as_deref(), Some("a.jar b.jar"));
        assert_eq!(
            parse_manifest("Manifest-Version: 1.0\n"),
            Manifest::default()
        );
    }

    fn strings(args: &[&str]) -> Vec<String> {
        args.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn jar_operand_errors() {
        let exit = check_jar_operand(&strings(&["-Xint", "-jar", "/nonexistent.jar"])).unwrap_err();
        assert_eq!(
            exit.stderr,
            "Error: Unable to access jarfile /nonexistent.jar\n"
        );
        let exit = check_jar_operand(&strings(&["-jar", "/"])).unwrap_err();
        assert_eq!(exit.stderr, "Error: Invalid or corrupt jarfile /\n");
        // Without -jar, or without an operand, there is nothing to check.
        assert!(check_jar_operand(&strings(&["-cp", "/nonexistent.jar", "Main"])).is_ok());
        assert!(check_jar_operand(&strings(&["-jar"])).is_ok());
    }
}
