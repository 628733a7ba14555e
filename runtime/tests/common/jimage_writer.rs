//! Writes small jimage files for tests: the index layout, the perfect-hash redirect table and
//! the location attribute streams as the JDK's jlink lays them out.

use std::collections::HashMap;

const HASH_MULTIPLIER: u32 = 0x0100_0193;

/// The image string hash.
pub fn hash(name: &[u8], seed: u32) -> u32 {
    let mut h = seed;
    for &b in name {
        h = h.wrapping_mul(HASH_MULTIPLIER) ^ u32::from(b);
    }
    h & 0x7FFF_FFFF
}

/// A resource to put into the image: its full name and its stored bytes. `uncompressed_size`
/// differs from the stored length only for compressed resources.
pub struct Resource {
    pub name: String,
    pub stored: Vec<u8>,
    pub compressed: bool,
    pub uncompressed_size: u64,
}

impl Resource {
    /// A resource stored uncompressed.
    pub fn plain(name: &str, content: &[u8]) -> Resource {
        Resource {
            name: name.to_string(),
            stored: content.to_vec(),
            compressed: false,
            uncompressed_size: content.len() as u64,
        }
    }
}

/// The strings table under construction: deduplicated NUL-terminated strings, "" at offset 0.
#[derive(Default)]
pub struct Strings {
    bytes: Vec<u8>,
    offsets: HashMap<Vec<u8>, u32>,
}

impl Strings {
    pub fn new() -> Strings {
        let mut strings = Strings::default();
        strings.add(b"");
        strings
    }

    /// The offset of `text`, adding it when new.
    pub fn add(&mut self, text: &[u8]) -> u32 {
        if let Some(&offset) = self.offsets.get(text) {
            return offset;
        }
        let offset = self.bytes.len() as u32;
        self.bytes.extend_from_slice(text);
        self.bytes.push(0);
        self.offsets.insert(text.to_vec(), offset);
        offset
    }
}

/// Splits `/module/parent/base.ext` as jlink does.
fn split_name(name: &str) -> (&str, &str, &str, &str) {
    let rest = name.strip_prefix('/').unwrap_or(name);
    let (module, rest) = match name.starts_with('/') {
        true => rest.split_once('/').unwrap_or((rest, "")),
        false => ("", rest),
    };
    let (parent, file) = rest.rsplit_once('/').unwrap_or(("", rest));
    let (base, extension) = file.rsplit_once('.').unwrap_or((file, ""));
    (module, parent, base, extension)
}

fn push_attribute(stream: &mut Vec<u8>, kind: u8, value: u64) {
    let length = (8 - value.leading_zeros() as usize / 8).max(1);
    stream.push(kind << 3 | (length as u8 - 1));
    stream.extend_from_slice(&value.to_be_bytes()[8 - length..]);
}

/// Builds the redirect table and the slot of each name (a perfect hash).
fn perfect_hash(names: &[&[u8]]) -> (Vec<i32>, Vec<usize>) {
    let length = names.len();
    let mut buckets: Vec<Vec<usize>> = vec![Vec::new(); length];
    for (i, name) in names.iter().enumerate() {
        buckets[hash(name, HASH_MULTIPLIER) as usize % length].push(i);
    }
    let mut order: Vec<usize> = (0..length).collect();
    order.sort_by_key(|&b| std::cmp::Reverse(buckets[b].len()));
    let mut redirect = vec![0i32; length];
    let mut slot_of = vec![usize::MAX; length];
    let mut taken = vec![false; length];
    for bucket in order {
        match buckets[bucket].len() {
            0 => {}
            1 => {
                let free = taken.iter().position(|t| !t).expect("a free slot");
                taken[free] = true;
                slot_of[buckets[bucket][0]] = free;
                redirect[bucket] = -1 - free as i32;
            }
            _ => {
                // With an even table length the hash's parity ignores the seed, so some name
                // sets have no seed at all: give up loudly instead of looping.
                let mut placed = false;
                'seeds: for seed in 1u32..1_000_000 {
                    let slots: Vec<usize> = buckets[bucket]
                        .iter()
                        .map(|&i| hash(names[i], seed) as usize % length)
                        .collect();
                    for (k, s) in slots.iter().enumerate() {
                        if taken[*s] || slots[..k].contains(s) {
                            continue 'seeds;
                        }
                    }
                    for (&i, &s) in buckets[bucket].iter().zip(&slots) {
                        taken[s] = true;
                        slot_of[i] = s;
                    }
                    redirect[bucket] = seed as i32;
                    placed = true;
                    break;
                }
                assert!(
                    placed,
                    "no perfect hash for these names; add or rename a resource"
                );
            }
        }
    }
    (redirect, slot_of)
}

/// Writes a little-endian image holding `resources`; `strings` may hold extra strings
/// (decompressor names, shared constant-pool strings) the resources refer to.
pub fn write_image(resources: &[Resource], strings: Strings) -> Vec<u8> {
    write_image_in_order(resources, strings, false)
}

/// [`write_image`] in either byte order (location attributes are big-endian in both).
pub fn write_image_in_order(
    resources: &[Resource],
    mut strings: Strings,
    big_endian: bool,
) -> Vec<u8> {
    let word = |value: u32| {
        if big_endian {
            value.to_be_bytes()
        } else {
            value.to_le_bytes()
        }
    };
    let names: Vec<&[u8]> = resources.iter().map(|r| r.name.as_bytes()).collect();
    let (redirect, slot_of) = perfect_hash(&names);
    let mut locations = vec![0u8]; // offset 0: an empty location, never referenced
    let mut offsets = vec![0u32; resources.len()];
    let mut data = Vec::new();
    for (i, resource) in resources.iter().enumerate() {
        let (module, parent, base, extension) = split_name(&resource.name);
        offsets[slot_of[i]] = locations.len() as u32;
        let mut attribute = |kind: u8, value: u64| push_attribute(&mut locations, kind, value);
        attribute(1, u64::from(strings.add(module.as_bytes())));
        attribute(2, u64::from(strings.add(parent.as_bytes())));
        attribute(3, u64::from(strings.add(base.as_bytes())));
        attribute(4, u64::from(strings.add(extension.as_bytes())));
        attribute(5, data.len() as u64);
        let compressed = if resource.compressed {
            resource.stored.len() as u64
        } else {
            0
        };
        attribute(6, compressed);
        attribute(7, resource.uncompressed_size);
        locations.push(0);
        data.extend_from_slice(&resource.stored);
    }
    let mut image = Vec::new();
    let header = [
        0xCAFE_DADA,
        1 << 16,
        0,
        resources.len() as u32,
        resources.len() as u32,
        locations.len() as u32,
        strings.bytes.len() as u32,
    ];
    for value in header {
        image.extend_from_slice(&word(value));
    }
    for r in redirect {
        image.extend_from_slice(&word(r as u32));
    }
    for o in offsets {
        image.extend_from_slice(&word(o));
    }
    image.extend_from_slice(&locations);
    image.extend_from_slice(&strings.bytes);
    image.extend_from_slice(&data);
    image
}

/// The 29-byte header of a compressed resource (little-endian).
pub fn compressed_header(compressed: u64, uncompressed: u64, decompressor: u32) -> Vec<u8> {
    let mut header = Vec::new();
    header.extend_from_slice(&0xCAFE_FAFAu32.to_le_bytes());
    header.extend_from_slice(&compressed.to_le_bytes());
    header.extend_from_slice(&uncompressed.to_le_bytes());
    header.extend_from_slice(&decompressor.to_le_bytes());
    header.extend_from_slice(&0u32.to_le_bytes());
    header.push(1);
    header
}
