//! The clinic's kiosk configuration: a RON file with the languages offered, the label region,
//! the idle timeout, the clinic's name and logo, and the staff PIN's Argon2id hash. A bad file
//! stops the start with one sentence that names the file and the problem; the kiosk never
//! starts half-configured.

use std::path::{Path, PathBuf};
use std::time::Duration;

use serde::{Deserialize, Serialize};

use super::pin::PinHash;
use crate::content::Region;
use crate::log::edge::{self, EdgeError};

/// Shortest and longest idle timeout, in seconds.
pub const TIMEOUT_RANGE: std::ops::RangeInclusive<u64> = 30..=1800;
/// Longest clinic name (it is the attract screen's heading).
pub const MAX_NAME_CHARS: usize = 80;
/// The largest config file read (a config is a few hundred bytes).
const MAX_CONFIG_BYTES: usize = 64 * 1024;
/// The largest logo file read, and the largest picture decoded.
const MAX_LOGO_BYTES: u64 = 8 * 1024 * 1024;
const MAX_LOGO_SIDE: u32 = 2048;
/// The most memory decoding a logo may take (a 2048 x 2048 RGBA picture is 16 MiB).
const MAX_LOGO_DECODE_BYTES: u64 = 32 * 1024 * 1024;
/// A logo is kept at most this big (it is shown at most about 400 x 200 points).
const KEPT_LOGO_W: u32 = 800;
const KEPT_LOGO_H: u32 = 400;

/// The file as the clinic writes it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KioskConfig {
    /// Shown on the attract screen.
    pub clinic_name: String,
    /// Language codes offered to visitors, in the order shown (e.g. `["en", "es"]`).
    pub languages: Vec<String>,
    /// The label region (`US` or `EU`) whose facts are shown.
    pub region: Region,
    /// Seconds without a touch before "Still there?" (30 to 1800).
    pub idle_timeout_secs: u64,
    /// A PNG logo; a relative path is read from the config file's folder.
    #[serde(default)]
    pub logo: Option<PathBuf>,
    /// The staff PIN as an Argon2id PHC string (`kineret-coach kiosk hash-pin` makes one).
    pub staff_pin_hash: String,
}

/// A decoded logo, RGBA, at most 800 x 400 pixels.
#[derive(Clone, PartialEq, Eq)]
pub struct Logo {
    pub width: u32,
    pub height: u32,
    pub rgba: Vec<u8>,
}

impl std::fmt::Debug for Logo {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Logo({}x{})", self.width, self.height)
    }
}

/// A checked configuration, ready to run a kiosk.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KioskSetup {
    pub clinic_name: String,
    /// Built-in language codes, at least one, no repeats.
    pub languages: Vec<&'static str>,
    pub region: Region,
    pub idle_timeout: Duration,
    pub logo: Option<Logo>,
    pub pin: PinHash,
}

/// What is wrong with a kiosk configuration. Each message names the file. Text taken from the
/// file (a language code, a logo's name) shows control characters as escapes, so the message
/// stays one line and cannot clear the terminal it is printed to.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum ConfigError {
    #[error(
        "Kiosk mode needs its configuration file: start it with --mode kiosk --kiosk-config FILE \
         (see \"For clinics\" in the README)."
    )]
    NoFile,
    #[error("The kiosk configuration {} could not be read: {reason}.", path.display())]
    Read { path: PathBuf, reason: String },
    #[error("The kiosk configuration {}, line {line}, column {column}: {}.", path.display(), edge::printable(problem))]
    Syntax {
        path: PathBuf,
        line: usize,
        column: usize,
        problem: String,
    },
    #[error("The kiosk configuration {}: {}.", path.display(), edge::printable(problem))]
    Invalid { path: PathBuf, problem: String },
    #[error(
        "The kiosk configuration {}: the logo {} could not be used: {reason}.",
        path.display(),
        edge::printable(&logo.display().to_string())
    )]
    Logo {
        path: PathBuf,
        logo: PathBuf,
        reason: String,
    },
}

impl KioskConfig {
    /// The file's text (for examples and round trips).
    #[must_use]
    pub fn to_ron(&self) -> String {
        ron::ser::to_string_pretty(self, ron::ser::PrettyConfig::default().struct_names(false)).unwrap_or_default()
    }

    /// Parses the text of a config file; `path` is only named in messages.
    pub fn parse(text: &str, path: &Path) -> Result<Self, ConfigError> {
        ron::Options::default()
            .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
            .from_str(text)
            .map_err(|e| ConfigError::Syntax {
                path: path.to_path_buf(),
                line: e.span.start.line,
                column: e.span.start.col,
                problem: e.code.to_string().trim_end_matches('.').to_owned(),
            })
    }

    /// Checks every field; reads and decodes the logo (relative to `path`'s folder).
    pub fn check(self, path: &Path) -> Result<KioskSetup, ConfigError> {
        let invalid = |problem: String| ConfigError::Invalid {
            path: path.to_path_buf(),
            problem,
        };
        let name = self.clinic_name.trim();
        if name.is_empty() {
            return Err(invalid("clinic_name is empty; write the clinic's name".into()));
        }
        if name.chars().count() > MAX_NAME_CHARS || name.chars().any(|c| c.is_control() || is_bidi_control(c)) {
            return Err(invalid(format!(
                "clinic_name must be one line of at most {MAX_NAME_CHARS} characters, with no control characters"
            )));
        }
        let available = crate::i18n::available();
        let mut languages: Vec<&'static str> = Vec::new();
        for code in &self.languages {
            let Some(found) = available.iter().find(|a| a.eq_ignore_ascii_case(code.trim())) else {
                return Err(invalid(format!(
                    "the language \"{code}\" is not in the app; languages it has: {}",
                    available.join(", ")
                )));
            };
            if !languages.contains(found) {
                languages.push(found);
            }
        }
        if languages.is_empty() {
            return Err(invalid(format!(
                "languages is empty; offer at least one of: {}",
                available.join(", ")
            )));
        }
        if !TIMEOUT_RANGE.contains(&self.idle_timeout_secs) {
            return Err(invalid(format!(
                "idle_timeout_secs is {}; it must be from {} to {} seconds",
                self.idle_timeout_secs,
                TIMEOUT_RANGE.start(),
                TIMEOUT_RANGE.end()
            )));
        }
        let pin = PinHash::parse(&self.staff_pin_hash)
            .map_err(|e| invalid(e.to_string().trim_end_matches('.').to_owned()))?;
        let logo = match &self.logo {
            None => None,
            Some(logo) => {
                let full = path.parent().unwrap_or_else(|| Path::new(".")).join(logo);
                Some(read_logo(&full).map_err(|reason| ConfigError::Logo {
                    path: path.to_path_buf(),
                    logo: full.clone(),
                    reason,
                })?)
            }
        };
        Ok(KioskSetup {
            clinic_name: name.to_owned(),
            languages,
            region: self.region,
            idle_timeout: Duration::from_secs(self.idle_timeout_secs),
            logo,
            pin,
        })
    }
}

/// Characters that reorder text on screen (and could make a name read as something else).
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// Why a file could not be read, in words for a message.
fn read_reason(e: EdgeError) -> String {
    match e {
        EdgeError::Read { reason, .. } => reason,
        EdgeError::NotAFile { .. } | EdgeError::Folder { .. } => "it is not a regular file".into(),
        EdgeError::TooLarge { .. } => "it is far too large".into(),
        other => other.to_string(),
    }
}

/// Reads and checks the kiosk configuration at `path`.
pub fn load(path: Option<&Path>) -> Result<KioskSetup, ConfigError> {
    let path = path.ok_or(ConfigError::NoFile)?;
    let read = |reason: String| ConfigError::Read {
        path: path.to_path_buf(),
        reason,
    };
    // Refused before it is read: a config is a few hundred bytes.
    if std::fs::metadata(path).is_ok_and(|m| m.is_file() && m.len() > MAX_CONFIG_BYTES as u64) {
        return Err(read("it is far too large for a kiosk configuration".into()));
    }
    let bytes = edge::read_input(path).map_err(|e| read(read_reason(e)))?;
    if bytes.len() > MAX_CONFIG_BYTES {
        return Err(read("it is far too large for a kiosk configuration".into()));
    }
    let text = String::from_utf8(bytes).map_err(|_| read("it is not a text file (UTF-8)".into()))?;
    KioskConfig::parse(&text, path)?.check(path)
}

/// Reads a PNG logo and shrinks it to at most 800 x 400 pixels.
fn read_logo(path: &Path) -> Result<Logo, String> {
    let bytes = edge::read_input(path).map_err(read_reason)?;
    if bytes.len() as u64 > MAX_LOGO_BYTES {
        return Err(format!("it is larger than {} MB", MAX_LOGO_BYTES / (1024 * 1024)));
    }
    let mut reader = image::ImageReader::with_format(std::io::Cursor::new(&bytes), image::ImageFormat::Png);
    let mut limits = image::Limits::default();
    limits.max_image_width = Some(MAX_LOGO_SIDE);
    limits.max_image_height = Some(MAX_LOGO_SIDE);
    limits.max_alloc = Some(MAX_LOGO_DECODE_BYTES);
    reader.limits(limits);
    let img = reader
        .decode()
        .map_err(|e| format!("it is not a PNG picture that can be read ({e})"))?;
    let img = if img.width() > KEPT_LOGO_W || img.height() > KEPT_LOGO_H {
        img.thumbnail(KEPT_LOGO_W, KEPT_LOGO_H)
    } else {
        img
    };
    let rgba = img.to_rgba8();
    Ok(Logo {
        width: rgba.width(),
        height: rgba.height(),
        rgba: rgba.into_raw(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    type Spoil = fn(&mut KioskConfig);

    fn good() -> KioskConfig {
        KioskConfig {
            clinic_name: "Riverside Rheumatology".into(),
            languages: vec!["en".into(), "ES".into()],
            region: Region::Us,
            idle_timeout_secs: 120,
            logo: None,
            staff_pin_hash:
                "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21l$h5rwpz0cBvRzAUHFjAWfBFxjG7u7LEyx0fNd9rz29ZA".into(),
        }
    }

    #[test]
    fn a_good_config_round_trips_and_checks() {
        let p = Path::new("/etc/kiosk.ron");
        let text = good().to_ron();
        assert_eq!(KioskConfig::parse(&text, p).expect("parse"), good());
        let setup = good().check(p).expect("check");
        assert_eq!(setup.languages, ["en", "es"]);
        assert_eq!(setup.idle_timeout, Duration::from_mins(2));
    }

    #[test]
    fn each_bad_field_names_the_file_and_the_field() {
        let p = Path::new("/etc/kiosk.ron");
        let cases: [(Spoil, &str); 6] = [
            (|c| c.languages = vec!["xx".into()], "\"xx\" is not in the app"),
            (|c| c.languages.clear(), "languages is empty"),
            (|c| c.idle_timeout_secs = 29, "idle_timeout_secs is 29"),
            (|c| c.idle_timeout_secs = 1801, "from 30 to 1800"),
            (|c| c.staff_pin_hash = "123456".into(), "not an Argon2id hash"),
            (|c| c.clinic_name = "  ".into(), "clinic_name is empty"),
        ];
        for (spoil, want) in cases {
            let mut c = good();
            spoil(&mut c);
            let msg = c.check(p).expect_err("must fail").to_string();
            assert!(msg.contains("/etc/kiosk.ron") && msg.contains(want), "{msg}");
        }
    }

    #[test]
    fn a_syntax_error_gives_line_and_column() {
        let text = "(\n  clinic_name: \"A\",\n  languages: [\"en\"\n  region: US,\n)";
        let e = KioskConfig::parse(text, Path::new("k.ron")).expect_err("bad");
        let ConfigError::Syntax { line, column, .. } = &e else {
            panic!("{e}")
        };
        assert_eq!(*line, 4, "{e}");
        assert!(*column >= 1);
        assert!(
            e.to_string()
                .starts_with("The kiosk configuration k.ron, line 4, column"),
            "{e}"
        );
    }

    #[test]
    fn an_unknown_field_is_refused_rather_than_ignored() {
        let mut text = good().to_ron();
        text = text.replacen('(', "(\n    staff_pin: \"123456\",", 1);
        let e = KioskConfig::parse(&text, Path::new("k.ron"))
            .expect_err("bad")
            .to_string();
        assert!(e.contains("staff_pin"), "{e}");
    }
}
