# Kineret Coach: lo que enseña la app (español).
# Los datos vienen solo de la ficha de datos del proyecto (shared/clinical/kineret-facts.md).
# Frases cortas y palabras comunes (tan sencillas como en inglés).
# La estructura (orden, región, fuentes, imágenes) está en assets/content.ron.

## Fuentes: el nombre de cada documento y su fecha.

source-S0 = Página de MedicineNet sobre Kineret (febrero de 2017)
source-S1 = Prospecto para pacientes, RheumInfo, Canadá
source-S2 = Guía de medicamentos del American College of Rheumatology (junio de 2024)
source-S3 = Resumen de la UE sobre Kineret, EMA (diciembre de 2021)
source-US-PI = Ficha técnica de EE. UU. para médicos (FDA, 2025)
source-US-PPI = Prospecto para pacientes de EE. UU.
source-EU-PL = Prospecto de la UE que viene en la caja (febrero de 2022)
source-EU-SmPC = Ficha técnica de la UE para médicos (SmPC)
source-SOBI = Páginas del fabricante, Sobi
source-PDR = Resumen del medicamento de PDR, basado en la ficha técnica (2022)
source-2nd = Otras guías de medicamentos (drugs.com, MedlinePlus)
source-APP = Consejo general de esta app, no de la información oficial del medicamento

## 1. Cómo actúa Kineret

sec-how-title = Cómo actúa Kineret
sec-how-summary = Qué es, para qué sirve, qué puedes esperar.
how-key-what = Kineret es un medicamento que se inyecta debajo de la piel. La mayoría de las personas lo usa una vez al día.
how-key-il1 = Tu cuerpo produce una señal llamada IL-1. La IL-1 puede causar hinchazón y dolor. Kineret la bloquea.
how-key-immune = Kineret calma tu sistema inmunitario. Por eso te puede costar más combatir los microbios.
how-made = Kineret es una copia de una proteína que tu propio cuerpo produce. La fabrican bacterias en un laboratorio.
how-uses-us = En EE. UU., Kineret está aprobado para tres usos:
    • adultos con artritis reumatoide (AR) cuando otro medicamento para la AR no ayudó.
    • NOMID, una enfermedad rara con la que se nace.
    • DIRA, otra enfermedad rara con la que se nace.
how-uses-eu = En la UE, Kineret está aprobado para:
    • adultos con artritis reumatoide (AR), junto con un medicamento llamado metotrexato, cuando el metotrexato por sí solo no ayuda lo suficiente.
    • CAPS, un grupo de enfermedades raras que causan fiebre (desde los 8 meses de edad y 10 kg de peso).
    • FMF, una enfermedad con fiebre que se hereda en las familias (desde los 8 meses de edad y 10 kg de peso).
    • enfermedad de Still (desde los 8 meses de edad y 10 kg de peso).
    • adultos con una infección de pulmón por COVID-19 que necesitan oxígeno. Un análisis de sangre (suPAR) debe mostrar un nivel alto.
how-covid-us = En EE. UU., Kineret no está aprobado para la COVID-19.
how-kids-us = Kineret no es para niños con artritis reumatoide juvenil.
how-kids-eu = No es para niños ni adolescentes con AR o COVID-19. No es para bebés de menos de 8 meses.
how-dose = Tu médico decide tu dosis. Para la AR, es de 100 mg una vez al día. Para algunas enfermedades raras, depende de tu peso. Esta app nunca calcula una dosis.
how-syringe = Cada jeringa contiene 100 mg de Kineret. Usa cada jeringa una sola vez.
how-syringe-eu = La jeringa de la UE tiene marcas. Te ayudan a ponerte una dosis más pequeña si tu médico te la receta. Tu enfermera te enseñará cómo.
how-syringe-us = Para NOMID y DIRA, usa una jeringa nueva para cada dosis. Desecha lo que sobre.
how-expect = Muchas personas tienen la piel roja o con picazón donde se inyectan. Esto pasa más en las primeras semanas. También vas a necesitar análisis de sangre.
how-time = Inyéctate más o menos a la misma hora cada día.

## 2. Cómo ponerte la inyección, paso a paso

sec-steps-title = Cómo ponerte la inyección, paso a paso
sec-steps-summary = De la nevera al contenedor para agujas.
steps-key-trained = Inyéctate solo después de que una enfermera o un médico te haya enseñado.
steps-key-leaflet = Sigue el prospecto de tu caja y lo que te enseñó tu enfermera.
steps-key-new = Usa una jeringa nueva cada vez.
step-warm = Saca una jeringa de la nevera. Sácala de la caja. Deja que pierda el frío durante unos 30 minutos.
step-no-heat = No la calientes de ninguna otra forma. Nada de microondas. Nada de agua caliente. Puedes tenerla en la mano unos minutos.
step-no-shake = No la agites. Si se ve con espuma, déjala reposar hasta que la espuma desaparezca.
step-check = Mira el líquido. Debe ser transparente. Puede no tener color o ser un poco blanco. Unas pocas partículas blancas pequeñas están bien.
step-check-bad = No la uses si el líquido está turbio, ha cambiado de color o tiene otras partículas. No la uses si tiene muchas partículas.
step-wash = Lávate las manos.
step-site = Elige el punto. Usa una zona permitida. Aléjate al menos 2,5 cm (1 pulgada) de tus últimos puntos.
step-inject = Inyecta debajo de la piel, como te enseñó tu enfermera.
step-once = Usa la jeringa una sola vez. No uses el líquido que quede en ella.
step-sharps = Pon enseguida la jeringa usada en el contenedor para agujas. Es una caja dura que las agujas no pueden atravesar.
steps-other = Esta app solo muestra algunos pasos. Para todos los pasos, sigue el prospecto de tu caja y lo que te enseñó tu enfermera.
steps-bin = Cuando el contenedor para agujas esté lleno, pregunta a tu enfermera o farmacéutico cómo deshacerte de él. Sigue las normas de tu localidad.

## 3. Cómo elegir dónde inyectarte

sec-sites-title = Cómo elegir dónde inyectarte
sec-sites-summary = Dónde inyectarte y cómo cambiar de punto cada día.
sites-key-areas = Puedes usar cuatro zonas: la parte externa de los brazos, arriba; el vientre; la parte de delante de los muslos; y la parte alta y externa de las nalgas.
sites-key-navel = Nunca te inyectes a menos de 5 cm (2 pulgadas) del ombligo.
sites-key-move = Usa un punto nuevo cada vez. Debe estar al menos a 2,5 cm (1 pulgada) de tus últimos puntos.
sites-arm = Brazos: la parte externa del brazo, arriba.
sites-belly = Vientre: no uses el círculo de 5 cm (2 pulgadas) alrededor del ombligo.
sites-thigh = Muslos: la parte de delante del muslo, en el medio.
sites-buttock = Nalgas: la parte alta y de fuera.
sites-avoid = No te inyectes en piel dolorida, hinchada, con moretones, roja o dura. Aléjate de cicatrices, estrías y venas que se vean.
sites-self = Si te inyectas tú, lo más fácil es usar el vientre y los muslos. Los brazos y las nalgas son mejores cuando otra persona te pone la inyección.
sites-vary-eu = El resumen de la UE dice que cambies de punto cada vez. Esto ayuda a evitar molestias.

## 4. Cómo guardar Kineret

sec-storage-title = Cómo guardar Kineret
sec-storage-summary = Nevera, frío, oscuridad y qué hacer si se congeló.
storage-key-fridge = Guarda Kineret en la nevera, de 2 a 8 °C (de 36 a 46 °F).
storage-key-freeze = Nunca lo congeles. Si puede haberse congelado, no lo uses.
storage-key-light = Deja las jeringas en su caja. Así no les da la luz.
storage-out-eu = Fuera de la nevera: cuando una jeringa ya está a temperatura ambiente (hasta 25 °C), úsala en un plazo de 72 horas o deséchala. No la vuelvas a meter en la nevera.
storage-out-us = Fuera de la nevera: pregunta a tu farmacéutico cuánto tiempo puede estar una jeringa a temperatura ambiente.
storage-travel = ¿Te vas de viaje? Planea cómo mantenerlo frío. Pide ayuda a tu farmacéutico.
storage-children = Guárdalo donde los niños no lo puedan ver ni alcanzar.
storage-expiry = No lo uses después de la fecha que aparece en la etiqueta.

## 5. Efectos secundarios

sec-side-title = Efectos secundarios
sec-side-summary = Lo que es frecuente, lo que es grave y tus análisis de sangre.
side-key-skin = Tener la piel roja, hinchada, con moretones o con picazón donde te inyectas es el efecto secundario más frecuente. La mayoría de las veces es leve.
side-key-fade = Estos problemas de piel suelen empezar en las primeras 2 semanas. La mayoría de las veces desaparecen en 4 a 6 semanas.
side-key-infection = Kineret puede hacer que tengas infecciones con más facilidad. Algunas pueden ser graves.
side-key-blood = Vas a necesitar análisis de sangre para revisar tus glóbulos blancos.
side-skin-start = Unas 7 de cada 10 personas tienen problemas de piel al empezar. Si no aparecen en el primer mes, es poco probable que empiecen después.
side-common-eu = Otros efectos secundarios muy frecuentes son el dolor de cabeza y más grasa (colesterol) en la sangre.
side-common-us = En personas con AR, los efectos secundarios más frecuentes también incluyen:
    • empeoramiento de la AR.
    • resfriados y sinusitis.
    • dolor de cabeza.
    • estómago revuelto (náuseas), diarrea y dolor de vientre.
    • dolor en las articulaciones.
    • sentirte como si tuvieras gripe.
side-less-eu = Frecuentes, en hasta 1 de cada 10 personas: glóbulos blancos bajos, plaquetas bajas (células que ayudan a que la sangre coagule) e infecciones graves, como una infección de pulmón.
side-uncommon-eu = Menos frecuentes, en hasta 1 de cada 100 personas: una alergia grave o valores altos en los análisis del hígado.
side-allergy-eu = Puede haber una alergia grave. No es frecuente. Mira "Cuándo pedir ayuda" para ver las señales.
side-allergy-us = Puede haber una alergia grave. Con DIRA, el riesgo puede ser mayor en las primeras semanas. Mira "Cuándo pedir ayuda" para ver las señales.
side-liver-eu = Puede haber problemas de hígado. Se ven más en la enfermedad de Still, en el primer mes. Tu médico puede revisar tu hígado con análisis de sangre.
side-blood-us = Te revisarán los glóbulos blancos antes de empezar. Después, cada mes durante 3 meses. Después, cada 3 meses, hasta 1 año.
side-blood-eu = Te revisarán los glóbulos blancos antes de empezar. Pregunta a tu médico cada cuánto necesitarás más análisis.
side-lump = Avisa a tu médico si te sale un bulto que no se va donde te inyectas.

## 6. Cuándo llamar a tu médico / pedir ayuda ya

sec-help-title = Cuándo pedir ayuda
sec-help-summary = Pide ayuda ya, llama hoy a tu médico o avisa antes a tu médico.
help-key-allergy = Los signos de una alergia grave son una urgencia. Pide ayuda ya.
help-key-infection = ¿Tienes fiebre o signos de una infección? Llama hoy a tu médico.
help-key-before = ¿Vas a tener una operación, una vacuna o un embarazo? Avisa antes a tu médico.
help-now-intro = Si tienes alguna de estas señales de una alergia grave, pide ayuda ya. Llama a una ambulancia o ve a urgencias. No te vuelvas a inyectar.
help-now-call-us = En EE. UU., llama al 911.
help-now-call-eu = En la UE, llama al 112.
help-now-swelling = Hinchazón de la cara, la lengua o la garganta.
help-now-breathing = Dificultad para respirar o para tragar.
help-now-pulse = Latidos rápidos del corazón de repente, o sudor.
help-now-rash = Picazón en la piel o sarpullido por todo el cuerpo (no solo donde te inyectas).
help-now-wheeze = Silbidos al respirar después de una inyección.
help-now-dress-eu = Un sarpullido que se extiende o piel que se pela, con fiebre o ganglios hinchados.
help-soon-intro = Llama hoy a tu médico. No esperes a tu próxima cita. Llama si tienes:
help-soon-fever = Fiebre, o crees que tienes una infección.
help-soon-high-fever = Fiebre alta que no se va, escalofríos, tos, dolor de cabeza, o piel roja y dolorida.
help-soon-low-fever = Fiebre baja que no se va, pérdida de peso, o tos que no se va.
help-soon-liver-eu = Piel u ojos amarillos, orina oscura, heces de color claro, o falta de apetito.
help-soon-lung-eu = Con enfermedad de Still: falta de aire con poco esfuerzo, o tos por la mañana. Si te cuesta respirar, pide ayuda ya.
help-soon-new-rash = Un sarpullido nuevo.
help-soon-site = Una reacción fuerte en la piel donde te inyectas.
help-soon-worry = Efectos secundarios que te preocupan, o quieres dejar Kineret.
help-before-intro = Avisa antes a tu médico, o en cuanto puedas, si:
help-before-antibiotics = Otro médico te da antibióticos.
help-before-surgery = Te van a operar.
help-before-pregnancy = Estás embarazada, o planeas estarlo.
help-before-vaccine = Vas a ponerte cualquier vacuna.

## 7. Controles de seguridad

sec-safety-title = Controles de seguridad
sec-safety-summary = Quién no debe usarlo, otros medicamentos, embarazo, dosis olvidadas.
safety-key-allergy = No uses Kineret si tienes alergia a él. No lo uses si tienes alergia a las proteínas fabricadas con bacterias E. coli.
safety-key-infection = No empieces a usar Kineret mientras tengas una infección.
safety-key-vaccine = No te pongas vacunas vivas mientras uses Kineret.
safety-neutro-eu = No empieces a usar Kineret si tienes los glóbulos blancos bajos.
safety-tnf = No lo uses con un bloqueador del TNF, como etanercept (Enbrel) o infliximab (Remicade). Juntos aumentan el riesgo de infecciones graves.
safety-tell = Avisa a tu médico si has tenido muchas infecciones, tuberculosis, asma o cáncer.
safety-tell-kidney = Avisa a tu médico si tienes problemas de riñón.
safety-tell-liver-eu = Avisa a tu médico si has tenido valores altos en los análisis del hígado.
safety-warfarin-eu = ¿Tomas warfarina o fenitoína? Puede que tu médico tenga que cambiar esa dosis.
safety-pregnancy-us = Embarazo: nadie sabe si Kineret puede dañar al bebé antes de nacer. Habla con tu médico.
safety-pregnancy-eu = Embarazo: no se aconseja usar Kineret si estás embarazada. Si puedes quedarte embarazada, usa un método anticonceptivo.
safety-breastfeeding-us = Lactancia: nadie sabe si Kineret pasa a la leche materna. Decide con tu médico.
safety-breastfeeding-eu = Lactancia: no des el pecho mientras uses Kineret.
safety-missed-us = ¿Se te olvidó una dosis? Pregunta a tu médico o farmacéutico qué hacer.
safety-missed-eu = ¿Se te olvidó una dosis? Llama a tu médico. Pregúntale cuándo ponerte la siguiente.
safety-too-much-eu = ¿Te inyectaste demasiado? No se esperan problemas graves. Aun así, llama a tu médico, enfermera o farmacéutico.
safety-stop-us = Con NOMID o DIRA, si dejas Kineret, la enfermedad puede empeorar de golpe (un brote). Habla con tu médico antes de dejarlo.
safety-latex = La jeringa y el capuchón de la aguja no están hechos con látex de caucho natural.
safety-sharps = Pon las jeringas usadas en un contenedor para agujas. No tires medicamentos por el desagüe ni por el inodoro, ni a la basura. Pregunta a tu farmacéutico.
