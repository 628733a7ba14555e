//! Printing a `StackMapTable` attribute as HotSpot does in `Exception Details:`.

use std::fmt::Write;

struct Bytes<'a> {
    data: &'a [u8],
    pos: usize,
}

impl Bytes<'_> {
    fn u1(&mut self) -> Option<u8> {
        let b = *self.data.get(self.pos)?;
        self.pos += 1;
        Some(b)
    }

    fn u2(&mut self) -> Option<u16> {
        Some(u16::from(self.u1()?) << 8 | u16::from(self.u1()?))
    }

    fn type_info(&mut self) -> Option<String> {
        Some(match self.u1()? {
            0 => "Top".to_owned(),
            1 => "Integer".to_owned(),
            2 => "Float".to_owned(),
            3 => "Double".to_owned(),
            4 => "Long".to_owned(),
            5 => "Null".to_owned(),
            6 => "UninitializedThis".to_owned(),
            7 => format!("Object[#{}]", self.u2()?),
            8 => format!("Uninitialized[#{}]", self.u2()?),
            tag => format!("BAD:{tag}"),
        })
    }

    fn type_list(&mut self, count: usize) -> Option<String> {
        let types: Option<Vec<String>> = (0..count).map(|_| self.type_info()).collect();
        Some(types?.join(","))
    }
}

/// One frame: its text, or the truncated form if the attribute ends inside it; `None` at a
/// frame that cannot be printed at all.
fn frame(bytes: &mut Bytes<'_>, offset: &mut i32) -> Result<String, String> {
    let frame_type = bytes.u1().ok_or_else(String::new)?;
    let at = |delta: i32, offset: &mut i32| {
        *offset += delta;
        *offset
    };
    match frame_type {
        0..=63 => Ok(format!(
            "same_frame(@{})",
            at(i32::from(frame_type) + 1, offset)
        )),
        64..=127 => {
            let o = at(i32::from(frame_type) - 63, offset);
            bytes.type_info().map(|t| format!("same_locals_1_stack_item_frame(@{o},{t})")).ok_or_else(
                || format!("same_locals_1_stack_item_frame(@{o}), output truncated, Stackmap exceeds table size."),
            )
        }
        247 => {
            let delta = bytes.u2().ok_or_else(String::new)?;
            let o = at(i32::from(delta) + 1, offset);
            bytes.type_info().map(|t| format!("same_locals_1_stack_item_extended(@{o},{t})")).ok_or_else(
                || format!("same_locals_1_stack_item_extended(@{o}), output truncated, Stackmap exceeds table size."),
            )
        }
        248..=250 => {
            let delta = bytes.u2().ok_or_else(String::new)?;
            Ok(format!(
                "chop_frame(@{},{})",
                at(i32::from(delta) + 1, offset),
                251 - frame_type
            ))
        }
        251 => {
            let delta = bytes.u2().ok_or_else(String::new)?;
            Ok(format!(
                "same_frame_extended(@{})",
                at(i32::from(delta) + 1, offset)
            ))
        }
        252..=254 => {
            let delta = bytes.u2().ok_or_else(String::new)?;
            let o = at(i32::from(delta) + 1, offset);
            bytes
                .type_list(usize::from(frame_type - 251))
                .map(|t| format!("append_frame(@{o},{t})"))
                .ok_or_else(|| {
                    format!("append_frame(@{o}), output truncated, Stackmap exceeds table size.")
                })
        }
        255 => {
            let delta = bytes.u2().ok_or_else(String::new)?;
            let o = at(i32::from(delta) + 1, offset);
            let truncated =
                || format!("full_frame(@{o}), output truncated, Stackmap exceeds table size.");
            let locals = bytes
                .u2()
                .and_then(|n| bytes.type_list(n.into()))
                .ok_or_else(truncated)?;
            let stack = bytes
                .u2()
                .and_then(|n| bytes.type_list(n.into()))
                .ok_or_else(truncated)?;
            Ok(format!("full_frame(@{o},{{{locals}}},{{{stack}}})"))
        }
        _ => Err(String::new()),
    }
}

/// Appends the frames of a `StackMapTable` body, one per line, indented by four spaces.
pub fn print_table(data: &[u8], out: &mut String) {
    let mut bytes = Bytes { data, pos: 0 };
    let Some(count) = bytes.u2() else { return };
    let mut offset = -1;
    for _ in 0..count {
        match frame(&mut bytes, &mut offset) {
            Ok(text) => {
                let _ = writeln!(out, "    {text}");
            }
            Err(text) => {
                if !text.is_empty() {
                    let _ = writeln!(out, "    {text}");
                }
                return;
            }
        }
    }
}
