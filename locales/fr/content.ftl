# Kineret Coach : ce que l'application enseigne (français).
# Les faits viennent seulement de la fiche d'informations du projet (shared/clinical/kineret-facts.md).
# Phrases courtes et mots courants (aussi simples qu'en anglais).
# La structure (ordre, région, sources, images) se trouve dans assets/content.ron.

## Sources : le nom de chaque document et sa date.

source-S0 = Page MedicineNet sur Kineret (février 2017)
source-S1 = Fiche pour les patients, RheumInfo, Canada
source-S2 = Guide des médicaments de l'American College of Rheumatology (ACR, juin 2024)
source-S3 = Résumé de l'UE sur Kineret, EMA (décembre 2021)
source-US-PI = Informations de prescription des États-Unis (US Prescribing Information, FDA, 2025)
source-US-PPI = Informations pour les patients des États-Unis
source-EU-PL = Notice de l'UE (texte actuel, vérifié en 2024)
source-EU-PL-24 = Notice de l'UE, étapes « Comment faire l'injection » (texte de 2024)
source-EU-SmPC = Résumé des caractéristiques du produit (RCP) de l'UE, pour les médecins
source-SOBI = Pages du fabricant, Sobi
source-PDR = Résumé PDR du médicament, basé sur les informations de prescription des États-Unis (2022)
source-2nd = Autres guides des médicaments (drugs.com, MedlinePlus)
source-APP = Conseil général de cette application, pas tiré des informations officielles du médicament

## 1. Comment agit Kineret

sec-how-title = Comment agit Kineret
sec-how-summary = Ce que c'est, à quoi il sert, à quoi vous attendre.
how-key-what = Kineret est un médicament que vous injectez sous la peau. La plupart des gens l'utilisent une fois par jour.
how-key-il1 = Votre corps fabrique un signal appelé IL-1. L'IL-1 peut causer des gonflements et des douleurs. Kineret bloque ce signal.
how-key-immune = Kineret freine les défenses de votre corps (le système immunitaire). Votre corps peut donc avoir plus de mal à combattre les microbes.
how-made = Kineret est une copie d'une protéine que votre corps fabrique lui-même. Il est fabriqué en laboratoire par des bactéries.
how-uses-us = Aux États-Unis, Kineret est autorisé pour trois usages :
    • les adultes atteints de polyarthrite rhumatoïde (PR), quand un autre médicament contre la PR n'a pas suffi.
    • le NOMID (maladie inflammatoire multisystémique à début néonatal). Cette maladie commence chez le nouveau-né.
    • le DIRA (déficit en antagoniste du récepteur de l'interleukine 1). Le corps ne fabrique pas son propre bloqueur de l'IL-1.
how-uses-eu = Dans l'UE, Kineret est autorisé pour :
    • les adultes atteints de polyarthrite rhumatoïde (PR), avec un médicament appelé méthotrexate, quand le méthotrexate seul n'aide pas assez.
    • les CAPS (syndromes périodiques associés à la cryopyrine).
    • la FMF (fièvre méditerranéenne familiale).
    • la maladie de Still.
    • les adultes avec une infection des poumons due à la COVID-19, qui ont besoin d'oxygène. Une prise de sang doit montrer un taux élevé d'une protéine appelée suPAR.
how-covid-us = Kineret n'est pas autorisé contre la COVID-19 aux États-Unis.
how-kids-us = Kineret n'est pas destiné aux enfants atteints de polyarthrite rhumatoïde juvénile.
how-kids-eu = Il n'est pas destiné aux enfants ni aux adolescents atteints de PR ou de COVID-19. Il n'est pas destiné aux bébés de moins de 8 mois.
how-carers-us = Pour les parents et les aidants : avec le NOMID ou le DIRA, la dose d'un enfant dépend de son poids. Donnez la dose écrite par le médecin. Cette application ne calcule jamais de dose.
how-carers-eu = Pour les parents et les aidants : les enfants peuvent utiliser Kineret pour les CAPS, la FMF ou la maladie de Still à partir de 8 mois, s'ils pèsent au moins 10 kg. Donnez la dose écrite par le médecin. Cette application ne calcule jamais de dose.
how-dose = Votre médecin fixe votre dose. Pour la PR, c'est 100 mg une fois par jour. Pour certaines maladies rares, la dose dépend de votre poids. Cette application ne calcule jamais de dose.
how-syringe = Chaque seringue contient 100 mg de Kineret dans 0,67 ml de liquide. N'utilisez chaque seringue qu'une fois.
how-syringe-parts = La seringue est en verre. Son aiguille est très fine (calibre 29 G). Le liquide ne contient pas de conservateur.
how-syringe-eu = Dans l'UE, la seringue porte des repères, comme une règle. Ils servent à injecter une dose de 20 à 90 mg si votre médecin vous la prescrit. Votre infirmier ou infirmière vous montrera comment faire.
how-syringe-us = Pour le NOMID et le DIRA, utilisez une nouvelle seringue à chaque dose. Jetez ce qui reste.
how-pack-us = Une boîte contient 7 seringues. Il existe aussi un lot de 4 boîtes de 7 (28 seringues).
how-pack-eu = Il existe des boîtes de 1, 7 ou 28 seringues (4 boîtes de 7).
how-expect = Beaucoup de gens ont la peau rouge ou qui gratte à l'endroit de l'injection. C'est surtout fréquent pendant les premières semaines. Vous devrez aussi faire des prises de sang.
how-time = Faites l'injection à peu près à la même heure chaque jour.

## 2. Faire votre injection, étape par étape

sec-steps-title = Faire votre injection, étape par étape
sec-steps-summary = Du réfrigérateur au collecteur d'aiguilles.
steps-key-trained = Ne faites l'injection vous-même qu'après l'avoir apprise avec un infirmier, une infirmière ou un médecin.
steps-key-leaflet = Suivez la notice de votre boîte et ce que votre infirmier ou infirmière vous a montré.
steps-key-new = Utilisez une nouvelle seringue à chaque fois.
steps-key-small-us = Votre dose est inférieure à 100 mg ? N'injectez jamais toute la seringue. Demandez à votre pharmacien, votre infirmier ou infirmière comment injecter seulement votre dose. Jetez ce qui reste.
steps-key-small-eu = Votre dose est inférieure à 100 mg ? N'injectez jamais toute la seringue. Préparez d'abord votre dose au-dessus d'une compresse, comme le montrent les étapes et comme votre infirmier ou infirmière vous l'a appris.
step-need = Préparez le matériel : une seringue, des lingettes à l'alcool et une compresse stérile (ou un mouchoir en papier).
step-fridge = Sortez une seringue du réfrigérateur.
step-warm = Sortez une seringue du réfrigérateur, puis de sa boîte. Laissez-la environ 30 minutes à la température de la pièce.
step-no-heat = Ne la réchauffez pas d'une autre façon. Pas de micro-ondes. Pas d'eau chaude. Vous pouvez la tenir dans votre main quelques minutes.
step-no-shake = Ne la secouez pas. Si le liquide fait de la mousse, laissez la seringue reposer jusqu'à ce que la mousse disparaisse.
step-expiry = Cherchez la date après EXP sur l'étiquette. N'utilisez pas la seringue après le dernier jour de ce mois.
step-expiry-us = Regardez la date sur l'étiquette. N'utilisez pas la seringue après cette date. Ne l'utilisez pas si elle a pu geler.
step-check = Regardez le liquide. Il doit être limpide, sans couleur ou un peu blanc. Quelques petites particules blanches ou transparentes, c'est normal. N'utilisez pas la seringue si le liquide est trouble ou a changé de couleur, s'il y a beaucoup de particules, ou des particules d'une autre sorte. Un doute ? Ne l'utilisez pas. Demandez à votre pharmacien.
step-dropped = La seringue est tombée ? Elle semble abîmée ? Alors ne l'utilisez pas. Prenez-en une nouvelle.
step-warm-eu = Pour plus de confort, laissez-la à la température de la pièce pendant environ 30 minutes. Ou tenez-la doucement dans votre main quelques minutes.
step-no-heat-eu = Ne la réchauffez jamais d'une autre façon. Pas de micro-ondes. Pas d'eau chaude.
step-cap-on = Laissez le capuchon sur l'aiguille jusqu'au moment de l'injection.
step-wash = Lavez-vous bien les mains.
step-table = Installez-vous dans un endroit propre, bien éclairé et confortable. Posez tout à portée de main.
step-dose-eu = Sachez quelle est votre dose : 100 mg, ou une dose plus petite, de 20 à 90 mg. C'est votre médecin qui la fixe.
step-dose-us = Vérifiez votre dose. Elle est inférieure à 100 mg ? Alors n'injectez pas toute la seringue. Demandez à votre pharmacien, votre infirmier ou infirmière comment faire.
step-cap-off = Tenez la seringue par le tube en verre. Retirez le capuchon de l'aiguille en tirant tout droit. Ne le tournez pas. Ne touchez pas l'aiguille et ne poussez pas le piston. Jetez le capuchon.
step-bubbles = Dose de 100 mg : vous verrez peut-être de petites bulles d'air. Vous n'avez pas besoin de les enlever. Les injecter n'est pas dangereux.
step-small-drop = Seulement pour une dose de 20 à 90 mg : tenez la seringue l'aiguille vers le haut. Poussez le piston doucement jusqu'à ce qu'une petite goutte sorte au bout de l'aiguille.
step-small-gauze = Seulement pour une dose de 20 à 90 mg : posez la compresse sur une surface plane. Tenez la seringue l'aiguille vers le bas, au-dessus de la compresse. L'aiguille ne doit pas toucher la compresse. Poussez doucement jusqu'à ce que le bord avant du piston arrive au repère de votre dose. Le liquide en trop tombe sur la compresse.
step-small-wrong = Seulement pour une dose de 20 à 90 mg : vous n'arrivez pas à régler la bonne dose ? Jetez la seringue et prenez-en une nouvelle.
step-site = Choisissez l'endroit. Utilisez une zone autorisée. Restez à au moins 2,5 cm (1 pouce) de vos dernières piqûres.
step-site-eu = Choisissez un endroit dans une zone autorisée. Changez d'endroit à chaque fois. La carte des zones de cette application peut vous aider.
step-clean-pinch = Nettoyez la peau avec une lingette à l'alcool. Puis pincez la peau entre le pouce et l'index. Ne serrez pas fort.
step-inject = Injectez sous la peau, comme votre infirmier ou infirmière vous l'a montré.
step-insert = Enfoncez l'aiguille entièrement dans la peau, comme votre médecin, votre infirmier ou infirmière vous l'a montré.
step-push = Poussez le piston doucement et régulièrement pour injecter le liquide. Gardez la peau pincée.
step-let-go = Retirez l'aiguille. Puis lâchez la peau.
step-once = N'utilisez la seringue qu'une fois. N'utilisez pas le liquide qui reste dedans.
step-once-eu = Jetez le médicament qui reste dans la seringue. N'utilisez chaque seringue que pour une injection. Ne la réutilisez jamais : cela pourrait causer une infection.
step-no-recap = Ne remettez pas le capuchon sur l'aiguille utilisée.
step-sharps = Mettez tout de suite la seringue utilisée dans un collecteur d'aiguilles. C'est une boîte rigide que les aiguilles ne peuvent pas percer.
step-sharps-eu = Mettez la seringue utilisée et la compresse mouillée dans votre collecteur d'aiguilles (une boîte rigide que les aiguilles ne peuvent pas percer). Gardez le collecteur hors de portée des enfants. Puis essuyez la surface avec une nouvelle lingette à l'alcool.
steps-other = Cette application ne montre que certaines étapes. Pour toutes les étapes, suivez la notice de votre boîte et ce que votre infirmier ou infirmière vous a montré.
steps-other-eu = Ces étapes viennent de la notice de l'UE qui est dans votre boîte. Suivez-la toujours, ainsi que ce que votre infirmier ou infirmière vous a montré.
steps-language-us = Une étape de la notice n'est pas claire pour vous ? Demandez à votre pharmacien de vous l'expliquer, en français si possible.
steps-bin = Quand le collecteur est plein, demandez à votre pharmacien, votre infirmier ou infirmière comment vous en débarrasser. Suivez les règles locales.
steps-bin-eu = Ne jetez pas les seringues utilisées ni les médicaments avec les ordures ménagères ou à l'égout. Demandez à votre pharmacien comment vous débarrasser du collecteur plein. Suivez les règles locales.

## 3. Choisir l'endroit de l'injection

sec-sites-title = Choisir l'endroit de l'injection
sec-sites-summary = Où injecter et comment changer d'endroit chaque jour.
sites-key-areas = Vous pouvez utiliser quatre zones : l'extérieur du haut des bras, le ventre, le devant des cuisses et la partie haute et extérieure des fesses.
sites-key-navel = Ne piquez jamais à moins de 5 cm (2 pouces) du nombril.
sites-key-move = Changez d'endroit à chaque fois. Restez à au moins 2,5 cm (1 pouce) de vos dernières piqûres.
sites-key-areas-eu = La notice de l'UE cite quatre zones : le ventre (sauf autour du nombril), le haut des cuisses, la partie haute et extérieure des fesses et l'extérieur du haut des bras.
sites-key-move-eu = Changez d'endroit à chaque fois, pour qu'une zone ne devienne pas douloureuse.
sites-key-rule-eu = Cette application vous demande de rester à au moins 5 cm du nombril et à au moins 2,5 cm de vos dernières piqûres. C'est la règle de l'application, tirée du guide de l'ACR. La notice de l'UE ne donne pas de distance.
sites-arm = Bras : l'extérieur du haut du bras.
sites-others-eu = Si une autre personne vous fait l'injection, elle peut aussi piquer à l'arrière du haut de vos bras.
sites-belly = Ventre : évitez le cercle de 5 cm (2 pouces) autour du nombril.
sites-thigh = Cuisses : le devant de la cuisse, au milieu.
sites-buttock = Fesses : la partie haute et extérieure.
sites-avoid = Ne piquez pas dans une peau douloureuse, gonflée, rouge ou dure. Ne piquez pas sur un hématome. Évitez les cicatrices, les vergetures et les veines que vous pouvez voir.
sites-self = Si vous vous piquez vous-même, le ventre et les cuisses sont les plus faciles. Les bras et les fesses conviennent mieux quand quelqu'un d'autre fait l'injection.
sites-why-eu = Pourquoi changer d'endroit ? Si vous piquez toujours au même endroit, une bosse peut se former sous la peau. Cette bosse est un dépôt de protéines (un dépôt amyloïde). Changer d'endroit à chaque fois aide à l'éviter.
sites-why-us = Pourquoi changer d'endroit ? Cela aide la peau à ne pas devenir douloureuse. Parlez à votre médecin de toute bosse qui reste à l'endroit où vous piquez.

## 4. Conserver Kineret

sec-storage-title = Conserver Kineret
sec-storage-summary = Réfrigérateur, froid, obscurité et que faire s'il a gelé.
storage-key-fridge = Gardez Kineret au réfrigérateur, de 2 à 8 °C (36 à 46 °F).
storage-key-freeze = Ne le congelez jamais. S'il a pu geler, ne l'utilisez pas.
storage-key-light = Gardez les seringues dans leur boîte. Cela les protège de la lumière.
storage-out-eu = Hors du réfrigérateur : une fois qu'une seringue a pris la température de la pièce (jusqu'à 25 °C), utilisez-la dans les 72 heures ou jetez-la. 72 heures, c'est 3 jours. Ne la remettez pas au réfrigérateur.
storage-out-us = Hors du réfrigérateur : demandez à votre pharmacien combien de temps une seringue peut rester à la température de la pièce.
storage-travel = Vous partez en voyage ? Prévoyez comment le garder au froid. Demandez de l'aide à votre pharmacien.
storage-children = Gardez-le hors de la vue et de la portée des enfants.
storage-expiry = Ne l'utilisez pas après la date inscrite sur l'étiquette.

## 5. Effets secondaires

sec-side-title = Effets secondaires
sec-side-summary = Ce qui est fréquent, ce qui est grave, vos prises de sang et comment déclarer un effet secondaire.
side-key-skin = Une peau rouge, gonflée, avec un hématome ou qui gratte à l'endroit de l'injection, c'est l'effet secondaire le plus fréquent. C'est le plus souvent léger.
side-key-fade = Ces problèmes de peau commencent souvent dans les 2 premières semaines. Ils disparaissent le plus souvent en 4 à 6 semaines.
side-key-infection = Kineret augmente le risque d'infections. Certaines peuvent être graves.
side-key-blood = Vous aurez besoin de prises de sang pour contrôler vos globules blancs.
side-skin-start = Environ 7 personnes sur 10 ont des problèmes de peau au début du traitement. S'il n'y en a pas pendant le premier mois, ils ont peu de chances d'apparaître plus tard.
side-common-eu = D'autres effets secondaires très fréquents sont les maux de tête et un taux plus élevé de graisses (cholestérol) dans le sang.
side-common-us = Chez les personnes atteintes de PR, les effets secondaires les plus fréquents comprennent aussi :
    • une PR qui s'aggrave.
    • des rhumes et des sinusites.
    • des maux de tête.
    • des nausées (envie de vomir), de la diarrhée et des douleurs au ventre.
    • des douleurs aux articulations.
    • l'impression d'avoir la grippe.
side-less-eu = Fréquents (jusqu'à 1 personne sur 10) : un taux bas de globules blancs, un taux bas de plaquettes (les cellules qui aident à arrêter les saignements) et des infections graves, comme une infection des poumons.
side-uncommon-eu = Peu fréquents (jusqu'à 1 personne sur 100) : une allergie grave, ou des résultats élevés aux analyses du foie.
side-allergy-eu = Une allergie grave peut arriver. Ce n'est pas fréquent. Les signes sont dans « Quand demander de l'aide ».
side-allergy-us = Une allergie grave peut arriver. Avec le DIRA, le risque peut être plus élevé pendant les premières semaines. Les signes sont dans « Quand demander de l'aide ».
side-liver-eu = Des problèmes de foie peuvent arriver. On les voit surtout dans la maladie de Still, pendant le premier mois. Votre médecin peut contrôler votre foie par des prises de sang.
side-lump-eu = Une bosse sous la peau (un dépôt amyloïde) peut se former si Kineret est toujours injecté au même endroit. On ne sait pas à quelle fréquence cela arrive. Changez d'endroit à chaque fois pour aider à l'éviter.
side-blood-us = Vos globules blancs sont contrôlés avant le début du traitement. Puis chaque mois pendant 3 mois. Puis tous les 3 mois, jusqu'à 1 an.
side-blood-eu = Vos globules blancs sont contrôlés avant le début du traitement. Demandez à votre médecin à quelle fréquence vous aurez besoin d'autres analyses.
side-lump = Parlez à votre médecin de toute bosse qui reste à l'endroit où vous piquez.
side-report-us = Parlez des effets secondaires à votre médecin. Vous pouvez aussi les déclarer à la FDA (MedWatch) : appelez le 1-800-FDA-1088 ou allez sur www.fda.gov/medwatch.
side-report-eu = Parlez des effets secondaires à votre médecin, votre pharmacien, votre infirmier ou infirmière. Vous pouvez aussi les déclarer vous-même au système national de déclaration de votre pays. La notice de votre boîte vous dit comment.

## 6. Quand appeler votre médecin / appeler les secours tout de suite

sec-help-title = Quand demander de l'aide
sec-help-summary = Appeler les secours tout de suite, appeler votre médecin avant la prochaine injection, ou le prévenir avant.
help-key-allergy = Les signes d'une allergie grave sont une urgence. Appelez les secours tout de suite.
help-key-infection-us = La moindre fièvre ou un signe d'infection ? Appelez tout de suite votre médecin, avant la prochaine injection.
help-key-infection-eu = La moindre fièvre ou un signe d'infection ? Prévenez tout de suite votre médecin, avant la prochaine injection.
help-key-before = Une opération, un vaccin ou une grossesse en vue ? Prévenez d'abord votre médecin.
help-now-intro = Voici les signes d'une allergie grave. Si vous en avez un, demandez tout de suite de l'aide médicale.
help-now-call-us = Appelez le 911 maintenant. Ne conduisez pas vous-même. Ne refaites pas d'injection de Kineret avant qu'un médecin vous le permette.
help-now-call-eu = Appelez le 112 maintenant. Ne conduisez pas vous-même. Ne refaites pas d'injection de Kineret avant qu'un médecin vous le permette.
help-now-swelling = Gonflement du visage, de la langue ou de la gorge.
help-now-breathing = Difficulté à respirer ou à avaler.
help-now-pulse = Le cœur qui bat très vite tout à coup, ou des sueurs.
help-now-rash = Une peau qui gratte ou une éruption sur tout le corps (pas seulement à l'endroit de l'injection).
help-now-wheeze = Une respiration sifflante après une injection.
help-now-dress-eu = Une éruption qui s'étend ou une peau qui pèle, avec de la fièvre ou des ganglions gonflés.
help-soon-intro-us = Kineret augmente le risque d'infections. Appelez votre médecin si vous avez l'un de ces signes :
help-soon-intro-eu = Si vous avez l'un de ces signes, prévenez tout de suite votre médecin :
help-soon-call = Appelez avant la prochaine injection. Si vous n'arrivez pas à joindre votre médecin, appelez le médecin de garde. Demandez dès maintenant à votre pharmacien comment le joindre le soir et le week-end. N'attendez jamais pour voir si cela passe.
help-soon-fever = Toute fièvre, même légère, ou des frissons.
help-soon-signs = D'autres signes d'infection, comme une toux, des maux de tête ou une peau rouge et douloureuse.
help-soon-weight = Une perte de poids, ou une toux qui ne s'arrête pas.
help-soon-liver-eu = Une peau ou des yeux jaunes, des urines foncées, des selles pâles ou une perte d'appétit (vous n'avez plus envie de manger).
help-soon-lung-eu = Avec la maladie de Still : un essoufflement lors d'un petit effort, ou une toux le matin. Si vous avez du mal à respirer, appelez tout de suite les secours (112).
help-soon-new-rash = Une nouvelle éruption sur la peau.
help-soon-site = Une forte réaction de la peau à l'endroit de l'injection.
help-soon-worry = Des effets secondaires qui vous inquiètent ou l'envie d'arrêter Kineret.
help-before-intro = Prévenez votre médecin avant, ou dès que vous le savez :
help-before-surgery = Avant toute opération.
help-before-vaccine = Avant tout vaccin. Demandez si c'est un vaccin vivant : vous ne devez pas recevoir de vaccin vivant tant que vous utilisez Kineret.
help-before-plan = Avant d'essayer d'avoir un enfant.
help-before-pregnancy = Dès que vous savez que vous êtes enceinte.
help-before-antibiotics = Dès qu'un autre médecin vous prescrit des antibiotiques.

## 7. Points de sécurité

sec-safety-title = Points de sécurité
sec-safety-summary = Qui ne doit pas l'utiliser, autres médicaments, grossesse, doses oubliées.
safety-key-allergy = N'utilisez pas Kineret si vous y êtes allergique. Ne l'utilisez pas si vous êtes allergique aux protéines fabriquées avec des bactéries E. coli.
safety-key-infection = Ne commencez pas Kineret si vous avez une infection.
safety-key-vaccine = Ne recevez pas de vaccin vivant tant que vous utilisez Kineret. Avant tout vaccin, demandez s'il est vivant.
safety-neutro-eu = Ne commencez pas Kineret si votre taux de globules blancs est bas.
safety-tnf = Ne l'utilisez pas avec un anti-TNF, comme l'étanercept (Enbrel) ou l'infliximab (Remicade). Un anti-TNF est un médicament qui bloque un signal appelé TNF. Ensemble, ils augmentent le risque d'infections graves.
safety-tell = Dites à votre médecin si vous avez eu beaucoup d'infections. Dites-lui aussi si vous avez ou avez eu la tuberculose, de l'asthme ou un cancer.
safety-tell-kidney = Dites à votre médecin si vous avez des problèmes de reins.
safety-tell-liver-eu = Dites à votre médecin si vous avez déjà eu des résultats élevés aux analyses du foie.
safety-warfarin-eu = Vous prenez de la warfarine ou de la phénytoïne ? Votre médecin devra peut-être changer la dose de ce médicament.
safety-pregnancy-us = Grossesse : personne ne sait si Kineret peut faire du mal au bébé à naître. Parlez-en avec votre médecin.
safety-pregnancy-eu = Grossesse : Kineret n'est pas recommandé pendant la grossesse. Si vous pouvez tomber enceinte, utilisez une contraception.
safety-breastfeeding-us = Allaitement : personne ne sait si Kineret passe dans le lait maternel. Décidez avec votre médecin.
safety-breastfeeding-eu = Allaitement : n'allaitez pas pendant que vous utilisez Kineret.
safety-missed-us = Vous avez oublié une dose ? Demandez à votre médecin ou à votre pharmacien ce qu'il faut faire.
safety-missed-eu = Vous avez oublié une dose ? Appelez votre médecin. Demandez-lui quand faire la prochaine.
safety-too-much-eu = Vous en avez trop injecté ? On ne s'attend pas à des problèmes graves. Appelez quand même votre médecin, votre pharmacien, votre infirmier ou infirmière.
safety-stop-us = Avec le NOMID ou le DIRA, arrêter peut provoquer une poussée de la maladie (les signes de la maladie reviennent ou s'aggravent). Parlez à votre médecin avant d'arrêter.
safety-latex = La seringue et le capuchon de l'aiguille ne sont pas faits avec du latex naturel.
safety-sharps = Mettez les seringues utilisées dans un collecteur d'aiguilles. Demandez à votre pharmacien, votre infirmier ou infirmière comment vous débarrasser du collecteur plein. Suivez les règles locales.
safety-sharps-eu = Mettez les seringues utilisées dans un collecteur d'aiguilles. Ne jetez pas de médicament dans l'évier, les toilettes ou les ordures ménagères. Demandez à votre pharmacien comment vous en débarrasser.
