//! Verifier test support: a class hierarchy over directories of class files (the test's own
//! classes and `java.base` extracted from the JDK image), and HotSpot 17's verdict on a class.

#![allow(dead_code)]

pub mod assembler;

use std::cell::RefCell;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

use classfile::ClassFile;
use classfile::model::access;
use classfile::verifier::{ClassHierarchy, ClassInfo, MemberInfo, MemberKind};

const JDK17: &str = "/usr/lib/jvm/java-17-openjdk-amd64";

/// A tool of the machine's JDK 17.
pub fn jdk_tool(name: &str) -> PathBuf {
    Path::new(JDK17).join("bin").join(name)
}

/// `java.base` extracted from the JDK image, cached in Cargo's target directory.
pub fn java_base() -> &'static Path {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let cache = Path::new(env!("CARGO_TARGET_TMPDIR")).join("jdk17-java.base");
        if !cache.join("java.base/java/lang/Object.class").exists() {
            let partial = cache.with_extension(format!("partial-{}", std::process::id()));
            let status = Command::new(jdk_tool("jimage"))
                .args(["extract", "--include", "regex:/java.base/.*", "--dir"])
                .arg(&partial)
                .arg(Path::new(JDK17).join("lib/modules"))
                .status()
                .expect("run jimage");
            assert!(status.success());
            if std::fs::rename(&partial, &cache).is_err() {
                let _ = std::fs::remove_dir_all(&partial);
            }
        }
        cache.join("java.base")
    })
}

/// What a hierarchy remembers of one class.
struct Known {
    info: ClassInfo,
    interfaces: Vec<String>,
    /// (name, descriptor, is_method, is_protected)
    members: Vec<(String, String, bool, bool)>,
}

/// A class hierarchy over directories of class files, parsed lazily and cached.
pub struct DirHierarchy {
    dirs: Vec<PathBuf>,
    extra: HashMap<String, Vec<u8>>,
    cache: RefCell<HashMap<String, Option<std::rc::Rc<Known>>>>,
}

impl DirHierarchy {
    /// A hierarchy over `dirs` and `java.base`.
    pub fn new(dirs: &[&Path]) -> Self {
        let mut dirs: Vec<PathBuf> = dirs.iter().map(|d| d.to_path_buf()).collect();
        dirs.push(java_base().to_path_buf());
        DirHierarchy {
            dirs,
            extra: HashMap::new(),
            cache: RefCell::new(HashMap::new()),
        }
    }

    /// Adds a class given as bytes.
    pub fn add_bytes(&mut self, name: &str, bytes: Vec<u8>) {
        self.extra.insert(name.to_owned(), bytes);
    }

    fn load(&self, name: &str) -> Option<std::rc::Rc<Known>> {
        if let Some(k) = self.cache.borrow().get(name) {
            return k.clone();
        }
        let bytes = self.extra.get(name).cloned().or_else(|| {
            self.dirs
                .iter()
                .find_map(|d| std::fs::read(d.join(format!("{name}.class"))).ok())
        });
        let known = bytes.and_then(|b| {
            let cf = ClassFile::parse(&b).ok()?;
            let interfaces = cf
                .interfaces
                .iter()
                .filter_map(|i| cf.constant_pool.class_name(i).ok().map(|s| s.into_owned()))
                .collect();
            let mut members = Vec::new();
            for f in &cf.fields {
                let p = f.access_flags & access::PROTECTED != 0;
                members.push((f.name.to_string(), f.descriptor.to_string(), false, p));
            }
            for m in &cf.methods {
                let p = m.access_flags & access::PROTECTED != 0;
                members.push((m.name.to_string(), m.descriptor.to_string(), true, p));
            }
            Some(std::rc::Rc::new(Known {
                info: ClassInfo {
                    super_class: cf.super_name.as_ref().map(|s| s.to_string()),
                    is_interface: cf.is_interface(),
                },
                interfaces,
                members,
            }))
        });
        self.cache
            .borrow_mut()
            .insert(name.to_owned(), known.clone());
        known
    }

    fn find_in(&self, class: &str, name: &str, desc: &str, method: bool) -> Option<MemberInfo> {
        let known = self.load(class)?;
        if let Some(m) = known
            .members
            .iter()
            .find(|m| m.0 == name && m.1 == desc && m.2 == method)
        {
            return Some(MemberInfo {
                declaring_class: class.to_owned(),
                is_protected: m.3,
            });
        }
        if !method {
            for i in &known.interfaces {
                if let Some(found) = self.find_in(i, name, desc, false) {
                    return Some(found);
                }
            }
        }
        let sup = known.info.super_class.clone()?;
        self.find_in(&sup, name, desc, method)
    }
}

impl ClassHierarchy for DirHierarchy {
    fn class_info(&self, name: &str) -> Option<ClassInfo> {
        self.load(name).map(|k| k.info.clone())
    }

    fn find_member(
        &self,
        class: &str,
        name: &str,
        desc: &str,
        kind: MemberKind,
    ) -> Option<MemberInfo> {
        self.find_in(class, name, desc, kind == MemberKind::Method)
    }
}

/// HotSpot 17's verdict on running main class `name` given as `bytes` (with `others` beside
/// it): the linkage error's class and first message line, `None` if it ran.
pub fn hotspot_verdict(
    name: &str,
    bytes: &[u8],
    others: &[(&str, Vec<u8>)],
) -> Option<(String, String)> {
    let (kind, message) = hotspot_full_verdict(name, bytes, others)?;
    Some((kind, message.lines().next().unwrap_or("").to_owned()))
}

/// Like [`hotspot_verdict`], with the whole exception message (HotSpot's `Exception Details`
/// block included).
pub fn hotspot_full_verdict(
    name: &str,
    bytes: &[u8],
    others: &[(&str, Vec<u8>)],
) -> Option<(String, String)> {
    static COUNTER: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = COUNTER.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let dir = std::env::temp_dir().join(format!("cortado-verify-{}-{n}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    for (class, data) in std::iter::once((name, bytes.to_vec())).chain(others.iter().cloned()) {
        let path = dir.join(format!("{class}.class"));
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, data).unwrap();
    }
    let out = Command::new(jdk_tool("java"))
        .args(["-Xshare:auto", "-cp"])
        .arg(&dir)
        .arg(name.replace('/', "."))
        .output()
        .expect("run java");
    let _ = std::fs::remove_dir_all(&dir);
    let text = String::from_utf8_lossy(&out.stderr);
    for kind in [
        "java.lang.VerifyError",
        "java.lang.ClassFormatError",
        "java.lang.NoClassDefFoundError",
    ] {
        if let Some(pos) = text.find(&format!("{kind}: ")) {
            return Some((
                kind.to_owned(),
                text[pos + kind.len() + 2..].trim_end().to_owned(),
            ));
        }
    }
    None
}

/// Compiles Java sources with `javac` (extra flags) into a fresh directory.
pub fn javac(tag: &str, sources: &[(&str, &str)], flags: &[&str]) -> PathBuf {
    let dir =
        std::env::temp_dir().join(format!("cortado-verify-javac-{tag}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let (src, out) = (dir.join("src"), dir.join("out"));
    std::fs::create_dir_all(&out).unwrap();
    let mut cmd = Command::new(jdk_tool("javac"));
    cmd.arg("-d").arg(&out).args(flags);
    for (name, text) in sources {
        let path = src.join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, text).unwrap();
        cmd.arg(&path);
    }
    let result = cmd.output().expect("run javac");
    assert!(
        result.status.success(),
        "javac failed: {}",
        String::from_utf8_lossy(&result.stderr)
    );
    out
}

/// Every `.class` file under `dir`, as (binary name, bytes).
pub fn class_files(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "class") {
                let rel = path.strip_prefix(dir).unwrap().with_extension("");
                out.push((
                    rel.to_string_lossy().into_owned(),
                    std::fs::read(&path).unwrap(),
                ));
            }
        }
    }
    out.sort();
    out
}
