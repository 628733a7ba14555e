//! The VM's module table, as HotSpot keeps it: the `java.lang.Module` of every named module
//! the module system defines (`Module.defineModule0`) with its loader and packages, and the
//! boot loader's unnamed module (`BootLoader.setBootLoaderUnnamedModule0`). It also sets
//! `Class.module` of each mirror: boot classes get their named module once it is defined
//! (mirrors created before `java.base` is defined are patched when it is), classes of the
//! application class path the unnamed module of the system class loader once `initPhase3`
//! created it.
//!
//! Module and loader objects are held as root slots (the collector updates them through
//! [`ModuleTable::visit_roots`]), so identity comparisons by address stay valid.

use parking_lot::Mutex;

use crate::klass::{BOOT_LOADER, Klass};
use crate::oops::ObjRef;
use crate::thread::JavaThread;

/// One named module the module system defined.
struct NamedModule {
    name: String,
    /// Address of the `java.lang.Module`.
    module: usize,
    /// Address of its class loader, 0 for the boot loader.
    loader: usize,
    /// Its packages, internal form (`java/lang`).
    packages: Vec<String>,
    /// An open module exports every package.
    open: bool,
    /// The module's version (`ModuleDescriptor.version()`), if any.
    version: Option<String>,
    /// Whether messages name the module with its version (HotSpot's `should_show_version`).
    show_version: bool,
}

/// What the module system tells the VM of a named module besides its name and packages.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ModuleInfo {
    /// Every package is open (and exported).
    pub open: bool,
    /// The module's version string, if any.
    pub version: Option<String>,
    /// The module's location URI (`jrt:/java.base`, `file:///...`), if any.
    pub location: Option<String>,
}

#[derive(Default)]
struct Modules {
    named: Vec<NamedModule>,
    boot_unnamed: usize,
}

/// Why [`ModuleTable::define`] refused a module (the native turns it into HotSpot's
/// exception).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DefineError {
    /// `java.base` was defined before.
    JavaBaseDefined,
    /// The loader has a module of that name already.
    ModuleDefined(String),
    /// A package belongs to another module of the same loader: (package, its module).
    PackageInOtherModule(String, String),
}

/// What the table knows of a `java.lang.Module` object.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ModuleKind {
    /// A named module with its name and whether it is open.
    Named {
        /// The module's name.
        name: String,
        /// Whether every package is open (and exported).
        open: bool,
    },
    /// An unnamed module.
    Unnamed,
}

/// The module table of one VM.
#[derive(Default)]
pub struct ModuleTable {
    inner: Mutex<Modules>,
}

impl ModuleTable {
    /// Records the named module `module` (name `name`, class loader `loader`, `None` for the
    /// boot loader; `builtin` when that is one of the JDK's own loaders) with its `packages`
    /// (internal form).
    pub fn define(
        &self,
        module: ObjRef,
        (loader, builtin): (Option<ObjRef>, bool),
        name: &str,
        info: ModuleInfo,
        packages: Vec<String>,
    ) -> Result<(), DefineError> {
        let boot_or_platform = loader.is_none_or(is_platform_loader);
        let loader = loader.map_or(0, ObjRef::addr);
        let mut table = self.inner.lock();
        let base_version = table
            .named
            .iter()
            .find(|m| m.loader == 0 && m.name == "java.base")
            .and_then(|m| m.version.clone());
        let show_version = shows_version(&info, boot_or_platform, builtin, base_version);
        let same_loader = table.named.iter().filter(|m| m.loader == loader);
        for m in same_loader {
            if m.name == name {
                return Err(if name == "java.base" {
                    DefineError::JavaBaseDefined
                } else {
                    DefineError::ModuleDefined(name.to_string())
                });
            }
            if let Some(p) = packages.iter().find(|p| m.packages.contains(p)) {
                return Err(DefineError::PackageInOtherModule(p.clone(), m.name.clone()));
            }
        }
        table.named.push(NamedModule {
            name: name.to_string(),
            module: module.addr(),
            loader,
            packages,
            open: info.open,
            version: info.version,
            show_version,
        });
        Ok(())
    }

    /// The version of the defined module `module`, if it has one.
    pub fn version(&self, module: ObjRef) -> Option<String> {
        let table = self.inner.lock();
        let m = table.named.iter().find(|m| m.module == module.addr())?;
        m.version.clone()
    }

    /// The version messages show after the name of the module of `loader` holding `package`
    /// (`m@1.0`), when HotSpot shows it.
    pub fn shown_version_of_package(&self, loader: ObjRef, package: &str) -> Option<String> {
        let table = self.inner.lock();
        let m = table
            .named
            .iter()
            .find(|m| m.loader == loader.addr() && m.packages.iter().any(|p| p == package))?;
        m.version.clone().filter(|_| m.show_version)
    }

    /// The named module `name` of the boot loader, once defined.
    pub fn boot_module(&self, name: &str) -> Option<ObjRef> {
        let table = self.inner.lock();
        let m = table
            .named
            .iter()
            .find(|m| m.loader == 0 && m.name == name)?;
        ObjRef::from_addr(m.module)
    }

    /// What the table knows of `module`: `None` when it is a named module never defined.
    pub fn kind(&self, module: ObjRef, named: bool) -> Option<ModuleKind> {
        if !named {
            return Some(ModuleKind::Unnamed);
        }
        let table = self.inner.lock();
        let m = table.named.iter().find(|m| m.module == module.addr())?;
        Some(ModuleKind::Named {
            name: m.name.clone(),
            open: m.open,
        })
    }

    /// Whether the defined module `module` holds `package` (internal form).
    pub fn has_package(&self, module: ObjRef, package: &str) -> bool {
        let table = self.inner.lock();
        table
            .named
            .iter()
            .any(|m| m.module == module.addr() && m.packages.iter().any(|p| p == package))
    }

    /// Records the boot loader's unnamed module.
    pub fn set_boot_unnamed(&self, module: ObjRef) {
        self.inner.lock().boot_unnamed = module.addr();
    }

    /// The boot loader's unnamed module, once recorded.
    pub fn boot_unnamed(&self) -> Option<ObjRef> {
        ObjRef::from_addr(self.inner.lock().boot_unnamed)
    }

    /// The named module of the loader `loader` (a `ClassLoader` object) that holds
    /// `package` (internal form), with its name.
    pub fn module_of_package(&self, loader: ObjRef, package: &str) -> Option<(ObjRef, String)> {
        let table = self.inner.lock();
        let m = table
            .named
            .iter()
            .find(|m| m.loader == loader.addr() && m.packages.iter().any(|p| p == package))?;
        Some((ObjRef::from_addr(m.module)?, m.name.clone()))
    }

    /// Visits the module and loader objects the table holds (collector roots).
    pub fn visit_roots(&self, visit: &mut dyn FnMut(u64) -> u64) {
        let mut table = self.inner.lock();
        let mut slot = |addr: &mut usize| {
            if *addr != 0 {
                *addr = visit(*addr as u64) as usize;
            }
        };
        slot(&mut table.boot_unnamed);
        for m in &mut table.named {
            slot(&mut m.module);
            slot(&mut m.loader);
        }
    }
}

/// HotSpot's `should_show_version`: a module's version appears in messages unless it has none,
/// or it is a `java.*` module of the image defined to the boot or platform loader, or a
/// `jdk.*` module of the image of the same version as `java.base` defined to a built-in loader.
fn shows_version(
    info: &ModuleInfo,
    boot_or_platform: bool,
    builtin: bool,
    base_version: Option<String>,
) -> bool {
    let Some(version) = &info.version else {
        return false;
    };
    let location = info.location.as_deref().unwrap_or("");
    if boot_or_platform && location.starts_with("jrt:/java.") {
        return false;
    }
    let base_version = base_version.or_else(|| info.version.clone());
    !(builtin && base_version.as_ref() == Some(version) && location.starts_with("jrt:/jdk."))
}

/// Whether `loader` is the JDK's platform class loader.
fn is_platform_loader(loader: ObjRef) -> bool {
    loader.klass().name == "jdk/internal/loader/ClassLoaders$PlatformClassLoader"
}

/// Sets `Class.module` of `klass`'s mirror when its module is known: a boot class's named
/// module once the module system defined it; for a class of another loader, once that
/// loader's object is known, `Class.classLoader` and the loader's named module holding the
/// class's package, else the loader's unnamed module. (Array classes take their element's.)
pub fn set_mirror_module(thread: &JavaThread, klass: &'static Klass) {
    let Some(mirror) = klass.mirror() else {
        return;
    };
    let Some(offset) = module_field_offset(thread) else {
        return;
    };
    let element = element_klass(klass);
    if element.loader != BOOT_LOADER {
        let Some(loader) = thread.vm.loaders.object(element.loader) else {
            return;
        };
        if let Some(f) = class_loader_field_offset(thread) {
            mirror.put_ref(f, Some(loader));
        }
        if let Some(module) = loader_module_of(thread, loader, element.package()) {
            mirror.put_ref(offset, Some(module));
        }
        return;
    }
    let module = match &element.module {
        Some(name) => thread.vm.modules.boot_module(name),
        None if element.is_array() => thread.vm.modules.boot_module("java.base"),
        None => thread.vm.modules.boot_unnamed(),
    };
    if module.is_some() {
        mirror.put_ref(offset, module);
    }
}

/// The module of `loader` (a `ClassLoader`) for classes in `package`: its named module holding
/// the package, else its unnamed module.
pub fn loader_module_of(thread: &JavaThread, loader: ObjRef, package: &str) -> Option<ObjRef> {
    if let Some((module, _)) = thread.vm.modules.module_of_package(loader, package) {
        return Some(module);
    }
    loader
        .klass()
        .instance_field("unnamedModule", "Ljava/lang/Module;")
        .and_then(|f| loader.get_ref(f.offset))
}

/// After the boot module `name` is defined: sets `Class.module` of every boot class of that
/// module already loaded (for `java.base`, every class loaded during the early boot).
pub fn patch_boot_mirrors(thread: &JavaThread, name: &str) {
    for k in thread.vm.loaded_classes() {
        let element = element_klass(k);
        let of_module = match &element.module {
            Some(m) => m == name,
            None => element.is_array() && name == "java.base",
        };
        if k.loader == BOOT_LOADER && element.loader == BOOT_LOADER && of_module {
            set_mirror_module(thread, k);
        }
    }
    if name == "java.base"
        && let (Some(offset), Some(base)) = (
            module_field_offset(thread),
            thread.vm.modules.boot_module(name),
        )
    {
        for slot in &thread.vm.primitive_mirrors {
            let addr = slot.load(std::sync::atomic::Ordering::Acquire) as usize;
            if let Some(mirror) = ObjRef::from_addr(addr) {
                mirror.put_ref(offset, Some(base));
            }
        }
    }
}

/// The innermost element class of an array class (primitive arrays are their own).
fn element_klass(mut klass: &'static Klass) -> &'static Klass {
    while let crate::klass::KlassKind::ObjArray { component } = &klass.kind {
        klass = component;
    }
    klass
}

/// Once the JDK's application class loader took the VM's application loader id: sets
/// `Class.classLoader` and `Class.module` of the classes loaded through the class path before
/// (the embedding API's calls before the boot of the module system).
pub fn attach_app_loader(thread: &JavaThread) {
    for k in thread.vm.loaded_classes() {
        if element_klass(k).loader == crate::klass::APP_LOADER {
            set_mirror_module(thread, k);
        }
    }
}

fn class_loader_field_offset(thread: &JavaThread) -> Option<usize> {
    let class_klass = thread.vm.class_klass.get()?;
    class_klass
        .find_declared_field("classLoader", "Ljava/lang/ClassLoader;")
        .map(|f| f.offset)
}

fn module_field_offset(thread: &JavaThread) -> Option<usize> {
    let class_klass = thread.vm.class_klass.get()?;
    class_klass
        .find_declared_field("module", "Ljava/lang/Module;")
        .map(|f| f.offset)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn info(version: Option<&str>, location: &str) -> ModuleInfo {
        ModuleInfo {
            open: false,
            version: version.map(String::from),
            location: Some(location.to_string()),
        }
    }

    #[test]
    fn versions_of_the_image_modules_are_not_shown() {
        let base = Some("17.0.21".to_string());
        let jdk = info(Some("17.0.21"), "jrt:/java.sql");
        assert!(!shows_version(&jdk, true, true, base.clone()));
        let tool = info(Some("17.0.21"), "jrt:/jdk.compiler");
        assert!(!shows_version(&tool, false, true, base.clone()));
        assert!(
            shows_version(&tool, false, false, base.clone()),
            "a custom loader"
        );
        let app = info(Some("2.5"), "file:///tmp/app.jar");
        assert!(shows_version(&app, false, true, base.clone()));
        assert!(!shows_version(&info(None, "file:///x"), false, true, base));
    }
}
