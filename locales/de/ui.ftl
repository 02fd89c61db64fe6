# Kineret Coach: Wörter auf Schaltflächen, in Menüs und Meldungen (Deutsch).
# Kurz und einfach halten.

language-name = Deutsch
app-title = Kineret Coach
home-purpose = Lernen Sie, Kineret sicher zu spritzen, und behalten Sie im Blick, wo Sie spritzen.
home-learn = Was Sie wissen müssen
home-track = Ihre Injektionen
nav-back = Zurück
nav-home = Start
nav-back-home = Zurück zum Start
nav-skip = Zum Inhalt springen

## Einstellungsleiste

settings-language = Sprache
settings-region = Welche Packungsbeilage?
region-us = Vereinigte Staaten
region-eu = Europäische Union
region-ask = Welche Packungsbeilage lag bei Ihrem Medikament? Manche Angaben sind in den USA und in der EU verschieden.
region-hidden = Manche Angaben hängen von der Packungsbeilage ab. Wählen Sie oben Ihre Packungsbeilage, um sie zu sehen.
region-tag-us = Packungsbeilage USA
region-tag-eu = Packungsbeilage EU
tag-app-advice = Rat dieser App
text-smaller = Kleinere Schrift
text-bigger = Größere Schrift
text-size = Schriftgröße: { $percent } %
theme-high-contrast = Hoher Kontrast

## Abschnitte

section-key-points = Das Wichtigste
section-details = Mehr Details
section-sources = Woher die Angaben stammen
steps-all = Alle Schritte
step-of = Schritt { $number } von { $total }
step-next = Nächster Schritt
step-previous = Vorheriger Schritt
help-now-heading = Sofort Hilfe holen
help-soon-heading = Rufen Sie sofort Ihren Arzt an
help-before-heading = Vorher Ihrem Arzt sagen
help-now-badge = NOTFALL
help-soon-badge = DRINGEND
help-before-badge = VORHER
sites-open-map = Körperkarte öffnen

## Heutige Dosis

today-done = Heutige Dosis erledigt: { $time }, { $zone }.
today-not-yet = Heutige Dosis: noch nicht eingetragen.
## Körperkarte

map-title = Körperkarte
map-front = Vorderseite
map-back = Rückseite
map-help = Tippen Sie auf einen schattierten Bereich, um eine Stelle zu wählen. Oder nehmen Sie die vorgeschlagene Stelle.
map-legend-rest = { $days ->
    [one] Kürzlich benutzt (am letzten Tag)
   *[other] Kürzlich benutzt (in den letzten { $days } Tagen)
}
map-legend-ready = Bereit zum Spritzen
map-legend-never = Nie benutzt
map-legend-suggested = Vorgeschlagene Stelle
map-legend-navel = Hier nicht spritzen
map-legend-injection = Frühere Spritze (verblasst mit der Zeit)
map-legend-chosen = Ihre gewählte Stelle, mit einem Ring von 2,5 cm
map-legend-broken = Gewählte Stelle, die gegen eine Regel verstößt (rot)
map-legend-avoid = Stelle meiden: Bluterguss, Narbe oder Hautreaktion
zoom-title = { $zone }, vergrößert
zoom-help = Tippen Sie, um die Stelle zu setzen. Die Pfeiltasten verschieben sie um 1 cm. Die Linien liegen 1 cm auseinander.
zoom-label = { $zone }, vergrößert. Tippen Sie, um die Stelle zu setzen; die Pfeiltasten verschieben sie um 1 cm.
map-navel-label = Bauchnabel: 5 cm (2 Zoll) Abstand halten
zone-left_arm = Linker Oberarm
zone-right_arm = Rechter Oberarm
zone-left_abdomen = Bauch, linke Seite
zone-right_abdomen = Bauch, rechte Seite
zone-left_thigh = Linker Oberschenkel, vorne
zone-right_thigh = Rechter Oberschenkel, vorne
zone-left_buttock = Linke Gesäßhälfte, oben außen
zone-right_buttock = Rechte Gesäßhälfte, oben außen
zone-never = Nie benutzt
zone-today = Zuletzt heute benutzt
zone-days-ago = { $days ->
    [one] Zuletzt vor 1 Tag benutzt
   *[other] Zuletzt vor { $days } Tagen benutzt
}
zone-label = { $zone }. { $recency }.
point-age = { $days ->
    [0] Heute gespritzt
    [one] Vor 1 Tag gespritzt
   *[other] Vor { $days } Tagen gespritzt
}
suggest-title = Vorgeschlagene Stelle
suggest-zone = Als Nächstes: { $zone }.
suggest-why-never = Dieser Bereich wurde noch nicht benutzt.
suggest-why-oldest = Dieser Bereich hat am längsten geruht.
suggest-none = Gerade ist keine Stelle frei. Jeder Bereich braucht noch Ruhe. Bitte fragen Sie Ihre Pflegekraft, was Sie tun sollen.
suggest-use = Vorgeschlagene Stelle nehmen
chosen-title = Ihre gewählte Stelle
chosen-none = Noch keine Stelle gewählt.
chosen-ok = Gute Stelle. Sie hält alle Regeln ein.
hit-not-zone = Das ist kein Bereich zum Spritzen. Wählen Sie einen schattierten Bereich.
hit-navel = Zu nah am Bauchnabel. Halten Sie 5 cm (2 Zoll) Abstand.
warn-title = Stelle prüfen
warn-too-close = { $distance } cm von der Injektion am { $date }. Halten Sie mindestens 2,5 cm (1 Zoll) Abstand.
warn-mark = { $distance } cm von einer Stelle, die Sie zum Meiden markiert haben. Halten Sie mindestens 2,5 cm (1 Zoll) Abstand.
warn-navel = Innerhalb des Kreises von 5 cm (2 Zoll) um den Bauchnabel.
warn-outside = Diese Stelle liegt außerhalb des Bereichs.
warn-anyway = Sie können sie trotzdem eintragen, wenn Ihre Pflegekraft es Ihnen gesagt hat. Der Eintrag bekommt einen Hinweis.
period-label = Anzeigen
period-days = { $days ->
    [one] 1 Tag
   *[other] { $days } Tage
}

## Injektion eintragen

log-time = Zeit
log-now = Jetzt
log-dose = Dosis (wie Ihr Arzt sie verordnet hat)
log-given-by = Wer hat gespritzt?
given-self = Ich
given-carer = Eine Betreuungsperson
given-nurse = Eine Pflegekraft
log-note = Notiz (freiwillig)
log-save = Injektion eintragen
log-save-anyway = Trotzdem eintragen
log-saved = Gespeichert. { $zone }, { $time }.
log-undo = Rückgängig
log-undone = Die letzte Injektion wurde entfernt.
time-invalid = Schreiben Sie die Zeit so: { $example }
time-future = Diese Uhrzeit liegt in der Zukunft. Tragen Sie die Dosis ein, nachdem Sie gespritzt haben.
mark-avoid = Stelle zum Meiden markieren
mark-kind-bruise = Blauer Fleck
mark-kind-scar = Narbe
mark-kind-reaction = Hautreaktion
mark-until = Meiden für:
mark-until-removed = Bis ich es entferne
mark-saved = Stelle markiert. Die App hält Abstand davon.
mark-remove = Markierung entfernen
marks-title = Zu meidende Stellen
map-legend-kept-away = Ganzer Bereich zum Meiden (gekreuzt)
zone-kept-away = Sie meiden diesen ganzen Bereich
warn-kept-away = Sie wollten diesen ganzen Bereich meiden.
area-keep-away = Diesen ganzen Bereich meiden
area-saved = { $zone }: Die App meidet diesen ganzen Bereich.
areas-title = Bereiche zum Meiden
area-use-again = Wieder nutzen
area-use-again-name = { $zone } wieder nutzen
rest-days = Ruhetage für eine Stelle: { $days }

## Spritzentagebuch (Verlauf)

history-title = Spritzentagebuch
history-empty = Noch keine Injektionen eingetragen.
history-when = Wann
history-where = Wo
history-dose = Dosis
history-by = Wer hat gespritzt
history-reaction = Reaktion
history-flags = Hinweise
history-edit = Bearbeiten
history-delete = Löschen
history-delete-confirm = Diese Injektion löschen? Das kann nicht rückgängig gemacht werden.
history-delete-yes = Ja, löschen
history-cancel = Abbrechen
history-save = Änderungen speichern
history-updated = Änderungen gespeichert.
history-deleted = Injektion gelöscht.
history-add-reaction = Reaktion hinzufügen
reaction-redness = Rötung
reaction-swelling = Schwellung
reaction-itching = Juckreiz
reaction-pain = Schmerz
reaction-other = Andere
reaction-none = Keine
reaction-note = Zur Reaktion
flag-too_close = Zu nah
flag-navel_circle = Nahe am Bauchnabel
flag-avoid_mark = Markierte Stelle

## Export und Import

export-title = Mit Ihrem Behandlungsteam teilen
export-csv = Als CSV speichern
export-pdf = PDF-Bericht speichern
import-csv = CSV-Tagebuch importieren
export-saved = Gespeichert unter { $path }
export-no-dialog = Es konnte kein Dateifenster geöffnet werden. Die Datei wurde hier gespeichert: { $path }
export-failed = Die Datei konnte nicht gespeichert werden. { $reason }
import-result = { $added } hinzugefügt. { $skipped } übersprungen, weil schon im Tagebuch. { $rejected } abgelehnt.
import-row = Zeile { $line }: { $reason }.
import-more = Und { $count } weitere Zeilen. Die Befehlszeile (kineret-coach log import DATEI) nennt alle.
import-not-log = Diese Datei ist kein Tagebuch von Kineret Coach. Es wurde nichts geändert.
import-failed = Die Datei konnte nicht gelesen werden. Nichts wurde geändert. { $reason }
import-no-dialog = Es konnte kein Dateifenster geöffnet werden. Um ein Tagebuch zu importieren, schließen Sie die App und geben Sie ein: kineret-coach log import DATEI

## Probleme mit der Tagebuch-Datei

store-moved = Ihre Tagebuch-Datei konnte nicht gelesen werden. Sie wurde hier aufbewahrt: { $path }.
store-restored = Stattdessen wurde Ihre letzte Sicherung geladen.
store-fresh = Ein neues, leeres Tagebuch wurde angelegt.
store-too-new = Ihr Tagebuch wurde mit einer neueren Version von Kineret Coach erstellt. Es wurde nicht geändert. Bitte aktualisieren Sie die App.
store-save-failed = Ihr Tagebuch konnte nicht gespeichert werden. Ihr früheres Tagebuch ist sicher. { $reason }
store-reason-full = Der Datenträger ist voll. Lassen Sie die App offen und schaffen Sie Speicherplatz: Ihre nächste Änderung speichert alles, was Sie eingegeben haben.
store-reason-read-only = Der Datenordner ist schreibgeschützt. Lassen Sie die App offen, bis er wieder beschreibbar ist: Ihre nächste Änderung speichert alles, was Sie eingegeben haben.
store-read-only = Ihr Tagebuch kann gerade nicht geändert werden.
store-locked = Kineret Coach ist schon in einem anderen Fenster geöffnet. Ihr Tagebuch kann nur dort geändert werden. Schließen Sie das andere Fenster und starten Sie neu.
dismiss = OK

## Andere Modi

mode-not-ready = Dieser Modus ist noch nicht fertig. Die Startseite wird angezeigt.

## Zahlen, Datum und PDF-Bericht

decimal-separator = ,
format-date = %d.%m.%Y
format-time = %H:%M
report-title = Bericht über Kineret-Spritzen
report-period = { $days ->
    [one] Letzter Tag: { $from } bis { $to }
   *[other] Letzte { $days } Tage: { $from } bis { $to }
}
report-generated = Erstellt am { $date } mit Kineret Coach. Für das Behandlungsteam.
report-table = Spritzen
report-reactions = Hautreaktionen
report-no-reactions = In diesem Zeitraum wurden keine Hautreaktionen eingetragen.
report-no-entries = In diesem Zeitraum wurden keine Spritzen eingetragen.
report-count = { $count ->
    [one] 1 Spritze in diesem Zeitraum eingetragen.
   *[other] { $count } Spritzen in diesem Zeitraum eingetragen.
}
report-footer = Dieser Bericht wurde auf dem eigenen Computer erstellt. Er enthält keinen Namen.
report-legend-injection = Spritze
report-legend-reaction = Spritze mit Hautreaktion
report-summary = Überblick
report-by-zone = Nach Stelle
report-page = Seite { $page } von { $pages }

## The log by month, its filters, report periods, opening the folder
month-1 = Januar
month-2 = Februar
month-3 = März
month-4 = April
month-5 = Mai
month-6 = Juni
month-7 = Juli
month-8 = August
month-9 = September
month-10 = Oktober
month-11 = November
month-12 = Dezember
month-year = { $month } { $year }
history-prev-month = ‹ { $month }
history-prev-month-name = Einen Monat zurück, zu { $month }
history-next-month = { $month } ›
history-next-month-name = Einen Monat vor, zu { $month }
# The same month buttons again at the end of a long list: a screen reader tells the two apart.
history-below-list = { $action }, unter der Liste
history-month-empty = Keine Injektionen im { $month }.
history-filter-reactions = Nur die mit einer Hautreaktion
history-filter-flagged = Nur die trotz Warnung eingetragenen
history-filter-empty = Keine Injektion im { $month } passt zu Ihrer Auswahl.
export-pdf-month = { export-pdf } ({ $month })
export-pdf-whole = PDF-Bericht speichern (ganzes Tagebuch)
report-period-month = { $month }: { $from } bis { $to }
report-period-whole = Das ganze Tagebuch: { $from } bis { $to }
open-folder = Ordner öffnen
open-folder-failed = Der Ordner ließ sich nicht öffnen. Ihre Datei liegt hier: { $path }

## Kiosk
kiosk-start = Hier tippen zum Starten
kiosk-still-there = Sind Sie noch da? Neustart in { $seconds } s.
kiosk-still-here = Ich bin noch da
kiosk-finish = Fertig: neu beginnen
kiosk-staff = Nur für Personal: hier 3 Sekunden gedrückt halten
# The clinic's logo on the attract screen, for screen readers.
kiosk-logo = Logo von { $clinic }
kiosk-pin-title = PIN für Personal
kiosk-pin-entered = { $count ->
    [one] 1 Ziffer eingegeben
   *[other] { $count } Ziffern eingegeben
}
kiosk-pin-wrong = Falsche PIN. Bitte noch einmal.
kiosk-pin-wait = Falsche PIN. Bitte { $seconds } s warten, dann noch einmal.
kiosk-pin-ok = OK, PIN prüfen
kiosk-pin-delete = Letzte Ziffer löschen
kiosk-pin-cancel = Abbrechen

## Daily use
nav-get-help = Hilfe holen
today-suggested = Vorgeschlagene Stelle heute: { $zone }.
today-log = Heutige Dosis eintragen
today-open-map = Körperkarte öffnen
log-dose-required = Tragen Sie zuerst Ihre Dosis ein, so wie Ihr Arzt sie aufgeschrieben hat (zum Beispiel 100 mg).
log-second-today = Sie haben heute schon um { $time } eine Dosis eingetragen. Noch eine eintragen?
log-second-day = Sie haben am { $date } schon um { $time } eine Dosis eingetragen. Noch eine eintragen?
log-second-why = Kineret wird einmal am Tag gespritzt. Tragen Sie eine zweite Dosis nur ein, wenn Sie wirklich eine gespritzt haben (zum Beispiel eine geteilte Dosis, die Ihr Arzt verordnet hat).
log-second-yes = Ja, noch eine Dosis eintragen
log-second-no = Nein, nicht eintragen
settings-menu = Einstellungen
log-time-typed = Oder Datum und Uhrzeit eingeben (JJJJ-MM-TT HH:MM)
log-when-now = Jetzt
log-when-earlier = Heute, früher
log-when-yesterday = Gestern
log-when-hour = Stunde
log-when-minute = Minute
map-side-left = L
map-side-right = R
map-sides-note = L ist die linke Seite der Person, R die rechte. Die Vorderansicht schaut Sie an, wie eine Person, die Ihnen gegenübersteht.
