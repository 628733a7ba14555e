//! Loader constraints (JVMS §5.3.4), as HotSpot's `LoaderConstraintTable` keeps them.
//!
//! When code of one class loader links to a method or field of a class of another loader
//! (method and field resolution, `invokespecial` selection, a method overriding a superclass's
//! or implementing an interface's), every class named in the descriptor must be the same
//! class in both loaders. A constraint records, for one class name, a set of loaders that
//! must agree and the class they agree on once any of them has loaded it. Adding a constraint
//! fails when the loaders already hold different classes; recording a class for a loader
//! (defining it, or becoming its initiating loader) fails when a constraint of that loader
//! names another class. Both failures are `LinkageError`s with HotSpot's messages.
//!
//! The table's lock is held while a class is entered in a loader's table, so a check and the
//! recording it allows are one step.

use std::collections::HashMap;

use parking_lot::Mutex;

use crate::exceptions::throw_new;
use crate::klass::{Klass, LoaderId};
use crate::thread::{JResult, JavaThread};

/// One constraint: the loaders that must see the same class `name`, and that class once one
/// of them has loaded it.
struct Constraint {
    klass: Option<&'static Klass>,
    loaders: Vec<LoaderId>,
}

/// The loader constraints of one VM, by class name (internal form; array types are
/// constrained through their element class).
#[derive(Default)]
pub struct LoaderConstraints {
    table: Mutex<HashMap<Box<str>, Vec<Constraint>>>,
}

/// Index of the constraint on `name` that includes `loader`.
fn find(constraints: &[Constraint], loader: LoaderId) -> Option<usize> {
    constraints.iter().position(|c| c.loaders.contains(&loader))
}

fn same(a: &'static Klass, b: &'static Klass) -> bool {
    std::ptr::eq(a, b)
}

impl LoaderConstraints {
    /// Adds the constraint that `loader1` and `loader2` see the same class `name`, where
    /// `klass1`/`klass2` are the classes each has loaded so far. Returns `false` (and adds
    /// nothing) when that cannot hold.
    fn add(
        constraints: &mut Vec<Constraint>,
        (loader1, klass1): (LoaderId, Option<&'static Klass>),
        (loader2, klass2): (LoaderId, Option<&'static Klass>),
    ) -> bool {
        let mut klass = match (klass1, klass2) {
            (Some(a), Some(b)) => return same(a, b),
            (a, b) => a.or(b),
        };
        let (first, second) = (find(constraints, loader1), find(constraints, loader2));
        for index in [first, second].into_iter().flatten() {
            match (klass, constraints[index].klass) {
                (Some(k), Some(stored)) if !same(k, stored) => return false,
                (None, stored) => klass = stored,
                _ => {}
            }
        }
        match (first, second) {
            (None, None) => constraints.push(Constraint {
                klass,
                loaders: vec![loader1, loader2],
            }),
            (Some(a), Some(b)) if a == b => constraints[a].klass = klass,
            (Some(index), None) | (None, Some(index)) => {
                let extra = if first.is_none() { loader1 } else { loader2 };
                let constraint = &mut constraints[index];
                constraint.loaders.push(extra);
                constraint.klass = klass;
            }
            (Some(a), Some(b)) => {
                let merged = constraints.remove(a.max(b));
                let kept = &mut constraints[a.min(b)];
                kept.loaders.extend(merged.loaders);
                kept.klass = klass;
            }
        }
        true
    }
}

/// The class names a descriptor constrains, each with the text HotSpot names a failure by:
/// a class (`pkg/Foo`) constrains itself; an array of classes (`[[Lpkg/Foo;`) its element
/// class, named by the array descriptor; primitives and arrays of primitives nothing.
fn constrained_names(descriptor: &str) -> Vec<(&str, &str)> {
    let bytes = descriptor.as_bytes();
    let mut names = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let start = i;
        while bytes.get(i) == Some(&b'[') {
            i += 1;
        }
        if bytes.get(i) == Some(&b'L') {
            let Some(end) = descriptor[i..].find(';').map(|e| i + e) else {
                break;
            };
            let class = &descriptor[i + 1..end];
            let named = if start == i {
                class
            } else {
                &descriptor[start..=end]
            };
            names.push((class, named));
            i = end + 1;
        } else {
            i += 1;
        }
    }
    names
}

/// HotSpot's `check_signature_loaders`: adds the constraints that `loader1` and `loader2`
/// see the same class for every class named in `descriptor` (a method's or a field's).
/// Returns the first type that violates one (internal form, an array named by its
/// descriptor), `None` when all hold.
pub fn check_signature_loaders(
    thread: &JavaThread,
    descriptor: &str,
    loader1: LoaderId,
    loader2: LoaderId,
) -> Option<String> {
    if loader1 == loader2 {
        return None;
    }
    let vm = &thread.vm;
    let mut table = vm.loaders.constraints.table.lock();
    for (class, named) in constrained_names(descriptor) {
        let loaded1 = vm.find_loaded(loader1, class);
        let loaded2 = vm.find_loaded(loader2, class);
        let constraints = table.entry(class.into()).or_default();
        if !LoaderConstraints::add(constraints, (loader1, loaded1), (loader2, loaded2)) {
            return Some(named.to_string());
        }
    }
    None
}

/// Enters `klass` in the table of `loader` under `name` (its defining loader, or an
/// initiating loader) if the loader constraints allow it, as HotSpot's `check_constraints`
/// before it updates a dictionary: else `LinkageError` "loader constraint violation: loader
/// L wants to load class X. ...". Returns the class the table holds (the first one entered
/// if another thread was faster).
pub fn record_class(
    thread: &mut JavaThread,
    loader: LoaderId,
    name: &str,
    klass: &'static Klass,
) -> JResult<&'static Klass> {
    let vm = thread.vm.clone();
    let conflict = {
        let mut table = vm.loaders.constraints.table.lock();
        let constraint = table
            .get_mut(name)
            .and_then(|constraints| find(constraints, loader).map(|i| &mut constraints[i]));
        let conflict = match constraint {
            Some(Constraint {
                klass: Some(stored),
                ..
            }) if !same(stored, klass) => Some(*stored),
            Some(c) => {
                c.klass = Some(klass);
                None
            }
            None => None,
        };
        if conflict.is_none() {
            vm.register(loader, name, klass);
        }
        conflict
    };
    match conflict {
        None => Ok(vm.find_loaded(loader, name).unwrap_or(klass)),
        Some(stored) => {
            let mut msg = format!(
                "loader constraint violation: loader {} wants to load {} {}.",
                vm.loaders.name_and_id(loader),
                kind_word(klass),
                klass.external_name()
            );
            if stored.loader != loader {
                msg.push_str(&format!(
                    " A different {} with the same name was previously loaded by {}. ({})",
                    kind_word(stored),
                    stored.loader_name,
                    crate::define::class_in_module_of_loader(thread, stored)
                ));
            } else {
                msg.push_str(&format!(
                    " ({})",
                    crate::define::class_in_module_of_loader(thread, klass)
                ));
            }
            Err(throw_new(thread, "java/lang/LinkageError", &msg))
        }
    }
}

/// HotSpot's `external_kind`: "interface" or "class".
pub(crate) fn kind_word(klass: &Klass) -> &'static str {
    if klass.is_interface() {
        "interface"
    } else {
        "class"
    }
}

/// The resolved method `method` (its holder's loader) may be called from `current` with the
/// call site's `descriptor` (HotSpot's `check_method_loader_constraints`); `kind` is "method"
/// or "interface method", `resolved` the class the call site names.
pub fn check_method_constraints(
    thread: &mut JavaThread,
    current: &'static Klass,
    resolved: &'static Klass,
    method: &'static crate::klass::Method,
    descriptor: &str,
    kind: &str,
) -> JResult<()> {
    let holder = method.holder();
    let Some(failed) = check_signature_loaders(thread, descriptor, current.loader, holder.loader)
    else {
        return Ok(());
    };
    let msg = format!(
        "loader constraint violation: when resolving {kind} '{}' the class loader {} of the \
         current class, {}, and the class loader {} for the method's defining class, {}, have \
         different Class objects for the type {failed} used in the signature ({}; {})",
        crate::klass::external_method_name(&resolved.external_name(), &method.name, descriptor),
        current.loader_name,
        current.name,
        holder.loader_name,
        holder.name,
        crate::define::class_in_module_of_loader(thread, current),
        crate::define::class_in_module_of_loader(thread, holder),
    );
    Err(throw_new(thread, "java/lang/LinkageError", &msg))
}

/// The field `name` of type `descriptor` declared by `holder` may be used from `current`
/// (HotSpot's `check_field_loader_constraints`).
pub fn check_field_constraints(
    thread: &mut JavaThread,
    current: &'static Klass,
    holder: &'static Klass,
    name: &str,
    descriptor: &str,
) -> JResult<()> {
    if std::ptr::eq(current, holder) {
        return Ok(());
    }
    let Some(failed) = check_signature_loaders(thread, descriptor, current.loader, holder.loader)
    else {
        return Ok(());
    };
    let failed = external_type_name(&failed);
    let msg = format!(
        "loader constraint violation: when resolving field \"{name}\" of type {failed}, the \
         class loader {} of the current class, {}, and the class loader {} for the field's \
         defining {}, {}, have different Class objects for type {failed} ({}; {})",
        current.loader_name,
        current.external_name(),
        holder.loader_name,
        kind_word(holder),
        holder.external_name(),
        crate::define::class_in_module_of_loader(thread, current),
        crate::define::class_in_module_of_loader(thread, holder),
    );
    Err(throw_new(thread, "java/lang/LinkageError", &msg))
}

/// HotSpot's `as_klass_external_name` of a type named in a failure: dots for slashes (an
/// array keeps its descriptor form, `[Lpkg.Foo;`).
pub(crate) fn external_type_name(name: &str) -> String {
    name.replace('/', ".")
}

/// At link time, the constraints between `klass`'s own methods and the superclass methods
/// they override (HotSpot's vtable check), then between each interface method and the method
/// `klass` selects for it (the itable check): the message of the `LinkageError` for the first
/// violation.
pub fn overriding_violation(thread: &JavaThread, klass: &'static Klass) -> Option<String> {
    if klass.is_interface() {
        return None;
    }
    if let Some(super_klass) = klass.super_klass {
        for m in klass.methods.iter() {
            if m.is_static() || m.is_private() || m.is_initializer() {
                continue;
            }
            let overridden = super_klass.vtable.iter().find(|s| {
                s.name == m.name
                    && s.descriptor == m.descriptor
                    && crate::klass::can_override(s, klass.loader, klass.package())
            });
            let Some(overridden) = overridden else {
                continue;
            };
            let super_holder = overridden.holder();
            let failed =
                check_signature_loaders(thread, &m.descriptor, klass.loader, super_holder.loader);
            if let Some(failed) = failed {
                let msg = format!(
                    "loader constraint violation for class {}: when selecting overriding method \
                     '{}' the class loader {} of the selected method's type {}, and the class \
                     loader {} for its super type {} have different Class objects for the type \
                     {} used in the signature ({}; {})",
                    klass.external_name(),
                    m.external_name(),
                    klass.loader_name,
                    klass.external_name(),
                    super_holder.loader_name,
                    super_holder.external_name(),
                    external_type_name(&failed),
                    crate::define::class_in_module_of_loader(thread, klass),
                    crate::define::class_in_module_of_loader(thread, super_holder),
                );
                return Some(msg);
            }
        }
    }
    interface_selection_violation(thread, klass)
}

/// The itable half of [`overriding_violation`]: every public, concrete method selected for an
/// interface method, when its class and the interface have different loaders.
fn interface_selection_violation(thread: &JavaThread, klass: &'static Klass) -> Option<String> {
    for iface in klass.all_interfaces.iter() {
        for im in iface.methods.iter() {
            if im.is_static() || im.is_private() || im.is_initializer() {
                continue;
            }
            let crate::klass::ItableEntry::Selected(target) =
                crate::klass::select_interface_method(klass, &im.name, &im.descriptor)
            else {
                continue;
            };
            if !target.is_public() || target.is_abstract() {
                continue;
            }
            let holder = target.holder();
            let failed =
                check_signature_loaders(thread, &target.descriptor, holder.loader, iface.loader);
            if let Some(failed) = failed {
                let msg = format!(
                    "loader constraint violation in interface itable initialization for class \
                     {}: when selecting method '{}' the class loader {} for super interface {}, \
                     and the class loader {} of the selected method's {}, {} have different \
                     Class objects for the type {} used in the signature ({}; {})",
                    klass.external_name(),
                    im.external_name(),
                    iface.loader_name,
                    iface.external_name(),
                    holder.loader_name,
                    kind_word(holder),
                    holder.external_name(),
                    external_type_name(&failed),
                    crate::define::class_in_module_of_loader(thread, iface),
                    crate::define::class_in_module_of_loader(thread, holder),
                );
                return Some(msg);
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn loaders(constraints: &[Constraint]) -> Vec<Vec<LoaderId>> {
        let mut all: Vec<Vec<LoaderId>> = constraints
            .iter()
            .map(|c| {
                let mut l = c.loaders.clone();
                l.sort();
                l
            })
            .collect();
        all.sort();
        all
    }

    #[test]
    fn constraints_grow_and_merge_into_one_set_per_class() {
        let mut constraints = Vec::new();
        let none = |loader| (loader, None);
        assert!(LoaderConstraints::add(&mut constraints, none(1), none(2)));
        assert!(LoaderConstraints::add(&mut constraints, none(3), none(4)));
        assert_eq!(loaders(&constraints), [vec![1, 2], vec![3, 4]]);
        assert!(LoaderConstraints::add(&mut constraints, none(2), none(5)));
        assert_eq!(loaders(&constraints), [vec![1, 2, 5], vec![3, 4]]);
        assert!(LoaderConstraints::add(&mut constraints, none(5), none(3)));
        assert_eq!(loaders(&constraints), [vec![1, 2, 3, 4, 5]]);
        assert!(LoaderConstraints::add(&mut constraints, none(4), none(1)));
        assert_eq!(loaders(&constraints), [vec![1, 2, 3, 4, 5]]);
        assert_eq!(find(&constraints, 4), Some(0));
        assert_eq!(find(&constraints, 6), None);
    }

    #[test]
    fn descriptors_name_their_classes_and_array_elements() {
        assert_eq!(
            constrained_names("(ILpkg/A;[J[[Lpkg/B;)Lq/C;"),
            [("pkg/A", "pkg/A"), ("pkg/B", "[[Lpkg/B;"), ("q/C", "q/C")]
        );
        assert!(constrained_names("(IJ[D)V").is_empty());
        assert_eq!(constrained_names("Ljava/lang/String;").len(), 1);
        // A malformed descriptor ends the scan instead of panicking.
        assert!(constrained_names("(Lunterminated").is_empty());
    }
}
