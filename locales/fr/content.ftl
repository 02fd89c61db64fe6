# Kineret Coach : ce que l'application enseigne (français).
# Les faits viennent seulement de la fiche d'informations du projet (shared/clinical/kineret-facts.md).
# Phrases courtes et mots courants (aussi simples qu'en anglais).
# La structure (ordre, région, sources, images) se trouve dans assets/content.ron.

## Sources : le nom de chaque document et sa date.

source-S0 = Page MedicineNet sur Kineret (février 2017)
source-S1 = Notice pour les patients, RheumInfo, Canada
source-S2 = Guide des médicaments de l'American College of Rheumatology (juin 2024)
source-S3 = Résumé de l'UE sur Kineret, EMA (décembre 2021)
source-US-PI = Informations officielles pour les médecins (États-Unis, FDA, 2025)
source-US-PPI = Notice pour les patients, États-Unis
source-EU-PL = Notice de l'UE dans la boîte (février 2022)
source-EU-SmPC = RCP de l'UE (pour les médecins)
source-SOBI = Pages du fabricant, Sobi
source-PDR = Résumé PDR du médicament, basé sur les informations officielles (2022)
source-2nd = Autres guides des médicaments (drugs.com, MedlinePlus)
source-APP = Conseil général de cette application, pas tiré des informations officielles du médicament

## 1. Comment agit Kineret

sec-how-title = Comment agit Kineret
sec-how-summary = Ce que c'est, à quoi il sert, à quoi vous attendre.
how-key-what = Kineret est un médicament que vous injectez sous la peau. La plupart des gens l'utilisent une fois par jour.
how-key-il1 = Votre corps fabrique un signal appelé IL-1. L'IL-1 peut causer des gonflements et des douleurs. Kineret le bloque.
how-key-immune = Kineret calme votre système immunitaire. Il peut donc être plus difficile de combattre les microbes.
how-made = Kineret est une copie d'une protéine que votre corps fabrique lui-même. Il est fabriqué en laboratoire par des bactéries.
how-uses-us = Aux États-Unis, Kineret est autorisé pour trois usages :
    • les adultes atteints de polyarthrite rhumatoïde (PR), quand un autre médicament contre la PR n'a pas aidé.
    • le NOMID, une maladie rare présente dès la naissance.
    • le DIRA, une autre maladie rare présente dès la naissance.
how-uses-eu = Dans l'UE, Kineret est autorisé pour :
    • les adultes atteints de polyarthrite rhumatoïde (PR), avec un médicament appelé méthotrexate, quand le méthotrexate seul n'aide pas assez.
    • les CAPS, un groupe de maladies rares qui donnent de la fièvre (à partir de 8 mois et de 10 kg).
    • la FMF, une maladie qui donne de la fièvre et qui se transmet dans les familles (à partir de 8 mois et de 10 kg).
    • la maladie de Still (à partir de 8 mois et de 10 kg).
    • les adultes avec une infection des poumons due à la COVID-19, qui ont besoin d'oxygène. Une prise de sang (suPAR) doit montrer un taux élevé.
how-covid-us = Kineret n'est pas autorisé contre la COVID-19 aux États-Unis.
how-kids-us = Kineret n'est pas destiné aux enfants atteints de polyarthrite rhumatoïde juvénile.
how-kids-eu = Il n'est pas destiné aux enfants ni aux adolescents atteints de PR ou de COVID-19. Il n'est pas destiné aux bébés de moins de 8 mois.
how-dose = Votre médecin fixe votre dose. Pour la PR, c'est 100 mg une fois par jour. Pour certaines maladies rares, la dose dépend de votre poids. Cette application ne calcule jamais de dose.
how-syringe = Chaque seringue contient 100 mg de Kineret. N'utilisez chaque seringue qu'une seule fois.
how-syringe-eu = Dans l'UE, la seringue porte des repères. Ils vous aident à injecter une dose plus petite si votre médecin vous la prescrit. Votre infirmier ou infirmière vous montrera comment faire.
how-syringe-us = Pour le NOMID et le DIRA, utilisez une nouvelle seringue à chaque dose. Jetez ce qui reste.
how-expect = Beaucoup de gens ont la peau rouge ou qui gratte à l'endroit de l'injection. C'est surtout fréquent pendant les premières semaines. Vous devrez aussi faire des prises de sang.
how-time = Faites l'injection à peu près à la même heure chaque jour.

## 2. Faire votre injection, étape par étape

sec-steps-title = Faire votre injection, étape par étape
sec-steps-summary = Du réfrigérateur au collecteur d'aiguilles.
steps-key-trained = Ne faites pas l'injection seul avant d'avoir appris avec une infirmière ou un médecin.
steps-key-leaflet = Suivez la notice de votre boîte et ce que votre infirmier ou infirmière vous a montré.
steps-key-new = Utilisez une nouvelle seringue à chaque fois.
step-warm = Sortez une seringue du réfrigérateur. Sortez-la de la boîte. Laissez-la se réchauffer pendant environ 30 minutes.
step-no-heat = Ne la réchauffez pas d'une autre façon. Pas de micro-ondes. Pas d'eau chaude. Vous pouvez la tenir dans votre main quelques minutes.
step-no-shake = Ne la secouez pas. S'il y a de la mousse, laissez-la reposer jusqu'à ce que la mousse disparaisse.
step-check = Regardez le liquide. Il doit être clair. Il peut être sans couleur ou un peu blanc. Quelques petites particules blanches, c'est normal.
step-check-bad = Ne l'utilisez pas si le liquide est trouble, a changé de couleur ou contient d'autres particules. Ne l'utilisez pas s'il y a beaucoup de particules.
step-wash = Lavez-vous les mains.
step-site = Choisissez l'endroit. Utilisez une zone permise. Restez à au moins 2,5 cm (1 pouce) de vos dernières piqûres.
step-inject = Injectez sous la peau, comme votre infirmier ou infirmière vous l'a montré.
step-once = N'utilisez la seringue qu'une seule fois. N'utilisez pas le liquide qui reste dedans.
step-sharps = Mettez tout de suite la seringue utilisée dans un collecteur d'aiguilles. C'est une boîte rigide que les aiguilles ne peuvent pas percer.
steps-other = Cette application ne montre que certaines étapes. Pour toutes les étapes, suivez la notice de votre boîte et ce que votre infirmier ou infirmière vous a montré.
steps-bin = Quand le collecteur est plein, demandez à votre pharmacien ou à votre infirmier ou infirmière comment vous en débarrasser. Suivez les règles locales.

## 3. Choisir l'endroit de l'injection

sec-sites-title = Choisir l'endroit de l'injection
sec-sites-summary = Où injecter, et comment changer d'endroit chaque jour.
sites-key-areas = Vous pouvez utiliser quatre zones : l'extérieur du haut des bras, le ventre, le devant des cuisses, et la partie haute et extérieure des fesses.
sites-key-navel = Ne piquez jamais à moins de 5 cm (2 pouces) du nombril.
sites-key-move = Changez d'endroit à chaque fois. Restez à au moins 2,5 cm (1 pouce) de vos dernières piqûres.
sites-arm = Bras : l'extérieur du haut du bras.
sites-belly = Ventre : évitez le cercle de 5 cm (2 pouces) autour du nombril.
sites-thigh = Cuisses : le devant de la cuisse, au milieu.
sites-buttock = Fesses : la partie haute et extérieure.
sites-avoid = Ne piquez pas dans une peau douloureuse, gonflée, rouge ou dure. Ne piquez pas sur un bleu. Évitez les cicatrices, les vergetures et les veines que vous pouvez voir.
sites-self = Si vous vous piquez vous-même, le ventre et les cuisses sont les plus faciles. Les bras et les fesses conviennent mieux quand quelqu'un d'autre fait l'injection.
sites-vary-eu = Le résumé de l'UE dit de changer d'endroit à chaque fois. Cela aide à éviter d'avoir mal.

## 4. Conserver Kineret

sec-storage-title = Conserver Kineret
sec-storage-summary = Réfrigérateur, froid, obscurité, et que faire s'il a gelé.
storage-key-fridge = Gardez Kineret au réfrigérateur, de 2 à 8 °C (36 à 46 °F).
storage-key-freeze = Ne le congelez jamais. S'il a pu geler, ne l'utilisez pas.
storage-key-light = Gardez les seringues dans leur boîte. Cela les protège de la lumière.
storage-out-eu = Hors du réfrigérateur : une fois qu'une seringue s'est réchauffée à la température de la pièce (jusqu'à 25 °C), utilisez-la dans les 72 heures ou jetez-la. Ne la remettez pas au réfrigérateur.
storage-out-us = Hors du réfrigérateur : demandez à votre pharmacien combien de temps une seringue peut rester à la température de la pièce.
storage-travel = Vous partez en voyage ? Prévoyez comment le garder au froid. Demandez de l'aide à votre pharmacien.
storage-children = Gardez-le hors de la vue et de la portée des enfants.
storage-expiry = Ne l'utilisez pas après la date inscrite sur l'étiquette.

## 5. Effets secondaires

sec-side-title = Effets secondaires
sec-side-summary = Ce qui est fréquent, ce qui est grave, et vos prises de sang.
side-key-skin = Une peau rouge, gonflée, avec un bleu ou qui gratte à l'endroit de l'injection, c'est l'effet secondaire le plus fréquent. C'est le plus souvent léger.
side-key-fade = Ces problèmes de peau commencent souvent dans les 2 premières semaines. Ils partent le plus souvent en 4 à 6 semaines.
side-key-infection = Kineret peut rendre les infections plus probables. Certaines peuvent être graves.
side-key-blood = Vous aurez besoin de prises de sang pour contrôler vos globules blancs.
side-skin-start = Environ 7 personnes sur 10 ont des problèmes de peau au début du traitement. S'il n'y en a pas pendant le premier mois, ils ont peu de chances d'apparaître plus tard.
side-common-eu = D'autres effets secondaires très fréquents sont les maux de tête et un taux plus élevé de graisses (cholestérol) dans le sang.
side-common-us = Chez les personnes atteintes de PR, les effets secondaires les plus fréquents comprennent aussi :
    • une PR qui s'aggrave.
    • des rhumes et des sinusites.
    • des maux de tête.
    • des nausées (envie de vomir), de la diarrhée et des douleurs au ventre.
    • des douleurs aux articulations.
    • une sensation d'avoir la grippe.
side-less-eu = Fréquents, chez jusqu'à 1 personne sur 10 : un taux bas de globules blancs, un taux bas de plaquettes (cellules qui aident le sang à coaguler), et des infections graves, comme une infection des poumons.
side-uncommon-eu = Moins fréquents, chez jusqu'à 1 personne sur 100 : une allergie grave, ou des résultats élevés aux analyses du foie.
side-allergy-eu = Une allergie grave peut arriver. Ce n'est pas fréquent. Les signes sont dans « Quand demander de l'aide ».
side-allergy-us = Une allergie grave peut arriver. Avec le DIRA, le risque peut être plus élevé pendant les premières semaines. Les signes sont dans « Quand demander de l'aide ».
side-liver-eu = Des problèmes de foie peuvent arriver. On les voit surtout dans la maladie de Still, pendant le premier mois. Votre médecin peut contrôler votre foie par des prises de sang.
side-blood-us = Vos globules blancs sont contrôlés avant le début du traitement. Puis chaque mois pendant 3 mois. Puis tous les 3 mois, jusqu'à 1 an.
side-blood-eu = Vos globules blancs sont contrôlés avant le début du traitement. Demandez à votre médecin à quelle fréquence vous aurez besoin d'autres analyses.
side-lump = Parlez à votre médecin de toute bosse qui reste à l'endroit où vous piquez.

## 6. Quand appeler votre médecin / demander de l'aide tout de suite

sec-help-title = Quand demander de l'aide
sec-help-summary = Demander de l'aide tout de suite, appeler votre médecin aujourd'hui, ou le prévenir avant.
help-key-allergy = Les signes d'une allergie grave sont une urgence. Demandez de l'aide tout de suite.
help-key-infection = De la fièvre ou des signes d'infection ? Appelez votre médecin aujourd'hui.
help-key-before = Une opération, un vaccin ou une grossesse en vue ? Prévenez d'abord votre médecin.
help-now-intro = Si vous avez l'un de ces signes d'allergie grave, demandez de l'aide tout de suite. Appelez une ambulance ou allez aux urgences. Ne refaites pas d'injection.
help-now-call-us = Aux États-Unis, appelez le 911.
help-now-call-eu = Dans l'UE, appelez le 112.
help-now-swelling = Gonflement du visage, de la langue ou de la gorge.
help-now-breathing = Difficulté à respirer ou à avaler.
help-now-pulse = Des battements de cœur rapides et soudains, ou des sueurs.
help-now-rash = Une peau qui gratte ou une éruption sur tout le corps (pas seulement à l'endroit de l'injection).
help-now-wheeze = Une respiration sifflante après une injection.
help-now-dress-eu = Une éruption qui s'étend ou une peau qui pèle, avec de la fièvre ou des ganglions gonflés.
help-soon-intro = Appelez votre médecin aujourd'hui. N'attendez pas votre prochain rendez-vous. Appelez si vous avez :
help-soon-fever = De la fièvre, ou vous pensez avoir une infection.
help-soon-high-fever = Une forte fièvre qui ne passe pas, des frissons, de la toux, des maux de tête, ou une peau rouge et douloureuse.
help-soon-low-fever = Une petite fièvre qui ne passe pas, une perte de poids, ou une toux qui ne passe pas.
help-soon-liver-eu = Une peau ou des yeux jaunes, des urines foncées, des selles pâles, ou plus envie de manger.
help-soon-lung-eu = Avec la maladie de Still : un essoufflement lors d'un petit effort, ou une toux le matin. Si vous avez du mal à respirer, demandez de l'aide tout de suite.
help-soon-new-rash = Une nouvelle éruption sur la peau.
help-soon-site = Une forte réaction de la peau à l'endroit de l'injection.
help-soon-worry = Des effets secondaires qui vous inquiètent, ou vous voulez arrêter Kineret.
help-before-intro = Prévenez votre médecin avant, ou dès que possible, si :
help-before-antibiotics = Un autre médecin vous donne des antibiotiques.
help-before-surgery = Vous allez vous faire opérer.
help-before-pregnancy = Vous êtes enceinte, ou vous prévoyez de l'être.
help-before-vaccine = Vous prévoyez de recevoir un vaccin, quel qu'il soit.

## 7. Points de sécurité

sec-safety-title = Points de sécurité
sec-safety-summary = Qui ne doit pas l'utiliser, autres médicaments, grossesse, doses oubliées.
safety-key-allergy = N'utilisez pas Kineret si vous y êtes allergique. Ne l'utilisez pas si vous êtes allergique aux protéines fabriquées avec des bactéries E. coli.
safety-key-infection = Ne commencez pas Kineret si vous avez une infection.
safety-key-vaccine = Ne recevez pas de vaccin vivant tant que vous utilisez Kineret.
safety-neutro-eu = Ne commencez pas Kineret si votre taux de globules blancs est bas.
safety-tnf = Ne l'utilisez pas avec un anti-TNF, comme l'étanercept (Enbrel) ou l'infliximab (Remicade). Ensemble, ils augmentent le risque d'infections graves.
safety-tell = Dites à votre médecin si vous avez eu beaucoup d'infections. Dites-lui aussi si vous avez ou avez eu la tuberculose, de l'asthme ou un cancer.
safety-tell-kidney = Dites à votre médecin si vous avez des problèmes de reins.
safety-tell-liver-eu = Dites à votre médecin si vous avez déjà eu des résultats élevés aux analyses du foie.
safety-warfarin-eu = Vous prenez de la warfarine ou de la phénytoïne ? Votre médecin devra peut-être changer la dose de ce médicament.
safety-pregnancy-us = Grossesse : personne ne sait si Kineret peut faire du mal au bébé à naître. Parlez-en avec votre médecin.
safety-pregnancy-eu = Grossesse : Kineret n'est pas conseillé si vous êtes enceinte. Si vous pouvez tomber enceinte, utilisez une contraception.
safety-breastfeeding-us = Allaitement : personne ne sait si Kineret passe dans le lait maternel. Décidez avec votre médecin.
safety-breastfeeding-eu = Allaitement : n'allaitez pas pendant que vous utilisez Kineret.
safety-missed-us = Vous avez oublié une dose ? Demandez à votre médecin ou à votre pharmacien ce qu'il faut faire.
safety-missed-eu = Vous avez oublié une dose ? Appelez votre médecin. Demandez-lui quand faire la prochaine.
safety-too-much-eu = Vous en avez trop injecté ? On ne s'attend pas à des problèmes graves. Appelez quand même votre médecin, votre infirmier ou infirmière, ou votre pharmacien.
safety-stop-us = Avec le NOMID ou le DIRA, arrêter peut provoquer une poussée de la maladie. Parlez à votre médecin avant d'arrêter.
safety-latex = La seringue et le capuchon de l'aiguille ne sont pas fabriqués avec du latex de caoutchouc naturel.
safety-sharps = Mettez les seringues utilisées dans un collecteur d'aiguilles. Ne jetez pas de médicament dans l'évier, les toilettes ou la poubelle. Demandez à votre pharmacien.
