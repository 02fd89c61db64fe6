## Modo de enseñanza: una enfermera enseña a un paciente junto a la cama.
## Las palabras de la pantalla son para la enfermera; las preguntas y el resumen los lee el paciente.

teach-title = Enseñar a un paciente
teach-home-button = Enseñar a un paciente
teach-home-text = Para enfermeras: repase todos los temas con un paciente nuevo, compruebe lo que aprendió e imprima un resumen.
teach-privacy = No hace falta ningún nombre ni fecha de nacimiento. Al empezar de nuevo no se guarda nada, salvo que guarde el resumen.

## Preparación
teach-setup-title = Antes de empezar
teach-setup-region = ¿El prospecto de qué país sigue el paciente?
teach-setup-language = Idioma del paciente (pantallas y resumen)
teach-setup-indication = ¿Para qué usa Kineret este paciente?
teach-setup-syringe = ¿Qué cantidad de la jeringa es una dosis?
teach-setup-dose = Dosis tal como la escribió quien la recetó
teach-setup-dose-hint = Por ejemplo: 100 mg, o 2 mg/kg, 40 mg
teach-setup-start = Empezar a enseñar
teach-setup-missing = Elija todo lo de arriba y escriba la dosis para empezar.
teach-dose-empty = Escriba la dosis tal como la escribió quien la recetó.
teach-dose-long = Es demasiado largo para una dosis. Use 40 caracteres o menos.
teach-dose-words = Aquí use solo números y unidades (por ejemplo 100 mg, o 2 mg/kg, 40 mg). No escriba ningún nombre.
teach-dose-shown = Dosis recetada: { $dose }. Anotada por la enfermera; no comprobada por esta app.

teach-ind-ra = Artritis reumatoide (AR)
teach-ind-nomid = NOMID
teach-ind-dira = DIRA
teach-ind-caps = CAPS
teach-ind-fmf = FMF (fiebre mediterránea familiar)
teach-ind-still = Enfermedad de Still
teach-ind-covid = Infección de pulmón por COVID-19
teach-ind-other = Otro uso que eligió el médico

teach-syringe-whole = La jeringa entera (100 mg)
teach-syringe-part = Parte de una jeringa (menos de 100 mg)
teach-syringe-other = Otra cosa, según lo que dijo el médico

## Temas
teach-topic-of = Tema { $n } de { $total }
teach-question = Pregunte al paciente
teach-key-points = Una buena respuesta tiene estos puntos
teach-result = Resultado
teach-result-understood = Lo entendió
teach-result-review = Hay que repasarlo
teach-result-none = Aún sin hacer
teach-notes = Notas (opcional)
teach-note-show-again = Volver a mostrarlo en la próxima visita
teach-note-carer = Le ayudará un cuidador
teach-note-interpreter = Usar un intérprete
teach-note-see = Le cuesta ver las marcas pequeñas
teach-note-hold = Le cuesta sujetar la jeringa
teach-note-needles = Le preocupan las agujas
teach-prev = Tema anterior
teach-next = Tema siguiente
teach-overview = Todos los temas
teach-overview-title = Plan de enseñanza
teach-progress = { $done } de { $total } temas hechos

## Demostración del paciente
teach-demo-title = Demostración del paciente
teach-demo-intro = El paciente muestra cada paso con una jeringa de práctica. Marque cada paso cuando lo muestre.
teach-demo-progress = { $done } de { $total } pasos mostrados
teach-step-shown = Lo mostró
teach-step-practice = Necesita práctica

## Plan de zonas
teach-plan-title = Plan de zonas
teach-plan-intro = Acuerde con el paciente qué zonas usar y cuáles evitar (una cicatriz, o el lado donde tiene un reservorio o port).
teach-plan-use = Usar
teach-plan-avoid = Evitar
teach-plan-clear = Sin decidir
teach-plan-legend = En el mapa: liso = usar, a rayas = evitar, con puntos = sin decidir. Toque una zona para cambiarla.
teach-plan-empty = Aún no se eligió ninguna zona.

## Resumen
teach-summary-title = Resumen
teach-summary-heading = Aprender a inyectarse Kineret: resumen
teach-summary-date = Fecha: { $date }
teach-summary-region = Prospecto: { $region }
teach-summary-indication = Se usa para: { $indication }
teach-summary-topics = Temas
teach-summary-review = Para repasar
teach-summary-review-none = Nada. ¡Muy bien!
teach-summary-practice = Pasos para practicar
teach-summary-practice-none = Se mostraron todos los pasos.
teach-summary-steps = { $shown } de { $total } pasos de la inyección mostrados
teach-summary-plan = Dónde inyectarse
teach-summary-plan-none = No se hizo un plan de zonas.
teach-summary-sources = De dónde viene esto
teach-summary-footer = Hecho con Kineret Coach. Esta app nunca calcula ni comprueba una dosis.
teach-summary-save = Guardar el resumen (PDF)
teach-finish = Terminar y empezar de nuevo
teach-finish-ask = ¿Empezar de nuevo? El resumen de este paciente no está guardado. Se borrará todo lo que escribió.
teach-finish-yes = Sí, empezar de nuevo
teach-close-ask = ¿Cerrar la aplicación? El resumen de este paciente no está guardado. Se borrará todo lo que escribió.
teach-close-yes = Cerrar sin guardar
teach-finish-no = Seguir trabajando

## Preguntas para que el paciente explique o muestre, con sus propias palabras (método teach-back).
teach-q-how = Con sus propias palabras, dígame qué hace Kineret en su cuerpo.
teach-q-steps = Dígame, paso a paso, cómo se va a poner la inyección.
teach-q-sites = Muéstreme en su cuerpo dónde puede inyectarse. ¿Dónde se va a inyectar la próxima vez?
teach-q-storage = Muéstreme dónde va a guardar sus jeringas en casa.
teach-q-side = Dígame qué efectos secundarios podría tener. ¿Qué va a hacer si los tiene?
teach-q-help-us = Dígame cuándo llamaría al 911. ¿Cuándo llamaría a su médico?
teach-q-help-eu = Dígame cuándo llamaría al 112. ¿Cuándo llamaría a su médico?
teach-q-safety = Dígame en qué casos no debe usar Kineret. ¿Qué va a preguntar antes de ponerse una vacuna?
