# Kineret Coach: was die App lehrt (Deutsch).
# Die Fakten stammen nur aus dem Faktenblatt des Projekts (shared/clinical/kineret-facts.md).
# Kurze Sätze und einfache Wörter (so einfach wie im Englischen).
# Die Struktur (Reihenfolge, Region, Quellen, Bilder) steht in assets/content.ron.

## Quellen: der Name jedes Dokuments und sein Datum.

source-S0 = MedicineNet-Seite zu Kineret (Februar 2017)
source-S1 = Patienteninformation, RheumInfo, Kanada
source-S2 = Arzneimittel-Übersicht des American College of Rheumatology (Juni 2024)
source-S3 = EU-Übersicht zu Kineret, EMA (Dezember 2021)
source-US-PI = Fachinformation für Ärzte, USA (FDA, 2025)
source-US-PPI = Patienteninformation, USA
source-EU-PL = EU-Packungsbeilage (Februar 2022)
source-EU-SmPC = Fachinformation für Ärzte, EU (SmPC)
source-SOBI = Seiten des Herstellers Sobi
source-PDR = PDR-Arzneimittelübersicht, beruht auf der Fachinformation (2022)
source-2nd = Andere Arzneimittel-Ratgeber (drugs.com, MedlinePlus)
source-APP = Allgemeiner Rat dieser App, nicht aus der Produktinformation

## 1. So wirkt Kineret

sec-how-title = So wirkt Kineret
sec-how-summary = Was es ist, wofür es ist, was Sie erwartet.
how-key-what = Kineret ist ein Arzneimittel, das Sie unter die Haut spritzen. Die meisten Menschen spritzen es einmal am Tag.
how-key-il1 = Ihr Körper bildet einen Botenstoff namens IL-1. IL-1 kann Schwellungen und Schmerzen auslösen. Kineret blockiert IL-1.
how-key-immune = Kineret beruhigt Ihr Immunsystem. Dadurch kann Ihr Körper Keime schlechter abwehren.
how-made = Kineret ist eine Kopie eines Eiweißes, das Ihr Körper selbst bildet. Es wird im Labor von Bakterien hergestellt.
how-uses-us = In den USA ist Kineret für drei Anwendungen zugelassen:
    • Erwachsene mit rheumatoider Arthritis (RA), wenn ein anderes RA-Medikament nicht geholfen hat.
    • NOMID, eine seltene angeborene Krankheit.
    • DIRA, eine andere seltene angeborene Krankheit.
how-uses-eu = In der EU ist Kineret zugelassen für:
    • Erwachsene mit rheumatoider Arthritis (RA), zusammen mit einem Medikament namens Methotrexat, wenn Methotrexat allein nicht genug hilft.
    • CAPS, eine Gruppe seltener Fieberkrankheiten (ab 8 Monaten und 10 kg Körpergewicht).
    • FMF, eine erbliche Fieberkrankheit (ab 8 Monaten und 10 kg Körpergewicht).
    • Still-Syndrom (ab 8 Monaten und 10 kg Körpergewicht).
    • Erwachsene mit einer Lungenentzündung durch COVID-19, die Sauerstoff brauchen. Ein Bluttest (suPAR) muss einen hohen Wert zeigen.
how-covid-us = In den USA ist Kineret nicht für COVID-19 zugelassen.
how-kids-us = Kineret ist nicht für Kinder mit juveniler rheumatoider Arthritis gedacht.
how-kids-eu = Es ist nicht für Kinder oder Jugendliche mit RA oder COVID-19 gedacht. Es ist nicht für Babys unter 8 Monaten gedacht.
how-dose = Ihr Arzt legt Ihre Dosis fest. Bei RA sind es 100 mg einmal am Tag. Bei einigen seltenen Krankheiten hängt die Dosis von Ihrem Gewicht ab. Diese App berechnet nie eine Dosis.
how-syringe = Jede Spritze enthält 100 mg Kineret. Verwenden Sie jede Spritze nur einmal.
how-syringe-eu = Die Spritze in der EU hat Markierungen. Damit können Sie eine kleinere Dosis geben, wenn Ihr Arzt sie verordnet. Ihre Pflegekraft zeigt Ihnen, wie das geht.
how-syringe-us = Bei NOMID und DIRA: Nehmen Sie für jede Dosis eine neue Spritze. Werfen Sie den Rest weg.
how-expect = Viele Menschen bekommen rote oder juckende Haut an der Einstichstelle. Das kommt in den ersten Wochen am häufigsten vor. Sie brauchen außerdem Blutuntersuchungen.
how-time = Spritzen Sie jeden Tag etwa zur gleichen Uhrzeit.

## 2. So spritzen Sie, Schritt für Schritt

sec-steps-title = So spritzen Sie, Schritt für Schritt
sec-steps-summary = Vom Kühlschrank bis zum festen Behälter für Nadeln (Abwurfbehälter).
steps-key-trained = Spritzen Sie sich erst selbst, wenn eine Pflegekraft oder ein Arzt Sie geschult hat.
steps-key-leaflet = Folgen Sie der Packungsbeilage und dem, was Ihre Pflegekraft Ihnen gezeigt hat.
steps-key-new = Nehmen Sie jedes Mal eine neue Spritze.
step-warm = Nehmen Sie eine Spritze aus dem Kühlschrank. Nehmen Sie sie aus der Packung. Lassen Sie sie etwa 30 Minuten lang auf Zimmertemperatur kommen.
step-no-heat = Wärmen Sie sie nicht auf andere Weise. Keine Mikrowelle. Kein heißes Wasser. Sie dürfen sie ein paar Minuten in der Hand halten.
step-no-shake = Schütteln Sie sie nicht. Wenn sie schaumig aussieht, lassen Sie sie liegen, bis der Schaum weg ist.
step-check = Sehen Sie sich die Flüssigkeit an. Sie soll klar sein. Sie kann farblos oder etwas weißlich sein. Ein paar kleine weiße Teilchen sind in Ordnung.
step-check-bad = Verwenden Sie sie nicht, wenn die Flüssigkeit trüb ist, die Farbe verändert hat oder andere Teilchen enthält. Verwenden Sie sie nicht, wenn sie sehr viele Teilchen enthält.
step-wash = Waschen Sie sich die Hände.
step-site = Wählen Sie Ihre Stelle. Nehmen Sie einen erlaubten Bereich. Bleiben Sie mindestens 2,5 cm (1 Zoll) von Ihren letzten Stellen entfernt.
step-inject = Spritzen Sie unter die Haut, so wie Ihre Pflegekraft es Ihnen gezeigt hat.
step-once = Verwenden Sie die Spritze nur einmal. Verwenden Sie keine Flüssigkeit, die darin übrig ist.
step-sharps = Werfen Sie die benutzte Spritze sofort in einen Abwurfbehälter. Das ist ein fester Behälter, den Nadeln nicht durchstechen können.
steps-other = Diese App zeigt nur einige Schritte. Folgen Sie bei allen Schritten der Packungsbeilage und dem, was Ihre Pflegekraft Ihnen gezeigt hat.
steps-bin = Wenn der Abwurfbehälter voll ist, fragen Sie Ihre Pflegekraft oder Ihre Apotheke, wie Sie ihn entsorgen. Halten Sie sich an die Regeln vor Ort.

## 3. Die Einstichstelle wählen

sec-sites-title = Die Einstichstelle wählen
sec-sites-summary = Wo Sie spritzen und wie Sie die Stelle jeden Tag wechseln.
sites-key-areas = Sie können vier Bereiche nutzen: die Außenseite der Oberarme, den Bauch, die Vorderseite der Oberschenkel und das Gesäß oben außen.
sites-key-navel = Spritzen Sie nie im Umkreis von 5 cm (2 Zoll) um den Bauchnabel.
sites-key-move = Nehmen Sie jedes Mal eine neue Stelle. Halten Sie mindestens 2,5 cm (1 Zoll) Abstand zu Ihren letzten Stellen.
sites-arm = Arme: die Außenseite des Oberarms.
sites-belly = Bauch: Lassen Sie den Kreis von 5 cm (2 Zoll) um den Bauchnabel aus.
sites-thigh = Oberschenkel: die Vorderseite des Oberschenkels, in der Mitte.
sites-buttock = Gesäß: der obere äußere Teil.
sites-avoid = Spritzen Sie nicht in Haut, die schmerzt, geschwollen, gerötet oder hart ist oder einen blauen Fleck hat. Meiden Sie Narben, Dehnungsstreifen und Adern, die Sie sehen können.
sites-self = Wenn Sie sich selbst spritzen, sind Bauch und Oberschenkel am einfachsten. Arme und Gesäß sind am besten, wenn jemand anderes Ihnen die Spritze gibt.
sites-vary-eu = Die EU-Übersicht rät, die Stelle jedes Mal zu wechseln. Das hilft, Beschwerden zu vermeiden.

## 4. Kineret aufbewahren

sec-storage-title = Kineret aufbewahren
sec-storage-summary = Kühlschrank, kühl, dunkel und was tun, wenn es gefroren war.
storage-key-fridge = Bewahren Sie Kineret im Kühlschrank auf, bei 2 bis 8 °C (36 bis 46 °F).
storage-key-freeze = Frieren Sie es nie ein. Wenn es gefroren sein könnte, verwenden Sie es nicht.
storage-key-light = Lassen Sie die Spritzen in ihrer Packung. So sind sie vor Licht geschützt.
storage-out-eu = Außerhalb des Kühlschranks: Wenn eine Spritze Zimmertemperatur (bis 25 °C) erreicht hat, verwenden Sie sie innerhalb von 72 Stunden oder werfen Sie sie weg. Legen Sie sie nicht zurück in den Kühlschrank.
storage-out-us = Außerhalb des Kühlschranks: Fragen Sie Ihre Apotheke, wie lange eine Spritze bei Zimmertemperatur bleiben darf.
storage-travel = Sie verreisen? Planen Sie, wie Sie es kühl halten. Fragen Sie Ihre Apotheke um Hilfe.
storage-children = Bewahren Sie es so auf, dass Kinder es nicht sehen oder erreichen können.
storage-expiry = Verwenden Sie es nicht nach dem Verfallsdatum auf dem Etikett.

## 5. Nebenwirkungen

sec-side-title = Nebenwirkungen
sec-side-summary = Was häufig ist, was schwer ist und Ihre Blutuntersuchungen.
side-key-skin = Rötung, Schwellung, blaue Flecken oder Juckreiz an der Einstichstelle sind die häufigste Nebenwirkung. Meist sind sie leicht.
side-key-fade = Diese Hautprobleme beginnen oft in den ersten 2 Wochen. Meist gehen sie in 4 bis 6 Wochen weg.
side-key-infection = Mit Kineret können Infektionen leichter auftreten. Manche können schwer sein.
side-key-blood = Sie brauchen Blutuntersuchungen, um Ihre weißen Blutkörperchen zu prüfen.
side-skin-start = Etwa 7 von 10 Menschen bekommen zu Beginn Hautprobleme. Wenn im ersten Monat keine auftreten, kommen sie wahrscheinlich auch später nicht.
side-common-eu = Weitere sehr häufige Nebenwirkungen sind Kopfschmerzen und mehr Fett (Cholesterin) im Blut.
side-common-us = Bei Menschen mit RA gehören zu den häufigsten Nebenwirkungen außerdem:
    • die RA wird schlimmer.
    • Erkältungen und Nebenhöhlenentzündungen.
    • Kopfschmerzen.
    • ein flaues Gefühl im Magen (Übelkeit), Durchfall und Bauchschmerzen.
    • Gelenkschmerzen.
    • ein Gefühl wie bei einer Grippe.
side-less-eu = Häufig, bei bis zu 1 von 10 Menschen: zu wenige weiße Blutkörperchen, zu wenige Blutplättchen (Zellen, die bei der Blutgerinnung helfen) und schwere Infektionen wie eine Lungenentzündung.
side-uncommon-eu = Gelegentlich, bei bis zu 1 von 100 Menschen: eine schwere Allergie oder erhöhte Leberwerte.
side-allergy-eu = Eine schwere Allergie kann vorkommen. Sie ist nicht häufig. Die Anzeichen finden Sie unter „Wann Sie Hilfe holen“.
side-allergy-us = Eine schwere Allergie kann vorkommen. Bei DIRA ist das Risiko in den ersten Wochen vielleicht höher. Die Anzeichen finden Sie unter „Wann Sie Hilfe holen“.
side-liver-eu = Leberprobleme können vorkommen. Man sieht sie am häufigsten beim Still-Syndrom, im ersten Monat. Ihr Arzt prüft Ihre Leber vielleicht mit Blutuntersuchungen.
side-blood-us = Ihre weißen Blutkörperchen werden geprüft, bevor Sie beginnen. Dann werden sie 3 Monate lang jeden Monat geprüft. Danach alle 3 Monate, bis zu 1 Jahr lang.
side-blood-eu = Ihre weißen Blutkörperchen werden geprüft, bevor Sie beginnen. Fragen Sie Ihren Arzt, wie oft Sie weitere Untersuchungen brauchen.
side-lump = Sagen Sie Ihrem Arzt Bescheid, wenn an der Einstichstelle ein Knoten bleibt.

## 6. Wann Sie Ihren Arzt anrufen / sofort Hilfe holen

sec-help-title = Wann Sie Hilfe holen
sec-help-summary = Sofort Hilfe holen, heute Ihren Arzt anrufen oder es vorher Ihrem Arzt sagen.
help-key-allergy = Zeichen einer schweren Allergie sind ein Notfall. Holen Sie sofort Hilfe.
help-key-infection = Fieber oder Zeichen einer Infektion? Rufen Sie heute Ihren Arzt an.
help-key-before = Planen Sie eine Operation, eine Impfung oder eine Schwangerschaft? Sagen Sie es zuerst Ihrem Arzt.
help-now-intro = Wenn Sie eines dieser Anzeichen einer schweren Allergie haben, holen Sie sofort Hilfe. Rufen Sie einen Rettungswagen oder gehen Sie in die Notaufnahme. Spritzen Sie nicht noch einmal.
help-now-call-us = In den USA: Rufen Sie die 911 an.
help-now-call-eu = In der EU: Rufen Sie die 112 an.
help-now-swelling = Schwellung im Gesicht, an der Zunge oder im Hals.
help-now-breathing = Probleme beim Atmen oder Schlucken.
help-now-pulse = Plötzlich schneller Herzschlag oder Schwitzen.
help-now-rash = Juckende Haut oder ein Ausschlag am ganzen Körper (nicht nur an der Einstichstelle).
help-now-wheeze = Pfeifendes Atmen nach einer Injektion.
help-now-dress-eu = Ein Ausschlag, der sich ausbreitet, oder Haut, die sich schält, mit Fieber oder geschwollenen Drüsen (Lymphknoten).
help-soon-intro = Rufen Sie heute Ihren Arzt an. Warten Sie nicht bis zum nächsten Termin. Rufen Sie an bei:
help-soon-fever = Fieber oder wenn Sie glauben, dass Sie eine Infektion haben.
help-soon-high-fever = Hohes Fieber, das nicht weggeht, Schüttelfrost, Husten, Kopfschmerzen oder rote und schmerzende Haut.
help-soon-low-fever = Leichtes Fieber, das nicht weggeht, Gewichtsverlust oder Husten, der nicht weggeht.
help-soon-liver-eu = Gelbe Haut oder gelbe Augen, dunkler Urin, heller Stuhl oder kein Appetit.
help-soon-lung-eu = Beim Still-Syndrom: Atemnot schon bei leichter Anstrengung oder Husten am Morgen. Wenn das Atmen schwerfällt, holen Sie sofort Hilfe.
help-soon-new-rash = Ein neuer Ausschlag.
help-soon-site = Eine starke Hautreaktion an der Einstichstelle.
help-soon-worry = Nebenwirkungen, die Ihnen Sorgen machen, oder wenn Sie mit Kineret aufhören möchten.
help-before-intro = Sagen Sie es Ihrem Arzt vorher oder so bald wie möglich, wenn:
help-before-antibiotics = Ein anderer Arzt Ihnen Antibiotika gibt.
help-before-surgery = Sie operiert werden sollen.
help-before-pregnancy = Sie schwanger sind oder eine Schwangerschaft planen.
help-before-vaccine = Sie eine Impfung planen, egal welche.

## 7. Zu Ihrer Sicherheit

sec-safety-title = Zu Ihrer Sicherheit
sec-safety-summary = Wer es nicht verwenden soll, andere Arzneimittel, Schwangerschaft, vergessene Dosen.
safety-key-allergy = Verwenden Sie Kineret nicht, wenn Sie dagegen allergisch sind. Verwenden Sie es nicht, wenn Sie gegen Eiweiße allergisch sind, die mit E.-coli-Bakterien hergestellt werden.
safety-key-infection = Beginnen Sie nicht mit Kineret, solange Sie eine Infektion haben.
safety-key-vaccine = Lassen Sie sich keine Lebendimpfstoffe geben, solange Sie Kineret verwenden.
safety-neutro-eu = Beginnen Sie nicht mit Kineret, wenn Sie zu wenige weiße Blutkörperchen haben.
safety-tnf = Verwenden Sie es nicht zusammen mit einem TNF-Blocker, wie Etanercept (Enbrel) oder Infliximab (Remicade). Zusammen erhöhen sie das Risiko für schwere Infektionen.
safety-tell = Sagen Sie Ihrem Arzt, wenn Sie schon viele Infektionen hatten. Sagen Sie es ihm auch, wenn Sie Tuberkulose (TB), Asthma oder Krebs haben oder hatten.
safety-tell-kidney = Sagen Sie Ihrem Arzt, wenn Sie Nierenprobleme haben.
safety-tell-liver-eu = Sagen Sie Ihrem Arzt, wenn Sie schon einmal erhöhte Leberwerte hatten.
safety-warfarin-eu = Nehmen Sie Warfarin oder Phenytoin? Ihr Arzt muss diese Dosis vielleicht ändern.
safety-pregnancy-us = Schwangerschaft: Es ist nicht bekannt, ob Kineret einem ungeborenen Kind schaden kann. Sprechen Sie mit Ihrem Arzt.
safety-pregnancy-eu = Schwangerschaft: Kineret wird in der Schwangerschaft nicht empfohlen. Wenn Sie schwanger werden können, verhüten Sie.
safety-breastfeeding-us = Stillen: Es ist nicht bekannt, ob Kineret in die Muttermilch übergeht. Entscheiden Sie zusammen mit Ihrem Arzt.
safety-breastfeeding-eu = Stillen: Stillen Sie nicht, solange Sie Kineret verwenden.
safety-missed-us = Dosis vergessen? Fragen Sie Ihren Arzt oder Ihre Apotheke, was Sie tun sollen.
safety-missed-eu = Dosis vergessen? Rufen Sie Ihren Arzt an. Fragen Sie, wann Sie die nächste Dosis spritzen sollen.
safety-too-much-eu = Zu viel gespritzt? Ernste Probleme sind nicht zu erwarten. Rufen Sie trotzdem Ihren Arzt, Ihre Pflegekraft oder Ihre Apotheke an.
safety-stop-us = Bei NOMID oder DIRA kann die Krankheit wieder aufflammen, wenn Sie aufhören. Sprechen Sie mit Ihrem Arzt, bevor Sie aufhören.
safety-latex = Die Spritze und die Nadelschutzkappe sind nicht aus Naturlatex hergestellt.
safety-sharps = Werfen Sie benutzte Spritzen in einen Abwurfbehälter. Entsorgen Sie Arzneimittel nicht im Waschbecken, in der Toilette oder im Hausmüll. Fragen Sie Ihre Apotheke.
