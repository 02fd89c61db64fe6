# Kineret Coach: was die App lehrt (Deutsch).
# Die Fakten stammen nur aus dem Faktenblatt des Projekts (shared/clinical/kineret-facts.md).
# Kurze Sätze und einfache Wörter (so einfach wie im Englischen).
# Die Struktur (Reihenfolge, Region, Quellen, Bilder) steht in assets/content.ron.

## Quellen: der Name jedes Dokuments und sein Datum.

source-S0 = MedicineNet-Seite zu Kineret (Februar 2017)
source-S1 = Patienteninformation, RheumInfo, Kanada
source-S2 = Arzneimittel-Übersicht des American College of Rheumatology (ACR, Juni 2024)
source-S3 = EU-Übersicht zu Kineret, EMA (Dezember 2021)
source-US-PI = Verschreibungsinformation der USA (US Prescribing Information, FDA, 2025)
source-US-PPI = Patienteninformation der USA
source-EU-PL = EU-Packungsbeilage (aktueller Text, geprüft 2024)
source-EU-PL-24 = EU-Packungsbeilage, Schritte „So spritzen Sie“ (Text von 2024)
source-EU-SmPC = Fachinformation für Ärzte, EU (SmPC)
source-SOBI = Seiten des Herstellers Sobi
source-PDR = PDR-Arzneimittelübersicht, beruht auf der US-Verschreibungsinformation (2022)
source-2nd = Andere Arzneimittel-Ratgeber (drugs.com, MedlinePlus)
source-APP = Allgemeiner Rat dieser App, nicht aus der Produktinformation

## 1. So wirkt Kineret

sec-how-title = So wirkt Kineret
sec-how-summary = Was es ist, wofür man es verwendet und was Sie erwartet.
how-key-what = Kineret ist ein Arzneimittel, das Sie unter die Haut spritzen. Die meisten Menschen spritzen es einmal am Tag.
how-key-il1 = Ihr Körper bildet einen Botenstoff namens IL-1. IL-1 kann Schwellungen und Schmerzen auslösen. Kineret blockiert IL-1.
how-key-immune = Kineret dämpft Ihr Immunsystem. Dadurch kann Ihr Körper Keime schlechter abwehren.
how-made = Kineret ist eine Kopie eines Eiweißes, das Ihr Körper selbst bildet. Es wird im Labor von Bakterien hergestellt.
how-uses-us = In den USA ist Kineret für drei Anwendungen zugelassen:
    • Erwachsene mit rheumatoider Arthritis (RA), wenn ein anderes RA-Medikament nicht geholfen hat.
    • NOMID (englische Abkürzung für eine Entzündungskrankheit, die schon bei Neugeborenen beginnt und viele Organe betrifft).
    • DIRA (englische Abkürzung für: Mangel am körpereigenen IL-1-Blocker). Der Körper bildet keinen eigenen IL-1-Blocker.
how-uses-eu = In der EU ist Kineret zugelassen für:
    • Erwachsene mit rheumatoider Arthritis (RA), zusammen mit einem Medikament namens Methotrexat, wenn Methotrexat allein nicht genug hilft.
    • CAPS (Cryopyrin-assoziierte periodische Syndrome).
    • FMF (familiäres Mittelmeerfieber).
    • Still-Syndrom (Morbus Still).
    • Erwachsene mit einer Lungenentzündung durch COVID-19, die Sauerstoff brauchen. Ein Bluttest muss einen hohen Wert eines Eiweißes namens suPAR zeigen.
how-covid-us = In den USA ist Kineret nicht für COVID-19 zugelassen.
how-kids-us = Kineret ist nicht für Kinder mit juveniler rheumatoider Arthritis (Gelenkrheuma bei Kindern) gedacht.
how-kids-eu = Es ist nicht für Kinder oder Jugendliche mit RA oder COVID-19 gedacht. Es ist nicht für Babys unter 8 Monaten gedacht.
how-carers-us = Für Eltern und andere Betreuungspersonen: Bei NOMID oder DIRA hängt die Dosis eines Kindes von seinem Gewicht ab. Geben Sie die Dosis, die der Arzt aufgeschrieben hat. Diese App berechnet nie eine Dosis.
how-carers-eu = Für Eltern und andere Betreuungspersonen: Kinder können Kineret bei CAPS, FMF oder Still-Syndrom ab 8 Monaten bekommen, wenn sie mindestens 10 kg wiegen. Geben Sie die Dosis, die der Arzt aufgeschrieben hat. Diese App berechnet nie eine Dosis.
how-dose = Ihr Arzt legt Ihre Dosis fest. Bei RA sind es 100 mg einmal am Tag. Bei einigen seltenen Krankheiten hängt die Dosis von Ihrem Gewicht ab. Diese App berechnet nie eine Dosis.
how-syringe = Kineret gibt es als Fertigspritze. Das heißt: Die Spritze ist schon mit dem Arzneimittel gefüllt. Jede Spritze enthält 100 mg Kineret in 0,67 ml Flüssigkeit. Verwenden Sie jede Spritze nur einmal.
how-syringe-parts = Die Spritze ist aus Glas. Ihre Nadel ist sehr dünn (Größe 29 G). Die Flüssigkeit enthält kein Konservierungsmittel.
how-syringe-eu = Die Spritze in der EU hat Markierungen, wie ein Lineal. Damit können Sie eine Dosis von 20 bis 90 mg geben, wenn Ihr Arzt sie verordnet. Ihre Pflegekraft zeigt Ihnen, wie das geht.
how-syringe-us = Bei NOMID und DIRA: Nehmen Sie für jede Dosis eine neue Spritze. Werfen Sie den Rest weg.
how-pack-us = Eine Packung enthält 7 Spritzen. Es gibt auch eine Packung mit 4 mal 7 Spritzen (28 Spritzen).
how-pack-eu = Eine Packung enthält 1, 7 oder 28 Spritzen (4 mal 7).
how-expect = Viele Menschen bekommen rote oder juckende Haut an der Einstichstelle. Das kommt in den ersten Wochen am häufigsten vor. Sie brauchen außerdem Blutuntersuchungen.
how-time = Spritzen Sie jeden Tag etwa zur gleichen Uhrzeit.

## 2. So spritzen Sie, Schritt für Schritt

sec-steps-title = So spritzen Sie, Schritt für Schritt
sec-steps-summary = Vom Kühlschrank bis zum festen Behälter für Nadeln (Abwurfbehälter).
steps-key-trained = Spritzen Sie sich erst selbst, wenn eine Pflegekraft oder ein Arzt Sie geschult hat.
steps-key-leaflet = Folgen Sie der Packungsbeilage und dem, was Ihre Pflegekraft Ihnen gezeigt hat.
steps-key-new = Nehmen Sie jedes Mal eine neue Spritze.
steps-key-small-us = Ist Ihre Dosis kleiner als 100 mg? Dann spritzen Sie nie den ganzen Inhalt der Spritze. Fragen Sie Ihre Pflegekraft oder Ihre Apotheke, wie Sie genau Ihre Dosis spritzen. Werfen Sie den Rest weg.
steps-key-small-eu = Ist Ihre Dosis kleiner als 100 mg? Dann spritzen Sie nie den ganzen Inhalt der Spritze. Stellen Sie vorher Ihre Dosis ein: Drücken Sie die Flüssigkeit, die Sie nicht brauchen, auf einen Mulltupfer. Machen Sie es so, wie es in den Schritten steht und wie Ihre Pflegekraft es Ihnen beigebracht hat.
step-need = Legen Sie bereit: eine Spritze, Alkoholtupfer und einen sauberen (sterilen) Mulltupfer oder ein Papiertuch.
step-fridge = Holen Sie eine Spritze aus dem Kühlschrank.
step-warm = Nehmen Sie eine Spritze aus dem Kühlschrank. Nehmen Sie sie aus der Packung. Lassen Sie sie etwa 30 Minuten lang auf Zimmertemperatur kommen.
step-no-heat = Wärmen Sie sie nicht auf andere Weise. Keine Mikrowelle. Kein heißes Wasser. Sie dürfen sie ein paar Minuten in der Hand halten.
step-no-shake = Schütteln Sie die Spritze nicht. Ist die Flüssigkeit schaumig? Dann lassen Sie die Spritze liegen, bis der Schaum weg ist.
step-expiry = Suchen Sie auf dem Etikett das Datum nach „EXP“ (das heißt: verwendbar bis). Verwenden Sie die Spritze nicht nach dem letzten Tag dieses Monats.
step-expiry-us = Sehen Sie auf dem Etikett nach dem Verfalldatum. Verwenden Sie die Spritze nicht nach diesem Datum. Verwenden Sie sie nicht, wenn sie gefroren sein könnte.
step-check = Sehen Sie sich die Flüssigkeit an. Sie soll klar sein, farblos oder etwas weißlich. Ein paar kleine weiße oder durchsichtige Teilchen sind in Ordnung. Verwenden Sie die Spritze nicht, wenn die Flüssigkeit trüb ist oder ihre Farbe verändert hat. Verwenden Sie sie auch nicht, wenn Sie viele Teilchen sehen oder Teilchen, die anders aussehen. Sind Sie unsicher? Dann verwenden Sie die Spritze nicht. Fragen Sie Ihre Apotheke.
step-dropped = Ist die Spritze heruntergefallen? Sieht sie kaputt aus? Dann verwenden Sie sie nicht. Nehmen Sie eine neue.
step-warm-eu = Damit das Spritzen angenehmer ist: Lassen Sie die Spritze etwa 30 Minuten bei Zimmertemperatur liegen. Oder halten Sie sie ein paar Minuten sanft in der Hand.
step-no-heat-eu = Wärmen Sie sie nie auf andere Weise. Keine Mikrowelle. Kein heißes Wasser.
step-cap-on = Lassen Sie die Nadelschutzkappe (Kappe) auf der Nadel, bis Sie spritzen.
step-wash = Waschen Sie sich gründlich die Hände.
step-table = Suchen Sie einen sauberen, hellen und bequemen Platz. Legen Sie alles in Reichweite.
step-dose-eu = Sie müssen Ihre Dosis kennen: 100 mg oder eine kleinere Dosis von 20 bis 90 mg. Ihr Arzt legt sie fest.
step-dose-us = Kennen Sie Ihre Dosis? Ist sie kleiner als 100 mg? Dann spritzen Sie nicht den ganzen Inhalt der Spritze. Fragen Sie Ihre Pflegekraft oder Ihre Apotheke, wie Sie genau Ihre Dosis spritzen.
step-cap-off = Halten Sie die Spritze am Glasrohr fest. Ziehen Sie die Kappe gerade von der Nadel ab. Drehen Sie sie nicht. Berühren Sie nicht die Nadel und drücken Sie nicht auf den Kolben. Werfen Sie die Kappe weg.
step-bubbles = Dosis von 100 mg: Sie sehen vielleicht kleine Luftblasen. Sie müssen sie nicht entfernen. Es ist nicht gefährlich, sie zu spritzen.
step-small-drop = Nur bei einer Dosis von 20 bis 90 mg: Halten Sie die Spritze mit der Nadel nach oben. Drücken Sie den Kolben langsam, bis ein kleiner Tropfen an der Nadelspitze erscheint.
step-small-gauze = Nur bei einer Dosis von 20 bis 90 mg: Legen Sie den Mulltupfer auf eine ebene Fläche. Halten Sie die Spritze mit der Nadel nach unten darüber. Die Nadel darf den Mulltupfer nicht berühren. Drücken Sie langsam, bis die vordere Kante des Kolbens an der Markierung für Ihre Dosis ist. Die übrige Flüssigkeit tropft auf den Mulltupfer.
step-small-wrong = Nur bei einer Dosis von 20 bis 90 mg: Konnten Sie die richtige Dosis nicht einstellen? Werfen Sie die Spritze weg und nehmen Sie eine neue.
step-site = Wählen Sie Ihre Stelle. Nehmen Sie einen erlaubten Bereich. Bleiben Sie mindestens 2,5 cm (1 Zoll) von Ihren letzten Stellen entfernt.
step-site-eu = Wählen Sie eine Stelle in einem erlaubten Bereich. Nehmen Sie jedes Mal eine neue Stelle. Die Körperkarte in dieser App hilft Ihnen dabei.
step-clean-pinch = Reinigen Sie die Haut mit einem Alkoholtupfer. Nehmen Sie dann eine Hautfalte zwischen Daumen und Zeigefinger. Drücken Sie nicht fest zu.
step-inject = Spritzen Sie unter die Haut, so wie Ihre Pflegekraft es Ihnen gezeigt hat.
step-insert = Stechen Sie die Nadel ganz in die Haut, so wie Ihre Pflegekraft oder Ihr Arzt es Ihnen gezeigt hat.
step-push = Drücken Sie den Kolben langsam und gleichmäßig, um die Flüssigkeit zu spritzen. Halten Sie die Hautfalte fest.
step-let-go = Ziehen Sie die Nadel heraus. Lassen Sie dann die Haut los.
step-once = Verwenden Sie die Spritze nur einmal. Verwenden Sie keine Flüssigkeit, die darin übrig ist.
step-once-eu = Was in der Spritze übrig bleibt, werfen Sie weg. Nehmen Sie jede Spritze nur für eine Injektion. Verwenden Sie sie nie noch einmal: Das kann eine Infektion auslösen.
step-no-recap = Stecken Sie die Kappe nicht wieder auf die benutzte Nadel.
step-sharps = Werfen Sie die benutzte Spritze sofort in einen Abwurfbehälter. Das ist ein fester Behälter, den Nadeln nicht durchstechen können.
step-sharps-eu = Werfen Sie die benutzte Spritze und den nassen Mulltupfer in Ihren Abwurfbehälter. Bewahren Sie den Behälter für Kinder unerreichbar auf. Wischen Sie dann die Fläche mit einem neuen Alkoholtupfer ab.
steps-other = Diese App zeigt nur einige Schritte. Folgen Sie bei allen Schritten der Packungsbeilage und dem, was Ihre Pflegekraft Ihnen gezeigt hat.
steps-other-eu = Diese Schritte stammen aus der EU-Packungsbeilage in Ihrer Packung. Halten Sie sich immer an die Packungsbeilage und an das, was Ihre Pflegekraft Ihnen gezeigt hat.
steps-language-us = Ist Ihnen ein Schritt in der Packungsbeilage nicht klar, zum Beispiel weil sie auf Englisch ist? Dann bitten Sie Ihre Apotheke um Hilfe auf Deutsch.
steps-bin = Wenn der Abwurfbehälter voll ist, fragen Sie Ihre Pflegekraft oder Ihre Apotheke, wie Sie ihn entsorgen. Halten Sie sich an die Regeln vor Ort.
steps-bin-eu = Werfen Sie benutzte Spritzen und Arzneimittel nicht in den Hausmüll, in die Toilette oder ins Waschbecken. Fragen Sie Ihre Apotheke, wie Sie den vollen Behälter entsorgen. Halten Sie sich an die Regeln vor Ort.

## 3. Die Einstichstelle wählen

sec-sites-title = Die Einstichstelle wählen
sec-sites-summary = Wo Sie spritzen und wie Sie die Stelle jeden Tag wechseln.
sites-key-areas = Sie können vier Bereiche nutzen: die Außenseite der Oberarme, den Bauch, die Vorderseite der Oberschenkel und das Gesäß oben außen.
sites-key-navel = Spritzen Sie nie im Umkreis von 5 cm (2 Zoll) um den Bauchnabel.
sites-key-move = Nehmen Sie jedes Mal eine neue Stelle. Halten Sie mindestens 2,5 cm (1 Zoll) Abstand zu Ihren letzten Stellen.
sites-key-areas-eu = Die EU-Packungsbeilage nennt vier Bereiche: den Bauch (nicht rund um den Bauchnabel), die Oberseite der Oberschenkel, das Gesäß oben außen und die Außenseite der Oberarme.
sites-key-move-eu = Wechseln Sie die Stelle jedes Mal, damit keine Stelle wund wird.
sites-key-rule-eu = In dieser App gilt: Halten Sie mindestens 5 cm Abstand zum Bauchnabel. Jede neue Stelle soll mindestens 2,5 cm von Ihren letzten Stellen entfernt sein. Diese Regel stammt aus einem Ratgeber der amerikanischen Fachgesellschaft für Rheumatologie (ACR). Die EU-Packungsbeilage nennt keine Abstände.
sites-arm = Arme: die Außenseite des Oberarms.
sites-others-eu = Wenn jemand anderes Ihnen die Spritze gibt, kann diese Person auch die Rückseite der Oberarme nehmen.
sites-belly = Bauch: Lassen Sie den Kreis von 5 cm (2 Zoll) um den Bauchnabel aus.
sites-thigh = Oberschenkel: die Vorderseite des Oberschenkels, in der Mitte.
sites-buttock = Gesäß: der obere äußere Teil.
sites-avoid = Spritzen Sie nicht in Haut, die schmerzt, geschwollen, gerötet oder hart ist oder einen blauen Fleck hat. Meiden Sie Narben, Dehnungsstreifen und Adern, die Sie sehen können.
sites-self = Wenn Sie sich selbst spritzen, sind Bauch und Oberschenkel am einfachsten. Arme und Gesäß sind am besten, wenn jemand anderes Ihnen die Spritze gibt.
sites-why-eu = Warum die Stelle wechseln? Wenn Kineret immer wieder an dieselbe Stelle gespritzt wird, kann sich unter der Haut ein Knoten bilden. Der Knoten ist eine Ablagerung von Eiweiß (Amyloid). Wenn Sie die Stelle jedes Mal wechseln, hilft das dagegen.
sites-why-us = Warum die Stelle wechseln? So wird Ihre Haut nicht so leicht wund. Sagen Sie Ihrem Arzt Bescheid, wenn an der Einstichstelle ein Knoten bleibt.

## 4. Kineret aufbewahren

sec-storage-title = Kineret aufbewahren
sec-storage-summary = Kühl, dunkel und was Sie tun, wenn es gefroren war.
storage-key-fridge = Bewahren Sie Kineret im Kühlschrank auf, bei 2 bis 8 °C (36 bis 46 °F).
storage-key-freeze = Frieren Sie es nie ein. Wenn es gefroren sein könnte, verwenden Sie es nicht.
storage-key-light = Lassen Sie die Spritzen in ihrer Packung. So sind sie vor Licht geschützt.
storage-out-eu = Außerhalb des Kühlschranks: Wenn eine Spritze Zimmertemperatur (bis 25 °C) erreicht hat, verwenden Sie sie innerhalb von 72 Stunden (3 Tagen) oder werfen Sie sie weg. Legen Sie sie nicht zurück in den Kühlschrank.
storage-out-us = Außerhalb des Kühlschranks: Fragen Sie Ihre Apotheke, wie lange eine Spritze bei Zimmertemperatur bleiben darf.
storage-travel = Sie verreisen? Planen Sie, wie Sie es kühl halten. Bitten Sie Ihre Apotheke um Hilfe.
storage-children = Bewahren Sie es so auf, dass Kinder es nicht sehen oder erreichen können.
storage-expiry = Verwenden Sie es nicht nach dem Verfalldatum auf dem Etikett.

## 5. Nebenwirkungen

sec-side-title = Nebenwirkungen
sec-side-summary = Was häufig ist, was schwer ist, Ihre Blutuntersuchungen und wie Sie eine Nebenwirkung melden.
side-key-skin = Die häufigste Nebenwirkung sind Hautreaktionen an der Einstichstelle: Rötung, Schwellung, blaue Flecken oder Juckreiz. Meist sind sie leicht.
side-key-fade = Diese Hautprobleme beginnen oft in den ersten 2 Wochen. Meist gehen sie in 4 bis 6 Wochen weg.
side-key-infection = Mit Kineret können Infektionen leichter auftreten. Manche können schwer sein.
side-key-blood = Sie brauchen Blutuntersuchungen. Dabei werden Ihre weißen Blutkörperchen geprüft.
side-skin-start = Etwa 7 von 10 Menschen bekommen zu Beginn Hautprobleme. Wenn im ersten Monat keine auftreten, kommen sie wahrscheinlich auch später nicht.
side-common-eu = Weitere sehr häufige Nebenwirkungen sind Kopfschmerzen und mehr Fett (Cholesterin) im Blut.
side-common-us = Bei Menschen mit RA gehören zu den häufigsten Nebenwirkungen außerdem:
    • Die RA wird schlimmer.
    • Erkältungen und Nebenhöhlenentzündungen.
    • Kopfschmerzen.
    • Übelkeit, Durchfall und Bauchschmerzen.
    • Gelenkschmerzen.
    • Beschwerden wie bei einer Grippe.
side-less-eu = Häufig, bei bis zu 1 von 10 Menschen: zu wenige weiße Blutkörperchen, zu wenige Blutplättchen (die Zellen, die bei der Blutgerinnung helfen) und schwere Infektionen wie eine Lungenentzündung.
side-uncommon-eu = Gelegentlich, bei bis zu 1 von 100 Menschen: eine schwere Allergie oder erhöhte Leberwerte.
side-allergy-eu = Eine schwere Allergie kann vorkommen. Sie ist nicht häufig. Die Anzeichen finden Sie unter „Wann Sie Hilfe holen“.
side-allergy-us = Eine schwere Allergie kann vorkommen. Bei DIRA ist das Risiko in den ersten Wochen vielleicht höher. Die Anzeichen finden Sie unter „Wann Sie Hilfe holen“.
side-liver-eu = Leberprobleme können vorkommen. Sie kommen am häufigsten beim Still-Syndrom vor, meist im ersten Monat der Behandlung. Ihr Arzt prüft Ihre Leber vielleicht mit Blutuntersuchungen.
side-lump-eu = Wo Kineret immer wieder gespritzt wird, kann sich unter der Haut ein Knoten bilden (eine Ablagerung von Amyloid). Wie oft das vorkommt, ist nicht bekannt. Wechseln Sie deshalb jedes Mal die Stelle. Das hilft dagegen.
side-blood-us = Ihre weißen Blutkörperchen werden geprüft, bevor Sie beginnen. Dann werden sie 3 Monate lang jeden Monat geprüft. Danach alle 3 Monate, bis zu 1 Jahr lang.
side-blood-eu = Ihre weißen Blutkörperchen werden geprüft, bevor Sie beginnen. Fragen Sie Ihren Arzt, wie oft Sie weitere Untersuchungen brauchen.
side-lump = Sagen Sie Ihrem Arzt Bescheid, wenn an der Einstichstelle ein Knoten bleibt.
side-report-us = Sagen Sie Ihrem Arzt, welche Nebenwirkungen Sie haben. Sie können sie auch der US-Arzneimittelbehörde FDA melden (MedWatch): Rufen Sie 1-800-FDA-1088 an oder besuchen Sie www.fda.gov/medwatch.
side-report-eu = Sagen Sie Ihrem Arzt, Ihrer Pflegekraft oder Ihrer Apotheke, welche Nebenwirkungen Sie haben. Sie können sie auch selbst dem nationalen Meldesystem Ihres Landes melden. Wie das geht, steht in der Packungsbeilage.

## 6. Wann Sie Ihren Arzt anrufen / sofort Hilfe holen

sec-help-title = Wann Sie Hilfe holen
sec-help-summary = Sofort Hilfe holen, vor dem nächsten Spritzen Ihren Arzt anrufen oder es vorher Ihrem Arzt sagen.
help-key-allergy = Zeichen einer schweren Allergie sind ein Notfall. Holen Sie sofort Hilfe.
help-key-infection-us = Haben Sie Fieber (auch leichtes) oder ein Zeichen einer Infektion? Rufen Sie sofort Ihren Arzt an, noch bevor Sie das nächste Mal spritzen.
help-key-infection-eu = Haben Sie Fieber (auch leichtes) oder ein Zeichen einer Infektion? Sagen Sie es sofort Ihrem Arzt, noch bevor Sie das nächste Mal spritzen.
help-key-before = Planen Sie eine Operation, eine Impfung oder eine Schwangerschaft? Sagen Sie es zuerst Ihrem Arzt.
help-now-intro = Das sind Zeichen einer schweren Allergie. Wenn Sie eines davon haben, holen Sie sofort ärztliche Hilfe.
help-now-call-us = Rufen Sie sofort den Notruf 911 an. Fahren Sie nicht selbst mit dem Auto zum Arzt oder ins Krankenhaus. Spritzen Sie Kineret erst wieder, wenn ein Arzt sagt, dass es sicher ist.
help-now-call-eu = Rufen Sie sofort den Notruf 112 an. Fahren Sie nicht selbst mit dem Auto zum Arzt oder ins Krankenhaus. Spritzen Sie Kineret erst wieder, wenn ein Arzt sagt, dass es sicher ist.
help-now-swelling = Schwellung im Gesicht, an der Zunge oder im Hals.
help-now-breathing = Probleme beim Atmen oder Schlucken.
help-now-pulse = Plötzliches Herzrasen oder plötzliches Schwitzen.
help-now-rash = Juckende Haut oder ein Ausschlag am ganzen Körper (nicht nur an der Einstichstelle).
help-now-wheeze = Pfeifendes Atmen nach dem Spritzen.
help-now-dress-eu = Ein Ausschlag, der sich ausbreitet, oder Haut, die sich schält, mit Fieber oder geschwollenen Drüsen (Lymphknoten).
help-soon-intro-us = Mit Kineret können Infektionen leichter auftreten. Rufen Sie Ihren Arzt an, wenn Sie eines davon haben:
help-soon-intro-eu = Wenn Sie eines davon haben, sagen Sie es sofort Ihrem Arzt:
help-soon-call = Rufen Sie an, bevor Sie das nächste Mal spritzen. Erreichen Sie Ihren Arzt nicht? Dann rufen Sie die Nummer für die Zeit außerhalb der Sprechstunden an (zum Beispiel den ärztlichen Bereitschaftsdienst). Warten Sie nie einfach ab.
help-soon-fever = Jedes Fieber, auch leichtes. Oder Frösteln und Schüttelfrost.
help-soon-signs = Andere Zeichen einer Infektion, zum Beispiel Husten, Kopfschmerzen oder rote, schmerzende Haut.
help-soon-weight = Gewichtsverlust (Sie nehmen ab, ohne es zu wollen) oder Husten, der nicht aufhört.
help-soon-liver-eu = Gelbe Haut oder gelbe Augen, dunkler Urin, heller Stuhl oder kein Appetit.
help-soon-lung-eu = Beim Still-Syndrom: Atemnot schon bei leichter Anstrengung oder Husten am Morgen. Wenn Sie schwer Luft bekommen, rufen Sie sofort den Notruf 112 an.
help-soon-new-rash = Ein neuer Ausschlag.
help-soon-site = Eine starke Hautreaktion an der Einstichstelle.
help-soon-worry = Sorgen wegen Nebenwirkungen oder der Wunsch, mit Kineret aufzuhören.
help-before-intro = Sagen Sie es Ihrem Arzt vorher oder sobald Sie es wissen:
help-before-surgery = Vor jeder Operation.
help-before-vaccine = Vor jeder Impfung. Fragen Sie, ob es ein Lebendimpfstoff ist: Solange Sie Kineret verwenden, dürfen Sie keine Lebendimpfstoffe bekommen.
help-before-plan = Wenn Sie schwanger werden möchten (bevor Sie es versuchen).
help-before-pregnancy = Sobald Sie wissen, dass Sie schwanger sind.
help-before-antibiotics = Sobald ein anderer Arzt Ihnen Antibiotika verschreibt.

## 7. Zu Ihrer Sicherheit

sec-safety-title = Zu Ihrer Sicherheit
sec-safety-summary = Wer es nicht verwenden soll, andere Arzneimittel, Schwangerschaft, vergessene Dosen.
safety-key-allergy = Verwenden Sie Kineret nicht, wenn Sie dagegen allergisch sind. Verwenden Sie es nicht, wenn Sie gegen Eiweiße allergisch sind, die mit E.-coli-Bakterien hergestellt werden.
safety-key-infection = Beginnen Sie nicht mit Kineret, solange Sie eine Infektion haben.
safety-key-vaccine = Lassen Sie sich keine Lebendimpfstoffe geben, solange Sie Kineret verwenden. Fragen Sie vor jeder Impfung, ob es ein Lebendimpfstoff ist.
safety-neutro-eu = Beginnen Sie nicht mit Kineret, wenn Sie zu wenige weiße Blutkörperchen haben.
safety-tnf = Verwenden Sie Kineret nicht zusammen mit einem TNF-Blocker wie Etanercept (Enbrel) oder Infliximab (Remicade). Ein TNF-Blocker ist ein Arzneimittel, das einen Botenstoff namens TNF blockiert. Zusammen erhöhen sie das Risiko für schwere Infektionen.
safety-tell = Sagen Sie Ihrem Arzt, wenn Sie immer wieder Infektionen haben oder hatten. Sagen Sie es ihm auch, wenn Sie Tuberkulose (TB), Asthma oder Krebs haben oder hatten.
safety-tell-kidney = Sagen Sie Ihrem Arzt, wenn Sie Nierenprobleme haben.
safety-tell-liver-eu = Sagen Sie Ihrem Arzt, wenn Sie schon einmal erhöhte Leberwerte hatten.
safety-warfarin-eu = Nehmen Sie Warfarin oder Phenytoin? Dann muss Ihr Arzt vielleicht die Dosis dieser Arzneimittel ändern.
safety-pregnancy-us = Schwangerschaft: Es ist nicht bekannt, ob Kineret einem ungeborenen Kind schaden kann. Sprechen Sie mit Ihrem Arzt.
safety-pregnancy-eu = Schwangerschaft: Kineret wird in der Schwangerschaft nicht empfohlen. Wenn Sie schwanger werden können, verhüten Sie.
safety-breastfeeding-us = Stillen: Es ist nicht bekannt, ob Kineret in die Muttermilch übergeht. Entscheiden Sie zusammen mit Ihrem Arzt.
safety-breastfeeding-eu = Stillen: Stillen Sie nicht, solange Sie Kineret verwenden.
safety-missed-us = Dosis vergessen? Fragen Sie Ihren Arzt oder Ihre Apotheke, was Sie tun sollen.
safety-missed-eu = Dosis vergessen? Rufen Sie Ihren Arzt an. Fragen Sie, wann Sie die nächste Dosis spritzen sollen.
safety-too-much-eu = Zu viel gespritzt? Ernste Probleme sind nicht zu erwarten. Rufen Sie trotzdem Ihren Arzt, Ihre Pflegekraft oder Ihre Apotheke an.
safety-stop-us = Bei NOMID oder DIRA kann die Krankheit wieder stärker werden (aufflammen), wenn Sie Kineret nicht mehr spritzen. Sprechen Sie mit Ihrem Arzt, bevor Sie aufhören.
safety-latex = Die Spritze und die Nadelschutzkappe sind nicht aus Naturlatex hergestellt.
safety-sharps = Werfen Sie benutzte Spritzen in einen Abwurfbehälter. Fragen Sie Ihre Pflegekraft oder Ihre Apotheke, wie Sie den vollen Behälter entsorgen. Halten Sie sich an die Regeln vor Ort.
safety-sharps-eu = Werfen Sie benutzte Spritzen in einen Abwurfbehälter. Entsorgen Sie Arzneimittel nicht im Waschbecken, in der Toilette oder im Hausmüll. Fragen Sie Ihre Apotheke, wie Sie den vollen Abwurfbehälter und alte Arzneimittel entsorgen.
