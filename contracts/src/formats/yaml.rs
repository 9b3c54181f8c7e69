//! YAML text of a JSON value tree that YAML 1.1 and YAML 1.2 readers read back as the same
//! tree.
//!
//! yaml_serde (like serde_yaml before it) quotes only what YAML 1.2 would read as something
//! other than text, so it writes `no`, `On`, `8:00`, `1_000`, `2026-01-01` and `=` plain. A
//! YAML 1.1 reader — PyYAML, which datacontract-cli and most Python ODCS tools read with,
//! SnakeYAML, Ruby's Psych — takes those for a boolean, a number (`8:00` is 480), a date, or
//! refuses the document (`=`, a "value" tag PyYAML cannot construct); a contract named `On` is
//! then not valid ODCS there. This writer quotes such text too. Otherwise it writes what
//! yaml_serde writes (block style, two spaces, a sequence in a mapping not indented, text with
//! line breaks as a literal block, `{}` and `[]` for empty collections), so an ordinary
//! document comes out byte for byte as before; it also writes emoji as they are instead of
//! `\U` escapes, and floats with a decimal point and a signed exponent (`1.0e+20`, which
//! YAML 1.1 reads as a number, not `1e20`, which it reads as text).

pub mod limits;

use serde_json::{Map, Number, Value};

/// YAML 1.1 (and most readers) allow an implicit key of at most 1024 characters; a longer one
/// is written as an explicit `? key`.
const MAX_SIMPLE_KEY: usize = 1024;

/// Plain scalars a YAML 1.1 reader takes for booleans (the spec's list; PyYAML leaves out the
/// one-letter ones) or null, or refuses (`=` and `<<` carry tags of their own).
const YAML_1_1_WORDS: [&str; 28] = [
    "y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO", "true", "True", "TRUE", "false",
    "False", "FALSE", "on", "On", "ON", "off", "Off", "OFF", "null", "Null", "NULL", "~", "=",
    "<<",
];

/// The YAML text of `value`, ending with a line break.
pub fn to_string(value: &Value) -> String {
    let mut out = String::new();
    match value {
        Value::Object(map) if !map.is_empty() => mapping(&mut out, map, 0),
        Value::Array(items) if !items.is_empty() => sequence(&mut out, items, 0),
        scalar => {
            write_scalar(&mut out, scalar, 2);
            out.push('\n');
        }
    }
    out
}

/// Writes `map`'s entries at `indent`: the first where the line stands (at its indentation or
/// after `- `), the others on lines of their own.
fn mapping(out: &mut String, map: &Map<String, Value>, indent: usize) {
    for (i, (key, value)) in map.iter().enumerate() {
        if i > 0 {
            pad(out, indent);
        }
        let key_text = simple_key(key);
        if key_text.chars().count() <= MAX_SIMPLE_KEY {
            out.push_str(&key_text);
            out.push(':');
            after_key(out, value, indent);
        } else {
            // `? key`, then `:` and the value, always one level in.
            out.push_str("? ");
            out.push_str(&key_text);
            out.push('\n');
            pad(out, indent);
            out.push(':');
            match value {
                Value::Object(map) if !map.is_empty() => {
                    out.push('\n');
                    pad(out, indent + 2);
                    mapping(out, map, indent + 2);
                }
                Value::Array(items) if !items.is_empty() => {
                    out.push('\n');
                    pad(out, indent + 2);
                    sequence(out, items, indent + 2);
                }
                scalar => {
                    out.push(' ');
                    write_scalar(out, scalar, indent + 2);
                    out.push('\n');
                }
            }
        }
    }
}

/// Writes the value of a key at `indent`, the key and its colon written.
fn after_key(out: &mut String, value: &Value, indent: usize) {
    match value {
        Value::Object(map) if !map.is_empty() => {
            out.push('\n');
            pad(out, indent + 2);
            mapping(out, map, indent + 2);
        }
        Value::Array(items) if !items.is_empty() => {
            out.push('\n');
            pad(out, indent);
            sequence(out, items, indent);
        }
        scalar => {
            out.push(' ');
            write_scalar(out, scalar, indent + 2);
            out.push('\n');
        }
    }
}

/// Writes `items` as `- item` lines at `indent`, the first where the line stands.
fn sequence(out: &mut String, items: &[Value], indent: usize) {
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            pad(out, indent);
        }
        out.push_str("- ");
        match item {
            Value::Object(map) if !map.is_empty() => mapping(out, map, indent + 2),
            Value::Array(items) if !items.is_empty() => sequence(out, items, indent + 2),
            scalar => {
                write_scalar(out, scalar, indent + 2);
                out.push('\n');
            }
        }
    }
}

fn pad(out: &mut String, indent: usize) {
    out.extend(std::iter::repeat_n(' ', indent));
}

/// Writes a scalar (or an empty collection); a literal block's lines go at `block_indent`.
fn write_scalar(out: &mut String, value: &Value, block_indent: usize) {
    match value {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Number(n) => out.push_str(&number(n)),
        Value::String(s) => string(out, s, block_indent),
        Value::Array(_) => out.push_str("[]"),
        Value::Object(_) => out.push_str("{}"),
    }
}

/// A number as YAML 1.1 and 1.2 both read it: integers as they are, floats with a decimal
/// point and, when they have an exponent, a signed one (`1e20` is text to YAML 1.1).
fn number(n: &Number) -> String {
    let text = n.to_string();
    if !n.is_f64() {
        return text;
    }
    let (mantissa, exponent) = match text.split_once(['e', 'E']) {
        Some((mantissa, exponent)) => (mantissa, Some(exponent)),
        None => (text.as_str(), None),
    };
    let mut out = mantissa.to_owned();
    if !mantissa.contains('.') {
        out.push_str(".0");
    }
    if let Some(exponent) = exponent {
        out.push('e');
        if !exponent.starts_with(['+', '-']) {
            out.push('+');
        }
        out.push_str(exponent);
    }
    out
}

/// Text as a value: plain when every reader reads it back as this text, else a literal block
/// (several lines), single quotes, or double quotes with escapes.
fn string(out: &mut String, s: &str, block_indent: usize) {
    if is_plain(s) {
        out.push_str(s);
    } else if s.contains('\n') && literal_fits(s) {
        literal(out, s, block_indent);
    } else if s.chars().all(is_safe) {
        single_quoted(out, s);
    } else {
        double_quoted(out, s);
    }
}

/// Text as a key: as a value, but never a block.
fn simple_key(key: &str) -> String {
    let mut out = String::new();
    if is_plain(key) {
        out.push_str(key);
    } else if key.chars().all(is_safe) {
        single_quoted(&mut out, key);
    } else {
        double_quoted(&mut out, key);
    }
    out
}

/// Whether `c` stands for itself in any YAML scalar of one line: printable (YAML's and
/// libyaml's sense), no tab, no line break of YAML 1.1 (NEL, LS, PS), no byte order mark.
fn is_safe(c: char) -> bool {
    matches!(c,
        ' '..='~' | '\u{a0}'..='\u{d7ff}' | '\u{e000}'..='\u{fffd}' | '\u{10000}'..)
        && !matches!(c, '\u{2028}' | '\u{2029}' | '\u{feff}')
}

/// Whether `s` written plain reads back as `s` under YAML 1.2 (checked by reading it, which
/// also catches indicators, `: `, ` #`, and spaces at either end) and under YAML 1.1.
fn is_plain(s: &str) -> bool {
    !s.is_empty()
        && s.chars().all(is_safe)
        && !means_more_in_yaml_1_1(s)
        && matches!(yaml_serde::from_str::<Value>(s), Ok(Value::String(read)) if read == s)
}

/// Whether a YAML 1.1 reader resolves plain `s` as something other than text: a boolean,
/// null, `=` or `<<`, an integer, a float or a timestamp. The number and time forms are those
/// of the YAML 1.1 type registry, read a little wider (PyYAML's, SnakeYAML's and the spec's
/// regular expressions differ in details), so that nothing any of them resolves is left plain.
fn means_more_in_yaml_1_1(s: &str) -> bool {
    YAML_1_1_WORDS.contains(&s) || is_yaml_1_1_number(s) || is_yaml_1_1_timestamp(s)
}

/// Integers (binary, octal, decimal, hexadecimal, sexagesimal `8:00`, with `_` between
/// digits) and floats (`1.`, `.5`, `1.5e3`, `1e3`, sexagesimal `1:20.5`, `.inf`, `.nan`),
/// with an optional sign.
fn is_yaml_1_1_number(s: &str) -> bool {
    let unsigned = s.strip_prefix(['+', '-']).unwrap_or(s);
    if matches!(unsigned.to_ascii_lowercase().as_str(), ".inf" | ".nan") {
        return true;
    }
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit() || b == b'_');
    let radix = |prefix: &str, digit: fn(&u8) -> bool| {
        unsigned
            .strip_prefix(prefix)
            .is_some_and(|rest| !rest.is_empty() && rest.bytes().all(|b| digit(&b) || b == b'_'))
    };
    if radix("0b", |b| matches!(b, b'0' | b'1')) || radix("0x", u8::is_ascii_hexdigit) {
        return true;
    }
    // What is left: a mantissa of digits, `_`, at most one `.` and sexagesimal `:` groups,
    // with an optional exponent.
    let (mantissa, exponent) = match unsigned.split_once(['e', 'E']) {
        Some((mantissa, exponent)) => (mantissa, Some(exponent)),
        None => (unsigned, None),
    };
    if let Some(exponent) = exponent {
        let exponent = exponent.strip_prefix(['+', '-']).unwrap_or(exponent);
        if exponent.is_empty() || !exponent.bytes().all(|b| b.is_ascii_digit()) {
            return false;
        }
    }
    let (whole, fraction) = match mantissa.split_once('.') {
        Some((whole, fraction)) => (whole, Some(fraction)),
        None => (mantissa, None),
    };
    let mut groups = whole.split(':');
    let first = groups.next().unwrap_or_default();
    let sexagesimal = groups.all(|g| (1..=2).contains(&g.len()) && digits(g));
    let whole_is_number = digits(first) && sexagesimal;
    match fraction {
        None => whole_is_number && first.starts_with(|c: char| c.is_ascii_digit()),
        Some(fraction) => {
            whole_is_number
                && digits(fraction)
                && (first.starts_with(|c: char| c.is_ascii_digit())
                    || (whole == first && fraction.starts_with(|c: char| c.is_ascii_digit())))
        }
    }
}

/// `2026-01-01`, or a date and a time: `2026-01-01T08:00:00Z`, `2001-12-14 21:59:43.10 -5`.
fn is_yaml_1_1_timestamp(s: &str) -> bool {
    let number = |s: &str, lengths: std::ops::RangeInclusive<usize>| {
        lengths.contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit())
    };
    let date = |d: &str| {
        let mut parts = d.splitn(3, '-');
        let (Some(y), Some(m), Some(d)) = (parts.next(), parts.next(), parts.next()) else {
            return false;
        };
        number(y, 4..=4) && number(m, 1..=2) && number(d, 1..=2)
    };
    if s.len() == 10 && date(s) {
        return true;
    }
    let Some(split) = s.find(['T', 't', ' ', '\t']) else {
        return false;
    };
    let (day, rest) = s.split_at(split);
    let time = rest[1..].trim_start_matches([' ', '\t']);
    if !date(day) || time.is_empty() || !time.is_ascii() {
        return false;
    }
    // The time: h:mm:ss, a fraction, then an optional zone (`Z`, `+1`, `-05:00`).
    let zone_at = time[1..]
        .find(['Z', '+', '-', ' ', '\t'])
        .map_or(time.len(), |i| i + 1);
    let (clock, zone) = time.split_at(zone_at);
    let clock_ok = {
        let (hms, fraction) = clock.split_once('.').unwrap_or((clock, ""));
        let mut parts = hms.split(':');
        let ok = matches!(
            (parts.next(), parts.next(), parts.next(), parts.next()),
            (Some(h), Some(m), Some(sec), None)
                if number(h, 1..=2) && number(m, 2..=2) && number(sec, 2..=2)
        );
        ok && fraction.bytes().all(|b| b.is_ascii_digit())
    };
    let zone = zone.trim_start_matches([' ', '\t']);
    let zone_ok = zone.is_empty()
        || zone == "Z"
        || zone.strip_prefix(['+', '-']).is_some_and(|z| {
            let (h, m) = z.split_once(':').unwrap_or((z, "00"));
            number(h, 1..=2) && number(m, 2..=2)
        });
    clock_ok && zone_ok
}

/// Whether text with line breaks reads back exactly from a literal block: printable, no
/// space or break at its start (the block's indentation would change), no space before a
/// break (libyaml's rule too).
fn literal_fits(s: &str) -> bool {
    !s.starts_with([' ', '\n'])
        && s.chars().all(|c| c == '\n' || is_safe(c))
        && !s.contains(" \n")
        && !s.ends_with(' ')
}

/// `|`, `|-` or `|+` by how `s` ends, then its lines at `indent` (empty lines empty).
fn literal(out: &mut String, s: &str, indent: usize) {
    let (chomping, body) = match s.strip_suffix('\n') {
        None => ("-", s),
        Some(rest) if rest.ends_with('\n') => ("+", rest),
        Some(rest) => ("", rest),
    };
    out.push('|');
    out.push_str(chomping);
    for line in body.split('\n') {
        out.push('\n');
        if !line.is_empty() {
            pad(out, indent);
            out.push_str(line);
        }
    }
}

fn single_quoted(out: &mut String, s: &str) {
    out.push('\'');
    out.push_str(&s.replace('\'', "''"));
    out.push('\'');
}

/// Double quotes, with YAML's escapes for what is not safe (both YAML versions know them).
fn double_quoted(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            '\0' => out.push_str("\\0"),
            '\u{85}' => out.push_str("\\N"),
            '\u{2028}' => out.push_str("\\L"),
            '\u{2029}' => out.push_str("\\P"),
            c if is_safe(c) => out.push(c),
            c if u32::from(c) <= 0xff => out.push_str(&format!("\\x{:02X}", u32::from(c))),
            c if u32::from(c) <= 0xffff => out.push_str(&format!("\\u{:04X}", u32::from(c))),
            c => out.push_str(&format!("\\U{:08X}", u32::from(c))),
        }
    }
    out.push('"');
}

#[cfg(test)]
mod tests;
