alguien para unas rankeds de valo? voy solo y me toca cada random q flipas jaja
NO PUEDE SER, OTRA VEZ LA JETT DE 40 KILLS
<@284766912351698944> tas? hoy tenemos scrim a las 21:00
gg wp a todos, ese clutch de <@846201937465018273> en la ultima ronda fue una locura 🔥
q mal juega mi jungla tio, no a gankeado ni una vez en 15 minutos xd
¿Alguien sabe si el parche 14.3 nerfea a Yasuo o sigue igual de roto?
jajajaja el ult d ese pibe no le dio a nadie
<@284766912351698944> ya toy en la cola, entra cuando puedas
Necesito un dúo para subir de oro a platino. Juego support o ADC y tengo micro.
nose xq pero desde ayer me da 200 de ping, antes tenia 30 :(
Ese sniper está rotísimo, mata a todo de un tiro.
Muy buenas partidas hoy, equipo. Mañana entrenamos a la misma hora, no falten 💪
WEY TE ESTOY HABLANDO POR EL CHAT DE VOZ Y NO ME OYES
alv me banearon 24 horas por salirme de una partida, y fue q se me fue el internet
¿Alguien tiene la config de mira de TenZ? La busco y no la encuentro.
el mapa nuevo es malisimo, todas las esquinas son pa campear xd <:kekw:846372019485736201>
Tranqui, la siguiente la ganamos. Foco en la eco y en la 4 compramos **todos juntos**.
dale wey, ya entro
pq siempre me toca support si pongo mid de primera opsion
<:pepega:817263544019468288> mi teammate se tiró de la plataforma solito
¡Buenas! Busco gente para armar un equipo de Overwatch 2 para el torneo del mes que viene. Somos 3, nos faltan un tanque y un support. Nivel diamante más o menos, jugamos de 22:00 a 00:00 hora de España. Si te interesa, manda DM.
alguien mas tiene el bug de q no se escuchan los pasos en el CS2? 😭
<@610293847561029384> ntp bro, nos pasa a todos
Cuánto cuesta el pase de batalla? Creo q 950 pavos pero no toy seguro
me rindo, este mid no sabe lo q es un ward jajaja
3 derrotas seguidas, me voy a dormir ya :sob:
JAJAJAJA NO ME LO CREO, UN 1V5 CON LA PISTOLA
¿Qué agente me recomiendan para empezar? Nunca he jugado Valorant y el ranked me da un poco de miedo.
<@318822004456712390> Sage o Brimstone: son facilitos y ayudan un montón al equipo.
q onda con los servers de riot, me saca cada 5 minutso
ya no juego apex tio, desde la temporada 19 se volvio un desastre
pasen por <#901234567890123456> q ya estan los equipos del torneo
Tío, ¿por qué compras si vamos en eco? Ahora no tenemos para la siguiente ronda.
perdon chicos, se me cayo el intenet en plena ronda 🙏
ese smurf tenia una cuenta nivel 12 y nos hizo un 30-2 xd
quién se apunta a unas normales de lol? en 5 min empezamos
**Recordatorio:** los que se inscribieron al torneo de Valorant tienen que hacer check-in antes del sábado a las 18:00 en <#903344556677889900>
No me echen la culpa a mí, fui el único que defendió el site.
estoy harto de los q conpran cuentas, se nota a leguas <:angrycat:1029384756102938475>
xd
mi aim hoy da pena, no le doy ni a un bot jsjsjs
¿Alguien juega todavía al Dota? Hace 2 años que no lo toco y me dieron ganas de volver.
nah el meta de ahora es puro tanque, aburridisimo :sleeping:
flipo con lo q cuesta la skin nueva del vandal, 2175 VP es un robo 💀
<@493817265501928374> va, en 10 me conecto
Oigan, ¿alguien sabe cómo se desbloquea el modo clasificatorio? Tengo nivel 28 y no me deja.
se me ha bugeado el juego y no me deja comprar nada en la tienda 🥲
q pedazo de ace tioooo
<@731985520194830357> porfa no pickees Reyna otra vez, necesitamos a alguien con smokes
Les cuento mi noche: primera partida, un AFK desde el minuto 1. Segunda, el jungla se enoja porque no le dimos el dragón y empieza a feedear a propósito. Tercera, por fin un equipo decente, vamos ganando por 10 kills, y se me cierra el cliente y no me deja reconectar. Resultado: -60 de LP y una rabia que ni te cuento. Mañana lo intento otra vez, pero si sigue así lo desinstalo, lo juro.
alguien tiene una semilla buena para la 1.21? quiero una aldea cerca del spawn
¡Acabo de encontrar diamantes en la Y -58! 💎
q mods me recomiendan para minecarft? q no pidan mucha ram q mi pc es una patata
Sodium y Lithium. Te suben los FPS un montón, los tienes en https://modrinth.com
la ip del server de survival es `mc.elrinconcito.net`, versión 1.20.4, no hace falta whitelist. mapa en vivo: http://mc.elrinconcito.net:8123
QUIEN ME HA QUEMADO LA CASA
perdon fue un creeper no fui yo lo juro jajaja :innocent:
Estoy haciendo una granja de hierro pero los golems no spawnean, ¿alguien sabe por qué? Tengo 3 aldeanos y las camas puestas.
los aldeanos tienen q ver un zombie, si no no spawnea nada. mira este video https://youtu.be/3kF9xWq2LpA
aiii el wither me destrozó la base entera tíoo 😭😭
¿Alguien ha jugado al Baldur's Gate 3? ¿Vale la pena o es muy complicado para alguien que nunca ha jugado un RPG así?
<@902345671298340112> Vale muchísimo la pena. Llevo 140 horas y sigo en el acto 2.
ojo q ||el herrero del pueblo es el jefe final|| jajaja no me lo esperaba para nada
¿Cuál es la mejor build de mago para el principio? Voy full inteligencia y me matan de dos golpes.
sube vigor hasta 20 minimo, despues lo q qieras
me pasé el jefe de la torre despues de 47 intentos 🥹 ya puedo morir en paz jaja
me salio Furina en la tirada 12!!! mi suerte no es normal jajaja
yo llevo 160 tiradas y nada, el 50/50 me odia <:copium:998877665544332211>
cuanto falta pa la siguiente actualizacion de genshin? quiero ir guardando protogemas
sale <t:1767225600:R>, asi q tienes tiempo de sobra
Consejo para los nuevos: no gastéis las gemas en el banner estándar, guardadlas para los personajes limitados.
alguien me ayuda con el jefe semanal? toy atascado y mi equipo tiene muy poco nivel xd
UID 700123456 x si alguien quiere agregarme
Llevo 3 días farmeando artefactos y todos salen con defensa plana, ya no sé qué hacer con mi vida
jsjsjs te entiendo, es el sufrimiento del gacha
el honkai me va a 20 fps en el cel jajaja, algun truco?
Esta noche a las 22:00 reinicio el server para meter los plugins nuevos, guardad todo antes pls
alguien tiene elytras d sobra? pago en esmeraldas 💚
Hice una granja de ovejas automática, está en las coords 230 64 -1150 por si alguien quiere lana.
el end esta lleno de endermans y no veo al dragon jajaja ayuda porfa
<@902345671298340112> donde dejaste los cofres con los materiales? no los encuentro en la base
En el sótano, detrás de la pared de piedra, hay una palanca.
TENGO EL TRIDENTE POR FIN 🔱🔱
alguien sabe si skyrim sigue valiendo la pena en 2025 o ya ta muy viejo?
con mods es otro juego, te lo juro. ponle unos 200 de https://www.nexusmods.com/skyrimspecialedition y parece de ayer jaja
q build llevo para el pícaro? tengo 2 dagas legendarias y no sé si ir a crítico o a veneno
Veneno, sin duda. El crítico lo nerfearon en el parche 1.3.
¿Ya salió el tráiler del nuevo Zelda? Me dijeron que hoy lo mostraban, pero no veo nada.
<@664422880011335577> ni idea bro, fijate en el twiter de nintendo
Me encanta cuando el juego te dice "esta decisión tendrá consecuencias" y luego no pasa nada xd
Me he pillado el Hollow Knight en oferta por 7€. La mejor compra del año.
JAJAJAJA el npc se quedó atorado en la puerta y no me deja pasar
¿Alguien se anima a la raid de esta noche? Somos 6, nos faltan 2.
dale apuntame, yo llevo el healer
Hoy en la tienda está el pack a 4,99 con 3000 gemas. No está nada mal, la verdad.
a mi ya me da cosa gastar dinero en esto, es tirar la pasta jsjs
ya van 5 veces q me mata el mismo jefe. *5*.
**Novedades del server:** spawn nuevo, tienda en la aldea y ahora `/sethome` deja guardar hasta 3 casas 🏠
el pvp esta desactivado en el spawn o me lo he inventado? jaja
Acabo de terminar el Elden Ring después de 3 meses y tengo sentimientos encontrados. La exploración es lo mejor que he jugado en años, cada cueva tiene algo. Pero los últimos jefes son injustos a más no poder, sobre todo el penúltimo, que me tuvo 2 días enteros. Aun así se lo recomiendo a cualquiera con paciencia, y si os atascáis, invocad ayuda sin vergüenza, que para eso está.
alguien sabe xq me sale `ModuleNotFoundError: No module named 'discord'` si ya lo instale con pip?
Seguramente lo instalaste en otro Python. Prueba con `python3 -m pip install discord.py`.
Funcionó!! Mil gracias crack 🙏
dnd
Tengo Ubuntu 24.04 y después de actualizar no me arranca el entorno gráfico, se queda en pantalla negra con el cursor. ¿A alguien le pasó algo parecido?
drivers de nvidia seguro. entra a una tty con ctrl+alt+f3 y reinstala con `sudo ubuntu-drivers install`
mi bot de discord se desconecta cada 2 horas y no se pq, lo tengo en una raspberry
<@227788990011554433> pasa el log completo y lo miramos, pero sin el token eh
NUNCA SUBÁIS EL TOKEN DEL BOT A GITHUB, OS LO ROBAN EN 5 MINUTOS
jajaja hablas x experiencia?
sip, me llenaron el server de spam de criptos xd
¿Qué distro me recomiendan para una laptop vieja con 4 GB de RAM?
Linux Mint XFCE o Lubuntu, van finísimas. Mint lo bajas de aquí: https://linuxmint.com/download.php
uso arch btw 😎
alguien me explica q diferencia hay entre `git merge` y `git rebase`? no me entero
Merge junta las dos ramas con un commit nuevo; rebase reescribe tu rama encima de la otra como si la hubieras empezado ahí. Para ramas tuyas, rebase; para ramas compartidas, mejor merge.
me sale error 403 al hacer push, alguien sabe??
GitHub ya no acepta contraseñas, tienes que usar un token o SSH: https://docs.github.com/es/authentication
el contenedor se me reinicia en bucle y `docker logs` no muestra nada 😩
Prueba `docker compose up` sin el `-d` para ver la salida en directo.
cuantos GB de ram necesita un server de minecraft pa 10 personas con unos 30 plugins?
<@190283746510293847> con 6 vas sobrado, pon `-Xmx6G` y listo
Por qué me da `IndentationError` si está todo bien alineado?? Ya lo revisé 3 veces
estas mezclando tabs con espasios fijo xd
pues era eso, q verguenza jaja :sweat_smile:
Necesito ayuda: mi pc hace un pitido largo al encender y no da imagen. Ya cambié la RAM de slot y nada.
Un pitido largo suele ser la RAM. Prueba con un solo módulo y limpia los contactos con una goma de borrar.
Windows se me actualizó solo en mitad de una partida. Lo odio con toda mi alma.
ALGUIEN SABE COMO QUITAR LAS ACTUALIZACIONES AUTOMATICAS DE WINDOWS 11
la mejor forma de aprender a programar es **hacer proyectos**, no ver tutoriales sin parar. Haz un bot, una web, lo q sea, y cuando te atasques buscas.
q lenguaje me recomiendan para empezar, python o javascript?
python sin dudarlo, la sintaxis es mas sensilla
Mi bot no responde a los comandos, pero sí sale en línea. Uso discord.py 2.3.
¿Activaste el intent de `message_content` en el portal de desarrolladores?
NOOO era eso 🤦‍♂️ llevo 2 horas con esto
https://discordpy.readthedocs.io/en/stable/intents.html aqui lo explica bien
¿Alguien usa Arch en el día a día? Estoy pensando en pasarme desde Fedora, pero me da miedo romper algo.
el wifi no me funciona en linux, en windows sí. tarjeta realtek
realtek + linux = sufrimiento. busca el driver aqui: https://github.com/search?q=rtl8821ce
tengo una consulta q tarda 40 segundos, la tabla tiene 2 millones de filas, ¿con un índice se arregla?
depende de la consulta, pásala y le echamos un ojo. y usa `EXPLAIN` antes q nada
Me sale esto al compilar y no entiendo nada: `error: linker 'cc' not found`
Te falta build-essential: `sudo apt install build-essential` y ya está.
q es mejor para un bot, sqlite o postgres? solo va a estar en 3 servers
<@381920475610293847> sqlite te sobra para eso
**Consejo:** no uséis ChatGPT para copiar código q no entendéis, luego cuando falla no sabéis arreglarlo
mi laptop llega a 95 grados jugnado, es normal bro??
no, cambiale la pasta termica y limpia los ventiladroes
ya le cambie la pasta y ahora esta en 70 🥳 gracias <@556677889900112233>
Reporte de bug del bot: cuando uso `/rank` en el chat de texto de un canal de voz, el bot responde con un error de permisos aunque tiene rol de admin. En canales normales funciona bien. Probé a quitarle y ponerle el rol, reiniciarlo y darle permisos a mano en el canal, y nada. Pasa desde la actualización del martes. Adjunto captura: https://i.imgur.com/Xk3pQ9a.png. Si alguien necesita más info me dice.
¿Cómo hago para que mi bot mande un mensaje a una hora fija todos los días?
Usa `tasks.loop` de discord.ext con `time=`, viene en la documentación.
nsé si es mi internet o q, pero github va lentísimo hoy
```pip install -r requirements.txt``` eso antes de correr el bot
El VPS de 5 dólares al mes va de sobra para un bot pequeño.
**SORTEO** 🎉 Este viernes sorteamos 3 códigos de Nitro entre los miembros activos. Para participar reaccionad con 🎉 en <#904455667788990011>. ¡Suerte a todos!
cuando es el sorteo?? no me entere jaja
lee el anuncio xd, el viernes
gane el sorteo!!! nunca gano nada 😭😭 gracias mods <a:catjam:905521377366638672>
<@&765432109876543210> hay alguien spameando links raros en <#901234567890123456>, podeis mirarlo?
Listo, baneado. Gracias por avisar <@771029384756102938> 👍
Os recuerdo las normas: nada de spam, nada de NSFW fuera de su canal y respeto a todo el mundo. Al tercer aviso, ban.
como consigo el rol <@&812345678901234567>? xfa
reacciona en <#913579246801357924> con el emoji del juego q juegues
porq me han muteado?? no hice nada
Te muteamos 1 hora por insultar en el general. Si quieres hablarlo, abre un ticket en <#920011223344556677>.
¡Bienvenidos a todos los nuevos! Pasad por <#930000111122223333> para leer las normas y presentaos en <#930000111122224444> 😊
holaa soy nueva, me invito una amgia 👋
bienvenida!! k juegos juegas?
hoy hay noche de juegos en el canal de voz, a las 21:30 hora España / 14:30 México. Jugamos Among Us y luego lo q salga
<t:1767312000:F> es la hora exacta, para q nadie se líe con los husos horarios
yo me apunto!! <@284766912351698944> vienes?
Me apunto, pero llegaré un poco tarde, unos 10 minutos.
q alguien me pase el link del among porfa
Por favor, **no** hagáis ping a los admins por tonterías; para eso están los mods.
¡El server llegó a 1000 miembros! 🥳🎉 Gracias a todos por hacerlo posible.
hay q hacer algo especial x los 1000, un torneo o algo xd
**Encuesta:** qué evento queréis para el finde? 🅰️ torneo de Valorant 🅱️ noche de Minecraft
torneo obvio 🅰️
alguien sabe quien es el mod de guardia hoy? hay un troll en el vc :rolling_eyes:
¡Buscamos moderadores! Requisitos: 16+ años, estar activo al menos 1 hora al día y haber leído las normas. Formulario aquí: https://forms.gle/aB3xYz7KpLm2QwErT
me postulé para mod jaja ojala me escojan 🤞
oigan el bot d niveles se murió? a mi tmb me dejó d subir la xp :thinking:
Sí, lo estamos arreglando. Perdonad las molestias.
q rol hay q tener para poder mandar imagenes?
Se desbloquea a partir del nivel 5. Es para evitar el spam de bots.
<@&765432109876543210> ECHAD A ESE TÍO YA POR FAVOR
Nuevo canal: <#940000111122225555> para compartir clips de vuestras partidas. Los mejores del mes saldrán en el anuncio del día 1 ✨
puedo hacer publisidad de mi canal de twitch? jsjs
solo en <#950000111122226666>, una vez por semana, y sin mandar DM a la gente
Alguien me está mandando DMs de "Nitro gratis", es una estafa, ¿no?
si, es estafa 100% :warning: no abras el link y pásanos captura para banearlo
Gracias por el evento de ayer, me lo pasé genial. ¡A ver si se repite pronto!
quien gano el torneo al final? me fuy antes
El equipo de <@384756102938475610> ganó la final 13-9, premio de 20€ en Steam para cada uno 🏆
eso estuvo amañado jajaja es broma, felicidades crack
xq no puedo ver <#960000111122227777>?
ese canal es solo pa boosters 💎
¡Le di boost al server! 🚀 Ya somos nivel 2.
GRACIAS CRACK 🫡
¿Se puede cambiar el apodo en el server o solo lo pueden hacer los mods?
Clic derecho en tu nombre > Editar perfil del servidor.
<@129384756102938475> primer aviso por spam de stickers. El siguiente es mute de 24h.
perdon perdon no lo vuelvo a acer 😅
📢 **Cambios en el servidor** 📢 A partir del lunes vamos a reorganizar los canales: los de juegos pasan a una categoría propia, <#970000111122228888> se cierra porque casi nadie lo usaba y vamos a añadir un canal de sugerencias. También hemos actualizado las normas, sobre todo la parte de publicidad y DMs, así que echadles un vistazo. Cualquier duda, preguntad a cualquier moderador. ¡Gracias por hacer de esto una comunidad tan maja! ❤️
alguien sabe como poner un rol d color? kiero el morado
en <#913579246801357924> abajo del todo estan los colores
q bonito el baner nuevo del server, quien lo hizo?
lo hizo <@667788990011223344>, es artista
Oye, ¿el evento de Minecraft es en el server de siempre o en uno nuevo?
ya basta con los gifs en el general eh 🙄
el sever esta muerto hoy, donde esta todo el mundo xd
jugando el parche nuevo jaja <:pog:771234509876123456>
SORTEO de una copia de Hollow Knight: Silksong 🎮 Requisitos: estar en el server desde antes del 1 de diciembre y reaccionar a este mensaje. Termina <t:1767484800:R>
reaccione y no me sale el check del bot, cuenta igual?
Sí, cuenta. El bot tarda un poco en confirmar.
cual es el prefijo del bot? `!` o `/`?
ahora todo va con slash commands, escribe `/` y te salen
¿Alguien puede hacer un bot que avise cuando uno de nosotros empiece stream?
Me hackearon la cuenta y mandaron spam desde ella, perdón a todos 😔 Ya la recuperé.
activa la 2FA ya mismo!!! :lock:
q es 2FA? xd
Verificación en dos pasos: te pide un código del móvil además de la contraseña.
los q quieran jugar el torneo de LoL del sábado, apuntaos aquí: https://challonge.com/es/torneoservidor25 (máximo 8 equipos)
¿Se puede jugar sin equipo? Me apuntaría solo.
<@620384756102938475> sí, te metemos con otros q vayan solos
mañana no hay evento x el mantenimento, sorry
holaaa alguien quiere jugar algo? me aburro muchisimo jajaja
¿Alguien sabe cómo quitar las notificaciones de @everyone de este server? Me vibra el móvil cada 5 minutos 😅
jajaja clic en el nombre del server > notificaciones > suprimir @everyone
el bot d bienvenida se está repitiendo, me mando el msj 3 veces jaja
Ya lo vi, gracias. Hay 2 instancias corriendo a la vez, ahora apago una.
> **Norma 3:** nada de publicidad sin permiso de un admin
felicidades a <@445566778899001122> por su ascenso a moderador 🎉🎉
grax gente!! intentaré hacerlo lo mejor posible 🫶
nada de spam de invitaciones a otros servers, **ultimo aviso**
y si es un server de minecraft? :eyes:
igual, pregunta primero
el de los stickers de gato otra vez jajajaja 💀
¡Hola! Soy admin de otro server de Valorant y queríamos proponerles una alianza, ¿con quién puedo hablar?
mandame msj x dm y lo hablamos :handshake:
este mensaje merece estar en <#912121212121212121> ⭐
me muero :skull: :skull:
ya ta bueno con el spam de :fire: gente
me encanta este server de verdad, sois lo mejor :heart:
cuanto dura el mute x spam?
10 min la primera vez, 1 hora la segunda, y luego ban temporal
por favor usad <#903344556677889911> para los bugs del server, en el general se pierden
¿Ya hay fecha para la próxima noche de juegos?
El sábado 14 a las 20:00. Ahora lo pongo en <#904455667788990011>.
ME TOCO EL SORTEO NO ME LO CREO
El ganador tiene 48 h para reclamar el premio por DM; si no, se vuelve a sortear.
Buenas a todos 👋 Como muchos pedisteis, este mes hacemos el **primer torneo de Minecraft Bedwars** del server. Será por equipos de 4, el domingo a las 18:00 (hora de España), y el premio para el equipo ganador es 1 mes de Nitro para cada miembro. Las inscripciones están abiertas hasta el viernes en <#905566778899001122>. Si no tenéis equipo, apuntaos igualmente y os juntamos. ¡Nos vemos en el server!
¿Alguien sabe a qué hora se reinicia la tienda de Valorant? Quiero ver si me sale la skin que busco.
<@502938475610293847> a las 2:00 hora española, o sea <t:1767398400:R>
ME HAN ROBADO EL BARÓN EN EL ÚLTIMO SEGUNDO, ESTOY QUE ME SUBO POR LAS PAREDES
no manches wey ese headshot desde la otra punta del mapa 😳 jajaja https://clips.twitch.tv/ValiantBraveOtterPogChamp-x7Kq9Lm2
q skin es esa?? yo tb la qiero
¿Quién se apunta a un 2v2 en el Rocket League? Estoy en Platino 2, más o menos.
El anticheat me sacó de la partida y no estaba haciendo nada raro. ¿A alguien más le pasa?
El campeón nuevo está rotísimo: 57% de winrate en la primera semana. Seguro que lo nerfean en el próximo parche.
¡Después de 5 años por fin llegué a Inmortal! 😭 Gracias a todos los que jugaron conmigo.
GG <@931827364501928374> crack, te lo mereces
¿Para qué sirve la estadística de suerte? Nadie me lo sabe explicar.
Sube la probabilidad de loot raro, pero muy poquito. No vale la pena.
¿A alguien más le crashea el juego al abrir el inventario? Desde el parche de ayer me pasa siempre.
Ya lo confirmaron, hay un hotfix en camino: https://status.riotgames.com/
0 comunicación, todos peleándose entre ellos y el jungla farmeando a su bola. Qué equipo más malo, por Dios.
jajaja te acuerdas cuando <@175839204756102938> se cayó del mapa en la final?
NO ME LO RECUERDES PORFA 😭
me compré un mando nuevo y ahora juego el doble de mal, explicadme esto xd
Pregunta seria: ¿vale la pena el modo historia o voy directo al multijugador?
La historia es corta, unas 6-7 horas. Hazla, que te explica todas las mecánicas.
hay crosplay entre ps5 y pc??
Sí, pero tienes que activarlo en Ajustes > Red.
xXSniperXx otra vez con la escopeta en todas las partidas, q pesado jaja
ando re manco hoy jaja, mejor me voy a jugar normales
por q riot pone mantenimiento justo el viernes a la noche 🙃
el de la pistola dorada se quedó campeando en el baño toda la partida jajajaja <:kekw:846372019485736201>
Tengo 2 claves de Steam de sobra de un bundle. Las sorteo entre los que lleven más de un mes en el server; reaccionad con :key: para participar.
necesito 3 pa la mazmorra heroica, yo llevo el tanque
soy healer nivel 70, me uno <@502938475610293847>
en warzone ya no se puede con los hackres, hay uno en cada partida :rage:
alguien me explica como funciona el pity? soy nuebo en esto de los gachas
A las 90 tiradas tienes el 5 estrellas asegurado, y si pierdes el 50/50, el siguiente es seguro el del banner. Lo tienes todo explicado aquí: https://genshin-impact.fandom.com/wiki/Wish
uf q lio jajaja, gracias igual
alv mi jefa me desenchufó el router en plena final 😭😭
**Mejor jugada de la semana:** el ace de <@739201847561029384> con la Operator en Ascent 🔥 Lo tenéis en <#941122334455667788>
||al final el mago era el traidor, lo sabía desde el principio||
XDDDD
voy voy
Bueno, os cuento: llevaba ahorrando desde marzo para el banner de aniversario, 180 tiradas en total. Pierdo el 50/50 en la tirada 74 con un personaje que ya tenía en C6, y el garantizado me sale en la 165. O sea, que casi me quedo sin nada. Ahora tengo a mi personaje favorito, pero 0 gemas y 0 ganas de abrir el juego en un mes. El gacha es una ruleta y nosotros somos tontos jajaja
¿Cómo le cambio el nombre a una rama en git?
`git branch -m nuevo-nombre` estando en la rama, y luego `git push -u origin nuevo-nombre`
Se me llenó el disco del servidor y no sé qué lo está ocupando.
`du -sh /* | sort -h` y vas bajando x carpetas
eran los logs de docker jajaja 38 GB 💀
PROBLEMA RESUELTO, GRACIAS A TODOS :white_check_mark:
Estoy aprendiendo JavaScript y no entiendo las promesas. ¿Alguien tiene algún recurso que lo explique bien?
Para mí el mejor es https://javascript.info/promise-basics, está en inglés pero se entiende muy bien.
mi pc no detecta el segundo monitor desde q actualize los drivers
Win + P y eliges "Extender", a veces se resetea sola la config
no toy seguro pero creo q el error esta en la linea 42, te falta cerrar un parentisis
¿Qué versión de discord.js usas? En la v14 cambió a `EmbedBuilder`.
tengo la 13.6 jsjs 😅
actualiza bro, la 13 ya no tiene soporte. la guia de migracion esta aqui https://discordjs.guide/additional-info/changes-in-v14
¿Alguien ha probado a correr modelos de IA en local? Mi gráfica tiene 8 GB de VRAM.
<@404857261930475618> Con 8 GB puedes mover modelos de 7B cuantizados sin problema.
El NVMe también es un SSD, pero va por PCIe y es muchísimo más rápido. Si tu placa tiene ranura M.2, ve a por ese.
mi linux no suena, alguien sabe? uso pipewire x si sirve
Prueba con `systemctl --user restart pipewire`, a ver qué pasa.
nada, sigue sin sonido :pensive:
ALGUIEN SABE POR QUÉ VS CODE NO ME RECONOCE PYTHON
Ctrl+Shift+P, buscas "Python: Select Interpreter" y eliges el tuyo
El servidor web me devuelve un 502 Bad Gateway cada vez que reinicio el contenedor. ¿Alguna idea?
nginx arranca antes q la app, ponle un `depends_on` con healthcheck y listo
Ni de broma vuelvo a Windows: con Proton ya hasta se juega bien en Linux.
¿Qué tal va Steam en Linux? Me quiero pasar, pero juego mucho al Valorant.
Valorant no funciona en linux x el anticheat, lo siento 😬
pues nada, dual boot toca xd
Llevo toda la tarde peleándome con un bug que me tenía loco: el bot guardaba los puntos de los usuarios, pero al reiniciarlo desaparecían todos. Revisé la base de datos, los permisos, el código de guardado... y al final resulta que nunca hacía `commit()` después de los `INSERT`. Tres horas por una línea. A veces odio programar, pero la sensación cuando por fin funciona no la cambio por nada jajaja
¿Qué es mejor para montar un servidor en casa, una Raspberry Pi 5 o un mini PC de segunda mano?
mini pc sin dudalro, x 100€ tienes un i5 con 16 GB
**Actualización del bot v2.4.0** 🤖 - `/sorteo` ahora permite varios ganadores - arreglado el bug de los roles de nivel - nuevo comando `/perfil`. Cualquier fallo, reportadlo en <#922233445566778899>
*por fin* funciona el bot de tickets, gracias <@&830192837465019283> por la paciencia
alguien tiene una plantilla de bot en python q sea sencila? para aprender
tienes una en mi github, la hice para los nuevos: https://github.com/kowalski-dev/bot-plantilla saludos
el bot no te da el rol xq el suyo está por debajo. **el rol del bot tiene q estar por encima** del q quieres q dé, si no no tiene permiso
<@558899001122334455> ya te funciona el servidor?
sii todo bn, grcs!! :pray:
