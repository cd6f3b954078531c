alguien va a ver el derbi esta noche o estoy solo en esto
OTRA ASISTENCIA DE MESSI QUÉ ES ESTE HOMBRE 😭
no te voy a mentir, nuestra defensa fue un desastre en la primera parte, los centrales no paraban de salir a destiempo
<@318204995713429504> ¿todavía tienes la entrada que te sobra para el sábado? te puedo devolver los $45 el viernes
El partido empieza a las 8:45pm hora local, o sea a las 2:45pm para los de EE. UU. El hilo del partido está en <#902114538271940608>.
los árbitros les pitaron 3 penaltis en un solo partido jajaja <:kekw:845612378945612378>
Bueno, necesito desahogarme con esta temporada. Cambiamos a nuestro mejor tirador por dos picks de segunda ronda y un jugador que ha jugado unos 12 partidos en tres años por culpa de las lesiones. Ahora vamos 9-21, el banquillo no mete un tiro libre ni aunque le vaya la vida en ello, y el entrenador sigue tirando del mismo pick and roll que ya tienen calado todos los equipos de la liga. Ya ni siquiera estoy enfadado, solo cansado. Que alguien me diga por favor que hay un plan, porque de verdad que no lo veo.
quién creen que se lleva el mvp este año, yo digo que jokic otra vez la verdad
los fans de los lakers después de perder por 30: :skull:
triple-doble del novato anoche, el chico es una bestia 🔥
estoy planeando un viaje a lisboa en mayo, ¿alguna recomendación de barrios donde quedarse?
los vuelos están a $380 ida y vuelta ahora mismo, que la verdad no está mal :money_with_wings:
¿Alguien sabe si hace falta visa para ir a Japón con pasaporte mexicano? Miré la web de la embajada pero es muy confusa.
acabo de aterrizar en roma, 3 horas de retraso pero llegamos ✈️
aquí va el itinerario por ahora, avísame si se me olvidó algo https://docs.google.com/document/d/1xTrip2025Plan/edit
**Día 1:** llegada a Barcelona, check-in a las 3pm, tapas cerca del hotel
**Día 2:** Sagrada Familia a las 10:00 (entradas ya reservadas), playa por la tarde
perdieron mi maleta OTRA VEZ. segunda vez este año y la aerolínea dice que 48h como máximo 🙃
<@506172839405162738> vale la pena sacar el pase de tren o mejor compramos los billetes sobre la marcha
mi gato acaba de tirar mi café del escritorio mirándome fijamente a los ojos jajaja
¡¡hoy llegó una perrita nueva a la familia!! se llama Biscuit 🐶❤️
<@77219930451268608> ¿cada cuánto les das pellets a tus conejillos de indias? el veterinario me dijo una cosa y la bolsa dice otra
mi perro se comió un calcetín entero ayer, la factura del veterinario fue de $600 y él como si nada, increíble
¿Alguien tiene experiencia con gatos y escaleras después de una operación? A la mía la operaron de la pata trasera el lunes y no para de intentar subirse al sofá de un salto y de subir las escaleras para dormir en mi cama. El veterinario dijo que la mantuviera tranquila 2 semanas, pero no se queda en la jaula y llora toda la noche si la cierro. ¿Debería dormir abajo con ella hasta que se cure?
publiquen sus mascotas en <#887654321098765432> porfa, hace falta más contenido ahí
ESTÁ VIVA, MI HÁMSTER SOLO ESTABA DURMIENDO EN LA RUEDA JAJA
las hojas de mi tomatera se están poniendo amarillas de abajo hacia arriba, ¿es exceso de riego o le falta nitrógeno?
por fin trasplanté la monstera, las raíces estaban literalmente dando vueltas alrededor de la maceta 😬
no riegues las suculentas todos los días, así es como se mueren en serio
primera cosecha de la temporada 🌱 4 calabacines y un pimiento muy triste
¿alguien sabe qué bicho es este? encontré como 20 en la albahaca https://i.imgur.com/bG7kq2L.jpeg
hay aviso de helada esta noche así que estoy metiendo todas las macetas dentro ahora mismo :snowflake:
<@&811234567890123456> la sesión sigue en pie para el viernes a las 7pm, ¿verdad?
**Recordatorio:** la sesión 14 empieza <t:1767312000:F> en <#919283746501928374>, traigan sus hojas de personaje actualizadas a nivel 6
mi pícaro sacó un 20 natural en sigilo y justo después se tropezó con el gato de la taberna jajaja
el máster le dijo que no a mi plan de seducir al dragón, en fin <:sadge:790123456789012345>
porfa no nos pasemos otras 2 horas en la tienda :pray:
<@293847561029384756> ¿quieres jugar al catan este finde? somos 5 y nos falta 1 más para la expansión
El grupo acaba de decidir confiar en el mago que obviamente es malvado. Nunca había estado tan orgulloso y tan aterrado a la vez.
wingspan es taaan relajante comparado con todo lo demás que jugamos 🐦
||el posadero era el liche desde el principio|| no lo leas si estás en el grupo del jueves
se volvió a encender la luz del motor, el escáner dice P0420 :sob: en este foro dicen que es el catalizador https://www.civicforums.net/threads/p0420-code.88412/
¿qué aceite usan en un civic 2014, 0w-20 o 5w-30?
Por fin le hice la puesta a punto a la bici. Cadena nueva, pastillas de freno nuevas, y va de maravilla.
alguien le dio a mi coche dando marcha atrás en el estacionamiento y se fue como si nada 😡
120k millas es demasiado para un corolla usado o para un toyota está bien
¡¡¡ME DIERON LA OFERTA!!! EMPIEZO EL 15 🎉
<@640918273645501928> segunda entrevista mañana a las 10am, ¿algún consejo?
mi jefe puso una reunión a las 4:55pm un viernes. quién hace eso
me hicieron ghosting después de 4 entrevistas, me encanta este mercado laboral :clown:
cómo respondo a "cuál es tu mayor debilidad" sin sonar falso
llevo una semana atascado en el nivel 347 de candy crush, me niego a pagar por potenciadores
wordle en 2 hoy 😎
la nueva actualización arruinó el sistema de energía, ahora solo te dan 5 vidas en vez de 10
¿alguien tiene un mazo de clash royale que funcione contra el montapuercos? pierdo todas las partidas <:pepehands:823456789012345678>
¿qué daw usan? yo estoy con fl studio pero estoy pensando en cambiarme a ableton
mi mezcla suena genial con auriculares y fatal en el coche, siempre igual 😭
consejo: pon un filtro paso alto en unos 30hz en todo lo que no sea el kick o el bajo, limpia mucho los graves
¡¡Acabo de terminar mi primer tema completo!! Solo dura 2:40 pero estoy orgulloso. El link está en <#913572846019283746> si alguien quiere darme feedback.
44.1khz está bien o debería grabar a 48k para cosas de video
ableton se cerró y llevaba 3 horas sin guardar. me voy a dormir :skull:
¿alguien conoce algún plugin de reverb gratis que sea bueno? todo el mundo menciona este https://valhalladsp.com/shop/reverb/valhalla-supermassive/
el 808 está clipeando pero el medidor marca -3db, qué se me está escapando <:thonk:867530912345678901>
Pregunta para los que saben de mezcla: llevo una semana con este beat lo-fi y la batería no termina de encajar. El kick pega fuerte en solo pero desaparece en cuanto meto el bajo, y la caja suena delgada le ponga el EQ que le ponga. Probé a hacer sidechain del bajo con el kick con unos 4 dB de reducción, y ayudó un poco, pero ahora todo bombea de una forma que no me gusta. ¿Debería arreglarlo eligiendo otros samples en vez de con plugins? Aquí está el bounce: https://soundcloud.com/lofi-kev/drums-wip-3
¿¿por qué `useEffect` se ejecuta dos veces al montar?? solo lo llamo una vez
<@455102938475610293> eso es el strict mode en dev, monta dos veces a propósito. en prod no pasa
cómo centro un div verticalmente sin flexbox, es para un amigo 💀
usa `display: grid; place-items: center;` y sigue con tu vida
Mi app de React muestra una página en blanco después de `npm run build` pero funciona bien con `npm run dev`. La consola dice `Uncaught TypeError: Cannot read properties of undefined (reading 'map')`. ¿Alguna idea?
<@731029384756102938> seguramente estás haciendo map sobre los datos antes de que termine el fetch, pon `items?.map` o un `[]` por defecto
hoy por fin entendí css grid, me siento un mago :sparkles:
tailwind es bueno de verdad o todos están fingiendo
que alguien me explique `z-index` porque mi menú desplegable se sigue quedando detrás del header
seguramente el header tiene `position: sticky` y crea un nuevo contexto de apilamiento, revisa eso primero
subí mi portfolio a vercel, critíquenlo sin piedad porfa https://mei-dev.vercel.app
POR QUÉ SAFARI ME ODIA
acabo de flashear openwrt en mi router viejo, ahora tengo vlans para las cosas iot 😎
¿cuál es la mejor forma de exponer jellyfin fuera de mi red sin abrir puertos?
tailscale o cloudflare tunnel, los dos funcionan. yo ahora mismo uso tailscale para todo
mi pi-hole está bloqueando como el 30% de todas las peticiones, mi smart tv es una soplona jaja :eyes:
El router no para de perder la banda de 5GHz cada pocas horas y ya me estoy quedando sin ideas. El firmware está actualizado (v3.0.0.4.388), ya lo pasé al canal 36 y desactivé smart connect, y sigue pasando. La banda de 2.4GHz aguanta todo el rato, así que los dispositivos que pueden cambiarse a ella van bien, pero mi portátil del trabajo se desconecta en mitad de las llamadas. El router está encima del decodificador del cable, dentro de un mueble, ¿podría ser que se esté sobrecalentando? Antes de comprar uno nuevo, ¿hay algo más que debería revisar en los logs?
puse una ip estática con `ip addr add 192.168.1.50/24 dev eth0` pero se resetea al reiniciar, qué se me pasó
eso solo dura hasta que reinicias, tienes que ponerlo en netplan o en `/etc/network/interfaces`
compré un switch de 24 puertos usado por $40 en ebay y ahora mi armario suena como un motor a reacción https://www.ebay.com/itm/285716394820
**Aviso:** no expongan el puerto 22 a internet con el login por contraseña activado. pongan `PasswordAuthentication no` y usen claves. más info en <#920384756120394857>
*entra en la taberna, sacudiéndose la lluvia de la capa* ¿alguien ha visto al herrero?
*levanta una ceja* ¿y quién lo pregunta?
ooc: me tengo que ir a cenar, contesto en una hora más o menos
hey <@550193847261038475> a tu hoja de personaje le falta la sección de trasfondo, ¿puedes rellenarla antes de que empecemos el arco?
las reglas del canal de rol están fijadas en <#934857261038475610>, porfa léanlas antes de publicar
hoy escribí 3k palabras y borré 2k. productividad :upside_down: <:pepega:817263544019468288>
¿A alguien más le cuesta escribir villanos? Los míos siempre acaban siendo malvados de caricatura o dando demasiada pena, y nunca encuentro el punto medio. En mi borrador actual el antagonista es un antiguo caballero que quema aldeas para frenar la propagación de una plaga, lo cual suena interesante sobre el papel, pero cada escena con él parece un sermón sobre moral. Mis lectores beta me dijeron que o lo odiaban sin motivo o les dio pena todo el rato. ¿Cómo se hace un villano cuya lógica tenga sentido sin convertir el libro en su historia de redención?
reto semanal: "el farero encuentra una carta dirigida a alguien que murió hace 100 años". 500 palabras máximo, se entrega el domingo
el bloqueo del escritor es muy real ahora mismo, tengo el final pero ni idea de cómo llegar hasta ahí
**Novedades del club de lectura:** en marzo leemos *The Left Hand of Darkness*
- Capítulos 1-6 para el 10 de marzo
- Capítulos 7-13 para el 24 de marzo
- Reunión final <t:1770000000:F> en <#941029384756102938>, <@&802938475610293847> recibirá un ping el día antes
reacciona con :thumbsup: si puedes venir, con :x: si no
<@367182930475610293> ¿quién tiene el epub? en mi biblioteca hay 6 semanas de lista de espera
me lo terminé en 2 días ups, no voy a hacer spoiler de nada lo prometo 🤐
¿podemos pasar la reunión a las 8 en vez de a las 7? los jueves salgo tarde del trabajo
aquí hace 41°C y el aire acondicionado acaba de morir. manden ayuda
la tormenta dejó sin luz a media ciudad, les escribo desde el teléfono con un 4% de batería
¿¿NIEVE EN ABRIL?? ❄️ QUIÉN APROBÓ ESTO
¿vieron la noticia de que van a cerrar el puente? el tráfico va a ser un infierno durante meses https://www.citynews-daily.com/2025/03/bridge-closure-announced
dijeron 10% de probabilidad de lluvia y está diluviando desde las 6am 🙃
sin spoilers pero el último episodio de severance me tuvo gritando
¿quién va a ver el final en directo esta noche? lo vemos juntos en <#951029384756120394> a las 9 EST
||estaba muerto todo el tiempo|| ok es broma todavía no lo he visto
QUÉ GOLAZO DESDE MEDIO CAMPO DIOS MÍO 😱
si mañana no ganamos echan al entrenador, lo digo desde ya
<@402918374650192837> te apuesto $10 a que ni siquiera llegan a los playoffs jaja
el mercado de fichajes es un chiste, pagamos 80 millones por uno que no sabe dar un pase :clown:
**¡Quedada para ver el partido este domingo!** <@&833920193847561029> vamos a transmitir la final de la Champions League en <#945123678901234567> desde las 8:30pm CET, unos 30 minutos antes del pitido inicial, para poder hacer predicciones antes. El bot de predicciones estará abierto hasta <t:1767974400:t>, y quien acierte el resultado exacto gana un mes de Nitro. Por favor, que los piques sean amistosos, aquí hay fans de los dos equipos y nadie quiere que se repita lo del año pasado. Los spoilers de otros partidos van en el canal de spoilers. Nos vemos allí ⚽
nuestro portero paró 2 penaltis y aun así lo quitaron del once para el próximo partido, que alguien me lo explique porfa
la fecha límite de traspasos de la nba es la mejor semana del año para mí en serio
tira un 28% en triples y le siguen dando luz verde cada vez :facepalm:
porfa díganme que alguien está grabando el partido, estoy atrapado en el trabajo hasta las 11 <:pepehands:823456789012345678>
¿Portugal 10 días o Grecia 7? El presupuesto es el mismo en los dos casos, unos 1500 € por persona.
grecia 100%, vas saltando de isla en isla y listo
<@590817263544019283> ¡¡reservé el hostal en kioto!! solo $32 la noche con desayuno incluido
¿Con cuánta antelación debería llegar al aeropuerto para un vuelo internacional? Mi puerta cierra a las 6:15am y de verdad que no quiero dormir allí.
consejo pro: hazle una captura a tu tarjeta de embarque, el wifi del aeropuerto siempre es una basura
el tren de parís a ámsterdam son como 3h20 y es mucho menos estresante que volar
ADIVINEN QUIÉN PERDIÓ SU VUELO DE CONEXIÓN 🤡
mi loro aprendió a imitar el pitido del microondas y ahora nunca sé cuándo está lista mi comida jaja
adoptamos dos gatitos del refugio, son hermanos, se llaman Salt y Pepper 🐱🐱
<@615243870912345678> ¿es normal que un cachorro duerma como 18 horas al día? tiene 10 semanas
sí, totalmente normal, a esa edad crecen muchísimo. déjala dormir
Actualización de lo del perro para los que preguntaron: llevamos a Max al veterinario de urgencias a las 2am porque no paraba de vomitar, y resulta que se había comido media bolsa de pasas que mi sobrino dejó en la mesa del salón. Le provocaron el vómito, le dieron carbón activado y lo dejaron ingresado toda la noche para vigilarle los valores renales. La buena noticia es que esta mañana los análisis de sangre salieron normales y ya está en casa, pidiendo comida como si nada. La mala noticia es que la factura fue de $1,200. Por favor, mantengan las uvas y las pasas lejos de sus perros, en serio.
mi gata ha decidido que las 5am es la hora del desayuno y haga lo que haga no cambia de idea
la albahaca está a tope, el cilantro se murió en una semana. siempre igual 😤
¿a qué profundidad planto el ajo? es la primera vez que lo intento, este otoño
a unos 5cm de profundidad, con la punta hacia arriba, y mantillo por encima. se cosecha el próximo verano
mi vecina me dio un esqueje de su pothos y ahora tengo 9 macetas. manden ayuda :herb:
¿alguien usa aceite de neem para los pulgones? funciona de verdad o es un mito
la verdad el ficus lyrata es la planta más dramática que he tenido nunca
el link de roll20 para esta noche es https://app.roll20.net/join/18273645/AbCdEf, el canal de voz es <#962039485716203948>, nos vemos a las 8
alguien más acaba de perder a su paladín o solo pasa en mi mesa jajaja
ok nueva regla de la casa: si te olvidas los dados, tiras con el d20 maldito <:cursedd20:839201746553820160>
Voy a dirigir mi primer one shot la semana que viene y la verdad es que estoy muy nervioso. Los jugadores son todos amigos, pero dos de ellos llevan años jugando y se saben las reglas mucho mejor que yo. Escribí un pequeño misterio en un faro encantado, con tres pistas, un villano falso y un combate al final, y debería durar unas cuatro horas. Mi mayor miedo es que lo resuelvan todo en veinte minutos o que se vayan a algún sitio que no tenía previsto. ¿Algún consejo para un máster novato? ¿Debería dejar que se salten las reglas o ceñirme a lo que está escrito?
<@142536475869708192> hazlo simple, ten claro el final y déjales romper cosas. se lo van a pasar bien pase lo que pase
la caja de gloomhaven pesa como 10kg, tuve que subirla 4 pisos, madre mía :weary:
quién robó el meeple azul de mi carcassonne 👀 <a:sus:934512876345678912>
¿alguien quiere unirse al rol <@&798123456789012345>? hacemos noches de juegos de mesa todos los martes
por fin vendí mi coche viejo por $4,500 después de 3 meses de ofertas ridículas
¿es tonto comprarme una moto como primer vehículo? vivo en una ciudad donde estacionar es horrible
<@708192536475869701> no es tonto, pero haz primero el curso de seguridad y cómprate equipo de verdad, no solo un casco
mis neumáticos están a 26 psi y la pegatina dice 35, ¿es por eso que el coche se siente raro?
acabo de hacer mi primera salida de 100km este finde 🚴‍♂️ tengo las piernas destrozadas https://www.strava.com/activities/11928374655
el concesionario quiere $89 solo por un cambio de aceite. lo dicen en serio :rolling_eyes:
He mandado 140 solicitudes desde enero y he recibido exactamente 6 respuestas, 4 de ellas rechazos automáticos. Las otras dos fueron entrevistas en las que llegué a la ronda final y luego no supe nada durante semanas. Soy desarrollador frontend junior con dos años de experiencia, un portfolio decente y buenas referencias, y aun así parece imposible. Todas las ofertas dicen "sin experiencia" y luego piden 5 años de React y saber algún framework que salió el mes pasado. No me voy a rendir, pero necesitaba decirlo en algún sitio. Gracias por escuchar.
aguanta, amigo, el mercado está brutal ahora mismo pero mejora ❤️
<@829374651029384756> negocias el sueldo en tu primer trabajo o aceptas lo que te den y ya
NEGOCIA SIEMPRE, EN EL PEOR DE LOS CASOS TE DICEN QUE NO
teletrabajo lunes y viernes, oficina de martes a jueves. la verdad es el mejor horario que he tenido
mi compañero volvió a calentar pescado en el microondas de la oficina, recursos humanos tiene que intervenir
récord en 2048: ficha de 32768. no me hablen <:gigachad:876123450987654321>
los anuncios de este juego de puzles duran más que los niveles 💀
¿alguien sabe la respuesta del connections de hoy? solo saqué el amarillo
¿¿salió monument valley 3?? cómo se me pasó esto
por fin saqué 3 estrellas en todos los niveles del mundo 4, me llevó 2 semanas
mi hermana me ganó en el sudoku por 4 minutos y no deja de recordármelo
no me creo que este juego pida $9.99 por una skin cuando el juego entero costó $2.99
¿alguien probó la nueva actualización de logic pro? lo de los session players pinta genial
mi portátil no aguanta más de 20 pistas sin que el medidor de cpu llegue al 90% :pensive:
congela tus pistas o pásalas a audio, ahorra un montón de cpu
¿qué bpm se suele usar para drum and bass? ¿170-174?
ME PASÉ 3 HORAS CON UN KICK. UN KICK. Y SIGUE SIN SONAR BIEN.
la focusrite 2i2 sigue valiendo la pena en 2025 o debería comprarme otra cosa https://focusrite.com/scarlett/2i2
¿alguien se apunta a colaborar? tengo una progresión de acordes en Am y ni idea de hacia dónde llevarla 🎹
<@&845019283746501928> recordatorio: los envíos para la beat battle cierran <t:1768435200:R>, súbanlos a <#956781234509876543>
la compresión sidechain es la respuesta a como el 90% de mis problemas, no te voy a mentir :100:
¿Alguien me ayuda a entender por qué no me funcionan las transiciones de CSS? Tengo un botón con `transition: all 0.3s ease` y en hover le cambio el color de fondo y el `transform`. El transform se anima bien pero el color cambia de golpe. Lo probé en Chrome y en Firefox y pasa lo mismo en los dos. Lo único raro es que el fondo se define con una variable CSS, `--btn-bg`, que actualizo con JavaScript. ¿Será por eso? Llevo 2 días peleándome con esto y estoy a punto de rendirme.
<@510293847561029384> sí, las custom properties no se animan a menos que las registres con `@property`
dios, era eso, mil gracias 🙏
¿es mala práctica meterlo todo en un `App.jsx` gigante? pregunto porque el mío tiene 1400 líneas
sí jaja. divídelo en componentes antes de que te devore
fetch devuelve 200 pero `res.json()` lanza un error, por lo visto la api devuelve html
estás llamando a la url equivocada, seguramente te falta `/api` al principio y por eso te devuelve el index.html
¿next.js o vite a secas para un proyecto personal pequeño?
<@374859601928374650> vite. next es matar moscas a cañonazos a menos que necesites ssr
me acabo de enterar de que `gap` ya funciona con flexbox y llevo años usando márgenes 😭 <:facepalmcat:851234567812345678>
el PR del arreglo de la navbar ya está subido https://github.com/sofi-dev/portfolio/pull/17, alguien lo puede revisar
no te voy a mentir, el homelab se me fue de las manos, ahora tengo 3 mini pcs, un nas y un rack en el cuarto de la lavadora
<@609182734556102938> ¿al final resolviste lo del dns con el pihole?
sí, el router estaba repartiendo su propio dns como secundario, tuve que desactivarlo en la configuración del dhcp
¿Cuánto consume tu homelab? El mío anda por los 85W en reposo y ya se está notando en la factura de la luz.
mi isp me tiene detrás de cgnat así que abrir puertos es imposible, ¿alguna alternativa?
<@482910376655102938> wireguard a un vps barato y rediriges desde ahí, `wg-quick up wg0` y listo. a mí me va genial
ejecuté `nmap -sn 192.168.0.0/24` y encontré 14 dispositivos que no reconozco... ah no, espera, son todas las bombillas inteligentes
la actualización a proxmox 8.2 fue como la seda, cero caídas en las vms :white_check_mark:
¿alguna recomendación de wifi mesh para una casa de 3 plantas? el router actual no llega al sótano, estaba mirando https://www.tp-link.com/us/deco-mesh-wifi/
LOS PRECIOS DE UNIFI SUBIERON OTRA VEZ
*el dragón se posa sobre la torre y sus alas tapan la luna* Su turno, caballeros.
*Kael desenvaina la espada y se pone delante de la princesa* "Hoy no."
ooc: ¿a quién le toca? me perdí después del salto temporal
creo que le toca a <@381927465501928374>, luego a mí y luego al nuevo
Nuestro documento de worldbuilding está abierto para editar: https://docs.google.com/document/d/1WorldBuild_Aetheria/edit. Por favor, añadan el pueblo natal de su personaje en la sección del mapa y dejen sus preguntas en <#972039485761029384>.
¿alguien quiere hacer de lector beta de una novela corta de fantasía de 12k palabras? puedo leer algo suyo a cambio
¡¡por fin terminé el capítulo 9!! solo me llevó 4 meses jaja
¿alguien conoce buenas webs para ponerles nombre a los personajes? estoy harto de que todos los chicos se llamen Jack
**Notas de la reunión del jueves:**
1. El próximo libro es *Piranesi* (votado 7 a 4)
2. Nos reunimos un jueves sí y otro no a las 7:30pm
3. Turno de snacks: la próxima vez los trae Ana
quién propuso este libro porque tengo que hablar con esa persona 😤 (es broma, me encantó) <a:pepelaugh:902345671234567890>
Voy por la mitad y sigo sin entender a quién le habla el narrador. ¿Es intencionado?
<@263748591027364859> sí, sigue leyendo, vale la pena más o menos por el capítulo 20
Novedades del huracán desde aquí: movieron la previsión de llegada a tierra al jueves por la noche, así que mañana temprano nos vamos en coche a casa de mi tía, tierra adentro, antes de que se llenen las carreteras. Ya tapamos las ventanas con tablas, metimos los muebles del patio en el garaje y llenamos de agua todas las botellas que tenemos. Seguramente nos quedemos sin luz unos días, así que puede que no me conecte hasta el fin de semana. Si alguien más de aquí está en la trayectoria, por favor no esperen al último momento para irse. Cuídense todos.
cuídense todos los de florida 🙏
lleva 11 días seguidos lloviendo, me está saliendo musgo :cloud_rain:
por lo visto la ola de calor va a durar hasta el domingo, 38 grados todos los días :hot_face:
¿alguien vio la aurora boreal anoche? las fotos en <#967812345609871234> son increíbles
el final de the office todavía me hace llorar cada vez que lo veo
DÍGANME POR QUÉ LA CANCELARON DESPUÉS DE UNA SOLA TEMPORADA
acabo de empezar breaking bad por primera vez, no me hagan spoiler de nada porfa
ya salió la nueva temporada de the bear, quién la ve esta noche
ese episodio duró 1h12m y se me hizo como de 15 minutos
EL ÁRBITRO PITÓ 2 SEGUNDOS ANTES DE QUE ENTRARA EL BALÓN. DOS SEGUNDOS
<@736451029384756102> ¿quién más va al partido de visitante el mes que viene? podríamos compartir coche
¡¡nuestro equipo sub-12 ganó hoy la copa regional!! qué orgullo de estos niños ⚽🏆
el var tardó 6 minutos en decidir eso. 6 minutos
<@712039485766192837> ¿puedes actualizar la clasificación en <#978123456012345678>? todavía sale la de la semana pasada
<@&784512093847561029> partido informal de baloncesto en el parque el domingo a las 10am, nos faltan 2 para jugar a campo completo, apúntense en <#983746510293847561>
el banquillo de los celtics tiene más fondo que todo mi equipo de fantasy jaja
mi liga de fantasy es un desastre, mis 3 primeras elecciones están lesionadas :sob:
¡Crónica del viaje a Ciudad de México, que varios me la pidieron! Nos quedamos 6 noches en la Roma Norte y fue perfecto: se puede recorrer a pie, hay un montón de cafés y se sentía seguro incluso de noche. Lo mejor fue el Museo de Antropología (vayan temprano, es enorme), una excursión de un día a Teotihuacán y una taquería cerca de nuestro Airbnb a la que fuimos cuatro veces. El Uber era barato, entre $4 y $7 la mayoría de los viajes. Lo único malo fue la altitud, los primeros dos días me quedaba sin aire en las escaleras. Volvería 100%.
¿dónde encuentran vuelos baratos? ¿google flights, skyscanner u otra cosa? siempre acabo en https://www.kayak.com/explore
voy a volar con ryanair solo con una mochila, recen por mí <:prayge:812345609876543210>
¿2 días son suficientes para praga o necesitamos 3?
<@591028374650192837> 3 si quieren hacer excursiones de un día, con 2 basta para el casco antiguo
el pasaporte me caduca en 5 meses, ¿puedo viajar igual a tailandia?
la mayoría de los países piden 6 meses de validez, revísalo antes de reservar nada
primer viaje por carretera con el perro la semana que viene, 7 horas en coche. ¿algún consejo? 🐕
mi conejo me destrozó a mordiscos el cargador del portátil. el tercero este año
el hámster se escapó anoche, esta mañana lo encontré dentro de mi zapato 😂
NO BUSQUEN EN GOOGLE "GATO VOMITANDO AMARILLO" A LAS 3AM
mi veterinario cierra a las 6 y abre a las 9, adivina quién tiene una emergencia con el gato justo entre esas horas. yo, por lo visto
¡¡los bancales elevados están listos!! 4, de 120x60cm cada uno, llenos de compost
¿cuál es el mejor momento para podar los rosales? he leído como 5 respuestas distintas
<@603948571029384756> a finales del invierno, justo antes de que empiece a brotar. corta por encima de una yema que mire hacia fuera
mi espatifilo es un drama, se desmaya cada vez que se me olvida regarlo un día
saqué 3kg de patatas de una sola bolsa de patatas de siembra 🥔
los caracoles se comieron todas las lechugas, les declaro la guerra :crossed_swords:
Resumen de la sesión para los que se la perdieron: el grupo por fin llegó al Templo Hundido, donde Thorin falló tres pruebas de Atletismo seguidas y casi se ahoga en el pasillo inundado. Lyra convenció al sacerdote sahuagin de que éramos mensajeros de su dios, cosa que de alguna manera funcionó, y conseguimos gratis un mapa de los niveles inferiores. Luego Pip abrió un cofre que clarísimamente tenía trampa, y ahora estamos todos malditos con -2 en las salvaciones de Sabiduría hasta el próximo descanso largo. La próxima sesión vamos contra el jefe. Traigan snacks y toda su suerte.
¿podemos empezar a las 6:30 en vez de a las 7 la semana que viene? el sábado entro temprano a trabajar
esta noche saqué 4 unos seguidos, voy a tirar estos dados al lago <a:ragequit:887766554433221100>
no te voy a mentir, terraforming mars es el mejor juego de mesa de la historia, a ver quién me lo discute
<@&798123456789012345> ¿quién quiere probar el nuevo juego legacy conmigo? necesito 3 más que se comprometan a 12 sesiones
mi coche hace un ruido como de clic cuando giro a la izquierda, ¿es la junta homocinética?
<@671029384756102938> seguramente, llévalo a revisar antes de que se rompa en la autopista
Dueños de eléctricos, ¿cuánto se tarda de verdad en cargar en una estación de 50kw? la app dice 40 minutos
acabo de comprar neumáticos nuevos, 4 por $520 con instalación incluida. no es barato pero los viejos estaban lisos
el patinete eléctrico es más rápido que mi coche en el tráfico jaja
¿alguien conoce a un buen mecánico en la zona norte? el mío se jubiló
mañana es mi primer día en el trabajo nuevo, estoy súper nervioso 😬
el onboarding son 3 semanas de videos. me estoy volviendo loco
¿Es normal no tener noticias en 2 semanas después de una entrevista final? Dijeron que contestarían "antes de que acabe la semana".
<@750192837465019283> a veces sí, las contrataciones tardan una eternidad. mándales un correo corto de seguimiento
¡¡¡HOY DEJÉ MI TRABAJO!!! no tengo plan pero me siento genial jaja
pedí un aumento y me dieron un 3%. la inflación fue del 4%. o sea que básicamente me bajaron el sueldo :chart_with_downwards_trend:
¿alguien puede mirar mi currículum? lo subo en <#994857261039485761> con mi nombre difuminado
<@&767891029384756102> community day de pokemon go este sábado de 2 a 5pm, ¿quién quiere quedar en el parque? detalles en <#995867102938475610>
tengo 847 horas en stardew en el teléfono y no me arrepiento de nada
este nivel te da 4 movimientos para quitar 30 gelatinas, quien lo diseñó me odia <:madge:799887766554433221>
¿con qué palabra empiezan todos en wordle? yo con ADIEU
CRANE es mejor estadísticamente pero a mí me gusta SLATE
que subway surfers siga en mi teléfono en 2025 es vergonzoso
por fin resolví el puzle diario en menos de 2 minutos 🎉
¿el nuevo pase de temporada de clash royale ahora cuesta $11.99? no, gracias
me acabo de dar cuenta de que llevo 10 años jugando mal al 2048
los jugadores de tetris 99 están hechos de otra pasta, me eliminaron en 40 segundos
¿alguien tiene un código de referido para royal match? necesito las monedas :pray:
acabo de comprar mi primer teclado midi, 49 teclas por $110 https://www.thomann.de/intl/arturia_keylab_essential_49_mk3.htm ¿qué debería aprender primero?
<@813029384756102947> aprende acordes y escalas básicas, y luego haz loops malos todos los días. ese es el secreto
ok pero por qué mi voz suena como si estuviera dentro de una lata
quita un poco entre 400-800hz, añade algo de aire por los 10k y no la comprimas de más
¿¿exporté el tema y el archivo suena 6db más bajo de lo que oigo en el proyecto?? ableton por qué <:notlikethis:822334455667788990>
mira si hay algo en el canal master que no se esté renderizando, como un plugin que esté en bypass solo en la exportación
FL STUDIO 21 ESTÁ REBAJADO UN 40% AHORA MISMO
¿alguien vende un sm58 usado? puedo pagar hasta $60, escríbeme por privado o publica en <#996758102938475612>
¿alguien sabe por qué `console.log` muestra el valor actualizado incluso antes de que lo cambie?
chrome registra los objetos por referencia, así que la consola muestra el estado actual cuando lo despliegas. usa `JSON.stringify` si quieres una foto de ese momento
¿debería aprender typescript antes de react o después?
<@834756102938475610> después. primero ponte cómodo con js a secas, luego react y luego ts
los items de mi flexbox se siguen encogiendo aunque les ponga `width: 200px` 😤
ponles `flex-shrink: 0` :white_check_mark:
Pregunta rápida sobre gestión de estado. Tengo una app de React con unos 15 componentes que necesitan acceder al usuario actual y a su configuración. Ahora mismo estoy pasando props hacia abajo por como cinco niveles, y se está poniendo feo. He leído sobre Context, Redux, Zustand y Jotai, y cada artículo dice una cosa distinta. Para una app de este tamaño, ¿basta con Context o debería elegir una librería? No quiero complicarlo de más, pero tampoco quiero tener que reescribirlo todo dentro de dos meses cuando crezca.
context va bien para el usuario y la configuración, no cambian a menudo. zustand si crece
la web funciona en localhost pero en netlify todas mis rutas devuelven 404 :thinking: https://sofi-recipes.netlify.app/about
añade un archivo `_redirects` con `/* /index.html 200`, es cosa del enrutado de las spa
¿cuál es la mejor forma de aprender animaciones css? los tutoriales de youtube parecen todos desactualizados, con https://developer.mozilla.org/en-US/docs/Web/CSS/CSS_animations basta
mi red de casa tiene 3 routers encadenados y no tengo ni idea de por qué, lo hizo el dueño anterior
Antes de comprar nada, quiero que alguien me confirme que esto tiene sentido: quiero dejar el combo módem/router de mi ISP y montar algo en condiciones. El plan es poner el aparato del ISP en modo bridge, usar un PC pequeño sin ventilador con 4 puertos y OPNsense como router, un switch gestionable de 8 puertos para las VLANs y dos puntos de acceso de techo para el wifi. El presupuesto total ronda los $500. Los objetivos principales son separar las cosas IoT, tener Pi-hole para toda la casa y una VPN para conectarme a casa cuando viajo. ¿Me estoy complicando demasiado o es un primer montaje razonable?
<@845610293847561029> esa es básicamente mi configuración y lleva 2 años funcionando sin un solo fallo. adelante
no puedo entrar por ssh a mi servidor después de cambiar el puerto, se me olvidó ejecutar `ufw allow 2222/tcp` 🤦
<@824710395566381920> el nas está al 94% de capacidad, tenemos que borrar algunas de esas películas en 4k
opnsense o pfsense, ¿cuál y por qué? no sé cuál elegir
mi panel de uptime kuma está todo en verde por primera vez en un mes :tada:
*cierra la puerta de la taberna de un portazo* Tenemos un problema. El rey ha desaparecido.
*levanta la vista de su bebida* ¿Desaparecido o escondido?
ooc: perdón por tardar en contestar, tengo exámenes esta semana. vuelvo el viernes <:sadcat:833445566778899001>
<@&779012938475610293> el rol nuevo empieza mañana, las inscripciones están en <#989123456701234567>, máximo 6 jugadores
<@856102938475610294> ¿hacemos un sprint de escritura? 25 min, empezando a las :30
¡¡escribí 1,200 palabras en el sprint!! el mejor hasta ahora ✍️
¿da cringe escribir en segunda persona? a mí me gusta bastante para esta historia
para nada cringe si le sirve a la historia, solo sé coherente
**Encuesta del club de lectura:** <@&802938475610293847> voten el libro del mes que viene con los emojis de abajo, resultados en <#941029384756102938>
:one: Project Hail Mary
:two: The Night Circus
:three: Klara and the Sun
<@867102938475610295> todos los ejemplares de la biblioteca están prestados, ¿tienes uno de sobra que me puedas prestar?
el audiolibro dura 16 horas, lo escuché a 1.5x y aun así se hizo largo jaja :headphones:
la verdad no me gustó el final pero la discusión estuvo súper divertida
la sensación térmica hoy es de 47°C, hidrátense, gente 💧
hubo un terremoto hace como 10 minutos, ¿alguien más lo sintió?
sí, tembló todo el edificio, magnitud 4.8 según las noticias
las carreteras están cortadas por las inundaciones, hoy trabajo desde casa
LA APP DEL TIEMPO DECÍA SOL TODO EL DÍA. ESTÁ GRANIZANDO. GRANIZANDO
¿alguien más está siguiendo los resultados de las elecciones? está reñidísimo https://www.worldnews-live.org/elections/2025/results
me terminé la temporada entera de shogun en 2 días, cero arrepentimientos 🍿
quién más piensa que la serie es mejor que los libros, estoy listo para que me odien
<@878102938475610296> espera al giro de mitad de temporada, lo cambia todo
el episodio 2 de la temporada 2 de the last of us me destrozó :broken_heart:
terminaron la temporada con un cliffhanger y encima anunciaron que no la renuevan. criminal <:copium:844556677889900112>
Bueno, por fin terminé la temporada 3 de The Bear y tengo cosas que decir. La actuación sigue siendo increíble, sobre todo el episodio de los flashbacks, pero sentí que durante casi toda la temporada no pasaba nada. La mitad de los episodios eran gente mirándose en la cocina con música triste de fondo. Entiendo que va del duelo y la presión, y me encanta que se arriesguen, pero quería que avanzara al menos una trama. Aun así, sigue siendo una de las mejores series de la tele. Me encantaría saber si alguien no está de acuerdo.
de acuerdo al 100%, la temporada 2 fue lo mejor, el episodio de fishes es una obra maestra
<@&790123847561029384> la quedada para ver el final es a las 9pm en <#951029384756120394>, traigan palomitas 🍿 <a:popcorn:912345678901234567>
