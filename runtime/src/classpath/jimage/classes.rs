//! Walking the class files of an image, for whole-image checks and benchmarks.

use super::{JImage, JImageError, Location};

/// A class file stored in a jimage: its module, its internal name (`java/lang/Object`) and its
/// location. `module-info` classes are included, with the internal name `module-info`.
#[derive(Clone, Debug)]
pub struct ImageClass<'i> {
    /// The module that holds the class.
    pub module: &'i str,
    /// The class's internal (slash-separated) name.
    pub internal_name: String,
    /// Where the class's bytes are.
    pub location: Location,
}

impl JImage {
    /// Every `.class` resource of every module, in table order. The synthetic `/packages/...`
    /// and `/modules/...` directory entries and non-class resources are skipped.
    pub fn classes(&self) -> impl Iterator<Item = Result<ImageClass<'_>, JImageError>> + '_ {
        self.locations().filter_map(move |location| {
            let location = match location {
                Ok(location) => location,
                Err(error) => return Some(Err(error)),
            };
            match self.class_of(location) {
                Ok(class) => class.map(Ok),
                Err(error) => Some(Err(error)),
            }
        })
    }

    /// The class stored at `location`, or `None` if it is not a class file of a module.
    fn class_of(&self, location: Location) -> Result<Option<ImageClass<'_>>, JImageError> {
        let module = location.module(self)?;
        if module.is_empty() || module == "packages" || module == "modules" {
            return Ok(None);
        }
        let full_name = location.full_name(self)?;
        let internal_name = full_name
            .strip_prefix('/')
            .and_then(|rest| rest.strip_prefix(module))
            .and_then(|rest| rest.strip_prefix('/'))
            .and_then(|rest| rest.strip_suffix(".class"));
        Ok(internal_name.map(|internal_name| ImageClass {
            module,
            internal_name: internal_name.to_owned(),
            location,
        }))
    }
}
