<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>About</name>
    <message>
        <source>The program is free software under the GNU General Public License, version 3 or later (GPL-3.0-or-later).</source>
        <translation>El programa es software libre bajo la Licencia Pública General de GNU, versión 3 o posterior (GPL-3.0-or-later).</translation>
    </message>
    <message>
        <source>The handbook&apos;s text is shared under Creative Commons Attribution-ShareAlike 4.0 (CC BY-SA 4.0).</source>
        <translation>El texto del manual se comparte bajo la licencia Creative Commons Atribución-CompartirIgual 4.0 (CC BY-SA 4.0).</translation>
    </message>
    <message>
        <source>The DejaVu Sans font is under its own free licence (the Bitstream Vera licence and DejaVu changes in the public domain).</source>
        <translation>La fuente DejaVu Sans tiene su propia licencia libre (la licencia de Bitstream Vera; los cambios de DejaVu son de dominio público).</translation>
    </message>
    <message>
        <source>Qt for Python (PySide6) is used under the GNU LGPL version 3.</source>
        <translation>Qt for Python (PySide6) se usa bajo la licencia GNU LGPL, versión 3.</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>{first} a {last}</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Versión {version}</translation>
    </message>
    <message>
        <source>A plain-language handbook for people with liver cancer and those who care for them. It works fully offline, and your notes stay on this computer.</source>
        <translation>Un manual en palabras sencillas para personas con cáncer de hígado y para quienes las cuidan. Funciona sin internet, y sus notas se quedan en esta computadora.</translation>
    </message>
    <message>
        <source>Not medical advice.</source>
        <translation>No es consejo médico.</translation>
    </message>
    <message>
        <source>If you feel very unwell, call your care team or your local emergency number.</source>
        <translation>Si se siente muy mal, llame a su equipo de atención médica o al número local de emergencias.</translation>
    </message>
    <message>
        <source>Pages reviewed: {dates}.</source>
        <translation>Páginas revisadas: {dates}.</translation>
    </message>
    <message>
        <source>{pages} pages, {sources} sources, {terms} glossary terms.</source>
        <translation>{pages} páginas, {sources} fuentes, {terms} términos del glosario.</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licencias</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>Acerca del {app}</translation>
    </message>
    <message>
        <source>About this handbook</source>
        <translation>Acerca de este manual</translation>
    </message>
</context>
<context>
    <name>Advice</name>
    <message>
        <source>I have read this</source>
        <translation>Ya lo leí</translation>
    </message>
    <message>
        <source>I have read this advice</source>
        <translation>Ya leí este consejo</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Por qué:</translation>
    </message>
    <message>
        <source>More on the page “{title}”.</source>
        <translation>Más en la página “{title}”.</translation>
    </message>
    <message>
        <source>Open the page</source>
        <translation>Abrir la página</translation>
    </message>
    <message>
        <source>Open the page {title}</source>
        <translation>Abrir la página {title}</translation>
    </message>
</context>
<context>
    <name>AnswerEditor</name>
    <message>
        <source>The chosen question</source>
        <translation>La pregunta elegida</translation>
    </message>
    <message>
        <source>Answ&amp;er you were given:</source>
        <translation>Resp&amp;uesta que le dieron:</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Da&amp;te of the answer:</source>
        <translation>&amp;Fecha de la respuesta:</translation>
    </message>
    <message>
        <source>The answer has a date</source>
        <translation>La respuesta tiene fecha</translation>
    </message>
    <message>
        <source>Date of the answer</source>
        <translation>Fecha de la respuesta</translation>
    </message>
    <message>
        <source>I a&amp;sked this</source>
        <translation>Ya la &amp;hice</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>The handbook&apos;s pages could not be read, so the app cannot start. Your own notes are not affected.

Please reinstall the app or tell its makers. The problems found:

{problems}</source>
        <translation>No se pudieron leer las páginas del manual, así que la aplicación no puede abrirse. Sus notas no se afectan.

Vuelva a instalar la aplicación o avise a quienes la hacen. Los problemas encontrados:

{problems}</translation>
    </message>
    <message>
        <source>The handbook is already open in another window. Please use that window; only one copy at a time can keep your notes safe.</source>
        <translation>El manual ya está abierto en otra ventana. Use esa ventana: solo una copia a la vez puede mantener sus notas a salvo.</translation>
    </message>
    <message>
        <source>Liver Cancer Handbook</source>
        <translation>Manual del cáncer de hígado</translation>
    </message>
    <message>
        <source>{name} cannot start</source>
        <translation>{name} no puede iniciarse</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>{day} {month} {year} at {time}</source>
        <translation>{day} de {month} de {year}, a las {time}</translation>
    </message>
    <message>
        <source>January</source>
        <translation>enero</translation>
    </message>
    <message>
        <source>February</source>
        <translation>febrero</translation>
    </message>
    <message>
        <source>March</source>
        <translation>marzo</translation>
    </message>
    <message>
        <source>April</source>
        <translation>abril</translation>
    </message>
    <message>
        <source>May</source>
        <translation>mayo</translation>
    </message>
    <message>
        <source>June</source>
        <translation>junio</translation>
    </message>
    <message>
        <source>July</source>
        <translation>julio</translation>
    </message>
    <message>
        <source>August</source>
        <translation>agosto</translation>
    </message>
    <message>
        <source>September</source>
        <translation>septiembre</translation>
    </message>
    <message>
        <source>October</source>
        <translation>octubre</translation>
    </message>
    <message>
        <source>November</source>
        <translation>noviembre</translation>
    </message>
    <message>
        <source>December</source>
        <translation>diciembre</translation>
    </message>
    <message>
        <source>no notes</source>
        <translation>ninguna nota</translation>
    </message>
    <message>
        <source>1 note</source>
        <translation>1 nota</translation>
    </message>
    <message>
        <source>{n} notes</source>
        <translation>{n} notas</translation>
    </message>
    <message>
        <source>A daily copy, made by the handbook</source>
        <translation>Una copia diaria, hecha por el manual</translation>
    </message>
    <message>
        <source>Made just before you imported a file</source>
        <translation>Hecha justo antes de que usted importara un archivo</translation>
    </message>
    <message>
        <source>Made just before you deleted all your data</source>
        <translation>Hecha justo antes de que usted borrara todos sus datos</translation>
    </message>
    <message>
        <source>Made just before a backup was put back</source>
        <translation>Hecha justo antes de recuperar una copia de seguridad</translation>
    </message>
    <message>
        <source>Made just before the handbook was updated</source>
        <translation>Hecha justo antes de que se actualizara el manual</translation>
    </message>
    <message>
        <source>A copy of your handbook&apos;s data</source>
        <translation>Una copia de los datos de su manual</translation>
    </message>
    <message>
        <source>1 question</source>
        <translation>1 pregunta</translation>
    </message>
    <message>
        <source>{n} questions</source>
        <translation>{n} preguntas</translation>
    </message>
    <message>
        <source>1 diary entry</source>
        <translation>1 entrada del diario</translation>
    </message>
    <message>
        <source>{n} diary entries</source>
        <translation>{n} entradas del diario</translation>
    </message>
    <message>
        <source>{list} and {last}</source>
        <translation>{list} y {last}</translation>
    </message>
    <message>
        <source>The backup copy from {when}</source>
        <translation>La copia de seguridad del {when}</translation>
    </message>
    <message>
        <source>{kind}, with {holds}.</source>
        <translation>{kind}, con {holds}.</translation>
    </message>
    <message>
        <source>The daily backup could not be made: {reason}</source>
        <translation>No se pudo hacer la copia de seguridad diaria: {reason}</translation>
    </message>
</context>
<context>
    <name>CheckIn</name>
    <message>
        <source>Change a check-in</source>
        <translation>Cambiar una entrada</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Llenar el diario</translation>
    </message>
    <message>
        <source>Answer what applies to you today and skip the rest. Tab goes to the next question, the arrow keys choose an answer, Delete takes it back. Your answers are saved as you go. When you are done, press Done (Ctrl+Enter).</source>
        <translation>Responda lo que se aplica a usted hoy y deje lo demás. Tab pasa a la pregunta siguiente, las flechas eligen una respuesta y Supr la quita. Sus respuestas se guardan mientras avanza. Cuando termine, presione Listo (Ctrl+Enter).</translation>
    </message>
    <message>
        <source>The patient</source>
        <translation>El paciente</translation>
    </message>
    <message>
        <source>A carer or family member</source>
        <translation>Un cuidador o un familiar</translation>
    </message>
    <message>
        <source>Who is answering?</source>
        <translation>¿Quién responde?</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Chosen as in your last check-in. Change it if someone else is answering now.</source>
        <translation>Elegido como en su última entrada. Cámbielo si ahora responde otra persona.</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Cuándo:</translation>
    </message>
    <message>
        <source>Your diary can be read but not changed just now, so this check-in cannot be saved. The diary&apos;s first page says why.</source>
        <translation>Su diario se puede leer pero no cambiar en este momento, así que esta entrada no se puede guardar. La primera página del diario dice por qué.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Save and close (Ctrl+Enter)</source>
        <translation>Guardar y cerrar (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Not saved: {why} Your answers are still here; the app will try again.</source>
        <translation>No se guardó: {why} Sus respuestas siguen aquí; la aplicación lo volverá a intentar.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Nothing answered yet.</source>
        <translation>Todavía no hay respuestas.</translation>
    </message>
    <message>
        <source>One answer needs a look: see the message under it.</source>
        <translation>Hay que revisar una respuesta: vea el mensaje debajo de ella.</translation>
    </message>
    <message>
        <source>Your answers are not saved</source>
        <translation>Sus respuestas no se guardaron</translation>
    </message>
    <message>
        <source>The app could not save this check-in ({why}).

If you close it now, these answers will be lost. Keep it open to try again.</source>
        <translation>La aplicación no pudo guardar esta entrada ({why}).

Si la cierra ahora, se perderán estas respuestas. Déjela abierta para volver a intentarlo.</translation>
    </message>
    <message>
        <source>Close and lose these answers</source>
        <translation>Cerrar y perder estas respuestas</translation>
    </message>
    <message>
        <source>Keep the check-in open</source>
        <translation>Dejar la entrada abierta</translation>
    </message>
    <message>
        <source>°C</source>
        <translation>°C</translation>
    </message>
    <message>
        <source>°F</source>
        <translation>°F</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <source>lb</source>
        <translation>lb</translation>
    </message>
    <message>
        <source>0 is none, 10 is the worst you can imagine.</source>
        <translation>0 es nada, 10 es lo peor que se pueda imaginar.</translation>
    </message>
</context>
<context>
    <name>Core</name>
    <message>
        <source>What you were typing could not be saved first, so nothing was changed: your data is as it was, and your words are still where you typed them. Please try again once they are saved.</source>
        <translation>Lo que estaba escribiendo no se pudo guardar antes, así que no se cambió nada: sus datos siguen como estaban y sus palabras siguen donde las escribió. Vuelva a intentarlo cuando estén guardadas.</translation>
    </message>
</context>
<context>
    <name>Damage</name>
    <message>
        <source>Your handbook can be used again.</source>
        <translation>Su manual se puede usar de nuevo.</translation>
    </message>
    <message>
        <source>It now has {count}.</source>
        <translation>Ahora tiene: {count}.</translation>
    </message>
    <message>
        <source>The damaged file is kept, unchanged, in this folder:
{folder}</source>
        <translation>El archivo dañado se guarda, sin cambios, en esta carpeta:
{folder}</translation>
    </message>
    <message>
        <source>Your notes are usable again</source>
        <translation>Sus notas se pueden usar de nuevo</translation>
    </message>
</context>
<context>
    <name>DataActions</name>
    <message>
        <source>&amp;Export my data…</source>
        <translation>&amp;Exportar mis datos…</translation>
    </message>
    <message>
        <source>&amp;Import my data…</source>
        <translation>I&amp;mportar mis datos…</translation>
    </message>
    <message>
        <source>&amp;Delete all my data…</source>
        <translation>&amp;Borrar todos mis datos…</translation>
    </message>
    <message>
        <source>Export my data</source>
        <translation>Exportar mis datos</translation>
    </message>
    <message>
        <source>Handbook data (*.json)</source>
        <translation>Datos del manual (*.json)</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>No se exportó</translation>
    </message>
    <message>
        <source>Your data was saved to:
{target}

A copy you can read:
{copy}</source>
        <translation>Sus datos se guardaron en:
{target}

Una copia que se puede leer:
{copy}</translation>
    </message>
    <message>
        <source>These files were there before and were replaced: {names}.</source>
        <translation>Estos archivos ya estaban allí y se reemplazaron: {names}.</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportado</translation>
    </message>
    <message>
        <source>Import my data</source>
        <translation>Importar mis datos</translation>
    </message>
    <message>
        <source>Handbook data (*.json);;Handbook backup copies (*.sqlite3)</source>
        <translation>Datos del manual (*.json);;Copias de seguridad del manual (*.sqlite3)</translation>
    </message>
    <message>
        <source>Replace your data with this file?</source>
        <translation>¿Reemplazar sus datos con este archivo?</translation>
    </message>
    <message>
        <source>Importing {name} replaces everything in this app with what is in the file: your notes, your situation, your questions and answers, your diary and your records.

A backup copy of what you have now is made first, so it is not lost.</source>
        <translation>Importar {name} reemplaza todo lo que hay en esta aplicación con lo que hay en el archivo: sus notas, su situación, sus preguntas y respuestas, su diario y sus registros.

Antes se hace una copia de respaldo de lo que tiene ahora, así que no se pierde.</translation>
    </message>
    <message>
        <source>Importing {name} replaces all the notes, your situation and your questions in this app with the ones in the file.

What you have now is copied to a backup file first, so it is not lost.</source>
        <translation type="vanished">Importar {name} reemplaza todas las notas, su situación y sus preguntas de esta aplicación con las del archivo.

Lo que tiene ahora se copia primero en un archivo de copia de seguridad, así que no se pierde.</translation>
    </message>
    <message>
        <source>Replace my data with the file</source>
        <translation>Reemplazar mis datos con el archivo</translation>
    </message>
    <message>
        <source>Keep my data as it is</source>
        <translation>Dejar mis datos como están</translation>
    </message>
    <message>
        <source>Your data was not changed.</source>
        <translation>Sus datos no cambiaron.</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>No se importó</translation>
    </message>
    <message>
        <source>This deletes all your notes, your situation, your questions and answers, your diary and your records from this app.

One backup copy is kept in the app&apos;s data folder, in case you change your mind.</source>
        <translation>Esto borra de esta aplicación todas sus notas, su situación, sus preguntas y respuestas, su diario y sus registros.

Se guarda una copia de seguridad en la carpeta de datos de la aplicación, por si cambia de opinión.</translation>
    </message>
    <message>
        <source>Your notes, your situation, your questions and answers, your diary and your records were deleted from this app.</source>
        <translation>Sus notas, su situación, sus preguntas y respuestas, su diario y sus registros se borraron de esta aplicación.</translation>
    </message>
    <message>
        <source>Your data was replaced with the data in:
{source}</source>
        <translation>Sus datos se reemplazaron con los datos de:
{source}</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <source>Delete all my data?</source>
        <translation>¿Borrar todos mis datos?</translation>
    </message>
    <message>
        <source>Delete all my data</source>
        <translation>Borrar todos mis datos</translation>
    </message>
    <message>
        <source>Keep my data</source>
        <translation>Conservar mis datos</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>No se borró</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Borrado</translation>
    </message>
</context>
<context>
    <name>DataCommands</name>
    <message>
        <source>Your data was imported from {source}. There was no earlier data, so there was nothing to back up.</source>
        <translation>Sus datos se importaron de {source}. No había datos antes, así que no hubo nada que respaldar.</translation>
    </message>
    <message>
        <source>Your data was imported from {source}. A backup of the data you had before was kept as {backup}.</source>
        <translation>Sus datos se importaron de {source}. Se guardó una copia de respaldo de los datos que tenía antes en {backup}.</translation>
    </message>
</context>
<context>
    <name>DataFolder</name>
    <message>
        <source>Please choose another folder with --data-dir, or leave it out to use the usual place.</source>
        <translation>Elija otra carpeta con --data-dir, o no la indique para usar el lugar de siempre.</translation>
    </message>
    <message>
        <source>Please start the handbook again without choosing a folder, to use the usual place, or ask whoever set it up on this computer to choose another folder for your notes.</source>
        <translation>Abra el manual otra vez sin elegir una carpeta, para usar el lugar de siempre, o pida a quien lo instaló en esta computadora que elija otra carpeta para sus notas.</translation>
    </message>
    <message>
        <source>The folder for your notes, {path}, cannot be opened: it belongs to another user account, or you do not have permission to read it.</source>
        <translation>La carpeta de sus notas, {path}, no se puede abrir: pertenece a otra cuenta de usuario, o usted no tiene permiso para leerla.</translation>
    </message>
    <message>
        <source>The folder for your notes, {path}, is a file, not a folder.</source>
        <translation>La carpeta de sus notas, {path}, es un archivo, no una carpeta.</translation>
    </message>
    <message>
        <source>The folder for your notes, {path}, could not be created: {why}.</source>
        <translation>No se pudo crear la carpeta de sus notas, {path}: {why}.</translation>
    </message>
    <message>
        <source>you do not have permission to make a folder there</source>
        <translation>usted no tiene permiso para crear una carpeta allí</translation>
    </message>
    <message>
        <source>a part of that path is a file, not a folder</source>
        <translation>una parte de esa ruta es un archivo, no una carpeta</translation>
    </message>
    <message>
        <source>that disk is read-only</source>
        <translation>ese disco es de solo lectura</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <source>that place does not exist and cannot be made</source>
        <translation>ese lugar no existe y no se puede crear</translation>
    </message>
    <message>
        <source>the system refused</source>
        <translation>el sistema no lo permitió</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>d MMM yyyy, HH:mm</source>
        <comment>a Qt date format</comment>
        <translation>d MMM yyyy, HH:mm</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>a Qt date format</comment>
        <translation>d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
</context>
<context>
    <name>Diary</name>
    <message>
        <source>Get help now</source>
        <translation>Busque ayuda ahora</translation>
    </message>
    <message>
        <source>Call your care team today</source>
        <translation>Llame hoy a su equipo de atención médica</translation>
    </message>
    <message>
        <source>Tell your care team at your next visit</source>
        <translation>Dígaselo a su equipo de atención médica en su próxima cita</translation>
    </message>
    <message>
        <source>Call your local emergency number, or go to the emergency room. Do not drive yourself: call for help, or have someone take you.</source>
        <translation>Llame al número local de emergencias o vaya a la sala de emergencias. No maneje usted: pida ayuda o pídale a alguien que lo lleve.</translation>
    </message>
    <message>
        <source>Call as soon as you can, even at night or at a weekend. Use your team&apos;s 24-hour number.</source>
        <translation>Llame lo antes posible, aunque sea de noche o en fin de semana. Use el número de su equipo que atiende las 24 horas.</translation>
    </message>
    <message>
        <source>This can usually wait for your next visit. If it gets worse, call your care team.</source>
        <translation>Por lo general, esto puede esperar hasta su próxima cita. Si empeora, llame a su equipo de atención médica.</translation>
    </message>
    <message>
        <source>This handbook does not contact anyone for you. Only you or someone with you can call for help.</source>
        <translation>Este manual no se comunica con nadie por usted. Solo usted o alguien que esté con usted puede pedir ayuda.</translation>
    </message>
    <message>
        <source>Your care team&apos;s number: {phone}</source>
        <translation>Número de su equipo de atención médica: {phone}</translation>
    </message>
    <message>
        <source>You have not saved your care team&apos;s number yet. You can add it in the diary&apos;s settings.</source>
        <translation>Todavía no ha guardado el número de su equipo de atención médica. Lo puede agregar en la configuración del diario.</translation>
    </message>
    <message>
        <source>Read more: {title}</source>
        <translation>Más información: {title}</translation>
    </message>
    <message>
        <source>Also:</source>
        <translation>Además:</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Carer</source>
        <translation>Cuidador</translation>
    </message>
    <message>
        <source>{value} out of 10</source>
        <translation>{value} de 10</translation>
    </message>
    <message>
        <source>Please write a number, such as {example}.</source>
        <translation>Escriba un número, por ejemplo {example}.</translation>
    </message>
    <message>
        <source>Please check the number: it should be between {low} and {high}.</source>
        <translation>Revise el número: debe estar entre {low} y {high}.</translation>
    </message>
    <message>
        <source>{typed} looks like {other}, but this diary asks for {unit}. To write {other}, change the unit in Diary settings.</source>
        <translation>{typed} parece estar en {other}, pero este diario pide {unit}. Para escribir en {other}, cambie la unidad en Configuración del diario.</translation>
    </message>
    <message>
        <source>Last 2 weeks</source>
        <translation>Últimas 2 semanas</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>Últimos 3 meses</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Todo el tiempo</translation>
    </message>
    <message>
        <source>{label}: no answers in this period.</source>
        <translation>{label}: no hay respuestas en este período.</translation>
    </message>
    <message>
        <source>{label}: mostly {value}</source>
        <translation>{label}: casi siempre {value}</translation>
    </message>
    <message>
        <source>{label}: mostly {low} to {high}</source>
        <translation>{label}: casi siempre de {low} a {high}</translation>
    </message>
    <message>
        <source>{label}: {value} every time ({days})</source>
        <translation>{label}: {value} todas las veces ({days})</translation>
    </message>
    <message>
        <source>{label}: {value} on {date}, the only day answered</source>
        <translation>{label}: {value} el {date}, el único día con respuesta</translation>
    </message>
    <message>
        <source>, rose to {value} on {dates}</source>
        <translation>, subió a {value} ({dates})</translation>
    </message>
    <message>
        <source>, fell to {value} on {dates}</source>
        <translation>, bajó a {value} ({dates})</translation>
    </message>
    <message>
        <source>{label}: from {first} on {first_date} to {last} on {last_date}</source>
        <translation>{label}: de {first} ({first_date}) a {last} ({last_date})</translation>
    </message>
    <message>
        <source>, highest {value} on {dates}</source>
        <translation>, máximo {value} ({dates})</translation>
    </message>
    <message>
        <source>{label}: yes on {dates}, no on the other days answered</source>
        <translation>{label}: sí ({dates}); no los otros días con respuesta</translation>
    </message>
    <message>
        <source>{label}: yes every time ({days})</source>
        <translation>{label}: sí todas las veces ({days})</translation>
    </message>
    <message>
        <source>{label}: no every time ({days})</source>
        <translation>{label}: no, todas las veces ({days})</translation>
    </message>
    <message>
        <source>{label}: words written on {days}</source>
        <translation>{label}: palabras escritas ({days})</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 día</translation>
    </message>
    <message>
        <source>{count} days</source>
        <translation>{count} días</translation>
    </message>
    <message>
        <source>{count} days, the last on {date}</source>
        <translation>{count} días, el último el {date}</translation>
    </message>
    <message>
        <source>{items} and {last}</source>
        <translation>{items} y {last}</translation>
    </message>
    <message>
        <source>{day} {month}</source>
        <translation>{day} {month}</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation>{day} {month} {year}</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>ene</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>feb</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>mar</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>abr</translation>
    </message>
    <message>
        <source>May</source>
        <translation>may</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>jun</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>jul</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>ago</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>sept</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>oct</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>nov</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>dic</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Palabras</translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation>Quién respondió</translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation>Señales de alerta</translation>
    </message>
    <message>
        <source>No answers in this period.</source>
        <translation>No hay respuestas en este período.</translation>
    </message>
    <message>
        <source>{label}: {period}</source>
        <translation>{label}: {period}</translation>
    </message>
    <message>
        <source>Started {name}</source>
        <translation>Inicio de {name}</translation>
    </message>
    <message>
        <source>Stopped {name}</source>
        <translation>Fin de {name}</translation>
    </message>
    <message>
        <source>Triangles mark days with a warning sign.</source>
        <translation>Los triángulos marcan los días con una señal de alerta.</translation>
    </message>
    <message>
        <source>{label} ({when}, day not known)</source>
        <translation>{label} ({when}, sin saber el día)</translation>
    </message>
    <message>
        <source>{month} {year}</source>
        <translation>{month} de {year}</translation>
    </message>
    <message>
        <source>between {first} and {last}</source>
        <translation>entre el {first} y el {last}</translation>
    </message>
    <message>
        <source>Example person (made up)</source>
        <translation>Persona de ejemplo (inventada)</translation>
    </message>
    <message>
        <source>Call {name}. After hours: {after}. Daytime: {day}.</source>
        <translation>Llame a {name}. Fuera de horario: {after}. De día: {day}.</translation>
    </message>
    <message>
        <source>Call {name}: {phone}</source>
        <translation>Llame a {name}: {phone}</translation>
    </message>
    <message>
        <source>Call {name}. Their phone number is not in My records yet.</source>
        <translation>Llame a {name}. Su número de teléfono todavía no está en Mis registros.</translation>
    </message>
    <message>
        <source>1 answer</source>
        <translation>1 respuesta</translation>
    </message>
    <message>
        <source>{count} answers</source>
        <translation>{count} respuestas</translation>
    </message>
    <message>
        <source>{date}, {time}</source>
        <translation>{date}, {time}</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>lun</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>mar</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>mié</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>jue</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>vie</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>sáb</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>dom</translation>
    </message>
</context>
<context>
    <name>DiaryActions</name>
    <message>
        <source>Check &amp;in to my diary…</source>
        <translation>&amp;Llenar mi diario…</translation>
    </message>
    <message>
        <source>Save my diary as a &amp;spreadsheet…</source>
        <translation>Guardar mi diario como &amp;hoja de cálculo…</translation>
    </message>
    <message>
        <source>Save my diary as a spreadsheet</source>
        <translation>Guardar mi diario como hoja de cálculo</translation>
    </message>
    <message>
        <source>Spreadsheet (CSV) (*.csv)</source>
        <translation>Hoja de cálculo (CSV) (*.csv)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No se guardó</translation>
    </message>
    <message>
        <source>Diary saved</source>
        <translation>Diario guardado</translation>
    </message>
    <message>
        <source>Your diary was saved as a spreadsheet file:
{path}

It opens in a spreadsheet program such as LibreOffice Calc or Excel. It holds your health details: keep it somewhere private.</source>
        <translation>Su diario se guardó como archivo de hoja de cálculo:
{path}

Se abre en un programa de hojas de cálculo, como LibreOffice Calc o Excel. Tiene sus datos de salud: guárdelo en un lugar privado.</translation>
    </message>
</context>
<context>
    <name>DiaryEntries</name>
    <message>
        <source>Answered by: {who}</source>
        <translation>Respondió: {who}</translation>
    </message>
    <message>
        <source>(No answers in this check-in.)</source>
        <translation>(No hay respuestas en esta entrada.)</translation>
    </message>
    <message>
        <source>Past check-ins, newest first</source>
        <translation>Entradas anteriores, de la más nueva a la más antigua</translation>
    </message>
    <message>
        <source>The chosen check-in</source>
        <translation>La entrada elegida</translation>
    </message>
    <message>
        <source>Change this check-in…</source>
        <translation>Cambiar esta entrada…</translation>
    </message>
    <message>
        <source>Delete this check-in</source>
        <translation>Borrar esta entrada</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Undo: put the check-in back</source>
        <translation>Deshacer: volver a poner la entrada</translation>
    </message>
    <message>
        <source>Past check-ins</source>
        <translation>Entradas anteriores</translation>
    </message>
    <message>
        <source>Your diary cannot be shown just now: {why}</source>
        <translation>Su diario no se puede mostrar en este momento: {why}</translation>
    </message>
    <message>
        <source>the data could not be opened.</source>
        <translation>no se pudieron abrir los datos.</translation>
    </message>
    <message>
        <source>Deleted the check-in of {when}.</source>
        <translation>Se borró la entrada del {when}.</translation>
    </message>
</context>
<context>
    <name>DiaryOverview</name>
    <message>
        <source>My diary</source>
        <translation>Mi diario</translation>
    </message>
    <message>
        <source>A short check-in on how you are: about two minutes. Do it every day, or whenever something changes; a carer can answer too. The diary shows how things change over time, says when a change needs a call to your care team, and goes into your visit report. It stays on this computer: the app sends it nowhere and contacts no one.</source>
        <translation>Una entrada corta sobre cómo está: unos dos minutos. Llénela todos los días, o cuando algo cambie; un cuidador también puede responder. El diario muestra cómo cambian las cosas con el tiempo, le dice cuándo un cambio necesita una llamada a su equipo de atención médica, y entra en su informe para la cita. Se queda en esta computadora: la aplicación no lo envía a ningún lado y no se comunica con nadie.</translation>
    </message>
    <message>
        <source>Check in now ({key})</source>
        <translation>Llenar el diario ahora ({key})</translation>
    </message>
    <message>
        <source>Change the last check-in…</source>
        <translation>Cambiar la última entrada…</translation>
    </message>
    <message>
        <source>Diary settings…</source>
        <translation>Configuración del diario…</translation>
    </message>
    <message>
        <source>Which questions to ask, your own items, units, your care team&apos;s number</source>
        <translation>Qué preguntas hacer, sus propias preguntas, las unidades, el número de su equipo de atención médica</translation>
    </message>
    <message>
        <source>Save as a spreadsheet…</source>
        <translation>Guardar como hoja de cálculo…</translation>
    </message>
    <message>
        <source>Save the whole diary as a CSV file for a spreadsheet</source>
        <translation>Guardar todo el diario como archivo CSV para una hoja de cálculo</translation>
    </message>
    <message>
        <source>Your diary cannot be opened just now.</source>
        <translation>Su diario no se puede abrir en este momento.</translation>
    </message>
    <message>
        <source>Your diary is shown as it was saved, but it cannot be changed just now: {why}</source>
        <translation>Su diario se muestra tal como se guardó, pero no se puede cambiar en este momento: {why}</translation>
    </message>
    <message>
        <source>the data can only be read.</source>
        <translation>los datos solo se pueden leer.</translation>
    </message>
    <message>
        <source>No check-ins yet.</source>
        <translation>Todavía no hay entradas.</translation>
    </message>
    <message>
        <source>Last check-in: {line}</source>
        <translation>Última entrada: {line}</translation>
    </message>
    <message>
        <source>About your check-in of {when}, which you changed. Do this if things are still like this.</source>
        <translation>Sobre su entrada del {when}, que usted cambió. Haga esto si las cosas siguen así.</translation>
    </message>
    <message>
        <source>About your check-in of {when}.</source>
        <translation>Sobre su entrada del {when}.</translation>
    </message>
    <message>
        <source>Your diary cannot be shown just now: {why}</source>
        <translation>Su diario no se puede mostrar en este momento: {why}</translation>
    </message>
</context>
<context>
    <name>DiarySettings</name>
    <message>
        <source>°C (Celsius)</source>
        <translation>°C (Celsius)</translation>
    </message>
    <message>
        <source>°F (Fahrenheit)</source>
        <translation>°F (Fahrenheit)</translation>
    </message>
    <message>
        <source>kg (kilograms)</source>
        <translation>kg (kilogramos)</translation>
    </message>
    <message>
        <source>lb (pounds)</source>
        <translation>lb (libras)</translation>
    </message>
    <message>
        <source>Diary settings</source>
        <translation>Configuración del diario</translation>
    </message>
    <message>
        <source>Changes are saved as you make them. Turning a question off only stops it being asked: its past answers stay in your diary.</source>
        <translation>Los cambios se guardan en cuanto los hace. Apagar una pregunta solo hace que ya no se pregunte: sus respuestas anteriores se quedan en su diario.</translation>
    </message>
    <message>
        <source>Questions the check-in asks</source>
        <translation>Preguntas que hace el diario</translation>
    </message>
    <message>
        <source>Your diary can be read but not changed just now, so these settings cannot be changed.</source>
        <translation>Su diario se puede leer pero no cambiar en este momento, así que esta configuración no se puede cambiar.</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unidades</translation>
    </message>
    <message>
        <source>Temperature:</source>
        <translation>Temperatura:</translation>
    </message>
    <message>
        <source>Weight:</source>
        <translation>Peso:</translation>
    </message>
    <message>
        <source>{kind} {unit}</source>
        <translation>{kind} {unit}</translation>
    </message>
    <message>
        <source>Your care team&apos;s phone number</source>
        <translation>Número de teléfono de su equipo de atención médica</translation>
    </message>
    <message>
        <source>Shown when a check-in meets a warning sign. If you chose the one to call in My records, their number is shown instead. The app never calls or sends anything itself.</source>
        <translation>Se muestra cuando una entrada tiene una señal de alerta. Si eligió en Mis registros a quién llamar, se muestra el número de esa persona. La aplicación nunca llama ni envía nada por su cuenta.</translation>
    </message>
    <message>
        <source>Not saved: {why}</source>
        <translation>No se guardó: {why}</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>The message after a warning sign says: {line}</source>
        <translation>El mensaje después de una señal de alerta dice: {line}</translation>
    </message>
    <message>
        <source>Add an item of your own</source>
        <translation>Agregar una pregunta suya</translation>
    </message>
    <message>
        <source>Something else you want to keep an eye on, answered from 0 (none) to 10 (the worst).</source>
        <translation>Algo más que quiera vigilar, con respuestas de 0 (nada) a 10 (lo peor).</translation>
    </message>
    <message>
        <source>Name of your own item</source>
        <translation>Nombre de su propia pregunta</translation>
    </message>
    <message>
        <source>For example: leg cramps</source>
        <translation>Por ejemplo: calambres en las piernas</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Agregar</translation>
    </message>
    <message>
        <source>Add this item</source>
        <translation>Agregar esta pregunta</translation>
    </message>
    <message>
        <source>{name} (your own item)</source>
        <translation>{name} (su propia pregunta)</translation>
    </message>
    <message>
        <source>Ask: {label}</source>
        <translation>Preguntar: {label}</translation>
    </message>
    <message>
        <source>“{name}” is no longer one of your items: your data was replaced (a backup copy put back, or an import). The list now shows the questions there are.</source>
        <translation>“{name}” ya no es una de sus preguntas: sus datos fueron reemplazados (se recuperó una copia de seguridad o se importaron datos). La lista muestra ahora las preguntas que hay.</translation>
    </message>
    <message>
        <source>Please write a name for your item first.</source>
        <translation>Primero escriba un nombre para su pregunta.</translation>
    </message>
    <message>
        <source>That item could not be added: {why}</source>
        <translation>No se pudo agregar esa pregunta: {why}</translation>
    </message>
    <message>
        <source>Added “{name}”: the check-in asks it from now on.</source>
        <translation>Se agregó “{name}”: el diario la pregunta desde ahora.</translation>
    </message>
</context>
<context>
    <name>DiaryTrends</name>
    <message>
        <source>Item to show</source>
        <translation>Pregunta que se muestra</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <source>Show: {period}</source>
        <translation>Mostrar: {period}</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Gráfica</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <source>Show as: {how}</source>
        <translation>Mostrar como: {how}</translation>
    </message>
    <message>
        <source>&amp;Item:</source>
        <translation>Pre&amp;gunta:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Período:</translation>
    </message>
    <message>
        <source>Show as:</source>
        <translation>Mostrar como:</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Cambios en el tiempo</translation>
    </message>
    <message>
        <source>Solid lines mark when a treatment started, dashed lines when it stopped. A thin bracket along the top means only the month (or the year) is known, not the day.</source>
        <translation>Las líneas continuas marcan cuándo empezó un tratamiento, y las discontinuas, cuándo terminó. Un corchete fino arriba quiere decir que solo se sabe el mes (o el año), no el día.</translation>
    </message>
    <message>
        <source>{label} (not asked now)</source>
        <translation>{label} (ya no se pregunta)</translation>
    </message>
    <message>
        <source>Nothing to show yet.</source>
        <translation>Todavía no hay nada que mostrar.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Every answer in this period, newest first</source>
        <translation>Todas las respuestas de este período, de la más nueva a la más antigua</translation>
    </message>
    <message>
        <source>This chart could not be shown. The table may still show the answers.</source>
        <translation>No se pudo mostrar este gráfico. Puede que la tabla sí muestre las respuestas.</translation>
    </message>
</context>
<context>
    <name>DiaryView</name>
    <message>
        <source>My diary</source>
        <translation>Mi diario</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Llenar el diario</translation>
    </message>
    <message>
        <source>Check in now, and what to do after a warning sign</source>
        <translation>Llenar el diario ahora, y qué hacer después de una señal de alerta</translation>
    </message>
    <message>
        <source>Past check-ins</source>
        <translation>Entradas anteriores</translation>
    </message>
    <message>
        <source>Every check-in, newest first; change or delete one</source>
        <translation>Todas las entradas, de la más nueva a la más antigua; cambie o borre una</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Cambios en el tiempo</translation>
    </message>
    <message>
        <source>A chart, a table and a summary for each item</source>
        <translation>Una gráfica, una tabla y un resumen de cada pregunta</translation>
    </message>
</context>
<context>
    <name>Entries</name>
    <message>
        <source>Questions: {topic}</source>
        <translation>Preguntas: {topic}</translation>
    </message>
    <message numerus="yes">
        <source>These %n pages are marked for your situation. They are also marked with a star in each tab. To change what applies to you, use &lt;b&gt;My situation&lt;/b&gt; in the &lt;b&gt;View&lt;/b&gt; menu.</source>
        <translation>
            <numerusform>Esta página está marcada para su situación. También tiene una estrella en su pestaña. Para cambiar lo que se aplica a usted, use &lt;b&gt;Mi situación&lt;/b&gt; en el menú &lt;b&gt;Ver&lt;/b&gt;.</numerusform>
            <numerusform>Estas %n páginas están marcadas para su situación. También tienen una estrella en cada pestaña. Para cambiar lo que se aplica a usted, use &lt;b&gt;Mi situación&lt;/b&gt; en el menú &lt;b&gt;Ver&lt;/b&gt;.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tell the handbook what applies to you, and the pages meant for you will be listed here. Use &lt;b&gt;My situation&lt;/b&gt; in the &lt;b&gt;View&lt;/b&gt; menu. It is optional, and it stays on this computer.</source>
        <translation>Dígale al manual lo que se aplica a usted, y aquí verá las páginas pensadas para usted. Use &lt;b&gt;Mi situación&lt;/b&gt; en el menú &lt;b&gt;Ver&lt;/b&gt;. Es opcional, y se queda en esta computadora.</translation>
    </message>
    <message>
        <source>About this list</source>
        <translation>Acerca de esta lista</translation>
    </message>
    <message>
        <source>What this list is</source>
        <translation>Qué es esta lista</translation>
    </message>
</context>
<context>
    <name>Example</name>
    <message>
        <source>The example person&apos;s data could not be made: {why}

Your own data was not touched.</source>
        <translation>No se pudieron crear los datos de la persona de ejemplo: {why}

Sus propios datos no se tocaron.</translation>
    </message>
    <message>
        <source>EXAMPLE, a made-up person – {app}</source>
        <translation>EJEMPLO, una persona inventada – {app}</translation>
    </message>
    <message>
        <source>EXAMPLE: a made-up person, not your data. Changes here are not kept.</source>
        <translation>EJEMPLO: una persona inventada, no sus datos. Lo que cambie aquí no se conserva.</translation>
    </message>
    <message>
        <source>A made-up person&apos;s diary, records, questions and notes, to show what the handbook can do. Your own data is not shown here and is not changed. What you change here is thrown away when you close this window.</source>
        <translation>El diario, los registros, las preguntas y las notas de una persona inventada, para mostrar lo que puede hacer el manual. Sus propios datos no se muestran aquí y no cambian. Lo que cambie aquí se borra al cerrar esta ventana.</translation>
    </message>
    <message>
        <source>Close the example</source>
        <translation>Cerrar el ejemplo</translation>
    </message>
    <message>
        <source>The example could not be opened</source>
        <translation>No se pudo abrir el ejemplo</translation>
    </message>
    <message>
        <source>Saved for now. Changes to the example are not kept after it closes.</source>
        <translation>Guardado por ahora. Los cambios en el ejemplo no se conservan después de cerrarlo.</translation>
    </message>
</context>
<context>
    <name>GlossaryView</name>
    <message>
        <source>Find a word</source>
        <translation>Buscar una palabra</translation>
    </message>
    <message>
        <source>Find a word in the glossary</source>
        <translation>Buscar una palabra en el glosario</translation>
    </message>
    <message>
        <source>No word in the glossary matches.</source>
        <translation>Ninguna palabra del glosario coincide.</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>This file cannot be imported: {problem} Nothing has been changed.</source>
        <translation>Este archivo no se puede importar: {problem} No se cambió nada.</translation>
    </message>
    <message>
        <source>it has no &apos;format&apos; saying so</source>
        <translation>no tiene un &apos;format&apos; que lo diga</translation>
    </message>
    <message>
        <source>its &apos;format&apos; is not &apos;liverbook-user-data&apos;</source>
        <translation>su &apos;format&apos; no es &apos;liverbook-user-data&apos;</translation>
    </message>
    <message>
        <source>it was made by a newer version of the handbook (format version {found}; this version reads up to {known}). Please update the handbook and try again.</source>
        <translation>lo hizo una versión más nueva del manual (versión de formato {found}; esta versión lee hasta la {known}). Actualice el manual y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>it is not a Liver Cancer Handbook export.</source>
        <translation>no es una exportación del Manual del cáncer de hígado.</translation>
    </message>
    <message>
        <source>it is not a Liver Cancer Handbook export ({why}).</source>
        <translation>no es una exportación del Manual del cáncer de hígado ({why}).</translation>
    </message>
    <message>
        <source>it does not hold the export&apos;s data</source>
        <translation>no contiene los datos de una exportación</translation>
    </message>
    <message>
        <source>the file could not be read ({why}).</source>
        <translation>no se pudo leer el archivo ({why}).</translation>
    </message>
    <message>
        <source>the file could not be found.</source>
        <translation>no se encontró el archivo.</translation>
    </message>
    <message>
        <source>it cannot be reached</source>
        <translation>no se puede acceder a él</translation>
    </message>
    <message>
        <source>it is a folder, not a file.</source>
        <translation>es una carpeta, no un archivo.</translation>
    </message>
    <message>
        <source>it is a device, a pipe or a socket, not an ordinary file</source>
        <translation>es un dispositivo, una tubería o un socket, no un archivo común</translation>
    </message>
    <message>
        <source>it is not an ordinary file</source>
        <translation>no es un archivo común</translation>
    </message>
    <message>
        <source>a read error</source>
        <translation>un error de lectura</translation>
    </message>
    <message>
        <source>it is larger than 20 MB, much larger than any handbook export.</source>
        <translation>ocupa más de 20 MB, mucho más que cualquier exportación del manual.</translation>
    </message>
    <message>
        <source>it is a PDF document, such as a printed summary</source>
        <translation>es un documento PDF, como un resumen impreso</translation>
    </message>
    <message>
        <source>it is not a text file</source>
        <translation>no es un archivo de texto</translation>
    </message>
    <message>
        <source>it is the readable copy of an export (the .md file). Please import the .json file that was saved beside it.</source>
        <translation>es la copia legible de una exportación (el archivo .md). Importe el archivo .json que se guardó a su lado.</translation>
    </message>
    <message>
        <source>it is not in the export&apos;s format: the first problem is on line {line}</source>
        <translation>no tiene el formato de una exportación: el primer problema está en la línea {line}</translation>
    </message>
    <message>
        <source>its JSON is nested far too deeply</source>
        <translation>su JSON tiene demasiados niveles anidados</translation>
    </message>
</context>
<context>
    <name>IndexSources</name>
    <message>
        <source>Diary entry of {day}</source>
        <translation>Entrada del diario del {day}</translation>
    </message>
    <message>
        <source>Medicine: {name}</source>
        <translation>Medicamento: {name}</translation>
    </message>
    <message>
        <source>Treatment: {name}</source>
        <translation>Tratamiento: {name}</translation>
    </message>
    <message>
        <source>Care team: {name}</source>
        <translation>Equipo de atención médica: {name}</translation>
    </message>
    <message>
        <source>Visit on {day}</source>
        <translation>Cita del {day}</translation>
    </message>
    <message>
        <source>Test result: {name} ({day})</source>
        <translation>Resultado de análisis: {name} ({day})</translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <source>Plus</source>
        <translation>Más</translation>
    </message>
    <message>
        <source>Minus</source>
        <translation>Menos</translation>
    </message>
    <message>
        <source>Equals</source>
        <translation>Igual</translation>
    </message>
    <message>
        <source>Left arrow</source>
        <translation>←</translation>
    </message>
    <message>
        <source>Right arrow</source>
        <translation>→</translation>
    </message>
    <message>
        <source>Up arrow</source>
        <translation>Flecha arriba</translation>
    </message>
    <message>
        <source>Down arrow</source>
        <translation>Flecha abajo</translation>
    </message>
    <message>
        <source>Page Up</source>
        <translation>Re Pág</translation>
    </message>
    <message>
        <source>Page Down</source>
        <translation>Av Pág</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supr</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Backspace</source>
        <translation>Retroceso</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Intro</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espacio</translation>
    </message>
    <message>
        <source>Ctrl</source>
        <translation>Ctrl</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Mayús</translation>
    </message>
    <message>
        <source>Alt</source>
        <translation>Alt</translation>
    </message>
    <message>
        <source>Meta</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>The handbook will be in {language} the next time it starts.</source>
        <translation>El manual estará en {language} la próxima vez que se abra.</translation>
    </message>
    <message>
        <source>Same as this &amp;computer</source>
        <translation>Igual que esta &amp;computadora</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>This handbook explains. It does not replace your care team&apos;s advice.</source>
        <translation>Este manual explica. No reemplaza los consejos de su equipo de atención médica.</translation>
    </message>
    <message>
        <source>It does not replace your care team&apos;s advice.</source>
        <translation>No reemplaza los consejos de su equipo de atención médica.</translation>
    </message>
    <message>
        <source>Free help lines</source>
        <translation>Líneas de ayuda gratuitas</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No se guardó</translation>
    </message>
    <message>
        <source>Your latest words are not saved</source>
        <translation>Sus últimas palabras no se guardaron</translation>
    </message>
    <message>
        <source>The app could not save your latest note or answer (the notes pane says why).

If you quit now, those words will be lost. Keep the app open to copy them somewhere safe first, or to try again.</source>
        <translation type="vanished">La aplicación no pudo guardar su última nota o respuesta (el panel de notas dice por qué).

Si sale ahora, esas palabras se perderán. Deje la aplicación abierta para copiarlas primero en un lugar seguro, o para intentarlo de nuevo.</translation>
    </message>
    <message>
        <source>Quit and lose those words</source>
        <translation>Salir y perder esas palabras</translation>
    </message>
    <message>
        <source>Keep the app open</source>
        <translation>Dejar la aplicación abierta</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Prepare for a visit…</source>
        <translation>&amp;Prepararse para una cita…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>My &amp;situation…</source>
        <translation>Mi &amp;situación…</translation>
    </message>
    <message>
        <source>No&amp;tes pane</source>
        <translation>&amp;Panel de notas</translation>
    </message>
    <message>
        <source>&amp;New note</source>
        <translation>&amp;Nota nueva</translation>
    </message>
    <message>
        <source>Note on this &amp;page</source>
        <translation>N&amp;ota sobre esta página</translation>
    </message>
    <message>
        <source>&amp;Colours</source>
        <translation>&amp;Colores</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>&amp;{number} {tab}</source>
        <translation>&amp;{number} {tab}</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Help lines and trusted resources</source>
        <translation>&amp;Líneas de ayuda y recursos de confianza</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>&amp;Welcome</source>
        <translation>&amp;Bienvenida</translation>
    </message>
    <message>
        <source>&amp;Explore with an example person</source>
        <translation>&amp;Explorar con una persona de ejemplo</translation>
    </message>
    <message>
        <source>&amp;Not medical advice</source>
        <translation>&amp;No es consejo médico</translation>
    </message>
    <message>
        <source>&amp;About {app}</source>
        <translation>Acerca &amp;del {app}</translation>
    </message>
</context>
<context>
    <name>MyQuestions</name>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>A question that is no longer in the handbook</source>
        <translation>Una pregunta que ya no está en el manual</translation>
    </message>
    <message>
        <source>Choose a question in the list to write down its answer.</source>
        <translation>Elija una pregunta de la lista para anotar su respuesta.</translation>
    </message>
    <message>
        <source>The questions you chose, in the order you want to ask them. Write down the answers you are given; they are saved as you type.</source>
        <translation>Las preguntas que eligió, en el orden en que quiere hacerlas. Anote las respuestas que le den: se guardan mientras escribe.</translation>
    </message>
    <message>
        <source>My questions, in order</source>
        <translation>Mis preguntas, en orden</translation>
    </message>
    <message>
        <source>&amp;Move up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Move the chosen question up (Ctrl+Up)</source>
        <translation>Subir la pregunta elegida (Ctrl+Arriba)</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Ba&amp;jar</translation>
    </message>
    <message>
        <source>Move the chosen question down (Ctrl+Down)</source>
        <translation>Bajar la pregunta elegida (Ctrl+Abajo)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Take it off the list (Delete)</source>
        <translation>Quitarla de la lista (Supr)</translation>
    </message>
    <message>
        <source>New &amp;question:</source>
        <translation>Nueva pre&amp;gunta:</translation>
    </message>
    <message>
        <source>Your own question</source>
        <translation>Su propia pregunta</translation>
    </message>
    <message>
        <source>Type a question of your own</source>
        <translation>Escriba una pregunta suya</translation>
    </message>
    <message>
        <source>&amp;Add my own question</source>
        <translation>Agr&amp;egar mi propia pregunta</translation>
    </message>
    <message>
        <source>Put it at the end of the list</source>
        <translation>Ponerla al final de la lista</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Estado del guardado</translation>
    </message>
    <message>
        <source>My questions</source>
        <translation>Mis preguntas</translation>
    </message>
    <message>
        <source>{number}. {question}  (asked)</source>
        <translation>{number}. {question}  (ya la hice)</translation>
    </message>
    <message>
        <source>{number}. {question}</source>
        <translation>{number}. {question}</translation>
    </message>
    <message>
        <source>Type your question in the box first, then add it.</source>
        <translation>Primero escriba su pregunta en el cuadro y después agréguela.</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>Back to where you were before the last link or jump</source>
        <translation>Volver a donde estaba antes del último enlace o salto</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>A&amp;delante</translation>
    </message>
</context>
<context>
    <name>NotesDock</name>
    <message>
        <source>My notes</source>
        <translation>Mis notas</translation>
    </message>
</context>
<context>
    <name>NotesModel</name>
    <message>
        <source>(empty note)</source>
        <translation>(nota vacía)</translation>
    </message>
    <message>
        <source>{date}, {time}</source>
        <translation>{date}, {time}</translation>
    </message>
    <message>
        <source>On: {page}</source>
        <translation>Sobre: {page}</translation>
    </message>
    <message>
        <source>General note</source>
        <translation>Nota general</translation>
    </message>
</context>
<context>
    <name>NotesPane</name>
    <message>
        <source>Read-only notice</source>
        <translation>Aviso de solo lectura</translation>
    </message>
    <message>
        <source>&amp;New note</source>
        <translation>&amp;Nota nueva</translation>
    </message>
    <message>
        <source>Start a general note (Ctrl+N)</source>
        <translation>Empezar una nota general (Ctrl+N)</translation>
    </message>
    <message>
        <source>Note on this &amp;page</source>
        <translation>Nota sobre esta &amp;página</translation>
    </message>
    <message>
        <source>Start a note attached to the page you are reading</source>
        <translation>Empezar una nota unida a la página que está leyendo</translation>
    </message>
    <message>
        <source>Filter notes</source>
        <translation>Filtrar notas</translation>
    </message>
    <message>
        <source>All my notes, newest first</source>
        <translation>Todas mis notas, de la más nueva a la más antigua</translation>
    </message>
    <message>
        <source>General note</source>
        <translation>Nota general</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Texto de la nota</translation>
    </message>
    <message>
        <source>Write here. Your words are saved on this computer as you type.</source>
        <translation>Escriba aquí. Sus palabras se guardan en esta computadora mientras escribe.</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Estado del guardado</translation>
    </message>
    <message>
        <source>&amp;Delete note</source>
        <translation>&amp;Borrar nota</translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <translation>&amp;Deshacer el borrado</translation>
    </message>
    <message>
        <source>Note on: {page}</source>
        <translation>Nota sobre: {page}</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Not saved yet: {reason} Your text is kept here; trying again.</source>
        <translation>Todavía no se guardó: {reason} Su texto se queda aquí; se volverá a intentar.</translation>
    </message>
    <message>
        <source>Not saved yet: {reason} Your text is kept here.</source>
        <translation>Todavía no se guardó: {reason} Su texto se queda aquí.</translation>
    </message>
    <message>
        <source>Write here. In the example, your words are kept only until it closes.</source>
        <translation>Escriba aquí. En el ejemplo, sus palabras se conservan solo hasta cerrarlo.</translation>
    </message>
    <message>
        <source>Read only: your notes are shown as saved; changes cannot be saved.</source>
        <translation>Solo lectura: sus notas se muestran como se guardaron; los cambios no se pueden guardar.</translation>
    </message>
    <message>
        <source>This note had no words left, so it was taken off your list. Ctrl+Z or Undo delete brings its words back.</source>
        <translation>Esta nota se quedó sin palabras, así que se quitó de su lista. Ctrl+Z o Deshacer el borrado trae sus palabras de vuelta.</translation>
    </message>
    <message>
        <source>New note: start typing.</source>
        <translation>Nota nueva: empiece a escribir.</translation>
    </message>
    <message>
        <source>Saved on this computer.</source>
        <translation>Guardado en esta computadora.</translation>
    </message>
    <message>
        <source>Not deleted: {reason}</source>
        <translation>No se borró: {reason}</translation>
    </message>
    <message>
        <source>Note deleted. You can undo this.</source>
        <translation>Nota borrada. Puede deshacer esto.</translation>
    </message>
    <message>
        <source>Could not undo: {reason}</source>
        <translation>No se pudo deshacer: {reason}</translation>
    </message>
    <message>
        <source>Read only: the folder your notes are kept in cannot be written to. Your notes are shown as they were saved; changes cannot be saved.</source>
        <translation>Solo lectura: no se puede escribir en la carpeta donde se guardan sus notas. Sus notas se muestran como se guardaron; los cambios no se pueden guardar.</translation>
    </message>
    <message>
        <source>Your notes are read only here: choose one in the list to read it.</source>
        <translation>Aquí sus notas son de solo lectura: elija una de la lista para leerla.</translation>
    </message>
</context>
<context>
    <name>Outline</name>
    <message>
        <source>Go to: {words}</source>
        <translation>Ir a: {words}</translation>
    </message>
    <message>
        <source>Word: {words}</source>
        <translation>Palabra: {words}</translation>
    </message>
    <message>
        <source>Web address: {host}</source>
        <translation>Dirección web: {host}</translation>
    </message>
    <message>
        <source>Section: {words}</source>
        <translation>Sección: {words}</translation>
    </message>
    <message>
        <source>Link to the page {words}</source>
        <translation>Enlace a la página {words}</translation>
    </message>
    <message>
        <source>Glossary word {words}: shows what it means</source>
        <translation>Palabra del glosario {words}: muestra lo que quiere decir</translation>
    </message>
    <message>
        <source>Web address {address}: shows it to copy</source>
        <translation>Dirección web {address}: la muestra para copiarla</translation>
    </message>
    <message>
        <source>On th&amp;is page</source>
        <translation>En es&amp;ta página</translation>
    </message>
    <message>
        <source>On this page</source>
        <translation>En esta página</translation>
    </message>
    <message>
        <source>The sections and links of the page. Enter goes to one.</source>
        <translation>Las secciones y los enlaces de la página. Enter lleva a uno.</translation>
    </message>
</context>
<context>
    <name>OutsideLink</name>
    <message>
        <source>An address outside the handbook</source>
        <translation>Una dirección fuera del manual</translation>
    </message>
    <message>
        <source>This handbook works without the internet and does not open web pages. If you want to read this page, copy the address and open it in your web browser, or write it down to look at later.</source>
        <translation>Este manual funciona sin internet y no abre páginas web. Si quiere leer esta página, copie la dirección y ábrala en su navegador de internet, o anótela para verla más tarde.</translation>
    </message>
    <message>
        <source>The address</source>
        <translation>La dirección</translation>
    </message>
    <message>
        <source>&amp;Copy address</source>
        <translation>&amp;Copiar la dirección</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Print the visit report</source>
        <translation>Imprimir el informe para la cita</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>¿Reemplazar el archivo?</translation>
    </message>
    <message>
        <source>There is already a file called {name} in {folder}.

If you replace it, what is in it now will be lost.</source>
        <translation>Ya hay un archivo llamado {name} en {folder}.

Si lo reemplaza, se perderá lo que tiene ahora.</translation>
    </message>
    <message>
        <source>Replace the file</source>
        <translation>Reemplazar el archivo</translation>
    </message>
    <message>
        <source>Keep the old file</source>
        <translation>Conservar el archivo anterior</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Buscar en:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Archivos de &amp;tipo:</translation>
    </message>
</context>
<context>
    <name>QShortcut</name>
    <message>
        <source>Ctrl</source>
        <translation>Ctrl</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Mayús</translation>
    </message>
    <message>
        <source>Alt</source>
        <translation>Alt</translation>
    </message>
    <message>
        <source>Meta</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espacio</translation>
    </message>
    <message>
        <source>Backspace</source>
        <translation>Retroceso</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Supr</translation>
    </message>
    <message>
        <source>Ins</source>
        <translation>Insert</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>PgUp</source>
        <translation>Re Pág</translation>
    </message>
    <message>
        <source>PgDown</source>
        <translation>Av Pág</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Arriba</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Abajo</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Izquierda</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Derecha</translation>
    </message>
</context>
<context>
    <name>QuestionsView</name>
    <message>
        <source>Questions you may want to ask your care team. Tick the ones that matter to you: they go on your list under &quot;My questions&quot;.</source>
        <translation>Preguntas que quizás quiera hacerle a su equipo de atención médica. Marque las que le importan: se agregan a su lista en &quot;Mis preguntas&quot;.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Add to my questions</source>
        <translation>Agregar a mis preguntas</translation>
    </message>
    <message>
        <source>Add to my questions: {question}</source>
        <translation>Agregar a mis preguntas: {question}</translation>
    </message>
    <message>
        <source>&amp;My questions ({count})</source>
        <translation>&amp;Mis preguntas ({count})</translation>
    </message>
    <message>
        <source>Go to My questions ({count})</source>
        <translation>Ir a Mis preguntas ({count})</translation>
    </message>
    <message>
        <source>Questions: {topic}</source>
        <translation>Preguntas: {topic}</translation>
    </message>
    <message>
        <source>My questions</source>
        <translation>Mis preguntas</translation>
    </message>
    <message>
        <source>Your list of questions and the answers</source>
        <translation>Su lista de preguntas y las respuestas</translation>
    </message>
    <message>
        <source>My questions ({count})</source>
        <translation>Mis preguntas ({count})</translation>
    </message>
</context>
<context>
    <name>ReadingPane</name>
    <message>
        <source>Page text</source>
        <translation>Texto de la página</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <source>Choose who to call in My records &gt; My care team, and they will be shown here.</source>
        <translation>Elija a quién llamar en Mis registros &gt; Mi equipo de atención médica, y aquí se mostrará.</translation>
    </message>
    <message>
        <source>Who to call for urgent problems (from My care team)</source>
        <translation>A quién llamar por problemas urgentes (de Mi equipo de atención médica)</translation>
    </message>
    <message>
        <source>This app never calls or messages anyone: you make the call.</source>
        <translation>Esta aplicación nunca llama ni envía mensajes a nadie: usted hace la llamada.</translation>
    </message>
    <message>
        <source>See My records &gt; My visits.</source>
        <translation>Vea Mis registros &gt; Mis citas.</translation>
    </message>
    <message>
        <source>My care team</source>
        <translation>Mi equipo de atención médica</translation>
    </message>
    <message>
        <source>The people who look after you and their numbers. Choose one as the person to call for urgent problems: the diary&apos;s warnings, the “When to get help” page and the call-now card show them.</source>
        <translation>Las personas que cuidan de su salud, con sus números. Elija a una como la persona a quien llamar por problemas urgentes: los avisos del diario, la página “Cuándo pedir ayuda” y la tarjeta de llamada urgente la muestran.</translation>
    </message>
    <message>
        <source>&amp;Add a person</source>
        <translation>A&amp;gregar una persona</translation>
    </message>
    <message>
        <source>Call-now &amp;card…</source>
        <translation>&amp;Tarjeta de llamada urgente…</translation>
    </message>
    <message>
        <source>Print the call-now card (save it as a PDF)</source>
        <translation>Imprimir la tarjeta de llamada urgente (guardarla como PDF)</translation>
    </message>
    <message>
        <source>Who to call for urgent problems</source>
        <translation>A quién llamar por problemas urgentes</translation>
    </message>
    <message>
        <source>For example: Dr. Ana Rivera</source>
        <translation>Por ejemplo: Dra. Ana Rivera</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Call this person for urgent problems</source>
        <translation>Llamar a esta persona por problemas urgentes</translation>
    </message>
    <message>
        <source>For example: oncologist, nurse, liver doctor, pharmacist</source>
        <translation>Por ejemplo: oncólogo, enfermera, médico del hígado, farmacéutico</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>The number to call in the day</source>
        <translation>El número para llamar de día</translation>
    </message>
    <message>
        <source>Phone in the day</source>
        <translation>Teléfono de día</translation>
    </message>
    <message>
        <source>At night and on weekends, if there is one</source>
        <translation>De noche y los fines de semana, si hay uno</translation>
    </message>
    <message>
        <source>Phone after hours</source>
        <translation>Teléfono fuera de horario</translation>
    </message>
    <message>
        <source>For example: City Cancer Center, 3rd floor</source>
        <translation>Por ejemplo: Centro de Cáncer de la Ciudad, 3.er piso</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Anything else: a fax number, who answers the phone, a website to copy</source>
        <translation>Cualquier otra cosa: un número de fax, quién contesta el teléfono, una página web para copiar</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Who to call for urgent problems: {who}</source>
        <translation>A quién llamar por problemas urgentes: {who}</translation>
    </message>
    <message>
        <source>Write the person&apos;s name first, then tick this.</source>
        <translation>Primero escriba el nombre de la persona; después marque esta casilla.</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Gráfica</translation>
    </message>
    <message>
        <source>Chart: {title}</source>
        <translation>Gráfica: {title}</translation>
    </message>
    <message>
        <source>For example 14 March 2026, or March 2026</source>
        <translation>Por ejemplo: 14 de marzo de 2026, o marzo de 2026</translation>
    </message>
    <message>
        <source>The date as read</source>
        <translation>La fecha como se leyó</translation>
    </message>
    <message>
        <source>Read as: {date}</source>
        <translation>Se lee como: {date}</translation>
    </message>
    <message>
        <source>Not a date yet. Write it as 14 March 2026, March 2026 or 2026.</source>
        <translation>Todavía no es una fecha. Escríbala como 14 de marzo de 2026, marzo de 2026 o 2026.</translation>
    </message>
    <message>
        <source>This app never calls, messages or sends anything to anyone, your care team included. Everything you write here stays on this computer.</source>
        <translation>Esta aplicación nunca llama, ni envía mensajes ni nada a nadie, tampoco a su equipo de atención médica. Todo lo que escribe aquí se queda en esta computadora.</translation>
    </message>
    <message>
        <source>My records at a glance</source>
        <translation>Mis registros de un vistazo</translation>
    </message>
    <message>
        <source>Next visit</source>
        <translation>Próxima cita</translation>
    </message>
    <message>
        <source>Go to my v&amp;isits</source>
        <translation>Ir a mis &amp;citas</translation>
    </message>
    <message>
        <source>Go to my &amp;care team</source>
        <translation>Ir a mi &amp;equipo de atención médica</translation>
    </message>
    <message>
        <source>Medicines now</source>
        <translation>Medicamentos actuales</translation>
    </message>
    <message>
        <source>Go to my &amp;medicines</source>
        <translation>Ir a mis &amp;medicamentos</translation>
    </message>
    <message>
        <source>Treatment now</source>
        <translation>Tratamiento actual</translation>
    </message>
    <message>
        <source>Go to my &amp;treatments</source>
        <translation>Ir a mis &amp;tratamientos</translation>
    </message>
    <message>
        <source>Latest liver scores</source>
        <translation>Últimas puntuaciones del hígado</translation>
    </message>
    <message>
        <source>Go to my liver &amp;scores</source>
        <translation>Ir a mis puntuaciones del &amp;hígado</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>Print my medicines &amp;list…</source>
        <translation>Imprimir mi &amp;lista de medicamentos…</translation>
    </message>
    <message>
        <source>Print my medicines list (save it as a PDF)</source>
        <translation>Imprimir mi lista de medicamentos (guardarla como PDF)</translation>
    </message>
    <message>
        <source>Print the c&amp;all-now card…</source>
        <translation>Imprimir la tarjeta de llamada &amp;urgente…</translation>
    </message>
    <message>
        <source>The call-now card is one page to cut out and fold into your wallet: who to call, and the warning signs the handbook gives for the medicines you take now. Its print is never smaller than 9 points; with many signs it has more panels to fold.</source>
        <translation>La tarjeta de llamada urgente es una página para recortar y doblar y llevar en la cartera: a quién llamar, y las señales de alerta que da el manual para los medicamentos que toma ahora. Su letra nunca es menor de 9 puntos; con muchas señales, tiene más partes para doblar.</translation>
    </message>
    <message>
        <source>Your records cannot be used right now.</source>
        <translation>En este momento no se pueden usar sus registros.</translation>
    </message>
    <message>
        <source>1 medicine: {names}.</source>
        <translation>1 medicamento: {names}.</translation>
    </message>
    <message numerus="yes">
        <source>%n medicines: {names}.</source>
        <translation>
            <numerusform>%n medicamento: {names}.</numerusform>
            <numerusform>%n medicamentos: {names}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Child-Pugh: not worked out yet (1 thing missing)</source>
        <translation>Child-Pugh: aún sin calcular (falta 1 dato)</translation>
    </message>
    <message numerus="yes">
        <source>Child-Pugh: not worked out yet (%n things missing)</source>
        <translation>
            <numerusform>Child-Pugh: aún sin calcular (falta %n dato)</numerusform>
            <numerusform>Child-Pugh: aún sin calcular (faltan %n datos)</numerusform>
        </translation>
    </message>
    <message>
        <source>{n} medicines: {names}.</source>
        <translation type="vanished">{n} medicamentos: {names}.</translation>
    </message>
    <message>
        <source>None written down yet.</source>
        <translation>Todavía no hay nada anotado.</translation>
    </message>
    <message>
        <source>None written down as going on now.</source>
        <translation>No hay nada anotado como actual.</translation>
    </message>
    <message>
        <source>Child-Pugh class {band} ({score} points)</source>
        <translation>Child-Pugh clase {band} ({score} puntos)</translation>
    </message>
    <message>
        <source>Child-Pugh: not worked out yet ({n} things missing)</source>
        <translation type="vanished">Child-Pugh: todavía no se calculó (datos que faltan: {n})</translation>
    </message>
    <message>
        <source>ALBI grade {band}</source>
        <translation>ALBI grado {band}</translation>
    </message>
    <message>
        <source>No lab results yet.</source>
        <translation>Todavía no hay resultados de laboratorio.</translation>
    </message>
    <message>
        <source>Ask your team what they mean for you.</source>
        <translation>Pregúntele a su equipo qué quieren decir para usted.</translation>
    </message>
    <message>
        <source>The handbook never suggests a dose: write what your team or the label says, and ask your team or pharmacist about any change.</source>
        <translation>El manual nunca sugiere una dosis: escriba lo que dice su equipo o la etiqueta, y pregúntele a su equipo o a su farmacéutico sobre cualquier cambio.</translation>
    </message>
    <message>
        <source>My medicines</source>
        <translation>Mis medicamentos</translation>
    </message>
    <message>
        <source>Every medicine you take, in your own words: prescribed ones, ones you buy, herbs and supplements. A medicine the handbook knows shows its warning signs and cautions.</source>
        <translation>Cada medicamento que toma, con sus propias palabras: los recetados, los que compra, las hierbas y los suplementos. Si el manual conoce un medicamento, muestra sus señales de alerta y sus precauciones.</translation>
    </message>
    <message>
        <source>&amp;Add a medicine</source>
        <translation>A&amp;gregar un medicamento</translation>
    </message>
    <message>
        <source>Print the &amp;list…</source>
        <translation>Imprimir la &amp;lista…</translation>
    </message>
    <message>
        <source>Type a name, or pick one as you type</source>
        <translation>Escriba un nombre, o elija uno mientras escribe</translation>
    </message>
    <message>
        <source>Name of the medicine</source>
        <translation>Nombre del medicamento</translation>
    </message>
    <message>
        <source>Not one of the handbook&apos;s medicines</source>
        <translation>No es uno de los medicamentos del manual</translation>
    </message>
    <message>
        <source>In the handbook, it is</source>
        <translation>En el manual, es</translation>
    </message>
    <message>
        <source>Which of the handbook&apos;s medicines it is</source>
        <translation>Cuál de los medicamentos del manual es</translation>
    </message>
    <message>
        <source>Where it came from</source>
        <translation>De dónde vino</translation>
    </message>
    <message>
        <source>For example: my liver cancer, pain, fluid in the belly</source>
        <translation>Por ejemplo: mi cáncer de hígado, el dolor, el líquido en el vientre</translation>
    </message>
    <message>
        <source>What it is for</source>
        <translation>Para qué es</translation>
    </message>
    <message>
        <source>As your team or the label says</source>
        <translation>Como dice su equipo o la etiqueta</translation>
    </message>
    <message>
        <source>How much (as written on the label or by your team)</source>
        <translation>Cuánto (como está escrito en la etiqueta o como dice su equipo)</translation>
    </message>
    <message>
        <source>How much</source>
        <translation>Cuánto</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Cada cuánto</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Empezó</translation>
    </message>
    <message>
        <source>Leave empty while you take it</source>
        <translation>Déjelo vacío mientras lo toma</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Terminó</translation>
    </message>
    <message>
        <source>For example: Dr. Rivera</source>
        <translation>Por ejemplo: Dra. Rivera</translation>
    </message>
    <message>
        <source>Prescribed by</source>
        <translation>Lo recetó</translation>
    </message>
    <message>
        <source>Anything else you want to remember about it</source>
        <translation>Cualquier otra cosa que quiera recordar sobre él</translation>
    </message>
    <message>
        <source>What the handbook says about it</source>
        <translation>Lo que dice el manual sobre él</translation>
    </message>
    <message>
        <source>Read its page</source>
        <translation>Leer su página</translation>
    </message>
    <message>
        <source>Read about it in the handbook</source>
        <translation>Leer sobre él en el manual</translation>
    </message>
    <message>
        <source>When to call, for this medicine</source>
        <translation>Cuándo llamar, para este medicamento</translation>
    </message>
    <message>
        <source>Cautions, for this medicine</source>
        <translation>Precauciones, para este medicamento</translation>
    </message>
    <message>
        <source>In the handbook: {drug}.</source>
        <translation>En el manual: {drug}.</translation>
    </message>
    <message>
        <source>The handbook has no page about this medicine. Your own words are kept as you wrote them.</source>
        <translation>El manual no tiene ninguna página sobre este medicamento. Sus propias palabras se guardan tal como las escribió.</translation>
    </message>
    <message>
        <source>(no unit)</source>
        <translation>(sin unidad)</translation>
    </message>
    <message>
        <source>My numbers</source>
        <translation>Mis números</translation>
    </message>
    <message>
        <source>Lab results from a letter or a patient portal. Type each number as it is written, with its unit: US units (mg/dL, g/dL) and international ones (µmol/L, g/L) are both fine.</source>
        <translation>Resultados de laboratorio de una carta o de un portal para pacientes. Escriba cada número como está escrito, con su unidad: sirven las unidades de EE. UU. (mg/dL, g/dL) y las internacionales (µmol/L, g/L).</translation>
    </message>
    <message>
        <source>&amp;Add a result</source>
        <translation>A&amp;gregar un resultado</translation>
    </message>
    <message>
        <source>The test to show</source>
        <translation>El análisis que se muestra</translation>
    </message>
    <message>
        <source>The tests</source>
        <translation>Los análisis</translation>
    </message>
    <message>
        <source>What the chart shows</source>
        <translation>Lo que muestra la gráfica</translation>
    </message>
    <message>
        <source>For example: CRP, potassium, vitamin D</source>
        <translation>Por ejemplo: PCR, potasio, vitamina D</translation>
    </message>
    <message>
        <source>Name of your own test</source>
        <translation>Nombre de su propio análisis</translation>
    </message>
    <message>
        <source>Day the blood was taken</source>
        <translation>Día en que le sacaron sangre</translation>
    </message>
    <message>
        <source>As written, for example 1.2 or &lt;2</source>
        <translation>Como está escrito, por ejemplo 1.2 o &lt;2</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Unit, as written on the letter</source>
        <translation>Unidad, como está escrita en la carta</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>The number in other units</source>
        <translation>El número en otras unidades</translation>
    </message>
    <message>
        <source>Change the unit</source>
        <translation>Cambiar la unidad</translation>
    </message>
    <message>
        <source>I checked it: this is the number and unit on my letter</source>
        <translation>Lo revisé: este es el número y la unidad de mi carta</translation>
    </message>
    <message>
        <source>Anything written beside it, or where it comes from</source>
        <translation>Cualquier cosa escrita al lado, o de dónde viene</translation>
    </message>
    <message>
        <source>{name} (1 result)</source>
        <translation>{name} (1 resultado)</translation>
    </message>
    <message numerus="yes">
        <source>{name} (%n results)</source>
        <translation>
            <numerusform>{name} (%n resultado)</numerusform>
            <numerusform>{name} (%n resultados)</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} ({n} results)</source>
        <translation type="vanished">{name} ({n} resultados)</translation>
    </message>
    <message>
        <source>Another test, of your own…</source>
        <translation>Otro análisis, uno suyo…</translation>
    </message>
    <message>
        <source>{day}: {value}</source>
        <translation>{day}: {value}</translation>
    </message>
    <message>
        <source>a new {test} result</source>
        <translation>un resultado nuevo de {test}</translation>
    </message>
    <message>
        <source>a new result</source>
        <translation>un resultado nuevo</translation>
    </message>
    <message>
        <source>Type the number from the lab result.</source>
        <translation>Escriba el número del resultado de laboratorio.</translation>
    </message>
    <message>
        <source>The day the blood was taken is after today. Check the day on the letter.</source>
        <translation>El día de la extracción de sangre es posterior a hoy. Revise el día en la carta.</translation>
    </message>
    <message>
        <source>Use {unit}</source>
        <translation>Usar {unit}</translation>
    </message>
    <message>
        <source>Change the unit to {unit}</source>
        <translation>Cambiar la unidad a {unit}</translation>
    </message>
    <message>
        <source>No results for this test yet. Press “Add a result” to type one in.</source>
        <translation>Todavía no hay resultados para este análisis. Presione “Agregar un resultado” para escribir uno.</translation>
    </message>
    <message>
        <source>Read-only notice</source>
        <translation>Aviso de solo lectura</translation>
    </message>
    <message>
        <source>{title}: list</source>
        <translation>{title}: lista</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the chosen one (Delete)</source>
        <translation>Quitar el elegido (Supr)</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Estado del guardado</translation>
    </message>
    <message>
        <source>The chosen one</source>
        <translation>El elegido</translation>
    </message>
    <message>
        <source>This part of My records</source>
        <translation>Esta parte de Mis registros</translation>
    </message>
    <message>
        <source>About this list</source>
        <translation type="vanished">Acerca de esta lista</translation>
    </message>
    <message>
        <source>Nothing to print</source>
        <translation>No hay nada que imprimir</translation>
    </message>
    <message>
        <source>Save the call-now card as a PDF</source>
        <translation>Guardar la tarjeta de llamada urgente como PDF</translation>
    </message>
    <message>
        <source>Save my medicines list as a PDF</source>
        <translation>Guardar mi lista de medicamentos como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No se guardó</translation>
    </message>
    <message>
        <source>The PDF could not be written: {reason}</source>
        <translation>No se pudo escribir el PDF: {reason}</translation>
    </message>
    <message>
        <source>The call-now card was saved as {name} in {folder}: on the first page in your language, on the second in English. Print both pages at full size (100%), then cut out and fold the one you carry (or both). Its print is never smaller than 9 points: with many warning signs it has more panels to fold.</source>
        <translation>La tarjeta de llamada urgente se guardó como {name} en {folder}: en la primera página en español y en la segunda en inglés. Imprima las dos páginas a tamaño completo (100%); después recorte y doble la que va a llevar (o las dos). Su letra nunca es menor de 9 puntos: con muchas señales de alerta, tiene más partes para doblar.</translation>
    </message>
    <message>
        <source>The call-now card was saved as {name} in {folder}. Print it on one page, at full size (100%), then cut it out and fold it. Its print is never smaller than 9 points: with many warning signs it has more panels to fold.</source>
        <translation>La tarjeta de llamada urgente se guardó como {name} en {folder}. Imprímala en una sola página, a tamaño completo (100%); después recórtela y dóblela. Su letra nunca es menor de 9 puntos: con muchas señales de alerta, tiene más partes para doblar.</translation>
    </message>
    <message>
        <source>Your medicines list ({pages} pages) was saved as {name} in {folder}. Print it and take it to every visit.</source>
        <translation>Su lista de medicamentos ({pages} páginas) se guardó como {name} en {folder}. Imprímala y llévela a cada cita.</translation>
    </message>
    <message>
        <source>Your medicines list was saved as {name} in {folder}. Print it and take it to every visit.</source>
        <translation>Su lista de medicamentos se guardó como {name} en {folder}. Imprímala y llévela a cada cita.</translation>
    </message>
    <message>
        <source>Saved as a PDF</source>
        <translation>Guardado como PDF</translation>
    </message>
    <message>
        <source>In my language only</source>
        <translation>Solo en español</translation>
    </message>
    <message>
        <source>One page: the card to cut out and fold.</source>
        <translation>Una página: la tarjeta para recortar y doblar.</translation>
    </message>
    <message>
        <source>In my language, then the same card in English</source>
        <translation>En español y después la misma tarjeta en inglés</translation>
    </message>
    <message>
        <source>Two pages: the card, then the card again in English, for a doctor or an emergency room that reads English. What you typed (names, numbers) is printed as you wrote it.</source>
        <translation>Dos páginas: la tarjeta y después la misma tarjeta en inglés, para un médico o una sala de emergencias que lee inglés. Lo que usted escribió (nombres, números) se imprime tal como lo escribió.</translation>
    </message>
    <message>
        <source>The call-now card</source>
        <translation>La tarjeta de llamada urgente</translation>
    </message>
    <message>
        <source>In which language should the card be printed?</source>
        <translation>¿En qué idioma quiere imprimir la tarjeta?</translation>
    </message>
    <message>
        <source>Read only: your records are shown as they were saved, and nothing can be changed now. {why}</source>
        <translation>Solo lectura: sus registros se muestran tal como se guardaron, y ahora no se puede cambiar nada. {why}</translation>
    </message>
    <message>
        <source>(new, not saved yet)</source>
        <translation>(nuevo, todavía sin guardar)</translation>
    </message>
    <message>
        <source>the new one, at the end of the list</source>
        <translation>el nuevo, al final de la lista</translation>
    </message>
    <message>
        <source>“{name}”</source>
        <translation>“{name}”</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>New: it is saved as you type.</source>
        <translation>Nuevo: se guarda mientras escribe.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation>De un vistazo</translation>
    </message>
    <message>
        <source>Your next visit, who to call, and printouts</source>
        <translation>Su próxima cita, a quién llamar y lo que puede imprimir</translation>
    </message>
    <message>
        <source>Every medicine you take, and what the handbook says about it</source>
        <translation>Cada medicamento que toma, y lo que dice el manual sobre él</translation>
    </message>
    <message>
        <source>My treatments</source>
        <translation>Mis tratamientos</translation>
    </message>
    <message>
        <source>Your treatments over time, as a timeline</source>
        <translation>Sus tratamientos con el tiempo, en una línea de tiempo</translation>
    </message>
    <message>
        <source>The people who look after you, and who to call for urgent problems</source>
        <translation>Las personas que cuidan de su salud, y a quién llamar por problemas urgentes</translation>
    </message>
    <message>
        <source>My visits</source>
        <translation>Mis citas</translation>
    </message>
    <message>
        <source>Appointments, the questions you take, and what you understood</source>
        <translation>Sus citas, las preguntas que lleva y lo que entendió</translation>
    </message>
    <message>
        <source>Lab results from your letters, as charts and tables</source>
        <translation>Resultados de laboratorio de sus cartas, en gráficas y tablas</translation>
    </message>
    <message>
        <source>My liver scores</source>
        <translation>Mis puntuaciones del hígado</translation>
    </message>
    <message>
        <source>Child-Pugh and ALBI, worked out step by step</source>
        <translation>Child-Pugh y ALBI, calculadas paso a paso</translation>
    </message>
    <message>
        <source>My records &gt; {part}</source>
        <translation>Mis registros &gt; {part}</translation>
    </message>
    <message>
        <source>{where}: {what}</source>
        <translation>{where}: {what}</translation>
    </message>
    <message>
        <source>These scores are worked out from what you typed in. They are one part of what your care team looks at, and they never say which treatment to have.</source>
        <translation>Estas puntuaciones se calculan con lo que usted escribió. Son solo una parte de lo que mira su equipo de atención médica, y nunca dicen qué tratamiento elegir.</translation>
    </message>
    <message>
        <source>Worked out from your latest lab results (in My numbers) and the two answers below, step by step, exactly as the handbook&apos;s sources define them.</source>
        <translation>Calculadas con sus últimos resultados de laboratorio (en Mis números) y las dos respuestas de abajo, paso a paso, tal como las definen las fuentes del manual.</translation>
    </message>
    <message>
        <source>The two questions about what your care team found are under the scores.</source>
        <translation>Las dos preguntas sobre lo que encontró su equipo de atención médica están debajo de las puntuaciones.</translation>
    </message>
    <message>
        <source>Two questions about what your care team found</source>
        <translation>Dos preguntas sobre lo que encontró su equipo de atención médica</translation>
    </message>
    <message>
        <source>Fluid in the belly (ascites)</source>
        <translation>Líquido en el vientre (ascitis)</translation>
    </message>
    <message>
        <source>Confusion from the liver (hepatic encephalopathy)</source>
        <translation>Confusión causada por el hígado (encefalopatía hepática)</translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation>Todavía sin respuesta</translation>
    </message>
    <message>
        <source>{words} ({n} points)</source>
        <translation type="vanished">{words} ({n} puntos)</translation>
    </message>
    <message numerus="yes">
        <source>{words} (%n points)</source>
        <translation>
            <numerusform>{words} (%n punto)</numerusform>
            <numerusform>{words} (%n puntos)</numerusform>
        </translation>
    </message>
    <message>
        <source>{words} (1 point)</source>
        <translation>{words} (1 punto)</translation>
    </message>
    <message>
        <source>What your diary last said</source>
        <translation>Lo último que dijo su diario</translation>
    </message>
    <message>
        <source>Last answered on {day}.</source>
        <translation>Última respuesta: {day}.</translation>
    </message>
    <message>
        <source>{name}: {score} points, class {band}</source>
        <translation>{name}: {score} puntos, clase {band}</translation>
    </message>
    <message>
        <source>{name}: {score}, grade {band}</source>
        <translation>{name}: {score}, grado {band}</translation>
    </message>
    <message>
        <source>{name}: not worked out yet</source>
        <translation>{name}: todavía no se calculó</translation>
    </message>
    <message>
        <source>Step {n}. {label}: {value}.</source>
        <translation>Paso {n}. {label}: {value}.</translation>
    </message>
    <message>
        <source>What is missing:</source>
        <translation>Lo que falta:</translation>
    </message>
    <message>
        <source>What this may mean: {meaning}</source>
        <translation>Lo que esto puede querer decir: {meaning}</translation>
    </message>
    <message>
        <source>Sources: {titles}</source>
        <translation>Fuentes: {titles}</translation>
    </message>
    <message>
        <source>Read about the {name} in the handbook</source>
        <translation>Leer sobre la {name} en el manual</translation>
    </message>
    <message>
        <source>Suggested for My situation</source>
        <translation>Sugerido para Mi situación</translation>
    </message>
    <message>
        <source>From your treatments, these may belong in My situation, which marks the handbook&apos;s pages meant for you. Nothing changes unless you add them.</source>
        <translation>Según sus tratamientos, esto podría ir en Mi situación, que marca las páginas del manual pensadas para usted. No cambia nada a menos que lo agregue.</translation>
    </message>
    <message>
        <source>{tag}: because of {why}.</source>
        <translation>{tag}: por {why}.</translation>
    </message>
    <message>
        <source>Add to My situation</source>
        <translation>Agregar a Mi situación</translation>
    </message>
    <message>
        <source>Add {tag} to My situation</source>
        <translation>Agregar {tag} a Mi situación</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Not now: {tag}</source>
        <translation>Ahora no: {tag}</translation>
    </message>
    <message>
        <source>{tag} was added to My situation. You can change it in View &gt; My situation.</source>
        <translation>Se agregó {tag} a Mi situación. Lo puede cambiar en Ver &gt; Mi situación.</translation>
    </message>
    <message>
        <source>Treatment timeline</source>
        <translation>Línea de tiempo de los tratamientos</translation>
    </message>
    <message>
        <source>No treatments with dates yet.</source>
        <translation>Todavía no hay tratamientos con fechas.</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <source>Each treatment you have had or have now: surgery, ablation, TACE, radioembolization, radiation, a transplant or a drug treatment. The diary&apos;s and the lab charts mark when each started and stopped.</source>
        <translation>Cada tratamiento que tuvo o tiene ahora: cirugía, ablación, TACE, radioembolización, radiación, un trasplante o un tratamiento con medicamentos. Las gráficas del diario y de los análisis marcan cuándo empezó y terminó cada uno.</translation>
    </message>
    <message>
        <source>&amp;Add a treatment</source>
        <translation>A&amp;gregar un tratamiento</translation>
    </message>
    <message>
        <source>What kind of treatment</source>
        <translation>Qué tipo de tratamiento</translation>
    </message>
    <message>
        <source>In your words, for example: Atezolizumab + bevacizumab</source>
        <translation>Con sus palabras, por ejemplo: Atezolizumab + bevacizumab</translation>
    </message>
    <message>
        <source>Name (if you want one)</source>
        <translation>Nombre (si quiere darle uno)</translation>
    </message>
    <message>
        <source>The drugs in it (tick them)</source>
        <translation>Los medicamentos que incluye (márquelos)</translation>
    </message>
    <message>
        <source>The drugs in it</source>
        <translation>Los medicamentos que incluye</translation>
    </message>
    <message>
        <source>Leave empty while it goes on</source>
        <translation>Déjelo vacío mientras siga</translation>
    </message>
    <message>
        <source>(not stopped, or not said)</source>
        <translation>(no terminó, o no se dijo)</translation>
    </message>
    <message>
        <source>Why it stopped</source>
        <translation>Por qué terminó</translation>
    </message>
    <message>
        <source>Given in a clinical trial</source>
        <translation>Dado en un ensayo clínico</translation>
    </message>
    <message>
        <source>Anything you want to remember: how it went, side effects, what the scans said</source>
        <translation>Cualquier cosa que quiera recordar: cómo le fue, los efectos secundarios, lo que dijeron los estudios por imágenes</translation>
    </message>
    <message>
        <source>After the visit, write what you understood as if you were telling a friend. If something is not clear, tick “I&apos;m not sure, ask again”: it comes back among the questions for your next visit.</source>
        <translation>Después de la cita, escriba lo que entendió como si se lo contara a un amigo. Si algo no le quedó claro, marque “volver a preguntar”: la pregunta vuelve a aparecer entre las preguntas de su próxima cita.</translation>
    </message>
    <message>
        <source>Your appointments: when, with whom and what for. Take questions from My questions to a visit, and afterwards write down what you understood.</source>
        <translation>Sus citas: cuándo, con quién y para qué. Lleve a una cita preguntas de Mis preguntas, y después anote lo que entendió.</translation>
    </message>
    <message>
        <source>&amp;Add a visit</source>
        <translation>A&amp;gregar una cita</translation>
    </message>
    <message>
        <source>The visit</source>
        <translation>La cita</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>For example 14:30</source>
        <translation type="vanished">Por ejemplo: 14:30</translation>
    </message>
    <message>
        <source>For example 14:30 (a time of its own, under the day)</source>
        <translation>Por ejemplo 14:30 (la hora va aquí, aparte del día)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>With whom</source>
        <translation>Con quién</translation>
    </message>
    <message>
        <source>For example: scan results, a new treatment, blood tests</source>
        <translation>Por ejemplo: resultados de estudios, un tratamiento nuevo, análisis de sangre</translation>
    </message>
    <message>
        <source>What for</source>
        <translation>Para qué</translation>
    </message>
    <message>
        <source>Questions to take</source>
        <translation>Preguntas para llevar</translation>
    </message>
    <message>
        <source>Questions for this visit</source>
        <translation>Preguntas para esta cita</translation>
    </message>
    <message>
        <source>A question from My questions, or to ask again</source>
        <translation>Una pregunta de Mis preguntas, o una para volver a hacer</translation>
    </message>
    <message>
        <source>A question to take</source>
        <translation>Una pregunta para llevar</translation>
    </message>
    <message>
        <source>No more questions to take. Add some in Questions to ask &gt; My questions.</source>
        <translation>No quedan preguntas para llevar. Agregue algunas en Preguntas para hacer &gt; Mis preguntas.</translation>
    </message>
    <message>
        <source>About the questions to take</source>
        <translation>Sobre las preguntas para llevar</translation>
    </message>
    <message>
        <source>Ta&amp;ke it</source>
        <translation>&amp;Llevarla</translation>
    </message>
    <message>
        <source>Take this question to the visit</source>
        <translation>Llevar esta pregunta a la cita</translation>
    </message>
    <message>
        <source>Leave it out</source>
        <translation>No llevarla</translation>
    </message>
    <message>
        <source>Leave the chosen question out of this visit</source>
        <translation>No llevar a esta cita la pregunta elegida</translation>
    </message>
    <message>
        <source>After the visit</source>
        <translation>Después de la cita</translation>
    </message>
    <message>
        <source>The answer, in your own words</source>
        <translation>La respuesta, con sus propias palabras</translation>
    </message>
    <message>
        <source>What I understood of the chosen question</source>
        <translation>Lo que entendí de la pregunta elegida</translation>
    </message>
    <message>
        <source>I&apos;m not sure about this answer: ask again</source>
        <translation>No tengo clara esta respuesta: volver a preguntar</translation>
    </message>
    <message>
        <source>What the visit was about and what happens next, in your own words</source>
        <translation>De qué se trató la cita y qué sigue, con sus propias palabras</translation>
    </message>
    <message>
        <source>What I understood from this visit</source>
        <translation>Lo que entendí de esta cita</translation>
    </message>
    <message>
        <source>I&apos;m not sure I understood: ask again next time</source>
        <translation>No tengo claro si entendí: volver a preguntar la próxima vez</translation>
    </message>
    <message>
        <source>Ask again: {q}</source>
        <translation>Volver a preguntar: {q}</translation>
    </message>
    <message>
        <source>(none left)</source>
        <translation>(no queda ninguna)</translation>
    </message>
    <message>
        <source>(no more questions: add some in Questions to ask &gt; My questions)</source>
        <translation type="vanished">(no hay más preguntas: agregue algunas en Preguntas &gt; Mis preguntas)</translation>
    </message>
    <message>
        <source>What I understood of: {question}</source>
        <translation>Lo que entendí de: {question}</translation>
    </message>
    <message>
        <source>(ask again)</source>
        <translation>(volver a preguntar)</translation>
    </message>
    <message>
        <source>Write the day, for example 14 March 2026.</source>
        <translation>Escriba el día, por ejemplo 14 de marzo de 2026.</translation>
    </message>
    <message>
        <source>That looks like a time, not a day. Write the day here, for example 14 March 2026.</source>
        <translation>Eso parece una hora, no un día. Escriba aquí el día, por ejemplo 14 de marzo de 2026.</translation>
    </message>
    <message>
        <source>Write the day of the month too, for example 14 March 2026.</source>
        <translation>Escriba también el día del mes, por ejemplo 14 de marzo de 2026.</translation>
    </message>
    <message>
        <source>For example 14 March 2026</source>
        <translation>Por ejemplo 14 de marzo de 2026</translation>
    </message>
    <message>
        <source>Calendar…</source>
        <translation>Calendario…</translation>
    </message>
    <message>
        <source>Choose the day on a calendar (Alt+Down)</source>
        <translation>Elegir el día en un calendario (Alt+Flecha abajo)</translation>
    </message>
    <message>
        <source>Choose the day on a calendar</source>
        <translation>Elegir el día en un calendario</translation>
    </message>
    <message>
        <source>The day as read</source>
        <translation>El día tal como se leyó</translation>
    </message>
    <message>
        <source>{field}: {why}</source>
        <translation>{field}: {why}</translation>
    </message>
    <message>
        <source>Calendar: choose the day</source>
        <translation>Calendario: elija el día</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Notes from a newer version</source>
        <translation>Notas de una versión más nueva</translation>
    </message>
    <message>
        <source>Your notes cannot be opened</source>
        <translation>No se pueden abrir sus notas</translation>
    </message>
    <message>
        <source>About your notes</source>
        <translation>Acerca de sus notas</translation>
    </message>
    <message>
        <source>Read only: the disk your notes are kept on is full. Your notes are shown as they were saved and nothing has been lost, but new notes and changes cannot be saved. Please free some space on the disk, then close the handbook and open it again. The folder: {folder}</source>
        <translation>Solo lectura: el disco donde se guardan sus notas está lleno. Sus notas se muestran como se guardaron y no se ha perdido nada, pero no se pueden guardar notas nuevas ni cambios. Libere algo de espacio en el disco; después cierre el manual y vuelva a abrirlo. La carpeta: {folder}</translation>
    </message>
    <message>
        <source>Read only: the folder your notes are kept in cannot be written to (it may be on a read-only disk, or belong to another user). Your notes are shown as they were saved and nothing has been lost, but new notes and changes cannot be saved until this is fixed. The folder: {folder}</source>
        <translation>Solo lectura: no se puede escribir en la carpeta donde se guardan sus notas (puede estar en un disco de solo lectura, o ser de otro usuario). Sus notas se muestran como se guardaron y no se ha perdido nada, pero no se pueden guardar notas nuevas ni cambios hasta que esto se arregle. La carpeta: {folder}</translation>
    </message>
    <message>
        <source>Your notes are read only</source>
        <translation>Sus notas son de solo lectura</translation>
    </message>
    <message>
        <source>1 note</source>
        <translation>1 nota</translation>
    </message>
    <message>
        <source>{n} notes</source>
        <translation>{n} notas</translation>
    </message>
    <message>
        <source>The handbook found damage in your notes file while it was open, so it cannot go on using it as it is.</source>
        <translation>El manual encontró un daño en el archivo de sus notas mientras estaba abierto, así que no puede seguir usándolo tal como está.</translation>
    </message>
    <message>
        <source>Your notes file was damaged, so the handbook cannot use it as it is.</source>
        <translation>El archivo de sus notas se dañó, así que el manual no lo puede usar tal como está.</translation>
    </message>
    <message>
        <source>The damaged file has been kept, unchanged, in case it can be rescued later. It is in this folder:
{folder}</source>
        <translation>El archivo dañado se guardó, sin cambios, por si se puede rescatar más tarde. Está en esta carpeta:
{folder}</translation>
    </message>
    <message>
        <source>{count} could be read from it.</source>
        <translation>Se pudo leer: {count}.</translation>
    </message>
    <message>
        <source>{count} could not be read at all.</source>
        <translation>No se pudo leer en absoluto: {count}.</translation>
    </message>
    <message>
        <source>Where a few letters could not be read, they are shown as �.</source>
        <translation>Donde no se pudieron leer algunas letras, se muestran como �.</translation>
    </message>
    <message>
        <source>Nothing in it could be read.</source>
        <translation>No se pudo leer nada.</translation>
    </message>
    <message>
        <source>There is also a backup copy from {when}, with {holds}.</source>
        <translation>También hay una copia de seguridad del {when}, con {holds}.</translation>
    </message>
    <message>
        <source>There are also {n} backup copies. The newest is from {when}.</source>
        <translation>También hay {n} copias de seguridad. La más nueva es del {when}.</translation>
    </message>
    <message>
        <source>No usable backup copy was found.</source>
        <translation>No se encontró ninguna copia de seguridad que se pueda usar.</translation>
    </message>
    <message>
        <source>Keep both (recommended)</source>
        <translation>Conservar las dos (recomendado)</translation>
    </message>
    <message>
        <source>Keep every note that could be read, and add what is only in the backup copy from {when} ({holds}). Where a note is in both, the newer words are kept.</source>
        <translation>Conservar todas las notas que se pudieron leer, y agregar lo que solo está en la copia de seguridad del {when} ({holds}). Si una nota está en las dos, se conservan las palabras más nuevas.</translation>
    </message>
    <message>
        <source>Keep only what could be read</source>
        <translation>Conservar solo lo que se pudo leer</translation>
    </message>
    <message>
        <source>Use what could be read from the damaged file. No backup copy is used.</source>
        <translation>Usar lo que se pudo leer del archivo dañado. No se usa ninguna copia de seguridad.</translation>
    </message>
    <message>
        <source>Use the backup copy from {when}</source>
        <translation>Usar la copia de seguridad del {when}</translation>
    </message>
    <message>
        <source>Anything written after {when} will be missing.</source>
        <translation>Faltará todo lo que se escribió después del {when}.</translation>
    </message>
    <message>
        <source>Start with empty notes</source>
        <translation>Empezar con notas vacías</translation>
    </message>
    <message>
        <source>Start again with no notes. The damaged file is kept in case it can be rescued.</source>
        <translation>Empezar de nuevo sin notas. El archivo dañado se guarda por si se puede rescatar.</translation>
    </message>
    <message>
        <source>Your notes file was damaged</source>
        <translation>El archivo de sus notas se dañó</translation>
    </message>
    <message>
        <source>The notes that could be read are kept, and you can go on using the handbook.</source>
        <translation>Se conservan las notas que se pudieron leer, y puede seguir usando el manual.</translation>
    </message>
    <message>
        <source>The handbook starts with empty notes.</source>
        <translation>El manual empieza con notas vacías.</translation>
    </message>
    <message>
        <source>What would you like to do?</source>
        <translation>¿Qué quiere hacer?</translation>
    </message>
    <message>
        <source>Your notes could not be repaired just now: {why} Nothing has been lost; the handbook will offer this again next time.</source>
        <translation>No se pudieron reparar sus notas en este momento: {why} No se ha perdido nada; el manual se lo volverá a ofrecer la próxima vez.</translation>
    </message>
</context>
<context>
    <name>ReportOutput</name>
    <message>
        <source>A very long report</source>
        <translation>Un informe muy largo</translation>
    </message>
    <message>
        <source>Make it anyway</source>
        <translation>Hacerlo de todos modos</translation>
    </message>
    <message>
        <source>Go back and choose</source>
        <translation>Volver y elegir</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>No se imprimió</translation>
    </message>
    <message>
        <source>Sent to the printer</source>
        <translation>Enviado a la impresora</translation>
    </message>
    <message>
        <source>Save the visit report as a PDF</source>
        <translation>Guardar el informe para la cita como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No se guardó</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <source>Page 1 could not be drawn here. You can still print the report or save it as a PDF.</source>
        <translation>No se pudo dibujar aquí la página 1. Igual puede imprimir el informe o guardarlo como PDF.</translation>
    </message>
</context>
<context>
    <name>Restore</name>
    <message>
        <source>{name} is not a backup copy of the Liver Cancer Handbook, so it cannot be put back.</source>
        <translation>{name} no es una copia de seguridad del Manual del cáncer de hígado, así que no se puede recuperar.</translation>
    </message>
    <message>
        <source>{name} was made by a newer version of the Liver Cancer Handbook. This version cannot read it.</source>
        <translation>{name} se hizo con una versión más nueva del Manual del cáncer de hígado. Esta versión no lo puede leer.</translation>
    </message>
    <message>
        <source>{name} is the notes file the handbook is using now, not a backup copy.</source>
        <translation>{name} es el archivo de notas que el manual usa ahora, no una copia de seguridad.</translation>
    </message>
    <message>
        <source>{name} could not be found, or it is a folder, not a file.</source>
        <translation>No se encontró {name}, o es una carpeta y no un archivo.</translation>
    </message>
    <message>
        <source>{name} is damaged, so it cannot be put back as it is.</source>
        <translation>{name} está dañado, así que no se puede recuperar tal como está.</translation>
    </message>
    <message>
        <source>Nothing has been changed.</source>
        <translation>No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>There was nothing to keep: the handbook held no data of yours.</source>
        <translation>No había nada que guardar: el manual no tenía datos suyos.</translation>
    </message>
    <message>
        <source>What you had before is kept as a new backup copy, from {when}.</source>
        <translation>Lo que tenía antes se guarda como una copia de seguridad nueva, del {when}.</translation>
    </message>
    <message>
        <source>What you had before is kept as a new backup copy.</source>
        <translation>Lo que tenía antes se guarda como una copia de seguridad nueva.</translation>
    </message>
    <message>
        <source>To go back to it, choose File &gt; Restore a backup copy… and pick it.

The backup copies are in this folder:
{folder}</source>
        <translation>Para volver a ello, elija Archivo &gt; Recuperar una copia de seguridad… y elíjala.

Las copias de seguridad están en esta carpeta:
{folder}</translation>
    </message>
    <message>
        <source>&amp;Restore a backup copy…</source>
        <translation>&amp;Recuperar una copia de seguridad…</translation>
    </message>
    <message>
        <source>Keep my data as it is</source>
        <translation>Dejar mis datos como están</translation>
    </message>
    <message>
        <source>Nothing is changed.</source>
        <translation>No cambia nada.</translation>
    </message>
    <message>
        <source>Choose a backup file…</source>
        <translation>Elegir un archivo de copia de seguridad…</translation>
    </message>
    <message>
        <source>A backup copy kept somewhere else, for example copied from another computer.</source>
        <translation>Una copia de seguridad guardada en otro lugar, por ejemplo copiada de otra computadora.</translation>
    </message>
    <message>
        <source>Choose the copy to put back. What you have now is kept as a backup copy first, so you can come back to it.</source>
        <translation>Elija la copia que quiere recuperar. Lo que tiene ahora se guarda primero como copia de seguridad, así que puede volver a ello.</translation>
    </message>
    <message>
        <source>There are no backup copies in the handbook&apos;s folder yet. The handbook makes one each day you use it.</source>
        <translation>Todavía no hay copias de seguridad en la carpeta del manual. El manual hace una cada día que usted lo usa.</translation>
    </message>
    <message>
        <source>Restore a backup copy</source>
        <translation>Recuperar una copia de seguridad</translation>
    </message>
    <message>
        <source>Choose a backup copy</source>
        <translation>Elegir una copia de seguridad</translation>
    </message>
    <message>
        <source>Handbook backup copies (*.sqlite3)</source>
        <translation>Copias de seguridad del manual (*.sqlite3)</translation>
    </message>
    <message>
        <source>Not put back</source>
        <translation>No se recuperó</translation>
    </message>
    <message>
        <source>{name} could not be read ({why}). Nothing has been changed.</source>
        <translation>No se pudo leer {name} ({why}). No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>This file cannot be put back</source>
        <translation>Este archivo no se puede recuperar</translation>
    </message>
    <message>
        <source>Put back the backup copy from {when}?</source>
        <translation>¿Recuperar la copia de seguridad del {when}?</translation>
    </message>
    <message>
        <source>This is a backup of your handbook from {when}, with {holds}.</source>
        <translation>Es una copia de seguridad de su manual del {when}, con {holds}.</translation>
    </message>
    <message>
        <source>Putting it back replaces the notes, situation, questions, diary and records you have now with the ones in it. What you have now is kept as a backup copy first, so it is not lost: you can put it back the same way.</source>
        <translation>Recuperarla reemplaza las notas, la situación, las preguntas, el diario y los registros que tiene ahora con los de la copia. Lo que tiene ahora se guarda primero como copia de seguridad, así que no se pierde: lo puede recuperar de la misma manera.</translation>
    </message>
    <message>
        <source>Put back this copy</source>
        <translation>Recuperar esta copia</translation>
    </message>
    <message>
        <source>Backup copy put back</source>
        <translation>Copia de seguridad recuperada</translation>
    </message>
    <message>
        <source>Your handbook now has the data of the backup copy from {when}: {holds}.</source>
        <translation>Su manual tiene ahora los datos de la copia de seguridad del {when}: {holds}.</translation>
    </message>
    <message>
        <source>Your damaged notes file was kept, unchanged, in this folder:
{folder}</source>
        <translation>El archivo dañado de sus notas se guardó, sin cambios, en esta carpeta:
{folder}</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>Found in {where}: {title}</source>
        <translation>Encontrado en {where}: {title}</translation>
    </message>
</context>
<context>
    <name>SearchResults</name>
    <message>
        <source>Page</source>
        <translation>Página</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Glosario</translation>
    </message>
    <message>
        <source>Question to ask</source>
        <translation>Pregunta para hacer</translation>
    </message>
    <message>
        <source>My note</source>
        <translation>Mi nota</translation>
    </message>
    <message>
        <source>My diary</source>
        <translation>Mi diario</translation>
    </message>
    <message>
        <source>My records</source>
        <translation>Mis registros</translation>
    </message>
    <message>
        <source>Search the handbook and my notes (Ctrl+F)</source>
        <translation>Buscar en el manual y en mis notas (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Type words to find them in every page, the glossary and your notes.</source>
        <translation>Escriba palabras para buscarlas en todas las páginas, el glosario y sus notas.</translation>
    </message>
    <message>
        <source>Search the handbook and my notes</source>
        <translation>Buscar en el manual y en mis notas</translation>
    </message>
    <message>
        <source>Search results heading</source>
        <translation>Encabezado de los resultados</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <source>Up and Down choose a result, Enter opens it, Esc goes back to where you were.</source>
        <translation>Arriba y Abajo eligen un resultado, Enter lo abre, Esc vuelve a donde estaba.</translation>
    </message>
    <message>
        <source>Nothing found for “{query}”. Try fewer words, or other words.</source>
        <translation>No se encontró nada para “{query}”. Pruebe con menos palabras, o con otras.</translation>
    </message>
    <message numerus="yes">
        <source>%n+ results for “{query}”</source>
        <translation>
            <numerusform>%n+ resultado para “{query}”</numerusform>
            <numerusform>%n+ resultados para “{query}”</numerusform>
        </translation>
    </message>
    <message>
        <source>1 result for “{query}”</source>
        <translation>1 resultado para “{query}”</translation>
    </message>
    <message numerus="yes">
        <source>%n results for “{query}”</source>
        <translation>
            <numerusform>%n resultado para “{query}”</numerusform>
            <numerusform>%n resultados para “{query}”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SectionView</name>
    <message>
        <source>For you. {summary}</source>
        <translation>Para usted. {summary}</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Mayús+Tab</translation>
    </message>
    <message>
        <source>Move to the next or the previous part of the window</source>
        <translation>Pasar a la parte siguiente o anterior de la ventana</translation>
    </message>
    <message>
        <source>Up arrow, Down arrow</source>
        <translation>Flecha arriba, Flecha abajo</translation>
    </message>
    <message>
        <source>Choose a page in a list, or a search result</source>
        <translation>Elegir una página de una lista, o un resultado de la búsqueda</translation>
    </message>
    <message>
        <source>Page Up, Page Down</source>
        <translation>Re Pág, Av Pág</translation>
    </message>
    <message>
        <source>Scroll the page, or the text of a small window</source>
        <translation>Desplazar la página, o el texto de una ventana pequeña</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Open the chosen search result or glossary word</source>
        <translation>Abrir el resultado o la palabra del glosario que eligió</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Leave the search and go back to where you were; close a small window</source>
        <translation>Salir de la búsqueda y volver a donde estaba; cerrar una ventana pequeña</translation>
    </message>
    <message>
        <source>Ctrl+Tab, Ctrl+Shift+Tab</source>
        <translation>Ctrl+Tab, Ctrl+Mayús+Tab</translation>
    </message>
    <message>
        <source>Go to the next or the previous tab</source>
        <translation>Ir a la pestaña siguiente o anterior</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espacio</translation>
    </message>
    <message>
        <source>Tick or untick a box, such as a question to ask</source>
        <translation>Marcar o desmarcar una casilla, como una pregunta para hacer</translation>
    </message>
    <message>
        <source>Enter or Space</source>
        <translation>Intro o Espacio</translation>
    </message>
    <message>
        <source>Press the button the keyboard is on</source>
        <translation>Presionar el botón elegido con el teclado</translation>
    </message>
    <message>
        <source>Tab in a page</source>
        <translation>Tab dentro de una página</translation>
    </message>
    <message>
        <source>Move from link to link; a glossary word then shows what it means</source>
        <translation>Pasar de un enlace a otro; una palabra del glosario muestra entonces lo que quiere decir</translation>
    </message>
    <message>
        <source>{action} ({menu} menu)</source>
        <translation>{action} (menú {menu})</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Everything in the handbook can be done with the keyboard. Alt with the underlined letter opens a menu.</source>
        <translation>Todo en el manual se puede hacer con el teclado. Alt con la letra subrayada abre un menú.</translation>
    </message>
</context>
<context>
    <name>Situation</name>
    <message>
        <source>Not sure, or I would rather not say</source>
        <translation>No lo sé, o prefiero no decirlo</translation>
    </message>
    <message>
        <source>My situation</source>
        <translation>Mi situación</translation>
    </message>
    <message>
        <source>Tell the handbook what applies to you, and it will mark the pages meant for you with “For you”. Everything here is optional and stays on this computer. If you are not sure, ask your care team, or leave it blank.</source>
        <translation>Dígale al manual lo que se aplica a usted, y marcará las páginas pensadas para usted con “Para usted”. Todo aquí es opcional y se queda en esta computadora. Si tiene dudas, pregúntele a su equipo de atención médica, o déjelo en blanco.</translation>
    </message>
    <message>
        <source>Name for the printed summary (optional)</source>
        <translation>Nombre para el resumen impreso (opcional)</translation>
    </message>
    <message>
        <source>Name for the printed summary (optional):</source>
        <translation>Nombre para el resumen impreso (opcional):</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>S&amp;kip for now</source>
        <translation>&amp;Dejarlo para después</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Leave without saving?</source>
        <translation>¿Salir sin guardar?</translation>
    </message>
    <message>
        <source>You changed your answers in My situation. If you leave now, the changes are not saved.</source>
        <translation>Cambió sus respuestas en Mi situación. Si sale ahora, los cambios no se guardan.</translation>
    </message>
    <message>
        <source>Leave without saving</source>
        <translation>Salir sin guardar</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Seguir editando</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>The latest message</source>
        <translation>El último mensaje</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>Your notes could not be read or saved.</source>
        <translation>No se pudieron leer ni guardar sus notas.</translation>
    </message>
    <message>
        <source>Your notes could not be saved just now. Nothing you saved before has been lost. Please try again.</source>
        <translation>Sus notas no se pudieron guardar en este momento. No se ha perdido nada de lo que guardó antes. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Your notes could not be saved because the disk is full. Nothing you saved before has been lost. Please free some space on the disk and try again; what you typed is still here.</source>
        <translation>Sus notas no se pudieron guardar porque el disco está lleno. No se ha perdido nada de lo que guardó antes. Libere algo de espacio en el disco e inténtelo de nuevo; lo que escribió sigue aquí.</translation>
    </message>
    <message>
        <source>Your notes could not be saved because the folder they are kept in cannot be written to (it may be read-only, or belong to another user). Nothing you saved before has been lost.</source>
        <translation>Sus notas no se pudieron guardar porque no se puede escribir en la carpeta donde se guardan (puede ser de solo lectura o pertenecer a otro usuario). No se ha perdido nada de lo que guardó antes.</translation>
    </message>
    <message>
        <source>Your notes are being used by another copy of the handbook. Close the other copy and try again. Nothing you saved before has been lost.</source>
        <translation>Otra copia del manual está usando sus notas. Cierre la otra copia e inténtelo de nuevo. No se ha perdido nada de lo que guardó antes.</translation>
    </message>
    <message>
        <source>Your notes are open in another copy of the Liver Cancer Handbook. Please close that copy and try again. Nothing has been changed.</source>
        <translation>Sus notas están abiertas en otra copia del Manual del cáncer de hígado. Cierre esa copia e inténtelo de nuevo. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Your notes are open in another copy of the Liver Cancer Handbook (opened on {day} at {time}). Please close that copy and try again. Nothing has been changed.</source>
        <translation>Sus notas están abiertas en otra copia del Manual del cáncer de hígado (abierta el {day} a las {time}). Cierre esa copia e inténtelo de nuevo. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Your notes were saved by a newer version of the Liver Cancer Handbook. This version cannot read them, and has not changed them. Please install the newer version.</source>
        <translation>Sus notas se guardaron con una versión más nueva del Manual del cáncer de hígado. Esta versión no puede leerlas y no las ha cambiado. Instale la versión más nueva.</translation>
    </message>
    <message>
        <source>Your notes file was damaged and could not be read.</source>
        <translation>El archivo de sus notas estaba dañado y no se pudo leer.</translation>
    </message>
    <message>
        <source>It has been kept, unchanged, in this folder: {folder}.</source>
        <translation>Se guardó, sin cambios, en esta carpeta: {folder}.</translation>
    </message>
    <message>
        <source>A backup copy from earlier is available and can be restored.</source>
        <translation>Hay una copia de seguridad anterior que se puede recuperar.</translation>
    </message>
    <message>
        <source>No usable backup copy was found.</source>
        <translation>No se encontró ninguna copia de seguridad que se pueda usar.</translation>
    </message>
    <message>
        <source>This backup copy cannot be used: it is damaged or not a handbook notes file.</source>
        <translation>Esta copia de seguridad no se puede usar: está dañada o no es un archivo de notas del manual.</translation>
    </message>
    <message>
        <source>The export could not be written. Your notes in the handbook are not affected.</source>
        <translation>No se pudo escribir la exportación. Sus notas en el manual no se han visto afectadas.</translation>
    </message>
    <message>
        <source>Your notes file is damaged and nothing in it could be read, so nothing was saved. Please open the handbook: it keeps the damaged file aside and offers your newest backup copy.</source>
        <translation>El archivo de sus notas está dañado y no se pudo leer nada de él, así que no se guardó nada. Abra el manual: guarda aparte el archivo dañado y le ofrece su copia de seguridad más reciente.</translation>
    </message>
    <message>
        <source>Your notes could not be read, and the folder they are kept in cannot be written to, so nothing was changed. Nothing you saved before has been lost.</source>
        <translation>Sus notas no se pudieron leer y no se puede escribir en la carpeta donde se guardan, así que no se cambió nada. No se ha perdido nada de lo que guardó antes.</translation>
    </message>
</context>
<context>
    <name>TabView</name>
    <message>
        <source>{tab}: list of pages</source>
        <translation>{tab}: lista de páginas</translation>
    </message>
</context>
<context>
    <name>Tabs</name>
    <message>
        <source>Stages</source>
        <translation>Etapas</translation>
    </message>
    <message>
        <source>Treatments</source>
        <translation>Tratamientos</translation>
    </message>
    <message>
        <source>Supportive care</source>
        <translation>Cuidados de apoyo</translation>
    </message>
    <message>
        <source>Questions to ask</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <source>My handbook</source>
        <translation>Mi manual</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Glosario</translation>
    </message>
    <message>
        <source>My diary</source>
        <translation>Mi diario</translation>
    </message>
    <message>
        <source>Handbook sections</source>
        <translation>Secciones del manual</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>My records</source>
        <translation>Mis registros</translation>
    </message>
</context>
<context>
    <name>TermPopup</name>
    <message>
        <source>What the word means</source>
        <translation>Lo que quiere decir la palabra</translation>
    </message>
</context>
<context>
    <name>Themes</name>
    <message>
        <source>Same as the &amp;system</source>
        <translation>Igual que el &amp;sistema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>&amp;Alto contraste</translation>
    </message>
</context>
<context>
    <name>Toolbar</name>
    <message>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message>
        <source>Choose a section (Alt+1 to Alt+{last})</source>
        <translation>Elegir una sección (Alt+1 a Alt+{last})</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Main actions</source>
        <translation>Acciones principales</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Tamaño de la letra</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Letra más grande</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Letra más pequeña</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Und&amp;o</source>
        <translation>Desha&amp;cer</translation>
    </message>
    <message>
        <source>Undo the removal</source>
        <translation>Volver a ponerla en la lista</translation>
    </message>
    <message>
        <source>Removed from your list: {question}</source>
        <translation>Se quitó de su lista: {question}</translation>
    </message>
</context>
<context>
    <name>Unsaved</name>
    <message>
        <source>Your latest note or answer</source>
        <translation>Su última nota o respuesta</translation>
    </message>
    <message>
        <source>{where}. {why}</source>
        <translation>{where}. {why}</translation>
    </message>
    <message>
        <source>If you quit now, those words will be lost. Keep the app open: it shows you where they are, so that you can finish them, copy them somewhere safe, or remove them.</source>
        <translation>Si sale ahora, esas palabras se perderán. Deje la aplicación abierta: le muestra dónde están, para que pueda terminarlas, copiarlas en un lugar seguro o quitarlas.</translation>
    </message>
    <message>
        <source>If you quit now, those words will be lost. Keep the app open to copy them somewhere safe first, or to try again.</source>
        <translation>Si sale ahora, esas palabras se perderán. Deje la aplicación abierta para copiarlas antes en un lugar seguro, o para intentarlo de nuevo.</translation>
    </message>
    <message>
        <source>These words you typed could not be saved:

{places}

{after}</source>
        <translation>No se pudieron guardar estas palabras que escribió:

{places}

{after}</translation>
    </message>
</context>
<context>
    <name>VisitReportDialog</name>
    <message>
        <source>Prepare for a visit</source>
        <translation>Prepararse para una cita</translation>
    </message>
    <message>
        <source>Page 1 sums up these days for your care team. Choose what else goes after it, then print the report or save it.</source>
        <translation>La página 1 resume estos días para su equipo de atención médica. Elija qué más va después de ella; luego imprima el informe o guárdelo.</translation>
    </message>
    <message>
        <source>&amp;Days that page 1 covers</source>
        <translation>&amp;Días que cubre la página 1</translation>
    </message>
    <message>
        <source>&amp;What to add after page 1</source>
        <translation>&amp;Qué agregar después de la página 1</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Tamaño del papel</translation>
    </message>
    <message>
        <source>Paper sizes</source>
        <translation>Tamaños de papel</translation>
    </message>
    <message>
        <source>P&amp;aper size:</source>
        <translation>&amp;Tamaño del papel:</translation>
    </message>
    <message>
        <source>Page 1, as it will print</source>
        <translation>Así se imprime la página 1</translation>
    </message>
    <message>
        <source>Counting the pages…</source>
        <translation>Contando las páginas…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Guardar como PDF…</translation>
    </message>
    <message>
        <source>Drawing page 1…</source>
        <translation>Dibujando la página 1…</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>No se imprimió</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No se guardó</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>Welcome to the {app}</source>
        <translation>Le damos la bienvenida al {app}</translation>
    </message>
    <message>
        <source>This handbook explains liver cancer in plain words: its stages, its treatments, and the care that helps you live as well as you can. It is written for people with liver cancer and the people who care for them.</source>
        <translation>Este manual explica el cáncer de hígado con palabras sencillas: sus etapas, sus tratamientos y los cuidados que le ayudan a vivir lo mejor posible. Está escrito para personas con cáncer de hígado y para quienes las cuidan.</translation>
    </message>
    <message>
        <source>It does not replace your care team.</source>
        <translation>No reemplaza a su equipo de atención médica.</translation>
    </message>
    <message>
        <source>Your doctors and nurses know you and your illness. Take your questions to them. If you feel very unwell, call them, or your local emergency number.</source>
        <translation>Sus médicos y enfermeras conocen su caso y su enfermedad. Hágales a ellos sus preguntas. Si se siente muy mal, llámelos, o llame al número local de emergencias.</translation>
    </message>
    <message>
        <source>Everything you write stays on this computer.</source>
        <translation>Todo lo que escribe se queda en esta computadora.</translation>
    </message>
    <message>
        <source>Your notes, your situation and your questions are kept here only. The handbook never goes on the internet.</source>
        <translation>Sus notas, su situación y sus preguntas se guardan solo aquí. El manual nunca se conecta a internet.</translation>
    </message>
    <message>
        <source>If you like, tell the handbook what applies to you. It will then mark the pages meant for you. You can skip this, and do it later from the View menu.</source>
        <translation>Si quiere, dígale al manual lo que se aplica a usted. Así marcará las páginas pensadas para usted. Puede saltarse este paso y hacerlo después desde el menú Ver.</translation>
    </message>
    <message>
        <source>Tell it about &amp;my situation…</source>
        <translation>Contarle sobre &amp;mi situación…</translation>
    </message>
    <message>
        <source>&amp;Start reading</source>
        <translation>&amp;Empezar a leer</translation>
    </message>
</context>
<context>
    <name>WindowFit</name>
    <message>
        <source>Close the notes pane (F9 opens it)</source>
        <translation>Cerrar el panel de notas (F9 lo abre)</translation>
    </message>
    <message>
        <source>Close the notes pane (F9 opens it again)</source>
        <translation>Cerrar el panel de notas (F9 lo vuelve a abrir)</translation>
    </message>
    <message>
        <source>Notes pane closed to make room. F9 opens it.</source>
        <translation>Notas cerradas para dar espacio. F9 las abre.</translation>
    </message>
</context>
<context>
    <name>Zoom</name>
    <message>
        <source>&amp;Larger text</source>
        <translation>Letra más &amp;grande</translation>
    </message>
    <message>
        <source>S&amp;maller text</source>
        <translation>Letra más pe&amp;queña</translation>
    </message>
    <message>
        <source>N&amp;ormal text size</source>
        <translation>&amp;Tamaño normal de letra</translation>
    </message>
</context>
<context>
    <name>content</name>
    <message>
        <source>Stage, if you know it</source>
        <translation>Etapa, si la sabe</translation>
    </message>
    <message>
        <source>How doctors group the cancer for treatment</source>
        <translation>Cómo agrupan los médicos el cáncer para el tratamiento</translation>
    </message>
    <message>
        <source>Liver function (Child-Pugh class), if you know it</source>
        <translation>Función del hígado (clase de Child-Pugh), si la sabe</translation>
    </message>
    <message>
        <source>Other liver conditions you have or had</source>
        <translation>Otras enfermedades del hígado que tiene o tuvo</translation>
    </message>
    <message>
        <source>Treatments received or being considered</source>
        <translation>Tratamientos que recibió o que se están considerando</translation>
    </message>
    <message>
        <source>Who is reading</source>
        <translation>Quién está leyendo</translation>
    </message>
</context>
<context>
    <name>records</name>
    <message>
        <source>at most {top}</source>
        <translation>{top} o menos</translation>
    </message>
    <message>
        <source>above {bottom}</source>
        <translation>más de {bottom}</translation>
    </message>
    <message>
        <source>above {bottom} and at most {top}</source>
        <translation>más de {bottom} y {top} o menos</translation>
    </message>
    <message>
        <source>{test} was reported as {value}; the ALBI formula needs the exact number.</source>
        <translation>{test} se informó como {value}; la fórmula ALBI necesita el número exacto.</translation>
    </message>
    <message>
        <source>A bilirubin of 0 cannot be used: the formula takes its logarithm, which needs a number above 0. Please check the result.</source>
        <translation>No se puede usar una bilirrubina de 0: la fórmula usa su logaritmo, que necesita un número mayor que 0. Revise el resultado.</translation>
    </message>
    <message>
        <source>The formula uses bilirubin in {unit}: {value}.</source>
        <translation>La fórmula usa la bilirrubina en {unit}: {value}.</translation>
    </message>
    <message>
        <source>Bilirubin part</source>
        <translation>Parte de la bilirrubina</translation>
    </message>
    <message>
        <source>log10 of {b} = {log}; × {factor} = {term}</source>
        <translation>log10 de {b} = {log}; × {factor} = {term}</translation>
    </message>
    <message>
        <source>The formula uses albumin in {unit}: {value}.</source>
        <translation>La fórmula usa la albúmina en {unit}: {value}.</translation>
    </message>
    <message>
        <source>Albumin part</source>
        <translation>Parte de la albúmina</translation>
    </message>
    <message>
        <source>{a} × {factor} = {term}</source>
        <translation>{a} × {factor} = {term}</translation>
    </message>
    <message>
        <source>ALBI score</source>
        <translation>Puntuación ALBI</translation>
    </message>
    <message>
        <source>{b} + ({a}) = {score}, which is {where}: grade {grade}.</source>
        <translation>{b} + ({a}) = {score}, que es {where}: grado {grade}.</translation>
    </message>
    <message>
        <source>grade {grade}</source>
        <translation>grado {grade}</translation>
    </message>
    <message>
        <source>{test} {typed} is much higher than labs usually report in {unit}. Did you mean {other}? Please check your letter; no score is worked out from it until then.</source>
        <translation>{test} {typed} es mucho más alto de lo que los laboratorios suelen informar en {unit}. ¿Quiso decir {other}? Revise su carta; hasta entonces no se calcula ningún puntaje con este valor.</translation>
    </message>
    <message>
        <source>{test} {typed} is much lower than labs usually report in {unit}. Did you mean {other}? Please check your letter; no score is worked out from it until then.</source>
        <translation>{test} {typed} es mucho más bajo de lo que los laboratorios suelen informar en {unit}. ¿Quiso decir {other}? Revise su carta; hasta entonces no se calcula ningún puntaje con este valor.</translation>
    </message>
    <message>
        <source>{test} {typed} looks like a typing slip. {hint} Please check it; no score is worked out from it until then.</source>
        <translation>{test} {typed} parece un error al escribir. {hint} Revíselo; hasta entonces no se calcula ninguna puntuación con este número.</translation>
    </message>
    <message>
        <source>from {low} to {high}, both included</source>
        <translation>entre {low} y {high}, ambos incluidos</translation>
    </message>
    <message>
        <source>below {limit}</source>
        <translation>por debajo de {limit}</translation>
    </message>
    <message>
        <source>above {limit}</source>
        <translation>por encima de {limit}</translation>
    </message>
    <message>
        <source>{test}: this unit cannot be scored.</source>
        <translation>{test}: esta unidad no se puede usar para la puntuación.</translation>
    </message>
    <message>
        <source>{test} was reported as {value}, which does not show which side of the limits it is on.</source>
        <translation>{test} se informó como {value}, y así no se sabe de qué lado de los límites está.</translation>
    </message>
    <message>
        <source>{value} is {where}.</source>
        <translation>{value} queda {where}.</translation>
    </message>
    <message>
        <source>Your {test} of {value} is close to a limit. In the table&apos;s {unit} column the same result, {converted}, would give {other} instead of {points}: the table&apos;s two columns round the limits differently. The score here uses the column of the unit your result came in. Ask your team which they use.</source>
        <translation>Su {test} de {value} está cerca de un límite. En la columna de {unit} de la tabla, el mismo resultado, {converted}, daría {other} en vez de {points}: las dos columnas de la tabla redondean los límites de forma distinta. Aquí la puntuación usa la columna de la unidad en que vino su resultado. Pregúntele a su equipo cuál usan.</translation>
    </message>
    <message>
        <source>{label}: not answered yet.</source>
        <translation>{label}: todavía sin respuesta.</translation>
    </message>
    <message>
        <source>Answer: “{chosen}”.</source>
        <translation>Respuesta: “{chosen}”.</translation>
    </message>
    <message>
        <source>Used: {said_by}.</source>
        <translation>Se usó: {said_by}.</translation>
    </message>
    <message>
        <source>Fluid in the belly (ascites)</source>
        <translation>Líquido en el vientre (ascitis)</translation>
    </message>
    <message>
        <source>Confusion from the liver (hepatic encephalopathy)</source>
        <translation>Confusión causada por el hígado (encefalopatía hepática)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>{adds} = {total} points: class {band} ({low} to {high} points).</source>
        <translation>{adds} = {total} puntos: clase {band} (de {low} a {high} puntos).</translation>
    </message>
    <message>
        <source>class {band}</source>
        <translation>clase {band}</translation>
    </message>
    <message>
        <source>January</source>
        <translation>enero</translation>
    </message>
    <message>
        <source>February</source>
        <translation>febrero</translation>
    </message>
    <message>
        <source>March</source>
        <translation>marzo</translation>
    </message>
    <message>
        <source>April</source>
        <translation>abril</translation>
    </message>
    <message>
        <source>May</source>
        <translation>mayo</translation>
    </message>
    <message>
        <source>June</source>
        <translation>junio</translation>
    </message>
    <message>
        <source>July</source>
        <translation>julio</translation>
    </message>
    <message>
        <source>August</source>
        <translation>agosto</translation>
    </message>
    <message>
        <source>September</source>
        <translation>septiembre</translation>
    </message>
    <message>
        <source>October</source>
        <translation>octubre</translation>
    </message>
    <message>
        <source>November</source>
        <translation>noviembre</translation>
    </message>
    <message>
        <source>December</source>
        <translation>diciembre</translation>
    </message>
    <message>
        <source>A day needs its month.</source>
        <translation>Un día necesita su mes.</translation>
    </message>
    <message>
        <source>The year {year} cannot be right.</source>
        <translation>El año {year} no puede estar bien.</translation>
    </message>
    <message>
        <source>There is no month {month}.</source>
        <translation>No existe el mes {month}.</translation>
    </message>
    <message>
        <source>That day does not exist in that month.</source>
        <translation>Ese día no existe en ese mes.</translation>
    </message>
    <message>
        <source>Write the date as year-month-day, year-month or only the year, for example 2026-03-14.</source>
        <translation>Escriba la fecha como año-mes-día, año-mes o solo el año, por ejemplo 2026-03-14.</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation>{day} de {month} de {year}</translation>
    </message>
    <message>
        <source>{month} {year}</source>
        <translation>{month} de {year}</translation>
    </message>
    <message>
        <source>since {month_or_year}</source>
        <translation>desde {month_or_year}</translation>
    </message>
    <message>
        <source>This needs the exact day, for example 2026-03-14.</source>
        <translation>Aquí se necesita el día exacto, por ejemplo 2026-03-14.</translation>
    </message>
    <message>
        <source>your answer of {day}</source>
        <translation>su respuesta del {day}</translation>
    </message>
    <message>
        <source>The diary asks how your belly feels and whether you are confused today. The Child-Pugh score asks what your care team found, including fluid or confusion kept under control with medicine. One cannot be worked out from the other, so these two questions are asked here. If you are not sure, ask your team.</source>
        <translation>El diario pregunta cómo siente el vientre y si hoy está confundido. La puntuación de Child-Pugh pregunta lo que encontró su equipo de atención médica, incluido el líquido o la confusión que se controlan con medicamentos. Una cosa no se puede calcular a partir de la otra, así que estas dos preguntas se hacen aquí. Si tiene dudas, pregúntele a su equipo.</translation>
    </message>
    <message>
        <source>Your diary of {day} said: {item}: {answer}.</source>
        <translation>Su diario del {day} dijo: {item}: {answer}.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Surgery</source>
        <translation>Cirugía</translation>
    </message>
    <message>
        <source>Liver transplant</source>
        <translation>Trasplante de hígado</translation>
    </message>
    <message>
        <source>Ablation</source>
        <translation>Ablación</translation>
    </message>
    <message>
        <source>TACE (chemoembolization)</source>
        <translation>TACE (quimioembolización)</translation>
    </message>
    <message>
        <source>Radioembolization (TARE, SIRT)</source>
        <translation>Radioembolización (TARE, SIRT)</translation>
    </message>
    <message>
        <source>Radiation therapy</source>
        <translation>Radioterapia</translation>
    </message>
    <message>
        <source>Drug treatment</source>
        <translation>Tratamiento con medicamentos</translation>
    </message>
    <message>
        <source>Other treatment</source>
        <translation>Otro tratamiento</translation>
    </message>
    <message>
        <source>It was finished</source>
        <translation>Se terminó</translation>
    </message>
    <message>
        <source>It stopped working</source>
        <translation>Dejó de funcionar</translation>
    </message>
    <message>
        <source>Side effects</source>
        <translation>Efectos secundarios</translation>
    </message>
    <message>
        <source>My choice</source>
        <translation>Decisión mía</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>Otro motivo</translation>
    </message>
    <message>
        <source>{what} is too long (at most {limit:,} characters).</source>
        <translation>{what} tiene demasiados caracteres (como máximo {limit:,}).</translation>
    </message>
    <message>
        <source>The stop date ({stopped}) is before the start date ({started}).</source>
        <translation>La fecha en que terminó ({stopped}) es anterior a la fecha en que empezó ({started}).</translation>
    </message>
    <message>
        <source>Give the medicine a name.</source>
        <translation>Escriba el nombre del medicamento.</translation>
    </message>
    <message>
        <source>Say whether it was prescribed, bought, or a herb or supplement.</source>
        <translation>Diga si se lo recetaron, si lo compró, o si es una hierba o un suplemento.</translation>
    </message>
    <message>
        <source>The name</source>
        <translation>El nombre</translation>
    </message>
    <message>
        <source>This text</source>
        <translation>Este texto</translation>
    </message>
    <message>
        <source>The note</source>
        <translation>La nota</translation>
    </message>
    <message>
        <source>Choose what kind of treatment this is.</source>
        <translation>Elija qué tipo de tratamiento es.</translation>
    </message>
    <message>
        <source>Choose why it stopped.</source>
        <translation>Elija por qué terminó.</translation>
    </message>
    <message>
        <source>A reason for stopping needs the date it stopped.</source>
        <translation>Un motivo para terminar necesita la fecha en que terminó.</translation>
    </message>
    <message>
        <source>Give the contact a name.</source>
        <translation>Escriba el nombre del contacto.</translation>
    </message>
    <message>
        <source>What you understood</source>
        <translation>Lo que entendió</translation>
    </message>
    <message>
        <source>A question taken to a visit needs its words.</source>
        <translation>Una pregunta para una cita necesita sus palabras.</translation>
    </message>
    <message>
        <source>The question</source>
        <translation>La pregunta</translation>
    </message>
    <message>
        <source>Choose the test, or give your own test a name.</source>
        <translation>Elija el análisis, o escriba el nombre de su propio análisis.</translation>
    </message>
    <message>
        <source>A lab value cannot be below zero.</source>
        <translation>Un resultado de laboratorio no puede ser menor que cero.</translation>
    </message>
    <message>
        <source>The unit</source>
        <translation>La unidad</translation>
    </message>
    <message>
        <source>Choose one of the three answers.</source>
        <translation>Elija una de las tres respuestas.</translation>
    </message>
    <message>
        <source>Type the number from the lab result.</source>
        <translation>Escriba el número del resultado de laboratorio.</translation>
    </message>
    <message>
        <source>This is too long to be one lab number.</source>
        <translation>Esto es demasiado largo para ser un solo número de laboratorio.</translation>
    </message>
    <message>
        <source>A lab value cannot be below zero. Type the number without a minus sign.</source>
        <translation>Un resultado de laboratorio no puede ser menor que cero. Escriba el número sin el signo de menos.</translation>
    </message>
    <message>
        <source>Type the number without spaces, for example 1234 or 1.5.</source>
        <translation>Escriba el número sin espacios, por ejemplo 1234 o 1.5.</translation>
    </message>
    <message>
        <source>Is {text} a number over a thousand, or a decimal? Type it as {a} or {b}.</source>
        <translation>¿{text} es un número mayor que mil, o un decimal? Escríbalo como {a} o como {b}.</translation>
    </message>
    <message>
        <source>Type only digits and at most one decimal point, for example 1.5.</source>
        <translation>Escriba solo dígitos y como máximo un punto decimal, por ejemplo 1.5.</translation>
    </message>
    <message>
        <source>about {number}</source>
        <translation>aproximadamente {number}</translation>
    </message>
    <message>
        <source>1 point</source>
        <translation>1 punto</translation>
    </message>
    <message>
        <source>{n} points</source>
        <translation type="vanished">{n} puntos</translation>
    </message>
    <message numerus="yes">
        <source>%n points</source>
        <translation>
            <numerusform>%n punto</numerusform>
            <numerusform>%n puntos</numerusform>
        </translation>
    </message>
    <message>
        <source>These results are from different days ({parts}). A score is most meaningful from results taken together.</source>
        <translation>Estos resultados son de días distintos ({parts}). Una puntuación tiene más sentido con resultados tomados juntos.</translation>
    </message>
    <message>
        <source>{test}: no result recorded yet.</source>
        <translation>{test}: todavía no hay ningún resultado anotado.</translation>
    </message>
    <message>
        <source>{test}: a value below zero cannot be used.</source>
        <translation>{test}: no se puede usar un valor menor que cero.</translation>
    </message>
    <message>
        <source>{test}: the unit {unit} is not one the handbook knows.</source>
        <translation>{test}: el manual no conoce la unidad {unit}.</translation>
    </message>
    <message>
        <source>current treatment</source>
        <translation>tratamiento actual</translation>
    </message>
    <message>
        <source>on your treatment timeline</source>
        <translation>en la línea de tiempo de sus tratamientos</translation>
    </message>
    <message>
        <source>{name} ({when})</source>
        <translation>{name} ({when})</translation>
    </message>
    <message>
        <source>Started {name}</source>
        <translation>Inicio de {name}</translation>
    </message>
    <message>
        <source>Stopped {name}</source>
        <translation>Fin de {name}</translation>
    </message>
    <message>
        <source>{test} has no unit called {unit} in the handbook.</source>
        <translation>En el manual, {test} no tiene ninguna unidad llamada {unit}.</translation>
    </message>
    <message>
        <source>These two units cannot be converted.</source>
        <translation>Estas dos unidades no se pueden convertir.</translation>
    </message>
    <message>
        <source>{given} is the same as {result}.</source>
        <translation>{given} es lo mismo que {result}.</translation>
    </message>
    <message>
        <source>(1 {a} = 1 {b})</source>
        <translation>(1 {a} = 1 {b})</translation>
    </message>
    <message>
        <source>{given} × {factor} = {result}</source>
        <translation>{given} × {factor} = {result}</translation>
    </message>
    <message>
        <source>{given} ÷ {factor} = {result}</source>
        <translation>{given} ÷ {factor} = {result}</translation>
    </message>
    <message>
        <source>{given} ÷ {a} × {b} = {result}</source>
        <translation>{given} ÷ {a} × {b} = {result}</translation>
    </message>
    <message>
        <source>(1 {first} = {factor} {other})</source>
        <translation>(1 {first} = {factor} {other})</translation>
    </message>
    <message>
        <source>Targeted therapy pill (kinase inhibitor)</source>
        <translation>Pastilla de terapia dirigida (inhibidor de cinasas)</translation>
    </message>
    <message>
        <source>Targeted therapy drip (antibody)</source>
        <translation>Terapia dirigida por vena (anticuerpo)</translation>
    </message>
    <message>
        <source>Immunotherapy</source>
        <translation>Inmunoterapia</translation>
    </message>
    <message>
        <source>Chemotherapy</source>
        <translation>Quimioterapia</translation>
    </message>
    <message>
        <source>Medicine against hepatitis B or C</source>
        <translation>Medicamento contra la hepatitis B o C</translation>
    </message>
    <message>
        <source>Water pill (diuretic)</source>
        <translation>Pastilla para orinar (diurético)</translation>
    </message>
    <message>
        <source>Medicine for confusion from the liver</source>
        <translation>Medicamento para la confusión causada por el hígado</translation>
    </message>
    <message>
        <source>Pain medicine</source>
        <translation>Medicamento para el dolor</translation>
    </message>
    <message>
        <source>Anti-inflammatory pain medicine (NSAID)</source>
        <translation>Antiinflamatorio para el dolor (AINE)</translation>
    </message>
    <message>
        <source>Other medicine</source>
        <translation>Otro medicamento</translation>
    </message>
    <message>
        <source>Prescribed by a doctor</source>
        <translation>Recetado por un médico</translation>
    </message>
    <message>
        <source>Bought without a prescription</source>
        <translation>Comprado sin receta</translation>
    </message>
    <message>
        <source>Herb, vitamin or supplement</source>
        <translation>Hierba, vitamina o suplemento</translation>
    </message>
    <message>
        <source>Not saved yet: {why}</source>
        <translation>Todavía no se guardó: {why}</translation>
    </message>
    <message>
        <source>Write the month as a word, for example 14 March 2026, or as 2026-03-14.</source>
        <translation>Escriba el mes con letras, por ejemplo 14 de marzo de 2026, o como 2026-03-14.</translation>
    </message>
    <message>
        <source>Write the date as 14 March 2026, March 2026 or 2026 (or 2026-03-14).</source>
        <translation>Escriba la fecha como 14 de marzo de 2026, marzo de 2026 o 2026 (o 2026-03-14).</translation>
    </message>
    <message>
        <source>{field}: {why}</source>
        <translation>{field}: {why}</translation>
    </message>
    <message>
        <source>No results yet.</source>
        <translation>Todavía no hay resultados.</translation>
    </message>
    <message>
        <source>{name}: one result, {value} on {date}.</source>
        <translation>{name}: un resultado, {value} el {date}.</translation>
    </message>
    <message numerus="yes">
        <source>{name}: %n results from {first_date} to {last_date}. First {first}, latest {last}</source>
        <translation>
            <numerusform>{name}: %n resultado del {first_date} al {last_date}. Primero {first}, último {last}</numerusform>
            <numerusform>{name}: %n resultados del {first_date} al {last_date}. Primero {first}, último {last}</numerusform>
        </translation>
    </message>
    <message>
        <source>{name}: {count} results from {first_date} to {last_date}. First {first}, latest {last}</source>
        <translation type="vanished">{name}: {count} resultados del {first_date} al {last_date}. El primero, {first}; el último, {last}</translation>
    </message>
    <message>
        <source>highest {value} on {date}</source>
        <translation>el más alto, {value} el {date}</translation>
    </message>
    <message>
        <source>lowest {value} on {date}</source>
        <translation>el más bajo, {value} el {date}</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>lunes</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>martes</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>miércoles</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>jueves</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>viernes</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>sábado</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>domingo</translation>
    </message>
    <message>
        <source>{weekday} {day} {month} {year}</source>
        <translation>{weekday} {day} de {month} de {year}</translation>
    </message>
    <message>
        <source>{name}: {kind}</source>
        <translation>{name}: {kind}</translation>
    </message>
    <message>
        <source>(stopped {date})</source>
        <translation>(terminó el {date})</translation>
    </message>
    <message>
        <source>since {date}</source>
        <translation>desde el {date}</translation>
    </message>
    <message>
        <source>now</source>
        <translation>ahora</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} a {end}</translation>
    </message>
    <message>
        <source>stopped {date}</source>
        <translation>terminó el {date}</translation>
    </message>
    <message>
        <source>from {date}</source>
        <translation>desde el {date}</translation>
    </message>
    <message>
        <source>no dates yet</source>
        <translation>todavía sin fechas</translation>
    </message>
    <message>
        <source>(now)</source>
        <translation>(ahora)</translation>
    </message>
    <message>
        <source>(in a clinical trial)</source>
        <translation>(en un ensayo clínico)</translation>
    </message>
    <message>
        <source>(who to call for urgent problems)</source>
        <translation>(a quién llamar por problemas urgentes)</translation>
    </message>
    <message>
        <source>Day: {phone}.</source>
        <translation>De día: {phone}.</translation>
    </message>
    <message>
        <source>After hours: {phone}.</source>
        <translation>Fuera de horario: {phone}.</translation>
    </message>
    <message>
        <source>Nobody is chosen yet. In My care team, choose a contact and tick “Call this person for urgent problems”.</source>
        <translation>Todavía no se eligió a nadie. En Mi equipo de atención médica, elija un contacto y marque “Llamar a esta persona por problemas urgentes”.</translation>
    </message>
    <message>
        <source>someone no longer in your care team list</source>
        <translation>alguien que ya no está en su lista del equipo de atención médica</translation>
    </message>
    <message>
        <source>{day} at {time}</source>
        <translation>{day} a las {time}</translation>
    </message>
    <message>
        <source>(today)</source>
        <translation>(hoy)</translation>
    </message>
    <message>
        <source>(coming)</source>
        <translation>(próxima)</translation>
    </message>
    <message>
        <source>(something to ask again)</source>
        <translation>(algo para volver a preguntar)</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>mañana</translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>en %n día</numerusform>
            <numerusform>en %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to ask again</source>
        <translation>
            <numerusform>%n para volver a preguntar</numerusform>
            <numerusform>%n para volver a preguntar</numerusform>
        </translation>
    </message>
    <message>
        <source>in {n} days</source>
        <translation type="vanished">en {n} días</translation>
    </message>
    <message>
        <source>No visit coming is written down. Add one in My visits.</source>
        <translation>No hay ninguna cita próxima anotada. Agregue una en Mis citas.</translation>
    </message>
    <message>
        <source>Your next visit: {when} ({soon})</source>
        <translation>Su próxima cita: {when} ({soon})</translation>
    </message>
    <message>
        <source>with {who}</source>
        <translation>con {who}</translation>
    </message>
    <message>
        <source>{answered} of {total} questions have what you understood</source>
        <translation>{answered} de {total} preguntas tienen lo que entendió</translation>
    </message>
    <message>
        <source>1 to ask again</source>
        <translation>1 para volver a preguntar</translation>
    </message>
    <message>
        <source>{n} to ask again</source>
        <translation type="vanished">{n} para volver a preguntar</translation>
    </message>
    <message>
        <source>Someone no longer in your care team list</source>
        <translation>Alguien que ya no está en su lista del equipo de atención médica</translation>
    </message>
</context>
<context>
    <name>render</name>
    <message>
        <source>This handbook explains. It does not replace the advice of your doctors and nurses, who know you and your illness.</source>
        <translation>Este manual explica. No reemplaza los consejos de sus médicos y enfermeras, que conocen su caso y su enfermedad.</translation>
    </message>
    <message>
        <source>January</source>
        <translation>enero</translation>
    </message>
    <message>
        <source>February</source>
        <translation>febrero</translation>
    </message>
    <message>
        <source>March</source>
        <translation>marzo</translation>
    </message>
    <message>
        <source>April</source>
        <translation>abril</translation>
    </message>
    <message>
        <source>May</source>
        <translation>mayo</translation>
    </message>
    <message>
        <source>June</source>
        <translation>junio</translation>
    </message>
    <message>
        <source>July</source>
        <translation>julio</translation>
    </message>
    <message>
        <source>August</source>
        <translation>agosto</translation>
    </message>
    <message>
        <source>September</source>
        <translation>septiembre</translation>
    </message>
    <message>
        <source>October</source>
        <translation>octubre</translation>
    </message>
    <message>
        <source>November</source>
        <translation>noviembre</translation>
    </message>
    <message>
        <source>December</source>
        <translation>diciembre</translation>
    </message>
    <message>
        <source>Last reviewed:</source>
        <translation>Última revisión:</translation>
    </message>
    <message>
        <source>What changed in this review:</source>
        <translation>Qué cambió en esta revisión:</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <comment>a date</comment>
        <translation>{day} de {month} de {year}</translation>
    </message>
    <message>
        <source>For you</source>
        <translation>Para usted</translation>
    </message>
    <message>
        <source>This page is not translated yet, so it is shown in English.</source>
        <translation>Esta página todavía no está traducida, así que se muestra en inglés.</translation>
    </message>
    <message>
        <source>Treatments and advice change; your care team knows what is current for you.</source>
        <translation>Los tratamientos y los consejos cambian; su equipo de atención médica sabe qué es lo actual para usted.</translation>
    </message>
    <message>
        <source>(read {date})</source>
        <translation>(leído el {date})</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Questions you may want to ask your care team. Pick the ones that matter to you.</source>
        <translation>Preguntas que quizás quiera hacerle a su equipo de atención médica. Elija las que le importan.</translation>
    </message>
    <message>
        <source>Also called: {names}</source>
        <translation>También se llama: {names}</translation>
    </message>
    <message>
        <source>Pages that use this word</source>
        <translation>Páginas que usan esta palabra</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>For: {name}</source>
        <translation>Para: {name}</translation>
    </message>
    <message>
        <source>I have liver cancer.</source>
        <translation>Tengo cáncer de hígado.</translation>
    </message>
    <message>
        <source>Treatment now: {names}</source>
        <translation>Tratamiento actual: {names}</translation>
    </message>
    <message>
        <source>Call: {who}</source>
        <translation>Llamar a: {who}</translation>
    </message>
    <message>
        <source>Day: {phone}</source>
        <translation>De día: {phone}</translation>
    </message>
    <message>
        <source>After hours: {phone}</source>
        <translation>Fuera de horario: {phone}</translation>
    </message>
    <message>
        <source>My care team: {phone}</source>
        <translation>Mi equipo de atención médica: {phone}</translation>
    </message>
    <message>
        <source>My care team&apos;s number: ______________________</source>
        <translation>Número de mi equipo de atención médica: ______________________</translation>
    </message>
    <message>
        <source>From the Liver Cancer Handbook app. It does not replace your care team&apos;s advice.</source>
        <translation>De la aplicación Manual del cáncer de hígado. No reemplaza los consejos de su equipo de atención médica.</translation>
    </message>
    <message>
        <source>Call now card</source>
        <translation>Tarjeta de llamada urgente</translation>
    </message>
    <message>
        <source>Cut along the outer line. Fold along the dotted lines, like a map, with the numbers on top.</source>
        <translation>Recorte por el borde. Doble por las líneas punteadas, con los números arriba.</translation>
    </message>
    <message>
        <source>No medicine on the list has warning signs in the handbook: the card holds the numbers only.</source>
        <translation>Ningún medicamento de la lista tiene señales de alerta en el manual: la tarjeta lleva solo los números.</translation>
    </message>
    <message>
        <source>With: {names}</source>
        <translation>Con: {names}</translation>
    </message>
    <message>
        <source>More signs: see the medicines list and the handbook.</source>
        <translation>Más señales: vea la lista de medicamentos y el manual.</translation>
    </message>
    <message>
        <source>Other numbers and notes:</source>
        <translation>Otros números y notas:</translation>
    </message>
    <message>
        <source>With these choices the report would be about {pages:,} pages. That is a lot to print: you can leave out the notes or the diary table, or choose a shorter period.</source>
        <translation>Con estas opciones, el informe tendría unas {pages:,} páginas. Es mucho para imprimir: puede dejar fuera las notas o la tabla del diario, o elegir un período más corto.</translation>
    </message>
    <message>
        <source>All my questions</source>
        <translation>Todas mis preguntas</translation>
    </message>
    <message>
        <source>No questions chosen yet.</source>
        <translation>Todavía no se eligió ninguna pregunta.</translation>
    </message>
    <message>
        <source>Answer noted {date}</source>
        <translation>Respuesta anotada el {date}</translation>
    </message>
    <message>
        <source>My notes</source>
        <translation>Mis notas</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>Todavía no hay notas.</translation>
    </message>
    <message>
        <source>General note</source>
        <translation>Nota general</translation>
    </message>
    <message>
        <source>On the page “{title}”</source>
        <translation>Sobre la página “{title}”</translation>
    </message>
    <message>
        <source>On a page no longer in the handbook</source>
        <translation>Sobre una página que ya no está en el manual</translation>
    </message>
    <message>
        <source>My diary, every entry from {start} to {end}</source>
        <translation>Mi diario, todas las entradas del {start} al {end}</translation>
    </message>
    <message>
        <source>No diary entries in these days.</source>
        <translation>No hay entradas del diario en estos días.</translation>
    </message>
    <message>
        <source>Answers of “none”, “no” or 0 are left out here; the app keeps them all.</source>
        <translation>Aquí no se muestran las respuestas “ninguno”, “no” o 0; la aplicación las guarda todas.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <source>Words written</source>
        <translation>Palabras escritas</translation>
    </message>
    <message>
        <source>My medicines</source>
        <translation>Mis medicamentos</translation>
    </message>
    <message>
        <source>No medicines recorded.</source>
        <translation>No hay medicamentos anotados.</translation>
    </message>
    <message>
        <source>stopped {date}</source>
        <translation>lo dejó el {date}</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <source>How I take it</source>
        <translation>Cómo lo tomo</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Who prescribed it, notes</source>
        <translation>Quién lo recetó, notas</translation>
    </message>
    <message>
        <source>What the handbook says about some of these</source>
        <translation>Lo que dice el manual sobre algunos de ellos</translation>
    </message>
    <message>
        <source>My treatments</source>
        <translation>Mis tratamientos</translation>
    </message>
    <message>
        <source>No treatments recorded.</source>
        <translation>No hay tratamientos anotados.</translation>
    </message>
    <message>
        <source>In a clinical trial</source>
        <translation>En un ensayo clínico</translation>
    </message>
    <message>
        <source>now</source>
        <translation>ahora</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Tratamiento</translation>
    </message>
    <message>
        <source>Why it stopped</source>
        <translation>Por qué terminó</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Handbook pages marked for me</source>
        <translation>Páginas del manual marcadas para mí</translation>
    </message>
    <message>
        <source>No pages are marked yet: choose My situation in the app.</source>
        <translation>Todavía no hay páginas marcadas: elija Mi situación en la aplicación.</translation>
    </message>
    <message>
        <source>Words used in this report</source>
        <translation>Palabras que se usan en este informe</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Visit report: {name}</source>
        <translation>Informe para la cita: {name}</translation>
    </message>
    <message>
        <source>My visit report</source>
        <translation>Mi informe para la cita</translation>
    </message>
    <message>
        <source>EXAMPLE</source>
        <translation>EJEMPLO</translation>
    </message>
    <message>
        <source>Since my last visit on {date}</source>
        <translation>Desde mi última cita, el {date}</translation>
    </message>
    <message>
        <source>with</source>
        <translation>con</translation>
    </message>
    <message>
        <source>The last 4 weeks (no earlier visit is recorded)</source>
        <translation>Las últimas 4 semanas (no hay anotada ninguna cita anterior)</translation>
    </message>
    <message>
        <source>From {start} to {end}</source>
        <translation>Del {start} al {end}</translation>
    </message>
    <message>
        <source>Made on {date}</source>
        <translation type="vanished">Hecho el {date}</translation>
    </message>
    <message>
        <source>Not filled in.</source>
        <translation>Sin llenar.</translation>
    </message>
    <message>
        <source>My situation</source>
        <translation>Mi situación</translation>
    </message>
    <message>
        <source>Next visit</source>
        <translation>Próxima cita</translation>
    </message>
    <message>
        <source>since {date}</source>
        <translation>desde el {date}</translation>
    </message>
    <message>
        <source>(in a clinical trial)</source>
        <translation>(en un ensayo clínico)</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>No hay nada anotado</translation>
    </message>
    <message>
        <source>Before:</source>
        <translation>Antes:</translation>
    </message>
    <message>
        <source>My diary, {start} to {end}</source>
        <translation>Mi diario, del {start} al {end}</translation>
    </message>
    <message>
        <source>{test}, 6 months</source>
        <translation>{test}, 6 meses</translation>
    </message>
    <message>
        <source>No diary answers in these days.</source>
        <translation>No hay respuestas del diario en estos días.</translation>
    </message>
    <message>
        <source>Lines: {what}.</source>
        <translation>Líneas: {what}.</translation>
    </message>
    <message>
        <source>▼ a warning sign.</source>
        <translation>▼ una señal de alerta.</translation>
    </message>
    <message>
        <source>Also changed or high:</source>
        <translation>También cambió o está alto:</translation>
    </message>
    <message>
        <source>Diary warning signs</source>
        <translation>Señales de alerta del diario</translation>
    </message>
    <message>
        <source>None from {date}.</source>
        <translation>Ninguna desde el {date}.</translation>
    </message>
    <message>
        <source>→ the app&apos;s advice then, not what was done.</source>
        <translation>→ lo que dijo la aplicación, no lo que se hizo.</translation>
    </message>
    <message>
        <source>a carer answered</source>
        <translation>respondió un cuidador</translation>
    </message>
    <message>
        <source>Page 1 in English, for the care team. What the person wrote is shown as written, not translated.</source>
        <translation>La página 1 en inglés, para el equipo de atención médica. Lo que escribió la persona se muestra tal como lo escribió, sin traducir.</translation>
    </message>
    <message>
        <source>Yes on {dates}.</source>
        <translation>Sí: {dates}.</translation>
    </message>
    <message>
        <source>dotted, last visit {date}</source>
        <translation>de puntos, última cita, {date}</translation>
    </message>
    <message>
        <source>solid, started {name} {date}</source>
        <translation>continua, inicio de {name}, {date}</translation>
    </message>
    <message>
        <source>dashed: stopped {name} {date}</source>
        <translation>discontinua, fin de {name}, {date}</translation>
    </message>
    <message>
        <source>{first} on {first_date}, highest {top} on {top_date}, {last} on {last_date}</source>
        <translation>{first} ({first_date}), máximo {top} ({top_date}), {last} ({last_date})</translation>
    </message>
    <message>
        <source>{first} on {first_date}, {last} on {last_date}</source>
        <translation>{first} ({first_date}), {last} ({last_date})</translation>
    </message>
    <message>
        <source>Medicines now</source>
        <translation>Medicamentos actuales</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>No hay nada anotado.</translation>
    </message>
    <message>
        <source>Since {date}</source>
        <translation>Desde el {date}</translation>
    </message>
    <message>
        <source>{since}: nothing started or stopped.</source>
        <translation>{since}: no empezó ni terminó nada.</translation>
    </message>
    <message>
        <source>started</source>
        <translation>empezó</translation>
    </message>
    <message>
        <source>{name} started {date}; the day is not recorded.</source>
        <translation>{name} empezó en {date}; el día no está anotado.</translation>
    </message>
    <message>
        <source>{name} stopped {date}; the day is not recorded.</source>
        <translation>{name} terminó en {date}; el día no está anotado.</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>terminó</translation>
    </message>
    <message>
        <source>{since}: nothing else started or stopped.</source>
        <translation>{since}: no empezó ni terminó nada más.</translation>
    </message>
    <message>
        <source>Latest numbers</source>
        <translation>Últimos números</translation>
    </message>
    <message>
        <source>No lab results recorded.</source>
        <translation>No hay resultados de laboratorio anotados.</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Análisis</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Último</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>Before, in the same unit:</source>
        <translation>Antes, en la misma unidad:</translation>
    </message>
    <message>
        <source>Child-Pugh: {score} points, class {band}.</source>
        <translation>Child-Pugh: {score} puntos, clase {band}.</translation>
    </message>
    <message>
        <source>Child-Pugh: not worked out.</source>
        <translation>Child-Pugh: no se calculó.</translation>
    </message>
    <message>
        <source>ALBI: {score}, grade {band}.</source>
        <translation>ALBI: {score}, grado {band}.</translation>
    </message>
    <message>
        <source>{bf} × log10({bilirubin}) {sign} {af} × {albumin}.</source>
        <translation>{bf} × log10({bilirubin}) {sign} {af} × {albumin}.</translation>
    </message>
    <message>
        <source>ALBI: not worked out.</source>
        <translation>ALBI: no se calculó.</translation>
    </message>
    <message>
        <source>My questions for this visit</source>
        <translation>Preguntas para esta cita</translation>
    </message>
    <message>
        <source>Since my last visit</source>
        <translation>Desde mi última cita</translation>
    </message>
    <message>
        <source>The last 4 weeks</source>
        <translation>Las últimas 4 semanas</translation>
    </message>
    <message>
        <source>The last 3 months</source>
        <translation>Los últimos 3 meses</translation>
    </message>
    <message>
        <source>The last 6 months</source>
        <translation>Los últimos 6 meses</translation>
    </message>
    <message>
        <source>The last year</source>
        <translation>El último año</translation>
    </message>
    <message>
        <source>Everything I have recorded</source>
        <translation>Todo lo que he anotado</translation>
    </message>
    <message>
        <source>All my questions, with lines to write the answers</source>
        <translation>Todas mis preguntas, con líneas para escribir las respuestas</translation>
    </message>
    <message>
        <source>Every diary entry of these days, in a table</source>
        <translation>Todas las entradas del diario de estos días, en una tabla</translation>
    </message>
    <message>
        <source>All my medicines, past ones too</source>
        <translation>Todos mis medicamentos, también los anteriores</translation>
    </message>
    <message>
        <source>My treatments, one after the other</source>
        <translation>Mis tratamientos, uno tras otro</translation>
    </message>
    <message>
        <source>The “call now” card, to cut out and keep</source>
        <translation>La tarjeta de llamada urgente, para recortar y guardar</translation>
    </message>
    <message>
        <source>A line about each handbook page marked “For you”</source>
        <translation>Una línea sobre cada página del manual marcada “Para usted”</translation>
    </message>
    <message>
        <source>The meaning of the medical words used</source>
        <translation>Lo que quieren decir las palabras médicas que se usan</translation>
    </message>
    <message>
        <source>Where the handbook’s facts come from</source>
        <translation>De dónde vienen los datos del manual</translation>
    </message>
    <message>
        <source>Page 1 again in English, for a doctor who reads English (and the call-now card too)</source>
        <translation>La página 1 otra vez en inglés, para un médico que lee inglés (y también la tarjeta de llamada urgente)</translation>
    </message>
    <message>
        <source>As usual on this computer</source>
        <translation>Como siempre en esta computadora</translation>
    </message>
    <message>
        <source>Letter (US)</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>{label} (none recorded yet: the last 4 weeks)</source>
        <translation>{label} (todavía no hay ninguna anotada: las últimas 4 semanas)</translation>
    </message>
    <message>
        <source>{label} ({date})</source>
        <translation>{label} ({date})</translation>
    </message>
    <message>
        <source>{label} ({paper})</source>
        <translation>{label} ({paper})</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 página</translation>
    </message>
    <message>
        <source>{count:,} pages</source>
        <translation>{count:,} páginas</translation>
    </message>
    <message>
        <source>The report is {pages}, on {paper} paper.</source>
        <translation>El informe tiene {pages}, en papel {paper}.</translation>
    </message>
    <message>
        <source>The report would be about {pages}, on {paper} paper.</source>
        <translation>El informe tendría unas {pages}, en papel {paper}.</translation>
    </message>
    <message>
        <source>Your visit report ({pages}) was saved to:
{target}</source>
        <translation>Su informe para la cita ({pages}) se guardó en:
{target}</translation>
    </message>
    <message>
        <source>The older file of that name was moved to the Trash, where you can get it back:
{path}</source>
        <translation>El archivo anterior con ese nombre se movió a la papelera, de donde lo puede recuperar:
{path}</translation>
    </message>
    <message>
        <source>It replaced the older file of that name, as you asked (it could not be moved to the Trash).</source>
        <translation>Reemplazó el archivo anterior con ese nombre, como usted pidió (no se pudo mover a la papelera).</translation>
    </message>
    <message>
        <source>The reason given: {reason}.</source>
        <translation>La razón que se dio: {reason}.</translation>
    </message>
    <message>
        <source>Your visit report could not be saved to {target}.

{reason}

Please choose another name or folder, and try again.</source>
        <translation>No se pudo guardar su informe para la cita en {target}.

{reason}

Elija otro nombre u otra carpeta, e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Your visit report ({pages}) was sent to the printer {printer}.</source>
        <translation>Su informe para la cita ({pages}) se envió a la impresora {printer}.</translation>
    </message>
    <message>
        <source>The visit report was not printed: the printer could not be used.</source>
        <translation>El informe para la cita no se imprimió: no se pudo usar la impresora.</translation>
    </message>
    <message>
        <source>Please check the printer and try again, or save the report as a PDF and print that.</source>
        <translation>Revise la impresora e inténtelo de nuevo, o guarde el informe como PDF e imprímalo.</translation>
    </message>
    <message>
        <source>Medicines: {name}</source>
        <translation>Medicamentos: {name}</translation>
    </message>
    <message>
        <source>Written down by me, on {date}. Bring this list to every visit and show it to every doctor, nurse and pharmacist.</source>
        <translation>Anotado por mí, el {date}. Traiga esta lista a cada cita y muéstresela a cada médico, enfermera y farmacéutico.</translation>
    </message>
    <message>
        <source>Who to call for urgent problems:</source>
        <translation>A quién llamar por problemas urgentes:</translation>
    </message>
    <message>
        <source>Call now card: {name}</source>
        <translation>Tarjeta de llamada urgente: {name}</translation>
    </message>
    <message>
        <source>Page {page} of {total}</source>
        <translation>Página {page} de {total}</translation>
    </message>
    <message>
        <source>Not medical advice: go through it with your care team.</source>
        <translation>No es consejo médico: repáselo con su equipo de atención médica.</translation>
    </message>
</context>
<context>
    <name>summary</name>
    <message>
        <source>the person who has liver cancer</source>
        <translation>la persona que tiene cáncer de hígado</translation>
    </message>
    <message>
        <source>someone who cares for a person with liver cancer</source>
        <translation>alguien que cuida a una persona con cáncer de hígado</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>How doctors group the cancer for treatment</source>
        <translation>Cómo agrupan los médicos el cáncer para el tratamiento</translation>
    </message>
    <message>
        <source>Liver function (Child-Pugh class)</source>
        <translation>Función del hígado (clase de Child-Pugh)</translation>
    </message>
    <message>
        <source>Other liver conditions you have or had</source>
        <translation>Otras enfermedades del hígado que tiene o tuvo</translation>
    </message>
    <message>
        <source>Treatments received or being considered</source>
        <translation>Tratamientos que recibió o que se están considerando</translation>
    </message>
    <message>
        <source>Filled in by</source>
        <translation>Lo llenó</translation>
    </message>
    <message>
        <source>Nothing was chosen in &lt;i&gt;My situation&lt;/i&gt;.</source>
        <translation>No se eligió nada en &lt;i&gt;Mi situación&lt;/i&gt;.</translation>
    </message>
    <message>
        <source>My situation</source>
        <translation>Mi situación</translation>
    </message>
    <message>
        <source>Pages for me</source>
        <translation>Páginas para mí</translation>
    </message>
    <message>
        <source>No pages are marked for you yet. In the app, choose &lt;i&gt;My situation&lt;/i&gt; in the &lt;i&gt;View&lt;/i&gt; menu to mark them.</source>
        <translation>Todavía no hay páginas marcadas para usted. En la aplicación, elija &lt;i&gt;Mi situación&lt;/i&gt; en el menú &lt;i&gt;Ver&lt;/i&gt; para marcarlas.</translation>
    </message>
    <message>
        <source>What each page marked for me is about. The full pages are in the handbook app.</source>
        <translation>De qué trata cada página marcada para mí. Las páginas completas están en la aplicación del manual.</translation>
    </message>
    <message>
        <source>Last reviewed {date}.</source>
        <translation>Última revisión: {date}.</translation>
    </message>
    <message>
        <source>My questions</source>
        <translation>Mis preguntas</translation>
    </message>
    <message>
        <source>No questions were chosen. In the app, the &lt;i&gt;Questions to ask&lt;/i&gt; tab lets you pick questions and add your own.</source>
        <translation>No se eligió ninguna pregunta. En la aplicación, la pestaña &lt;i&gt;Preguntas&lt;/i&gt; le permite elegir preguntas y agregar las suyas.</translation>
    </message>
    <message>
        <source>Answer noted {date}</source>
        <translation>Respuesta anotada el {date}</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>No notes on the pages marked for me.</source>
        <translation>No hay notas sobre las páginas marcadas para mí.</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>Todavía no hay notas.</translation>
    </message>
    <message>
        <source>My notes</source>
        <translation>Mis notas</translation>
    </message>
    <message>
        <source>General note</source>
        <translation>Nota general</translation>
    </message>
    <message>
        <source>On the page “{page}”</source>
        <translation>Sobre la página “{page}”</translation>
    </message>
    <message>
        <source>On a page no longer in the handbook</source>
        <translation>Sobre una página que ya no está en el manual</translation>
    </message>
    <message>
        <source>Words used in this summary</source>
        <translation>Palabras que se usan en este resumen</translation>
    </message>
    <message>
        <source>(read {date})</source>
        <translation>(leído el {date})</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Liver cancer summary for {name}</source>
        <translation>Resumen sobre el cáncer de hígado de {name}</translation>
    </message>
    <message>
        <source>My liver cancer summary</source>
        <translation>Mi resumen sobre el cáncer de hígado</translation>
    </message>
    <message>
        <source>Made on {date} with {app} {version}.</source>
        <translation>Hecho el {date} con {app} {version}.</translation>
    </message>
    <message>
        <source>Please bring this summary to your next visit and go through it with your care team.</source>
        <translation>Traiga este resumen a su próxima cita y repáselo con su equipo de atención médica.</translation>
    </message>
</context>
</TS>
