//! Texts in every language: Fluent bundles per language, English fallback, problem reports.
//!
//! A missing or broken message never crashes: it falls back to English for that message and is
//! reported once in the log output. This module must never panic on a translation file.

pub mod check;
pub mod ids;

use std::collections::HashSet;
use std::sync::Mutex;

use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/locales.rs"));
}

/// A Fluent bundle that can move between threads.
pub type Bundle = fluent_bundle::concurrent::FluentBundle<FluentResource>;

/// The fallback language.
pub const FALLBACK: &str = "en";

/// One `.ftl` file of one language.
#[derive(Clone, Copy, Debug)]
pub struct LocaleFile {
    pub lang: &'static str,
    pub name: &'static str,
    pub text: &'static str,
}

/// Every `.ftl` file built into the app.
pub fn embedded_files() -> impl Iterator<Item = LocaleFile> {
    embedded::EMBEDDED
        .iter()
        .flat_map(|(lang, files)| files.iter().map(move |(name, text)| LocaleFile { lang, name, text }))
}

/// Codes of the languages built into the app, English first.
#[must_use]
pub fn available() -> Vec<&'static str> {
    let mut langs: Vec<&'static str> = embedded::EMBEDDED.iter().map(|(l, _)| *l).collect();
    langs.sort_by_key(|l| (*l != FALLBACK, *l));
    langs
}

/// One language, ready to format messages.
pub struct Language {
    pub code: String,
    bundle: Bundle,
}

impl Language {
    fn load(code: &str, files: &[LocaleFile]) -> Self {
        let langid = code.parse().unwrap_or_default();
        let mut bundle = Bundle::new_concurrent(vec![langid]);
        bundle.set_use_isolating(false);
        for file in files.iter().filter(|f| f.lang == code) {
            let resource = match FluentResource::try_new(file.text.to_owned()) {
                Ok(r) => r,
                Err((r, errors)) => {
                    log::warn!(
                        "locales/{}/{}: {} broken message(s); English is used for them",
                        file.lang,
                        file.name,
                        errors.len()
                    );
                    r
                }
            };
            if let Err(errors) = bundle.add_resource(resource) {
                log::warn!(
                    "locales/{}/{}: {} duplicate message(s)",
                    file.lang,
                    file.name,
                    errors.len()
                );
            }
        }
        Self {
            code: code.to_owned(),
            bundle,
        }
    }

    /// Formats a message, or `None` when this language does not have it (or it is broken).
    #[must_use]
    pub fn format(&self, id: &str, args: Option<&FluentArgs>) -> Option<String> {
        let pattern = self.bundle.get_message(id)?.value()?;
        let mut errors = Vec::new();
        let text = self.bundle.format_pattern(pattern, args, &mut errors);
        if errors.is_empty() {
            Some(text.into_owned())
        } else {
            None
        }
    }

    #[must_use]
    pub fn has(&self, id: &str) -> bool {
        self.bundle.get_message(id).and_then(|m| m.value()).is_some()
    }
}

/// All languages and the current one.
pub struct I18n {
    languages: Vec<Language>,
    current: usize,
    reported: Mutex<HashSet<(String, String)>>,
}

impl Default for I18n {
    fn default() -> Self {
        Self::new(FALLBACK)
    }
}

impl I18n {
    /// Loads every built-in language and selects `lang` (or English if unknown).
    #[must_use]
    pub fn new(lang: &str) -> Self {
        Self::from_files(&embedded_files().collect::<Vec<_>>(), lang)
    }

    /// Loads the languages of the given files (English first) and selects `lang`.
    #[must_use]
    pub fn from_files(files: &[LocaleFile], lang: &str) -> Self {
        let mut codes: Vec<&str> = files.iter().map(|f| f.lang).collect();
        codes.sort_by_key(|l| (*l != FALLBACK, *l));
        codes.dedup();
        let languages: Vec<Language> = codes.into_iter().map(|c| Language::load(c, files)).collect();
        let mut me = Self {
            languages,
            current: 0,
            reported: Mutex::new(HashSet::new()),
        };
        me.set_language(lang);
        me
    }

    /// Switches language; an unknown code is matched by its first part (`es-MX` -> `es`),
    /// else English. Returns the code now in use.
    pub fn set_language(&mut self, lang: &str) -> &str {
        let codes: Vec<&str> = self.languages.iter().map(|l| l.code.as_str()).collect();
        self.current = resolve(lang, &codes)
            .map(str::to_owned)
            .and_then(|code| self.languages.iter().position(|l| l.code == code))
            .unwrap_or(0);
        self.code()
    }

    /// Code of the current language.
    #[must_use]
    pub fn code(&self) -> &str {
        self.languages.get(self.current).map_or(FALLBACK, |l| l.code.as_str())
    }

    /// Codes and own names ("Español") of every language, for the picker.
    #[must_use]
    pub fn choices(&self) -> Vec<(String, String)> {
        self.languages
            .iter()
            .map(|l| {
                (
                    l.code.clone(),
                    l.format("language-name", None).unwrap_or_else(|| l.code.clone()),
                )
            })
            .collect()
    }

    /// The text of a message in the current language, falling back to English, then to the id.
    #[must_use]
    pub fn t(&self, id: &str) -> String {
        self.format(id, None)
    }

    /// Like [`I18n::t`] with variables.
    #[must_use]
    pub fn t_args(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        let mut fa = FluentArgs::new();
        for (k, v) in args {
            fa.set(*k, v.clone());
        }
        self.format(id, Some(&fa))
    }

    fn format(&self, id: &str, args: Option<&FluentArgs>) -> String {
        if let Some(lang) = self.languages.get(self.current)
            && let Some(text) = lang.format(id, args)
        {
            return text;
        }
        self.report(id);
        if let Some(en) = self.languages.iter().find(|l| l.code == FALLBACK)
            && let Some(text) = en.format(id, args)
        {
            return text;
        }
        id.to_owned()
    }

    /// A number with one decimal, written the way the current language writes it (2,5 or 2.5).
    #[must_use]
    pub fn decimal(&self, value: f32) -> String {
        // Rounded down, so 2.46 cm never reads as "2.5 cm" next to "keep at least 2.5 cm".
        let down = (f64::from(value) * 10.0).floor() / 10.0;
        let text = format!("{down:.1}");
        let sep = self.t("decimal-separator");
        if sep == "." { text } else { text.replace('.', &sep) }
    }

    /// A date in the current language's usual order.
    #[must_use]
    pub fn date(&self, at: &jiff::Zoned) -> String {
        self.strftime(at, "format-date", "%Y-%m-%d")
    }

    /// A date and time in the current language's usual order.
    #[must_use]
    pub fn date_time(&self, at: &jiff::Zoned) -> String {
        format!("{} {}", self.date(at), self.strftime(at, "format-time", "%H:%M"))
    }

    /// A month and its year ("November 2026", "novembre 2026"); `month` is 1 to 12.
    #[must_use]
    pub fn month_year(&self, year: i16, month: i8) -> String {
        let name = self.t(&format!("month-{}", month.clamp(1, 12)));
        // The year as plain digits: a Fluent number could be written "2,026".
        self.t_args(
            "month-year",
            &[("month", name.into()), ("year", year.to_string().into())],
        )
    }

    /// A time of day.
    #[must_use]
    pub fn time(&self, at: &jiff::Zoned) -> String {
        self.strftime(at, "format-time", "%H:%M")
    }

    fn strftime(&self, at: &jiff::Zoned, id: &str, fallback: &str) -> String {
        use std::fmt::Write as _;
        let pattern = self.t(id);
        let mut out = String::new();
        // A broken pattern from a translation must not crash: fall back to ISO.
        if write!(out, "{}", at.strftime(&pattern)).is_err() || out.is_empty() {
            out.clear();
            let _ = write!(out, "{}", at.strftime(fallback));
        }
        out
    }

    /// Whether the current language or English has this message.
    #[must_use]
    pub fn has(&self, id: &str) -> bool {
        self.languages
            .iter()
            .any(|l| (l.code == self.code() || l.code == FALLBACK) && l.has(id))
    }

    fn report(&self, id: &str) {
        let key = (self.code().to_owned(), id.to_owned());
        if let Ok(mut seen) = self.reported.lock()
            && seen.insert(key)
        {
            log::warn!(
                "message '{id}' is missing or broken in '{}'; using English",
                self.code()
            );
        }
    }
}

/// Picks the best built-in language for a requested code such as `de-AT` or `fr_CA.UTF-8`.
#[must_use]
pub fn resolve<'a>(requested: &str, available: &[&'a str]) -> Option<&'a str> {
    let norm = requested.trim().replace('_', "-");
    let norm = norm.split('.').next().unwrap_or_default().to_ascii_lowercase();
    if let Some(exact) = available.iter().find(|a| a.eq_ignore_ascii_case(&norm)) {
        return Some(exact);
    }
    let primary = norm.split('-').next().unwrap_or_default();
    available.iter().find(|a| a.eq_ignore_ascii_case(primary)).copied()
}

/// The operating system's language if we have it, else English.
#[must_use]
pub fn system_language() -> String {
    sys_locale::get_locales()
        .find_map(|l| resolve(&l, &available()))
        .unwrap_or(FALLBACK)
        .to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resolve_matches_region_variants_and_falls_back() {
        let av = ["en", "es", "fr", "de"];
        assert_eq!(resolve("de-AT", &av), Some("de"));
        assert_eq!(resolve("fr_CA.UTF-8", &av), Some("fr"));
        assert_eq!(resolve("ES", &av), Some("es"));
        assert_eq!(resolve("ja-JP", &av), None);
    }

    #[test]
    fn unknown_language_gives_english() {
        let i = I18n::new("xx");
        assert_eq!(i.code(), "en");
        assert_eq!(i.t("app-title"), "Kineret Coach");
    }

    #[test]
    fn numbers_and_dates_follow_the_language() {
        // A fixed offset: the test must not depend on the machine's time zone database.
        let at = jiff::civil::date(2026, 5, 1)
            .at(8, 30, 0, 0)
            .to_zoned(jiff::tz::TimeZone::fixed(jiff::tz::offset(2)))
            .expect("time");
        let de = I18n::new("de");
        assert_eq!(de.decimal(2.5), "2,5");
        assert_eq!(de.date(&at), "01.05.2026");
        let en = I18n::new("en");
        assert_eq!(en.decimal(1.25), "1.2");
        assert_eq!(
            en.decimal(2.46),
            "2.4",
            "a distance just under the rule never reads as 2.5"
        );
        // US usage: month first, 12-hour clock.
        assert_eq!(en.date_time(&at), "5/1/2026 8:30 AM");
        assert_eq!(de.date_time(&at), "01.05.2026 08:30");
        assert_eq!(I18n::new("es").date_time(&at), "01/05/2026 08:30");
        assert_eq!(I18n::new("fr").date_time(&at), "01/05/2026 08:30");
    }

    const EN: LocaleFile = LocaleFile {
        lang: "en",
        name: "ui.ftl",
        text: "hello = Hello\nbye = Bye { $name }\nlanguage-name = English\n",
    };

    #[test]
    fn a_missing_or_broken_translation_falls_back_to_english_and_is_reported() {
        let de = LocaleFile {
            lang: "de",
            name: "ui.ftl",
            text: "hello = Hallo\nlanguage-name = Deutsch\nbye = Tschüss {\n",
        };
        let i = I18n::from_files(&[EN, de], "de");
        assert_eq!(i.code(), "de");
        assert_eq!(i.t("hello"), "Hallo");
        // `bye` is broken in German: the English text is shown instead, with its variable.
        assert_eq!(i.t_args("bye", &[("name", "Ana".into())]), "Bye Ana");
        assert!(
            i.reported
                .lock()
                .expect("lock")
                .contains(&("de".to_owned(), "bye".to_owned()))
        );
        let names: Vec<String> = i.choices().into_iter().map(|(_, n)| n).collect();
        assert_eq!(names, vec!["English", "Deutsch"]);
    }

    #[test]
    fn missing_message_gives_its_id_not_a_crash() {
        let i = I18n::new("en");
        assert_eq!(i.t("no-such-message"), "no-such-message");
    }
}
