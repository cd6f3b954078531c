alguien vio el partido del madrid ayer?? que golazo de mbappe en el 89 😭
VAMOOOS BOCA CARAJO
¿A qué hora empieza la carrera mañana? Creo que en España es a las 14:00, pero no estoy seguro.
tio alonso con ese aston martin no puede hacer mas, el coche no da pa mas
<@318204958271630336> me debes 10 euros, te dije q el barça no ganaba en anoeta jajaja
neta no mames, el américa otra vez en la final 🙄
quien juega oy en la nba? quiero ver algo antes de dormir
Lo de Verstappen en la última vuelta fue una locura. No sé cómo no se tocaron.
el var es un chiste hermano, eso era penal **clarisimo** :rage:
ALGUIEN TIENE LINK PARA VER EL CLASICO???
Mi equipo de fantasy va último en la liga del curro, 12 de 12 😂
x cierto alguien sabe cuanto cuestan las entardas pal bernabeu? 👀
Partidazo. 3-2 en la prórroga, no se puede pedir más.
jajaja hamilton haciendo un trompo en la vuelta de formacion
q partidazo se aventó el chavo de 17 años, ese va pa crack
Pues yo sigo diciendo que Curry es mejor que LeBron y no me vais a convencer de lo contrario.
<@&765432109876543210> empieza el partido en 10 min, todos al <#902345678901234567> 📢
Resumen del GP de Mónaco: 78 vueltas de procesión y cero adelantamientos. Precioso circuito, carrera aburridísima.
<@1092837465019283746> ntp bro, el sabado lo vemos en mi casa
El Messi de ahora no es el de antes, pero sigue siendo Messi, eh.
Que alguien me explique como el Atleti pierde un partido que iba ganando 2-0 en el 80 🤡
ya salio el calendario de la temporada 2026 https://www.formula1.com/en/racing/2026
Se me ponen los pelos de punta con el himno de la Champions. Siempre.
Oye, ¿alguien se apunta a un partidillo de fútbol 7 el domingo? Nos faltan 2.
<@349182736450192837> dnd crack, cuando quieras te paso el link otra vez jaja
el valladolid bajando otra vez... ya ni me sorprede 😔
no puedo creer que la Vinotinto casi clasifica, chamo que sufrimiento
los celtics van 3-1 en la serie, ya esta, **se acabo**
me dormi y me perdi la carrera entera 💀💀 alguien me hace spoiler?? bueno mejor no
||gana Norris|| sorry no pude evitarlo jsjsjs
¿Alguien tiene ganas de ir al estadio el 15? Hay entradas a 25€ en la web del club.
JAJAJAJA EL PORTERO SE LA METIO SOLO
pq nadie habla del gol de Lamine?? es q es un extraterrestre
Hoy entreno a las 7 y mañana partido a las 10:30, así que nada de salir esta noche jaja
q onda con el fichaje ese, ya es oficial o sigue siendo humo?
Un saludo a los de la liga de baloncesto del barrio, hoy hemos ganado 68-54 🏀🔥
toy viendo la previa y ya toy nervioso jajaja
bro mira esto https://youtu.be/dQ8x2KpLm4Q el triple de tatum desde medio campo es una locura
nose si ver el derbi en el bar o en csa, en el bar hay mejor ambiente pero las cervezas a 4 pavos...
¡Ayer fuimos a ver a los Lakers en Los Ángeles y fue increíble! Mejor día del viaje 🙌
weon el colo colo jugó como las weas jajaja <:sadge:981726354019283746>
Hoy no hay F1 😭 ¿Qué hago yo con mi domingo?
ahi va el q dijo q el betis no pasaba de grupos jajajaja
alguien me explica la regla del fuera de juego otra vez porfa, mi novia me pregunta y no se explicarlo 😅
gg el partido de hoy, el equipo B jugo mucho mejor, la proxima nos toca :muscle:
Para los que preguntabais: los horarios de todos los partidos están en <#903456789012345678> y se actualizan cada semana.
el tipo fallo un penal en el minuto 90 y ahora todos lo odian, pobre
Bueno, voy a decirlo y me da igual que me crucifiquen: el Mundial con 48 selecciones es una pésima idea. Más partidos no significa mejor fútbol, significa más partidos de relleno, jugadores reventados y entradas todavía más caras. Ya con 32 había grupos que estaban decididos en la segunda jornada. Encima en verano y con el calor que hace, los jugadores llegan muertos después de una temporada de 60 partidos. Todo esto es por el dinero de la tele y nadie lo quiere admitir. Me encanta el fútbol, pero así no.
XDDD mira la cara del entrenador
vale, pues quedamos a las 8 en el bar de siempre para el partido, el q llegue tarde paga la primera ronda 🍻
alguien mas escuchando el nuevo disco de bad bunny en bucle o solo yo
¿Habéis visto el último capítulo de The Last of Us? No me esperaba para nada ese final.
ya termine frieren y toy vacio por dentro 😭 q hago con mi vida ahora
https://open.spotify.com/playlist/5kXq8RtB2nLmW0aZcY7pVd mi playlist pa estudiar, de nada
CONCIERTO DE RAUW EN MADRID EL 14 DE JUNIO Y NO TENGO ENTRADA 😭😭
uff el opening nuevo de jujutsu kaisen esta *buenisimo* :fire:
Recomendadme pelis de terror que no sean de sustos baratos, porfa. Vi Hereditary y me encantó.
<@529183746501928374> pasame el nombre de la peli q dijiste ayer
tmb me gusta mucho el k-pop pero no se lo digas a nadie jsjs
el final de breaking bad sigue siendo el mejor final de uan serie, no acepto debate
> el anime es pa niños — dijo mi tío mientras veía Dragon Ball conmigo jajaja
Acabo de ver Dune 2 en IMAX y todavía estoy temblando. El sonido te atraviesa el cuerpo.
quien se apunta a ver el estreno juntos en llamada? es <t:1768597200:F>
aprendi a tocar wonderwall en la guitarra y ahora soy insoportable 🎸
nsé x qué la gente odia tanto a Nickelback, a mí me gustan 🤷
temporada 3 de arcane cuando??? ah no q no va a haber 😔
El doblaje latino de Shrek es superior y punto.
Pues a mí me gusta más el de España, sorry not sorry
alguien q sepa de guitarras, esta bien esta para empezar? https://www.thomann.de/es/harley_benton_st_20.htm
me rei tanto con la escena del funeral q la gente del cine se giro a mirarme jajaja
Mi top 3 de animes: 1. Steins;Gate 2. Monster 3. Haikyuu. Cambiadme la opinión.
ANUNCIARON LA GIRA Y NO HAY FECHA EN LIMA, NOS ODIAN
El concierto de anoche fue brutal. Tocaron 2 horas y media sin parar y cerraron con todos los temazos de los 2000. Me duele la garganta de gritar.
:sob: :sob: no puede ser q maten a ese personaje
wey ya viste la nueva de spiderman? esta bien chida
tengo q practicar piano 1h al dia pa el examen del conservatorio y no me da la vdia
¿Alguien me recomienda un anime cortito? Máximo 12 caps, que tengo exámenes.
<@&846193027465019283> **Noche de pelis** este sábado en llamada, votad aquí cuál vemos: https://strawpoll.com/e7JbkP2xQyD
ya empezo la peli?? toy llgando
El soundtrack de Interstellar en el órgano de una iglesia. Imaginadlo.
me enganche a la casa de papel en 2017 y todavia no la he terminado 😂
la version live action de one piece me sorprendio para bien, no esperaba nada
Pregunta seria: ¿se puede ver Naruto sin el relleno? ¿Alguien tiene la lista de capítulos que hay que saltarse?
<@471029384756102938> toma, aquí la tienes https://www.animefillerlist.com/shows/naruto-shippuden
me salio el tema en aleatorio y me puse a llorar en el metro xd
Oigan, ¿alguien sabe si Los Bunkers vienen a México este año?
hicimos maraton de el señor de los anillos version extendida, 11 horas, no siento las piernas
<:pepega:817263544019468288> yo pensando q el manga ya había acabado
Que alguien le explique a <@602817364519283746> que Interstellar **no** es de Spielberg 😭
mi hermano dice q el reggaeton no es musica, asi q se lo pongo a todo volumen a las 8 de la mañana jaja
letterboxd de la semana: https://letterboxd.com/dani_cine/films/diary/ 4 pelis y ninguna buena jaja
me compré un vinilo de Rosalía y no tengo tocadiscos, soy así 🙃
cual es la cancion q va asi tururu tu turu en el trailer de la peli esa de cohces
Es la peli de F1 con Brad Pitt, y la canción creo que es de Ed Sheeran. Aquí la tienes: https://open.spotify.com/track/3mKp9ZxW2vR7tLq1BnY8cD
no me hagan spoiler de la nueva temporada de the bear plss q voy x el capitulo 3
Vale, os cuento por qué tenéis que ver Mushishi. No tiene una trama principal, cada capítulo es una historia independiente sobre un tipo que viaja por el Japón rural ayudando a gente con problemas causados por unos seres raros llamados mushi. Es lento, es tranquilo, la música es preciosa y cada episodio te deja pensando un rato. No es para verlo del tirón, es para poner uno antes de dormir. Si os gustó Frieren, este os va a encantar, hacedme caso.
q temazo :notes:
el bajista de la banda de mi primo toca en un bar el viernes a las 9, entrada 5 lucas
jsjsjs sali de extra en el videoclip de un grupo local, minuto 2:14, no parpadeen
Buenísima la recomendación, <@744019283746501928>. Ya voy por el episodio 8 y no puedo parar.
alguien tiene los apuntes de estadistica del martes? me quede dormido 😴
MAÑANA ES EL EXAMEN Y NO HE EMPEZADO A ESTUDIAR
¿Alguien sabe si el TFG se puede entregar después del 30 de junio? En la web (https://www.ucm.es/tfg) no pone nada.
saque un 9 en fisica!!! no me lo creo
la profe: el examen va a ser *facilito*. el examen: 💀
tmb tengo q hacer la presentación de historia pa el lunes, alguein se une a la biblio mañana?
<@193847560192837465> me pasas el pdf del tema 4 porfa
te lo subo a <#904567890123456789>, se llama `tema4_resumen_final_v2.pdf`
nadie entiende la formula esta `=BUSCARV(A2;Hoja2!A:C;3;FALSO)` y mi jefe quiere el informe para las 5
hoy primer dia en el curro nuevo, deseadme suerte 🙏
me quedan 3 asignaturas para terminar la carrera y estoy mas quemado q nunca
Jajaja, el profe se equivocó de clase y nos dio media hora de la clase de 2º.
La reunión de mañana se mueve a las 9:30. Traed los portátiles, que vamos a revisar el `presupuesto_Q3.xlsx`.
Odio las clases a las 8 de la mañana. Mi cerebro no arranca hasta las 11.
alguien sabe como se cita una pagina web en APA 7? :sweat_smile:
Sí, así: Apellido, N. (2024). *Título de la página*. Nombre del sitio. URL
wey ya me corrieron del trabajo jajaja bueno no, renuncié yo
Mi jefe me escribe por WhatsApp a las 11 de la noche. ¿Eso es legal?
¡Hola! ¿Alguien de ADE en la Complutense? Busco grupo para el trabajo de marketing.
me falta 1 punto pa aprobar, voy a ir a revision a llorarle al profe
q nota necesito en el final pa pasar si tengo 5.5 de media? la del 40% digo
<@291837465019283746> haz la cuenta: `5.5 * 0.6 = 3.3`, te faltan 1.7, o sea necesitas un 4.25 en el final
graaacias crack, te debo una xd
estoy en la biblio y el de al lado esta comiendo doritos, socoro :skull:
Nuevo horario del turno de noche aquí: https://docs.google.com/spreadsheets/d/1xR4kPq9ZtB7wLm2NvC8yD/edit Revisadlo antes del viernes.
pasantia en una agencia de publicidad, me pagan 300 lucas al mes pero se aprende harto
NO ME LLEGO EL CORREO DE LA BECA Y MAÑANA CIERRA EL PLAZO 😭
ya te llego? revisa spam, a mi me fue directo ahi
Pomodoro en llamada a las 17:00, quien se apunta? 25 min estudiando, 5 de descanso
la profe de ingles nos hizo cantar en clase, quiero morir xd
Tengo la entrevista de trabajo <t:1769000400:R> y estoy atacado. ¿Algún consejo de última hora?
se tu mismo, llega 10 min antes y no digas q tu defecto es ser perfeccionista jaja
toy en el bus camino a la uni y se me olvidó el portátil en casa. genial.
alguien sabe si mañana hay clase? dicen q hay huegla
Si, la huelga es de 24h, esta en el correo de la facultad
mi TFM va sobre el impacto del turismo en Lisboa, 80 paginas y voy por la 12 😂
Llevo tres semanas haciendo el trabajo de dos personas porque mi compañera está de baja y no han contratado a nadie. Hoy mi jefe me pregunta si puedo venir también los sábados "solo este mes". Le he dicho que no, educadamente, y me ha mirado como si le hubiera insultado a su madre. Sé que no es del todo culpa suya, pero estoy agotado y ya no sé si vale la pena. Mañana me pongo a mirar ofertas, que esto no puede seguir así.
animo tio, tu vales mas q ese curro 💪
¿Alguien me explica la diferencia entre el IVA y el IRPF como si tuviera 5 años? Me acabo de hacer autónomo y no me entero de nada.
**Recordatorio:** el examen de química es el jueves 12 en el aula 2.04, traed calculadora (no programable).
grcs x los apuntes <@385920174638291047>, me salvaste la vida
ya salieron las notas de la pau: 12.3!!! entro en medicina 😭😭 <a:party:1029384756102938475>
<@720193846571029384> felicidades!! eres una maquina
la matreia de calculo 2 me tiene hasta la madre
Trabajo desde casa los lunes y los viernes, así que si queréis quedar para comer, esos días puedo.
Q PESADILLA DE SEMANA
Chicos, ¿el parcial es el 14 o el 21? En el aula virtual pone una cosa y el profe dijo otra.
mañana no voy a clase, si pasan lista decid q estoy malo porfa jsjs
acabo de entregar el trabajo a las 23:58, vivir al limite
¿Alguien sabe hacer tortilla de patatas sin que se rompa al darle la vuelta? 😩
<@629384710293847561> con un plato grande y sin miedo, ese es el secreto jaja
CON CEBOLLA, Y EL QUE DIGA LO CONTRARIO QUE SE VAYA DEL SERVER
Hoy he hecho ramen casero por primera vez. 6 horas de caldo y se lo han comido en 10 minutos 😭
wey los tacos al pastor de la esquina de mi casa estan a 15 pesos, vengan
q rico se ve eso, pasa receta <:drool:887613420957731840>
https://www.recetasgratis.net/receta-de-arepas-venezolanas-12345.html esta es la q uso yo, salen perfectas
me comi 3 empanadas y media y todavia tengo hambre, es normal?
Las croquetas de mi abuela le ganan a las de cualquier restaurante y lo sabéis :yum: :crown:
Pues las de mi madre son mejores. De jamón, obviamente, ¿de qué si no?
alguien ha estado en japon? voy en abril 2 semanas y no se por donde empezar
Tokio 5 días, Kioto 4, Osaka 3 y el resto improvisa. Sácate el JR Pass solo si vas a moverte mucho.
VUELO CANCELADO. 6 HORAS EN EL AEROPUERTO DE BARAJAS. ESTOY HARTA
tas en barajas?? yo tb toy ahi, terminal 4, puerta `J58`, nos tomamos algo?
El código de descuento de la aerolínea es `VERANO15`, a mí me funcionó ayer
cuanto cuesta mas o menos una semana en lisboa? tipo hostal y comer barto
yo gaste unos 400€ con vuelos incluidos, pero fui en febrero. mira en https://www.skyscanner.es q a veces hay chollos
<@847362019485736201> trae los chiles q compraste en oaxaca plis 🌶️
no puedo comer picante, soy español, el pimenton ya me parece fuerte jajaja
Fuimos a Cartagena de Indias y la comida es otro nivel. Las arepas de huevo, la posta negra, el jugo de corozo... vuelvo ya mismo.
¿Alguien quiere quedar a cenar el viernes? Pensaba en el coreano nuevo de la calle Atocha: https://maps.app.goo.gl/Rk7pW2xQmZ9vBn4T8
dale, yo me apunto, a las 9? :thumbsup:
aqui la reserva: <t:1769284800:f> para 6 personas a nombre de `Kowalski`, no lleguéis tarde q nos quitan la mesa
parce ese ajiaco de tu mamá esta de otro mundo 🤤
me hice vegetariana hace 2 meses y mi abuela todavia me pone jamon en todo 😂
Pregunta: si voy a Ciudad de México, ¿es seguro beber agua del grifo?
NO. agua embotellada **siempre**, hazme caso
mi vuelo sale a las 6:15 y tengo q estar en el aeorpuerto a las 4, quien me manda
el mejor viaje q hice fue recorrer la patagonia en bus, 3 semanas, ni señal tenía
jajaja yo fui a paris y me pase todo el viaje en el mcdonalds pq era lo unico q entendia
Os cuento lo que nos pasó en Marruecos porque todavía me río. Llegamos a Marrakech de noche, el taxi nos dejó en la entrada de la medina y nos dijo que el riad estaba "a dos minutos". Pues estuvimos una hora dando vueltas con las maletas por callejones sin luz, siguiendo a un niño que nos iba diciendo "por aquí, por aquí". Al final llegamos, le dimos 20 dirhams y el dueño del riad se partía de risa porque habíamos estado literalmente en la calle de al lado todo el rato. Mejor viaje de mi vida igualmente.
eso me paso en venecia tal cual xd
mañana hago paella pa 10, alguien sabe cuanto arroz echo?
unos 100g por persona, o sea 1kg. y **NADA** de chorizo 🙏
k hambre tengo, alguien pide pizza conmigo? la de 4 quesos a medias :pizza:
Me acabo de enterar de que en Perú el ceviche se come al mediodía y no de noche. ¿Es verdad o me están vacilando?
<@88172635409182736> es verdad pata, el pescado tiene q ser del día, nadie come ceviche en la noche
alguien q haya ido a islandia en invierno? vale la pena o me congelo xd
Hotel reservado en Roma del 3 al 8 de mayo 🇮🇹 ¿Alguien tiene recomendaciones de dónde comer cerca del Trastevere?
Ojo con los restaurantes que tienen fotos en la carta: trampa para turistas al 100%.
pedí un cafe con leche en londres y me trajeron un vaso de leche con un chorrito de cafe 💀
quien se viene a la feria gastronomica del domingo? la entrada son 10€ y hay degustacion libre
toy haciendo brownies y se me quemaron x arrba, se pueden salvar?
<@748291036518273640> cortales la parte de arriba y ponles helado encima, nadie se va a enterar 😏
la comida del avion estaba sorprendentemente buena, pasta con pollo, 8/10
bro la mochila de 40L cabe como equipaje de mano en ryanair?
no jaja, la gratis es de 40x30x20 y tiene q caber debajo del asiento
Mañana salimos hacia Cusco a las 5 de la mañana. Deseadnos suerte con el mal de altura 🏔️
<@815263748190273645> toma mate de coca, a mi me salvo
yo solo quiero unas papas fritas y dromir 14 horas
mi gato se ha metido en la lavadora vacia y no quiere salir, le hago una foto o lo saco 🙃
FOTOS DEL GATO YA
Aquí está la criatura: https://imgur.com/a/Xk3vB9q Se llama Mochi y tiene 4 meses.
q cosita mas bonita 😍😍
Adoptamos a un perro del refugio la semana pasada y no para de seguirme por toda la casa. Hasta al baño. ¿Es normal o se le pasará?
Es normal, tiene miedo de que lo abandones otra vez 🥺 Dale tiempo.
mi perrita tiene 14 años y hoy la operaron, crucen los dedos x ella 🙏
<@471829305618274930> como salio la operacion de la perrita??
salio todo bien!! ya esta en casa durmiendo con el cono puesto jajaja
alguien sabe de algun veterinario 24h en valencia? mi conejo no come desde ayer
Un conejo sin comer es urgente, no esperes. En Benimaclet hay uno abierto toda la noche.
mi loro aprendio a imitar el tono de llamada de mi movil y ya no se cuando me llaman de verdad
JAJAJAJAJ QUE CRACK EL LORO
cuantas veces al dia le dais de comer a un gato adulto? el mio pide cada 2 horas
2 veces y no caigas en su trampa, es puro teatro jajaja :smirk_cat:
Plan para el sábado: barbacoa en casa de Lucía a partir de las 2. Cada uno trae algo, yo llevo el hielo y las bebidas.
Yo llevo las patatas y la tortilla de mi madre. Ya me lo agradeceréis.
dnd es la casa de lucia? nunca he ido
<@457382910465738291> te mando ubicacion x privado
chicos no puedo el sabado, curro hasta las 10 😭 pasadlo bien
alguien se anima a ir al cine esta noche? la de las 21:30 tiene aisentos libres
<@&813572946102837465> **QUEDADA** el domingo 18 en el Retiro, a las 12 junto al lago. Traed comida para el picnic 🧺
sale, nos vemos ahi, llevo la bocina para la musica
ke aburrimiento, alguien q me hable
hola aburrido, soy papá xd
jajajaja te odio
Oye, ¿me acompañas mañana a IKEA? Necesito una estantería y no tengo coche.
si me invitas a los perritos de 1€ voy jaja
trato hecho <@506172839405162738> 🤝
ya llegue a casa, gracias x traerme <@590182736451029384> 💕
¡Feliz cumpleaños, <@630291847561029384>! 🎉🎂 Que pases un día increíble, te queremos mucho.
graciaaas a todos 🥹 os quiero
¿Alguien sabe si abre el Mercadona mañana, que es festivo?
Mi tortuga se ha escapado del terrario por tercera vez esta semana. No sé cómo lo hace, es más lenta que el wifi de mi casa.
la mia una vez aparecio en casa del vecino 2 dias despues, como si nada
toy en el super, alguien quire algo?
papas y una coca porfa, te hago bizum
me voy a dormir q mañana madrugo, bunas noches gente 😴
¿Alguien tiene planes para el puente? Yo me quiero ir a la playa, pero nadie se apunta 😔
mi perro le ladra a todo lo q se mueve menos al cartero, q es su mejor amgio
Consejo para los que tenéis gato: poned el papel higiénico en un cajón. Lo digo por experiencia.
<a:catjam:912873465019283746> mi gata cuando abro una lata de atún
oigan q tal si el viernes hacemos noche de juegos de mesa en mi depa? traigan botana
vale pero yo no juego al monopoly q acabamos peleados siempre xd
llego en 5 min, pedidme una caña
llevo 20 minutos esperando en la puerta, donde estais??
MI PERRO SE COMIÓ MEDIO PAN DE AJO, LE PASA ALGO??
el ajo es **toxico** para los perros, llama al veterinario ya por si acaso
Actualización del perro: el veterinario dice que no ha comido tanto ajo como para preocuparse, pero que lo vigilemos 24 horas. Le han dado algo para el estómago y ya está otra vez pidiendo comida como si nada, el muy sinvergüenza. Gracias a todos por los mensajes, de verdad, me estaba muriendo de los nervios. Y sí, el pan de ajo ya está guardado en un armario alto, lección aprendida.
¡Menos mal! Dale un abrazo de mi parte 🐶❤️
me escuchais? creo q se me ha roto el micro
<@728193046518273640> tienes el micro muteado desde hace 10 min y llevas todo ese rato hablando jajajaja
NOOO Y YO CONTANDO MI VIDA ENTERA <:kekw:864209137546382910>
se te corta mucho bro, acercate al router o algo
quien esta respirando como darth vader? 😂
perdon era yo, acabo de subir 4 pisos andando
Me voy a cenar, vuelvo en 20 minutos. No habléis de nada interesante sin mí.
tu perro lleva ladrando toda la llamada wey, q le pasa
jajaja es q vio un gato x la ventana, ya lo saco
¿Alguien más oye un eco raro o soy yo?
Es Dani, que tiene los altavoces a tope y el micro pegado. Dani, ponte cascos porfa 🙏
Entro en la llamada en 5, que estoy terminando de fregar.
<#905678901234567890> está vacío. ¿Os habéis ido a otro canal o qué?
estamos en el de musica, ven
q haceis despiertos a las 4 de la mañana?? dormid
mira quien habla, el q tb esta despierto 💀
no puedo hablar mucho q mi compañero de piso esta durmiendo, escribo x aqui
bro suenas como un robot jajaja, parece q llamas desde la luna
ESCUCHÉ MI PROPIA VOZ Y QUIERO DESAPARECER
¿Alguien pone música en la llamada? Pero algo tranqui, nada de reggaeton a las 2 am, porfa.
la risa de <@816273940518273645> es lo mejor de esta llamada, no puedo jajajaja
Chicos, el viernes 20 a las 22:00 hacemos karaoke en llamada. Ya he hecho la lista: https://www.youtube.com/playlist?list=PLk3Rt8vQx2NmZ7yB1cW9dL
yo no canto ni borarcho
eso dijiste la ultima vez y acabaste cantando despacito a grito pelado jaja
<@392817465019283746> ntp, te hacemos un resumen cuando vuelvas
me caí de la llamada, se fue el intenret en toda la casa 😤
tienes ruido de fondo, estas en la calle?
si, voy andando a casa, me callo ya xd
xq cada vez q entro en la llamada os calláis todos?? 🤨
estabamos hablando de tu cumple, no seas paranoica 😇
Perdón por irme así de la llamada ayer, se me fue la luz en medio de la tormenta. Mañana me conecto otra vez a las 8.
q alguien despierte a kowalski, se quedo dormido con el micro abierto y esta roncando 😂😂
grabadlo grabaldo
Ya lo grabé: 47 segundos de ronquido puro. Lo subo a <#906789012345678901> 😈
oye bajale a tu musica q no te oigo
un momneto q viene mi madre
*silencio incómodo de 30 segundos*
jajaja alguien diga algo
hoy no me uno a la llamada, toy reventada del trabajo, mañana si :sleeping:
Me encanta este grupo. Llevamos 3 años haciendo llamadas casi todas las noches y todavía no nos hemos visto en persona. Este verano hay que hacer quedada sí o sí.
yo pongo la casa, tengo sitio pa 6 personas 🏠
mei alejate un poco del micro q te oigo como si estuvieras a mi lado jaja
perdon perdon, es q toy tumbada en la cama con el movil en la cara
<@902837465019283746> vienes a la llamada o q? te estamos esperando pa empezar la peli
voy voy, dame 2 min q estoy haciendo palomitas 🍿
La peli de hoy es ||la de la casa encantada de los 70||, no digáis nada a Lucía que quiere que sea sorpresa
oigan ya me voy, mañana trabajo temprano. buenas noches a todos :wave:
nooo <@673829104756281930> quedate un rato mas
el que cuelgue primero paga las pizzas del sabado
Resumen de la llamada de anoche para los que se fueron pronto: Kowalski se durmió a las 2 y roncó durante una hora, Mei intentó cantar una de Shakira y se le cayó el micro al suelo, a Dani le tocó bajar a por la pizza en pijama porque perdió la apuesta, y a las 5 seguíamos discutiendo si un perrito caliente es un sándwich. No llegamos a ninguna conclusión. Esta noche seguimos.
jajsjsjajs
<@537291846019283745> alv ya empezo el partido y tu dormido
nmms q golazo :exploding_head:
toy bn, y tu? hace mil q no hablamos
grax x el msj de ayer, me alegro el dia 🥹
saludos desde bogota :wave: alguien mas viendo el clasico?
okis
La ecuación es `F = m * a`, no `F = m / a` jaja
el wifi del hostal es `hostalsol2025` x si alguien lo necesita
alguien sabe q significa `SUSP.` en el panel del tren? ya vamos 40 min tarde
pon `minutos` en vez de `min` en la tabla, q el profe es muy quisquilloso
q ascooo 🤮 quien deja un yogur abierto en la nevera del curro 3 semanas
**NO** me hagáis spoiler de la final de la NBA, la veo grabada esta noche :pray:
ya vi q ganaron los thunder xd perdon
<@&827364510928374651> hoy hay maraton de Ghibli en llamada a partir de <t:1769371200:t>, empezamos con El viaje de Chihiro 🎬
tqm amiga, eres la mjeor :heart:
el drive con los examenes de otros años no me deja entrar https://drive.google.com/drive/folders/1aZ9kLmQ3xT7vB2nR8yW alguien tiene acceso?
mira este perro q baila salsa jajajaja https://www.tiktok.com/@perritosalsero/video/7412345678901234567
Te paso el hilo con todas las fechas de la gira: https://x.com/lineupsmx/status/1876543210987654321
🔥🔥🔥 brutal
siii
q va tío, ni de coña voy a madrugar un sábado
JAJAJA <@640192837465019283> CALLATE
pasame la receta del flan de tu abuela porfa, el mio siempre sale con agujros :sob:
> la F1 es solo dar vueltas — mi padre, antes de engancharse a Drive to Survive jajaja
gg wp, mañana revancha en la cancha a las 7 🏀
alguien q me explique xq el arbitro anulo el gol, no entiendo nada :thinking:
el examen de conducir es el <t:1769518800:D> y toy q me muero de nervios jaja
buenisima la paella de ayer <@583920174652839104>, repetimos cuando quieras 😋
d nada, pa eso estamos jsjs
xfa alguien q tenga netflx me dice si ya esta la temporada 2 de miercoles?
