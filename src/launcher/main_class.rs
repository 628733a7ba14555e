//! Finding the main class and its `main` method, with the JDK launcher's messages.
//!
//! Classes are looked up as the application class loader does: a class whose package belongs
//! to a JDK module comes from the JDK's `lib/modules` (and nowhere else), any other from the
//! class path. Loading a class loads its superclasses, so a missing superclass is an error of
//! the main class. `main` is looked for as `Class.getMethod("main", String[].class)` does: a
//! public method of that name and parameter in the class or its superclasses.

use std::path::Path;

use runtime::classpath::jimage::JImage;

use super::class_info::{ACC_PUBLIC, ACC_STATIC, ClassInfo, LoadError, read_class};
use super::class_path::{PATH_SEPARATOR, find_class};
use super::exit::Exit;

/// Where classes come from.
pub struct ClassSource<'a> {
    /// The JDK's module image.
    pub jimage: &'a JImage,
    /// The class path (`:`-separated).
    pub class_path: String,
}

/// A class as loaded: its bytes' summary and where it was found.
struct Loaded {
    info: ClassInfo,
    location: String,
}

/// Why a class could not be loaded.
enum LookupError {
    /// No class file.
    NotFound,
    /// The class file is there but cannot be loaded.
    Linkage(LoadError),
    /// The file holds another class: `(wrong name: actual)`.
    WrongName { requested: String, actual: String },
}

/// The main class, found and checked.
#[derive(Debug)]
pub struct MainClass {
    /// Its binary name (`pkg.Main`).
    pub name: String,
    /// Where its class file is.
    pub location: String,
}

impl ClassSource<'_> {
    /// The class path for a jar: the jar, then its manifest's `Class-Path` entries relative to
    /// the jar's directory.
    pub fn jar_class_path(jar: &str, manifest_class_path: Option<&str>) -> String {
        let mut entries = vec![jar.to_string()];
        let dir = Path::new(jar).parent().unwrap_or(Path::new(""));
        for url in manifest_class_path
            .unwrap_or_default()
            .split_ascii_whitespace()
        {
            let relative = url.strip_prefix("file:").unwrap_or(url);
            entries.push(dir.join(relative).display().to_string());
        }
        entries.join(&PATH_SEPARATOR.to_string())
    }

    fn lookup(&self, internal_name: &str) -> Result<Loaded, LookupError> {
        let not_found = || LookupError::NotFound;
        let package = internal_name.rsplit_once('/').map(|(package, _)| package);
        let jimage = self.jimage;
        if let Some(package) = package
            && let Ok(Some(module)) = jimage.package_module(package)
        {
            let module = module.to_string();
            let Ok(Some((_, location))) = jimage.find_class(internal_name) else {
                return Err(not_found());
            };
            let bytes = jimage
                .read(&location)
                .map_err(|e| LookupError::Linkage(io_error(e.to_string())))?;
            let info = read_class(&bytes, internal_name).map_err(LookupError::Linkage)?;
            return Ok(Loaded {
                info,
                location: format!("jrt:/{module}/{internal_name}.class"),
            });
        }
        let found = find_class(&self.class_path, internal_name).ok_or_else(not_found)?;
        let info = read_class(&found.bytes, internal_name).map_err(LookupError::Linkage)?;
        if info.name != internal_name {
            return Err(LookupError::WrongName {
                requested: internal_name.to_string(),
                actual: info.name,
            });
        }
        Ok(Loaded {
            info,
            location: found.location,
        })
    }

    /// Loads `internal_name` and its superclasses (superclass first in the result's tail).
    fn load_with_supers(&self, internal_name: &str) -> Result<Vec<Loaded>, LookupError> {
        let mut chain = vec![self.lookup(internal_name)?];
        while let Some(super_name) = chain.last().and_then(|c| c.info.super_name.clone()) {
            if chain.len() > 1024 {
                break;
            }
            match self.lookup(&super_name) {
                Ok(loaded) => chain.push(loaded),
                Err(LookupError::NotFound) => {
                    return Err(LookupError::Linkage(LoadError {
                        exception: "java.lang.NoClassDefFoundError",
                        message: super_name,
                    }));
                }
                Err(other) => return Err(other),
            }
        }
        Ok(chain)
    }

    /// Finds the main class named `name` (as given on the command line or in the manifest,
    /// `/` accepted for `.`) and checks its `main` method.
    pub fn load_main_class(&self, name: &str) -> Result<MainClass, Exit> {
        let binary_name = name.replace('/', ".");
        let internal_name = binary_name.replace('.', "/");
        let cannot_load = |cause: String| {
            Exit::error(format!(
                "Error: Could not find or load main class {binary_name}\nCaused by: {cause}"
            ))
        };
        if !is_valid_internal_name(&internal_name) {
            return Err(cannot_load(format!(
                "java.lang.ClassNotFoundException: {internal_name}"
            )));
        }
        let chain = match self.load_with_supers(&internal_name) {
            Ok(chain) => chain,
            Err(LookupError::NotFound) => {
                return Err(cannot_load(format!(
                    "java.lang.ClassNotFoundException: {binary_name}"
                )));
            }
            Err(LookupError::WrongName { requested, actual }) => {
                return Err(cannot_load(format!(
                    "java.lang.NoClassDefFoundError: {requested} (wrong name: {actual})"
                )));
            }
            Err(LookupError::Linkage(error))
                if error.exception == "java.lang.NoClassDefFoundError" =>
            {
                return Err(cannot_load(format!(
                    "{}: {}",
                    error.exception, error.message
                )));
            }
            Err(LookupError::Linkage(error)) => {
                return Err(Exit::error(format!(
                    "Error: LinkageError occurred while loading main class {binary_name}\n\t{}: {}",
                    error.exception, error.message
                )));
            }
        };
        check_main_method(&chain, &binary_name)?;
        let location = chain
            .first()
            .map(|main| main.location.clone())
            .unwrap_or_default();
        Ok(MainClass {
            name: binary_name,
            location,
        })
    }
}

fn io_error(message: String) -> LoadError {
    LoadError {
        exception: "java.lang.ClassFormatError",
        message,
    }
}

/// Whether a class name in internal form is acceptable to `Class.forName`: no leading `/`, no
/// empty segment in the middle, none of `;` and `[`.
fn is_valid_internal_name(name: &str) -> bool {
    !name.starts_with('/') && !name.contains("//") && !name.contains([';', '['])
}

/// `Class.getMethod("main", String[].class)` on the loaded chain, then the launcher's checks.
fn check_main_method(chain: &[Loaded], binary_name: &str) -> Result<(), Exit> {
    const DEFINE_MAIN: &str = "   public static void main(String[] args)";
    let found = chain.iter().find_map(|class| {
        class
            .info
            .methods
            .iter()
            .find(|m| {
                m.name == "main"
                    && m.access_flags & ACC_PUBLIC != 0
                    && m.descriptor.starts_with("([Ljava/lang/String;)")
            })
            .map(|method| (class, method))
    });
    let Some((declaring, method)) = found else {
        return Err(Exit::error(format!(
            "Error: Main method not found in class {binary_name}, please define the main method as:\n\
             {DEFINE_MAIN}\nor a JavaFX application class must extend javafx.application.Application"
        )));
    };
    let declaring_name = declaring.info.name.replace('/', ".");
    if method.access_flags & ACC_STATIC == 0 {
        return Err(Exit::error(format!(
            "Error: Main method is not static in class {declaring_name}, please define the main method as:\n{DEFINE_MAIN}"
        )));
    }
    if !method.descriptor.ends_with(")V") {
        return Err(Exit::error(format!(
            "Error: Main method must return a value of type void in class {declaring_name}, please \n\
             define the main method as:\n{DEFINE_MAIN}"
        )));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn class_names_for_class_for_name() {
        assert!(is_valid_internal_name("pkg/Main"));
        assert!(
            is_valid_internal_name("Main/"),
            "a trailing separator passes the check"
        );
        assert!(is_valid_internal_name(""));
        assert!(is_valid_internal_name("a b"));
        assert!(!is_valid_internal_name("/Main"));
        assert!(!is_valid_internal_name("a//b"));
        assert!(!is_valid_internal_name("a;b"));
    }

    #[test]
    fn jar_class_path_entries() {
        assert_eq!(
            ClassSource::jar_class_path("lib/app.jar", None),
            "lib/app.jar"
        );
        assert_eq!(
            ClassSource::jar_class_path("lib/app.jar", Some("a.jar  dir/b.jar")),
            "lib/app.jar:lib/a.jar:lib/dir/b.jar"
        );
        assert_eq!(
            ClassSource::jar_class_path("app.jar", Some("a.jar")),
            "app.jar:a.jar"
        );
    }
}
