//! `-XX:` flags: the ones Cortado knows, and HotSpot's errors for the rest.
//!
//! `-XX:+Name` and `-XX:-Name` set a boolean flag; `-XX:Name=value` any other. A flag missing
//! from [`FLAGS`] is rejected as HotSpot rejects flags it does not have (`Unrecognized VM
//! option`), with HotSpot's suggestion of a close name from the table.

use super::sizes::parse_flag_integer;

/// The type of a flag, with the range of numeric ones.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FlagType {
    /// `bool`.
    Bool,
    /// `intx` (signed 64 bits) in `min..=max`.
    Intx {
        /// Smallest value.
        min: i64,
        /// Largest value.
        max: i64,
    },
    /// `size_t` (unsigned 64 bits), any value.
    Size,
}

/// A flag Cortado accepts.
#[derive(Clone, Copy, Debug)]
pub struct FlagSpec {
    /// The flag's name, as after `-XX:`.
    pub name: &'static str,
    /// Its type.
    pub ty: FlagType,
    /// Its value when not given (for numeric flags that depend on the machine, HotSpot's value
    /// on 64-bit Linux).
    pub default: FlagValue,
}

/// The value of a flag.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FlagValue {
    /// A boolean flag's value.
    Bool(bool),
    /// An `intx` flag's value.
    Intx(i64),
    /// A `size_t` flag's value.
    Size(u64),
}

const fn flag(name: &'static str, ty: FlagType, default: FlagValue) -> FlagSpec {
    FlagSpec { name, ty, default }
}

const fn boolean(name: &'static str, default: bool) -> FlagSpec {
    flag(name, FlagType::Bool, FlagValue::Bool(default))
}

const fn intx(name: &'static str, min: i64, max: i64, default: i64) -> FlagSpec {
    flag(name, FlagType::Intx { min, max }, FlagValue::Intx(default))
}

const fn size(name: &'static str, default: u64) -> FlagSpec {
    flag(name, FlagType::Size, FlagValue::Size(default))
}

/// The flags Cortado accepts, with HotSpot 17's types, ranges and defaults. The heap sizes'
/// defaults of 0 mean "chosen from the machine's memory".
pub const FLAGS: &[FlagSpec] = &[
    boolean("BackgroundCompilation", true),
    boolean("ClassUnloading", true),
    boolean("DisableExplicitGC", false),
    boolean("GCStress", false),
    boolean("OmitStackTraceInFastThrow", true),
    boolean("PrintCompilation", false),
    boolean("ShowCodeDetailsInExceptionMessages", true),
    boolean("StackTraceInThrowable", true),
    boolean("TieredCompilation", true),
    boolean("UnlockDiagnosticVMOptions", false),
    boolean("UnlockExperimentalVMOptions", false),
    boolean("UseCompiler", true),
    boolean("UseOnStackReplacement", true),
    boolean("UseSerialGC", false),
    boolean("UseTLAB", true),
    size("InitialHeapSize", 0),
    size("MaxHeapSize", 0),
    size("MaxNewSize", 0),
    size("MinHeapSize", 0),
    size("NewSize", 0),
    intx("GCStressInterval", 1, i64::MAX, 1),
    intx("MaxJavaStackTraceDepth", 0, 1_073_741_823, 1024),
    intx("SoftRefLRUPolicyMSPerMB", 0, i64::MAX, 1000),
    intx("ThreadStackSize", 0, 1_048_576, 1024),
    intx("TieredStopAtLevel", 0, 4, 4),
];

/// Looks a flag up by name.
pub fn find_flag(name: &str) -> Option<&'static FlagSpec> {
    FLAGS.iter().find(|spec| spec.name == name)
}

/// A flag set on the command line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FlagSetting {
    /// The flag's name.
    pub name: &'static str,
    /// The value given.
    pub value: FlagValue,
}

/// Parses the text after `-XX:`. The error is HotSpot's message, lines ending with `\n` except
/// for the suggestion, which HotSpot leaves open.
pub fn parse_xx(text: &str) -> Result<FlagSetting, String> {
    let (sign, rest) = match text.as_bytes().first() {
        Some(b'+') => (Some(true), &text[1..]),
        Some(b'-') => (Some(false), &text[1..]),
        _ => (None, text),
    };
    let (name, value) = match rest.split_once('=') {
        Some((name, value)) if sign.is_none() => (name, Some(value)),
        _ => (rest, None),
    };
    let Some(spec) = find_flag(name) else {
        let shown = if sign.is_some() { rest } else { text };
        return Err(unrecognized(shown));
    };
    match (spec.ty, sign, value) {
        (FlagType::Bool, Some(on), _) => Ok(FlagSetting {
            name: spec.name,
            value: FlagValue::Bool(on),
        }),
        (FlagType::Bool, None, _) => Err(format!("Missing +/- setting for VM option '{text}'\n")),
        (_, Some(_), _) => Err(format!("Unexpected +/- setting in VM option '{rest}'\n")),
        (ty, None, value) => {
            let improper = || format!("Improperly specified VM option '{text}'\n");
            let value = value.ok_or_else(improper)?;
            numeric_value(spec, ty, value).map_err(|range_error| match range_error {
                Some(message) => format!("{message}{}", improper()),
                None => improper(),
            })
        }
    }
}

/// Reads a numeric flag's value: `Err(None)` when unreadable, `Err(Some(message))` when out of
/// range.
fn numeric_value(spec: &FlagSpec, ty: FlagType, text: &str) -> Result<FlagSetting, Option<String>> {
    let value = match ty {
        FlagType::Intx { min, max } => {
            let n = parse_flag_integer(text, true).ok_or(None)?;
            let n = i64::try_from(n).map_err(|_| None)?;
            if n < min || n > max {
                return Err(Some(format!(
                    "intx {}={n} is outside the allowed range [ {min} ... {max} ]\n",
                    spec.name
                )));
            }
            FlagValue::Intx(n)
        }
        FlagType::Size => {
            let n = parse_flag_integer(text, false).ok_or(None)?;
            FlagValue::Size(u64::try_from(n).map_err(|_| None)?)
        }
        FlagType::Bool => return Err(None),
    };
    Ok(FlagSetting {
        name: spec.name,
        value,
    })
}

/// `Unrecognized VM option '...'`, with HotSpot's `Did you mean` when a known flag is close.
fn unrecognized(shown: &str) -> String {
    let mut message = format!("Unrecognized VM option '{shown}'\n");
    let name = shown.split('=').next().unwrap_or(shown);
    if let Some(close) = closest_flag(name) {
        if close.ty == FlagType::Bool {
            message.push_str(&format!("Did you mean '(+/-){}'? ", close.name));
        } else {
            message.push_str(&format!("Did you mean '{}=<value>'? ", close.name));
        }
    }
    message
}

/// The known flag most similar to `name`, when the similarity is above 0.7.
fn closest_flag(name: &str) -> Option<&'static FlagSpec> {
    let mut best: Option<(&FlagSpec, f64)> = None;
    for spec in FLAGS {
        let score = similarity(name.as_bytes(), spec.name.as_bytes());
        if score > 0.7 && best.is_none_or(|(_, best_score)| score > best_score) {
            best = Some((spec, score));
        }
    }
    best.map(|(spec, _)| spec)
}

/// Similarity of two names: twice the number of adjacent character pairs of `a` also found
/// in `b`, over the total length.
fn similarity(a: &[u8], b: &[u8]) -> f64 {
    let total = a.len() + b.len();
    if total == 0 {
        return 0.0;
    }
    let hits = a
        .windows(2)
        .filter(|pair| b.windows(2).any(|other| other == *pair))
        .count();
    2.0 * hits as f64 / total as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn booleans() {
        assert_eq!(
            parse_xx("+UseSerialGC"),
            Ok(FlagSetting {
                name: "UseSerialGC",
                value: FlagValue::Bool(true)
            })
        );
        assert_eq!(
            parse_xx("-UseTLAB").map(|s| s.value),
            Ok(FlagValue::Bool(false))
        );
        assert_eq!(
            parse_xx("UseSerialGC=true"),
            Err("Missing +/- setting for VM option 'UseSerialGC=true'\n".into())
        );
        assert_eq!(
            parse_xx("UseSerialGC"),
            Err("Missing +/- setting for VM option 'UseSerialGC'\n".into())
        );
    }

    #[test]
    fn numbers() {
        assert_eq!(
            parse_xx("TieredStopAtLevel=1").map(|s| s.value),
            Ok(FlagValue::Intx(1))
        );
        assert_eq!(
            parse_xx("TieredStopAtLevel=01").map(|s| s.value),
            Ok(FlagValue::Intx(1))
        );
        assert_eq!(
            parse_xx("MaxNewSize=0x10k").map(|s| s.value),
            Ok(FlagValue::Size(16 * 1024))
        );
        assert_eq!(
            parse_xx("TieredStopAtLevel=9"),
            Err(
                "intx TieredStopAtLevel=9 is outside the allowed range [ 0 ... 4 ]\n\
                 Improperly specified VM option 'TieredStopAtLevel=9'\n"
                    .into()
            )
        );
        assert_eq!(
            parse_xx("SoftRefLRUPolicyMSPerMB=-1"),
            Err(
                "intx SoftRefLRUPolicyMSPerMB=-1 is outside the allowed range \
                 [ 0 ... 9223372036854775807 ]\n\
                 Improperly specified VM option 'SoftRefLRUPolicyMSPerMB=-1'\n"
                    .into()
            )
        );
        for bad in [
            "TieredStopAtLevel=x",
            "TieredStopAtLevel=",
            "TieredStopAtLevel",
            "NewSize=-1",
        ] {
            assert_eq!(
                parse_xx(bad),
                Err(format!("Improperly specified VM option '{bad}'\n")),
            );
        }
        assert_eq!(
            parse_xx("+TieredStopAtLevel"),
            Err("Unexpected +/- setting in VM option 'TieredStopAtLevel'\n".into())
        );
        assert_eq!(
            parse_xx("SoftRefLRUPolicyMSPerMB=99999999999999999999"),
            Err(
                "Improperly specified VM option 'SoftRefLRUPolicyMSPerMB=99999999999999999999'\n"
                    .into()
            )
        );
    }

    #[test]
    fn unknown_flags() {
        assert_eq!(
            parse_xx("+Foo"),
            Err("Unrecognized VM option 'Foo'\n".into())
        );
        assert_eq!(
            parse_xx("Foo=1"),
            Err("Unrecognized VM option 'Foo=1'\n".into())
        );
        assert_eq!(parse_xx(""), Err("Unrecognized VM option ''\n".into()));
        assert_eq!(parse_xx("+"), Err("Unrecognized VM option ''\n".into()));
        assert_eq!(
            parse_xx("+UseSerialG"),
            Err("Unrecognized VM option 'UseSerialG'\nDid you mean '(+/-)UseSerialGC'? ".into())
        );
        assert_eq!(
            parse_xx("TieredStopAtLeve=1"),
            Err("Unrecognized VM option 'TieredStopAtLeve=1'\n\
                 Did you mean 'TieredStopAtLevel=<value>'? "
                .into())
        );
    }

    #[test]
    fn similarity_scores() {
        assert_eq!(similarity(b"abc", b"abc"), 2.0 * 2.0 / 6.0);
        assert_eq!(similarity(b"", b""), 0.0);
        assert_eq!(similarity(b"a", b"b"), 0.0);
    }
}
