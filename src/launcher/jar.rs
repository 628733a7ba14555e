//! `-jar`: opening the jar and reading its manifest's `Main-Class`.

use std::fs::File;

use runtime::classpath::jar::JarFile;

use super::exit::Exit;
use super::launcher_args::takes_separate_value;

/// Opens `jar` with the launcher's errors: a file that cannot be opened is `Unable to access
/// jarfile`, anything that is not a jar with a manifest is `Invalid or corrupt jarfile`.
pub fn open_jar(jar: &str) -> Result<JarFile, Exit> {
    File::open(jar).map_err(|_| Exit::error(format!("Error: Unable to access jarfile {jar}")))?;
    let corrupt = || Exit::error(format!("Error: Invalid or corrupt jarfile {jar}"));
    let opened = JarFile::open(jar).map_err(|_| corrupt())?;
    if opened.manifest().is_none() {
        return Err(corrupt());
    }
    Ok(opened)
}

/// The `Main-Class` of `jar`'s manifest, trimmed, or the launcher's error for a jar without
/// one.
pub fn main_class(jar: &str) -> Result<String, Exit> {
    let opened = open_jar(jar)?;
    opened
        .manifest()
        .and_then(|manifest| manifest.main_class())
        .map(|main| main.trim().to_string())
        .ok_or_else(|| Exit::error(format!("no main manifest attribute, in {jar}")))
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
        Some(jar) if jar_flag => open_jar(jar).map(|_| ()),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
        // The operand is the first argument that is neither an option nor an option's value.
        let exit =
            check_jar_operand(&strings(&["-cp", "x", "-jar", "/nonexistent.jar"])).unwrap_err();
        assert_eq!(exit.code, 1);
        // Without -jar, or without an operand, there is nothing to check.
        assert!(check_jar_operand(&strings(&["-cp", "/nonexistent.jar", "Main"])).is_ok());
        assert!(check_jar_operand(&strings(&["-jar"])).is_ok());
    }
}
