## Teach mode: a nurse teaches a patient at the bedside.
## Screen words are for the nurse; questions and the summary are read by the patient.

teach-title = Teach a patient
teach-home-button = Teach a patient
teach-home-text = For nurses: go through every topic with a new patient, check what they learned, and print a summary.
teach-privacy = No name or birth date is needed. Nothing is kept after you start over, unless you save the summary.

## Set-up
teach-setup-title = Before you start
teach-setup-region = Which country's leaflet does the patient follow?
teach-setup-language = The patient's language (screens and summary)
teach-setup-indication = What is Kineret for, for this patient?
teach-setup-syringe = How much of a syringe is one dose?
teach-setup-dose = Dose as the prescriber wrote it
teach-setup-dose-hint = For example: 100 mg, or 2 mg/kg, 40 mg
teach-setup-start = Start teaching
teach-setup-missing = Choose all of the above and type the dose to start.
teach-dose-empty = Type the dose as the prescriber wrote it.
teach-dose-long = This is too long for a dose. Use 40 characters or fewer.
teach-dose-words = Use only numbers and units here (for example 100 mg, or 2 mg/kg, 40 mg). Do not type a name.
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
teach-overview-title = Teaching plan
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
teach-plan-avoid = Keep away
teach-plan-clear = Not decided
teach-plan-legend = On the map: plain = use, striped = keep away, dotted = not decided. Tap an area to change it.
teach-plan-empty = No areas chosen yet.

## Summary
teach-summary-title = Summary
teach-summary-heading = Learning to inject Kineret: summary
teach-summary-date = Date: { $date }
teach-summary-region = Leaflet: { $region }
teach-summary-indication = Used for: { $indication }
teach-summary-topics = Topics
teach-summary-review = To go over again
teach-summary-review-none = Nothing. Well done.
teach-summary-practice = Steps to practise
teach-summary-practice-none = Every step was shown.
teach-summary-steps = { $shown } of { $total } injection steps shown
teach-summary-plan = Where to inject
teach-summary-plan-none = No site plan was made.
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
teach-q-steps = Tell me, step by step, how you will give your injection.
teach-q-sites = Show me on your body where you can inject. Where will you inject next time?
teach-q-storage = Show me where you will keep your syringes at home.
teach-q-side = Tell me which side effects you might get. What will you do about them?
teach-q-help-us = Tell me when you would call 911. When would you call your doctor?
teach-q-help-eu = Tell me when you would call 112. When would you call your doctor?
teach-q-safety = Tell me when you should not use Kineret. What will you ask before a vaccine?
