## Modo de enseñanza: una enfermera enseña a un paciente junto a la cama.
## Las palabras de la pantalla son para la enfermera; las preguntas y el resumen los lee el paciente.

teach-title = Enseñar a un paciente
teach-home-button = Enseñar a un paciente
teach-home-text = Para el personal de enfermería: repase todos los temas con un paciente nuevo, compruebe lo que aprendió e imprima un resumen.
teach-privacy = No hace falta ningún nombre ni fecha de nacimiento. Al empezar de nuevo no se guarda nada, salvo que guarde el resumen.

## Preparación
teach-setup-title = Antes de empezar
teach-setup-region = ¿Qué prospecto sigue el paciente: EE. UU. o UE?
teach-setup-language = Idioma del paciente (pantallas y resumen)
teach-setup-indication = ¿Para qué usa Kineret este paciente?
teach-setup-syringe = ¿Qué cantidad de la jeringa es una dosis?
teach-setup-dose = Dosis tal como la escribió quien la recetó
teach-setup-dose-hint = Por ejemplo: 100 mg, o 2 mg/kg, 40 mg
teach-setup-start = Empezar a enseñar
teach-setup-missing = Elija todo lo de arriba y escriba la dosis para empezar.
teach-dose-empty = Escriba la dosis tal como la escribió quien la recetó.
teach-dose-long = Es demasiado largo para una dosis. Use 40 caracteres o menos.
teach-dose-words = Use solo números, unidades y palabras de la dosis (por ejemplo 100 mg una vez al día). Sin nombres ni fechas.
teach-dose-shown = Dosis recetada: { $dose }. Anotada por el personal de enfermería; no comprobada por esta app.

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
teach-plan-map-area = { $area }: { $plan }. Toque para cambiar.
teach-plan-legend = En el mapa: liso = usar, con cruces = evitar, con puntos = sin decidir. Toque una zona para cambiarla.
teach-plan-empty = Aún no se eligió ninguna zona.
teach-plan-save-log = Evitar estas zonas en el registro de inyecciones de este equipo
teach-plan-log-saved = { $count ->
    [one] Guardado. El mapa de zonas ahora evita 1 zona.
   *[other] Guardado. El mapa de zonas ahora evita { $count } zonas.
}
teach-plan-in-log = El mapa de zonas de este equipo evita las zonas marcadas.

## Resumen
teach-summary-title = Resumen
teach-summary-heading = Aprender a inyectarse Kineret: resumen
teach-summary-date = Fecha: { $date }
teach-summary-region = Prospecto: { $region }
teach-summary-indication = Se usa para: { $indication }
teach-summary-topics = Temas
teach-summary-review = Para repasar
teach-summary-review-none = Nada que repasar.
teach-summary-practice = Pasos para practicar
teach-summary-practice-none = Se mostraron todos los pasos.
teach-summary-steps = { $shown } de { $total } pasos de la inyección mostrados
teach-summary-plan = Dónde inyectarse
teach-summary-plan-none = No se hizo un plan de zonas.
teach-summary-syringe = Cuánto de una jeringa: { $syringe }
teach-summary-line = { $n }. { $title }: { $result }
teach-summary-plan-line = { $mark }: { $areas }
teach-summary-undecided = Sin decidir
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
teach-q-steps = Muéstreme con la jeringa de práctica cómo se va a poner la inyección.
teach-q-sites = Muéstreme en su cuerpo dónde se pondrá las próximas 3 inyecciones.
teach-q-storage = Dígame cómo va a guardar sus jeringas en casa.
teach-q-side = Dígame qué hará si tiene fiebre el día de su próxima inyección.
teach-q-help = Dígame qué hará si se le hinchan la cara o la garganta después de una inyección.
teach-q-safety = Dígame qué preguntará antes de ponerse cualquier vacuna.
