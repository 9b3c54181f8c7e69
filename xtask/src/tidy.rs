//! The house rules, as tests (after rust-analyzer's `tidy`): the layers name only what they
//! may, the core's modules depend one way, the export decisions stay exhaustive, functions
//! stay short and every module says what it is for. Each test reads the source tree; a
//! failure names the file and line to fix.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use crate::shell::workspace_root;

/// The longest a product function may be, in lines.
const MAX_FUNCTION_LINES: usize = 150;

/// The core's pure modules: no IO, no catalog, no use cases.
const PURE: &[&str] = &[
    "contracts/src/model",
    "contracts/src/validate",
    "contracts/src/versions",
    "contracts/src/wire",
    "contracts/src/i18n",
    "contracts/src/formats",
    "contracts/src/map",
    "contracts/src/advisor",
    "contracts/src/advisor.rs",
    "contracts/src/safeguards.rs",
    "contracts/src/classification_defaults.rs",
    "contracts/src/goals.rs",
];

/// What the front ends (the CLI and the desktop shell) may name of the core: the use cases
/// and the types and translations they speak in.
const FRONT_END_MAY_NAME: &[&str] = &["app", "model", "wire", "i18n"];

/// The enums that choose an export, whose matches must list every value.
const EXPORT_CHOICES: &[&str] = &[
    "ExportFormat::",
    "ExportTarget::",
    "TableFormat::",
    "MapFormat::",
    "Syntax::",
];

#[test]
fn formats_and_the_model_never_name_the_store_the_engine_or_the_use_cases() {
    let mut found = Vec::new();
    for root in PURE {
        for file in product_files(root) {
            for (line, text) in lines(&file) {
                for name in ["store::", "Catalog", "rusqlite", "app::", "git::", "git2"] {
                    if mentions(&text, name) {
                        found.push(format!("{}:{line}: names `{name}`", show(&file)));
                    }
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "a pure module names the store or the use cases:\n{}",
        found.join("\n")
    );
}

#[test]
fn only_the_store_uses_sqlite_only_the_engine_uses_git_and_only_the_store_and_the_use_cases_name_the_catalog(
) {
    let mut found = Vec::new();
    for file in product_files("contracts/src") {
        let relative = show(&file);
        let in_store = relative.starts_with("contracts/src/store/");
        let in_app = relative.starts_with("contracts/src/app/");
        let in_engine = relative.starts_with("contracts/src/git/");
        for (line, text) in lines(&file) {
            if !in_engine && mentions(&text, "git2") {
                found.push(format!(
                    "{relative}:{line}: uses git2 outside the engine (git/)"
                ));
            }
            if !in_store && mentions(&text, "rusqlite") {
                found.push(format!(
                    "{relative}:{line}: uses rusqlite outside the store"
                ));
            }
            if !in_store && !in_app && mentions(&text, "Catalog") {
                found.push(format!(
                    "{relative}:{line}: names the Catalog outside store/ and app/"
                ));
            }
        }
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn the_desktop_shell_names_the_catalog_only_in_its_state_holder() {
    let mut found = Vec::new();
    for file in product_files("src-tauri/src") {
        if file.ends_with("state.rs") {
            continue;
        }
        for (line, text) in lines(&file) {
            if mentions(&text, "Catalog") && !mentions(&text, "CatalogInfo") {
                found.push(format!("{}:{line}", show(&file)));
            }
        }
    }
    assert!(
        found.is_empty(),
        "the shell names the Catalog (take it from the state holder and call a use case):\n{}",
        found.join("\n")
    );
}

#[test]
fn the_front_ends_call_the_use_cases_and_nothing_below_them() {
    let mut found = Vec::new();
    let front_ends = [
        ("src-tauri/src", "contracts::"),
        ("contracts/src/cli", "crate::"),
    ];
    for (root, prefix) in front_ends {
        for file in product_files(root) {
            if file.ends_with("src-tauri/src/state.rs") {
                // The state holder holds the open catalog.
                continue;
            }
            for (line, path) in paths_after(&product_code(&file), prefix) {
                if !FRONT_END_MAY_NAME.iter().any(|may| path.starts_with(may)) {
                    found.push(format!("{}:{line}: names `{prefix}{path}`", show(&file)));
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "a front end reaches below the use cases (add a use case in contracts::app):\n{}",
        found.join("\n")
    );
}

#[test]
fn the_core_s_modules_depend_one_way() {
    // Which module names which, with the first place it does.
    let mut names: BTreeMap<String, BTreeMap<String, String>> = BTreeMap::new();
    for file in product_files("contracts/src") {
        let from = module_of(&file);
        for (line, path) in paths_after(&product_code(&file), "crate::") {
            let to = module_named(&path);
            let parent_and_child =
                from.starts_with(&format!("{to}/")) || to.starts_with(&format!("{from}/"));
            if to != from && !parent_and_child && !from.is_empty() {
                let place = format!("{}:{line}", show(&file));
                names
                    .entry(from.clone())
                    .or_default()
                    .entry(to)
                    .or_insert(place);
            }
        }
    }
    let mut found = Vec::new();
    for group in loops(&names) {
        found.push(format!("loop: {}", group.join(", ")));
        for from in &group {
            for (to, place) in &names[from] {
                if group.contains(to) {
                    found.push(format!("  {place}: {from} names {to}"));
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "modules that name each other, directly or through others (move what they share \
         into one of them, or below both):\n{}",
        found.join("\n")
    );
}

#[test]
fn a_match_over_the_export_choices_lists_every_one() {
    let mut found = Vec::new();
    for root in ["contracts/src", "src-tauri/src", "frontend/src"] {
        for file in rust_files(&workspace_root().join(root)) {
            let code = code_of(&read(&file));
            for (line, patterns) in matches(&code) {
                let chooses = patterns
                    .iter()
                    .any(|p| EXPORT_CHOICES.iter().any(|choice| p.contains(choice)));
                if chooses && has_wildcard_arm(&patterns) {
                    found.push(format!("{}:{line}", show(&file)));
                }
            }
        }
    }
    assert!(found.is_empty(), "a match over an export choice has a wildcard arm (list each value, so a new one is a compile error):\n{}", found.join("\n"));
}

#[test]
fn no_product_function_is_longer_than_the_limit() {
    let mut found = Vec::new();
    for root in [
        "contracts/src",
        "src-tauri/src",
        "frontend/src",
        "xtask/src",
    ] {
        for file in product_files(root) {
            let code = product_code(&file);
            for (name, line, length) in functions(&code) {
                if length > MAX_FUNCTION_LINES {
                    found.push(format!(
                        "{}:{line}: fn {name} has {length} lines",
                        show(&file)
                    ));
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "split these functions (at most {MAX_FUNCTION_LINES} lines):\n{}",
        found.join("\n")
    );
}

#[test]
fn every_module_says_what_it_is_for() {
    let mut found = Vec::new();
    for root in [
        "contracts/src",
        "src-tauri/src",
        "frontend/src",
        "xtask/src",
    ] {
        for file in product_files(root) {
            if !read(&file).trim_start().starts_with("//!") {
                found.push(show(&file));
            }
        }
    }
    assert!(
        found.is_empty(),
        "modules without a `//!` doc comment saying what they are for:\n{}",
        found.join("\n")
    );
}

/// The file's path from the workspace root, for messages.
/// The module a file of the core belongs to: its top-level module, each use case of `app/`
/// counted on its own (`app/items`); empty for the crate root and the binaries.
fn module_of(file: &Path) -> String {
    let root = workspace_root().join("contracts/src");
    let relative = file.strip_prefix(&root).unwrap_or(file);
    let parts: Vec<String> = relative
        .with_extension("")
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    match parts.as_slice() {
        [only] if only == "lib" => String::new(),
        [first, ..] if first == "bin" => String::new(),
        [app, case, ..] if app == "app" && case != "mod" => format!("app/{case}"),
        [first, ..] => first.clone(),
        [] => String::new(),
    }
}

/// The module a `crate::` path names, counted as [`module_of`] counts.
fn module_named(path: &str) -> String {
    let mut segments = path.split("::");
    let first = segments.next().unwrap_or("");
    let app = workspace_root().join("contracts/src/app");
    match segments.next() {
        Some(case)
            if first == "app"
                && (app.join(case).is_dir() || app.join(format!("{case}.rs")).is_file()) =>
        {
            format!("app/{case}")
        }
        _ => first.to_owned(),
    }
}

/// The groups of modules that reach each other through `names` (module to the modules it
/// names).
fn loops<T>(names: &BTreeMap<String, BTreeMap<String, T>>) -> Vec<Vec<String>> {
    let reach = |from: &String| {
        let mut seen = BTreeSet::new();
        let mut pending = vec![from.clone()];
        while let Some(module) = pending.pop() {
            for next in names.get(&module).into_iter().flat_map(BTreeMap::keys) {
                if seen.insert(next.clone()) {
                    pending.push(next.clone());
                }
            }
        }
        seen
    };
    let reaches: BTreeMap<&String, BTreeSet<String>> =
        names.keys().map(|module| (module, reach(module))).collect();
    let mut groups = BTreeSet::new();
    for (module, reached) in &reaches {
        if !reached.contains(*module) {
            continue;
        }
        let group: Vec<String> = reached
            .iter()
            .filter(|other| {
                reaches
                    .get(other)
                    .is_some_and(|back| back.contains(*module))
            })
            .cloned()
            .collect();
        groups.insert(group);
    }
    groups.into_iter().collect()
}

fn show(file: &Path) -> String {
    file.strip_prefix(workspace_root())
        .unwrap_or(file)
        .display()
        .to_string()
        .replace('\\', "/")
}

fn read(file: &Path) -> String {
    std::fs::read_to_string(file).unwrap_or_else(|e| panic!("{}: {e}", file.display()))
}

/// Every `.rs` file under `dir` (or `dir` itself when it is one), sorted.
fn rust_files(dir: &Path) -> Vec<PathBuf> {
    if dir.is_file() {
        return vec![dir.to_owned()];
    }
    let mut out = Vec::new();
    let mut pending = vec![dir.to_owned()];
    while let Some(dir) = pending.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                pending.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }
    out.sort();
    out
}

/// Whether `file` holds tests only: a `tests.rs`/`proptests.rs`, or anything under a `tests`
/// folder.
fn is_test_file(file: &Path) -> bool {
    let name = file.file_name().and_then(|n| n.to_str()).unwrap_or("");
    matches!(name, "tests.rs" | "proptests.rs")
        || file.components().any(|c| c.as_os_str() == "tests")
}

/// The product files (not tests) under `root` (a path from the workspace root).
fn product_files(root: &str) -> Vec<PathBuf> {
    rust_files(&workspace_root().join(root))
        .into_iter()
        .filter(|file| !is_test_file(file))
        .collect()
}

/// The product code of `file`: its code (comments and text blanked) up to its first
/// `#[cfg(test)]`, which starts the test modules.
fn product_code(file: &Path) -> String {
    let code = code_of(&read(file));
    match code.find("#[cfg(test)]") {
        Some(at) => code[..at].to_owned(),
        None => code,
    }
}

/// The product code's lines, numbered from 1.
fn lines(file: &Path) -> Vec<(usize, String)> {
    product_code(file)
        .lines()
        .enumerate()
        .map(|(i, line)| (i + 1, line.to_owned()))
        .collect()
}

/// Whether `text` names `name` as a whole word (an identifier or a path segment).
fn mentions(text: &str, name: &str) -> bool {
    let word = |c: char| c.is_alphanumeric() || c == '_';
    text.match_indices(name).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + name.len()..].chars().next();
        !before.is_some_and(word)
            && !(name.ends_with(char::is_alphanumeric) && after.is_some_and(word))
    })
}

/// The paths `code` names after `prefix` (e.g. `crate::`), each with its line (from 1), with
/// use trees expanded: `crate::{a, b::{c, d}}` gives `a`, `b::c` and `b::d`.
fn paths_after(code: &str, prefix: &str) -> Vec<(usize, String)> {
    code.match_indices(prefix)
        .flat_map(|(at, _)| {
            let line = code[..at].matches('\n').count() + 1;
            use_tree(&code[at + prefix.len()..])
                .into_iter()
                .map(move |path| (line, path))
        })
        .collect()
}

/// The paths of the use tree (or plain path) that `text` starts with.
fn use_tree(text: &str) -> Vec<String> {
    let path: String = text
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == ':')
        .collect();
    let Some(group) = text[path.len()..].strip_prefix('{') else {
        return vec![path];
    };
    let mut out = Vec::new();
    let (mut depth, mut start) = (0, 0);
    for (at, c) in group.char_indices() {
        match c {
            '{' => depth += 1,
            '}' if depth == 0 => {
                out.extend(branch(&path, &group[start..at]));
                break;
            }
            '}' => depth -= 1,
            ',' if depth == 0 => {
                out.extend(branch(&path, &group[start..at]));
                start = at + 1;
            }
            _ => {}
        }
    }
    out
}

/// One branch of a use tree group, under the group's `path`.
fn branch(path: &str, tree: &str) -> Vec<String> {
    let tree = tree.trim();
    if tree.is_empty() {
        return Vec::new();
    }
    use_tree(tree)
        .into_iter()
        .map(|inner| format!("{path}{inner}"))
        .collect()
}

/// `source` with comments, string and character literals blanked to spaces (newlines kept),
/// so braces and names inside them are not read as code.
fn code_of(source: &str) -> String {
    let chars: Vec<char> = source.chars().collect();
    let mut out = String::with_capacity(source.len());
    let blank = |c: char| if c == '\n' { '\n' } else { ' ' };
    let mut i = 0;
    while i < chars.len() {
        let rest = &chars[i..];
        let end = if rest.starts_with(&['/', '/']) {
            rest.iter()
                .position(|&c| c == '\n')
                .map_or(chars.len(), |p| i + p)
        } else if rest.starts_with(&['/', '*']) {
            find(&chars, i + 2, &['*', '/']).map_or(chars.len(), |p| p + 2)
        } else if let Some(end) = raw_string_end(&chars, i) {
            end
        } else if rest[0] == '"' {
            let mut j = i + 1;
            while j < chars.len() && chars[j] != '"' {
                j += if chars[j] == '\\' { 2 } else { 1 };
            }
            (j + 1).min(chars.len())
        } else if let Some(end) = char_literal_end(&chars, i) {
            end
        } else {
            out.push(chars[i]);
            i += 1;
            continue;
        };
        out.extend(chars[i..end].iter().map(|&c| blank(c)));
        i = end;
    }
    out
}

/// The index where `needle` first occurs in `chars` at or after `from`.
fn find(chars: &[char], from: usize, needle: &[char]) -> Option<usize> {
    (from..chars.len()).find(|&p| chars[p..].starts_with(needle))
}

/// The end of a raw string `r"…"`/`r#"…"#` starting at `i`, if one does.
fn raw_string_end(chars: &[char], i: usize) -> Option<usize> {
    let starts_word = i > 0 && (chars[i - 1].is_alphanumeric() || chars[i - 1] == '_');
    if chars[i] != 'r' || starts_word {
        return None;
    }
    let hashes = chars[i + 1..].iter().take_while(|&&c| c == '#').count();
    if chars.get(i + 1 + hashes) != Some(&'"') {
        return None;
    }
    let mut closing = vec!['"'];
    closing.extend(std::iter::repeat_n('#', hashes));
    find(chars, i + 2 + hashes, &closing).map(|p| p + closing.len())
}

/// The end of a character literal (`'a'`, `'\n'`, `'\u{e5}'`) starting at `i`, if one does
/// (a lifetime is none).
fn char_literal_end(chars: &[char], i: usize) -> Option<usize> {
    if chars[i] != '\'' {
        return None;
    }
    match chars.get(i + 1)? {
        '\\' => chars[i + 2..]
            .iter()
            .position(|&c| c == '\'')
            .map(|p| i + 3 + p),
        _ if chars.get(i + 2) == Some(&'\'') => Some(i + 3),
        _ => None,
    }
}

/// The index of the brace closing the one at `open`.
fn closing_brace(code: &[u8], open: usize) -> Option<usize> {
    let mut depth = 0usize;
    for (at, &byte) in code.iter().enumerate().skip(open) {
        match byte {
            b'{' => depth += 1,
            b'}' => {
                depth -= 1;
                if depth == 0 {
                    return Some(at);
                }
            }
            _ => {}
        }
    }
    None
}

/// Each function of `code`: its name, first line and length in lines (from `fn` to its
/// closing brace).
fn functions(code: &str) -> Vec<(String, usize, usize)> {
    let bytes = code.as_bytes();
    let mut out = Vec::new();
    for (at, _) in code.match_indices("fn ") {
        if at > 0 && (bytes[at - 1].is_ascii_alphanumeric() || bytes[at - 1] == b'_') {
            continue;
        }
        let name: String = code[at + 3..]
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect();
        let (Some(open), semicolon) = (code[at..].find('{'), code[at..].find(';')) else {
            continue;
        };
        if semicolon.is_some_and(|s| s < open) || name.is_empty() {
            continue;
        }
        let Some(close) = closing_brace(bytes, at + open) else {
            continue;
        };
        let first = code[..at].matches('\n').count() + 1;
        let last = code[..close].matches('\n').count() + 1;
        out.push((name, first, last - first + 1));
    }
    out
}

/// Each `match` of `code`: its line and its arms' patterns.
fn matches(code: &str) -> Vec<(usize, Vec<String>)> {
    let bytes = code.as_bytes();
    let mut out = Vec::new();
    for (at, _) in code.match_indices("match ") {
        if at > 0 && (bytes[at - 1].is_ascii_alphanumeric() || bytes[at - 1] == b'_') {
            continue;
        }
        let Some(open) = code[at..].find('{').map(|o| at + o) else {
            continue;
        };
        if let Some(close) = closing_brace(bytes, open) {
            let line = code[..at].matches('\n').count() + 1;
            out.push((line, patterns(&code[open + 1..close])));
        }
    }
    out
}

/// The patterns of a match's arms (their text): what comes before each arm's `=>`.
fn patterns(arms: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut depth = 0i32;
    let mut current = String::new();
    let mut in_pattern = true;
    let chars: Vec<char> = arms.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        match c {
            '{' | '(' | '[' => depth += 1,
            '}' | ')' | ']' => depth -= 1,
            _ => {}
        }
        if depth == 0 && in_pattern && c == '=' && chars.get(i + 1) == Some(&'>') {
            out.push(current.trim().to_owned());
            current.clear();
            in_pattern = false;
            i += 2;
            continue;
        }
        if in_pattern {
            current.push(c);
        } else if depth == 0 && (c == ',' || c == '}') {
            in_pattern = true;
        }
        i += 1;
    }
    out
}

/// Whether one of a match's arm patterns is a wildcard (`_`, with or without a guard).
fn has_wildcard_arm(patterns: &[String]) -> bool {
    patterns
        .iter()
        .any(|p| p == "_" || p.starts_with("_ if ") || p.starts_with("_\n"))
}

#[test]
fn the_readers_of_the_source_work() {
    let code = code_of("fn a() { \"}\" } // }\nfn b() {\n 'x';\n}\n");
    assert_eq!(
        functions(&code),
        [("a".to_owned(), 1, 1), ("b".to_owned(), 2, 3)]
    );
    assert!(has_wildcard_arm(&patterns(" A::B => 1, _ => 2, ")));
    assert!(has_wildcard_arm(&patterns(
        " A::B => 1, _ if x => 2, A::C => 3 "
    )));
    assert!(!has_wildcard_arm(&patterns(" A::B => 1, A::C(_) => 2, ")));
    assert_eq!(
        patterns(" A::B => { let _ = 1; } A::C(x) => f(x, 2), _ => 3 "),
        ["A::B", "A::C(x)", "_"]
    );
    assert!(mentions("use crate::store::Catalog;", "Catalog"));
    assert!(!mentions("CatalogInfo", "Catalog"));
    assert_eq!(
        paths_after(
            "use crate::{app, store::X};\nuse crate::{\n    a::{b, c::{d, e}},\n    f,\n};",
            "crate::"
        ),
        [
            (1, "app".to_owned()),
            (1, "store::X".to_owned()),
            (2, "a::b".to_owned()),
            (2, "a::c::d".to_owned()),
            (2, "a::c::e".to_owned()),
            (2, "f".to_owned())
        ]
    );
}
