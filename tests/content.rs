//! The teaching texts: complete in every language, region-correct, free of the seed errors,
//! and plain enough to read.

use kineret_coach::content::export::{export_markdown, section_prose};
use kineret_coach::content::{Content, Region};
use kineret_coach::i18n::{self, I18n};

fn langs() -> Vec<&'static str> {
    i18n::available()
}

#[test]
fn every_language_has_every_message() {
    let problems = i18n::check::check_embedded();
    assert!(
        problems.is_empty(),
        "content check found:\n{}",
        problems.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n")
    );
    for lang in ["en", "es", "fr", "de"] {
        assert!(langs().contains(&lang), "{lang} is built in");
    }
}

#[test]
fn every_export_differs_from_english() {
    let content = Content::embedded();
    for region in Region::ALL {
        let en = export_markdown(&content, &I18n::new("en"), region);
        for lang in langs().into_iter().filter(|l| *l != "en") {
            let other = export_markdown(&content, &I18n::new(lang), region);
            assert_ne!(en, other, "{lang} export is a translation");
            // Every block is translated, not silently English.
            let tr = I18n::new(lang);
            let english = I18n::new("en");
            for s in &content.sections {
                for b in s.visible(Some(region)) {
                    assert_ne!(tr.t(&b.msg), english.t(&b.msg), "{lang}: '{}' is still English", b.msg);
                }
            }
        }
    }
}

#[test]
fn region_blocks_never_leak_into_the_other_region() {
    let content = Content::embedded();
    for lang in langs() {
        let i18n = I18n::new(lang);
        let us = export_markdown(&content, &i18n, Region::Us);
        let eu = export_markdown(&content, &i18n, Region::Eu);
        for s in &content.sections {
            for b in &s.blocks {
                let text = i18n.t(&b.msg);
                let first_line = text.lines().next().unwrap_or_default();
                // An empty line is in every export and would make the check below pass for
                // blocks that are meant for one region only.
                assert!(!first_line.trim().is_empty(), "{lang}: block {} starts empty", b.msg);
                // Each region's export must hold the block if it is for that region, and must not otherwise.
                for (region, export) in [(Region::Us, &us), (Region::Eu, &eu)] {
                    let meant = b.region.visible_for(Some(region));
                    assert_eq!(
                        export.contains(first_line),
                        meant,
                        "{lang}: block {} ({:?}) in the {region:?} export: expected {meant}",
                        b.msg,
                        b.region
                    );
                }
            }
        }
    }
}

/// Finds `needle` case-insensitively; returns the byte offsets of each match.
fn find_all(hay: &str, needle: &str) -> Vec<usize> {
    let h = hay.to_lowercase();
    let n = needle.to_lowercase();
    h.match_indices(&n).map(|(i, _)| i).collect()
}

#[test]
fn no_seed_error_appears_in_any_language() {
    let content = Content::embedded();
    for lang in langs() {
        for region in Region::ALL {
            let md = export_markdown(&content, &I18n::new(lang), region);
            let low = md.to_lowercase();
            // 1. Swapped brand names: Enbrel is etanercept, Remicade is infliximab.
            // The stems match every spelling (French writes "étanercept").
            for (brand, inn) in [("enbrel", "tanercept"), ("remicade", "infliximab")] {
                let mentions = find_all(&md, brand);
                // The TNF-blocker warning names both brands in every export; without a mention
                // the check below would have nothing to check.
                assert!(!mentions.is_empty(), "{lang}/{region:?}: {brand} is not mentioned");
                for i in mentions {
                    let before = &low[..i];
                    let last_inn = before.rfind(inn);
                    let other = if inn == "tanercept" { "infliximab" } else { "tanercept" };
                    let last_other = before.rfind(other);
                    assert!(
                        last_inn.is_some() && last_inn > last_other,
                        "{lang}/{region:?}: {brand} not next to {inn}"
                    );
                }
            }
            // 2-3. A maximum of "8 mg a day" (it is 8 mg per kg a day).
            for bad in [
                "8 mg/day",
                "8mg/day",
                "8 mg/día",
                "8 mg/jour",
                "8 mg/tag",
                "8 mg a day",
                "8 mg per day",
            ] {
                assert!(!low.contains(bad), "{lang}: '{bad}'");
            }
            // 5. COVID-19 is not FDA-approved: in the US export it only appears in the "not approved" sentence.
            if region == Region::Us {
                let i18n = I18n::new(lang);
                let covid_line = i18n.t("how-covid-us");
                assert!(
                    md.contains(&covid_line),
                    "{lang}: US export says COVID-19 is not approved"
                );
                let rest = md.replace(&covid_line, "");
                assert!(
                    !rest.to_lowercase().contains("covid"),
                    "{lang}: COVID-19 mentioned as a US use"
                );
            }
            // 6. DIRA is "interleukin-1 receptor antagonist" deficiency.
            assert!(!low.contains("interleukin-1 antagonist"), "{lang}: wrong DIRA name");
            // 16. The old 12-hour room-temperature rule; and the unverified 24-hour rule.
            for bad in [
                "12 hours",
                "12 horas",
                "12 heures",
                "12 stunden",
                "24 hours",
                "24 horas",
                "24 heures",
                "24 stunden",
            ] {
                assert!(!low.contains(bad), "{lang}: old or unverified storage rule '{bad}'");
            }
            // The unverified 60-90 minute warm-up.
            for bad in [
                "60 minutes",
                "90 minutes",
                "60 minutos",
                "60 minuten",
                "60 à 90",
                "60 a 90",
                "60 bis 90",
                "60 to 90",
            ] {
                assert!(!low.contains(bad), "{lang}: unverified warm-up time '{bad}'");
            }
            // 11. Stopping is not simply "safe" (flare risk in NOMID/DIRA).
            assert!(!low.contains("safely stop"), "{lang}: says stopping is safe");
            // 9. Pregnancy is not a US contraindication.
            // (The EU advice must be real text of the EU export, or its absence proves nothing.)
            let eu_pregnancy = I18n::new(lang).t("safety-pregnancy-eu");
            match region {
                Region::Us => assert!(
                    !md.contains(&eu_pregnancy),
                    "{lang}: EU pregnancy rule in the US export"
                ),
                Region::Eu => assert!(md.contains(&eu_pregnancy), "{lang}: EU export lacks the pregnancy rule"),
            }
        }
    }
}

/// The EU leaflet's room-temperature rule in each language, as the app words it (fact sheet,
/// section 7): warmed up to at most 25 °C, used within 72 hours, never back in the fridge.
const EU_OUT_OF_FRIDGE: [(&str, [&str; 3]); 4] = [
    (
        "en",
        [
            "(up to 25 °C)",
            "use it within 72 hours or throw it away",
            "Do not put it back in the fridge.",
        ],
    ),
    (
        "de",
        [
            "(bis 25 °C)",
            "innerhalb von 72 Stunden oder werfen Sie sie weg",
            "Legen Sie sie nicht zurück in den Kühlschrank.",
        ],
    ),
    (
        "es",
        [
            "(hasta 25 °C)",
            "en un plazo de 72 horas o deséchala",
            "No la vuelvas a meter en la nevera.",
        ],
    ),
    (
        "fr",
        [
            "(jusqu'à 25 °C)",
            "dans les 72 heures ou jetez-la",
            "Ne la remettez pas au réfrigérateur.",
        ],
    ),
];

#[test]
fn eu_storage_rule_is_72_hours_and_us_has_no_invented_allowance() {
    let content = Content::embedded();
    for lang in langs() {
        let i18n = I18n::new(lang);
        let eu = export_markdown(&content, &i18n, Region::Eu);
        let us = export_markdown(&content, &i18n, Region::Us);
        let (_, phrases) = EU_OUT_OF_FRIDGE
            .iter()
            .find(|(l, _)| *l == lang)
            .unwrap_or_else(|| panic!("{lang}: add its wording of the EU 72-hour rule to EU_OUT_OF_FRIDGE"));
        // The rule is one paragraph of the EU export, with the temperature, the time limit and
        // "not back in the fridge" together in it.
        let rule = eu
            .lines()
            .find(|l| l.contains(phrases[1]))
            .unwrap_or_else(|| panic!("{lang}: EU export lacks the 72-hour rule '{}'", phrases[1]));
        assert_eq!(rule, i18n.t("storage-out-eu"), "{lang}: the rule is its own paragraph");
        for phrase in phrases {
            assert!(rule.contains(phrase), "{lang}: EU rule lacks '{phrase}': {rule}");
        }
        assert!(
            !us.contains("72"),
            "{lang}: the EU 72-hour rule is not shown to US readers"
        );
        assert!(
            !us.contains("25 °C"),
            "{lang}: no room-temperature allowance is shown to US readers"
        );
    }
}

/// Flesch-Kincaid grade of `text`: by textstat (as the README says) when Python has it,
/// else by the same formula in Rust with a vowel-group syllable count.
fn grade(text: &str) -> (f64, &'static str) {
    // One sentence per line: list items and headings are sentences on screen.
    let text: String = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(|l| {
            if l.ends_with(['.', '?', '!', ':']) {
                l.to_owned()
            } else {
                format!("{l}.")
            }
        })
        .collect::<Vec<_>>()
        .join(" ");
    let py = std::process::Command::new("python3")
        .args([
            "-c",
            "import sys, textstat; print(textstat.flesch_kincaid_grade(sys.stdin.read()))",
        ])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .and_then(|mut child| {
            use std::io::Write;
            if let Some(mut stdin) = child.stdin.take() {
                stdin.write_all(text.as_bytes())?;
            }
            child.wait_with_output()
        });
    if let Ok(out) = py
        && out.status.success()
        && let Ok(g) = String::from_utf8_lossy(&out.stdout).trim().parse::<f64>()
    {
        return (g, "textstat");
    }
    (kineret_coach::content::readability::flesch_kincaid_grade(&text), "rust")
}

#[test]
fn english_sections_read_at_grade_six_or_below() {
    let content = Content::embedded();
    let en = I18n::new("en");
    let mut report = Vec::new();
    let mut too_hard = Vec::new();
    for region in Region::ALL {
        for s in &content.sections {
            let prose = section_prose(s, &en, region);
            let (g, how) = grade(&prose);
            report.push(format!("{:?} {:?}: grade {g:.1} ({how})", s.id, region));
            if g > 6.0 {
                too_hard.push(format!("{:?} {:?}: {g:.1}", s.id, region));
            }
        }
    }
    eprintln!("{}", report.join("\n"));
    assert!(too_hard.is_empty(), "English sections above grade 6: {too_hard:?}");
}

#[test]
fn counted_words_take_the_singular_for_one_in_every_language() {
    // (message, the variable that counts)
    let counted = [
        ("period-days", "days"),
        ("zone-days-ago", "days"),
        ("point-age", "days"),
        ("map-legend-rest", "days"),
        ("report-period", "days"),
        ("report-count", "count"),
    ];
    for lang in langs() {
        let tr = I18n::new(lang);
        for (id, var) in counted {
            let say = |n: u32| tr.t_args(id, &[(var, n.into()), ("from", "A".into()), ("to", "B".into())]);
            assert_ne!(say(1), say(2), "{lang}: '{id}' has a singular form");
            assert!(say(2).contains('2'), "{lang}: '{id}' shows the number: {}", say(2));
        }
    }
    // French counts 0 like 1 ("0 jour"); English does not ("0 days").
    assert_eq!(I18n::new("fr").t_args("period-days", &[("days", 0.into())]), "0 jour");
    assert_eq!(I18n::new("en").t_args("period-days", &[("days", 0.into())]), "0 days");
}
