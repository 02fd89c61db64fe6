//! `content check`: every language against the content structure and against English.
//!
//! Finds missing, extra and unparsable messages, variables that differ from English, blocks
//! without sources and unknown source keys. Each problem names a file and a line.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use fluent_syntax::ast;

use super::{FALLBACK, LocaleFile, embedded_files};
use crate::content::{Content, SectionId};

/// One problem found by the check.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// Path relative to the project, such as `locales/de/ui.ftl`.
    pub file: String,
    /// 1-based line number (0 when the problem is about the whole file).
    pub line: usize,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.file, self.line, self.message)
    }
}

/// What we learned from one `.ftl` file.
#[derive(Debug, Default)]
struct Parsed {
    /// Message id -> (line, variables it uses).
    messages: BTreeMap<String, (usize, BTreeSet<String>)>,
}

fn line_of(text: &str, byte: usize) -> usize {
    text.get(..byte.min(text.len()))
        .map_or(1, |s| s.matches('\n').count() + 1)
}

fn message_lines(text: &str) -> BTreeMap<String, usize> {
    let mut map = BTreeMap::new();
    for (i, line) in text.lines().enumerate() {
        if let Some((id, _)) = line.split_once('=') {
            let id = id.trim_end();
            if !id.is_empty()
                && !line.starts_with([' ', '\t', '#', '-'])
                && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
            {
                map.entry(id.to_owned()).or_insert(i + 1);
            }
        }
    }
    map
}

fn vars_in_pattern(p: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for el in &p.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            vars_in_expression(expression, out);
        }
    }
}

fn vars_in_expression(e: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match e {
        ast::Expression::Select { selector, variants } => {
            vars_in_inline(selector, out);
            for v in variants {
                vars_in_pattern(&v.value, out);
            }
        }
        ast::Expression::Inline(i) => vars_in_inline(i, out),
    }
}

fn vars_in_inline(i: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match i {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_owned());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                vars_in_inline(a, out);
            }
            for a in &arguments.named {
                vars_in_inline(&a.value, out);
            }
        }
        ast::InlineExpression::Placeable { expression } => vars_in_expression(expression, out),
        _ => {}
    }
}

fn parse_file(file: &LocaleFile, problems: &mut Vec<Problem>) -> Parsed {
    let path = format!("locales/{}/{}", file.lang, file.name);
    let resource = match fluent_syntax::parser::parse(file.text) {
        Ok(r) => r,
        Err((r, errors)) => {
            for e in errors {
                problems.push(Problem {
                    file: path.clone(),
                    line: line_of(file.text, e.slice.as_ref().map_or(e.pos.start, |s| s.start)),
                    message: format!("cannot be read: {}", e.kind),
                });
            }
            r
        }
    };
    let lines = message_lines(file.text);
    let mut parsed = Parsed::default();
    for entry in &resource.body {
        if let ast::Entry::Message(m) = entry {
            let mut vars = BTreeSet::new();
            if let Some(v) = &m.value {
                vars_in_pattern(v, &mut vars);
            } else {
                problems.push(Problem {
                    file: path.clone(),
                    line: lines.get(m.id.name).copied().unwrap_or(0),
                    message: format!("message '{}' has no text", m.id.name),
                });
            }
            let line = lines.get(m.id.name).copied().unwrap_or(0);
            if parsed.messages.insert(m.id.name.to_owned(), (line, vars)).is_some() {
                problems.push(Problem {
                    file: path.clone(),
                    line,
                    message: format!("message '{}' is defined twice", m.id.name),
                });
            }
        }
    }
    parsed
}

/// Checks the given locale files and content structure; an empty list means all is well.
#[must_use]
pub fn check_files(files: &[LocaleFile], content: &Content) -> Vec<Problem> {
    let mut problems = Vec::new();
    let parsed: Vec<(LocaleFile, Parsed)> = files.iter().map(|f| (*f, parse_file(f, &mut problems))).collect();
    let langs: BTreeSet<&str> = files.iter().map(|f| f.lang).collect();
    let english: Vec<&(LocaleFile, Parsed)> = parsed.iter().filter(|(f, _)| f.lang == FALLBACK).collect();
    if english.is_empty() {
        problems.push(Problem {
            file: format!("locales/{FALLBACK}"),
            line: 0,
            message: "the English folder is missing; it is the fallback for every language".into(),
        });
    }

    // Every language against English, file by file.
    for lang in langs.iter().filter(|l| **l != FALLBACK) {
        for (en_file, en) in &english {
            let path = format!("locales/{lang}/{}", en_file.name);
            let Some((_, tr)) = parsed.iter().find(|(f, _)| f.lang == *lang && f.name == en_file.name) else {
                problems.push(Problem {
                    file: path,
                    line: 0,
                    message: "file is missing".into(),
                });
                continue;
            };
            for (id, (en_line, en_vars)) in &en.messages {
                match tr.messages.get(id) {
                    None => problems.push(Problem {
                        file: path.clone(),
                        line: 0,
                        message: format!(
                            "missing message '{id}' (English: locales/{FALLBACK}/{}:{en_line})",
                            en_file.name
                        ),
                    }),
                    Some((line, vars)) => {
                        for v in en_vars.difference(vars) {
                            problems.push(Problem {
                                file: path.clone(),
                                line: *line,
                                message: format!("message '{id}' does not use the variable ${v}"),
                            });
                        }
                        for v in vars.difference(en_vars) {
                            problems.push(Problem {
                                file: path.clone(),
                                line: *line,
                                message: format!("message '{id}' uses an unknown variable ${v}"),
                            });
                        }
                    }
                }
            }
            for (id, (line, _)) in &tr.messages {
                if !en.messages.contains_key(id) {
                    problems.push(Problem {
                        file: path.clone(),
                        line: *line,
                        message: format!("extra message '{id}' that English does not have"),
                    });
                }
            }
        }
        for (f, _) in parsed.iter().filter(|(f, _)| f.lang == *lang) {
            if !english.iter().any(|(e, _)| e.name == f.name) {
                problems.push(Problem {
                    file: format!("locales/{lang}/{}", f.name),
                    line: 0,
                    message: "extra file that English does not have".into(),
                });
            }
        }
    }

    // The content structure against English.
    let en_ids: BTreeSet<&str> = english
        .iter()
        .flat_map(|(_, p)| p.messages.keys().map(String::as_str))
        .collect();
    let structure = "assets/content.ron".to_owned();
    let need = |id: String, what: &str, problems: &mut Vec<Problem>| {
        if !en_ids.contains(id.as_str()) {
            problems.push(Problem {
                file: structure.clone(),
                line: 0,
                message: format!("{what} '{id}' has no English text"),
            });
        }
    };
    for key in &content.sources {
        need(Content::source_msg(key), "source", &mut problems);
    }
    for id in SectionId::ALL {
        if content.section(id).is_none() {
            problems.push(Problem {
                file: structure.clone(),
                line: 0,
                message: format!("section {id:?} is missing"),
            });
        }
        need(id.title_msg(), "section title", &mut problems);
        need(id.summary_msg(), "section summary", &mut problems);
    }
    for section in &content.sections {
        for block in &section.blocks {
            need(block.msg.clone(), "block", &mut problems);
            if block.sources.is_empty() {
                problems.push(Problem {
                    file: structure.clone(),
                    line: 0,
                    message: format!("block '{}' has no sources", block.msg),
                });
            }
            for s in &block.sources {
                if !content.sources.contains(s) {
                    problems.push(Problem {
                        file: structure.clone(),
                        line: 0,
                        message: format!("block '{}' cites unknown source '{s}'", block.msg),
                    });
                }
            }
        }
    }
    problems
}

/// Checks everything built into the app.
#[must_use]
pub fn check_embedded() -> Vec<Problem> {
    match Content::parse(crate::content::CONTENT_RON) {
        Ok(content) => check_files(&embedded_files().collect::<Vec<_>>(), &content),
        Err(e) => vec![Problem {
            file: "assets/content.ron".into(),
            line: 0,
            message: e.to_string(),
        }],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(lang: &'static str, text: &'static str) -> LocaleFile {
        LocaleFile {
            lang,
            name: "ui.ftl",
            text,
        }
    }

    fn empty() -> Content {
        Content {
            sources: vec![],
            sections: vec![],
        }
    }

    fn problems(files: &[LocaleFile]) -> Vec<String> {
        check_files(files, &empty())
            .into_iter()
            .filter(|p| p.file.starts_with("locales"))
            .map(|p| p.to_string())
            .collect()
    }

    #[test]
    fn finds_missing_extra_broken_and_variables_with_lines() {
        let en = file("en", "a = A\nb = B { $n }\nc = C\n");
        let de = file("de", "a = A\nb = B\nz = Z\nbroken = {\n");
        let p = problems(&[en, de]);
        assert!(p.iter().any(|s| s.contains("missing message 'c'")), "{p:?}");
        assert!(
            p.iter()
                .any(|s| s == "locales/de/ui.ftl:2: message 'b' does not use the variable $n"),
            "{p:?}"
        );
        assert!(
            p.iter()
                .any(|s| s == "locales/de/ui.ftl:3: extra message 'z' that English does not have"),
            "{p:?}"
        );
        assert!(
            p.iter().any(|s| s.starts_with("locales/de/ui.ftl:4: cannot be read")),
            "{p:?}"
        );
    }

    proptest::proptest! {
        #[test]
        fn any_text_as_a_translation_gives_problems_not_a_panic(text in "(\\PC|\n|=|\\{|\\}|\\$|-|\\[|\\]|\\*){0,200}") {
            let text: &'static str = Box::leak(text.into_boxed_str());
            let en = file("en", "a = A { $x }\nb = B\n");
            let _ = check_files(&[en, file("fr", text)], &empty());
            let i = crate::i18n::I18n::from_files(&[en, file("fr", text)], "fr");
            proptest::prop_assert!(!i.t("a").is_empty());
        }
    }

    #[test]
    fn identical_languages_have_no_problem() {
        let en = file("en", "a = A { $x }\n");
        let fr = file("fr", "a = Ah { $x }\n");
        assert!(problems(&[en, fr]).is_empty());
    }
}
