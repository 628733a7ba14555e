//! Test support: a class-file builder for hand-made (often malformed) class files, temporary
//! directories, and running the JDK 17 tools (`javac`, `java`) the tests compare against.

#![allow(dead_code)]

pub mod cases;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};

/// The JDK 17 used for reference: `$JAVA_HOME` if it is a 17, else the Debian default.
pub fn jdk17_tool(tool: &str) -> PathBuf {
    if let Ok(home) = std::env::var("JAVA_HOME")
        && home.contains("17")
    {
        return Path::new(&home).join("bin").join(tool);
    }
    Path::new("/usr/lib/jvm/java-17-openjdk-amd64/bin").join(tool)
}

/// A fresh empty directory under the system temp dir.
pub fn temp_dir(tag: &str) -> PathBuf {
    static COUNTER: AtomicUsize = AtomicUsize::new(0);
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    let dir = std::env::temp_dir().join(format!("cortado-cf-{tag}-{}-{n}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("create temp dir");
    dir
}

/// Compiles Java sources (file name, contents) with `javac` and extra flags; returns the output
/// directory.
pub fn javac(tag: &str, sources: &[(&str, &str)], flags: &[&str]) -> PathBuf {
    let dir = temp_dir(tag);
    let src = dir.join("src");
    let out = dir.join("out");
    std::fs::create_dir_all(&out).unwrap();
    let mut cmd = Command::new(jdk17_tool("javac"));
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

/// What HotSpot 17 says when asked to run main class `name` stored as `bytes`: the exception
/// class and message of the linkage error (e.g. `("java.lang.ClassFormatError", "...")`).
pub fn hotspot_error(name: &str, bytes: &[u8]) -> Option<(String, String)> {
    let dir = temp_dir("hs");
    let path = dir.join(format!("{name}.class"));
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(&path, bytes).unwrap();
    let out = Command::new(jdk17_tool("java"))
        .arg("-Xshare:auto")
        .arg("-cp")
        .arg(&dir)
        .arg(name.replace('/', "."))
        .output()
        .expect("run java");
    let _ = std::fs::remove_dir_all(&dir);
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    for line in text.lines() {
        for kind in [
            "java.lang.ClassFormatError",
            "java.lang.UnsupportedClassVersionError",
            "java.lang.NoClassDefFoundError",
        ] {
            if let Some(pos) = line.find(&format!("{kind}: ")) {
                let msg = &line[pos + kind.len() + 2..];
                return Some((kind.to_owned(), msg.to_owned()));
            }
        }
    }
    None
}

/// One attribute: name and body.
#[derive(Clone)]
pub struct Attr {
    pub name: u16,
    pub body: Vec<u8>,
}

/// A field or method.
#[derive(Clone)]
pub struct Member {
    pub access: u16,
    pub name: u16,
    pub descriptor: u16,
    pub attributes: Vec<Attr>,
}

/// Builds class files byte by byte. Constant-pool helpers deduplicate entries.
#[derive(Clone)]
pub struct ClassBuilder {
    pub magic: u32,
    pub minor: u16,
    pub major: u16,
    pub pool: Vec<Vec<u8>>,
    pub pool_slots: u16,
    pub pool_count_override: Option<u16>,
    pub access: u16,
    pub this_class: u16,
    pub super_class: u16,
    pub interfaces: Vec<u16>,
    pub fields: Vec<Member>,
    pub methods: Vec<Member>,
    pub attributes: Vec<Attr>,
    pub trailing: Vec<u8>,
    index_of: Vec<(Vec<u8>, u16)>,
}

pub fn u2(v: u16) -> [u8; 2] {
    v.to_be_bytes()
}

pub fn u4(v: u32) -> [u8; 4] {
    v.to_be_bytes()
}

impl ClassBuilder {
    /// A public class `name` extending `java/lang/Object`, version 61.0, no members.
    pub fn new(name: &str) -> ClassBuilder {
        let mut b = ClassBuilder {
            magic: 0xCAFE_BABE,
            minor: 0,
            major: 61,
            pool: Vec::new(),
            pool_slots: 1,
            pool_count_override: None,
            access: 0x0021,
            this_class: 0,
            super_class: 0,
            interfaces: Vec::new(),
            fields: Vec::new(),
            methods: Vec::new(),
            attributes: Vec::new(),
            trailing: Vec::new(),
            index_of: Vec::new(),
        };
        b.this_class = b.class(name);
        b.super_class = b.class("java/lang/Object");
        b
    }

    /// Appends a raw entry (tag included) taking `slots` indices; returns its index.
    pub fn raw_entry(&mut self, bytes: Vec<u8>, slots: u16) -> u16 {
        if let Some((_, i)) = self.index_of.iter().find(|(b, _)| *b == bytes) {
            return *i;
        }
        let index = self.pool_slots;
        self.index_of.push((bytes.clone(), index));
        self.pool.push(bytes);
        self.pool_slots += slots;
        index
    }

    pub fn utf8_bytes(&mut self, s: &[u8]) -> u16 {
        let mut e = vec![1];
        e.extend(u2(s.len() as u16));
        e.extend(s);
        self.raw_entry(e, 1)
    }

    pub fn utf8(&mut self, s: &str) -> u16 {
        self.utf8_bytes(s.as_bytes())
    }

    pub fn class(&mut self, name: &str) -> u16 {
        let n = self.utf8(name);
        let mut e = vec![7];
        e.extend(u2(n));
        self.raw_entry(e, 1)
    }

    pub fn string(&mut self, s: &str) -> u16 {
        let n = self.utf8(s);
        let mut e = vec![8];
        e.extend(u2(n));
        self.raw_entry(e, 1)
    }

    pub fn integer(&mut self, v: i32) -> u16 {
        let mut e = vec![3];
        e.extend(v.to_be_bytes());
        self.raw_entry(e, 1)
    }

    pub fn long(&mut self, v: i64) -> u16 {
        let mut e = vec![5];
        e.extend(v.to_be_bytes());
        self.raw_entry(e, 2)
    }

    pub fn name_and_type(&mut self, name: &str, descriptor: &str) -> u16 {
        let n = self.utf8(name);
        let d = self.utf8(descriptor);
        let mut e = vec![12];
        e.extend(u2(n));
        e.extend(u2(d));
        self.raw_entry(e, 1)
    }

    pub fn member_ref(&mut self, tag: u8, class: &str, name: &str, descriptor: &str) -> u16 {
        let c = self.class(class);
        let nt = self.name_and_type(name, descriptor);
        let mut e = vec![tag];
        e.extend(u2(c));
        e.extend(u2(nt));
        self.raw_entry(e, 1)
    }

    pub fn method_handle(&mut self, kind: u8, reference: u16) -> u16 {
        let mut e = vec![15, kind];
        e.extend(u2(reference));
        self.raw_entry(e, 1)
    }

    pub fn attr(&mut self, name: &str, body: Vec<u8>) -> Attr {
        Attr {
            name: self.utf8(name),
            body,
        }
    }

    pub fn field(&mut self, access: u16, name: &str, descriptor: &str, attributes: Vec<Attr>) {
        let name = self.utf8(name);
        let descriptor = self.utf8(descriptor);
        self.fields.push(Member {
            access,
            name,
            descriptor,
            attributes,
        });
    }

    pub fn method(&mut self, access: u16, name: &str, descriptor: &str, attributes: Vec<Attr>) {
        let name = self.utf8(name);
        let descriptor = self.utf8(descriptor);
        self.methods.push(Member {
            access,
            name,
            descriptor,
            attributes,
        });
    }

    /// A `Code` attribute.
    pub fn code(
        &mut self,
        max_stack: u16,
        max_locals: u16,
        code: &[u8],
        handlers: &[[u16; 4]],
        attributes: Vec<Attr>,
    ) -> Attr {
        let mut body = Vec::new();
        body.extend(u2(max_stack));
        body.extend(u2(max_locals));
        body.extend(u4(code.len() as u32));
        body.extend(code);
        body.extend(u2(handlers.len() as u16));
        for h in handlers {
            for v in h {
                body.extend(u2(*v));
            }
        }
        write_attributes(&mut body, &attributes);
        self.attr("Code", body)
    }

    /// A method `void name()` whose body is `return`.
    pub fn void_method(&mut self, access: u16, name: &str) {
        let locals = if access & 0x0008 != 0 { 0 } else { 1 };
        let code = self.code(0, locals, &[0xB1], &[], vec![]);
        self.method(access, name, "()V", vec![code]);
    }

    pub fn build(&self) -> Vec<u8> {
        let mut out = Vec::new();
        out.extend(u4(self.magic));
        out.extend(u2(self.minor));
        out.extend(u2(self.major));
        out.extend(u2(self.pool_count_override.unwrap_or(self.pool_slots)));
        for e in &self.pool {
            out.extend(e);
        }
        out.extend(u2(self.access));
        out.extend(u2(self.this_class));
        out.extend(u2(self.super_class));
        out.extend(u2(self.interfaces.len() as u16));
        for i in &self.interfaces {
            out.extend(u2(*i));
        }
        for members in [&self.fields, &self.methods] {
            out.extend(u2(members.len() as u16));
            for m in members {
                out.extend(u2(m.access));
                out.extend(u2(m.name));
                out.extend(u2(m.descriptor));
                write_attributes(&mut out, &m.attributes);
            }
        }
        write_attributes(&mut out, &self.attributes);
        out.extend(&self.trailing);
        out
    }
}

pub fn write_attributes(out: &mut Vec<u8>, attributes: &[Attr]) {
    out.extend(u2(attributes.len() as u16));
    for a in attributes {
        out.extend(u2(a.name));
        out.extend(u4(a.body.len() as u32));
        out.extend(&a.body);
    }
}
