## Mode formation : un infirmier ou une infirmière forme un patient à son chevet.
## Les mots des écrans sont pour l'infirmier ou l'infirmière ; les questions et le résumé sont lus par le patient.

teach-title = Former un patient
teach-home-button = Former un patient
teach-home-text = Pour les infirmiers et infirmières : passez tous les thèmes en revue avec un nouveau patient, vérifiez ce qu'il a appris et imprimez un résumé.
teach-privacy = Aucun nom ni aucune date de naissance ne sont nécessaires. Rien n'est gardé quand vous recommencez, sauf si vous enregistrez le résumé.

## Préparation
teach-setup-title = Avant de commencer
teach-setup-region = Quelle notice le patient suit-il : États-Unis ou UE ?
teach-setup-language = La langue du patient (écrans et résumé)
teach-setup-indication = Pour ce patient, à quoi sert Kineret ?
teach-setup-syringe = Quelle part de la seringue correspond à une dose ?
teach-setup-dose = Dose telle que le prescripteur l'a écrite
teach-setup-dose-hint = Par exemple : 100 mg, ou 2 mg/kg, 40 mg
teach-setup-start = Commencer la formation
teach-setup-missing = Faites tous les choix ci-dessus et tapez la dose pour commencer.
teach-dose-empty = Tapez la dose telle que le prescripteur l'a écrite.
teach-dose-long = C'est trop long pour une dose. Utilisez 40 caractères au maximum.
teach-dose-words = Utilisez seulement des chiffres, des unités et les mots d'une dose (par exemple 100 mg une fois par jour). Pas de nom ni de date.
teach-dose-shown = Dose prescrite : { $dose }. Saisie par l'infirmier ou l'infirmière ; non vérifiée par cette application.

teach-ind-ra = Polyarthrite rhumatoïde (PR)
teach-ind-nomid = NOMID
teach-ind-dira = DIRA
teach-ind-caps = CAPS
teach-ind-fmf = FMF (fièvre méditerranéenne familiale)
teach-ind-still = Maladie de Still
teach-ind-covid = Infection des poumons due à la COVID-19
teach-ind-other = Un autre usage choisi par le médecin

teach-syringe-whole = La seringue entière (100 mg)
teach-syringe-part = Une partie d'une seringue (moins de 100 mg)
teach-syringe-other = Autre chose, comme l'a dit le médecin

## Thèmes
teach-topic-of = Thème { $n } sur { $total }
teach-question = Posez la question au patient
teach-key-points = Une bonne réponse contient ces points
teach-result = Résultat
teach-result-understood = Compris
teach-result-review = À revoir
teach-result-none = Pas encore fait
teach-notes = Notes (facultatif)
teach-note-show-again = À remontrer à la prochaine visite
teach-note-carer = Un aidant va aider
teach-note-interpreter = Faire appel à un interprète
teach-note-see = Voit mal les petits repères
teach-note-hold = A du mal à tenir la seringue
teach-note-needles = Les aiguilles l'inquiètent
teach-prev = Thème précédent
teach-next = Thème suivant
teach-overview = Tous les thèmes
teach-progress = Thèmes faits : { $done } sur { $total }

## Démonstration par le patient
teach-demo-title = Démonstration par le patient
teach-demo-intro = Le patient montre chaque étape avec une seringue d'entraînement. Cochez chaque étape quand il la montre.
teach-demo-progress = Étapes montrées : { $done } sur { $total }
teach-step-shown = Montrée
teach-step-practice = À retravailler

## Plan des zones
teach-plan-title = Plan des zones
teach-plan-intro = Décidez avec le patient des zones à utiliser et de celles à éviter (une cicatrice, ou le côté d'une chambre implantable).
teach-plan-use = Utiliser
teach-plan-avoid = Éviter
teach-plan-clear = Pas décidé
teach-plan-map-area = { $area } : { $plan }. Touchez pour changer.
teach-plan-legend = Sur la carte : uni = utiliser, croisillons = éviter, à points = pas décidé. Touchez une zone pour la changer.
teach-plan-empty = Aucune zone choisie pour le moment.
teach-plan-save-log = Éviter ces zones dans le carnet d'injections de cet ordinateur
teach-plan-log-saved = { $count ->
    [one] Enregistré. La carte des zones évite maintenant 1 zone.
   *[other] Enregistré. La carte des zones évite maintenant { $count } zones.
}
teach-plan-in-log = La carte des zones de cet ordinateur évite les zones à éviter.

## Résumé
teach-summary-title = Résumé
teach-summary-heading = Apprendre à injecter Kineret : résumé
teach-summary-date = Date : { $date }
teach-summary-region = Notice : { $region }
teach-summary-indication = Utilisé pour : { $indication }
teach-summary-topics = Thèmes
teach-summary-review = À revoir
teach-summary-review-none = Rien à revoir.
teach-summary-practice = Étapes à retravailler
teach-summary-practice-none = Toutes les étapes ont été montrées.
teach-summary-steps = Étapes de l'injection montrées : { $shown } sur { $total }
teach-summary-plan = Où faire l'injection
teach-summary-plan-none = Aucun plan des zones n'a été fait.
teach-summary-syringe = Part de la seringue : { $syringe }
teach-summary-line = { $n }. { $title } : { $result }
teach-summary-plan-line = { $mark } : { $areas }
teach-summary-undecided = Pas décidé
teach-summary-sources = D'où viennent ces informations
teach-summary-footer = Fait avec Kineret Coach. Cette application ne calcule ni ne vérifie jamais de dose.
teach-summary-save = Enregistrer le résumé (PDF)
teach-finish = Terminer et recommencer
teach-finish-ask = Recommencer ? Le résumé de ce patient n'est pas enregistré. Tout ce que vous avez saisi sera effacé.
teach-finish-yes = Oui, recommencer
teach-close-ask = Fermer l'application ? Le résumé de ce patient n'est pas enregistré. Tout ce que vous avez saisi sera perdu.
teach-close-yes = Fermer sans enregistrer
teach-finish-no = Continuer

## Questions de reformulation (teach-back) : le patient explique ou montre, avec ses propres mots.
teach-q-how = Avec vos propres mots, dites-moi ce que fait Kineret dans votre corps.
teach-q-steps = Montrez-moi avec la seringue d'entraînement comment vous allez faire votre injection.
teach-q-sites = Montrez-moi sur votre corps où vous ferez vos 3 prochaines injections.
teach-q-storage = Expliquez-moi comment vous allez conserver vos seringues chez vous.
teach-q-side = Dites-moi ce que vous ferez si vous avez de la fièvre le jour de votre prochaine injection.
teach-q-help = Dites-moi ce que vous ferez si votre visage ou votre gorge gonfle après une injection.
teach-q-safety = Dites-moi ce que vous demanderez avant de recevoir un vaccin.
