//! The verification-type lattice of JVMS §4.10.1.2 and the names it refers to.
//!
//! Class and array names are interned per class being verified ([`Names`]), so a [`VType`] is a
//! small `Copy` value and comparing two reference types is an integer compare.

use std::collections::HashMap;
use std::fmt;
use std::rc::Rc;

/// An interned class or array name (binary name with `/`, or an array descriptor `[...`).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct Sym(u32);

impl Sym {
    /// The symbol's dense index (symbols are numbered from 0 in interning order).
    pub fn index(self) -> u32 {
        self.0
    }
}

/// The interner of class and array names used by one verification run.
#[derive(Debug, Clone)]
pub struct Names {
    names: Vec<Rc<str>>,
    index: HashMap<Rc<str>, Sym>,
}

impl Default for Names {
    fn default() -> Self {
        // Room for the names a typical class uses, so the table rarely grows.
        Names {
            names: Vec::with_capacity(64),
            index: HashMap::with_capacity(64),
        }
    }
}

impl Names {
    /// Interns `name` and returns its symbol.
    pub fn intern(&mut self, name: &str) -> Sym {
        if let Some(&sym) = self.index.get(name) {
            return sym;
        }
        let sym = Sym(self.names.len() as u32);
        let text: Rc<str> = name.into();
        self.names.push(Rc::clone(&text));
        self.index.insert(text, sym);
        sym
    }

    /// The text of an interned name.
    pub fn name(&self, sym: Sym) -> &str {
        &self.names[sym.0 as usize]
    }

    /// Whether the name is an array descriptor.
    pub fn is_array(&self, sym: Sym) -> bool {
        self.name(sym).starts_with('[')
    }
}

/// A verification type: what the verifier knows about one local-variable or operand-stack slot.
///
/// `Long`/`Double` occupy two slots, the second holding `Long2`/`Double2`. `Boolean`, `Byte`,
/// `Char` and `Short` appear only as array components and in signatures (they accept `Integer`).
/// The `*Check` variants are queries used when popping ("any reference", "any category-1
/// value"), never stored in a frame.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum VType {
    /// The top type: unusable, assignable from everything.
    Top,
    /// `int` (and the sub-int types once on the stack).
    Integer,
    /// `float`.
    Float,
    /// First slot of a `long`.
    Long,
    /// Second slot of a `long`.
    Long2,
    /// First slot of a `double`.
    Double,
    /// Second slot of a `double`.
    Double2,
    /// `boolean` (array components and signatures only).
    Boolean,
    /// `byte` (array components and signatures only).
    Byte,
    /// `char` (array components and signatures only).
    Char,
    /// `short` (array components and signatures only).
    Short,
    /// The type of `null`, assignable to every reference type.
    Null,
    /// `this` in a constructor before the super or this constructor was called.
    UninitializedThis,
    /// The result of the `new` at this bytecode index, before its constructor was called.
    Uninitialized(u16),
    /// A class, interface or array type.
    Object(Sym),
    /// A return address pushed by `jsr` to the subroutine at this bytecode index (inference
    /// verifier only).
    ReturnAddress(u16),
    /// Query: any reference, including uninitialized ones.
    RefCheck,
    /// Query: any category-1 value.
    Cat1Check,
    /// Query: the first slot of a category-2 value.
    Cat2Check,
}

impl VType {
    /// Whether this is a reference type in the sense of HotSpot (`null` or a named type).
    pub fn is_reference(self) -> bool {
        matches!(self, VType::Null | VType::Object(_))
    }

    /// Whether this is an uninitialized object (including uninitialized `this`).
    pub fn is_uninitialized(self) -> bool {
        matches!(self, VType::UninitializedThis | VType::Uninitialized(_))
    }

    /// Whether this slot holds a pointer the garbage collector must see.
    pub fn holds_reference(self) -> bool {
        matches!(
            self,
            VType::Null | VType::Object(_) | VType::UninitializedThis | VType::Uninitialized(_)
        )
    }

    /// Whether this is a one-slot value (references, uninitialized objects, int-like, float).
    pub fn is_category1(self) -> bool {
        matches!(
            self,
            VType::Integer
                | VType::Float
                | VType::Boolean
                | VType::Byte
                | VType::Char
                | VType::Short
                | VType::Null
                | VType::Object(_)
                | VType::UninitializedThis
                | VType::Uninitialized(_)
                | VType::ReturnAddress(_)
        )
    }

    /// Whether this is the first slot of a `long` or `double`.
    pub fn is_category2(self) -> bool {
        matches!(self, VType::Long | VType::Double)
    }

    /// Whether this is the second slot of a `long` or `double`.
    pub fn is_category2_2nd(self) -> bool {
        matches!(self, VType::Long2 | VType::Double2)
    }

    /// The second-slot type of a category-2 type.
    pub fn second_half(self) -> Option<VType> {
        match self {
            VType::Long => Some(VType::Long2),
            VType::Double => Some(VType::Double2),
            _ => None,
        }
    }
}

/// The printing of a verification type as HotSpot shows it in `Exception Details`.
pub struct ShowType<'a>(pub VType, pub &'a Names);

impl fmt::Display for ShowType<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self.0 {
            VType::Top => "top",
            VType::Integer => "integer",
            VType::Float => "float",
            VType::Long => "long",
            VType::Long2 => "long_2nd",
            VType::Double => "double",
            VType::Double2 => "double_2nd",
            VType::Boolean => "boolean",
            VType::Byte => "byte",
            VType::Char => "char",
            VType::Short => "short",
            VType::Null => "null",
            VType::UninitializedThis => "uninitializedThis",
            VType::Uninitialized(pc) => return write!(f, "uninitialized {pc}"),
            VType::Object(sym) => return write!(f, "'{}'", self.1.name(sym)),
            VType::ReturnAddress(pc) => return write!(f, "return address {pc}"),
            VType::RefCheck => "reference type",
            VType::Cat1Check => "category1 type",
            VType::Cat2Check => "category2 type",
        };
        f.write_str(text)
    }
}

/// Converts one field descriptor (`I`, `Ljava/lang/String;`, `[J`) to its verification types:
/// returns the first slot and, for `long`/`double`, the second. Sub-int types become `Integer`
/// unless `keep_small` (signatures of return types keep them, as HotSpot does).
pub fn from_descriptor(desc: &str, names: &mut Names, keep_small: bool) -> Option<VType> {
    let first = desc.as_bytes().first()?;
    let small = |t: VType| if keep_small { t } else { VType::Integer };
    Some(match first {
        b'I' => VType::Integer,
        b'Z' => small(VType::Boolean),
        b'B' => small(VType::Byte),
        b'C' => small(VType::Char),
        b'S' => small(VType::Short),
        b'F' => VType::Float,
        b'J' => VType::Long,
        b'D' => VType::Double,
        b'L' => {
            let inner = desc.strip_prefix('L')?.strip_suffix(';')?;
            VType::Object(names.intern(inner))
        }
        b'[' => VType::Object(names.intern(desc)),
        _ => return None,
    })
}

/// Walks a method descriptor: calls `param` with each parameter descriptor in order and
/// returns the return descriptor (`None` for `V`). Returns `None` if the descriptor is malformed
/// or `param` returns `None`.
pub fn visit_method_descriptor<'d>(
    desc: &'d str,
    mut param: impl FnMut(&'d str) -> Option<()>,
) -> Option<Option<&'d str>> {
    let rest = desc.strip_prefix('(')?;
    let close = rest.find(')')?;
    let (params_text, ret) = (&rest[..close], &rest[close + 1..]);
    let bytes = params_text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let start = i;
        while i < bytes.len() && bytes[i] == b'[' {
            i += 1;
        }
        match bytes.get(i)? {
            b'L' => {
                let end = params_text[i..].find(';')?;
                i += end + 1;
            }
            b'B' | b'C' | b'D' | b'F' | b'I' | b'J' | b'S' | b'Z' => i += 1,
            _ => return None,
        }
        param(&params_text[start..i])?;
    }
    Some(if ret == "V" { None } else { Some(ret) })
}

/// Splits a method descriptor into its parameter descriptors and its return descriptor
/// (`None` for `V`). Returns `None` if the descriptor is malformed.
pub fn split_method_descriptor(desc: &str) -> Option<(Vec<&str>, Option<&str>)> {
    let mut params = Vec::new();
    let ret = visit_method_descriptor(desc, |p| {
        params.push(p);
        Some(())
    })?;
    Some((params, ret))
}

/// The component type of an array type, as HotSpot's `get_component`: `[I` gives `Integer`,
/// `[[I` gives `[I`, `[Ljava/lang/String;` gives `java/lang/String`. `None` if malformed.
pub fn array_component(array: Sym, names: &mut Names) -> Option<VType> {
    let text = names.name(array).strip_prefix('[')?.to_owned();
    from_descriptor(&text, names, true)
}

/// The package part of a binary class name (`java/lang` for `java/lang/String`).
pub fn package_of(class: &str) -> &str {
    let class = class.trim_start_matches('[');
    let class = class
        .strip_prefix('L')
        .filter(|_| class.ends_with(';'))
        .unwrap_or(class);
    match class.rfind('/') {
        Some(i) => &class[..i],
        None => "",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn descriptors_split_into_slots() {
        let (params, ret) = split_method_descriptor("(I[JLjava/lang/String;D)Z").unwrap();
        assert_eq!(params, ["I", "[J", "Ljava/lang/String;", "D"]);
        assert_eq!(ret, Some("Z"));
        assert!(split_method_descriptor("(Q)V").is_none());
        assert!(split_method_descriptor("(Ljava/lang)V").is_none());
    }

    #[test]
    fn array_components() {
        let mut names = Names::default();
        let ints = names.intern("[I");
        assert_eq!(array_component(ints, &mut names), Some(VType::Integer));
        let nested = names.intern("[[Ljava/lang/String;");
        let inner = array_component(nested, &mut names).unwrap();
        assert_eq!(ShowType(inner, &names).to_string(), "'[Ljava/lang/String;'");
        assert_eq!(package_of("java/lang/String"), "java/lang");
        assert_eq!(package_of("Main"), "");
    }
}
