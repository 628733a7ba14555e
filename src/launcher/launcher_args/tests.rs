//! Unit tests of the parent module.
use super::*;

fn strings(args: &[&str]) -> Vec<String> {
    args.iter().map(|s| s.to_string()).collect()
}

fn launch(args: &[&str]) -> LauncherArgs {
    match parse(&strings(args), None) {
        Ok(Parsed::Launch(launch)) => *launch,
        other => panic!("expected a launch, got {other:?}"),
    }
}

fn error(args: &[&str]) -> String {
    parse(&strings(args), None).unwrap_err().stderr
}

#[test]
fn main_class_and_program_arguments() {
    let l = launch(&["-cp", "a:b", "-Xint", "pkg.Main", "-cp", "x", "-version"]);
    assert_eq!(l.mode, LaunchMode::Class);
    assert_eq!(l.what.as_deref(), Some("pkg.Main"));
    assert_eq!(l.app_args, ["-cp", "x", "-version"]);
    assert_eq!(l.vm_options, ["-Djava.class.path=a:b", "-Xint"]);
    assert!(!l.print_version);
}

#[test]
fn default_class_path_is_the_current_directory() {
    let l = launch(&["Main"]);
    assert_eq!(l.vm_options, ["-Djava.class.path=."]);
    let l = match parse(&strings(&["Main"]), Some("/env/cp")).unwrap() {
        Parsed::Launch(l) => l,
        other => panic!("{other:?}"),
    };
    assert_eq!(l.vm_options, ["-Djava.class.path=/env/cp"]);
    let l = launch(&["-Djava.class.path=/d", "Main"]);
    assert_eq!(l.vm_options, ["-Djava.class.path=/d"]);
}

#[test]
fn jar_mode() {
    let l = launch(&["-jar", "-Xint", "app.jar", "a", "-b"]);
    assert_eq!(l.mode, LaunchMode::Jar);
    assert_eq!(l.what.as_deref(), Some("app.jar"));
    assert_eq!(l.app_args, ["a", "-b"]);
    assert_eq!(l.vm_options, ["-Xint", "-Djava.class.path=app.jar"]);
    let l = launch(&["-jar"]);
    assert_eq!(
        l.usage_error.as_deref(),
        Some("Error: -jar requires jar file specification")
    );
    assert!(l.print_usage);
    assert_eq!(l.exit_status, 1);
}

#[test]
fn class_path_spellings() {
    for args in [
        &["-cp", "x", "M"][..],
        &["-classpath", "x", "M"],
        &["--class-path", "x", "M"],
        &["--class-path=x", "M"],
    ] {
        assert_eq!(launch(args).vm_options, ["-Djava.class.path=x"], "{args:?}");
    }
    assert_eq!(launch(&["-cp", "", "M"]).vm_options, ["-Djava.class.path="]);
    assert_eq!(
        error(&["-cp"]),
        "Error: -cp requires class path specification\n"
    );
    assert_eq!(
        error(&["-classpath", "-Xint", "M"]),
        "Error: -classpath requires class path specification\n"
    );
}

#[test]
fn module_options() {
    let l = launch(&[
        "--add-opens",
        "java.base/java.lang=ALL-UNNAMED",
        "--add-exports=a/b=c",
        "-p",
        "mods",
        "M",
    ]);
    assert_eq!(
        l.vm_options,
        [
            "--add-opens=java.base/java.lang=ALL-UNNAMED",
            "--add-exports=a/b=c",
            "--module-path=mods",
            "-Djava.class.path=."
        ]
    );
    assert_eq!(
        error(&["-p"]),
        "Error: -p requires module path specification\n"
    );
    assert_eq!(
        error(&["--add-modules="]),
        "Error: --add-modules= requires modules to be specified\n"
    );
    assert_eq!(
        error(&["--add-opens", "-Xint"]),
        "Error: --add-opens requires modules to be specified\n"
    );
    // Not in the launcher's list of long forms: the VM gets it as is.
    assert_eq!(launch(&["--add-opens=", "M"]).vm_options[0], "--add-opens=");
}

#[test]
fn module_launch_stops_option_processing() {
    let l = launch(&["-m", "mod/pkg.Main", "-version"]);
    assert_eq!(l.mode, LaunchMode::Module);
    assert_eq!(l.what.as_deref(), Some("mod/pkg.Main"));
    assert_eq!(l.app_args, ["-version"]);
    assert_eq!(l.vm_options, ["-Djdk.module.main=mod"]);
    assert_eq!(
        error(&["--module="]),
        "Error: --module= requires module name\n"
    );
    assert_eq!(
        error(&["--source", "11", "-jar", "x.jar"]),
        "Error: Option -jar is not allowed with --source\n"
    );
}

#[test]
fn print_and_exit_options_stop_parsing() {
    let l = launch(&["-version", "-foo"]);
    assert!(l.print_version);
    assert_eq!(l.print_to, Stream::Stderr);
    assert!(l.vm_options.is_empty());
    let l = launch(&["--show-version", "-help"]);
    assert!(l.show_version && l.print_usage);
    assert_eq!(
        l.print_to,
        Stream::Stdout,
        "--show-version switched the stream"
    );
    assert_eq!(
        parse(&strings(&["-fullversion"]), None).unwrap(),
        Parsed::FullVersion(Stream::Stderr)
    );
}

#[test]
fn no_main_class_is_status_one() {
    assert_eq!(launch(&[]).exit_status, 1);
    assert_eq!(launch(&["-Xint"]).exit_status, 1);
    assert_eq!(launch(&["-help"]).exit_status, 0);
}

#[test]
fn legacy_spellings_and_vm_options() {
    let l = launch(&[
        "-ms16m",
        "-noverify",
        "-verbosegc",
        "-Dx=1",
        "-XX:+UseSerialGC",
        "M",
    ]);
    assert_eq!(
        l.vm_options,
        [
            "-Xms16m",
            "-Xverify:none",
            "-verbose:gc",
            "-Dx=1",
            "-XX:+UseSerialGC",
            "-Djava.class.path=."
        ]
    );
    let l = launch(&["-cs", "M"]);
    assert_eq!(l.warnings, ["Warning: -cs option is no longer supported."]);
    assert_eq!(launch(&["--foo=bar", "M"]).vm_options[0], "--foo=bar");
}

#[test]
fn java_home() {
    assert_eq!(
        launch(&["--java-home", "/jdk", "M"]).java_home.as_deref(),
        Some("/jdk")
    );
    assert_eq!(
        launch(&["--java-home=/jdk", "M"]).java_home.as_deref(),
        Some("/jdk")
    );
    assert_eq!(
        error(&["--java-home"]),
        "Error: --java-home requires JDK directory specification\n"
    );
}

#[test]
fn source_mode_runs_the_source_launcher_with_the_file_first() {
    let l = launch(&["--source", "11", "-Xint", "script", "a", "-b"]);
    assert_eq!(l.mode, LaunchMode::Source);
    assert_eq!(l.what.as_deref(), Some(SOURCE_LAUNCHER_MAIN));
    assert_eq!(l.app_args, ["script", "a", "-b"]);
    assert_eq!(l.source_version.as_deref(), Some("11"));
    assert_eq!(
        l.vm_options,
        [
            "-Djdk.internal.javac.source=11",
            "-Xint",
            "--add-modules=ALL-DEFAULT"
        ]
    );
    // A class name that is no existing `.java` file stays a class launch.
    let l = launch(&["Missing.java"]);
    assert_eq!(l.mode, LaunchMode::Class);
    assert_eq!(l.what.as_deref(), Some("Missing.java"));
}

#[test]
fn module_reports_are_recorded_and_may_stand_alone() {
    let l = launch(&["--list-modules"]);
    assert!(l.module_reports.list_modules && l.reports_first());
    assert_eq!(l.exit_status, 0, "a report needs no program");
    let l = launch(&["-d", "java.sql"]);
    assert_eq!(
        l.module_reports.describe_module.as_deref(),
        Some("java.sql")
    );
    assert_eq!(l.exit_status, 0);
    let l = launch(&["--describe-module=m"]);
    assert_eq!(l.module_reports.describe_module.as_deref(), Some("m"));
    let l = launch(&["--validate-modules"]);
    assert!(l.validate_modules && l.reports_first());
    assert_eq!(l.vm_options, ["-Djdk.module.validation=true"]);
    let l = launch(&["--show-resolved-modules"]);
    assert!(l.module_reports.show_resolved_modules);
    assert_eq!(
        l.exit_status, 1,
        "showing the resolved modules needs a program"
    );
    assert!(!launch(&["-cp", "x", "M"]).reports_first());
}
