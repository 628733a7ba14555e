//! Test support: a tiny class-file reader that finds each method's code array, and a reader
//! of `javap -c` listings to compare the decoder against.

use std::path::{Path, PathBuf};
use std::process::Command;

const JDK17: &str = "/usr/lib/jvm/java-17-openjdk-amd64";

/// A tool of the machine's JDK 17 (never the newer JDK that may also be installed).
pub fn jdk_tool(name: &str) -> PathBuf {
    let path = Path::new(JDK17).join("bin").join(name);
    if path.exists() {
        path
    } else {
        PathBuf::from(name)
    }
}

/// The `lib/modules` image of JDK 17.
pub fn jdk_modules() -> PathBuf {
    Path::new(JDK17).join("lib/modules")
}

/// Runs a command and returns its stdout, failing the test if it fails.
pub fn run(command: &mut Command) -> String {
    let output = command
        .output()
        .expect("the JDK 17 tools must be installed for this test");
    assert!(output.status.success(), "{command:?} failed: {output:?}");
    String::from_utf8(output.stdout).expect("UTF-8 output")
}

/// One method's name, descriptor and code array.
#[derive(Debug)]
pub struct MethodCode {
    pub name: String,
    pub descriptor: String,
    pub code: Vec<u8>,
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> &'a [u8] {
        let slice = &self.bytes[self.at..self.at + n];
        self.at += n;
        slice
    }

    fn u1(&mut self) -> u8 {
        self.take(1)[0]
    }

    fn u2(&mut self) -> u16 {
        u16::from_be_bytes(self.take(2).try_into().unwrap())
    }

    fn u4(&mut self) -> u32 {
        u32::from_be_bytes(self.take(4).try_into().unwrap())
    }
}

/// The methods of a (well-formed) class file that have a `Code` attribute, in file order.
pub fn methods_with_code(class: &[u8]) -> Vec<MethodCode> {
    let mut r = Reader {
        bytes: class,
        at: 0,
    };
    assert_eq!(r.u4(), 0xCAFE_BABE);
    r.take(4);
    let count = r.u2();
    let mut utf8 = vec![String::new(); usize::from(count)];
    let mut index = 1;
    while index < count {
        let tag = r.u1();
        match tag {
            1 => {
                let len = usize::from(r.u2());
                // Names and descriptors here are ASCII or valid UTF-8 in JDK classes.
                utf8[usize::from(index)] = String::from_utf8_lossy(r.take(len)).into_owned();
            }
            3 | 4 => drop(r.take(4)),
            5 | 6 => {
                r.take(8);
                index += 1;
            }
            7 | 8 | 16 | 19 | 20 => drop(r.take(2)),
            9..=12 | 17 | 18 => drop(r.take(4)),
            15 => drop(r.take(3)),
            other => panic!("constant tag {other}"),
        }
        index += 1;
    }
    r.take(6);
    let interfaces = usize::from(r.u2());
    r.take(2 * interfaces);
    let skip_attributes = |r: &mut Reader| {
        for _ in 0..r.u2() {
            r.take(2);
            let len = r.u4() as usize;
            r.take(len);
        }
    };
    for _ in 0..r.u2() {
        r.take(6);
        skip_attributes(&mut r);
    }
    let mut methods = Vec::new();
    for _ in 0..r.u2() {
        r.take(2);
        let name = utf8[usize::from(r.u2())].clone();
        let descriptor = utf8[usize::from(r.u2())].clone();
        for _ in 0..r.u2() {
            let attribute = &utf8[usize::from(r.u2())];
            let len = r.u4() as usize;
            let body = r.take(len);
            if attribute == "Code" {
                let mut code = Reader { bytes: body, at: 4 };
                let code_length = code.u4() as usize;
                methods.push(MethodCode {
                    name: name.clone(),
                    descriptor: descriptor.clone(),
                    code: code.take(code_length).to_vec(),
                });
            }
        }
    }
    methods
}

/// One instruction as `javap -c` lists it.
#[derive(Debug, PartialEq)]
pub struct Listed {
    pub pc: u32,
    /// The text before any `//` comment, whitespace collapsed (`iinc_w 281, 1000`).
    pub text: String,
    /// For switches: `(Some(key), target)` per case and `(None, default)`.
    pub cases: Vec<(Option<i32>, u32)>,
}

fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The instructions of every `Code:` block of a `javap -c` listing, in order.
pub fn javap_code_blocks(listing: &str) -> Vec<Vec<Listed>> {
    let mut blocks: Vec<Vec<Listed>> = Vec::new();
    let mut in_code = false;
    let mut in_switch = false;
    for line in listing.lines() {
        let trimmed = line.trim();
        if trimmed == "Code:" {
            blocks.push(Vec::new());
            in_code = true;
            continue;
        }
        if !in_code {
            continue;
        }
        let Some(block) = blocks.last_mut() else {
            continue;
        };
        if in_switch {
            if trimmed == "}" {
                in_switch = false;
            } else if let Some((key, target)) = trimmed.split_once(':') {
                let target: u32 = target.trim().parse().unwrap();
                let key = if key == "default" {
                    None
                } else {
                    Some(key.parse().unwrap())
                };
                block.last_mut().unwrap().cases.push((key, target));
            }
            continue;
        }
        let Some((pc, rest)) = trimmed.split_once(": ") else {
            in_code = false;
            continue;
        };
        let (Ok(pc), true) = (
            pc.parse::<u32>(),
            rest.starts_with(|c: char| c.is_ascii_lowercase()),
        ) else {
            in_code = false;
            continue;
        };
        let text = rest.split("//").next().unwrap();
        if rest.contains("switch") {
            in_switch = true;
        }
        block.push(Listed {
            pc,
            text: collapse(text),
            cases: Vec::new(),
        });
    }
    blocks
}
