//! The launcher's errors, compared with HotSpot's `java` 17 on the same command lines: same
//! stdout, same stderr, same exit status.

mod launcher_support;

use launcher_support::{Run, assert_same, assert_same_run};

#[test]
fn unrecognized_options() {
    assert_same(&["-foo"]);
    assert_same(&["-foo", "-version"]);
    assert_same(&["--foo=bar", "-version"]);
    assert_same(&["--foo"]);
    assert_same(&["-"]);
    assert_same(&["-J-Xint", "-version"]);
    assert_same(&["-Xint2", "-version"]);
    assert_same(&["-Xfoo", "-Xmx12q", "-version"]);
    assert_same(&["-eafoo", "-version"]);
    assert_same(&["-Xshare:foo", "-version"]);
    assert_same(&["-Xshare", "-version"]);
    assert_same(&["-Xbootclasspath/a", "-version"]);
    assert_same(&["-Xverify:foo", "-version"]);
    assert_same(&["-Xcheck:foo", "-version"]);
    assert_same(&["-Xcheck", "-version"]);
    assert_same(&["-Xbootclasspath:/tmp", "-version"]);
    assert_same(&["-Xbootclasspath/p:/tmp", "-version"]);
}

#[test]
fn bad_sizes() {
    for args in [
        &["-Xmx12q"][..],
        &["-Xmx0"],
        &["-Xmx0k"],
        &["-Xmx"],
        &["-Xmx-1"],
        &["-Xmx+1"],
        &["-Xmx1kk"],
        &["-Xmx99999999999999999999"],
        &["-Xmx17179869184g"],
        &["-Xms12q"],
        &["-Xms0x"],
        &["-Xmn0"],
        &["-Xmn12q"],
        &["-Xss12q"],
        &["-Xss"],
        &["-Xss2g"],
        &["-Xss1025m"],
        &["-XX:MaxHeapSize=12q"],
        &["-XX:MaxHeapSize=0"],
    ] {
        let mut args = args.to_vec();
        args.push("-version");
        assert_same(&args);
    }
}

#[test]
fn sizes_too_small_at_start_up() {
    for args in [
        &["-Xss1"][..],
        &["-Xss135k"],
        &["-Xss64"],
        &["-XX:ThreadStackSize=1"],
        &["-Xmx1k"],
        &["-Xmx1"],
        &["-Xmx2047k"],
        &["-Xmx0x10"],
        &["-XX:MaxHeapSize=1k"],
        &["-Xms1"],
        &["-Xms1023k"],
        &["-XX:InitialHeapSize=1"],
        &["-XX:MinHeapSize=1"],
        &["-Xms1g", "-Xmx1k"],
        &["-Xms1", "-Xmx1k"],
        &["-Xms3m", "-Xmx2049k"],
        &["-XX:MaxHeapSize=1g", "-Xms2g"],
        &["-Xss1", "-Xmx1k"],
        &["-Xmx12q", "-Xmx1g"],
    ] {
        let mut args = args.to_vec();
        args.push("-version");
        assert_same(&args);
    }
}

#[test]
fn xx_flags() {
    for flag in [
        "-XX:+Foo",
        "-XX:-Foo",
        "-XX:Foo=1",
        "-XX:Foo",
        "-XX:",
        "-XX:+",
        "-XX:UseSerialGC=true",
        "-XX:UseSerialGC",
        "-XX:TieredStopAtLevel=x",
        "-XX:TieredStopAtLevel=9",
        "-XX:TieredStopAtLevel=+1",
        "-XX:TieredStopAtLevel",
        "-XX:TieredStopAtLevel=",
        "-XX:+TieredStopAtLevel",
        "-XX:SoftRefLRUPolicyMSPerMB=-1",
        "-XX:SoftRefLRUPolicyMSPerMB=99999999999999999999",
        "-XX:ThreadStackSize=2000000",
        "-XX:NewSize=12q",
        "-XX:InitialHeapSize=12q",
        "-XX:+UseSerialG",
        "-XX:+PrintCompilatio",
        "-XX:TieredStopAtLeve=1",
        "-XX:+TieredStopAtLeve",
        "-XX:MaxHeapSiz=1",
    ] {
        assert_same(&[flag, "-version"]);
    }
}

#[test]
fn launcher_option_errors() {
    assert_same(&["-cp"]);
    assert_same(&["-foo", "-cp"]);
    assert_same(&["-classpath", "-Xint", "Main"]);
    assert_same(&["--class-path"]);
    assert_same(&["-m"]);
    assert_same(&["--module"]);
    assert_same(&["--module="]);
    assert_same(&["-p"]);
    assert_same(&["--module-path"]);
    assert_same(&["--upgrade-module-path"]);
    assert_same(&["--add-opens"]);
    assert_same(&["--add-exports", "-Xint"]);
    assert_same(&["--add-modules"]);
    assert_same(&["--add-modules="]);
    assert_same(&["--limit-modules="]);
    assert_same(&["--source"]);
    assert_same(&["-d"]);
    assert_same(&["--source", "11", "-jar", "x.jar"]);
}

#[test]
fn jar_errors() {
    assert_same(&["-jar", "missing.jar"]);
    assert_same(&["-jar", "missing.jar", "-foo"]);
    assert_same(&["-foo", "-jar", "missing.jar"]);
    assert_same(&["-Xmx1k", "-jar", "nomanifest.jar"]);
    assert_same(&["-jar", "corrupt.jar"]);
    assert_same(&["-jar", "nomanifest.jar"]);
    assert_same(&["-jar", "src"]);
    assert_same(&["-jar", "nomf.jar"]);
    assert_same(&["-jar", "bad.jar"]);
    assert_same(&["-Xfoo", "-jar", "nomf.jar"]);
}

#[test]
fn main_class_not_found() {
    assert_same(&["Foo"]);
    assert_same(&["-cp", "cls", "Foo"]);
    assert_same(&["-cp", "cls", "pkg.foo"]);
    assert_same(&["-cp", "cls", "Hello.class"]);
    assert_same(&["-cp", "cls", "pkg/Foo.class"]);
    assert_same(&["-cp", "cls", ".Hello"]);
    assert_same(&["-cp", "cls", "a..b"]);
    assert_same(&["-cp", "cls", "Hello."]);
    assert_same(&["-cp", "cls", "a b"]);
    assert_same(&["-cp", "cls", ""]);
    assert_same(&["-cp", "cls", "java.lang.Nope"]);
    assert_same(&["-cp", "missing:cls.jar", "Hello"]);
    assert_same(&["@"]);
    assert_same(&["@@foo"]);
}

#[test]
fn main_class_cannot_be_loaded() {
    assert_same(&["-cp", "wrong", "Foo"]);
    assert_same(&["-cp", "wrong", "a.Foo"]);
    assert_same(&["-cp", "nosuper", "Sub"]);
    assert_same(&["-cp", "bad", "G"]);
    assert_same(&["-cp", "bad", "T"]);
    assert_same(&["-cp", "bad", "q.G"]);
    assert_same(&["-cp", "bad", "q.V"]);
    assert_same(&["-cp", "bad", "q.W"]);
    assert_same(&["-cp", "bad", "q.U"]);
}

#[test]
fn main_method_checks() {
    assert_same(&["-cp", "cls", "NoMain"]);
    assert_same(&["-cp", "cls", "InstMain"]);
    assert_same(&["-cp", "cls", "IntMain"]);
    assert_same(&["-cp", "cls", "ProtMain"]);
    assert_same(&["-cp", "cls", "java.lang.Object"]);
}

#[test]
fn dry_run_loads_the_main_class_and_exits() {
    assert_same(&["-cp", "cls", "--dry-run", "Hello"]);
    assert_same(&["-cp", "cls", "--dry-run", "pkg/Foo", "a", "b"]);
    assert_same(&["-cp", "cls", "--dry-run", "Sub"]);
    assert_same(&["--dry-run", "-jar", "ok.jar"]);
    assert_same(&["--dry-run", "-cp", "cls", "NoMain"]);
}

#[test]
fn environment_variable_rules() {
    let with = |value: &str, args: &[&str]| Run::new(args).env("JDK_JAVA_OPTIONS", value);
    assert_same_run(&with("-Dx=1 'a b'", &["-version"]));
    assert_same_run(&with("Hello", &["-version"]));
    assert_same_run(&with("-jar", &["-version"]));
    assert_same_run(&with("--module=m", &["-version"]));
    assert_same_run(&with("-version", &["-cp", "cls", "Hello"]));
    assert_same_run(&with("-Dx='1", &["-version"]));
    assert_same_run(&with("-Xfoo", &["-version"]));
    assert_same_run(&with("-cp cls --dry-run", &["Hello"]));
    assert_same_run(&with("@missing", &["-version"]));
}

#[test]
fn vm_options_from_the_environment() {
    let tool = |value: &str, args: &[&str]| Run::new(args).env("JAVA_TOOL_OPTIONS", value);
    let late = |value: &str, args: &[&str]| Run::new(args).env("_JAVA_OPTIONS", value);
    assert_same_run(&tool(
        "-Xint -Dx='a b'",
        &["-cp", "cls", "--dry-run", "Hello"],
    ));
    assert_same_run(&tool("", &["-cp", "cls", "--dry-run", "Hello"]));
    assert_same_run(&tool("-Dx='a", &["-version"]));
    assert_same_run(&tool("-version", &["-cp", "cls", "Hello"]));
    assert_same_run(&tool("-Xint", &["-foo"]));
    assert_same_run(&tool("-Xint", &["-cp"]));
    assert_same_run(&tool("-Xmx12q", &["-Xmx1g", "-version"]));
    assert_same_run(&late("-Xmx12q", &["-Xmx1g", "-version"]));
    assert_same_run(&late("-Xint", &["-cp", "cls", "NoMain"]));
    assert_same_run(&tool("-Dx=1", &["-version"]).env("_JAVA_OPTIONS", "-Dx='a"));
    assert_same_run(&tool("-Dy=1", &["-version"]).env("_JAVA_OPTIONS", "-Xfoo"));
    let both =
        tool("-Xint", &["-cp", "cls", "--dry-run", "Hello"]).env("JDK_JAVA_OPTIONS", "-Xint");
    assert_same_run(&both);
}

#[test]
fn class_path_from_the_environment() {
    let run = Run::new(&["--dry-run", "Hello"]).env("CLASSPATH", "cls");
    assert_same_run(&run);
    let run = Run::new(&["--dry-run", "Hello"]).env("CLASSPATH", "nowhere");
    assert_same_run(&run);
    let run = Run::new(&["--dry-run", "-cp", "nowhere", "Hello"]).env("CLASSPATH", "cls");
    assert_same_run(&run);
}

#[test]
fn main_runs_as_on_java_from_the_class_path_and_from_a_jar() {
    assert_same_run(&Run::new(&["-cp", "cls", "pkg.Foo", "arg"]));
    assert_same_run(&Run::new(&["-jar", "ok.jar", "a", "b"]));
}

#[test]
fn a_jar_with_class_path_and_resources_runs_through_the_application_loader() {
    assert_same_run(&Run::new(&["-jar", "app.jar", "x", "y", "z"]));
    assert_same_run(&Run::new(&["-cp", "app.jar:lib.jar", "japp.Main"]));
    assert_same_run(&Run::new(&["-cp", "app.jar", "japp.Main"]));
}
