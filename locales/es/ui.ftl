# Kineret Coach: palabras de botones, menús y mensajes (español).
# Que sean cortas y sencillas. Trato de "usted", como en el contenido.

language-name = Español
app-title = Kineret Coach
home-purpose = Aprenda a inyectarse Kineret de forma segura y lleve un registro de dónde se inyecta.
home-learn = Lo que necesita saber
home-track = Sus inyecciones
nav-back = Atrás
nav-home = Inicio
nav-back-home = Volver al inicio
nav-skip = Ir al contenido

## Barra de ajustes

settings-language = Idioma
settings-region = ¿Qué prospecto?
region-us = Estados Unidos
region-eu = Unión Europea
region-ask = ¿Qué prospecto venía con su medicina? Algunos datos son distintos en EE. UU. y en la UE.
region-hidden = Algunos datos dependen del prospecto. Elija su prospecto arriba para verlos.
region-tag-us = Prospecto de EE. UU.
region-tag-eu = Prospecto de la UE
tag-app-advice = Consejo de la app
text-smaller = Texto más pequeño
text-bigger = Texto más grande
text-size = Tamaño del texto: { $percent } %
theme-high-contrast = Alto contraste

## Secciones

section-key-points = Puntos clave
section-details = Más detalles
section-sources = De dónde viene esto
steps-all = Todos los pasos
step-of = Paso { $number } de { $total }
step-next = Paso siguiente
step-previous = Paso anterior
help-now-heading = Pida ayuda ya
help-soon-heading = Llame enseguida a su médico
help-before-heading = Avise antes a su médico
help-now-badge = EMERGENCIA
help-soon-badge = URGENTE
help-before-badge = ANTES
sites-open-map = Abrir el mapa de zonas

## Dosis de hoy

today-done = La dosis de hoy ya está puesta: { $time }, { $zone }.
today-not-yet = Dosis de hoy: aún sin registrar.
## Mapa del cuerpo

map-title = Mapa de zonas
map-front = Delante
map-back = Detrás
map-help = Toque una zona sombreada para elegir un punto. O use el punto sugerido.
map-legend-rest = { $days ->
    [one] Usada hace poco (en el último día)
   *[other] Usada hace poco (en los últimos { $days } días)
}
map-legend-ready = Lista para usar
map-legend-never = Sin usar nunca
map-legend-suggested = Punto sugerido
map-legend-navel = No inyectar aquí
map-legend-injection = Inyección anterior (se aclara con el tiempo)
map-legend-chosen = El punto que eligió, con un círculo de 2,5 cm alrededor
map-legend-broken = Punto elegido que no cumple una regla (en rojo)
map-legend-avoid = Punto que debe evitar: moretón, cicatriz o reacción de la piel
zoom-title = { $zone } (vista ampliada)
zoom-help = Toque para colocar el punto. Las flechas del teclado lo mueven 1 cm. Las líneas están a 1 cm.
zoom-label = { $zone } (vista ampliada). Toque para colocar el punto; las flechas lo mueven 1 cm.
map-navel-label = Ombligo: no se inyecte a menos de 5 cm (2 pulgadas)
zone-left_arm = Brazo izquierdo, parte alta
zone-right_arm = Brazo derecho, parte alta
zone-left_abdomen = Lado izquierdo del vientre
zone-right_abdomen = Lado derecho del vientre
zone-left_thigh = Muslo izquierdo, delante
zone-right_thigh = Muslo derecho, delante
zone-left_buttock = Nalga izquierda, arriba y afuera
zone-right_buttock = Nalga derecha, arriba y afuera
zone-never = Nunca se ha usado
zone-today = Último uso: hoy
zone-days-ago = { $days ->
    [one] Último uso: hace 1 día
   *[other] Último uso: hace { $days } días
}
zone-label = { $zone }. { $recency }.
point-age = { $days ->
    [0] Inyectado hoy
    [one] Inyectado hace 1 día
   *[other] Inyectado hace { $days } días
}
suggest-title = Punto sugerido
suggest-zone = Siguiente: { $zone }.
suggest-why-never = Esta zona aún no se ha usado.
suggest-why-oldest = Esta zona es la que lleva más tiempo descansando.
suggest-none = Ahora no hay ningún punto libre. Todas las zonas necesitan más descanso. Pregunte a su enfermera qué hacer.
suggest-use = Usar el punto sugerido
chosen-title = El punto que eligió
chosen-none = Aún no ha elegido un punto.
chosen-ok = Buen punto. Cumple todas las reglas.
hit-not-zone = Eso no es una zona de inyección. Elija una zona sombreada.
hit-navel = Demasiado cerca del ombligo. Deje al menos 5 cm (2 pulgadas).
warn-title = Revise este punto
warn-too-close = A { $distance } cm de la inyección del { $date }. Deje al menos 2,5 cm (1 pulgada).
warn-mark = A { $distance } cm de un punto que marcó para evitar. Deje al menos 2,5 cm (1 pulgada).
warn-navel = Dentro del círculo de 5 cm (2 pulgadas) alrededor del ombligo.
warn-outside = Este punto está fuera de la zona.
warn-anyway = Puede registrarlo igual si su enfermera se lo indicó. Quedará marcado.
period-label = Mostrar
period-days = { $days ->
    [one] { $days } día
   *[other] { $days } días
}

## Registrar una dosis

log-time = Hora
log-now = Ahora
log-dose = Dosis (como la escribió su médico)
log-given-by = Quién la puso
given-self = Yo
given-carer = Un cuidador
given-nurse = Una enfermera
log-note = Nota (opcional)
log-save = Registrar esta inyección
log-save-anyway = Registrarla igual
log-saved = Guardado. { $zone }, { $time }.
log-undo = Deshacer
log-undone = Se borró la última inyección.
time-invalid = Escriba la hora así: { $example }
time-future = Esa hora es en el futuro. Anote la dosis después de ponérsela.
mark-avoid = Marcar este punto para evitarlo
mark-kind-bruise = Hematoma
mark-kind-scar = Cicatriz
mark-kind-reaction = Reacción en la piel
mark-until = Evitarlo durante:
mark-until-removed = Hasta que lo quite
mark-saved = Punto marcado. La app lo evitará.
mark-remove = Quitar marca
marks-title = Puntos que evitar
map-legend-kept-away = Zona entera que debe evitar (con cruces)
zone-kept-away = Usted evita toda esta zona
warn-kept-away = Usted eligió evitar toda esta zona.
area-keep-away = Evitar toda esta zona
area-saved = { $zone }: la app evitará toda esta zona.
areas-title = Zonas que evitar
area-use-again = Volver a usarla
area-use-again-name = Volver a usar: { $zone }
rest-days = Días de descanso de un punto: { $days }

## Registro de inyecciones (historial)

history-title = Registro de inyecciones
history-empty = Aún no hay inyecciones registradas.
history-when = Cuándo
history-where = Dónde
history-dose = Dosis
history-by = Puesta por
history-reaction = Reacción
history-flags = Avisos
history-edit = Editar
history-delete = Borrar
history-delete-confirm = ¿Borrar esta inyección? No se puede deshacer.
history-delete-yes = Sí, borrar
history-cancel = Cancelar
history-save = Guardar cambios
history-updated = Cambios guardados.
history-deleted = Inyección borrada.
history-add-reaction = Añadir una reacción
reaction-redness = Enrojecimiento
reaction-swelling = Hinchazón
reaction-itching = Picor
reaction-pain = Dolor
reaction-other = Otra
reaction-none = Ninguna
reaction-note = Sobre la reacción
flag-too_close = Demasiado cerca
flag-navel_circle = Cerca del ombligo
flag-avoid_mark = Punto marcado

## Exportar e importar

export-title = Compartir con su equipo médico
export-csv = Guardar como CSV
export-pdf = Guardar informe PDF
import-csv = Importar un registro CSV
export-saved = Guardado en { $path }
export-no-dialog = No se pudo abrir la ventana de archivos. El archivo se guardó aquí: { $path }
export-failed = No se pudo guardar el archivo. { $reason }
import-result = Añadidas: { $added }. Omitidas por estar ya en el registro: { $skipped }. Rechazadas: { $rejected }.
import-row = Línea { $line }: { $reason }.
import-more = Y { $count } filas más. La línea de comandos (kineret-coach log import ARCHIVO) las muestra todas.
import-not-log = Este archivo no es un registro de Kineret Coach. No se cambió nada.
import-failed = No se pudo leer el archivo. No se cambió nada. { $reason }
import-no-dialog = No se pudo abrir la ventana de archivos. Para importar un registro, cierre la aplicación y escriba: kineret-coach log import ARCHIVO

## Problemas con el archivo del registro

store-moved = No se pudo leer su archivo de registro. Se guardó aquí: { $path }.
store-restored = En su lugar, se cargó su última copia de seguridad.
store-fresh = Se empezó un registro nuevo y vacío.
store-too-new = Su registro se hizo con una versión más nueva de Kineret Coach. No se cambió. Actualice la app.
store-save-failed = No se pudo guardar su registro. Su registro anterior está a salvo. { $reason }
store-reason-full = El disco está lleno. Deje la app abierta y libere espacio en el disco: su próximo cambio guardará todo lo que ha anotado.
store-reason-read-only = La carpeta de datos es de solo lectura. Deje la app abierta hasta que se pueda escribir en ella: su próximo cambio guardará todo lo que ha anotado.
store-read-only = Ahora mismo no se puede cambiar su registro.
store-locked = Kineret Coach ya está abierto en otra ventana. Solo puede cambiar su registro allí. Cierre la otra ventana y vuelva a empezar.
dismiss = Aceptar

## Otros modos

mode-not-ready = Este modo aún no está listo. Se muestra la pantalla de inicio.

## Números, fechas y el informe PDF

decimal-separator = ,
format-date = %d/%m/%Y
format-time = %H:%M
report-title = Informe de inyecciones de Kineret
report-period = { $days ->
    [one] Último día: del { $from } al { $to }
   *[other] Últimos { $days } días: del { $from } al { $to }
}
report-generated = Hecho el { $date } con Kineret Coach. Para el equipo de salud.
report-table = Inyecciones
report-reactions = Reacciones en la piel
report-no-reactions = No se anotaron reacciones en la piel en este periodo.
report-no-entries = No se anotaron inyecciones en este periodo.
report-count = { $count ->
    [one] 1 inyección anotada en este periodo.
   *[other] { $count } inyecciones anotadas en este periodo.
}
report-footer = Este informe se hizo en el dispositivo del paciente. No guarda ningún nombre.
report-legend-injection = Inyección
report-legend-reaction = Inyección con reacción en la piel
report-summary = Resumen
report-by-zone = Por zona
report-page = Página { $page } de { $pages }

## The log by month, its filters, report periods, opening the folder
month-1 = enero
month-2 = febrero
month-3 = marzo
month-4 = abril
month-5 = mayo
month-6 = junio
month-7 = julio
month-8 = agosto
month-9 = septiembre
month-10 = octubre
month-11 = noviembre
month-12 = diciembre
month-year = { $month } de { $year }
history-prev-month = ‹ { $month }
history-prev-month-name = Volver un mes, a { $month }
history-next-month = { $month } ›
history-next-month-name = Avanzar un mes, a { $month }
# The same month buttons again at the end of a long list: a screen reader tells the two apart.
history-below-list = { $action }, debajo de la lista
history-month-empty = No hay inyecciones en { $month }.
history-filter-reactions = Solo las que tuvieron una reacción en la piel
history-filter-flagged = Solo las anotadas tras un aviso
history-filter-empty = Ninguna inyección de { $month } coincide con lo que eligió.
export-pdf-month = { export-pdf } ({ $month })
export-pdf-whole = Guardar informe PDF (todo el registro)
report-period-month = { $month }: del { $from } al { $to }
report-period-whole = Todo el registro: del { $from } al { $to }
open-folder = Abrir la carpeta
open-folder-failed = No se pudo abrir la carpeta. Su archivo está aquí: { $path }

## Kiosk
kiosk-start = Toque aquí para empezar
kiosk-still-there = ¿Sigue ahí? Se empieza de nuevo en { $seconds } s.
kiosk-still-here = Sigo aquí
kiosk-finish = Ya terminé: empezar de nuevo
kiosk-staff = Solo para el personal: mantenga pulsado aquí 3 segundos
# The clinic's logo on the attract screen, for screen readers.
kiosk-logo = Logotipo de { $clinic }
kiosk-pin-title = PIN del personal
kiosk-pin-entered = { $count ->
    [one] 1 cifra escrita
   *[other] { $count } cifras escritas
}
kiosk-pin-wrong = PIN incorrecto. Inténtelo de nuevo.
kiosk-pin-wait = PIN incorrecto. Espere { $seconds } s y vuelva a intentarlo.
kiosk-pin-ok = Aceptar, comprobar el PIN
kiosk-pin-delete = Borrar la última cifra
kiosk-pin-cancel = Cancelar

## Daily use
nav-get-help = Pedir ayuda
today-suggested = Lugar sugerido hoy: { $zone }.
today-log = Anotar la dosis de hoy
today-open-map = Abrir el mapa del cuerpo
log-dose-required = Primero escriba su dosis, tal como la escribió su médico (por ejemplo 100 mg).
log-second-today = Ya anotó una dosis hoy a las { $time }. ¿Quiere anotar otra?
log-second-day = Ya anotó una dosis el { $date } a las { $time }. ¿Quiere anotar otra?
log-second-why = Kineret se usa una vez al día. Anote una segunda dosis solo si de verdad se la puso (por ejemplo, una dosis dividida que le indicó su médico).
log-second-yes = Sí, anotar otra dosis
log-second-no = No, no anotarla
settings-menu = Ajustes
log-time-typed = O escriba la fecha y la hora (AAAA-MM-DD HH:MM)
log-when-now = Ahora
log-when-earlier = Hoy, más temprano
log-when-yesterday = Ayer
log-when-hour = Hora
log-when-minute = Minuto
map-side-left = I
map-side-right = D
map-sides-note = I es el lado izquierdo de la persona y D el derecho. La vista de frente la mira a usted, como si tuviera a la persona delante.
