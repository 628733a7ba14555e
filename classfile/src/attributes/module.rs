//! The module attributes (JVMS §4.7.25–4.7.27) of `module-info` class files, decoded on demand.

use super::{Cursor, DecodeError};
use crate::model::{ClassFile, Table, TableEntry};
use crate::reader::be_u16;

/// A `requires` directive.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Requires {
    /// `Module` index.
    pub module_index: u16,
    /// `ACC_TRANSITIVE` (0x20), `ACC_STATIC_PHASE` (0x40), `ACC_SYNTHETIC`, `ACC_MANDATED`.
    pub flags: u16,
    /// `Utf8` index of the version, 0 if none.
    pub version_index: u16,
}

impl TableEntry for Requires {
    const SIZE: usize = 6;
    fn decode(b: &[u8]) -> Requires {
        Requires {
            module_index: be_u16(b, 0),
            flags: be_u16(b, 2),
            version_index: be_u16(b, 4),
        }
    }
}

/// An `exports` or `opens` directive.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Exports<'a> {
    /// `Package` index.
    pub package_index: u16,
    /// `ACC_SYNTHETIC`, `ACC_MANDATED`.
    pub flags: u16,
    /// `Module` indices of the target modules; empty for an unqualified directive.
    pub to: Table<'a, u16>,
}

/// A `provides` directive.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Provides<'a> {
    /// `Class` index of the service interface.
    pub class_index: u16,
    /// `Class` indices of the implementations.
    pub with: Table<'a, u16>,
}

/// The `Module` attribute.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Module<'a> {
    /// `Module` index of this module's name.
    pub name_index: u16,
    /// `ACC_OPEN` (0x20), `ACC_SYNTHETIC`, `ACC_MANDATED`.
    pub flags: u16,
    /// `Utf8` index of the version, 0 if none.
    pub version_index: u16,
    /// `requires` directives.
    pub requires: Table<'a, Requires>,
    /// `exports` directives.
    pub exports: Vec<Exports<'a>>,
    /// `opens` directives.
    pub opens: Vec<Exports<'a>>,
    /// `Class` indices of used services.
    pub uses: Table<'a, u16>,
    /// `provides` directives.
    pub provides: Vec<Provides<'a>>,
}

fn u2_list<'a>(c: &mut Cursor<'a>) -> Result<Table<'a, u16>, DecodeError> {
    let n = usize::from(c.u2()?);
    Ok(Table::new(c.take(n * 2)?))
}

fn exports<'a>(c: &mut Cursor<'a>) -> Result<Vec<Exports<'a>>, DecodeError> {
    let n = c.u2()?;
    let mut v = Vec::with_capacity(usize::from(n));
    for _ in 0..n {
        v.push(Exports {
            package_index: c.u2()?,
            flags: c.u2()?,
            to: u2_list(c)?,
        });
    }
    Ok(v)
}

fn module<'a>(bytes: &'a [u8]) -> Result<Module<'a>, DecodeError> {
    let mut c = Cursor::new(bytes, "Module");
    let name_index = c.u2()?;
    let flags = c.u2()?;
    let version_index = c.u2()?;
    let n = usize::from(c.u2()?);
    let requires = Table::new(c.take(n * 6)?);
    let exports_list = exports(&mut c)?;
    let opens = exports(&mut c)?;
    let uses = u2_list(&mut c)?;
    let n = c.u2()?;
    let mut provides = Vec::with_capacity(usize::from(n));
    for _ in 0..n {
        provides.push(Provides {
            class_index: c.u2()?,
            with: u2_list(&mut c)?,
        });
    }
    c.finish()?;
    Ok(Module {
        name_index,
        flags,
        version_index,
        requires,
        exports: exports_list,
        opens,
        uses,
        provides,
    })
}

impl<'a> ClassFile<'a> {
    /// The decoded `Module` attribute, if there is one.
    pub fn module(&self) -> Result<Option<Module<'a>>, DecodeError> {
        self.attributes
            .find("Module")
            .map(|a| module(a.data))
            .transpose()
    }

    /// The `ModulePackages` attribute: `Package` indices.
    pub fn module_packages(&self) -> Result<Option<Table<'a, u16>>, DecodeError> {
        self.attributes
            .find("ModulePackages")
            .map(|a| {
                let mut c = Cursor::new(a.data, "ModulePackages");
                let list = u2_list(&mut c)?;
                c.finish()?;
                Ok(list)
            })
            .transpose()
    }

    /// The `ModuleMainClass` attribute: a `Class` index.
    pub fn module_main_class(&self) -> Result<Option<u16>, DecodeError> {
        self.attributes
            .find("ModuleMainClass")
            .map(|a| {
                let mut c = Cursor::new(a.data, "ModuleMainClass");
                let index = c.u2()?;
                c.finish()?;
                Ok(index)
            })
            .transpose()
    }
}
