//! `kineret-coach`: parse the command line; run a sub-command, or open the window.

use std::process::ExitCode;

use clap::Parser;
use kineret_coach::cli::{self, Cli};

fn main() -> ExitCode {
    env_logger::Builder::from_env(env_logger::Env::default().default_filter_or("warn")).init();
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => return usage_error(&e),
    };
    if let Some(command) = &cli.command {
        let stdout = std::io::stdout();
        let mut out = stdout.lock();
        return match cli::run(&cli, command, &mut out) {
            Ok(()) => ExitCode::SUCCESS,
            // `log export | head -1`: the reader has all it wanted; that is not an error.
            Err(e) if is_closed_pipe(&e) => ExitCode::SUCCESS,
            // Each error is one sentence that already carries its reason: the chain of
            // sources below it would repeat the OS error.
            Err(e) => {
                eprintln!("kineret-coach: {e}");
                ExitCode::FAILURE
            }
        };
    }
    // A kiosk keeps nothing, not even the graphics driver's shader cache: it restarts itself
    // once with that cache off, before it reads its configuration or opens a window.
    if cli.mode == Some(cli::Mode::Kiosk) {
        kineret_coach::ui::shell::restart_without_shader_cache();
    }
    match cli::window_options(&cli).and_then(kineret_coach::ui::run_native) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            // A configuration file's text (a name, a language) can hold terminal escapes.
            eprintln!("kineret-coach: {}", kineret_coach::log::edge::printable(&e.to_string()));
            ExitCode::FAILURE
        }
    }
}

/// True if the error is a write into a pipe whose reader has gone.
fn is_closed_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

/// Help and version as clap prints them; any other command-line mistake as one plain line.
fn usage_error(e: &clap::Error) -> ExitCode {
    use clap::error::ErrorKind;
    if matches!(
        e.kind(),
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
    ) {
        e.exit();
    }
    let text = e.render().to_string();
    let first = text.lines().next().unwrap_or("the command line could not be read");
    let first = first.strip_prefix("error: ").unwrap_or(first).trim();
    eprintln!("kineret-coach: {first}. See kineret-coach --help.");
    ExitCode::from(2)
}
