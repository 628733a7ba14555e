//! Virtual and interface dispatch tables: vtable construction with JVMS §5.4.5 overriding,
//! and itables with JVMS §5.4.6 selection (class methods first, then the maximally specific
//! superinterface method: default methods, abstract "miranda" methods, conflicts).

use super::{Klass, Method};

/// The method selected for one interface method in one class.
#[derive(Debug, Clone, Copy)]
pub enum ItableEntry {
    /// The selected method (it may be abstract, which makes the call an `AbstractMethodError`).
    Selected(&'static Method),
    /// No implementation: the call throws `AbstractMethodError`.
    Missing,
    /// Several maximally specific default methods: the call throws
    /// `IncompatibleClassChangeError`.
    Conflict(&'static Method, &'static Method),
}

/// A vtable slot while the class is being built: inherited, or one of the new class's methods.
#[derive(Clone, Copy)]
pub(super) enum Slot {
    Inherited(&'static Method),
    Own(usize),
}

/// Whether a method of a class in (`loader`, `package`) overrides `sup` (JVMS §5.4.5).
pub(crate) fn can_override(sup: &Method, loader: u32, package: &str) -> bool {
    if sup.is_private() || sup.is_static() {
        return false;
    }
    if sup.is_public() || sup.is_protected() {
        return true;
    }
    let holder = sup.holder();
    holder.loader == loader && holder.package() == package
}

/// Builds the vtable of a new class (not an interface) and assigns `vtable_index` to its own
/// virtual methods.
pub(super) fn build_vtable(
    super_vtable: &[&'static Method],
    methods: &mut [Method],
    loader: u32,
    package: &str,
) -> Vec<Slot> {
    let mut table: Vec<Slot> = super_vtable.iter().map(|m| Slot::Inherited(m)).collect();
    for (i, m) in methods.iter_mut().enumerate() {
        if m.is_static() || m.is_private() || m.is_initializer() {
            continue;
        }
        let mut index = None;
        for (slot, entry) in super_vtable.iter().enumerate() {
            if entry.name == m.name
                && entry.descriptor == m.descriptor
                && can_override(entry, loader, package)
            {
                table[slot] = Slot::Own(i);
                index.get_or_insert(slot);
            }
        }
        let index = index.unwrap_or_else(|| {
            table.push(Slot::Own(i));
            table.len() - 1
        });
        m.vtable_index = Some(index);
    }
    table
}

/// Selects, for class `class`, the implementation of every method of every interface it
/// implements.
pub(super) fn build_itable(class: &'static Klass) -> Vec<(&'static Klass, Vec<ItableEntry>)> {
    class
        .all_interfaces
        .iter()
        .map(|iface| {
            let row = iface
                .methods
                .iter()
                .map(|im| {
                    if im.is_static() || im.is_private() || im.is_initializer() {
                        ItableEntry::Missing
                    } else {
                        select_interface_method(class, &im.name, &im.descriptor)
                    }
                })
                .collect();
            (*iface, row)
        })
        .collect()
}

/// JVMS §5.4.6 selection of `name descriptor` for receiver class `class`.
pub fn select_interface_method(class: &Klass, name: &str, descriptor: &str) -> ItableEntry {
    let mut k = Some(class);
    while let Some(c) = k {
        if let Some(m) = c
            .find_declared_method(name, descriptor)
            .filter(|m| !m.is_static() && !m.is_private())
        {
            return ItableEntry::Selected(m);
        }
        k = c.super_klass;
    }
    maximally_specific(class, name, descriptor)
}

/// The maximally specific superinterface method of `class` (JVMS §5.4.3.3).
pub fn maximally_specific(class: &Klass, name: &str, descriptor: &str) -> ItableEntry {
    let candidates: Vec<&'static Method> = class
        .all_interfaces
        .iter()
        .filter_map(|i| i.find_declared_method(name, descriptor))
        .filter(|m| !m.is_static() && !m.is_private())
        .collect();
    let maximal: Vec<&'static Method> = candidates
        .iter()
        .copied()
        .filter(|m| {
            !candidates.iter().any(|other| {
                !std::ptr::eq(other.holder(), m.holder()) && other.holder().implements(m.holder())
            })
        })
        .collect();
    let concrete: Vec<&'static Method> = maximal
        .iter()
        .copied()
        .filter(|m| !m.is_abstract())
        .collect();
    match concrete.as_slice() {
        [one] => ItableEntry::Selected(one),
        [a, b, ..] => ItableEntry::Conflict(a, b),
        [] => ItableEntry::Missing,
    }
}
