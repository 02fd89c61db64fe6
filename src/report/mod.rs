//! Printable reports (PDF): a page canvas with text layout, the body figure, and the reports
//! built on them (the injection-log report today; a teach-mode summary can reuse the parts).
//!
//! Every word comes from the translator passed in, so Fluent chooses plurals and dates follow
//! the language. Nothing here imports egui or the app's screens (`ui`, `app`, `tracker`, `cli`),
//! writes files, changes the log, or panics on any log content or translation.

pub mod canvas;
pub mod figure;
pub mod log_report;
pub mod teach_summary;

pub use log_report::{ReportPeriod, log_report_pdf, log_report_pdf_for};
pub use teach_summary::teach_summary_pdf;
