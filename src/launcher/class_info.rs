//! The little the launcher reads from a class file: its name, its superclass and its methods.
//!
//! This is a small reader of the class file's first sections (up to the methods) with
//! HotSpot's messages for the errors it can meet there; the full parser and its checks live
//! in the `classfile` crate.

/// A class file error as the JVM reports it: the exception class and its message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LoadError {
    /// The exception's binary name, e.g. `java.lang.ClassFormatError`.
    pub exception: &'static str,
    /// The exception's message.
    pub message: String,
}

const CLASS_FORMAT_ERROR: &str = "java.lang.ClassFormatError";
const UNSUPPORTED_VERSION: &str = "java.lang.UnsupportedClassVersionError";

fn format_error(message: impl Into<String>) -> LoadError {
    LoadError {
        exception: CLASS_FORMAT_ERROR,
        message: message.into(),
    }
}

/// A method's flags, name and descriptor.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MethodInfo {
    /// `access_flags`.
    pub access_flags: u16,
    /// The name.
    pub name: String,
    /// The descriptor.
    pub descriptor: String,
}

/// `ACC_PUBLIC`.
pub const ACC_PUBLIC: u16 = 0x0001;
/// `ACC_STATIC`.
pub const ACC_STATIC: u16 = 0x0008;

/// What the launcher needs of a class.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ClassInfo {
    /// The class's internal name (`this_class`).
    pub name: String,
    /// The superclass's internal name; `None` for `java/lang/Object`.
    pub super_name: Option<String>,
    /// The methods in file order.
    pub methods: Vec<MethodInfo>,
}

struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], LoadError> {
        let end = self
            .pos
            .checked_add(n)
            .filter(|end| *end <= self.bytes.len());
        let end = end.ok_or_else(|| format_error("Truncated class file"))?;
        let slice = &self.bytes[self.pos..end];
        self.pos = end;
        Ok(slice)
    }

    fn u1(&mut self) -> Result<u8, LoadError> {
        Ok(self.take(1)?[0])
    }

    fn u2(&mut self) -> Result<u16, LoadError> {
        let b = self.take(2)?;
        Ok(u16::from_be_bytes([b[0], b[1]]))
    }

    fn u4(&mut self) -> Result<u32, LoadError> {
        let b = self.take(4)?;
        Ok(u32::from_be_bytes([b[0], b[1], b[2], b[3]]))
    }
}

#[derive(Clone, Debug)]
enum Constant {
    Utf8(String),
    Class(u16),
    Other,
}

/// Reads `bytes`, the class file found for `requested` (an internal name, used in messages).
pub fn read_class(bytes: &[u8], requested: &str) -> Result<ClassInfo, LoadError> {
    let mut r = Reader { bytes, pos: 0 };
    let magic = r.u4()?;
    if magic != 0xCAFE_BABE {
        return Err(format_error(format!(
            "Incompatible magic value {magic} in class file {requested}"
        )));
    }
    let minor = r.u2()?;
    let major = r.u2()?;
    check_version(major, minor, requested)?;
    let pool = read_constant_pool(&mut r, requested)?;
    let _access_flags = r.u2()?;
    let this_class = r.u2()?;
    let super_class = r.u2()?;
    let name = class_name(&pool, this_class, "this_class")?;
    let super_name = match super_class {
        0 => None,
        index => Some(class_name(&pool, index, "superclass")?),
    };
    let interfaces = r.u2()?;
    r.take(usize::from(interfaces) * 2)?;
    let fields = r.u2()?;
    for _ in 0..fields {
        r.take(6)?;
        skip_attributes(&mut r)?;
    }
    let method_count = r.u2()?;
    let mut methods = Vec::with_capacity(usize::from(method_count));
    for _ in 0..method_count {
        let access_flags = r.u2()?;
        let name = utf8(&pool, r.u2()?, "method name")?;
        let descriptor = utf8(&pool, r.u2()?, "method descriptor")?;
        skip_attributes(&mut r)?;
        methods.push(MethodInfo {
            access_flags,
            name,
            descriptor,
        });
    }
    Ok(ClassInfo {
        name,
        super_name,
        methods,
    })
}

fn check_version(major: u16, minor: u16, requested: &str) -> Result<(), LoadError> {
    let unsupported = |message: String| LoadError {
        exception: UNSUPPORTED_VERSION,
        message,
    };
    if major > 61 {
        return Err(unsupported(format!(
            "{} has been compiled by a more recent version of the Java Runtime (class file version {major}.{minor}), \
             this version of the Java Runtime only recognizes class file versions up to 61.0",
            requested
        )));
    }
    if major < 45 {
        return Err(unsupported(format!(
            "{requested} (class file version {major}.{minor}) was compiled with an invalid major version"
        )));
    }
    if major >= 56 && minor != 0 && minor != 0xFFFF {
        return Err(unsupported(format!(
            "{requested} (class file version {major}.{minor}) was compiled with an invalid non-zero minor version"
        )));
    }
    Ok(())
}

fn read_constant_pool(r: &mut Reader<'_>, requested: &str) -> Result<Vec<Constant>, LoadError> {
    let count = r.u2()?;
    let mut pool = vec![Constant::Other; usize::from(count.max(1))];
    let mut index = 1;
    while index < usize::from(count) {
        let tag = r.u1()?;
        let mut slots = 1;
        pool[index] = match tag {
            1 => {
                let len = r.u2()?;
                let text = r.take(usize::from(len))?;
                Constant::Utf8(String::from_utf8_lossy(text).into_owned())
            }
            7 => Constant::Class(r.u2()?),
            3 | 4 => {
                r.take(4)?;
                Constant::Other
            }
            5 | 6 => {
                r.take(8)?;
                slots = 2;
                Constant::Other
            }
            8 | 16 | 19 | 20 => {
                r.take(2)?;
                Constant::Other
            }
            9..=12 | 17 | 18 => {
                r.take(4)?;
                Constant::Other
            }
            15 => {
                r.take(3)?;
                Constant::Other
            }
            other => {
                return Err(format_error(format!(
                    "Unknown constant tag {other} in class file {requested}"
                )));
            }
        };
        index += slots;
    }
    Ok(pool)
}

fn utf8(pool: &[Constant], index: u16, what: &str) -> Result<String, LoadError> {
    match pool.get(usize::from(index)) {
        Some(Constant::Utf8(text)) => Ok(text.clone()),
        _ => Err(format_error(format!(
            "Invalid constant pool index {index} for {what}"
        ))),
    }
}

fn class_name(pool: &[Constant], index: u16, what: &str) -> Result<String, LoadError> {
    match pool.get(usize::from(index)) {
        Some(Constant::Class(name_index)) => utf8(pool, *name_index, what),
        _ => Err(format_error(format!(
            "Invalid constant pool index {index} for {what}"
        ))),
    }
}

fn skip_attributes(r: &mut Reader<'_>) -> Result<(), LoadError> {
    let count = r.u2()?;
    for _ in 0..count {
        r.u2()?;
        let len = r.u4()?;
        r.take(usize::try_from(len).map_err(|_| format_error("Truncated class file"))?)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A class file: `public class <name> extends java/lang/Object` with the given methods.
    pub fn class_bytes(name: &str, methods: &[(u16, &str, &str)]) -> Vec<u8> {
        let mut pool: Vec<Vec<u8>> = Vec::new();
        let mut utf8 = |s: &str| {
            let mut e = vec![1];
            e.extend_from_slice(&(s.len() as u16).to_be_bytes());
            e.extend_from_slice(s.as_bytes());
            pool.push(e);
            pool.len() as u16
        };
        let name_utf8 = utf8(name);
        let object_utf8 = utf8("java/lang/Object");
        let method_refs: Vec<(u16, u16, u16)> = methods
            .iter()
            .map(|(flags, n, d)| (*flags, utf8(n), utf8(d)))
            .collect();
        pool.push(vec![7, 0, name_utf8 as u8]);
        let this_class = pool.len() as u16;
        pool.push(vec![7, 0, object_utf8 as u8]);
        let super_class = pool.len() as u16;
        let mut out = vec![0xCA, 0xFE, 0xBA, 0xBE, 0, 0, 0, 61];
        out.extend_from_slice(&(pool.len() as u16 + 1).to_be_bytes());
        for entry in pool {
            out.extend_from_slice(&entry);
        }
        out.extend_from_slice(&[0, 0x21]);
        out.extend_from_slice(&this_class.to_be_bytes());
        out.extend_from_slice(&super_class.to_be_bytes());
        out.extend_from_slice(&[0, 0, 0, 0]);
        out.extend_from_slice(&(method_refs.len() as u16).to_be_bytes());
        for (flags, n, d) in method_refs {
            out.extend_from_slice(&flags.to_be_bytes());
            out.extend_from_slice(&n.to_be_bytes());
            out.extend_from_slice(&d.to_be_bytes());
            out.extend_from_slice(&[0, 0]);
        }
        out.extend_from_slice(&[0, 0]);
        out
    }

    #[test]
    fn reads_names_and_methods() {
        let bytes = class_bytes("p/Main", &[(9, "main", "([Ljava/lang/String;)V")]);
        let info = read_class(&bytes, "p/Main").unwrap();
        assert_eq!(info.name, "p/Main");
        assert_eq!(info.super_name.as_deref(), Some("java/lang/Object"));
        assert_eq!(
            info.methods,
            [MethodInfo {
                access_flags: 9,
                name: "main".into(),
                descriptor: "([Ljava/lang/String;)V".into()
            }]
        );
    }

    #[test]
    fn every_truncation_is_an_error() {
        let bytes = class_bytes("A", &[(9, "main", "([Ljava/lang/String;)V")]);
        for len in 8..bytes.len() - 2 {
            assert_eq!(
                read_class(&bytes[..len], "A").unwrap_err(),
                format_error("Truncated class file"),
                "length {len}"
            );
        }
    }

    #[test]
    fn hotspot_messages() {
        assert_eq!(
            read_class(b"garbage\n", "q/G").unwrap_err().message,
            "Incompatible magic value 1734439522 in class file q/G"
        );
        let version = |major: u8, minor: u8| {
            read_class(&[0xCA, 0xFE, 0xBA, 0xBE, 0, minor, 0, major], "V").unwrap_err()
        };
        let newer = version(62, 0);
        assert_eq!(newer.exception, "java.lang.UnsupportedClassVersionError");
        assert!(
            newer
                .message
                .starts_with("V has been compiled by a more recent version")
        );
        assert_eq!(
            version(44, 0).message,
            "V (class file version 44.0) was compiled with an invalid major version"
        );
        assert_eq!(
            version(61, 1).message,
            "V (class file version 61.1) was compiled with an invalid non-zero minor version"
        );
        assert_eq!(version(61, 0), format_error("Truncated class file"));
    }
}
