//! How plain the texts are: the Flesch-Kincaid grade for English (the formula textstat uses;
//! syllables counted by vowel groups, a close stand-in for textstat's dictionary) and LIX for
//! every language (sentence length plus the share of words longer than six letters; it needs no
//! syllable rules, so it measures Spanish, French and German the same way as English).
//! Below 30 is very easy, 30-40 easy (children's books, patient leaflets), above 50 hard.

use std::fmt::Write as _;

use super::export::section_prose;
use super::{Content, Region};
use crate::i18n::I18n;

/// The highest LIX any language may reach, in any region.
pub const MAX_LIX: f64 = 40.0;
/// The highest Flesch-Kincaid grade an English section may reach.
pub const MAX_GRADE: f64 = 6.0;

/// Syllables in one English word (at least 1).
#[must_use]
pub fn syllables(word: &str) -> usize {
    let w: Vec<char> = word.to_lowercase().chars().filter(char::is_ascii_alphabetic).collect();
    if w.is_empty() {
        return 0;
    }
    let vowel = |c: char| "aeiouy".contains(c);
    let mut count = 0;
    let mut prev = false;
    for &c in &w {
        let v = vowel(c);
        if v && !prev {
            count += 1;
        }
        prev = v;
    }
    let n = w.len();
    // A silent final e ("make"), but not in "-ble"/"-tle" endings ("table").
    if n > 2 && w[n - 1] == 'e' && !vowel(w[n - 2]) && (w[n - 2] != 'l' || vowel(w[n - 3])) {
        count -= 1;
    }
    count.max(1)
}

/// Flesch-Kincaid grade level of a text.
#[must_use]
pub fn flesch_kincaid_grade(text: &str) -> f64 {
    let sentences = text
        .split(['.', '!', '?'])
        .filter(|s| s.split_whitespace().count() > 2)
        .count()
        .max(1);
    let words: Vec<&str> = text
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .collect();
    if words.is_empty() {
        return 0.0;
    }
    let syl: usize = words.iter().map(|w| syllables(w)).sum();
    let wc = words.len() as f64;
    0.39 * (wc / sentences as f64) + 11.8 * (syl as f64 / wc) - 15.59
}

/// Turns a block text into sentences: every non-empty line (a list item, a heading) is one,
/// ending in a full stop when it has no end mark of its own; bullets are dropped.
#[must_use]
pub fn as_sentences(text: &str) -> String {
    text.lines()
        .map(|l| l.trim().trim_start_matches('•').trim())
        .filter(|l| !l.is_empty())
        .map(|l| {
            if l.ends_with(['.', '?', '!', ':']) {
                l.to_owned()
            } else {
                format!("{l}.")
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The words of a text: runs without spaces that hold a letter (numbers alone are not words).
fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split_whitespace().filter(|w| w.chars().any(char::is_alphabetic))
}

/// Sentences of a text: a `.`, `!`, `?` or `:` followed by a space or the end closes one
/// ("2.5 cm" and "www.fda.gov" do not).
fn sentence_count(text: &str) -> usize {
    let chars: Vec<char> = text.chars().collect();
    let mut count = 0;
    let mut has_word = false;
    for (i, &c) in chars.iter().enumerate() {
        if c.is_alphabetic() {
            has_word = true;
        }
        let ends = matches!(c, '.' | '!' | '?' | ':') && chars.get(i + 1).is_none_or(|n| n.is_whitespace());
        if ends && has_word {
            count += 1;
            has_word = false;
        }
    }
    if has_word {
        count += 1;
    }
    count.max(1)
}

/// LIX of a text: words per sentence plus the percentage of words longer than six letters.
#[must_use]
pub fn lix(text: &str) -> f64 {
    let text = as_sentences(text);
    let all: Vec<&str> = words(&text).collect();
    if all.is_empty() {
        return 0.0;
    }
    let long = all
        .iter()
        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() > 6)
        .count();
    let n = all.len() as f64;
    n / sentence_count(&text) as f64 + 100.0 * long as f64 / n
}

/// How plain one language reads in one region: all sections together, and each on its own.
#[derive(Clone, Debug)]
pub struct Score {
    pub lang: &'static str,
    pub region: Region,
    /// Flesch-Kincaid grade of all sections together (English only).
    pub grade: Option<f64>,
    pub lix: f64,
    /// (section, grade for English, LIX).
    pub sections: Vec<(super::SectionId, Option<f64>, f64)>,
}

/// Scores every built-in language in both regions.
#[must_use]
pub fn scores(content: &Content) -> Vec<Score> {
    let mut out = Vec::new();
    for lang in crate::i18n::available() {
        let i18n = I18n::new(lang);
        for region in Region::ALL {
            let english = lang == "en";
            let mut all = Vec::new();
            let mut sections = Vec::new();
            for s in &content.sections {
                let prose = section_prose(s, &i18n, region);
                let g = english.then(|| flesch_kincaid_grade(&as_sentences(&prose)));
                sections.push((s.id, g, lix(&prose)));
                all.push(prose);
            }
            let all = all.join("\n");
            out.push(Score {
                lang,
                region,
                grade: english.then(|| flesch_kincaid_grade(&as_sentences(&all))),
                lix: lix(&all),
                sections,
            });
        }
    }
    out
}

/// The scores as a Markdown table, one row per language and region, hardest section named.
#[must_use]
pub fn report(content: &Content) -> String {
    let mut md =
        String::from("| language | region | grade (English) | LIX | hardest section (LIX) |\n|---|---|---|---|---|\n");
    for s in scores(content) {
        let hardest = s
            .sections
            .iter()
            .max_by(|a, b| a.2.total_cmp(&b.2))
            .map(|(id, _, l)| format!("{id:?} {l:.1}"))
            .unwrap_or_default();
        let grade = s.grade.map_or_else(|| "-".to_owned(), |g| format!("{g:.1}"));
        let _ = writeln!(
            md,
            "| {} | {} | {grade} | {:.1} | {hardest} |",
            s.lang,
            s.region.code(),
            s.lix
        );
    }
    md
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_common_words() {
        assert_eq!(syllables("cat"), 1);
        assert_eq!(syllables("table"), 2);
        assert_eq!(syllables("medicine"), 3);
        assert_eq!(syllables("make"), 1);
        assert_eq!(syllables("e"), 1);
        assert_eq!(syllables("be"), 1);
    }

    #[test]
    fn plain_text_grades_low_and_hard_text_high() {
        assert!(flesch_kincaid_grade("The cat sat on the mat. It was warm.") < 3.0);
        assert!(
            flesch_kincaid_grade(
                "Immunosuppressive pharmacotherapy necessitates comprehensive haematological surveillance."
            ) > 12.0
        );
    }

    #[test]
    fn lix_counts_long_words_and_sentences() {
        // 4 words, 1 sentence, 0 long words.
        assert!((lix("The cat sat down.") - 4.0).abs() < 1e-9);
        // 2 words, 1 sentence, 1 long word ("medicine"): 2 + 50.
        assert!((lix("Take medicine.") - 52.0).abs() < 1e-9);
        // A list is one sentence per line; "2.5" does not end a sentence.
        assert_eq!(sentence_count(&as_sentences("Keep 2.5 cm away\n• from the navel")), 2);
    }
}
