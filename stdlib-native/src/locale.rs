//! The host locale as libjava reads it on Linux for `user.language`, `user.script`,
//! `user.country`, `user.variant` (and their `format`/`display` forms) and `file.encoding`:
//! `setlocale(LC_ALL, "")` (all of it falls back to "C" when any category names a locale glibc
//! lacks), then each category's name parsed as `language_country.encoding@variant` with
//! libjava's alias tables.

use crate::os;

/// A locale category whose name decides some properties.
#[derive(Clone, Copy, Debug)]
pub enum Category {
    /// `LC_CTYPE`: the format locale and the encoding.
    Ctype,
    /// `LC_MESSAGES`: the display locale.
    Messages,
}

/// A locale's parts as Java names them (`None` when absent).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct LocaleParts {
    /// ISO 639 language ("en").
    pub language: Option<String>,
    /// ISO 15924 script ("Latn").
    pub script: Option<String>,
    /// ISO 3166 country ("US").
    pub country: Option<String>,
    /// Variant ("NY").
    pub variant: Option<String>,
}

/// The name glibc gives `category` after `setlocale(LC_ALL, "")`: from `LC_ALL`, the
/// category's variable or `LANG` (first set), "C" when none is or when the environment names a
/// locale glibc does not have.
pub fn category_name(category: Category) -> String {
    if !os::environment_locale_valid() {
        return "C".to_string();
    }
    let own = match category {
        Category::Ctype => "LC_CTYPE",
        Category::Messages => "LC_MESSAGES",
    };
    ["LC_ALL", own, "LANG"]
        .iter()
        .find_map(|v| std::env::var(v).ok().filter(|s| !s.is_empty()))
        .unwrap_or_else(|| "C".to_string())
}

/// The `file.encoding` of the environment: the `LC_CTYPE` code set, with libjava's
/// adjustments.
pub fn encoding() -> String {
    let name = category_name(Category::Ctype);
    let resolved = resolve_alias(&name);
    let (_, encoding, _) = split(&resolved);
    if encoding == Some("ISO8859-15") {
        return "ISO8859-15".to_string();
    }
    let codeset = os::locale_codeset();
    match codeset.as_str() {
        "" => "ISO8859-1".to_string(),
        "646" => "ISO646-US".to_string(),
        "EUC-JP" => "EUC-JP-LINUX".to_string(),
        _ => codeset,
    }
}

/// Parses a locale name as libjava's `ParseLocale`.
pub fn parse(name: &str) -> LocaleParts {
    let name = if name == "C" || name == "POSIX" {
        "en_US"
    } else {
        name
    };
    let resolved = resolve_alias(name);
    let (base, _, variant) = split(&resolved);
    let (language, country) = match base.split_once('_') {
        Some((l, c)) => (l, Some(c)),
        None => (base, None),
    };
    LocaleParts {
        language: Some(
            lookup(LANGUAGE_NAMES, language)
                .unwrap_or(language)
                .to_string(),
        ),
        script: variant
            .and_then(|v| lookup(SCRIPT_NAMES, v))
            .map(str::to_string),
        country: country.map(|c| lookup(COUNTRY_NAMES, c).unwrap_or(c).to_string()),
        variant: variant
            .and_then(|v| lookup(VARIANT_NAMES, v))
            .map(str::to_string),
    }
}

/// `name` with its base (before '.' or '@') replaced by the alias's full name, keeping the
/// original encoding and variant unless the alias brings its own.
fn resolve_alias(name: &str) -> String {
    let cut = name
        .find('.')
        .or_else(|| name.find('@'))
        .unwrap_or(name.len());
    let (base, rest) = name.split_at(cut);
    match lookup(LOCALE_ALIASES, base) {
        Some(full) if full.contains('.') || full.contains('@') => full.to_string(),
        Some(full) => format!("{full}{rest}"),
        None => name.to_string(),
    }
}

/// Splits `language_country.encoding@variant` into (base, encoding, variant).
fn split(name: &str) -> (&str, Option<&str>, Option<&str>) {
    let (rest, variant) = match name.split_once('@') {
        Some((r, v)) => (r, Some(v)),
        None => (name, None),
    };
    match rest.split_once('.') {
        Some((base, encoding)) => (base, Some(encoding), variant),
        None => (rest, None, variant),
    }
}

fn lookup(table: &[(&'static str, &'static str)], key: &str) -> Option<&'static str> {
    table.iter().find(|(k, _)| *k == key).map(|(_, v)| *v)
}

/// Partial locale names and the full names libjava gives them (Linux).
const LOCALE_ALIASES: &[(&str, &str)] = &[
    ("ar", "ar_EG"),
    ("be", "be_BY"),
    ("bg", "bg_BG"),
    ("br", "br_FR"),
    ("ca", "ca_ES"),
    ("cs", "cs_CZ"),
    ("cz", "cs_CZ"),
    ("da", "da_DK"),
    ("de", "de_DE"),
    ("el", "el_GR"),
    ("en", "en_US"),
    ("eo", "eo"),
    ("es", "es_ES"),
    ("et", "et_EE"),
    ("eu", "eu_ES"),
    ("fi", "fi_FI"),
    ("fr", "fr_FR"),
    ("ga", "ga_IE"),
    ("gl", "gl_ES"),
    ("he", "iw_IL"),
    ("hr", "hr_HR"),
    ("hs", "en_US"),
    ("hu", "hu_HU"),
    ("id", "in_ID"),
    ("in", "in_ID"),
    ("is", "is_IS"),
    ("it", "it_IT"),
    ("iw", "iw_IL"),
    ("ja", "ja_JP"),
    ("kl", "kl_GL"),
    ("ko", "ko_KR"),
    ("lt", "lt_LT"),
    ("lv", "lv_LV"),
    ("mk", "mk_MK"),
    ("nl", "nl_NL"),
    ("no", "no_NO"),
    ("pl", "pl_PL"),
    ("pt", "pt_PT"),
    ("ro", "ro_RO"),
    ("ru", "ru_RU"),
    ("se", "se_NO"),
    ("sk", "sk_SK"),
    ("sl", "sl_SI"),
    ("sq", "sq_AL"),
    ("sr", "sr_CS"),
    ("su", "fi_FI"),
    ("sv", "sv_SE"),
    ("th", "th_TH"),
    ("tr", "tr_TR"),
    ("ua", "en_US"),
    ("uk", "uk_UA"),
    ("vi", "vi_VN"),
    ("wa", "wa_BE"),
    ("zh", "zh_CN"),
    ("bokmal", "nb_NO"),
    ("bokm\u{e5}l", "nb_NO"),
    ("catalan", "ca_ES"),
    ("croatian", "hr_HR"),
    ("czech", "cs_CZ"),
    ("danish", "da_DK"),
    ("dansk", "da_DK"),
    ("deutsch", "de_DE"),
    ("dutch", "nl_NL"),
    ("eesti", "et_EE"),
    ("estonian", "et_EE"),
    ("finnish", "fi_FI"),
    ("fran\u{e7}ais", "fr_FR"),
    ("french", "fr_FR"),
    ("galego", "gl_ES"),
    ("galician", "gl_ES"),
    ("german", "de_DE"),
    ("greek", "el_GR"),
    ("hebrew", "iw_IL"),
    ("hrvatski", "hr_HR"),
    ("hungarian", "hu_HU"),
    ("icelandic", "is_IS"),
    ("italian", "it_IT"),
    ("japanese", "ja_JP"),
    ("korean", "ko_KR"),
    ("lithuanian", "lt_LT"),
    ("norwegian", "no_NO"),
    ("nynorsk", "nn_NO"),
    ("polish", "pl_PL"),
    ("portuguese", "pt_PT"),
    ("romanian", "ro_RO"),
    ("russian", "ru_RU"),
    ("slovak", "sk_SK"),
    ("slovene", "sl_SI"),
    ("slovenian", "sl_SI"),
    ("spanish", "es_ES"),
    ("swedish", "sv_SE"),
    ("thai", "th_TH"),
    ("turkish", "tr_TR"),
];

/// Language names and their ISO 639 codes as libjava maps them.
const LANGUAGE_NAMES: &[(&str, &str)] = &[
    ("C", "en"),
    ("POSIX", "en"),
    ("cz", "cs"),
    ("he", "iw"),
    ("hs", "en"),
    ("id", "in"),
    ("sh", "sr"),
    ("su", "fi"),
    ("ua", "en"),
    ("catalan", "ca"),
    ("croatian", "hr"),
    ("czech", "cs"),
    ("danish", "da"),
    ("dansk", "da"),
    ("deutsch", "de"),
    ("dutch", "nl"),
    ("finnish", "fi"),
    ("fran\u{e7}ais", "fr"),
    ("french", "fr"),
    ("german", "de"),
    ("greek", "el"),
    ("hebrew", "he"),
    ("hrvatski", "hr"),
    ("hungarian", "hu"),
    ("icelandic", "is"),
    ("italian", "it"),
    ("japanese", "ja"),
    ("norwegian", "no"),
    ("polish", "pl"),
    ("portuguese", "pt"),
    ("romanian", "ro"),
    ("russian", "ru"),
    ("slovak", "sk"),
    ("slovene", "sl"),
    ("slovenian", "sl"),
    ("spanish", "es"),
    ("swedish", "sv"),
    ("turkish", "tr"),
    ("chinese", "zh"),
    ("korean", "ko"),
];

/// Locale modifiers naming scripts.
const SCRIPT_NAMES: &[(&str, &str)] = &[
    ("cyrillic", "Cyrl"),
    ("devanagari", "Deva"),
    ("iqtelif", "Latn"),
    ("latin", "Latn"),
    ("Arab", "Arab"),
    ("Cyrl", "Cyrl"),
    ("Deva", "Deva"),
    ("Ethi", "Ethi"),
    ("Hans", "Hans"),
    ("Hant", "Hant"),
    ("Latn", "Latn"),
    ("Sund", "Sund"),
    ("Syrc", "Syrc"),
    ("Tfng", "Tfng"),
];

/// Country names libjava replaces.
const COUNTRY_NAMES: &[(&str, &str)] = &[("RN", "US"), ("YU", "CS")];

/// Locale modifiers naming Java variants.
const VARIANT_NAMES: &[(&str, &str)] = &[("nynorsk", "NY")];

#[cfg(test)]
mod tests {
    use super::{LocaleParts, parse};

    fn parts(l: &str, s: Option<&str>, c: Option<&str>, v: Option<&str>) -> LocaleParts {
        LocaleParts {
            language: Some(l.to_string()),
            script: s.map(str::to_string),
            country: c.map(str::to_string),
            variant: v.map(str::to_string),
        }
    }

    #[test]
    fn locale_names_parse_as_libjava() {
        assert_eq!(parse("C"), parts("en", None, Some("US"), None));
        assert_eq!(parse("C.UTF-8"), parts("en", None, None, None));
        assert_eq!(parse("de_DE.UTF-8"), parts("de", None, Some("DE"), None));
        assert_eq!(parse("fr"), parts("fr", None, Some("FR"), None));
        assert_eq!(parse("he_IL.UTF-8"), parts("iw", None, Some("IL"), None));
        assert_eq!(
            parse("sr_RS@latin"),
            parts("sr", Some("Latn"), Some("RS"), None)
        );
        assert_eq!(
            parse("no_NO@nynorsk"),
            parts("no", None, Some("NO"), Some("NY"))
        );
        assert_eq!(
            parse("german.ISO8859-1"),
            parts("de", None, Some("DE"), None)
        );
    }
}
