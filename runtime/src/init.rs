//! Linking (verification through `classfile::verifier` under the VM's `VerifyMode`) and class
//! initialisation exactly per JVMS §5.5, including waiting for another thread's initialisation
//! on the class's condition variable.

use std::cell::RefCell;
use std::sync::atomic::Ordering;

use classfile::ClassFile;
use classfile::model::access;
use classfile::verifier::{
    ClassHierarchy, ClassInfo, MemberInfo, MemberKind, reference_maps_of_class, verify_class,
};

use crate::exceptions::{throw_new, throw_with_cause};
use crate::interpreter::call_method;
use crate::klass::{BOOT_LOADER, Klass, init_state};
use crate::loader::load_class;
use crate::thread::{JResult, JavaThread, Thrown};

/// The verifier's view of loaded classes, loading on demand through the class's loader.
struct LoadedHierarchy<'t> {
    thread: RefCell<&'t mut JavaThread>,
    loader: crate::klass::LoaderId,
}

impl LoadedHierarchy<'_> {
    fn load(&self, name: &str) -> Option<&'static Klass> {
        let mut thread = self.thread.borrow_mut();
        match load_class(&mut thread, self.loader, name) {
            Ok(k) => Some(k),
            Err(_) => {
                thread.take_pending();
                None
            }
        }
    }
}

impl ClassHierarchy for LoadedHierarchy<'_> {
    fn class_info(&self, name: &str) -> Option<ClassInfo> {
        let k = self.load(name)?;
        Some(ClassInfo {
            super_class: k.super_klass.map(|s| s.name.clone()),
            is_interface: k.is_interface(),
        })
    }

    fn find_member(
        &self,
        class: &str,
        name: &str,
        descriptor: &str,
        kind: MemberKind,
    ) -> Option<MemberInfo> {
        let k = self.load(class)?;
        let mut c = Some(k);
        while let Some(cl) = c {
            let flags = match kind {
                MemberKind::Field => cl
                    .find_declared_field(name, descriptor)
                    .map(|f| f.access_flags),
                MemberKind::Method => cl
                    .find_declared_method(name, descriptor)
                    .map(|m| m.access_flags),
            };
            if let Some(flags) = flags {
                return Some(MemberInfo {
                    declaring_class: cl.name.clone(),
                    is_protected: flags & access::PROTECTED != 0,
                });
            }
            c = cl.super_klass;
        }
        None
    }
}

/// Links `klass`: links its supertypes, then verifies it if the policy says so. A failure is
/// remembered and rethrown on every later attempt.
pub fn link(thread: &mut JavaThread, klass: &'static Klass) -> JResult<()> {
    if let Some(result) = klass.link_result.get() {
        return match result {
            Ok(()) => Ok(()),
            Err((class, msg)) => Err(throw_new(thread, class, msg)),
        };
    }
    if let Some(s) = klass.super_klass {
        link(thread, s)?;
    }
    for i in &klass.interfaces {
        link(thread, i)?;
    }
    let mut result = Ok(());
    // The accessors the JDK generates for reflection (subclasses of `MagicAccessorImpl`) are
    // never verified, as in HotSpot: serialization constructors call a superclass's `<init>`
    // on an instance of another class.
    if let Some(cf) = klass.class_file.as_ref() {
        let verified = thread
            .vm
            .verify_mode
            .should_verify(klass.loader == BOOT_LOADER)
            && !crate::access::is_magic_accessor(klass);
        if verified {
            let hierarchy = LoadedHierarchy {
                thread: RefCell::new(thread),
                loader: klass.loader,
            };
            if let Err(e) = verify_class(cf, &hierarchy) {
                result = Err((e.kind.class_name().replace('.', "/"), e.exception_message()));
            }
        } else if !klass.from_runtime_image.load(Ordering::Acquire) {
            result = analyse_unverified(klass, cf);
        }
    }
    if result.is_ok() && klass.loader != BOOT_LOADER {
        // A boot class's supertypes are all boot classes: no loader to constrain.
        if let Some(message) = crate::loader_constraints::overriding_violation(thread, klass) {
            result = Err(("java/lang/LinkageError".to_string(), message));
        }
    }
    let result = klass.link_result.get_or_init(|| result);
    match result {
        Ok(()) => {
            let _ = klass.state.compare_exchange(
                init_state::LOADED,
                init_state::LINKED,
                Ordering::AcqRel,
                Ordering::Acquire,
            );
            Ok(())
        }
        Err((class, msg)) => Err(throw_new(thread, class, msg)),
    }
}

/// The collector finds the references of interpreted frames from per-instruction reference
/// maps, so code that runs unverified must still be analysable: its maps are computed (and
/// kept) here, and a method whose analysis fails makes linking fail with the `VerifyError` the
/// verifier would report. Verified classes and the runtime image's classes get their maps
/// when a collection first needs them.
fn analyse_unverified(
    klass: &'static Klass,
    cf: &ClassFile<'static>,
) -> Result<(), (String, String)> {
    let maps = reference_maps_of_class(cf)
        .map_err(|e| (e.kind.class_name().replace('.', "/"), e.exception_message()))?;
    for (m, maps) in klass.methods.iter().zip(maps) {
        let _ = m.refmaps.set(maps);
    }
    Ok(())
}

/// Initialises `klass` (JVMS §5.5): a no-op if done, waits if another thread is at it,
/// returns at once on recursive requests by the initialising thread.
pub fn initialize(thread: &mut JavaThread, klass: &'static Klass) -> JResult<()> {
    if klass.is_initialized() {
        return Ok(());
    }
    link(thread, klass)?;
    // Steps 1-6.
    loop {
        let mut initializer = klass.init_lock.initializer.lock();
        match klass.state.load(Ordering::Acquire) {
            init_state::INITIALIZED => return Ok(()),
            init_state::ERROR => {
                drop(initializer);
                return Err(could_not_initialize(thread, klass));
            }
            init_state::BEING_INITIALIZED if *initializer == Some(thread.id) => return Ok(()),
            init_state::BEING_INITIALIZED => {
                // Another thread initialises the class: wait for it outside Java (it may
                // need a safepoint to finish).
                drop(initializer);
                thread.blocked(|| {
                    let mut initializer = klass.init_lock.initializer.lock();
                    while klass.state.load(Ordering::Acquire) == init_state::BEING_INITIALIZED {
                        klass.init_lock.done.wait(&mut initializer);
                    }
                });
            }
            _ => {
                klass
                    .state
                    .store(init_state::BEING_INITIALIZED, Ordering::Release);
                *initializer = Some(thread.id);
                break;
            }
        }
    }
    // Step 7: superclass, then superinterfaces that declare default methods.
    if !klass.is_interface() {
        let mut supers: Vec<&'static Klass> = klass.super_klass.into_iter().collect();
        supers.extend(
            klass
                .all_interfaces
                .iter()
                .copied()
                .filter(|i| i.methods.iter().any(|m| !m.is_abstract() && !m.is_static())),
        );
        for s in supers {
            if let Err(t) = initialize(thread, s) {
                record_initialization_error(thread, klass);
                finish(klass, init_state::ERROR);
                return Err(t);
            }
        }
    }
    // Step 9: the static initializer.
    let result = match klass.find_declared_method("<clinit>", "()V") {
        Some(clinit) if clinit.is_static() => call_method(thread, clinit, &[]).map(drop),
        _ => Ok(()),
    };
    match result {
        Ok(()) => {
            finish(klass, init_state::INITIALIZED);
            Ok(())
        }
        Err(t) => {
            record_initialization_error(thread, klass);
            // Step 11: wrap anything that is not an Error.
            let error_klass = load_class(thread, BOOT_LOADER, "java/lang/Error").ok();
            let t = match (thread.pending_exception(), error_klass) {
                (Some(e), Some(error)) if !e.klass().is_subclass_of(error) => {
                    thread.take_pending();
                    throw_with_cause(thread, "java/lang/ExceptionInInitializerError", e)
                }
                _ => t,
            };
            finish(klass, init_state::ERROR);
            Err(t)
        }
    }
}

fn finish(klass: &Klass, state: u8) {
    let mut initializer = klass.init_lock.initializer.lock();
    klass.state.store(state, Ordering::Release);
    *initializer = None;
    klass.init_lock.done.notify_all();
}

/// Records, for later `NoClassDefFoundError`s, an `ExceptionInInitializerError` describing the
/// pending exception that made initialisation of `klass` fail (as HotSpot 17 does: a new error
/// with the original's class and message and the thread's name). The pending exception stays.
fn record_initialization_error(thread: &mut JavaThread, klass: &'static Klass) {
    let Some(e) = thread.take_pending() else {
        return;
    };
    let local = thread.new_local(Some(e));
    let message = e
        .get_ref(thread.vm.well_known().throwable_message)
        .map(|m| crate::strings::string_value(thread, m));
    let name = crate::threads::thread_name(thread);
    let text = match message {
        Some(m) => format!(
            "Exception {}: {m} [in thread \"{name}\"]",
            e.klass().external_name()
        ),
        None => format!(
            "Exception {} [in thread \"{name}\"]",
            e.klass().external_name()
        ),
    };
    let _ = throw_new(thread, "java/lang/ExceptionInInitializerError", &text);
    if let Some(error) = thread.take_pending()
        && error.klass().name == "java/lang/ExceptionInInitializerError"
    {
        klass.set_init_error(error);
    }
    thread.pending = thread.local(local).map_or(0, |e| e.addr() as u64);
    thread.handles.truncate(local.0 as usize);
}

/// `NoClassDefFoundError: Could not initialize class X`, caused by the recorded error.
fn could_not_initialize(thread: &mut JavaThread, klass: &'static Klass) -> crate::thread::Thrown {
    let msg = format!("Could not initialize class {}", klass.external_name());
    let t = throw_new(thread, "java/lang/NoClassDefFoundError", &msg);
    let (Some(error), Some(cause)) = (thread.pending_exception(), klass.init_error()) else {
        return t;
    };
    if error.klass().name != "java/lang/NoClassDefFoundError" {
        return t;
    }
    let local = thread.new_local(Some(error));
    if let Some(init_cause) = crate::resolve::lookup_in_classes(
        error.klass(),
        "initCause",
        "(Ljava/lang/Throwable;)Ljava/lang/Throwable;",
    ) {
        thread.pending = 0;
        let args = [
            crate::vm::Value::Ref(Some(error)),
            crate::vm::Value::Ref(Some(cause)),
        ];
        if call_method(thread, init_cause, &args).is_err() {
            thread.handles.truncate(local.0 as usize);
            return Thrown;
        }
    }
    thread.pending = thread.local(local).map_or(0, |e| e.addr() as u64);
    thread.handles.truncate(local.0 as usize);
    Thrown
}
