//! The command line: options for the window, and sub-commands that need no display
//! (content export/check for pharmacist review, log export/import/suggest for clinic staff).

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use clap::{Args, Parser, Subcommand, ValueEnum};

mod log_cmd;

use crate::content::{Content, Region};
use crate::i18n::{self, I18n};

/// Learn to inject Kineret (anakinra) safely and keep track of injection sites.
#[derive(Debug, Parser)]
#[command(name = "kineret-coach", version, about)]
pub struct Cli {
    /// Folder for the injection log and settings (default: the platform data folder).
    #[arg(long, global = true, value_name = "DIR")]
    pub data_dir: Option<PathBuf>,
    /// Who the app is for: home (default), teach (nurse at the bedside) or kiosk (clinic).
    #[arg(long, value_enum)]
    pub mode: Option<Mode>,
    /// Language code (en, es, fr, de). Default: the system language, else English.
    #[arg(long)]
    pub lang: Option<String>,
    /// Label region: US or EU.
    #[arg(long, value_parser = parse_region)]
    pub region: Option<Region>,
    /// Kiosk configuration file (RON).
    #[arg(long, value_name = "FILE")]
    pub kiosk_config: Option<PathBuf>,
    #[command(subcommand)]
    pub command: Option<Command>,
}

pub use crate::app::Mode;

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Work with the teaching texts.
    #[command(subcommand)]
    Content(ContentCmd),
    /// Work with the injection log in the data folder.
    #[command(subcommand)]
    Log(LogCmd),
    /// Set up kiosk mode for a clinic.
    #[command(subcommand)]
    Kiosk(KioskCmd),
}

#[derive(Debug, Subcommand)]
pub enum KioskCmd {
    /// Ask for a new staff PIN twice (without showing it) and print the line for the kiosk
    /// configuration. The PIN is never taken from the command line, so it stays out of the
    /// shell's history.
    HashPin {
        /// Read the PIN twice from standard input (for scripts) instead of the terminal.
        #[arg(long)]
        stdin: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum ContentCmd {
    /// Print every patient-facing text of one language and region.
    Export(ContentExportArgs),
    /// Check every language for missing, extra or broken messages.
    Check,
}

#[derive(Debug, Args)]
pub struct ContentExportArgs {
    /// Language code (en, es, fr, de).
    #[arg(long)]
    pub lang: String,
    /// Label region: US or EU.
    #[arg(long)]
    pub region: String,
    #[arg(long, value_enum, default_value_t = ContentFormat::Md)]
    pub format: ContentFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ContentFormat {
    Md,
}

#[derive(Debug, Subcommand)]
pub enum LogCmd {
    /// Write the log as CSV or a PDF report.
    Export(LogExportArgs),
    /// Merge a CSV log (as exported) into the log, skipping entries already there.
    Import {
        /// The CSV file to import.
        file: PathBuf,
        /// Rows with the time, area and spot of an entry but other details replace that
        /// entry's details (default: the log is kept and the rows are reported as conflicts).
        #[arg(long)]
        replace: bool,
    },
    /// Print the next suggested injection site.
    Suggest(SuggestArgs),
}

#[derive(Debug, Args)]
pub struct LogExportArgs {
    #[arg(long, value_enum, default_value_t = LogFormat::Csv)]
    pub format: LogFormat,
    /// Output file, or `-` for standard output (default for CSV: standard output; required for PDF).
    #[arg(long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Days covered, up to today (default: the whole log for CSV, 90 for the PDF report).
    #[arg(long, value_parser = clap::value_parser!(u32).range(1..=3660))]
    pub days: Option<u32>,
    /// Language of the PDF report (en, es, fr, de). Default: --lang before `log`, else the
    /// system language, else English.
    #[arg(long)]
    pub lang: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LogFormat {
    Csv,
    Pdf,
}

#[derive(Debug, Args)]
pub struct SuggestArgs {
    /// The moment to suggest for, RFC 3339 (default: now).
    #[arg(long)]
    pub at: Option<jiff::Timestamp>,
    #[arg(long, value_enum, default_value_t = SuggestFormat::Text)]
    pub format: SuggestFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SuggestFormat {
    Text,
    Json,
}

fn parse_region(s: &str) -> Result<Region, String> {
    Region::parse(s).ok_or_else(|| format!("unknown region '{s}'; valid regions: US, EU"))
}

/// The folder for the log and settings: `--data-dir`, else the platform data folder.
pub fn data_dir(explicit: Option<&Path>) -> Result<PathBuf> {
    if let Some(dir) = explicit {
        return Ok(dir.to_path_buf());
    }
    directories::ProjectDirs::from("org", "Kineret Coach", "kineret-coach")
        .map(|p| p.data_dir().to_path_buf())
        .context("Could not find a data folder for this user. Use --data-dir DIR.")
}

/// What the window needs from the command line.
pub fn window_options(cli: &Cli) -> Result<crate::ui::shell::WindowOptions> {
    Ok(crate::ui::shell::WindowOptions {
        mode: cli.mode,
        lang: cli.lang.clone(),
        region: cli.region,
        data_dir: Some(data_dir(cli.data_dir.as_deref())?),
        kiosk: kiosk_setup(cli)?,
    })
}

/// The kiosk's checked configuration when the window is a kiosk; a bad or missing file stops
/// the start (the kiosk never runs half-configured, and never as home mode).
fn kiosk_setup(cli: &Cli) -> Result<Option<crate::kiosk::KioskSetup>> {
    if cli.mode != Some(Mode::Kiosk) {
        if cli.kiosk_config.is_some() {
            bail!("--kiosk-config is only used with --mode kiosk");
        }
        return Ok(None);
    }
    if cli.lang.is_some() || cli.region.is_some() {
        bail!(
            "in kiosk mode the languages and the region come from the kiosk configuration; leave out --lang and --region"
        );
    }
    Ok(Some(crate::kiosk::config::load(cli.kiosk_config.as_deref())?))
}

/// `kiosk hash-pin`: reads the PIN twice and prints the config line. The PIN is read from the
/// terminal without echo (even when standard input is redirected); with `--stdin`, two lines
/// are read from standard input instead (scripts).
fn kiosk_hash_pin(from_stdin: bool, out: &mut dyn Write) -> Result<()> {
    use std::io::BufRead;
    let read = |prompt: &str| -> Result<String> {
        if from_stdin {
            let mut line = String::new();
            std::io::stdin()
                .lock()
                .read_line(&mut line)
                .context("Could not read the PIN")?;
            Ok(line.trim_end_matches(['\n', '\r']).to_owned())
        } else {
            rpassword::prompt_password(prompt).context(
                "Could not read the PIN from a terminal (none is open). Run it in a terminal, or \
                 pipe the PIN in twice with --stdin",
            )
        }
    };
    let first = read("New staff PIN (6 to 12 digits): ")?;
    crate::kiosk::pin::check_new(&first)?;
    let second = read("The same PIN again: ")?;
    if first != second {
        bail!(crate::kiosk::PinError::Mismatch);
    }
    let phc = crate::kiosk::pin::hash(&first)?;
    writeln!(out, "staff_pin_hash: \"{phc}\",")?;
    eprintln!("Paste this line into the kiosk configuration, in place of the old staff_pin_hash.");
    Ok(())
}

/// Runs a sub-command, writing to `out`.
pub fn run(cli: &Cli, command: &Command, out: &mut dyn Write) -> Result<()> {
    match command {
        Command::Content(ContentCmd::Export(args)) => content_export(args, out),
        Command::Content(ContentCmd::Check) => content_check(out),
        Command::Log(cmd) => log_cmd::run(&data_dir(cli.data_dir.as_deref())?, cmd, cli.lang.as_deref(), out),
        Command::Kiosk(KioskCmd::HashPin { stdin }) => kiosk_hash_pin(*stdin, out),
    }
}

fn content_export(args: &ContentExportArgs, out: &mut dyn Write) -> Result<()> {
    let langs = i18n::available();
    let Some(lang) = langs.iter().find(|l| l.eq_ignore_ascii_case(args.lang.trim())) else {
        bail!(
            "unknown language '{}'; valid languages: {}",
            args.lang,
            langs.join(", ")
        );
    };
    let Some(region) = Region::parse(&args.region) else {
        bail!("unknown region '{}'; valid regions: US, EU", args.region);
    };
    let i18n = I18n::new(lang);
    let content = Content::embedded();
    match args.format {
        ContentFormat::Md => {
            out.write_all(crate::content::export::export_markdown(&content, &i18n, region).as_bytes())?;
        }
    }
    Ok(())
}

fn content_check(out: &mut dyn Write) -> Result<()> {
    let problems = i18n::check::check_embedded();
    for p in &problems {
        writeln!(out, "{p}")?;
    }
    if problems.is_empty() {
        writeln!(
            out,
            "All {} languages have every message. No problems found.",
            i18n::available().len()
        )?;
        Ok(())
    } else {
        bail!("{} problem(s) found", problems.len())
    }
}
