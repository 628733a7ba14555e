//! The VM's table of class loaders, as HotSpot's `ClassLoaderData` graph: one [`LoaderId`] per
//! `java.lang.ClassLoader` object that ever defined, initiated or asked for a class. The id is
//! kept in a field the VM injects into `java.lang.ClassLoader` (HotSpot injects `loader_data`
//! the same way), so finding a loader's id never depends on the object's address, and the
//! table holds each loader object in a root slot the collector updates.
//!
//! Id 0 is the boot loader (no object). Id 1 is the application class loader: classes loaded
//! through the class path before `initPhase3` created `ClassLoaders$AppClassLoader` (the
//! embedding API's calls before [`crate::Vm::boot_system`]) belong to it, and the JDK's
//! `AppClassLoader` object takes that id when it first meets the VM.

use std::sync::OnceLock;

use parking_lot::Mutex;

use crate::klass::{APP_LOADER, BOOT_LOADER, Klass, LoaderId};
use crate::oops::ObjRef;
use crate::thread::JavaThread;

/// Name of the field the VM injects into `java.lang.ClassLoader`: the loader's id plus one
/// (0 while the loader has none).
pub const LOADER_DATA_FIELD: &str = "loader_data";

/// The JDK's application class loader class (takes id [`APP_LOADER`]).
const APP_CLASS_LOADER: &str = "jdk/internal/loader/ClassLoaders$AppClassLoader";
/// The JDK's platform class loader class (may define classes in `java.*` packages).
const PLATFORM_CLASS_LOADER: &str = "jdk/internal/loader/ClassLoaders$PlatformClassLoader";

/// One class loader the VM knows.
struct LoaderEntry {
    /// Address of the `ClassLoader` object (a root slot), 0 for the boot loader and for the
    /// application loader before its object is known.
    object: usize,
    /// HotSpot's `loader_name_and_id`: `'app'`, `'bootstrap'`, `MyLoader @1b6d3586`.
    name_and_id: &'static str,
    /// Whether this is the JDK's platform class loader.
    platform: bool,
}

/// The class loaders of one VM, indexed by [`LoaderId`].
pub struct LoaderTable {
    entries: Mutex<Vec<LoaderEntry>>,
    /// Offset of the injected field in `ClassLoader` instances.
    field_offset: OnceLock<usize>,
    /// The loader constraints between these loaders (JVMS §5.3.4).
    pub(crate) constraints: crate::loader_constraints::LoaderConstraints,
}

impl Default for LoaderTable {
    fn default() -> Self {
        LoaderTable {
            entries: Mutex::new(vec![
                LoaderEntry {
                    object: 0,
                    name_and_id: "'bootstrap'",
                    platform: false,
                },
                LoaderEntry {
                    object: 0,
                    name_and_id: "'app'",
                    platform: false,
                },
            ]),
            field_offset: OnceLock::new(),
            constraints: Default::default(),
        }
    }
}

impl LoaderTable {
    /// The `ClassLoader` object of `loader` (`None` for the boot loader, and for the
    /// application loader until the JDK created it).
    pub fn object(&self, loader: LoaderId) -> Option<ObjRef> {
        let entries = self.entries.lock();
        ObjRef::from_addr(entries.get(loader as usize)?.object)
    }

    /// HotSpot's name of `loader` in messages (`'app'`, `MyLoader @1b6d3586`).
    pub fn name_and_id(&self, loader: LoaderId) -> &'static str {
        let entries = self.entries.lock();
        entries
            .get(loader as usize)
            .map_or("'bootstrap'", |e| e.name_and_id)
    }

    /// Whether `loader` is the boot loader or the JDK's platform loader (the loaders that may
    /// define classes in `java.*` packages).
    pub fn may_define_java_packages(&self, loader: LoaderId) -> bool {
        loader == BOOT_LOADER
            || self
                .entries
                .lock()
                .get(loader as usize)
                .is_some_and(|e| e.platform)
    }

    /// Visits the loader objects (collector roots).
    pub fn visit_roots(&self, visit: &mut dyn FnMut(u64) -> u64) {
        for e in self.entries.lock().iter_mut() {
            if e.object != 0 {
                e.object = visit(e.object as u64) as usize;
            }
        }
    }
}

/// The id of the loader `object` (`None` is the boot loader), assigning one the first time
/// the VM meets the loader. Returns `None` if `object` is no `java.lang.ClassLoader`.
pub fn loader_id(thread: &JavaThread, object: Option<ObjRef>) -> Option<LoaderId> {
    let Some(object) = object else {
        return Some(BOOT_LOADER);
    };
    let table = &thread.vm.loaders;
    let offset = field_offset(thread)?;
    if !is_class_loader(object.klass()) {
        return None;
    }
    let stored = object.get_i64(offset);
    if stored > 0 {
        return LoaderId::try_from(stored - 1).ok();
    }
    let class_name = object.klass().name.as_str();
    let name_and_id = name_and_id_of(thread, object);
    let mut entries = table.entries.lock();
    // Another thread may have assigned an id while this one read the name.
    let stored = object.get_i64(offset);
    if stored > 0 {
        return LoaderId::try_from(stored - 1).ok();
    }
    let app_free = entries
        .get(APP_LOADER as usize)
        .is_some_and(|e| e.object == 0);
    let id = if class_name == APP_CLASS_LOADER && app_free {
        if let Some(e) = entries.get_mut(APP_LOADER as usize) {
            e.object = object.addr();
            e.name_and_id = name_and_id;
        }
        APP_LOADER
    } else {
        entries.push(LoaderEntry {
            object: object.addr(),
            name_and_id,
            platform: class_name == PLATFORM_CLASS_LOADER,
        });
        LoaderId::try_from(entries.len() - 1).ok()?
    };
    object.put_i64(offset, i64::from(id) + 1);
    drop(entries);
    if id == APP_LOADER {
        crate::modules::attach_app_loader(thread);
    }
    Some(id)
}

/// Whether `k` is `java.lang.ClassLoader` or a subclass.
fn is_class_loader(k: &Klass) -> bool {
    let mut c = Some(k);
    while let Some(s) = c {
        if s.name == "java/lang/ClassLoader" && s.loader == BOOT_LOADER {
            return true;
        }
        c = s.super_klass;
    }
    false
}

/// The injected field's offset, once `java.lang.ClassLoader` is loaded.
fn field_offset(thread: &JavaThread) -> Option<usize> {
    let table = &thread.vm.loaders;
    if let Some(o) = table.field_offset.get() {
        return Some(*o);
    }
    let k = thread
        .vm
        .find_loaded(BOOT_LOADER, "java/lang/ClassLoader")?;
    let f = k.find_declared_field(LOADER_DATA_FIELD, "J")?;
    Some(*table.field_offset.get_or_init(|| f.offset))
}

/// The loader's `nameAndId` field (the JDK computes it in `ClassLoader`'s constructor),
/// leaked: one per loader, kept as long as the VM's classes.
fn name_and_id_of(thread: &JavaThread, object: ObjRef) -> &'static str {
    let text = object
        .klass()
        .instance_field("nameAndId", "Ljava/lang/String;")
        .and_then(|f| object.get_ref(f.offset))
        .map(|s| crate::strings::string_value(thread, s))
        .unwrap_or_else(|| object.klass().external_name());
    Box::leak(text.into_boxed_str())
}
