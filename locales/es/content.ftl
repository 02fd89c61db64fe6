# Kineret Coach: lo que enseña la app (español).
# Los datos vienen solo de la ficha de datos del proyecto (shared/clinical/kineret-facts.md).
# Frases cortas y palabras comunes (tan sencillas como en inglés).
# Trato de "usted", como en los prospectos y en los materiales de salud de EE. UU. en español.
# Palabras neutras que se entienden a los dos lados del Atlántico, una por término:
# refrigerador (no nevera), picor, hematoma, vientre, jeringa, gasa, toallita con alcohol.
# La estructura (orden, región, fuentes, imágenes) está en assets/content.ron.

## Fuentes: el nombre de cada documento y su fecha.

source-S0 = Página de MedicineNet sobre Kineret (febrero de 2017)
source-S1 = Folleto para pacientes, RheumInfo, Canadá
source-S2 = Guía de medicamentos del American College of Rheumatology (ACR, junio de 2024)
source-S3 = Resumen de la UE sobre Kineret, EMA (diciembre de 2021)
source-US-PI = Información de prescripción de EE. UU. (US Prescribing Information, FDA, 2025)
source-US-PPI = Información para el paciente de EE. UU.
source-EU-PL = Prospecto de la UE (texto actual, revisado en 2024)
source-EU-PL-24 = Prospecto de la UE, pasos de "Cómo inyectarse" (texto de 2024)
source-EU-SmPC = Ficha técnica de la UE para médicos (SmPC)
source-SOBI = Páginas del fabricante, Sobi
source-PDR = Resumen del medicamento de PDR, basado en la información de prescripción de EE. UU. (2022)
source-2nd = Otras guías de medicamentos (drugs.com, MedlinePlus)
source-APP = Consejo general de esta app, no de la información oficial del medicamento

## 1. Cómo actúa Kineret

sec-how-title = Cómo actúa Kineret
sec-how-summary = Qué es, para qué sirve, qué puede esperar.
how-key-what = Kineret es un medicamento que se inyecta debajo de la piel. La mayoría de las personas lo usa una vez al día.
how-key-il1 = Su cuerpo produce una señal llamada IL-1. La IL-1 puede causar hinchazón y dolor. Kineret la bloquea.
how-key-immune = Kineret baja las defensas de su cuerpo (el sistema inmunitario). Por eso le puede costar más combatir los microbios.
how-made = Kineret es una copia de una proteína que su propio cuerpo produce. La fabrican bacterias en un laboratorio.
how-uses-us = En EE. UU., Kineret está aprobado para tres usos:
    • adultos con artritis reumatoide (AR) cuando otro medicamento para la AR no ayudó.
    • NOMID (enfermedad inflamatoria multisistémica de inicio neonatal). Empieza en los recién nacidos.
    • DIRA (deficiencia del antagonista del receptor de la interleucina 1). El cuerpo no produce su propio bloqueador de la IL-1.
how-uses-eu = En la UE, Kineret está aprobado para:
    • adultos con artritis reumatoide (AR), junto con un medicamento llamado metotrexato, cuando el metotrexato por sí solo no ayuda lo suficiente.
    • CAPS (síndromes periódicos asociados a la criopirina).
    • FMF (fiebre mediterránea familiar).
    • enfermedad de Still.
    • adultos con una infección de pulmón por COVID-19 que necesitan oxígeno. Un análisis de sangre debe mostrar un nivel alto de una proteína llamada suPAR.
how-covid-us = En EE. UU., Kineret no está aprobado para la COVID-19.
how-kids-us = Kineret no es para niños con artritis reumatoide juvenil.
how-kids-eu = No es para niños ni adolescentes con AR o COVID-19. No es para bebés de menos de 8 meses.
how-carers-us = Para padres y cuidadores: con NOMID o DIRA, la dosis de un niño depende de su peso. Dele la dosis que el médico le indicó por escrito. Esta app nunca calcula una dosis.
how-carers-eu = Para padres y cuidadores: los niños pueden usar Kineret para CAPS, FMF o la enfermedad de Still desde los 8 meses de edad, si pesan al menos 10 kg. Dele la dosis que el médico le indicó por escrito. Esta app nunca calcula una dosis.
how-dose = Su médico decide su dosis. Para la AR, es de 100 mg una vez al día. Para algunas enfermedades raras, depende de su peso. Esta app nunca calcula una dosis.
how-syringe = Cada jeringa contiene 100 mg de Kineret en 0,67 ml de líquido. Use cada jeringa una sola vez.
how-syringe-parts = La jeringa es de vidrio. Su aguja es muy fina (calibre 29). El líquido no tiene conservantes.
how-syringe-eu = La jeringa de la UE tiene marcas, como una regla. Sirven para preparar una dosis de 20 a 90 mg, si el médico la receta. Su enfermera le enseñará cómo.
how-syringe-us = Para NOMID y DIRA, use una jeringa nueva para cada dosis. Deseche lo que sobre.
how-pack-us = Una caja trae 7 jeringas. También hay un envase de 4 cajas de 7 (28 jeringas).
how-pack-eu = Un envase trae 1, 7 o 28 jeringas (4 cajas de 7).
how-expect = Muchas personas tienen la piel roja o con picor donde se inyectan. Esto pasa más en las primeras semanas. También va a necesitar análisis de sangre.
how-time = Inyéctese más o menos a la misma hora cada día.

## 2. Cómo ponerse la inyección, paso a paso

sec-steps-title = Cómo ponerse la inyección, paso a paso
sec-steps-summary = Del refrigerador al contenedor para agujas.
steps-key-trained = Inyéctese solo después de que una enfermera o un médico le haya enseñado.
steps-key-leaflet = Siga el prospecto (la hoja de instrucciones de su caja) y lo que le enseñó su enfermera.
steps-key-new = Use una jeringa nueva cada vez.
steps-key-small-us = ¿Su dosis es de menos de 100 mg? Nunca se inyecte la jeringa entera. Pregunte a su enfermera o farmacéutico cómo ponerse su dosis. Deseche lo que sobre.
steps-key-small-eu = ¿Su dosis es de menos de 100 mg? Nunca se inyecte la jeringa entera. Antes, prepare su dosis sobre una gasa, como muestran los pasos y como le enseñó su enfermera.
step-need = Tenga a mano: una jeringa, toallitas con alcohol y una gasa limpia (estéril) o un pañuelo de papel.
step-fridge = Saque una jeringa del refrigerador.
step-warm = Saque una jeringa del refrigerador y sáquela de la caja. Deje que pierda el frío durante unos 30 minutos.
step-no-heat = No la caliente de ninguna otra forma. Nada de microondas. Nada de agua caliente. Puede tenerla en la mano unos minutos.
step-no-shake = No la agite. Si se ve con espuma, déjela reposar hasta que la espuma desaparezca.
step-expiry = Busque la fecha de caducidad en la etiqueta (va después de «EXP»). No use la jeringa después del último día de ese mes.
step-expiry-us = Mire la fecha de la etiqueta. No use la jeringa después de esa fecha. No la use si puede haberse congelado.
step-check = Mire el líquido. Debe ser transparente, sin color o un poco blanco. Es normal ver unas pocas partículas pequeñas, blancas o transparentes. No la use si el líquido está turbio o ha cambiado de color. No la use si tiene muchas partículas o partículas de otro tipo. ¿Tiene dudas? No la use. Pregunte a su farmacéutico.
step-dropped = ¿Se le cayó la jeringa? ¿Se ve rota? Entonces no la use. Use una nueva.
step-warm-eu = Para que sea más cómodo, déjela a temperatura ambiente unos 30 minutos. O sosténgala con suavidad en la mano unos minutos.
step-no-heat-eu = Nunca la caliente de otra forma. Nada de microondas. Nada de agua caliente.
step-cap-on = Deje el capuchón en la aguja hasta el momento de inyectarse.
step-wash = Lávese bien las manos.
step-table = Busque un lugar limpio, con buena luz y cómodo. Ponga todo al alcance de la mano.
step-dose-eu = Conozca su dosis. Es de 100 mg, o una dosis menor de 20 a 90 mg. Su médico le dice cuál.
step-dose-us = Conozca su dosis. ¿Es de menos de 100 mg? Entonces no se inyecte la jeringa entera. Pregunte a su enfermera o farmacéutico cómo ponérsela.
step-cap-off = Sujete la jeringa por el tubo de vidrio. Quite el capuchón de la aguja tirando en línea recta. No lo gire. No toque la aguja ni empuje el émbolo (la parte que se empuja para inyectar). Deseche el capuchón.
step-bubbles = Dosis de 100 mg: puede ver pequeñas burbujas de aire. No hace falta quitarlas. No es peligroso inyectarlas.
step-small-drop = Solo para una dosis de 20 a 90 mg: sujete la jeringa con la aguja hacia arriba. Empuje el émbolo despacio hasta que salga una gota pequeña en la punta de la aguja.
step-small-gauze = Solo para una dosis de 20 a 90 mg: ponga la gasa sobre una superficie plana. Sujete la jeringa con la aguja hacia abajo, encima de la gasa. La aguja no debe tocar la gasa. Empuje despacio hasta que el borde delantero del émbolo (el lado que está más cerca de la aguja) llegue a la marca de su dosis. El líquido que sobra cae en la gasa.
step-small-wrong = Solo para una dosis de 20 a 90 mg: ¿no pudo preparar la dosis correcta? Deseche la jeringa y use una nueva.
step-site = Elija el punto. Use una zona permitida. El punto nuevo debe estar al menos a 2,5 cm (1 pulgada) de sus últimos puntos.
step-site-eu = Elija un punto en una zona permitida. Use un punto nuevo cada vez. El mapa de esta app puede ayudarle.
step-clean-pinch = Limpie la piel con una toallita con alcohol. Luego pellizque la piel entre el pulgar y el índice. No apriete fuerte.
step-inject = Inyecte debajo de la piel, como le enseñó su enfermera.
step-insert = Introduzca la aguja por completo en la piel, como le enseñó su enfermera o su médico.
step-push = Empuje el émbolo despacio y de forma continua para inyectar el líquido. Mantenga la piel pellizcada.
step-let-go = Saque la aguja. Después suelte la piel.
step-once = Use la jeringa una sola vez. No use el líquido que quede en ella.
step-once-eu = Deseche el medicamento que quede en la jeringa. Use cada jeringa para una sola inyección. Nunca la vuelva a usar: podría causar una infección.
step-no-recap = No vuelva a poner el capuchón en la aguja usada.
step-sharps = Ponga enseguida la jeringa usada en el contenedor para agujas. Es una caja dura que las agujas no pueden atravesar.
step-sharps-eu = Ponga la jeringa usada y la gasa mojada en su contenedor para agujas. Guarde el contenedor fuera del alcance de los niños. Luego limpie la superficie con una toallita con alcohol nueva.
steps-other = Esta app solo muestra algunos pasos. Para todos los pasos, siga el prospecto de su caja y lo que le enseñó su enfermera.
steps-other-eu = Estos pasos vienen del prospecto de su caja. Sígalo siempre, y también lo que le enseñó su enfermera.
steps-language-us = Si algún paso del prospecto no le queda claro, o necesita ayuda en español, pregunte a su farmacéutico.
steps-bin = Cuando el contenedor esté lleno, pregunte a su enfermera o farmacéutico cómo deshacerse de él. Siga las normas de su localidad.
steps-bin-eu = No tire las jeringas usadas ni los medicamentos a la basura de casa ni por el desagüe. Pregunte a su farmacéutico cómo deshacerse del contenedor lleno. Siga las normas de su localidad.

## 3. Cómo elegir dónde inyectarse

sec-sites-title = Cómo elegir dónde inyectarse
sec-sites-summary = Dónde inyectarse y cómo cambiar de punto cada día.
sites-key-areas = Puede usar cuatro zonas: la parte de afuera del brazo, entre el hombro y el codo; el vientre; la parte delantera de los muslos; y la parte de arriba y afuera de las nalgas.
sites-key-navel = Nunca se inyecte a menos de 5 cm (2 pulgadas) del ombligo.
sites-key-move = Use un punto nuevo cada vez. Debe estar al menos a 2,5 cm (1 pulgada) de sus últimos puntos.
sites-key-areas-eu = El prospecto de la UE nombra cuatro zonas: el vientre (no la zona alrededor del ombligo), la parte de arriba de los muslos, la parte alta y de fuera de las nalgas y la parte de fuera de los brazos, arriba.
sites-key-move-eu = Cambie de punto cada vez, para que ninguna zona le duela.
sites-key-rule-eu = Esta app le pide dejar libres 5 cm alrededor del ombligo y poner cada punto nuevo al menos a 2,5 cm de los últimos que usó. Es una regla de la app, tomada de la guía del ACR. El prospecto de la UE no da distancias.
sites-arm = Brazos: la parte de afuera del brazo, entre el hombro y el codo.
sites-others-eu = Si otra persona le pone la inyección, esa persona también puede usar la parte de atrás del brazo, entre el hombro y el codo.
sites-belly = Vientre: no use el círculo de 5 cm (2 pulgadas) alrededor del ombligo.
sites-thigh = Muslos: la parte de delante del muslo, en el medio.
sites-buttock = Nalgas: la parte alta y de fuera.
sites-avoid = No se inyecte en piel que le duela o que esté hinchada, roja, dura o con hematomas. Evite las cicatrices, las estrías y las venas que se vean.
sites-self = Si se pone la inyección sin ayuda, lo más fácil es usar el vientre y los muslos. Los brazos y las nalgas son mejores cuando otra persona le pone la inyección.
sites-why-eu = ¿Por qué cambiar de punto? Si Kineret se inyecta una y otra vez en el mismo sitio, puede salir un bulto debajo de la piel. El bulto es una acumulación de proteína (un depósito de amiloide). Cambiar de punto cada vez ayuda a evitarlo.
sites-why-us = ¿Por qué cambiar de punto? Ayuda a que la piel no le duela. Avise a su médico si, donde se inyecta, le sale un bulto que no desaparece.

## 4. Cómo guardar Kineret

sec-storage-title = Cómo guardar Kineret
sec-storage-summary = Refrigerador, frío, oscuridad y qué hacer si se congeló.
storage-key-fridge = Guarde Kineret en el refrigerador, de 2 a 8 °C (de 36 a 46 °F).
storage-key-freeze = Nunca lo congele. Si puede haberse congelado, no lo use.
storage-key-light = Deje las jeringas en su caja. Así no les da la luz.
storage-out-eu = Fuera del refrigerador: cuando una jeringa ya está a temperatura ambiente (hasta 25 °C), úsela en un plazo de 72 horas (3 días) o deséchela. No la vuelva a poner en el refrigerador.
storage-out-us = Fuera del refrigerador: pregunte a su farmacéutico cuánto tiempo puede estar una jeringa a temperatura ambiente.
storage-travel = ¿Se va de viaje? Planee cómo mantenerlo frío. Pida ayuda a su farmacéutico.
storage-children = Guárdelo donde los niños no lo puedan ver ni alcanzar.
storage-expiry = No lo use después de la fecha que aparece en la etiqueta.

## 5. Efectos secundarios

sec-side-title = Efectos secundarios
sec-side-summary = Lo que es frecuente, lo que es grave, sus análisis de sangre y cómo comunicar un efecto secundario.
side-key-skin = El efecto secundario más frecuente es que la piel se ponga roja, hinchada, con hematomas (moretones) o con picor donde se inyecta. La mayoría de las veces es leve.
side-key-fade = Estos problemas de piel suelen empezar en las primeras 2 semanas. La mayoría de las veces desaparecen en 4 a 6 semanas.
side-key-infection = Kineret puede hacer que tenga infecciones con más facilidad. Algunas pueden ser graves.
side-key-blood = Va a necesitar análisis de sangre para revisar sus glóbulos blancos.
side-skin-start = Unas 7 de cada 10 personas tienen problemas de piel al empezar. Si no aparecen en el primer mes, es poco probable que empiecen después.
side-common-eu = Otros efectos secundarios muy frecuentes son el dolor de cabeza y el colesterol alto (más grasa en la sangre).
side-common-us = En personas con AR, los efectos secundarios más frecuentes también incluyen:
    • empeoramiento de la AR.
    • resfriados y sinusitis.
    • dolor de cabeza.
    • malestar de estómago (náuseas), diarrea y dolor de vientre.
    • dolor en las articulaciones.
    • sentirse como si tuviera gripe.
side-less-eu = Frecuentes, en hasta 1 de cada 10 personas: glóbulos blancos bajos, plaquetas bajas (las células que ayudan a que la sangre coagule) e infecciones graves, como una infección de pulmón.
side-uncommon-eu = Poco frecuentes, en hasta 1 de cada 100 personas: una alergia grave o valores altos en los análisis del hígado.
side-allergy-eu = Puede haber una alergia grave. No es frecuente. Mire "Cuándo pedir ayuda" para ver las señales.
side-allergy-us = Puede haber una alergia grave. Con DIRA, el riesgo puede ser mayor en las primeras semanas. Mire "Cuándo pedir ayuda" para ver las señales.
side-liver-eu = Puede haber problemas de hígado. Se ven sobre todo en personas con enfermedad de Still, durante el primer mes de tratamiento. Su médico puede revisar su hígado con análisis de sangre.
side-lump-eu = Donde Kineret se inyecta una y otra vez, puede salir un bulto debajo de la piel (un depósito de amiloide). No se sabe con qué frecuencia pasa. Cambie de punto cada vez para ayudar a evitarlo.
side-blood-us = Le revisarán los glóbulos blancos antes de empezar. Después, cada mes durante 3 meses. Después, cada 3 meses, hasta completar 1 año de tratamiento.
side-blood-eu = Le revisarán los glóbulos blancos antes de empezar. Pregunte a su médico cada cuánto necesitará más análisis.
side-lump = Avise a su médico si, donde se inyecta, le sale un bulto que no desaparece.
side-report-us = Cuente a su médico los efectos secundarios. También puede comunicarlos a la FDA (MedWatch): llame al 1-800-FDA-1088 o entre en www.fda.gov/medwatch.
side-report-eu = Cuente a su médico, enfermera o farmacéutico los efectos secundarios. También puede comunicarlos usted mismo al sistema nacional de notificación de su país. El prospecto de su caja le dice cómo.

## 6. Cuándo llamar a su médico / pedir ayuda ya

sec-help-title = Cuándo pedir ayuda
sec-help-summary = Pida ayuda ya, llame a su médico antes de la próxima inyección o avise antes a su médico.
help-key-allergy = Las señales de una alergia grave son una emergencia. Pida ayuda ya.
help-key-infection-us = ¿Tiene fiebre o alguna señal de infección? Llame enseguida a su médico, antes de la próxima inyección.
help-key-infection-eu = ¿Tiene fiebre o alguna señal de infección? Avise enseguida a su médico, antes de la próxima inyección.
help-key-before = ¿Piensa operarse, vacunarse o quedar embarazada? Avise antes a su médico.
help-now-intro = Estas son señales de una alergia grave. Si tiene alguna, busque ayuda médica enseguida.
help-now-call-us = Llame ahora al 911. No vaya manejando usted mismo. No vuelva a inyectarse Kineret hasta que un médico le diga que es seguro.
help-now-call-eu = Llame ahora al 112. No conduzca usted mismo. No vuelva a inyectarse Kineret hasta que un médico le diga que es seguro.
help-now-swelling = Hinchazón de la cara, la lengua o la garganta.
help-now-breathing = Dificultad para respirar o para tragar.
help-now-pulse = De repente, el corazón le late muy rápido o suda mucho.
help-now-rash = Picor en la piel o sarpullido por todo el cuerpo (no solo donde se inyecta).
help-now-wheeze = Silbidos al respirar después de una inyección.
help-now-dress-eu = Un sarpullido que se extiende o piel que se pela, con fiebre o ganglios hinchados.
help-soon-intro-us = Kineret puede hacer que tenga infecciones con más facilidad. Llame a su médico si tiene algo de esto:
help-soon-intro-eu = Si tiene algo de esto, avise enseguida a su médico:
help-soon-call = Llame antes de la próxima inyección. Si no consigue hablar con su médico, llame al teléfono que le dieron para cuando la consulta está cerrada. Nunca espere a ver qué pasa.
help-soon-fever = Cualquier fiebre, aunque sea baja, o escalofríos.
help-soon-signs = Otras señales de infección, como tos, dolor de cabeza o piel roja y dolorida.
help-soon-weight = Pérdida de peso, o tos que no se quita.
help-soon-liver-eu = Piel u ojos amarillos, orina oscura, heces de color claro o falta de apetito.
help-soon-lung-eu = Si tiene la enfermedad de Still: falta de aire con poco esfuerzo o tos por la mañana. Si le cuesta respirar, llame ahora al 112.
help-soon-new-rash = Un sarpullido nuevo.
help-soon-site = Una reacción fuerte en la piel donde se inyecta.
help-soon-worry = Tiene efectos secundarios que le preocupan o quiere dejar Kineret.
help-before-intro = Avise antes a su médico, o en cuanto lo sepa:
help-before-surgery = Antes de cualquier operación.
help-before-vaccine = Antes de cualquier vacuna. Pregunte si es una vacuna viva: no debe ponerse vacunas vivas mientras use Kineret.
help-before-plan = Antes de intentar quedar embarazada.
help-before-pregnancy = En cuanto sepa que está embarazada.
help-before-antibiotics = En cuanto otro médico le recete antibióticos.

## 7. Precauciones

sec-safety-title = Precauciones
sec-safety-summary = Quién no debe usarlo, otros medicamentos, embarazo, dosis olvidadas.
safety-key-allergy = No use Kineret si tiene alergia a él. No lo use si tiene alergia a las proteínas fabricadas con bacterias E. coli.
safety-key-infection = No empiece a usar Kineret mientras tenga una infección.
safety-key-vaccine = No se ponga vacunas vivas mientras use Kineret. Antes de cualquier vacuna, pregunte si es viva.
safety-neutro-eu = No empiece a usar Kineret si tiene los glóbulos blancos bajos.
safety-tnf = No lo use con un bloqueador del TNF, como etanercept (Enbrel) o infliximab (Remicade). Un bloqueador del TNF es un medicamento que bloquea una señal llamada TNF. Juntos aumentan el riesgo de infecciones graves.
safety-tell = Avise a su médico si ha tenido muchas infecciones, tuberculosis, asma o cáncer.
safety-tell-kidney = Avise a su médico si tiene problemas de riñón.
safety-tell-liver-eu = Avise a su médico si ha tenido valores altos en los análisis del hígado.
safety-warfarin-eu = ¿Toma warfarina o fenitoína? Puede que su médico tenga que cambiar la dosis de ese medicamento.
safety-pregnancy-us = Embarazo: no se sabe si Kineret puede hacer daño al bebé durante el embarazo. Hable con su médico.
safety-pregnancy-eu = Embarazo: no se aconseja usar Kineret si está embarazada. Si puede quedar embarazada, use un método anticonceptivo.
safety-breastfeeding-us = Lactancia: no se sabe si Kineret pasa a la leche materna. Decida con su médico.
safety-breastfeeding-eu = Lactancia: no dé el pecho mientras use Kineret.
safety-missed-us = ¿Se le olvidó una dosis? Pregunte a su médico o farmacéutico qué hacer.
safety-missed-eu = ¿Se le olvidó una dosis? Llame a su médico. Pregúntele cuándo ponerse la siguiente.
safety-too-much-eu = ¿Se inyectó demasiado? No se esperan problemas graves. Aun así, llame a su médico, enfermera o farmacéutico.
safety-stop-us = Con NOMID o DIRA, si deja Kineret, la enfermedad puede empeorar de golpe (un brote). Hable con su médico antes de dejarlo.
safety-latex = La jeringa y el capuchón de la aguja no están hechos con látex de caucho natural.
safety-sharps = Ponga las jeringas usadas en un contenedor para agujas. Pregunte a su enfermera o farmacéutico cómo deshacerse del contenedor lleno. Siga las normas de su localidad.
safety-sharps-eu = Ponga las jeringas usadas en un contenedor para agujas. No tire medicamentos por el desagüe ni por el inodoro, ni a la basura de casa. Pregunte a su farmacéutico cómo deshacerse de ellos.
