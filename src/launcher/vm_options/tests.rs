//! Unit tests of the parent module.
use super::*;
use crate::launcher::exit::COULD_NOT_CREATE_VM;

fn parse(options: &[&str]) -> Result<VmOptions, Exit> {
    let options: Vec<String> = options.iter().map(|s| s.to_string()).collect();
    VmOptions::parse(&options)
}

fn rejected(options: &[&str]) -> String {
    let exit = parse(options).unwrap_err();
    assert_eq!(exit.code, 1);
    assert!(exit.stderr.ends_with(COULD_NOT_CREATE_VM), "{exit:?}");
    exit.stderr[..exit.stderr.len() - COULD_NOT_CREATE_VM.len()].to_string()
}

#[test]
fn properties() {
    let vm = parse(&["-Da=1", "-Db", "-Dc=x=y", "-Da=2", "-D", "-D=v"]).unwrap();
    assert_eq!(vm.property("a"), Some("2"));
    assert_eq!(vm.property("b"), Some(""));
    assert_eq!(vm.property("c"), Some("x=y"));
    assert_eq!(vm.property(""), Some("v"));
    assert_eq!(vm.property("d"), None);
    let vm = parse(&["-Djdk.module.addmods=x"]).unwrap();
    assert_eq!(vm.property("jdk.module.addmods"), None);
    assert_eq!(vm.warnings.len(), 1);
}

#[test]
fn sizes_become_flags() {
    let vm = parse(&["-Xmx1g", "-Xms64m", "-Xmn16m", "-Xss1025", "-Xmx2g"]).unwrap();
    assert_eq!(vm.flag("MaxHeapSize"), Some(FlagValue::Size(2 << 30)));
    assert_eq!(vm.flag("InitialHeapSize"), Some(FlagValue::Size(64 << 20)));
    assert_eq!(vm.flag("MinHeapSize"), Some(FlagValue::Size(64 << 20)));
    assert_eq!(vm.flag("NewSize"), Some(FlagValue::Size(16 << 20)));
    assert_eq!(
        vm.flag("ThreadStackSize"),
        Some(FlagValue::Intx(2)),
        "rounded up to KiB"
    );
    let vm = parse(&["-XX:MaxHeapSize=0x1000000"]).unwrap();
    assert_eq!(vm.flag("MaxHeapSize"), Some(FlagValue::Size(16 << 20)));
    assert_eq!(
        parse(&[]).unwrap().flag("ThreadStackSize"),
        Some(FlagValue::Intx(1024))
    );
}

#[test]
fn bad_sizes() {
    assert_eq!(
        rejected(&["-Xmx12q"]),
        "Invalid maximum heap size: -Xmx12q\n"
    );
    assert_eq!(rejected(&["-Xmx0"]), "Invalid maximum heap size: -Xmx0\n");
    assert_eq!(rejected(&["-Xmx"]), "Invalid maximum heap size: -Xmx\n");
    assert_eq!(
        rejected(&["-Xmn0"]),
        "Invalid initial young generation size: -Xmn0\n"
    );
    assert_eq!(rejected(&["-Xms-1"]), "Invalid initial heap size: -Xms-1\n");
    assert_eq!(
        rejected(&["-Xss2g"]),
        "Invalid thread stack size: -Xss2g\nThe specified size exceeds the maximum representable size.\n"
    );
    assert_eq!(
        rejected(&["-XX:MaxHeapSize=12q"]),
        "Invalid maximum heap size: -XX:MaxHeapSize=12q\n"
    );
    assert!(
        parse(&["-Xms0", "-Xss0", "-Xss1g"])
            .unwrap()
            .check()
            .is_ok()
    );
}

#[test]
fn start_up_checks() {
    let check = |options: &[&str]| parse(options).unwrap().check().unwrap_err();
    let exit = check(&["-Xss1"]);
    assert_eq!(
        exit.stdout,
        "\nThe Java thread stack size specified is too small. Specify at least 136k\n"
    );
    assert_eq!(exit.stderr, COULD_NOT_CREATE_VM);
    assert!(parse(&["-Xss139263"]).unwrap().check().is_ok());
    let init = |options: &[&str]| check(options).stdout;
    assert_eq!(
        init(&["-Xmx2047k"]),
        "Error occurred during initialization of VM\nToo small maximum heap\n"
    );
    assert!(parse(&["-Xmx2m"]).unwrap().check().is_ok());
    assert!(
        init(&["-Xms1g", "-Xmx1k"])
            .ends_with("Initial heap size set to a larger value than the maximum heap size\n")
    );
    assert!(init(&["-Xms1", "-Xmx1k"]).ends_with("Too small maximum heap\n"));
    assert!(init(&["-Xms1023k"]).ends_with("Too small initial heap\n"));
    assert!(init(&["-XX:MinHeapSize=1"]).ends_with("Too small minimum heap\n"));
    assert!(check(&["-Xss1", "-Xmx1k"]).stdout.contains("stack size"));
}

#[test]
fn x_options() {
    let vm = parse(&[
        "-Xint",
        "-Xbatch",
        "-Xrs",
        "-Xcheck:jni",
        "-Xshare:off",
        "-Xverify:all",
        "-Xlog",
        "-Xlog:gc*:stdout",
        "-Xbootclasspath/a:/x:/y",
        "-Xnoclassgc",
        "-Xdebug",
    ])
    .unwrap();
    assert_eq!(vm.execution, ExecutionMode::Interpreted);
    assert_eq!(
        vm.flag("BackgroundCompilation"),
        Some(FlagValue::Bool(false))
    );
    assert_eq!(vm.flag("ClassUnloading"), Some(FlagValue::Bool(false)));
    assert!(vm.reduce_signal_usage && vm.check_jni);
    assert_eq!(vm.share, ShareMode::Off);
    assert_eq!(vm.verify, VerifyMode::All);
    assert_eq!(vm.log, ["", ":gc*:stdout"]);
    assert_eq!(vm.boot_class_path_append, ["/x:/y"]);
    assert_eq!(
        parse(&["-Xint", "-Xcomp"]).unwrap().execution,
        ExecutionMode::Compiled
    );
}

#[test]
fn rejected_x_options() {
    assert_eq!(rejected(&["-Xfoo"]), "Unrecognized option: -Xfoo\n");
    assert_eq!(rejected(&["-Xint2"]), "Unrecognized option: -Xint2\n");
    assert_eq!(
        rejected(&["-Xshare:foo"]),
        "Unrecognized option: -Xshare:foo\n"
    );
    assert_eq!(
        rejected(&["-Xbootclasspath/a"]),
        "Unrecognized option: -Xbootclasspath/a\n"
    );
    assert_eq!(
        rejected(&["-Xcheck"]),
        "Unrecognized check option: -Xcheck\n"
    );
    assert_eq!(
        rejected(&["-Xverify:foo"]),
        "Unrecognized verification option: -Xverify:foo\n"
    );
    assert_eq!(rejected(&["-foo"]), "Unrecognized option: -foo\n");
    assert_eq!(rejected(&["--foo=bar"]), "Unrecognized option: --foo=bar\n");
    let exit = parse(&["-Xbootclasspath:/x"]).unwrap_err();
    assert_eq!(
        exit.stdout,
        "-Xbootclasspath is no longer a supported option.\n"
    );
    assert_eq!(exit.stderr, COULD_NOT_CREATE_VM);
}

#[test]
fn warnings_come_before_a_later_error() {
    let vm = parse(&["-Xverify:none"]).unwrap();
    assert_eq!(vm.verify, VerifyMode::None);
    assert_eq!(
        vm.warnings,
        [
            "Cortado 64-Bit VM warning: Options -Xverify:none and -noverify were deprecated in JDK 13 and will likely be removed in a future release."
        ]
    );
    let stderr = rejected(&["-Xverify:none", "-Xfoo"]);
    assert!(stderr.starts_with("Cortado 64-Bit VM warning: Options -Xverify:none"));
    assert!(stderr.ends_with("\nUnrecognized option: -Xfoo\n"));
}

#[test]
fn verbose_and_modules() {
    let vm = parse(&["-verbose", "-verbose:gc", "-verbose:foo", "-verbosex"]).unwrap();
    assert_eq!(
        vm.verbose,
        Verbose {
            class: true,
            gc: true,
            module: false,
            jni: false
        }
    );
    let vm = parse(&[
        "--add-opens=java.base/java.lang=ALL-UNNAMED",
        "--enable-preview",
    ])
    .unwrap();
    assert_eq!(
        vm.module_options,
        [ModuleOption {
            name: "--add-opens",
            value: "java.base/java.lang=ALL-UNNAMED".into()
        }]
    );
    assert!(vm.enable_preview);
    let vm = parse(&["--illegal-access=permit"]).unwrap();
    assert_eq!(
        vm.warnings,
        [
            "Cortado 64-Bit VM warning: Ignoring option --illegal-access=permit; support was removed in 17.0"
        ]
    );
}

#[test]
fn assertion_options_keep_their_order() {
    let vm = parse(&["-ea:a...", "-da:a.B", "-esa"]).unwrap();
    assert_eq!(vm.assertions.len(), 3);
    assert_eq!(vm.assertions[2], AssertionOption::SystemDefault(true));
}

#[test]
fn bare_xverify_verifies_everything_as_hotspot_does() {
    assert_eq!(parse(&["-Xverify"]).unwrap().verify, VerifyMode::All);
    assert_eq!(
        parse(&["-Xverify:remote"]).unwrap().verify,
        VerifyMode::Remote
    );
    assert_eq!(parse(&[]).unwrap().verify, VerifyMode::Remote);
}
