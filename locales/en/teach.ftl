## Teach mode: a nurse teaches a patient at the bedside.
## Screen words are for the nurse; questions and the summary are read by the patient.

teach-title = Teach a patient
teach-home-button = Teach a patient
teach-home-text = For nurses: go through every topic with a new patient, check what they learned, and print a summary.
teach-privacy = No name or birth date is needed. Nothing is kept after you start over, unless you save the summary.

## Set-up
teach-setup-title = Before you start
teach-setup-region = Which leaflet does the patient follow: US or EU?
teach-setup-language = The patient's language (screens and summary)
teach-setup-indication = What is Kineret for, for this patient?
teach-setup-syringe = How much of a syringe is one dose?
teach-setup-dose = Dose as the prescriber wrote it
teach-setup-dose-hint = For example: 100 mg, or 2 mg/kg, 40 mg
teach-setup-start = Start teaching
teach-setup-missing = Choose all of the above and type the dose to start.
teach-dose-empty = Type the dose as the prescriber wrote it.
teach-dose-long = This is too long for a dose. Use 40 characters or fewer.
teach-dose-words = Use numbers, units and dose words only (for example 100 mg once a day). No names or dates.
teach-dose-shown = Dose as prescribed: { $dose }. Entered by the nurse; not checked by this app.

teach-ind-ra = Rheumatoid arthritis (RA)
teach-ind-nomid = NOMID
teach-ind-dira = DIRA
teach-ind-caps = CAPS
teach-ind-fmf = FMF (familial Mediterranean fever)
teach-ind-still = Still's disease
teach-ind-covid = COVID-19 lung infection
teach-ind-other = Another use the doctor chose

teach-syringe-whole = The whole syringe (100 mg)
teach-syringe-part = Part of a syringe (less than 100 mg)
teach-syringe-other = Something else, as the doctor said

## Topics
teach-topic-of = Topic { $n } of { $total }
teach-question = Ask the patient
teach-key-points = A good answer has these points
teach-result = Result
teach-result-understood = Understood
teach-result-review = Needs review
teach-result-none = Not done yet
teach-notes = Notes (optional)
teach-note-show-again = Show again next visit
teach-note-carer = A carer will help
teach-note-interpreter = Use an interpreter
teach-note-see = Hard to see small marks
teach-note-hold = Hard to hold the syringe
teach-note-needles = Worried about needles
teach-prev = Previous topic
teach-next = Next topic
teach-overview = All topics
teach-progress = { $done } of { $total } topics done

## Return demonstration
teach-demo-title = Return demonstration
teach-demo-intro = The patient shows each step with a practice syringe. Tick each step as they show it.
teach-demo-progress = { $done } of { $total } steps shown
teach-step-shown = Shown
teach-step-practice = Needs practice

## Site plan
teach-plan-title = Site plan
teach-plan-intro = Agree with the patient which areas to use, and any to keep away from (a scar, or the side of a port).
teach-plan-use = Use
teach-plan-avoid = Avoid
teach-plan-clear = Not decided
teach-plan-map-area = { $area }: { $plan }. Tap to change.
teach-plan-legend = On the map: plain = use, crossed = keep away, dotted = not decided. Tap an area to change it.
teach-plan-empty = No areas chosen yet.
teach-plan-save-log = Keep away from these areas in this computer's injection log
teach-plan-log-saved = { $count ->
    [one] Saved. The site map now keeps away from 1 area.
   *[other] Saved. The site map now keeps away from { $count } areas.
}
teach-plan-in-log = The site map on this computer keeps away from the areas to avoid.

## Summary
teach-summary-title = Summary
teach-summary-heading = Learning to inject Kineret: summary
teach-summary-date = Date: { $date }
teach-summary-region = Leaflet: { $region }
teach-summary-indication = Used for: { $indication }
teach-summary-topics = Topics
teach-summary-review = To go over again
teach-summary-review-none = Nothing to go over again.
teach-summary-practice = Steps to practice
teach-summary-practice-none = Every step was shown.
teach-summary-steps = { $shown } of { $total } injection steps shown
teach-summary-plan = Where to inject
teach-summary-plan-none = No site plan was made.
teach-summary-syringe = How much of a syringe: { $syringe }
teach-summary-line = { $n }. { $title }: { $result }
teach-summary-plan-line = { $mark }: { $areas }
teach-summary-undecided = Not decided
teach-summary-sources = Where this comes from
teach-summary-footer = Made with Kineret Coach. This app never works out or checks a dose.
teach-summary-save = Save the summary (PDF)
teach-finish = Finish and start over
teach-finish-ask = Start over? The summary of this patient is not saved. Everything you entered will be gone.
teach-finish-yes = Yes, start over
teach-close-ask = Close the app? The summary of this patient is not saved. Everything you entered will be gone.
teach-close-yes = Close without saving
teach-finish-no = Keep working

## Teach-back questions: the patient explains or shows, in their own words.
teach-q-how = In your own words, tell me what Kineret does in your body.
teach-q-steps = Show me with the practice syringe how you will give your injection.
teach-q-sites = Show me on your body where you will give your next 3 injections.
teach-q-storage = Tell me how you will store your syringes at home.
teach-q-side = Tell me what you will do if you have a fever on the day of your next injection.
teach-q-help = Tell me what you will do if your face or throat swells after an injection.
teach-q-safety = Tell me what you will ask before you get any vaccine.
