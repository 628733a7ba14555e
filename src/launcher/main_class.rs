//! Finding the main class and its `main` method, with the JDK launcher's messages.
//!
//! Classes are looked up as the application class loader does: a class whose package belongs
//! to a JDK module comes from the JDK's `lib/modules` (and nowhere else), any other from the
//! class path. Loading a class loads its superclasses, so a missing superclass is an error of
//! the main class. `main` is looked for as `Class.getMethod("main", String[].class)` does: a
//! public method of that name and parameter in the class or its superclasses.

use classfile::model::access;
use classfile::{ClassFile, ClassFileError, ErrorKind, ParseOptions};
use runtime::classpath::jimage::JImage;
use runtime::classpath::{ClassPath, ClassSource};

use super::exit::Exit;

/// Where classes come from.
pub struct ClassFinder<'a> {
    /// The JDK's module image.
    pub jimage: &'a JImage,
    /// The application class path.
    pub class_path: &'a ClassPath,
    /// `--enable-preview`.
    pub enable_preview: bool,
}

/// A class as loaded: the parts of its class file the launcher needs, and where it was found.
struct Loaded {
    name: String,
    super_name: Option<String>,
    /// `(access_flags, name, descriptor)` of each method.
    methods: Vec<(u16, String, String)>,
    /// The class file's URL.
    url: String,
}

/// Why a class could not be loaded.
enum LookupError {
    /// No class file.
    NotFound,
    /// The class file is there but does not define the class (format, version, wrong name).
    Invalid(ClassFileError),
}

/// The main class, found and checked.
#[derive(Debug)]
pub struct MainClass {
    /// Its binary name (`pkg.Main`).
    pub name: String,
    /// The URL of its class file.
    pub url: String,
}

impl ClassFinder<'_> {
    fn lookup(&self, internal_name: &str) -> Result<Loaded, LookupError> {
        let package = internal_name.rsplit_once('/').map(|(package, _)| package);
        let module = package.and_then(|package| self.jimage.package_module(package).ok().flatten());
        let (bytes, source, boot) = match module {
            Some(module) => {
                let Ok(Some((_, location))) = self.jimage.find_class(internal_name) else {
                    return Err(LookupError::NotFound);
                };
                let bytes = self.jimage.read(&location).map_err(|error| {
                    LookupError::Invalid(ClassFileError::format(error.to_string()))
                })?;
                let source = ClassSource::Jrt {
                    module: module.to_string(),
                };
                (bytes.into_owned(), source, true)
            }
            None => {
                let found = self.class_path.find_class(internal_name).map_err(|error| {
                    LookupError::Invalid(ClassFileError::format(error.to_string()))
                })?;
                let found = found.ok_or(LookupError::NotFound)?;
                (found.bytes, (*found.source).clone(), false)
            }
        };
        let options = ParseOptions {
            class_name: Some(internal_name),
            need_verify: !boot,
            enable_preview: self.enable_preview,
            ..ParseOptions::default()
        };
        let class = ClassFile::parse_with(&bytes, &options).map_err(LookupError::Invalid)?;
        Ok(Loaded {
            name: class.name.to_string(),
            super_name: class.super_name.as_ref().map(|name| name.to_string()),
            methods: class
                .methods
                .iter()
                .map(|m| (m.access_flags, m.name.to_string(), m.descriptor.to_string()))
                .collect(),
            url: source.resource_url(&format!("{internal_name}.class")),
        })
    }

    /// Loads `internal_name` and its superclasses, the class first.
    fn load_with_supers(&self, internal_name: &str) -> Result<Vec<Loaded>, LookupError> {
        let mut chain = vec![self.lookup(internal_name)?];
        while let Some(super_name) = chain.last().and_then(|c| c.super_name.clone()) {
            // A class circularity is the class parser's and the loader's business; stop here.
            if chain.iter().any(|loaded| loaded.name == super_name) {
                break;
            }
            match self.lookup(&super_name) {
                Ok(loaded) => chain.push(loaded),
                Err(LookupError::NotFound) => {
                    return Err(LookupError::Invalid(ClassFileError::no_class_def(
                        super_name,
                    )));
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
            Err(LookupError::Invalid(error)) if error.kind == ErrorKind::NoClassDefFoundError => {
                return Err(cannot_load(error.to_string()));
            }
            Err(LookupError::Invalid(error)) => {
                return Err(Exit::error(format!(
                    "Error: LinkageError occurred while loading main class {binary_name}\n\t{error}"
                )));
            }
        };
        check_main_method(&chain, &binary_name)?;
        let url = chain
            .first()
            .map(|main| main.url.clone())
            .unwrap_or_default();
        Ok(MainClass {
            name: binary_name,
            url,
        })
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
            .methods
            .iter()
            .find(|(flags, name, descriptor)| {
                name == "main"
                    && flags & access::PUBLIC != 0
                    && descriptor.starts_with("([Ljava/lang/String;)")
            })
            .map(|method| (class, method))
    });
    let Some((declaring, (flags, _, descriptor))) = found else {
        return Err(Exit::error(format!(
            "Error: Main method not found in class {binary_name}, please define the main method as:\n\
             {DEFINE_MAIN}\nor a JavaFX application class must extend javafx.application.Application"
        )));
    };
    let declaring_name = declaring.name.replace('/', ".");
    if flags & access::STATIC == 0 {
        return Err(Exit::error(format!(
            "Error: Main method is not static in class {declaring_name}, please define the main method as:\n{DEFINE_MAIN}"
        )));
    }
    if !descriptor.ends_with(")V") {
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
}
