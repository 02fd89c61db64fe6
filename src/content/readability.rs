//! Flesch-Kincaid grade, the formula textstat uses, for checking that English stays plain.
//! Syllables are counted by vowel groups, a close stand-in for textstat's dictionary.

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
}
