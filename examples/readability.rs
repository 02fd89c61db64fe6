//! Prints how plain every language reads (Flesch-Kincaid grade for English, LIX for all), per
//! region, as a Markdown table: `cargo run --example readability`.

fn main() {
    let content = kineret_coach::content::Content::embedded();
    print!("{}", kineret_coach::content::readability::report(&content));
}
