//! Writes a realistic sample injection log (one entry a day) into a data folder, for trying the
//! app and measuring it: `cargo run --example sample_log -- DIR [YEARS]`.

use kineret_coach::log::store::Store;
use kineret_coach::testing::sample_log;

fn main() -> anyhow::Result<()> {
    let mut args = std::env::args().skip(1);
    let dir = args
        .next()
        .ok_or_else(|| anyhow::anyhow!("usage: sample_log DIR [YEARS]"))?;
    let years: u32 = args.next().map_or(Ok(3), |y| y.parse())?;
    let mut log = sample_log(years, 42);
    // Move the whole log so that its last injection was yesterday.
    if let Some(last) = log.entries.last().map(|e| e.at.timestamp()) {
        let shift = jiff::Timestamp::now().duration_since(last) - jiff::SignedDuration::from_hours(24);
        for e in &mut log.entries {
            e.at = e.at.checked_add(shift)?;
        }
    }
    Store::new(&dir).save(&log)?;
    println!("wrote {} entries to {dir}", log.entries.len());
    Ok(())
}
