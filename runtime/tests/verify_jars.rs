//! Real-world class files: every class of the jars in the machine's `/usr/share/java` (class-file
//! versions 49 to 55, compiled by many javac versions) is verified by us and, in one JVM, by
//! HotSpot 17 (loaded through a class loader over all those jars and linked). Our verdict must
//! be HotSpot's: the same exception class and message when either rejects a class.

mod verify_support;

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::process::Command;

use classfile::ClassFile;
use classfile::verifier::{VerifyErrorKind, verify_class};
use runtime::classpath::jar::JarFile;
use runtime::classpath::jimage::JImage;
use runtime::java_home::JavaHome;
use verify_support::ImageHierarchy;

const HARNESS: &str = r#"import java.io.*;
import java.net.*;
import java.nio.file.*;
import java.util.*;
public class Harness {
    public static void main(String[] args) throws Exception {
        List<URL> urls = new ArrayList<>();
        for (String jar : Files.readAllLines(Paths.get(args[0]))) urls.add(Paths.get(jar).toUri().toURL());
        URLClassLoader loader = new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader());
        for (String name : Files.readAllLines(Paths.get(args[1]))) {
            String verdict;
            try {
                Class<?> c = Class.forName(name.replace('/', '.'), false, loader);
                c.getDeclaredFields(); // links (and so verifies) the class first
                verdict = "OK";
            } catch (Throwable t) {
                String m = String.valueOf(t.getMessage());
                int nl = m.indexOf('\n');
                verdict = t.getClass().getName() + "\t" + (nl < 0 ? m : m.substring(0, nl));
            }
            System.out.println(name + "\t" + verdict);
        }
    }
}
"#;

/// The jars of `/usr/share/java` (not the version-less symlinks), sorted.
fn system_jars() -> Vec<PathBuf> {
    let Ok(dir) = std::fs::read_dir("/usr/share/java") else {
        return Vec::new();
    };
    let mut jars: Vec<PathBuf> = dir
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "jar") && !p.is_symlink())
        .collect();
    jars.sort();
    jars
}

fn javac(dir: &Path, name: &str, source: &str) {
    std::fs::create_dir_all(dir).unwrap();
    let file = dir.join(format!("{name}.java"));
    std::fs::write(&file, source).unwrap();
    let status = Command::new("/usr/lib/jvm/java-17-openjdk-amd64/bin/javac")
        .arg("-d")
        .arg(dir)
        .arg(&file)
        .status()
        .expect("javac");
    assert!(status.success());
}

#[test]
fn system_jars_get_hotspots_verdicts() {
    let jars = system_jars();
    // As on a class path, the first jar holding a class wins.
    let mut classes: BTreeMap<String, Vec<u8>> = BTreeMap::new();
    for jar in &jars {
        let Ok(file) = JarFile::open(jar) else {
            continue;
        };
        let names: Vec<String> = file.entry_names().map(str::to_owned).collect();
        for entry in names {
            let Some(name) = entry.strip_suffix(".class") else {
                continue;
            };
            if name.starts_with("META-INF/") || name.ends_with("module-info") {
                continue;
            }
            if !classes.contains_key(name)
                && let Ok(Some(bytes)) = file.read_exact_entry(&entry)
            {
                classes.insert(name.to_owned(), bytes);
            }
        }
    }
    assert!(
        classes.len() > 5_000,
        "only {} classes in /usr/share/java",
        classes.len()
    );
    let home = JavaHome::discover(None).expect("a JDK 17");
    let image = JImage::open(home.modules_path()).expect("lib/modules");
    let app: HashMap<String, Vec<u8>> = classes
        .iter()
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    let hierarchy = ImageHierarchy::new(&image, app);
    let mut ours = BTreeMap::new();
    let mut versions = BTreeMap::new();
    for (name, bytes) in &classes {
        let Ok(class) = ClassFile::parse(bytes) else {
            continue;
        };
        *versions.entry(class.major_version).or_insert(0) += 1;
        let verdict = match verify_class(&class, &hierarchy) {
            Ok(()) => None,
            Err(e) => Some((e.kind, e.message)),
        };
        ours.insert(name.clone(), verdict);
    }
    let work = std::env::temp_dir().join(format!("cortado-verify-jars-{}", std::process::id()));
    javac(&work, "Harness", HARNESS);
    let jar_list = work.join("jars.txt");
    let names = work.join("classes.txt");
    let jar_paths: Vec<String> = jars.iter().map(|j| j.display().to_string()).collect();
    std::fs::write(&jar_list, jar_paths.join("\n")).unwrap();
    std::fs::write(&names, ours.keys().cloned().collect::<Vec<_>>().join("\n")).unwrap();
    let output = Command::new("/usr/lib/jvm/java-17-openjdk-amd64/bin/java")
        .args(["-Xshare:auto", "-cp"])
        .arg(&work)
        .arg("Harness")
        .arg(&jar_list)
        .arg(&names)
        .output()
        .expect("run java");
    let _ = std::fs::remove_dir_all(&work);
    let text = String::from_utf8_lossy(&output.stdout);
    let (mut compared, mut rejected, mut mismatches) = (0, 0, Vec::new());
    for line in text.lines() {
        let mut parts = line.splitn(3, '\t');
        let (Some(name), Some(kind)) = (parts.next(), parts.next()) else {
            continue;
        };
        let message = parts.next().unwrap_or("");
        let Some(mine) = ours.get(name) else { continue };
        compared += 1;
        let hotspot_rejects = kind.ends_with("VerifyError") || kind.ends_with("ClassFormatError");
        rejected += usize::from(hotspot_rejects);
        // A class whose supertypes cannot be loaded fails to load before any verification.
        let load_failure = kind == "java.lang.NoClassDefFoundError"
            && classfile::verifier::ClassHierarchy::class_info(&hierarchy, message).is_none();
        let agree = load_failure
            || match mine {
                // A class that verifies may still fail later in HotSpot for other reasons (a field
                // type that cannot be loaded), but never with a verification error.
                None => !hotspot_rejects,
                Some((VerifyErrorKind::NoClassDefFoundError, missing)) => {
                    kind == "java.lang.NoClassDefFoundError" && message == missing
                }
                Some((mine_kind, mine_message)) => {
                    kind == mine_kind.class_name().replace('/', ".") && message == mine_message
                }
            };
        if !agree {
            mismatches.push(format!(
                "{name}:\n  HotSpot: {kind} {message}\n  ours:    {mine:?}"
            ));
        }
    }
    println!(
        "{} jars, {} classes (versions {versions:?}), {compared} compared, {rejected} rejected by HotSpot, {} mismatches",
        jars.len(),
        ours.len(),
        mismatches.len()
    );
    for m in mismatches.iter().take(20) {
        println!("{m}");
    }
    assert!(
        compared == ours.len(),
        "HotSpot judged {compared} of {} classes",
        ours.len()
    );
    assert!(
        mismatches.is_empty(),
        "{} verdicts differ",
        mismatches.len()
    );
}
