# Kineret Coach: words on buttons, menus and messages (English).
# Keep them short and plain.

language-name = English
app-title = Kineret Coach
home-purpose = Learn to inject Kineret safely, and keep track of where you inject.
home-learn = What you need to know
home-track = Your injections
nav-back = Back
nav-home = Home
nav-back-home = Back to home
nav-skip = Skip to content

## Settings bar

settings-language = Language
settings-region = Which leaflet?
region-us = United States
region-eu = European Union
region-ask = Which leaflet came with your medicine? Some facts are not the same in the US and the EU.
region-hidden = Some facts depend on your leaflet. Choose your leaflet at the top to see them.
region-tag-us = US leaflet
region-tag-eu = EU leaflet
tag-app-advice = App advice
text-smaller = Smaller text
text-bigger = Bigger text
text-size = Text size: { $percent }%
theme-high-contrast = High contrast

## Sections

section-key-points = Key points
section-details = More details
section-sources = Where this comes from
steps-all = All steps
step-of = Step { $number } of { $total }
step-next = Next step
step-previous = Previous step
help-now-heading = Get help now
help-soon-heading = Call your doctor right away
help-before-heading = Tell your doctor first
help-now-badge = EMERGENCY
help-soon-badge = URGENT
help-before-badge = BEFORE
sites-open-map = Open the site map

## Today's dose

today-done = Today's dose is done: { $time }, { $zone }.
today-not-yet = Today's dose: not logged yet.
## Body map

map-title = Site map
map-front = Front
map-back = Back
map-help = Tap a shaded area to pick a spot. Or use the suggested spot.
map-legend-rest = { $days ->
    [one] Used lately (in the last day)
   *[other] Used lately (in the last { $days } days)
}
map-legend-ready = Ready to use
map-legend-never = Never used
map-legend-suggested = Suggested spot
map-legend-navel = No injections here
map-legend-injection = Earlier injection (fades with time)
map-legend-chosen = Your chosen spot, with a 2.5 cm ring around it
map-legend-broken = Chosen spot that breaks a rule (red)
map-legend-avoid = Spot to avoid: bruise, scar or skin reaction
zoom-title = { $zone }, enlarged
zoom-help = Tap to place the spot. The arrow keys move it by 1 cm. The grid lines are 1 cm apart.
zoom-label = { $zone }, enlarged. Tap to place the spot; the arrow keys move it by 1 cm.
map-navel-label = Belly button: keep 5 cm (2 inches) away
zone-left_arm = Left upper arm
zone-right_arm = Right upper arm
zone-left_abdomen = Left side of belly
zone-right_abdomen = Right side of belly
zone-left_thigh = Left thigh, front
zone-right_thigh = Right thigh, front
zone-left_buttock = Left buttock, upper outer
zone-right_buttock = Right buttock, upper outer
zone-never = Never used
zone-today = Last used today
zone-days-ago = { $days ->
    [one] Last used 1 day ago
   *[other] Last used { $days } days ago
}
zone-label = { $zone }. { $recency }.
point-age = { $days ->
    [0] Injected today
    [one] Injected 1 day ago
   *[other] Injected { $days } days ago
}
suggest-title = Suggested spot
suggest-zone = Next: { $zone }.
suggest-why-never = This area has not been used yet.
suggest-why-oldest = This area has rested the longest.
suggest-none = No spot is free right now. Every area needs more rest. Please ask your nurse what to do.
suggest-use = Use the suggested spot
chosen-title = Your chosen spot
chosen-none = No spot chosen yet.
chosen-ok = Good spot. It follows all the rules.
hit-not-zone = That is not an injection area. Pick a shaded area.
hit-navel = Too close to the belly button. Stay 5 cm (2 inches) away.
warn-title = Check this spot
warn-too-close = { $distance } cm from the injection on { $date }. Keep at least 2.5 cm (1 inch).
warn-mark = { $distance } cm from a spot you marked to avoid. Keep at least 2.5 cm (1 inch).
warn-navel = Inside the 5 cm (2 inch) circle around the belly button.
warn-outside = This spot is outside the area.
warn-anyway = You can still log it if your nurse told you to. It will be flagged.
period-label = Show
period-days = { $days ->
    [one] 1 day
   *[other] { $days } days
}

## Logging a dose

log-time = Time
log-now = Now
log-dose = Dose (as your doctor wrote it)
log-given-by = Who gave it
given-self = Me
given-carer = A carer
given-nurse = A nurse
log-note = Note (optional)
log-save = Log this injection
log-save-anyway = Log it anyway
log-saved = Saved. { $zone }, { $time }.
log-undo = Undo
log-undone = The last injection was removed.
time-invalid = Write the time like this: { $example }
time-future = That time is in the future. Log a dose after you give it.
mark-avoid = Mark this spot to avoid
mark-kind-bruise = Bruise
mark-kind-scar = Scar
mark-kind-reaction = Skin reaction
mark-until = Avoid it for:
mark-until-removed = Until I remove it
mark-saved = Spot marked. The app will keep away from it.
mark-remove = Remove mark
marks-title = Spots to avoid
map-legend-kept-away = Whole area to keep away from (crossed)
zone-kept-away = You keep away from this whole area
warn-kept-away = You chose to keep away from this whole area.
area-keep-away = Keep away from all of this area
area-saved = { $zone }: the app will keep away from this whole area.
areas-title = Areas to keep away from
area-use-again = Use it again
area-use-again-name = Use { $zone } again
rest-days = Rest days for a spot: { $days }

## Injection log (history)

history-title = Injection log
history-empty = No injections logged yet.
history-when = When
history-where = Where
history-dose = Dose
history-by = Given by
history-reaction = Reaction
history-flags = Flags
history-edit = Edit
history-delete = Delete
history-delete-confirm = Delete this injection? This cannot be undone.
history-delete-yes = Yes, delete
history-cancel = Cancel
history-save = Save changes
history-updated = Changes saved.
history-deleted = Injection deleted.
history-add-reaction = Add a reaction
reaction-redness = Redness
reaction-swelling = Swelling
reaction-itching = Itching
reaction-pain = Pain
reaction-other = Other
reaction-none = None
reaction-note = About the reaction
flag-too_close = Too close
flag-navel_circle = Near belly button
flag-avoid_mark = Marked spot

## Export and import

export-title = Share with your care team
export-csv = Save as CSV
export-pdf = Save PDF report
import-csv = Import a CSV log
export-saved = Saved to { $path }
export-no-dialog = No file window could open. The file was saved here: { $path }
export-failed = Could not save the file. { $reason }
import-result = Added { $added }. Skipped { $skipped } already in the log. Rejected { $rejected }.
import-row = Line { $line }: { $reason }.
import-more = And { $count } more rows. The command line (kineret-coach log import FILE) lists every one.
import-not-log = This file is not a Kineret Coach log. Nothing was changed.
import-failed = Could not read the file. Nothing was changed. { $reason }
import-no-dialog = No file window could open. To import a log, close the app and run: kineret-coach log import FILE

## Log file problems

store-moved = Your log file could not be read. It was kept here: { $path }.
store-restored = Your last backup was loaded instead.
store-fresh = A new, empty log was started.
store-too-new = Your log was made by a newer version of Kineret Coach. It was not changed. Please update the app.
store-save-failed = Could not save your log. Your earlier log is safe. { $reason }
store-reason-full = The disk is full. Keep the app open and make some room on the disk: your next change saves everything you entered.
store-reason-read-only = The data folder is read-only. Keep the app open until it can be written to again: your next change saves everything you entered.
store-read-only = Your log cannot be changed right now.
store-locked = Kineret Coach is already open in another window. Your log can only be changed there. Close the other window, then start again.
dismiss = OK

## Other modes

mode-not-ready = This mode is not ready yet. Showing the home screen.

## Numbers, dates and the PDF report

decimal-separator = .
format-date = %-m/%-d/%Y
format-time = %-I:%M %p
report-title = Kineret injection report
report-period = { $days ->
    [one] Last day: { $from } to { $to }
   *[other] Last { $days } days: { $from } to { $to }
}
report-generated = Made on { $date } with Kineret Coach. For the care team.
report-table = Injections
report-reactions = Skin reactions
report-no-reactions = No skin reactions were logged in this period.
report-no-entries = No injections were logged in this period.
report-count = { $count ->
    [one] 1 injection logged in this period.
   *[other] { $count } injections logged in this period.
}
report-footer = This report was made on the patient's own computer. No name is stored in it.
report-legend-injection = Injection
report-legend-reaction = Injection with a skin reaction
report-summary = Summary
report-by-zone = By area
report-page = Page { $page } of { $pages }

## The log by month, its filters, report periods, opening the folder
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
month-year = { $month } { $year }
history-prev-month = ‹ { $month }
history-prev-month-name = Go back one month, to { $month }
history-next-month = { $month } ›
history-next-month-name = Go ahead one month, to { $month }
# The same month buttons again at the end of a long list: a screen reader tells the two apart.
history-below-list = { $action }, below the list
history-month-empty = No injections in { $month }.
history-filter-reactions = Only ones with a skin reaction
history-filter-flagged = Only ones logged after a warning
history-filter-empty = No injections in { $month } match what you picked.
export-pdf-month = { export-pdf } ({ $month })
export-pdf-whole = Save PDF report (whole log)
report-period-month = { $month }: { $from } to { $to }
report-period-whole = The whole log: { $from } to { $to }
open-folder = Open folder
open-folder-failed = The folder could not be opened. Your file is here: { $path }

## Kiosk
kiosk-start = Touch here to start
kiosk-still-there = Still there? Starting over in { $seconds } s.
kiosk-still-here = I'm still here
kiosk-finish = I'm done: start over
kiosk-staff = Staff only: hold here for 3 seconds
# The clinic's logo on the attract screen, for screen readers.
kiosk-logo = Logo of { $clinic }
kiosk-pin-title = Staff PIN
kiosk-pin-entered = { $count ->
    [one] 1 digit entered
   *[other] { $count } digits entered
}
kiosk-pin-wrong = Wrong PIN. Try again.
kiosk-pin-wait = Wrong PIN. Wait { $seconds } s, then try again.
kiosk-pin-ok = OK, check the PIN
kiosk-pin-delete = Delete the last digit
kiosk-pin-cancel = Cancel

## Daily use
nav-get-help = Get help
today-suggested = Suggested spot today: { $zone }.
today-log = Log today's dose
today-open-map = Open the site map
log-dose-required = Write your dose first, as your doctor wrote it (for example 100 mg).
log-second-today = You already logged a dose today at { $time }. Log another one?
log-second-day = You already logged a dose on { $date } at { $time }. Log another one?
log-second-why = Kineret is taken once a day. Log a second dose only if you really gave one (for example a split dose your doctor asked for).
log-second-yes = Yes, log another dose
log-second-no = No, do not log it
settings-menu = Settings
log-time-typed = Or type a date and time (YYYY-MM-DD HH:MM)
log-when-now = Now
log-when-earlier = Earlier today
log-when-yesterday = Yesterday
log-when-hour = Hour
log-when-minute = Minute
map-side-left = L
map-side-right = R
map-sides-note = L is the person's left side, R their right. The front view faces you, like a person standing in front of you.
