//! Access control at resolution (JVMS §5.4.4): classes, fields and methods, with nest mates,
//! and HotSpot's `IllegalAccessError` messages.

use classfile::model::access;

use crate::exceptions::throw_new;
use crate::klass::Klass;
use crate::loader::load_class;
use crate::thread::{JResult, JavaThread};

/// Whether `current` may access class `target` (public, or the same run-time package).
pub fn class_accessible(current: &Klass, target: &Klass) -> bool {
    let bottom = bottom_class(target);
    match bottom {
        None => true,
        Some(t) => t.is_public() || t.same_package(current) || is_magic_accessor(current),
    }
}

/// Whether `k` extends the boot loader's `jdk.internal.reflect.MagicAccessorImpl`: the classes
/// the JDK generates for reflective calls, which HotSpot lets access every class and member.
pub fn is_magic_accessor(k: &Klass) -> bool {
    let mut c = k.super_klass;
    while let Some(s) = c {
        if s.name == "jdk/internal/reflect/MagicAccessorImpl"
            && s.loader == crate::klass::BOOT_LOADER
        {
            return true;
        }
        c = s.super_klass;
    }
    false
}

/// The element class of an array class (`None` for primitive arrays), or the class itself.
fn bottom_class(k: &Klass) -> Option<&Klass> {
    let mut k = k;
    loop {
        match &k.kind {
            crate::klass::KlassKind::Instance => return Some(k),
            crate::klass::KlassKind::ObjArray { component } => k = component,
            crate::klass::KlassKind::TypeArray { .. } => return None,
        }
    }
}

/// Throws HotSpot's error for an inaccessible class.
pub fn class_access_error(
    thread: &mut JavaThread,
    current: &Klass,
    target: &Klass,
) -> crate::thread::Thrown {
    let msg = format!(
        "failed to access class {} from class {} ({})",
        target.external_name(),
        current.external_name(),
        target.describe_pair(current)
    );
    throw_new(thread, "java/lang/IllegalAccessError", &msg)
}

/// The nest host of `k` (JVMS §5.4.4): the class named by `NestHost` if it lists `k` as a
/// member in the same run-time package, else `k` itself; a hidden nestmate's host is its
/// lookup class's.
pub fn nest_host(thread: &mut JavaThread, k: &'static Klass) -> &'static Klass {
    nest_host_with_error(thread, k).0
}

/// Why `k` is its own nest host although it names another (HotSpot's `nest_host_error`).
pub fn nest_host_error(thread: &mut JavaThread, k: &'static Klass) -> Option<String> {
    nest_host_with_error(thread, k).1
}

/// HotSpot's `, (<error>, <error>)` suffix of an `IllegalAccessError` for a private member:
/// the nest-host errors of the accessing and the declaring class, if any.
pub fn nest_host_error_suffix(
    thread: &mut JavaThread,
    current: &'static Klass,
    declaring: &'static Klass,
) -> String {
    let errors: Vec<String> = [current, declaring]
        .into_iter()
        .filter_map(|k| nest_host_error(thread, k))
        .collect();
    if errors.is_empty() {
        String::new()
    } else {
        format!(", ({})", errors.join(", "))
    }
}

fn nest_host_with_error(
    thread: &mut JavaThread,
    k: &'static Klass,
) -> (&'static Klass, Option<String>) {
    if let Some(host) = k.hidden.get().and_then(|h| h.nest_host) {
        return (host, None);
    }
    let Some(cf) = k.class_file.as_ref() else {
        return (k, None);
    };
    let Some(index) = cf.nest_host else {
        return (k, None);
    };
    let Ok(host_name) = cf.constant_pool.class_name(index) else {
        return (k, None);
    };
    let host = match load_class(thread, k.loader, &host_name) {
        Ok(h) => h,
        Err(_) => {
            let cause = thread.take_pending().map_or(String::new(), |e| {
                let message = e
                    .get_ref(thread.vm.well_known().throwable_message)
                    .map(|m| crate::strings::string_value(thread, m));
                match message {
                    Some(m) => format!("{}: {m}", e.klass().external_name()),
                    None => e.klass().external_name(),
                }
            });
            let msg = format!(
                "Nest host resolution of {} with host {host_name} failed: {cause}",
                k.external_name()
            );
            return (k, Some(msg));
        }
    };
    let lists_k = host.class_file.as_ref().is_some_and(|hcf| {
        hcf.nest_members
            .iter()
            .any(|i| hcf.constant_pool.class_name(i).is_ok_and(|n| n == k.name))
    });
    let error = if !host.same_package(k) {
        "types are in different packages"
    } else if host.is_array() {
        "host is not an instance class"
    } else if !lists_k {
        "current type is not listed as a nest member"
    } else {
        return (host, None);
    };
    let msg = format!(
        "Type {} (loader: {}) is not a nest member of type {} (loader: {}): {error}",
        k.external_name(),
        k.loader_name,
        host.external_name(),
        host.loader_name
    );
    (k, Some(msg))
}

/// Whether `current` may access a member with `flags` declared in `declaring`, referenced
/// through class `referenced`.
pub fn member_accessible(
    thread: &mut JavaThread,
    current: &'static Klass,
    declaring: &'static Klass,
    flags: u16,
) -> JResult<bool> {
    if std::ptr::eq(current, declaring) || flags & access::PUBLIC != 0 || is_magic_accessor(current)
    {
        return Ok(true);
    }
    if flags & access::PRIVATE != 0 {
        let a = nest_host(thread, current);
        let b = nest_host(thread, declaring);
        return Ok(std::ptr::eq(a, b));
    }
    if current.same_package(declaring) {
        return Ok(true);
    }
    if flags & access::PROTECTED != 0 {
        return Ok(current.is_subclass_of(declaring));
    }
    Ok(false)
}

/// The words HotSpot puts before "method" in `IllegalAccessError` messages.
pub fn method_access_words(flags: u16) -> String {
    let mut s = String::new();
    if flags & access::ABSTRACT != 0 {
        s.push_str("abstract ");
    }
    s.push_str(field_access_words(flags));
    s
}

/// The words HotSpot puts before "field" in `IllegalAccessError` messages.
pub fn field_access_words(flags: u16) -> &'static str {
    if flags & access::PROTECTED != 0 {
        "protected "
    } else if flags & access::PRIVATE != 0 {
        "private "
    } else {
        ""
    }
}
