## Schulungsmodus: Eine Pflegekraft schult einen Patienten am Krankenbett.
## Die Bildschirmtexte sind für die Pflegekraft; die Fragen und die Zusammenfassung liest der Patient.

teach-title = Patienten schulen
teach-home-button = Patienten schulen
teach-home-text = Für Pflegekräfte: Gehen Sie mit einem neuen Patienten alle Themen durch, prüfen Sie, was er gelernt hat, und drucken Sie eine Zusammenfassung aus.
teach-privacy = Name und Geburtsdatum werden nicht gebraucht. Wenn Sie neu beginnen, wird nichts aufbewahrt, außer Sie speichern die Zusammenfassung.

## Vorbereitung
teach-setup-title = Bevor Sie beginnen
teach-setup-region = Welche Produktinfo gilt für den Patienten: USA oder EU?
teach-setup-language = Sprache des Patienten (Bildschirme und Zusammenfassung)
teach-setup-indication = Wofür bekommt dieser Patient Kineret?
teach-setup-syringe = Wie viel von einer Spritze ist eine Dosis?
teach-setup-dose = Dosis so, wie sie in der Verordnung steht
teach-setup-dose-hint = Zum Beispiel: 100 mg, oder 2 mg/kg, 40 mg
teach-setup-start = Schulung beginnen
teach-setup-missing = Wählen Sie oben alles aus und geben Sie die Dosis ein, um zu beginnen.
teach-dose-empty = Geben Sie die Dosis so ein, wie sie in der Verordnung steht.
teach-dose-long = Das ist zu lang für eine Dosis. Verwenden Sie höchstens 40 Zeichen.
teach-dose-words = Nur Zahlen, Einheiten und Wörter einer Dosis (zum Beispiel 100 mg einmal täglich). Keine Namen, kein Datum.
teach-dose-shown = Verordnete Dosis: { $dose }. Von der Pflegekraft eingetragen; von dieser App nicht geprüft.

teach-ind-ra = Rheumatoide Arthritis (RA)
teach-ind-nomid = NOMID
teach-ind-dira = DIRA
teach-ind-caps = CAPS
teach-ind-fmf = FMF (familiäres Mittelmeerfieber)
teach-ind-still = Still-Syndrom (Morbus Still)
teach-ind-covid = Lungenentzündung durch COVID-19
teach-ind-other = Eine andere Anwendung, die der Arzt gewählt hat

teach-syringe-whole = Die ganze Spritze (100 mg)
teach-syringe-part = Ein Teil einer Spritze (weniger als 100 mg)
teach-syringe-other = Etwas anderes, so wie der Arzt es gesagt hat

## Themen
teach-topic-of = Thema { $n } von { $total }
teach-question = Fragen Sie den Patienten
teach-key-points = Eine gute Antwort enthält diese Punkte
teach-result = Ergebnis
teach-result-understood = Verstanden
teach-result-review = Noch einmal besprechen
teach-result-none = Noch nicht gemacht
teach-notes = Notizen (optional)
teach-note-show-again = Beim nächsten Besuch noch einmal zeigen
teach-note-carer = Eine Betreuungsperson hilft
teach-note-interpreter = Dolmetscher hinzuziehen
teach-note-see = Sieht kleine Markierungen schlecht
teach-note-hold = Kann die Spritze schlecht halten
teach-note-needles = Macht sich Sorgen wegen der Nadeln
teach-prev = Vorheriges Thema
teach-next = Nächstes Thema
teach-overview = Alle Themen
teach-progress = { $done } von { $total } Themen erledigt

## Vorführung durch den Patienten
teach-demo-title = Vorführung durch den Patienten
teach-demo-intro = Der Patient zeigt jeden Schritt mit einer Übungsspritze. Haken Sie jeden Schritt ab, sobald er ihn zeigt.
teach-demo-progress = { $done } von { $total } Schritten gezeigt
teach-step-shown = Gezeigt
teach-step-practice = Muss noch üben

## Plan für die Einstichstellen
teach-plan-title = Plan für die Einstichstellen
teach-plan-intro = Legen Sie mit dem Patienten fest, welche Bereiche er nutzt und von welchen er Abstand hält (eine Narbe oder die Seite eines Ports).
teach-plan-use = Nutzen
teach-plan-avoid = Meiden
teach-plan-clear = Noch offen
teach-plan-map-area = { $area }: { $plan }. Tippen zum Ändern.
teach-plan-legend = Auf der Karte: einfarbig = nutzen, gekreuzt = meiden, gepunktet = noch offen. Tippen Sie auf einen Bereich, um ihn zu ändern.
teach-plan-empty = Noch keine Bereiche gewählt.
teach-plan-save-log = Diese Bereiche im Spritzentagebuch dieses Computers meiden
teach-plan-log-saved = { $count ->
    [one] Gespeichert. Die Körperkarte meidet jetzt 1 Bereich.
   *[other] Gespeichert. Die Körperkarte meidet jetzt { $count } Bereiche.
}
teach-plan-in-log = Die Körperkarte auf diesem Computer meidet die Bereiche zum Meiden.

## Zusammenfassung
teach-summary-title = Zusammenfassung
teach-summary-heading = Kineret spritzen lernen: Zusammenfassung
teach-summary-date = Datum: { $date }
teach-summary-region = Produktinfo: { $region }
teach-summary-indication = Angewendet bei: { $indication }
teach-summary-topics = Themen
teach-summary-review = Noch einmal besprechen
teach-summary-review-none = Nichts noch einmal zu besprechen.
teach-summary-practice = Schritte zum Üben
teach-summary-practice-none = Alle Schritte wurden gezeigt.
teach-summary-steps = { $shown } von { $total } Schritten beim Spritzen gezeigt
teach-summary-plan = Wo Sie spritzen
teach-summary-plan-none = Es wurde kein Plan für die Einstichstellen gemacht.
teach-summary-syringe = Wie viel von einer Spritze: { $syringe }
teach-summary-line = { $n }. { $title }: { $result }
teach-summary-plan-line = { $mark }: { $areas }
teach-summary-undecided = Noch offen
teach-summary-sources = Woher die Angaben stammen
teach-summary-footer = Erstellt mit Kineret Coach. Diese App berechnet oder prüft nie eine Dosis.
teach-summary-save = Zusammenfassung speichern (PDF)
teach-finish = Beenden und neu beginnen
teach-finish-ask = Neu beginnen? Die Zusammenfassung für diesen Patienten ist nicht gespeichert. Alles, was Sie eingegeben haben, geht verloren.
teach-finish-yes = Ja, neu beginnen
teach-close-ask = App schließen? Die Zusammenfassung für diesen Patienten ist nicht gespeichert. Alles, was Sie eingegeben haben, geht verloren.
teach-close-yes = Schließen ohne Speichern
teach-finish-no = Weiterarbeiten

## Fragen zum Erklären mit eigenen Worten (Teach-back): Der Patient erklärt oder zeigt es in eigenen Worten.
teach-q-how = Erklären Sie mir mit Ihren eigenen Worten, was Kineret in Ihrem Körper macht.
teach-q-steps = Zeigen Sie mir mit der Übungsspritze, wie Sie spritzen werden.
teach-q-sites = Zeigen Sie mir an Ihrem Körper, wo Sie die nächsten 3 Spritzen setzen werden.
teach-q-storage = Erklären Sie mir, wie Sie Ihre Spritzen zu Hause aufbewahren werden.
teach-q-side = Sagen Sie mir, was Sie tun, wenn Sie am Tag Ihrer nächsten Spritze Fieber haben.
teach-q-help = Sagen Sie mir, was Sie tun, wenn Ihr Gesicht oder Ihr Hals nach einer Spritze anschwillt.
teach-q-safety = Sagen Sie mir, was Sie vor jeder Impfung fragen werden.
