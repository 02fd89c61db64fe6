# Kineret Coach : les mots des boutons, des menus et des messages (français).
# Gardez-les courts et simples.

language-name = Français
app-title = Kineret Coach
home-purpose = Apprenez à injecter Kineret en toute sécurité et notez où vous faites vos injections.
home-learn = Ce qu'il faut savoir
home-track = Vos injections
nav-back = Retour
nav-home = Accueil
nav-back-home = Retour à l'accueil
nav-skip = Aller au contenu

## Barre des réglages

settings-language = Langue
settings-region = Quelle notice ?
region-us = États-Unis
region-eu = Union européenne
region-ask = Quelle notice était dans la boîte ? Certaines informations diffèrent entre les États-Unis et l'UE.
region-hidden = Certaines informations dépendent de la notice. Choisissez votre notice en haut pour les voir.
region-tag-us = Notice des États-Unis
region-tag-eu = Notice de l'UE
tag-app-advice = Conseil de l'application
text-smaller = Texte plus petit
text-bigger = Texte plus grand
text-size = Taille du texte : { $percent } %
theme-high-contrast = Contraste élevé

## Sections

section-key-points = Points clés
section-details = Plus de détails
section-sources = D'où viennent ces informations
steps-all = Toutes les étapes
step-of = Étape { $number } sur { $total }
step-next = Étape suivante
step-previous = Étape précédente
help-now-heading = Appelez les secours tout de suite
help-soon-heading = Appelez votre médecin sans attendre
help-before-heading = Prévenez d'abord votre médecin
help-now-badge = URGENCE
help-soon-badge = URGENT
help-before-badge = AVANT
sites-open-map = Ouvrir la carte des zones

## Dose du jour

today-done = Dose du jour faite : { $time }, { $zone }.
today-not-yet = Dose du jour : pas encore notée.
## Carte du corps

map-title = Carte des zones
map-front = Devant
map-back = Dos
map-help = Touchez une zone ombrée pour choisir un endroit. Ou utilisez l'endroit proposé.
map-legend-rest = { $days ->
    [one] Utilisée récemment (le dernier jour)
   *[other] Utilisée récemment (ces { $days } derniers jours)
}
map-legend-ready = Prête à l'emploi
map-legend-never = Jamais utilisée
map-legend-suggested = Endroit proposé
map-legend-navel = Pas d'injection ici
map-legend-injection = Injection précédente (pâlit avec le temps)
map-legend-chosen = L'endroit choisi, avec un cercle de 2,5 cm autour
map-legend-broken = Endroit choisi qui ne respecte pas une règle (en rouge)
map-legend-avoid = Endroit à éviter : hématome, cicatrice ou réaction de la peau
zoom-title = { $zone } (vue agrandie)
zoom-help = Touchez pour placer l'endroit. Les flèches du clavier le déplacent de 1 cm. Les lignes sont espacées de 1 cm.
zoom-label = { $zone } (vue agrandie). Touchez pour placer l'endroit ; les flèches le déplacent de 1 cm.
map-navel-label = Nombril : restez à 5 cm (2 pouces)
zone-left_arm = Haut du bras gauche
zone-right_arm = Haut du bras droit
zone-left_abdomen = Côté gauche du ventre
zone-right_abdomen = Côté droit du ventre
zone-left_thigh = Cuisse gauche, devant
zone-right_thigh = Cuisse droite, devant
zone-left_buttock = Fesse gauche, en haut à l'extérieur
zone-right_buttock = Fesse droite, en haut à l'extérieur
zone-never = Jamais utilisée
zone-today = Dernière utilisation : aujourd'hui
zone-days-ago = { $days ->
    [one] Dernière utilisation : il y a { $days } jour
   *[other] Dernière utilisation : il y a { $days } jours
}
zone-label = { $zone }. { $recency }.
point-age = { $days ->
    [0] Injection faite aujourd'hui
    [one] Injection faite il y a { $days } jour
   *[other] Injection faite il y a { $days } jours
}
suggest-title = Endroit proposé
suggest-zone = Prochaine zone : { $zone }.
suggest-why-never = Cette zone n'a pas encore été utilisée.
suggest-why-oldest = Cette zone s'est reposée le plus longtemps.
suggest-none = Aucun endroit n'est libre pour le moment. Toutes les zones ont besoin de plus de repos. Demandez à votre infirmier ou infirmière ce qu'il faut faire.
suggest-use = Utiliser l'endroit proposé
chosen-title = L'endroit choisi
chosen-none = Aucun endroit choisi pour le moment.
chosen-ok = Bon endroit. Il respecte toutes les règles.
hit-not-zone = Ce n'est pas une zone d'injection. Choisissez une zone ombrée.
hit-navel = Trop près du nombril. Restez à 5 cm (2 pouces).
warn-title = Vérifiez cet endroit
warn-too-close = À { $distance } cm de l'injection du { $date }. Restez à au moins 2,5 cm (1 pouce).
warn-mark = À { $distance } cm d'un endroit que vous avez marqué à éviter. Restez à au moins 2,5 cm (1 pouce).
warn-navel = Dans le cercle de 5 cm (2 pouces) autour du nombril.
warn-outside = Cet endroit est en dehors de la zone.
warn-anyway = Vous pouvez quand même noter l'injection si votre infirmier ou infirmière vous l'a dit. Elle sera signalée.
period-label = Afficher
period-days = { $days ->
    [one] { $days } jour
   *[other] { $days } jours
}

## Noter une dose

log-time = Heure
log-now = Maintenant
log-dose = Dose (comme l'a écrit votre médecin)
log-given-by = Faite par
given-self = Moi
given-carer = Un aidant
given-nurse = Infirmier/ère
log-note = Note (facultatif)
log-save = Noter cette injection
log-save-anyway = La noter quand même
log-saved = Enregistré. { $zone }, { $time }.
log-undo = Annuler
log-undone = La dernière injection a été supprimée.
time-invalid = Écrivez l'heure comme ceci : { $example }
time-future = Cette heure est dans le futur. Notez la dose après l'avoir faite.
mark-avoid = Marquer cet endroit à éviter
mark-kind-bruise = Hématome
mark-kind-scar = Cicatrice
mark-kind-reaction = Réaction de la peau
mark-until = À éviter pendant :
mark-until-removed = Jusqu'à ce que je l'enlève
mark-saved = Endroit marqué. L'application l'évitera.
mark-remove = Enlever la marque
marks-title = Endroits à éviter
map-legend-kept-away = Zone entière à éviter (croisillons)
zone-kept-away = Vous évitez toute cette zone
warn-kept-away = Vous avez choisi d'éviter toute cette zone.
area-keep-away = Éviter toute cette zone
area-saved = { $zone } : l'application évitera toute cette zone.
areas-title = Zones à éviter
area-use-again = L'utiliser à nouveau
area-use-again-name = Utiliser à nouveau : { $zone }
rest-days = Jours de repos pour un endroit : { $days }

## Carnet d'injections (historique)

history-title = Carnet d'injections
history-empty = Aucune injection notée pour le moment.
history-when = Quand
history-where = Où
history-dose = Dose
history-by = Faite par
history-reaction = Réaction
history-flags = Alertes
history-edit = Modifier
history-delete = Supprimer
history-delete-confirm = Supprimer cette injection ? Vous ne pourrez pas revenir en arrière.
history-delete-yes = Oui, supprimer
history-cancel = Annuler
history-save = Enregistrer
history-updated = Modifications enregistrées.
history-deleted = Injection supprimée.
history-add-reaction = Ajouter une réaction
reaction-redness = Rougeur
reaction-swelling = Gonflement
reaction-itching = Démangeaisons
reaction-pain = Douleur
reaction-other = Autre
reaction-none = Aucune
reaction-note = À propos de la réaction
flag-too_close = Trop près
flag-navel_circle = Près du nombril
flag-avoid_mark = Endroit marqué

## Export et import

export-title = Partager avec votre équipe soignante
export-csv = Enregistrer en CSV
export-pdf = Enregistrer un rapport PDF
import-csv = Importer un carnet CSV
export-saved = Enregistré dans { $path }
export-no-dialog = Aucune fenêtre de fichier n'a pu s'ouvrir. Le fichier a été enregistré ici : { $path }
export-failed = Impossible d'enregistrer le fichier. { $reason }
import-result = Ajoutées : { $added }. Déjà dans le carnet : { $skipped }. Refusées : { $rejected }.
import-row = Ligne { $line } : { $reason }.
import-more = Et { $count } lignes de plus. La ligne de commande (kineret-coach log import FICHIER) les donne toutes.
import-not-log = Ce fichier n'est pas un carnet Kineret Coach. Rien n'a été modifié.
import-failed = Le fichier n'a pas pu être lu. Rien n'a été changé. { $reason }
import-no-dialog = Aucune fenêtre de fichier n'a pu s'ouvrir. Pour importer un carnet, fermez l'application et tapez : kineret-coach log import FICHIER

## Problèmes avec le fichier du carnet

store-moved = Votre carnet n'a pas pu être lu. Il a été gardé ici : { $path }.
store-restored = Votre dernière sauvegarde a été chargée à la place.
store-fresh = Un nouveau carnet vide a été commencé.
store-too-new = Votre carnet a été créé par une version plus récente de Kineret Coach. Il n'a pas été modifié. Veuillez mettre à jour l'application.
store-save-failed = Impossible d'enregistrer votre carnet. Votre ancien carnet est en sécurité. { $reason }
store-reason-full = Le disque est plein. Laissez l'application ouverte et libérez de la place sur le disque : votre prochaine modification enregistrera tout ce que vous avez saisi.
store-reason-read-only = Le dossier des données est en lecture seule. Laissez l'application ouverte jusqu'à ce qu'on puisse de nouveau y écrire : votre prochaine modification enregistrera tout ce que vous avez saisi.
store-read-only = Votre carnet ne peut pas être modifié pour le moment.
store-locked = Kineret Coach est déjà ouvert dans une autre fenêtre. Votre carnet ne peut être modifié que là. Fermez l'autre fenêtre, puis relancez l'application.
dismiss = OK

## Autres modes

mode-not-ready = Ce mode n'est pas encore prêt. Retour à l'écran d'accueil.

## Nombres, dates et rapport PDF

decimal-separator = ,
format-date = %d/%m/%Y
format-time = %H:%M
report-title = Rapport des injections de Kineret
report-period = { $days ->
    [one] Dernier jour : du { $from } au { $to }
   *[other] { $days } derniers jours : du { $from } au { $to }
}
report-generated = Fait le { $date } avec Kineret Coach. Pour l'équipe soignante.
report-table = Injections
report-reactions = Réactions de la peau
report-no-reactions = Aucune réaction de la peau notée sur cette période.
report-no-entries = Aucune injection notée sur cette période.
report-count = { $count ->
    [one] { $count } injection notée sur cette période.
   *[other] { $count } injections notées sur cette période.
}
report-footer = Ce rapport a été fait sur l'ordinateur du patient. Aucun nom n'y est enregistré.
report-legend-injection = Injection
report-legend-reaction = Injection avec réaction de la peau
report-summary = Résumé
report-by-zone = Par zone
report-page = Page { $page } sur { $pages }

## The log by month, its filters, report periods, opening the folder
month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre
month-year = { $month } { $year }
history-prev-month = ‹ { $month }
history-prev-month-name = Reculer d'un mois, à { $month }
history-next-month = { $month } ›
history-next-month-name = Avancer d'un mois, à { $month }
# The same month buttons again at the end of a long list: a screen reader tells the two apart.
history-below-list = { $action }, sous la liste
history-month-empty = Aucune injection en { $month }.
history-filter-reactions = Seulement celles avec une réaction de la peau
history-filter-flagged = Seulement celles notées après un avertissement
history-filter-empty = Aucune injection de { $month } ne correspond à votre choix.
export-pdf-month = { export-pdf } ({ $month })
export-pdf-whole = Enregistrer un rapport PDF (tout le carnet)
report-period-month = { $month } : du { $from } au { $to }
report-period-whole = Tout le carnet : du { $from } au { $to }
open-folder = Ouvrir le dossier
open-folder-failed = Le dossier n'a pas pu s'ouvrir. Votre fichier est ici : { $path }

## Kiosk
kiosk-start = Touchez ici pour commencer
kiosk-still-there = Vous êtes toujours là ? Retour au début dans { $seconds } s.
kiosk-still-here = Je suis toujours là
kiosk-finish = J'ai fini : recommencer
kiosk-staff = Réservé au personnel : appuyez ici 3 secondes
# The clinic's logo on the attract screen, for screen readers.
kiosk-logo = Logo de { $clinic }
kiosk-pin-title = Code du personnel
kiosk-pin-entered = { $count ->
    [one] 1 chiffre saisi
   *[other] { $count } chiffres saisis
}
kiosk-pin-wrong = Code incorrect. Réessayez.
kiosk-pin-wait = Code incorrect. Attendez { $seconds } s, puis réessayez.
kiosk-pin-ok = OK, vérifier le code
kiosk-pin-delete = Effacer le dernier chiffre
kiosk-pin-cancel = Annuler

## Daily use
nav-get-help = Obtenir de l'aide
today-suggested = Endroit conseillé aujourd'hui : { $zone }.
today-log = Noter la dose d'aujourd'hui
today-open-map = Ouvrir la carte des zones
log-dose-required = Écrivez d'abord votre dose, comme votre médecin l'a écrite (par exemple 100 mg).
log-second-today = Vous avez déjà noté une dose aujourd'hui à { $time }. En noter une autre ?
log-second-day = Vous avez déjà noté une dose le { $date } à { $time }. En noter une autre ?
log-second-why = Kineret s'injecte une fois par jour. Notez une deuxième dose seulement si vous l'avez vraiment faite (par exemple une dose en deux fois demandée par votre médecin).
log-second-yes = Oui, noter une autre dose
log-second-no = Non, ne pas la noter
settings-menu = Réglages
log-time-typed = Ou tapez la date et l'heure (AAAA-MM-JJ HH:MM)
log-when-now = Maintenant
log-when-earlier = Plus tôt aujourd'hui
log-when-yesterday = Hier
log-when-hour = Heure
log-when-minute = Minute
map-side-left = G
map-side-right = D
map-sides-note = G est le côté gauche de la personne, D son côté droit. La vue de face vous regarde, comme une personne en face de vous.
