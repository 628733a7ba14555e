//! The class-file parser and the format checks of JVMS §4.8, with HotSpot 17's conditions, order
//! and messages (its `ClassFileParser`).

mod attribute_common;
mod class_attrs;
mod class_tables;
mod code;
mod fields;
mod methods;
mod pool;

use std::borrow::Cow;
use std::collections::HashSet;
use std::sync::Arc;

use crate::constant_pool::ConstantPool;
use crate::error::{ClassFileError, Result};
use crate::model::{ClassFile, Code, CodeSource, Table, access};
use crate::mutf8;
use crate::reader::Reader;

/// How to parse a class file.
#[derive(Debug, Clone, Copy)]
pub struct ParseOptions<'n> {
    /// The name the class is expected to have (internal form, `pkg/Name`), as a class loader
    /// knows it. It appears in messages ("in class file pkg/Name"); if `this_class` names
    /// another class Y the parse fails with HotSpot's `NoClassDefFoundError`
    /// "pkg/Name (wrong name: Y)". Without it, messages say `<Unknown>` until `this_class` is read.
    pub class_name: Option<&'n str>,
    /// Whether to run the format checks HotSpot runs only for classes it verifies (all classes
    /// except those of the boot class loader by default). Checks that keep the parse itself sound
    /// (indices, tags, lengths) always run.
    pub need_verify: bool,
    /// `--enable-preview`: accept minor version 65535 of major version 61.
    pub enable_preview: bool,
    /// Parse `module-info` class files (`ACC_MODULE`) instead of rejecting them with HotSpot's
    /// `NoClassDefFoundError`.
    pub allow_module_info: bool,
    /// For a class that is not verified (`need_verify` false): keep each method's `Code`
    /// attribute undecoded until [`Method::code`](crate::model::Method::code) first asks for
    /// it (a VM's boot classes, most of whose methods never run). The attribute is then
    /// skipped by its declared length, as for any attribute.
    pub lazy_code: bool,
}

impl Default for ParseOptions<'_> {
    fn default() -> Self {
        ParseOptions {
            class_name: None,
            need_verify: true,
            enable_preview: false,
            allow_module_info: false,
            lazy_code: false,
        }
    }
}

/// What the checks need to know while parsing.
pub(crate) struct Cx {
    /// The class name used in messages.
    pub name: String,
    /// `major_version`.
    pub major: u16,
    /// HotSpot's `_need_verify`.
    pub verify: bool,
    /// Whether methods' `Code` attributes are decoded on first use (never when verifying).
    pub lazy_code: bool,
}

impl Cx {
    /// A `ClassFormatError`.
    pub fn err(&self, msg: String) -> ClassFileError {
        ClassFileError::format(msg)
    }
}

/// The highest supported major version (Java 17).
pub(crate) const MAX_MAJOR: u16 = 61;
const MIN_MAJOR: u16 = 45;
const PREVIEW_MINOR: u16 = 65535;

/// HotSpot's version check, run before anything else is read.
fn check_version(major: u16, minor: u16, name: &str, opts: &ParseOptions) -> Result<()> {
    if major < MIN_MAJOR {
        return Err(ClassFileError::version(format!(
            "{name} (class file version {major}.{minor}) was compiled with an invalid major version"
        )));
    }
    if major > MAX_MAJOR {
        return Err(ClassFileError::version(format!(
            "{name} has been compiled by a more recent version of the Java Runtime (class file \
             version {major}.{minor}), this version of the Java Runtime only recognizes class \
             file versions up to {MAX_MAJOR}.0"
        )));
    }
    if major < 56 || minor == 0 {
        return Ok(());
    }
    if minor == PREVIEW_MINOR {
        if major != MAX_MAJOR {
            return Err(ClassFileError::version(format!(
                "{name} (class file version {major}.{minor}) was compiled with preview features \
                 that are unsupported. This version of the Java Runtime only recognizes preview \
                 features for class file version {MAX_MAJOR}.{PREVIEW_MINOR}"
            )));
        }
        if !opts.enable_preview {
            return Err(ClassFileError::version(format!(
                "Preview features are not enabled for {name} (class file version \
                 {major}.{minor}). Try running with '--enable-preview'"
            )));
        }
        return Ok(());
    }
    Err(ClassFileError::version(format!(
        "{name} (class file version {major}.{minor}) was compiled with an invalid non-zero minor \
         version"
    )))
}

/// HotSpot's class-modifier check (also applied to `InnerClasses` flags). `flags` are masked.
pub(crate) fn check_class_modifiers(flags: u16, cx: &Cx, opts: &ParseOptions) -> Result<()> {
    if flags & access::MODULE != 0 {
        if opts.allow_module_info {
            return Ok(());
        }
        return Err(ClassFileError::no_class_def(format!(
            "{} is not a class because access_flag ACC_MODULE is set",
            cx.name
        )));
    }
    if !cx.verify {
        return Ok(());
    }
    let has = |f: u16| flags & f != 0;
    let java5 = cx.major >= 49;
    let interface = has(access::INTERFACE);
    if (has(access::ABSTRACT) && has(access::FINAL))
        || (interface && !has(access::ABSTRACT))
        || (interface && java5 && (has(access::SUPER) || has(access::ENUM)))
        || (!interface && java5 && has(access::ANNOTATION))
    {
        return Err(cx.err(format!(
            "Illegal class modifiers in class {}: 0x{:X}",
            cx.name, flags
        )));
    }
    Ok(())
}

/// Decodes a name for a message.
pub(crate) fn show(bytes: &[u8]) -> Cow<'_, str> {
    mutf8::decode_lossy(bytes)
}

/// Decodes a name already checked to be legal modified UTF-8 (lossy only when format checks
/// were off and the bytes are malformed).
pub(crate) fn text(bytes: &[u8]) -> Cow<'_, str> {
    mutf8::decode_lossy(bytes)
}

/// Decodes a `Code` attribute kept for later by a parse with `lazy_code`, with the checks of
/// an unverified class; `None` if it is malformed or overruns its declared length.
pub(crate) fn decode_deferred_code<'a>(source: &CodeSource<'a>) -> Option<Code<'a>> {
    let cx = Cx {
        name: String::new(),
        major: source.major,
        verify: false,
        lazy_code: false,
    };
    // Bounded by the declared length: a malformed attribute cannot read its neighbours.
    let end = source.start.checked_add(source.length as usize)?;
    let mut r = Reader::at(source.class_bytes.get(..end)?, source.start);
    code::parse_code(&mut r, &source.pool, source.length, None, &cx).ok()
}

impl<'a> ClassFile<'a> {
    /// Parses a class file with HotSpot's checks for a class loaded by a non-boot loader, not
    /// knowing its name in advance.
    pub fn parse(bytes: &'a [u8]) -> Result<ClassFile<'a>> {
        ClassFile::parse_with(bytes, &ParseOptions::default())
    }

    /// Parses a class file expected to define `name` (internal form, `pkg/Name`).
    pub fn parse_named(bytes: &'a [u8], name: &str) -> Result<ClassFile<'a>> {
        ClassFile::parse_with(
            bytes,
            &ParseOptions {
                class_name: Some(name),
                ..Default::default()
            },
        )
    }

    /// Parses a class file with explicit options.
    pub fn parse_with(bytes: &'a [u8], opts: &ParseOptions) -> Result<ClassFile<'a>> {
        parse_class(bytes, opts)
    }
}

fn parse_class<'a>(bytes: &'a [u8], opts: &ParseOptions) -> Result<ClassFile<'a>> {
    let mut r = Reader::new(bytes);
    let given_name = opts.class_name.unwrap_or("<Unknown>");
    r.need(8)?;
    let magic = r.u4()?;
    if magic != 0xCAFE_BABE {
        return Err(ClassFileError::format(format!(
            "Incompatible magic value {magic} in class file {given_name}"
        )));
    }
    let minor = r.u2()?;
    let major = r.u2()?;
    check_version(major, minor, given_name, opts)?;
    let mut cx = Cx {
        name: given_name.to_owned(),
        major,
        verify: opts.need_verify,
        lazy_code: opts.lazy_code && !opts.need_verify,
    };

    r.need(3)?;
    let cp_count = r.u2()?;
    if cp_count < 1 {
        return Err(cx.err(format!(
            "Illegal constant pool size {cp_count} in class file {}",
            cx.name
        )));
    }
    let (cp, pool_info) = pool::read(&mut r, cp_count, &cx, opts)?;
    let cp = Arc::new(cp);

    r.need(8)?;
    let raw_flags = r.u2()?;
    let recognized = access::RECOGNIZED_CLASS | if major >= 53 { access::MODULE } else { 0 };
    let mut flags = raw_flags & recognized;
    if flags & access::INTERFACE != 0 && major < 50 {
        flags |= access::ABSTRACT;
    }
    check_class_modifiers(flags, &cx, opts)?;
    if let Some(tag) = pool_info.bad_constant
        && !(opts.allow_module_info && flags & access::MODULE != 0)
    {
        return Err(cx.err(format!(
            "Unknown constant tag {tag} in class file {}",
            cx.name
        )));
    }
    let is_module = flags & access::MODULE != 0;

    let this_class = r.u2()?;
    let this_name = match cp.class_name_bytes(this_class) {
        Ok(n) if cp.get(this_class).is_ok() => n,
        _ => {
            return Err(cx.err(format!(
                "Invalid this class index {this_class} in constant pool in class file {}",
                cx.name
            )));
        }
    };
    if cx.verify && this_name.first() == Some(&b'[') {
        return Err(cx.err(format!("Bad class name in class file {}", cx.name)));
    }
    match opts.class_name {
        Some(expected) if expected.as_bytes() != this_name => {
            return Err(ClassFileError::no_class_def(format!(
                "{expected} (wrong name: {})",
                show(this_name)
            )));
        }
        Some(_) => {}
        None => cx.name = show(this_name).into_owned(),
    }

    let super_class = r.u2()?;
    let super_name = parse_super(&cp, super_class, this_name, is_module, &cx)?;

    let interfaces = parse_interfaces(&mut r, &cp, &cx)?;
    let is_interface = flags & access::INTERFACE != 0;
    let fields = fields::parse_fields(&mut r, &cp, is_interface, &cx)?;
    let methods = methods::parse_methods(&mut r, &cp, is_interface, &cx)?;
    let attrs = class_attrs::parse(&mut r, bytes, &cp, flags, &pool_info, &cx, opts)?;

    if !r.at_end() {
        return Err(cx.err(format!("Extra bytes at the end of class file {}", cx.name)));
    }
    if this_name == b"java/lang/Object" && !interfaces.is_empty() {
        return Err(cx.err(format!(
            "java.lang.Object cannot implement an interface in class file {}",
            cx.name
        )));
    }
    if let Some(s) = &super_name
        && is_interface
        && s.as_bytes() != b"java/lang/Object"
    {
        return Err(cx.err(format!(
            "Interfaces must have java.lang.Object as superclass in class file {}",
            cx.name
        )));
    }

    Ok(ClassFile {
        minor_version: minor,
        major_version: major,
        access_flags: flags,
        this_class,
        super_class,
        name: text(this_name),
        super_name,
        interfaces,
        fields,
        methods,
        source_file: attrs.source_file,
        source_debug_extension: attrs.source_debug_extension,
        signature: attrs.signature,
        inner_classes: attrs.inner_classes,
        enclosing_method: attrs.enclosing_method,
        bootstrap_methods: attrs.bootstrap_methods,
        nest_host: attrs.nest_host,
        nest_members: attrs.nest_members,
        permitted_subclasses: attrs.permitted_subclasses,
        record: attrs.record,
        synthetic: attrs.synthetic,
        deprecated: attrs.deprecated,
        annotations: attrs.annotations,
        attributes: attrs.attributes,
        constant_pool: cp,
    })
}

/// The `super_class` rules: 0 only for `java/lang/Object` (and `module-info`), otherwise a
/// `Class` entry that is not an array.
fn parse_super<'a>(
    cp: &ConstantPool<'a>,
    index: u16,
    this_name: &[u8],
    is_module: bool,
    cx: &Cx,
) -> Result<Option<Cow<'a, str>>> {
    let invalid = || {
        ClassFileError::format(format!(
            "Invalid superclass index {index} in class file {}",
            cx.name
        ))
    };
    if index == 0 {
        if this_name == b"java/lang/Object" || is_module {
            return Ok(None);
        }
        return Err(invalid());
    }
    let name = cp.class_name_bytes(index).map_err(|_| invalid())?;
    if cx.verify && name.first() == Some(&b'[') {
        return Err(cx.err(format!("Bad superclass name in class file {}", cx.name)));
    }
    Ok(Some(text(name)))
}

/// The `interfaces` array: `Class` entries, no arrays, no duplicates.
fn parse_interfaces<'a>(
    r: &mut Reader<'a>,
    cp: &ConstantPool<'a>,
    cx: &Cx,
) -> Result<Table<'a, u16>> {
    let count = usize::from(r.u2()?);
    let start = r.position();
    for _ in 0..count {
        let index = r.u2()?;
        let name = cp.class_name_bytes(index).map_err(|_| {
            cx.err(format!(
                "Interface name has bad constant pool index {index} in class file {}",
                cx.name
            ))
        })?;
        if name.first() == Some(&b'[') {
            return Err(cx.err(format!("Bad interface name in class file {}", cx.name)));
        }
    }
    let table: Table<'a, u16> = Table::new(r.slice_from(start));
    if cx.verify && count > 1 {
        let mut seen = HashSet::with_capacity(count);
        for index in table.iter() {
            let name = cp.class_name_bytes(index)?;
            if !seen.insert(name) {
                return Err(cx.err(format!(
                    "Duplicate interface name \"{}\" in class file {}",
                    show(name),
                    cx.name
                )));
            }
        }
    }
    Ok(table)
}
