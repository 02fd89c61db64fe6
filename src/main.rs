//! `kineret-coach`: parse the command line; run a sub-command, or open the window.

use std::process::ExitCode;

use clap::Parser;
use kineret_coach::cli::{self, Cli};

fn main() -> ExitCode {
    env_logger::Builder::from_env(env_logger::Env::default().default_filter_or("warn")).init();
    let cli = Cli::parse();
    if let Some(command) = &cli.command {
        let stdout = std::io::stdout();
        let mut out = stdout.lock();
        return match cli::run(&cli, command, &mut out) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("kineret-coach: {e:#}");
                ExitCode::FAILURE
            }
        };
    }
    match cli::window_options(&cli).and_then(kineret_coach::ui::run_native) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("kineret-coach: {e:#}");
            ExitCode::FAILURE
        }
    }
}
