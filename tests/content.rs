//! The teaching texts: complete in every language, region-correct, free of the seed errors,
//! and plain enough to read.

use kineret_coach::content::export::{export_markdown, section_prose};
use kineret_coach::content::{BlockKind, Content, HelpLevel, Region, SectionId};
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
            // French puts no-break spaces between a number and its unit ("12\u{a0}heures"):
            // the wrong-figure checks below read the text with plain spaces.
            let plain = low.replace('\u{a0}', " ");
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
                assert!(!plain.contains(bad), "{lang}: '{bad}'");
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
            assert!(!plain.contains("interleukin-1 antagonist"), "{lang}: wrong DIRA name");
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
                assert!(!plain.contains(bad), "{lang}: old or unverified storage rule '{bad}'");
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
                assert!(!plain.contains(bad), "{lang}: unverified warm-up time '{bad}'");
            }
            // 11. Stopping is not simply "safe" (flare risk in NOMID/DIRA).
            assert!(!plain.contains("safely stop"), "{lang}: says stopping is safe");
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
            "innerhalb von 72 Stunden (3 Tagen) oder werfen Sie sie weg",
            "Legen Sie sie nicht zurück in den Kühlschrank.",
        ],
    ),
    (
        "es",
        [
            "(hasta 25 °C)",
            "en un plazo de 72 horas (3 días) o deséchela",
            "No la vuelva a poner en el refrigerador.",
        ],
    ),
    (
        "fr",
        [
            "(jusqu'à 25\u{a0}°C)",
            "dans les 72\u{a0}heures ou jetez-la",
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
        // French writes "25\u{a0}°C" with a no-break space: compare with plain spaces.
        let us = export_markdown(&content, &i18n, Region::Us).replace('\u{a0}', " ");
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
    let text = kineret_coach::content::readability::as_sentences(text);
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

/// Per language: words that must (or must not) appear, as the app words them.
struct Wording {
    lang: &'static str,
    /// The EU leaflet's "not down the sink, toilet or in the trash" words (EU only).
    eu_disposal: &'static [&'static str],
    /// Fever or infection: call before the next injection; the after-hours line.
    fever_rule: [&'static str; 2],
    /// Words that invite waiting ("a fever that does not go away").
    waiting: &'static [&'static str],
    /// Allergic reaction: do not drive yourself; not again until a doctor says it is safe.
    allergy_rule: [&'static str; 2],
    /// A dose below 100 mg: never the whole syringe.
    never_whole: &'static str,
    /// The one liquid-check step ends with this.
    not_sure: &'static str,
    /// The leaflet date that was only a placeholder.
    placeholder_date: &'static str,
    /// In the US, "ask your pharmacist for help in your language" names the language.
    own_language: &'static str,
}

const WORDING: [Wording; 4] = [
    Wording {
        lang: "en",
        eu_disposal: &["sink", "toilet", "trash", "household waste", "drain"],
        fever_rule: ["before your next injection", "after-hours line"],
        waiting: &["does not go away", "that persists"],
        allergy_rule: ["Do not drive yourself", "until a doctor says it is safe"],
        never_whole: "Never inject the whole syringe",
        not_sure: "Not sure? Don't use it. Ask your pharmacist.",
        placeholder_date: "February 2022",
        own_language: "",
    },
    Wording {
        lang: "es",
        eu_disposal: &["desagüe", "inodoro", "basura"],
        fever_rule: ["antes de la próxima inyección", "para cuando la consulta está cerrada"],
        waiting: &["que no se va", "que no desaparece"],
        allergy_rule: ["usted mismo", "hasta que un médico le diga que es seguro"],
        never_whole: "Nunca se inyecte la jeringa entera",
        not_sure: "¿Tiene dudas? No la use. Pregunte a su farmacéutico.",
        placeholder_date: "febrero de 2022",
        own_language: "español",
    },
    Wording {
        lang: "fr",
        eu_disposal: &["évier", "toilettes", "poubelle", "ordures ménagères", "égout"],
        fever_rule: ["avant la prochaine injection", "médecin de garde"],
        waiting: &["qui ne passe pas"],
        allergy_rule: ["Ne conduisez pas vous-même", "avant qu'un médecin vous le permette"],
        never_whole: "N'injectez jamais toute la seringue",
        not_sure: "Un doute\u{a0}? Ne l'utilisez pas. Demandez à votre pharmacien.",
        placeholder_date: "février 2022",
        own_language: "français",
    },
    Wording {
        lang: "de",
        eu_disposal: &["Waschbecken", "Toilette", "Hausmüll", "Abwasser"],
        fever_rule: ["bevor Sie das nächste Mal spritzen", "Bereitschaftsdienst"],
        waiting: &["nicht weggeht"],
        allergy_rule: ["Fahren Sie nicht selbst", "erst wieder, wenn ein Arzt sagt"],
        never_whole: "spritzen Sie nie den ganzen Inhalt der Spritze",
        not_sure: "Sind Sie unsicher? Dann verwenden Sie die Spritze nicht. Fragen Sie Ihre Apotheke.",
        placeholder_date: "Februar 2022",
        own_language: "Deutsch",
    },
];

fn wording(lang: &str) -> &'static Wording {
    WORDING
        .iter()
        .find(|w| w.lang == lang)
        .unwrap_or_else(|| panic!("{lang}: add its wording to WORDING"))
}

/// One section of an export, from its title to the next section.
fn section_of<'a>(md: &'a str, i18n: &I18n, id: SectionId) -> &'a str {
    let title = format!("## {}\n", i18n.t(&id.title_msg()));
    let start = md.find(&title).unwrap_or_else(|| panic!("no section '{title}'"));
    let rest = &md[start + title.len()..];
    let end = rest.find("\n## ").map_or(rest.len(), |i| i + 1);
    &rest[..end]
}

/// The export's lines under one heading (up to the next heading).
fn under_heading<'a>(md: &'a str, heading: &str) -> &'a str {
    let start = md
        .find(&format!("### {heading}\n"))
        .unwrap_or_else(|| panic!("no heading '{heading}'"));
    let rest = &md[start + 4..];
    let end = rest.find("\n#").map_or(rest.len(), |i| i + 1);
    &rest[..end]
}

#[test]
fn us_export_never_shows_the_eu_disposal_wording() {
    let content = Content::embedded();
    for lang in langs() {
        let i18n = I18n::new(lang);
        let w = wording(lang);
        let us = export_markdown(&content, &i18n, Region::Us).to_lowercase();
        let eu = export_markdown(&content, &i18n, Region::Eu).to_lowercase();
        for word in w.eu_disposal {
            let word = word.to_lowercase();
            assert!(
                !us.contains(&word),
                "{lang}: US export says '{word}' (EU leaflet wording)"
            );
        }
        assert!(
            w.eu_disposal.iter().any(|word| eu.contains(&word.to_lowercase())),
            "{lang}: the EU export keeps the leaflet's disposal rule"
        );
        // The US reader still learns what to do with a full sharps box.
        assert!(
            us.contains(&i18n.t("safety-sharps").to_lowercase()),
            "{lang}: US sharps advice"
        );
    }
}

#[test]
fn a_dose_below_100_mg_is_never_the_whole_syringe_and_the_eu_steps_set_it_over_gauze() {
    let content = Content::embedded();
    for lang in langs() {
        let i18n = I18n::new(lang);
        let w = wording(lang);
        for region in Region::ALL {
            let md = export_markdown(&content, &i18n, region);
            let keys = under_heading(section_of(&md, &i18n, SectionId::Steps), &i18n.t("section-key-points"));
            assert!(
                keys.contains(w.never_whole),
                "{lang}/{region:?}: a key point says never to inject the whole syringe"
            );
        }
        let eu = export_markdown(&content, &i18n, Region::Eu);
        let us = export_markdown(&content, &i18n, Region::Us);
        let steps = under_heading(&eu, &i18n.t("steps-all"));
        // The leaflet's order: cap off, then the three 20-90 mg steps, then clean and pinch.
        let at = |id: &str| {
            steps
                .find(&i18n.t(id))
                .unwrap_or_else(|| panic!("{lang}: EU steps lack {id}"))
        };
        let order = [
            "step-cap-off",
            "step-bubbles",
            "step-small-drop",
            "step-small-gauze",
            "step-small-wrong",
            "step-clean-pinch",
            "step-insert",
        ];
        for pair in order.windows(2) {
            assert!(at(pair[0]) < at(pair[1]), "{lang}: {} before {}", pair[0], pair[1]);
        }
        for id in ["step-small-drop", "step-small-gauze", "step-small-wrong"] {
            let t = i18n.t(id);
            assert!(
                t.contains("20") && t.contains("90"),
                "{lang}: {id} says it is for 20 to 90 mg"
            );
            assert!(
                !us.contains(&t),
                "{lang}: the EU gauze steps are not shown to US readers"
            );
        }
        // US: ask the nurse or pharmacist, throw away what is left.
        assert!(us.contains(&i18n.t("steps-key-small-us")), "{lang}: US key point");
        assert!(us.contains(&i18n.t("step-dose-us")), "{lang}: US dose step");
    }
}

#[test]
fn any_fever_means_calling_the_doctor_before_the_next_injection_in_all_8_exports() {
    let content = Content::embedded();
    for lang in langs() {
        let i18n = I18n::new(lang);
        let w = wording(lang);
        for region in Region::ALL {
            let md = export_markdown(&content, &i18n, region);
            let soon = under_heading(&md, &i18n.t(HelpLevel::Soon.heading_msg()));
            let rule = i18n.t("help-soon-call");
            assert!(
                soon.contains(&rule),
                "{lang}/{region:?}: the rule is under 'call your doctor'"
            );
            for phrase in w.fever_rule {
                assert!(rule.contains(phrase), "{lang}: the rule says '{phrase}': {rule}");
            }
            assert!(
                soon.contains(&i18n.t("help-soon-fever")),
                "{lang}/{region:?}: any fever is on the list"
            );
            // Shown as this app's advice, in bold, right under the introduction.
            assert!(
                soon.contains(&format!("**[{}] {rule}**", i18n.t("tag-app-advice"))),
                "{lang}/{region:?}: the rule is tagged as app advice"
            );
            for wait in w.waiting {
                assert!(!soon.contains(wait), "{lang}/{region:?}: '{wait}' invites waiting");
            }
            let key = match region {
                Region::Us => "help-key-infection-us",
                Region::Eu => "help-key-infection-eu",
            };
            assert!(
                md.contains(&i18n.t(key)),
                "{lang}/{region:?}: the key point says it too"
            );
        }
    }
}

#[test]
fn an_allergic_reaction_means_the_regions_emergency_number_tagged_as_app_advice() {
    let content = Content::embedded();
    for lang in langs() {
        let i18n = I18n::new(lang);
        let w = wording(lang);
        for (region, id, number, other) in [
            (Region::Us, "help-now-call-us", "911", "112"),
            (Region::Eu, "help-now-call-eu", "112", "911"),
        ] {
            let md = export_markdown(&content, &i18n, region);
            let now = under_heading(&md, &i18n.t(HelpLevel::Now.heading_msg()));
            let action = i18n.t(id);
            assert!(
                now.contains(&format!("**[{}] {action}**", i18n.t("tag-app-advice"))),
                "{lang}/{region:?}: the call is shown, tagged as app advice"
            );
            assert!(action.contains(number), "{lang}/{region:?}: call {number}");
            assert!(
                !md.contains(other),
                "{lang}/{region:?}: the other region's number {other}"
            );
            for phrase in w.allergy_rule {
                assert!(action.contains(phrase), "{lang}/{region:?}: '{phrase}' in: {action}");
            }
        }
    }
}

#[test]
fn the_liquid_check_is_one_step_that_says_when_in_doubt_do_not_use_it() {
    let content = Content::embedded();
    let steps = content.section(SectionId::Steps).expect("steps");
    for region in Region::ALL {
        let checks: Vec<_> = steps
            .visible(Some(region))
            .filter(|b| b.kind == BlockKind::Step(kineret_coach::content::Picture::Check))
            .collect();
        assert_eq!(checks.len(), 1, "{region:?}: one step, one picture for the liquid");
        // Every step a reader walks through has its own picture.
        let mut pictures: Vec<_> = steps
            .visible(Some(region))
            .filter_map(|b| match b.kind {
                BlockKind::Step(p) => Some(p),
                _ => None,
            })
            .collect();
        let n = pictures.len();
        pictures.sort_by_key(|p| format!("{p:?}"));
        pictures.dedup();
        assert_eq!(pictures.len(), n, "{region:?}: two steps share a picture");
    }
    for lang in langs() {
        let i18n = I18n::new(lang);
        let t = i18n.t("step-check");
        assert!(t.ends_with(wording(lang).not_sure), "{lang}: {t}");
    }
}

#[test]
fn the_eu_region_teaches_every_leaflet_step_and_the_us_region_points_to_the_pack() {
    let content = Content::embedded();
    let steps = content.section(SectionId::Steps).expect("steps");
    let ids = |region| -> Vec<&str> {
        steps
            .visible(Some(region))
            .filter(|b| matches!(b.kind, BlockKind::Step(_)))
            .map(|b| b.msg.as_str())
            .collect()
    };
    let eu = ids(Region::Eu);
    // Section 5b of the fact sheet, in its order.
    let leaflet = [
        "step-need",
        "step-fridge",
        "step-no-shake",
        "step-expiry",
        "step-check",
        "step-warm-eu",
        "step-no-heat-eu",
        "step-cap-on",
        "step-wash",
        "step-table",
        "step-dose-eu",
        "step-cap-off",
        "step-bubbles",
        "step-small-drop",
        "step-small-gauze",
        "step-small-wrong",
        "step-clean-pinch",
        "step-insert",
        "step-push",
        "step-let-go",
        "step-once-eu",
        "step-no-recap",
        "step-sharps-eu",
    ];
    let positions: Vec<usize> = leaflet
        .iter()
        .map(|id| {
            eu.iter()
                .position(|s| s == id)
                .unwrap_or_else(|| panic!("EU lacks {id}"))
        })
        .collect();
    assert!(
        positions.windows(2).all(|w| w[0] < w[1]),
        "EU steps follow the leaflet: {eu:?}"
    );
    // The EU leaflet gives no needle angle; neither does any step, in any language.
    for lang in langs() {
        let i18n = I18n::new(lang);
        for region in Region::ALL {
            let md = export_markdown(&content, &i18n, region);
            assert!(
                !md.contains('°') || !md.contains("45°") && !md.contains("90°"),
                "{lang}: angle"
            );
        }
        let us = export_markdown(&content, &i18n, Region::Us);
        assert!(
            us.contains(&i18n.t("steps-other")),
            "{lang}: US points to the leaflet in the pack"
        );
        let help = i18n.t("steps-language-us");
        assert!(us.contains(&help), "{lang}: US asks the pharmacist for help");
        assert!(
            help.contains(wording(lang).own_language),
            "{lang}: names the language: {help}"
        );
    }
}

#[test]
fn us_label_is_named_us_prescribing_information_and_us_help_cites_us_sources_or_app_advice() {
    let content = Content::embedded();
    for lang in langs() {
        let name = I18n::new(lang).t("source-US-PI");
        assert!(
            name.to_lowercase().contains("prescribing information"),
            "{lang}: the US label is 'US prescribing information': {name}"
        );
        for wrong in ["Fachinformation", "ficha técnica", "RCP", "label for doctors"] {
            assert!(!name.contains(wrong), "{lang}: '{wrong}' is an EU name: {name}");
        }
    }
    let us_ok = ["US-PI", "US-PPI", "APP"];
    let help = content.section(SectionId::Help).expect("help");
    for b in help.visible(Some(Region::Us)) {
        let sources = b.sources_for(Some(Region::Us));
        assert!(
            sources.iter().all(|s| us_ok.contains(&s.as_str())),
            "{}: US help cites {sources:?}; use US sources or tag it as app advice",
            b.msg
        );
    }
}

#[test]
fn eu_site_distances_are_shown_as_the_apps_rule_from_the_acr_guide() {
    let content = Content::embedded();
    let en = I18n::new("en");
    let mut seen = 0;
    for s in &content.sections {
        for b in s.visible(Some(Region::Eu)) {
            let t = en.t(&b.msg);
            if t.contains("5 cm") || t.contains("2.5 cm") {
                seen += 1;
                let sources = b.sources_for(Some(Region::Eu));
                assert!(
                    sources.iter().any(|s| s == "S2") && sources.iter().any(|s| s == "APP"),
                    "{}: an EU distance cites the ACR guide and is app advice: {sources:?}",
                    b.msg
                );
                assert!(
                    !sources.iter().any(|s| s.starts_with("EU-")),
                    "{}: the EU leaflet gives no distance",
                    b.msg
                );
            }
        }
    }
    assert!(seen > 0, "the EU region still shows the app's distances");
}

#[test]
fn the_placeholder_leaflet_date_is_never_shown() {
    let content = Content::embedded();
    for lang in langs() {
        for region in Region::ALL {
            let md = export_markdown(&content, &I18n::new(lang), region);
            let bad = wording(lang).placeholder_date;
            assert!(
                !md.contains(bad),
                "{lang}/{region:?}: '{bad}' is not the leaflet's date"
            );
        }
    }
}

#[test]
fn every_language_reads_at_lix_40_or_below() {
    use kineret_coach::content::readability::{MAX_LIX, report, scores};
    let content = Content::embedded();
    eprintln!("{}", report(&content));
    for s in scores(&content) {
        assert!(
            s.lix <= MAX_LIX,
            "{} {:?}: LIX {:.1} is above {MAX_LIX}",
            s.lang,
            s.region,
            s.lix
        );
    }
}

/// What a patient reads in teach mode: the teach-back questions and the summary's own words.
fn teach_patient_text(tr: &I18n) -> String {
    let file = kineret_coach::i18n::embedded_files()
        .find(|f| f.lang == "en" && f.name == "teach.ftl")
        .expect("teach.ftl is built in");
    file.text
        .lines()
        .filter_map(|l| l.split_once(" = ").map(|(id, _)| id.trim()))
        .filter(|id| id.starts_with("teach-q-") || id.starts_with("teach-summary-") || id.starts_with("teach-note-"))
        .map(|id| tr.t(id))
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn teach_back_questions_and_the_summary_read_as_plainly_as_the_lessons() {
    let text = teach_patient_text(&I18n::new("en"));
    assert!(text.contains("Show me"), "the questions are there");
    let (g, how) = grade(&text);
    println!("teach mode, English: grade {g:.1} ({how})");
    assert!(g <= 6.0, "English teach-mode text reads at grade {g:.1} ({how})");
    for lang in ["en", "es", "fr", "de"] {
        let text = teach_patient_text(&I18n::new(lang));
        let lix = kineret_coach::content::readability::lix(&kineret_coach::content::readability::as_sentences(&text));
        println!("teach mode, {lang}: LIX {lix:.1}");
        assert!(
            lix <= kineret_coach::content::readability::MAX_LIX,
            "{lang}: LIX {lix:.1}"
        );
    }
}

#[test]
fn no_teach_back_question_can_be_answered_yes_or_no() {
    // AHRQ teach-back: the patient explains or shows; "Do you understand?" is not a question
    // to ask. Each question starts by asking to tell or show, in every language.
    let starts = [
        ("en", &["Tell me", "Show me", "In your own words"][..]),
        (
            "es",
            &["Dígame", "Muéstreme", "Con sus propias palabras", "Explíqueme"][..],
        ),
        (
            "fr",
            &["Dites-moi", "Montrez-moi", "Avec vos propres mots", "Expliquez-moi"][..],
        ),
        (
            "de",
            &[
                "Sagen Sie",
                "Zeigen Sie",
                "Erzählen Sie",
                "Erklären Sie",
                "Mit Ihren eigenen Worten",
                "Beschreiben Sie",
            ][..],
        ),
    ];
    for (lang, openers) in starts {
        let tr = I18n::new(lang);
        for id in SectionId::ALL {
            let q = tr.t(&kineret_coach::teach::question_msg(id));
            assert!(
                openers.iter().any(|o| q.starts_with(o)),
                "{lang} {id:?}: '{q}' does not ask to tell or show"
            );
            assert!(
                !q.contains("911") && !q.contains("112"),
                "{lang} {id:?}: the question gives the answer away"
            );
        }
    }
}
