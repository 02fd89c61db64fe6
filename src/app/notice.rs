//! Notices: what the app tells the user, kept as values (a kind, message ids and their
//! arguments) and translated only when drawn, so they follow a change of language.

use std::path::PathBuf;

use crate::i18n::I18n;

/// How a notice is shown: a success is never coloured like a warning.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NoticeKind {
    Success,
    Info,
    Warning,
    Error,
}

/// One argument of a message, formatted in the user's language when drawn.
#[derive(Clone, Debug, PartialEq)]
pub enum Arg {
    /// Shown as it is (a technical reason from the system, a file name).
    Text(String),
    /// A number (Fluent picks the plural form).
    Count(i64),
    /// Another message id, translated too (a zone's name).
    Msg(String),
    /// A moment, as the language writes dates and times.
    DateTime(jiff::Zoned),
    /// A file path (never made under a policy without file access).
    Path(PathBuf),
}

/// A message id with its arguments.
#[derive(Clone, Debug, PartialEq)]
pub struct Msg {
    pub id: &'static str,
    pub args: Vec<(&'static str, Arg)>,
}

/// A count as a notice argument (saturating: no count of a real log comes near the limit).
#[must_use]
pub fn count(n: usize) -> Arg {
    Arg::Count(i64::try_from(n).unwrap_or(i64::MAX))
}

impl Msg {
    /// A message without arguments.
    #[must_use]
    pub const fn new(id: &'static str) -> Self {
        Self { id, args: Vec::new() }
    }

    /// Adds an argument.
    #[must_use]
    pub fn arg(mut self, name: &'static str, value: Arg) -> Self {
        self.args.push((name, value));
        self
    }

    /// The message in the language of `i18n`.
    #[must_use]
    pub fn text(&self, i18n: &I18n) -> String {
        let values: Vec<(&str, fluent_bundle::FluentValue<'_>)> = self
            .args
            .iter()
            .map(|(name, arg)| {
                let v: fluent_bundle::FluentValue<'_> = match arg {
                    Arg::Text(s) => s.clone().into(),
                    Arg::Count(n) => (*n).into(),
                    Arg::Msg(id) => i18n.t(id).into(),
                    Arg::DateTime(at) => i18n.date_time(at).into(),
                    Arg::Path(p) => p.display().to_string().into(),
                };
                (*name, v)
            })
            .collect();
        i18n.t_args(self.id, &values)
    }
}

/// A button a notice offers next to its text ("Open folder" after an export).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NoticeAction {
    /// Show this folder in the system's file manager.
    OpenFolder(PathBuf),
}

impl NoticeAction {
    /// The button's text (a message id).
    #[must_use]
    pub fn label_id(&self) -> &'static str {
        match self {
            Self::OpenFolder(_) => "open-folder",
        }
    }
}

/// Something the user needs to know, shown until dismissed or replaced by a newer one.
#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    pub kind: NoticeKind,
    /// Sentences, in order.
    pub msgs: Vec<Msg>,
    /// A technical reason from the system, appended as it is (not translated).
    pub detail: Option<String>,
    /// A button offered with the notice.
    pub action: Option<NoticeAction>,
}

impl Notice {
    /// A notice of one message.
    #[must_use]
    pub fn new(kind: NoticeKind, msg: Msg) -> Self {
        Self {
            kind,
            msgs: vec![msg],
            detail: None,
            action: None,
        }
    }

    #[must_use]
    pub fn success(msg: Msg) -> Self {
        Self::new(NoticeKind::Success, msg)
    }

    #[must_use]
    pub fn info(msg: Msg) -> Self {
        Self::new(NoticeKind::Info, msg)
    }

    #[must_use]
    pub fn warning(msg: Msg) -> Self {
        Self::new(NoticeKind::Warning, msg)
    }

    #[must_use]
    pub fn error(msg: Msg) -> Self {
        Self::new(NoticeKind::Error, msg)
    }

    /// Adds a sentence.
    #[must_use]
    pub fn and(mut self, msg: Msg) -> Self {
        self.msgs.push(msg);
        self
    }

    /// Adds the system's reason.
    #[must_use]
    pub fn with_detail(mut self, detail: impl Into<String>) -> Self {
        self.detail = Some(detail.into());
        self
    }

    /// Offers a button with the notice.
    #[must_use]
    pub fn with_action(mut self, action: NoticeAction) -> Self {
        self.action = Some(action);
        self
    }

    /// The whole notice in the language of `i18n`.
    #[must_use]
    pub fn text(&self, i18n: &I18n) -> String {
        let mut parts: Vec<String> = self.msgs.iter().map(|m| m.text(i18n)).collect();
        if let Some(d) = &self.detail {
            parts.push(d.clone());
        }
        parts.join(" ")
    }

    /// The first message id (tests and logs).
    #[must_use]
    pub fn id(&self) -> &'static str {
        self.msgs.first().map_or("", |m| m.id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_notice_follows_a_change_of_language() {
        let n = Notice::success(
            Msg::new("log-saved")
                .arg("zone", Arg::Msg("zone-left_thigh".into()))
                .arg("time", Arg::DateTime(jiff::Zoned::now())),
        );
        let en = n.text(&I18n::new("en"));
        let de = n.text(&I18n::new("de"));
        assert!(en.contains("Left thigh") || en.contains("left thigh"), "{en}");
        assert_ne!(en, de, "the same notice reads in German after the switch");
        assert!(!de.contains("Left thigh"), "{de}");
    }
}
