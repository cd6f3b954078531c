quién más sigue despierto para el partido de la noche jaja
esa roja NUNCA fue roja 😤 <:madge:799112233445566778>
nuestro delantero lleva 9 partidos sin marcar y sigue saliendo de titular cada semana, increíble
<@421098765432109876> vas a transmitir el partido esta noche o busco un link yo mismo
ESTOY LLORANDO GANAMOS LA LIGA DE VERDAD 🏆😭
<@&982819054637281905> ¡¡mañana hay derbi!! el partido empieza a las 3pm, el pub abre a la 1, escríbanme si alguien quiere hacer la previa
Opinión polémica, pero creo que tenemos que dejar de culpar al entrenador de todo. Sí, la táctica contra el City fue mala, y sí, tardó demasiado en hacer los cambios. Pero la directiva vendió a nuestros dos mejores centrocampistas en verano y los reemplazó por un chico de 19 años de segunda división y un tipo de 34. Ningún entrenador del mundo gana con esa plantilla. Si lo echan en enero, vamos a pasar otra vez por lo mismo con otro. El cambio empieza arriba, no en el banquillo.
¿alguien sabe si el partido lo dan en espn+ o en peacock esta semana? no lo encuentro por ningún lado
el tipo falló una bandeja solo con 2 segundos en el reloj :skull: :skull:
los warriors sin curry dan pena, la verdad :pensive:
<#903847561029384756> predicciones para esta noche: 112-104 nuggets, no me vengan con cosas
wemby mide 7'4 y maneja el balón como un base, eso no es justo
me compré la camiseta nueva por $120 y lo traspasaron 2 días después. no gano una 🙃 <:sadge:790876543210987654>
la renovación del abono de temporada vence <t:1768003200:D>, no se olviden o pierden sus asientos
tengo ganas de hacer un viaje por carretera por la costa oeste en junio, ¿pero 2 semanas son suficientes?
2 semanas es perfecto, de sf a la, luego a vegas y después los parques nacionales :sunglasses:
¿cuánto efectivo debería llevar a tokio? he oído que en muchos sitios no aceptan tarjeta
Bueno, grupo de viajes, necesito ayuda para decidir. Tenemos 9 días en octubre y unos $2,000 por persona incluyendo los vuelos desde Chicago. La opción A es Islandia: la Ring Road, cascadas, quizá la aurora boreal si tenemos suerte, pero allí todo es carísimo y el tiempo podría arruinar la mitad de los planes. La opción B es Portugal: Lisboa, Oporto y unos días en el Algarve, comida más barata, más calor y es más fácil moverse en tren. La mitad del grupo quiere naturaleza y la otra mitad playas y vino. Por favor, voten con 🇮🇸 o 🇵🇹 para poder reservar antes de que suban los precios.
el hotel nos subió a una suite gratis porque era nuestra luna de miel 🥹
la escala en frankfurt es de 55 minutos, ¿¿eso es siquiera posible??
justo pero se puede si ya estás en el espacio schengen, no vuelves a pasar el control de pasaportes
mi compañero de cuarto en el hostal roncaba tan fuerte que dormí en el pasillo. experiencia 10/10 <:kekw:845019283746501234>
<@538271946501928374> pásame otra vez el link del airbnb porfa, lo perdí
**Lista de cosas para la acampada:**
- tienda + sacos de dormir
- linternas frontales (¡¡revisen las pilas!!)
- repelente de mosquitos, mucho
mi perra se niega a pasear bajo la lluvia jaja, se sienta en la puerta y se me queda mirando 🐕
¿qué comida les dan a sus gatos? el mío se aburrió de la de salmón en 2 semanas
impuesto gatuno 🐈 https://i.imgur.com/Kt8fP2a.jpeg
el veterinario dijo que le sobran 2kg así que ahora está a dieta y me odia
Necesito consejo de gente que haya tenido perros rescatados. Adoptamos a Luna hace tres semanas, tiene unos 2 años y la encontraron en la calle. En casa es dulce y tranquila, pero en los paseos entra en pánico cada vez que ve una bici o un monopatín, y tira tan fuerte de la correa que la semana pasada casi me caigo. Hemos probado con premios, cambiando de ruta y paseando a horas más tranquilas, como a las 6am, pero no mejora. ¿Esto lo puede arreglar un adiestrador o solo necesita más tiempo para sentirse segura? Cualquier consejo es bienvenido.
mi dragón barbudo se comió un grillo y luego me miró como si le debiera otro <:pepelaugh:861029384756019283>
¿es seguro darles mantequilla de cacahuete a los perros? la que tiene xilitol es mala, ¿verdad?
<@449102837465019283> sí, evita el xilitol, es tóxico para los perros. la mantequilla de cacahuete normal está bien en poca cantidad
MI GATO CAZÓ UN RATÓN Y ME LO DEJÓ EN EL ZAPATO A LAS 4AM
el acuario por fin está ciclado después de 5 semanas, hora de meter las gambas 🦐
¡¡mi lavanda está floreciendo!! huele increíble en el balcón 💜
¿puedo plantar fresas en macetas o necesitan un bancal?
en macetas van bien, solo asegúrate de que les den 6+ horas de sol al día :sunny:
las ardillas volvieron a desenterrar todos mis bulbos de tulipán :angry:
¿alguien de aquí hace hidroponía? estoy pensando en montar algo pequeño para lechugas y hierbas
el ph está en 7.8 y mis arándanos lo odian, ¿cómo hago que el suelo sea más ácido?
mi orquídea volvió a florecer después de 2 años sin hacer nada 😭🌸
metí mis chiles en casa para pasar el invierno y sobrevivieron de verdad, estoy en shock en serio
el d&d de esta noche se cancela, nuestro máster tiene gripe :pensive:
*tira iniciativa* 3. cómo no
mi mago tiene 9 pg y el dragón acaba de hacerle 42 de daño. rip Elowen <:pepehands:823456789012345678>
<@&823910475610293847> la encuesta de la campaña ya está en <#934102938475610293>, voten la próxima ambientación antes del domingo
el bardo sacó un 1 en persuasión y de alguna forma insultó a la madre del rey jajaja
¿alguien tiene una hoja de personaje imprimible para pathfinder 2e? la oficial tiene 4 páginas https://paizo.com/community/charactersheets/pf2e
jugamos 6 horas de twilight imperium y ni siquiera terminamos. 10/10 volvería a sufrir
la nueva expansión de spirit island cuesta $60 :money_with_wings: ¿vale la pena?
no juegues al monopoly con mi familia a menos que quieras perder amigos :skull:
mi hermana volcó la mesa jugando al uno anoche. la volcó de verdad. cartas por todas partes 😂
¿cada cuánto debería cambiarle el aceite a un mazda 3 de 2018? el manual dice 7500 millas pero mi mecánico dice 5000
¡¡¡acabo de aprobar el examen de conducir al 3er intento!!! 🚗🎉
me robaron la bici en la puerta de la biblioteca, cortaron el candado sin más :rage:
¿alguien sabe si una rueda de 27.5 cabe en un cuadro de 29er? es para un proyecto
cambiar las pastillas de freno tú mismo es mucho más fácil de lo que pensaba, tardé 40 min
la gasolina está a $4.19 aquí ahora mismo, me voy en bus
Busco consejo para comprar mi primer coche. Tengo un presupuesto de unos $12k, hago unas 30 millas al día, casi todo por autopista, y necesito algo fiable que no me cueste una fortuna en reparaciones. He estado mirando un Honda Fit 2017 con 68k millas y un Mazda 3 2016 con 81k millas, los dos de particulares. El Fit gasta menos pero el Mazda es mucho más agradable de conducir. ¿Debería pagar una inspección previa a la compra de los dos, y hay algo concreto que deba revisar en estos modelos?
el mecánico dijo que la correa de distribución estaba a punto de romperse. $900 después sigo vivo :sweat_smile:
<@562019384756102938> sí, haz la inspección, cuesta como $150 pero te puede ahorrar miles
¡¡¡acabo de sacarme el carnet de moto!!! primera salida este finde 🏍️
LA MULTA DE ESTACIONAMIENTO FUE DE $85 POR LLEGAR 4 MINUTOS TARDE
actualización: me dieron el trabajo 🎉 gracias a todos los que me ayudaron a prepararme en <#945610293847561029>
mi jefe acaba de contestar "k" a un correo de 3 párrafos 🙃
el reclutador me llamó "rockstar" en el primer mensaje, ¿red flag?
¿alguien de aquí trabaja en remoto a tiempo completo? cómo hacen para no volverse locos
la semana que viene estoy de vacaciones y ya sé que me van a llamar igual <:copium:844556677889900112>
Se viene desahogo. Ayer mi jefe de equipo puso un "sync rápido" a las 5:30pm, que acabó siendo hora y media de él leyendo el backlog en voz alta. Luego esta mañana me preguntó por qué mi ticket no estaba terminado, el mismo ticket del que me sacó el martes para trabajar en algo "urgente" que nadie ha vuelto a mirar desde entonces. Me gusta el trabajo y la mayoría de mis compañeros son geniales, pero estoy agotado de que las prioridades cambien constantemente. ¿Vale la pena hablarlo con su jefe o me va a explotar en la cara?
<@683920174650192837> háblalo primero con él, en un 1 a 1, y ten ejemplos preparados
hoy me despidieron junto con el 40% de la empresa. ¿alguien está contratando devs frontend? 🙏
<@&756102938475610293> las nuevas ofertas de trabajo están en <#956102938475610293>, 3 puestos en remoto esta semana
la prueba de la semana laboral de 4 días empieza <t:1769990400:D> y estoy emocionadísimo :partying_face:
¿pones tu nota media en el currículum cuando ya tienes 5 años de experiencia? no sé
nivel 1200 de homescapes, mi esposa cree que tengo un problema <:clueless:880192837465019283>
¡¡me salió la carta legendaria en un cofre gratis!! primera vez en 2 años <a:partyparrot:874562019384756102>
¿cuál es el truco de la nueva variante del sudoku diario? las jaulas del killer me confunden
el gato está en la esquina de la pantalla en el nivel 52, tardé 20 minutos en encontrarlo 🙄
<@&960697832415069783> alguien quiere hacer una liga de clubes en brawl stars, nos faltan 2
SE CAYÓ EL WIFI EN LA MEJOR PARTIDA DE MI VIDA
este juego para móviles te da 3 tiradas gratis al día y luego te pide $4.99 por tirada jajaja
Borré candy crush tres veces este año y lo volví a instalar tres veces. No quiero hablar del tema.
wordle 1,287 4/6, la última palabra fue brutal 😩
pokemon sleep dice que dormí 4h 20m. gracias, ya lo sé
8gb de ram es suficiente para ableton o voy a sufrir
por fin aprendí a usar bien un compresor, el threshold y el ratio por fin tienen sentido 🙏
<@591847362019283746> tu kick y tu bajo se están peleando, ponle un paso alto al bajo en 40hz y hazle sidechain
¡¡mi primer beat llegó a 200 reproducciones en soundcloud!! https://soundcloud.com/beatsbynico/night-drive
Pregunta para los que graban voces en casa: estoy grabando en un cuarto pequeño con un Rode NT1 y una Scarlett Solo vieja, y todo suena encajonado y con eco haga lo que haga. Puse unas mantas en las paredes y alejé el micro de la mesa, pero cuando lo escucho sigue sonando como si estuviera en un baño. Ahora mismo no tengo presupuesto para paneles acústicos de verdad. ¿Hay algún apaño barato que funcione de verdad o debería pasarme a un micro dinámico como el clon del SM7B del que habla todo el mundo?
¿algún buen sample pack de baterías lofi? gratis a poder ser. encontré este pero no sé https://www.looperman.com/loops/tags/lofi-drums
bitwig está infravalorado en serio <:gigachad:876123450987654321>
borré sin querer la carpeta del proyecto. sin backup. necesito un momento :sob:
masterizando para spotify, ¿debería apuntar a -14 lufs o eso es un mito?
-14 es a lo que normalizan, pero la mayoría masteriza más fuerte y deja que se lo bajen
mi sintetizador nuevo llega mañana y no puedo dormir 🎹
¿cómo hago para que `useState` no se reinicie cuando navego entre páginas?
sube el estado o mételo en un context con `createContext`, el componente se desmonta cuando cambias de ruta
por qué CORS me bloquea la llamada `fetch` en localhost pero en postman no
a postman le da igual cors, al navegador no. tienes que poner `Access-Control-Allow-Origin` en el servidor
¿alguien usa htmx? vale la pena aprenderlo o es puro hype https://htmx.org/docs/
me acabo de pasar 2 horas depurando y el problema era un `}` que faltaba 🤡
el botón se ve bien en chrome y totalmente roto en firefox, aquí va una captura https://i.imgur.com/Fx9qLm3.png
usa `box-sizing: border-box` en todo, arregla la mitad de estos problemas
mi puntuación de lighthouse pasó de 42 a 96 solo comprimiendo imágenes y añadiendo `loading="lazy"` jaja :chart_with_upwards_trend:
<@603928475610293847> ¿puedes revisar mi PR antes del viernes? https://github.com/mei-codes/weather-app/pull/8
cuál era la diferencia entre `let` y `const`, siempre se me olvida
REACT 19 ME ROMPIÓ TODA LA APP
`uptime` dice que mi router lleva 400 días encendido y me da miedo reiniciarlo
¿cuál es la diferencia entre un switch y un hub? no lo sé y me da miedo preguntar
conseguí un dell optiplex usado por $80, perfecto para proxmox :fire:
¿cómo averiguo qué ip le dieron a mi raspberry pi? es headless y no aparece por ningún lado
mira las concesiones dhcp en tu router o ejecuta `arp -a` desde otra máquina
Post de pequeña victoria: después de tres fines de semana peleándome con él, mi servidor casero por fin está montado como yo quería. Es un i5 viejo con 32GB de RAM y Proxmox, con una VM para Home Assistant, un contenedor para Jellyfin y otro para Nextcloud. Las copias de seguridad van a un disco USB todas las noches a las 3am y al NAS de un amigo una vez por semana por Tailscale. Todo junto consume unos 35W. Gracias especiales a <@672910384756102938> por explicarme las VLANs como si tuviera cinco años. El siguiente paso es la monitorización con Grafana.
el técnico del ISP dijo que mi router es "demasiado avanzado" y que por eso internet va lento. señor
vale la pena el wifi 7 ahora mismo o es puro marketing
<@694820173650192837> por ahora es marketing, a menos que todos tus dispositivos lo soporten
la factura de la luz de mi homelab es más alta que netflix + spotify juntos 💀
que alguien me explique las máscaras de subred como si tuviera 5 años, `255.255.255.0` no me dice nada
significa que los 3 primeros números son la red y el último es el dispositivo, así que tienes 254 direcciones utilizables, o sea un `/24`
<@&781029384756102938> mantenimiento esta noche a las 11pm, el servidor del juego y el nas van a estar caídos unos 30 min
intenté montar un proxy inverso con nginx, lo rompí todo y ahora no carga nada :clown:
caddy es mucho más fácil que nginx para eso, 3 líneas de config y te gestiona el https solo
*la taberna se queda en silencio cuando el desconocido se quita la capucha* "Busco al que llaman el Cuervo."
*desliza una moneda por la mesa sin levantar la vista* Depende de quién pague.
ooc: ahora vuelvo, 10 min, mi perro tiene que salir
<@718293047561029384> tu post es increíble pero ¿puedes etiquetar a los otros personajes para que sepan que tienen que responder?
el nuevo arco de rol empieza el viernes, lean primero el doc del lore porfa https://docs.google.com/document/d/1NightfallArc_Lore/edit
las biografías de los personajes van en <#967102938475610293>, 300 palabras máximo
**¡Bienvenidos a las Shattered Isles!** Este es un rol literario de ritmo pausado, ambientado en un archipiélago tras la caída del antiguo imperio. Los posts deben tener al menos un párrafo y estar escritos en tercera persona y en pasado. Puedes interpretar a un marinero, un mercader, un contrabandista o un miembro de una de las tres casas nobles, pero por favor nada de dioses ni elegidos. Lee las reglas en <#978102938475610293>, envía tu personaje en el canal de solicitudes y espera a que un moderador lo apruebe antes de publicar. ¡Diviértete y sé amable con los demás!
me encanta cuando el rol del villano tiene más reacciones que el de los héroes jaja
perdón por desaparecer del hilo, esta semana la vida real se puso de locos. publico esta noche
reto de escritura: tu personaje se despierta con los recuerdos de otra persona. adelante ✍️
¡¡¡por fin terminé mi borrador del nanowrimo, 50,213 palabras!!! 🎉🎉
es normal odiar todo lo que escribiste ayer o solo me pasa a mí :weary:
<@729102938475610293> leí el capítulo 3, los diálogos son buenísimos pero la escena de pelea se sintió apresurada
¿alguien me puede recomendar una buena herramienta para llevar el control de personajes y líneas temporales?
obsidian o una hoja de cálculo enorme, la verdad
**Club de lectura:** próxima quedada <t:1769200000:F> en la cafetería de la calle 5, vamos a comentar los capítulos 1-12
espera, ¿estamos leyendo la versión traducida o la original? los números de página no coinciden jaja
me compré la versión de kindle por $2.99, está de oferta ahora mismo 📚
ok quién eligió este libro, tengo que pelearme con esa persona <a:peepoangry:891928374650192837>
por favor usen ||etiquetas de spoiler|| cuando hablen del final, algunos leemos despacio
esta vez llevo yo los snacks, ¿alguna alergia que deba saber?
lo terminé a las 2am y ahora necesito hablar con alguien de ese final 😭
<@&792019384756102938> estamos votando el libro del mes que viene en <#983102938475610293>, las encuestas cierran el viernes
lo abandoné en la página 150, perdón gente, no conseguí engancharme
¿podemos leer un libro más corto la próxima vez? 600 páginas en un mes es mucho con el trabajo
hace -20°C y mi coche no arranca, me vuelvo a la cama
VOLVIÓ LA LUZ DESPUÉS DE 3 DÍAS 🙌
¿a alguien más le llegó la alerta de emergencia a las 3am? casi me da un infarto
el índice de polen está hoy en 11.2 y se me derriten los ojos :sneezing_face:
el río inundó todo el centro, cuídense si están cerca
¿leyeron lo de la nueva línea de tren? se supone que abre en 2027 https://www.metro-transit-news.com/2025/new-line-announced
el pronóstico dice 35°C el sábado, tiempo perfecto para ir a la playa ☀️ https://www.weather-now.net/forecast/valencia
Una actualización rápida, ya que varios preguntaron si estamos bien: el incendio está a unos 20 km de nuestro pueblo y anoche cambió la dirección del viento, así que ya no estamos en la zona de evacuación. Aun así la calidad del aire es horrible, el cielo está naranja desde el martes y le están diciendo a todo el mundo que se quede en casa con las ventanas cerradas. Se cancelaron las clases el resto de la semana. Por si acaso, dejamos el coche cargado, con los documentos, las medicinas y el transportín del gato listos junto a la puerta. Gracias por todos los mensajes ❤️
alerta de tornado hasta las 9pm, estoy escondido en el baño con mi perro y algo de picar
ayer hacía 25 grados y ahora está nevando. decídete ya :face_with_rolling_eyes:
acabo de terminar el último episodio de arcane y no estoy bien 😭
¿vale la pena ver la nueva temporada de the boys o ha bajado mucho? pregunto porque la dejé después de la temporada 3
<@705918273640192837> no te voy a mentir, bajó un poco, pero los últimos 3 episodios son buenísimos
NO HAGAN SPOILER DEL FINAL EN GENERAL PORFA, USEN <#989102938475610293>
el episodio 6 de house of the dragon fue medio lento, a qué viene tanto hype
netflix volvió a subir el precio, ahora son $22.99 :rolling_eyes:
<@&971708943526170894> ¿quién quiere volver a ver breaking bad juntos? un episodio cada noche a las 10 en <#938475610293847561>
||el asesino es el padre|| lo vi venir desde el episodio 1
¡¡¡por fin la temporada 2 de severance!!! <a:catjam:905521377366638672>
no me puedo creer que mataran al mejor personaje en el primer episodio, los guionistas nos odian
<@741029384756102938> ¿viste el resumen? esa volea en el minuto 89 fue increíble
el sorteo de la UEFA es mañana a las 12:00 CET, a quién quieren en la fase de grupos
ya salió el cuadro de los playoffs https://www.nba.com/playoffs/2025/bracket, nos tocan los celtics en la ronda 1 :sob:
perdimos 0-5 en casa. no voy a hablar de eso. nunca. <:deadinside:812093847561029384>
el entrenamiento de baloncesto de los miércoles pasa a las 6pm, avísenles a sus padres <@&803928475610293847>
cancelaron el vuelo y la aerolínea nos dio un vale de comida de $12 🙃
¿alguien ha ido a islandia en invierno? ¿es mala idea hacer la ring road en coche? la verdad me da un poco de miedo
<@752019384756102938> sí, en invierno es arriesgado, quédate en la costa sur y mira road.is cada mañana
encontré un vuelo a seúl por $640 ida y vuelta https://www.google.com/travel/flights/s/Xk29Lq, lo reservo antes de que cambie de opinión ✈️
mi gato aprendió a abrir la puerta de la despensa. estamos perdidos :scream_cat:
el cachorro se comió el estuche de mis airpods. los airpods no, solo el estuche. por qué jajaja
<@763019284756102938> ¿qué arena usas? la aglomerante que compré es una nube de polvo
¡¡mis tomates por fin se están poniendo rojos!! 🍅 solo les costó todo el verano
mi albahaca echó flores, ¿le corto las flores? no sé lo que estoy haciendo
<@716029384751029384> sí, quítaselas sin duda, si no las hojas se vuelven amargas
Aquí el máster: <@774019283746501928> todavía me debes 2 párrafos de trasfondo antes de la sesión 3 jaja
el grupo se compró un barco. ninguno sabe navegar. esto va a ser divertido <a:popcorn:912345678901234567>
me compré un miata de 1998 por $3,800 y no me arrepiento (todavía) https://i.imgur.com/Mx98aTa.jpeg
la cadena me sigue saltando en los piñones pequeños, ¿es el cambio?
<@785019283746501928> seguramente solo hay que ajustarlo, gira el tensor un cuarto de vuelta cada vez
mi compañero de trabajo no para de darle a responder a todos con toda la empresa 🤦
hoy me llegó el primer sueldo del trabajo nuevo, me siento rico durante exactamente 2 días
2 entrevistas mañana, una a las 9am y otra a las 2pm, deséenme suerte 🍀
¿alguien sabe si el nuevo monument valley ya está en android?
acabo de llegar a una racha de 1,000 días en puzles de ajedrez. no pregunten por qué
el wordle de hoy fue brutal, 6/6 y solo lo saqué porque tuve suerte
¡¡acabo de sacar mi primer ep en spotify!! 5 temas, 18 minutos, link en <#994102938475610293> 🎧
pregunta rápida: ¿usan un limitador en el master mientras mezclan o solo al final?
<@727130495862130495> solo al final, si no mezclas contra él y te confundes
¿alguien sabe cómo arreglar `Hydration failed because the initial UI does not match what was rendered on the server` en next.js?
seguramente estás usando `Date.now()` o `Math.random()` en el render, pásalo a un `useEffect`
**Consejo:** usa `:focus-visible` en lugar de `:focus` para los contornos del teclado, los que usan ratón te lo agradecerán
mi archivo css tiene 3000 líneas y la mitad es `!important`. manden ayuda
<@796019283746501928> lo de la vlan por fin funciona, los dispositivos iot ya no ven mi pc 😎
el técnico del isp dijo que necesito un módem nuevo, y era el cable. el cable estaba desenchufado, en fin
**Quedada del homelab** este sábado a las 4pm, traigan su hardware raro. detalles en <#905102938475610293>
*el barco cruje cuando lo golpea la tormenta* ¡Capitán, el mástil no va a aguantar!
*toma el timón* Pues que se rompa. ¡Sujétense!
recuerden que el servidor de rol es solo para mayores de 18, lean las reglas en <#949586721304958672> antes de unirse
creo que mi club de lectura es 80% vino y 20% libro y la verdad me parece bien 🍷
esta vez nos reunimos por zoom por la tormenta, link: https://zoom.us/j/84729105533
la app del tiempo dice 0% de probabilidad de lluvia. estoy empapado <:sadcat:833445566778899001>
la ciudad está repartiendo sacos de arena gratis en el cuartel de bomberos hasta las 6pm :ocean:
por fin me puse al día con the bear, ese restaurante me daría un infarto
<@807019283746501928> ¿terminaste la serie? no leas todavía el hilo de <#916102938475610293>
Se viene opinión polémica: la temporada 8 de Game of Thrones no fue tan mala como dice todo el mundo, solo fue apresurada. El problema es que los guionistas intentaron cerrar diez tramas en seis episodios, así que cada gran momento parecía salir de la nada. Lo de Daenerys volviéndose contra la ciudad podría haber funcionado si hubiéramos tenido dos temporadas más preparándolo. La batalla de Winterfell también era demasiado oscura, literalmente no veía nada en mi tele. Aun así, vuelvo a ver las primeras temporadas todos los años, siguen aguantando muy bien.
¿alguien me recomienda una serie como dark? necesito algo que me derrita el cerebro
POR QUÉ AHORA TODAS LAS SERIES BUENAS TIENEN SOLO 8 EPISODIOS
el final tuvo un 9.6 en imdb y se merecía cada punto
me vi las 3 temporadas este finde. no me he movido del sofá. no me arrepiento de nada
¡¡¡NOS VAMOS A LA FINAL!!! 🎉⚽
<@818029384756102938> ¿cómo van? estoy atrapado en una reunión
2-1 ganamos nosotros, minuto 70, no lo gafes
EL QUE HIZO LOS COMENTARIOS ESTA NOCHE DEBERÍA TENER PROHIBIDO HABLAR DE FÚTBOL PARA SIEMPRE JAJA
Soy fan de este equipo desde hace 20 años y nunca me había sentido así. Anoche remontamos 18 puntos en el último cuarto, fuera de casa, con nuestro mejor jugador en el banquillo por un esguince de tobillo. Los novatos dieron la cara, el público se quedó callado, y ese tiro sobre la bocina desde la esquina se me va a quedar grabado para siempre. Grité tan fuerte que mi vecino llamó a la puerta para ver si estaba bien. Pase lo que pase en la siguiente ronda, esta temporada ya se siente como una victoria.
nuestro club vende entradas para el partido de copa a 25 €, el link aquí https://www.fcrivertown.com/tickets/cup-round-3
quién tiene el mejor mediocampo de la liga ahora mismo, sean sinceros
la nba debería prohibir el flopping, está arruinando el juego en mi opinión
<@&829019283746501928> fútbol 5 el jueves a las 8, todavía nos falta un portero
¡¡acabo de reservar mi primer viaje solo!! 5 días en edimburgo en septiembre 🏰
¿vale la pena el seguro de viaje para un viaje de 1 semana por europa?
<@839019283746501928> sí, sobre todo si tienes vuelos con escala, cuesta como $30
HUELGA DE TRENES EL DÍA QUE NOS VAMOS. CÓMO NO
lo mejor de cualquier viaje es el desayuno en el aeropuerto, yo no pongo las reglas
Un pequeño aviso para quien vaya a Roma este verano: las entradas del Coliseo ahora hay que reservarlas online con tu nombre, y cuando fuimos los horarios de la visita subterránea estaban agotados con tres semanas de antelación. También nos pillaron los de la "pulsera gratis" cerca de la Escalinata de la Plaza de España: te la atan a la muñeca y luego te exigen 10 euros. Tú sigue caminando. Aparte de eso, la comida fue increíble, los trenes llegaban puntuales y caminamos unos 25,000 pasos al día. Vayan en mayo u octubre si pueden, julio es brutal.
¿cuál es la mejor app para dividir gastos en viajes en grupo? ¿splitwise?
sí, splitwise, nos salvó la amistad en croacia jaja
mi perro acaba de aprender a tocar una campanita cuando necesita salir 🔔 qué orgullo
¿los gatos de verdad necesitan comida húmeda o basta con la seca?
<@849102938475610293> los veterinarios suelen decir que lo mejor es una mezcla, la húmeda les ayuda a beber más agua
mi gato tiró el árbol de navidad OTRA VEZ :upside_down:
el refugio tiene un 50% de descuento en las tasas de adopción este finde, por si alguien se lo está pensando 🐾
Aviso para los que acaban de tener conejos, que veo muchas preguntas sobre esto por aquí: los conejos NO son mascotas fáciles para empezar. Necesitan un espacio grande para correr todos los días, no solo una jaula pequeña, y alrededor del 80% de su dieta debe ser heno, no pellets ni zanahorias. También necesitan un veterinario que sepa de verdad de conejos, que puede ser difícil de encontrar y más caro que uno normal. Los míos son los bichitos raros más dulces del mundo y los adoro, pero por favor infórmense antes de tener uno. Respondo encantado preguntas en <#858102938475610293>.
mi serpiente no come desde hace 3 semanas, ¿debería preocuparme?
el hámster me mordió y luego actuó como si el problema fuera yo
**Novedades del huerto:** los pimientos están floreciendo, los pepinos trepando y las babosas perdiendo 🐌
mi pothos creció 2 metros en un año, se está adueñando de la habitación
¿cuál es el mejor fertilizante para plantas de interior? tengo como 30
cualquiera equilibrado tipo 10-10-10, a media dosis una vez al mes en primavera y verano
el árbol de mis vecinos me tira hojas al jardín cada otoño, ¿es de mala educación pedirles que lo poden?
LOS CIERVOS SE COMIERON TODAS MIS HOSTAS EN UNA NOCHE
empecé a hacer compost y ahora mi cocina huele a pantano, qué estoy haciendo mal :nauseated_face:
demasiado material verde, añade más marrón como cartón u hojas secas
primera vez cultivando pimientos desde semilla, tardaron 3 semanas en brotar pero están vivos 🌶️
<@859102938475610294> ¿qué hora les va bien para la próxima sesión, sáb 2pm o dom 5pm?
**¡Anuncio de campaña!** Voy a empezar una nueva campaña homebrew llamada *The Drowned Crown* y busco 4 jugadores. Es una mezcla de exploración e intriga política, ambientada en una ciudad costera que se está hundiendo poco a poco en el mar. Las sesiones son un sábado sí y otro no de 6pm a 10pm EST, por voz en Discord con Foundry VTT. Los personajes empiezan a nivel 3. Los jugadores nuevos son bienvenidos, te ayudo encantado a crear tu personaje. Si te interesa, rellena el formulario en <#869102938475610293> antes del <t:1769817600:D>.
me acabo de dar cuenta de que todo nuestro grupo es caótico neutral y nadie cura a nadie
¿alguien quiere comprar mi antiguo ejército de warhammer? $250 por todo, pintado
gloomhaven jaws of the lion es la mejor introducción a los dungeon crawlers, a ver quién me lo discute
el villano final tiene 300 pg y le hicimos 12 de daño en la primera ronda. no vamos a salir de esta 💀
¿alguien me explica cómo funciona el flanqueo en 5e? mi grupo no para de discutir por eso
mis jugadores se saltaron entera la mazmorra que me pasé 3 semanas preparando. estoy bien. perfectamente bien <:clownpepe:870192837465019283>
mi civic acaba de llegar a las 200,000 millas 🎉 y todavía con el embrague original
¿cómo hacen con un coche que huele a perro mojado? pregunto por mi coche
<@871029384756102937> bicarbonato toda la noche y luego aspiras, funciona siempre
la luz del motor se apagó sola. debería alegrarme o asustarme
acabo de hacer 80km con la bici de gravel y tengo las piernas como gelatina 🚲
en la tienda de bicis me piden $180 por arreglar la rueda, y una nueva cuesta $200. qué hago
Consejos de alguien que acaba de terminar una búsqueda de trabajo larga, ya que muchos preguntan por aquí: adapta el currículum a cada oferta, ya sé que es un rollo pero a mí me duplicó las respuestas. Envía tu solicitud en las primeras 48 horas después de que se publique la oferta, después los reclutadores ya están saturados. Escribe por LinkedIn a gente que trabaje en la empresa, pero hazles una pregunta concreta en lugar de "¿me puedes recomendar?". Y practica las respuestas en voz alta, no solo en tu cabeza. Me llevó 4 meses, pero lo conseguí. Tú también lo vas a conseguir.
RR. HH. acaba de mandar un correo sobre un "team building obligatorio y divertido" un sábado. NO
<@881029384756102938> ¿qué tal el trabajo nuevo? ¿todavía te pierdes en la oficina?
tardo 1h15m en ir al trabajo y otro tanto en volver, ahora escucho 2 audiolibros por semana
me acaban de ascender a senior 🥳 me llevó 3 años pero ya es oficial
consejo para entrevistas: pregúntales siempre cuál es la parte más difícil del trabajo
el nuevo evento de candy crush es imposible sin potenciadores, que cuestan $2.99 cada uno por cierto
monopoly go es una estafa y me he gastado $40 en él. las dos cosas son verdad
¿alguien sigue jugando a pokemon go? hora de incursiones a las 6pm, quedamos en la fuente
<@&891029384756102938> la guerra de clanes empieza en 2 horas, publiquen sus ataques en <#901928374650192837>
esta app de sudoku tiene un modo "experto diario" y nunca he terminado uno. ni uno
LLEGUÉ AL NIVEL 2000 EN TOON BLAST 🎉🎉
tu timing está mal porque estás cuantizando todo a 1/16, prueba tresillos de 1/8 para ese swing
¿me basta con ableton intro o necesito standard? la diferencia de precio es de $340
el sello rechazó mi tema pero dijeron que la mezcla estaba limpia, así que lo cuento como victoria
¡¡Por fin terminé mi EP después de 8 meses!! Son 5 temas de electrónica downtempo, todos hechos en Ableton casi solo con plugins de serie y un Minilogue usado que compré por $300. Lo más difícil fue la mezcla, rehíce el último tema cuatro veces porque los graves se seguían embarrando. Muchísimas gracias a todos los de <#910293847561029384> que escucharon los primeros borradores y me dieron feedback, sobre todo a <@902938475610293847>, que me ayudó con el master. Sale en todas las plataformas el viernes, pondré el link aquí. Significaría mucho que le dieran una escucha 🎧
¿alguien usa un controlador midi con pads? estoy pensando en el akai mpd218
las ofertas de plugins están al 90%, me acabo de comprar 6 compresores que no necesito :moneybag:
`npm install` lleva 10 minutos ejecutándose, esto es normal
borra `node_modules` y `package-lock.json` y vuelve a intentarlo, a veces se queda atascado
¿¿por qué mi estado de React se actualiza un render tarde?? `console.log(count)` siempre muestra el valor viejo
setState es asíncrono, el nuevo valor está disponible en el siguiente render. haz el log en un `useEffect` si lo necesitas
grid o flexbox, ¿cuándo usan cada uno? yo siempre elijo flex y luego me arrepiento
flex para una dirección, grid para dos. esa es mi regla
Mi equipo está discutiendo qué enfoque de CSS usar en el nuevo proyecto y quiero opiniones de fuera. La mitad quiere Tailwind porque es rápido y no hay que ponerles nombre a las clases, la otra mitad quiere CSS Modules porque con Tailwind el markup se vuelve ilegible al cabo de un tiempo. Es una app de React de tamaño medio, unas 40 páginas, con un diseñador que cambia cosas cada semana. También necesitamos modo oscuro y buena accesibilidad. ¿Qué elegirían en esta situación y qué les ha funcionado de verdad a largo plazo?
tailwind para eso, los cambios del diseñador se aplican mucho más rápido. solo extrae componentes cuando las listas de clases se hagan largas
mi api key estuvo en el código del frontend durante 3 meses 😬 la estoy rotando ahora mismo
<@912039485761029384> el link del footer está roto, lleva a https://example-shop.dev/contatc en vez de a /contact
por fin entiendo async/await, solo me llevó 2 años
FUNCIONA Y NO SÉ POR QUÉ
la reconstrucción del nas terminó después de 19 horas, no se perdió ningún dato 🙏
alguien usa ipv6 en casa o todos siguen con ipv4 y nat
mi enchufe inteligente perdió el wifi y ahora la lámpara es solo una lámpara
ejecuté `sudo systemctl restart networking` y perdí el ssh a la máquina. voy de camino a la oficina en coche 🤦
<@&923019485761029384> la vpn estará caída el sábado de 1am a 3am por la actualización del firmware del router (v23.7.12)
*despliega el mapa sobre la mesa* El tesoro está aquí, más allá de los Acantilados Aullantes.
*se ríe* Nadie vuelve de los Acantilados Aullantes.
ooc: ¿podemos pausar la escena hasta el domingo? este finde estoy de viaje
¿quién se apunta a un rol uno a uno? tengo una idea de ciencia ficción con un contrabandista y un androide
mi fanfic acaba de llegar a 10k lecturas en ao3, estoy gritando 😭 https://archiveofourown.org/works/58291034
> muestra, no cuentes
el mejor consejo de escritura que me han dado y lo sigo ignorando todos los días jaja
el club de lectura es en mi casa el viernes, la dirección está fijada en <#934019283746501928>
no he empezado el libro y la reunión es en 2 días. deséenme suerte jaja
**Recordatorio:** traigan su ejemplar, vamos a leer en voz alta nuestros pasajes favoritos
porfa, la próxima vez elijamos algo de menos de 300 páginas 🙏
la ola de calor batió hoy un récord de 70 años, 44.2°C
el viento tiró nuestra valla, ahora el perro de los vecinos viene de visita todas las mañanas 🐕
<@945019283746501928> ¿ya abrieron la autopista? tengo que llegar al aeropuerto a las 5
está nevando tanto que no veo la casa de enfrente ❄️
mañana no hay clase por la tormenta de hielo, los niños están de fiesta
CANCELARON MI SERIE FAVORITA DESPUÉS DEL CLIFFHANGER. INCREÍBLE
la nueva temporada de only murders está buenísima, selena gomez es graciosísima
¿quién más está viendo la temporada 2 de squid game? no hagan spoiler del episodio 5
viendo friends por 6ª vez, es mi serie de confort, ok
los anuncios en la plataforma de streaming ahora son más largos que en la tele por cable jaja
<@956019283746501928> ¿viste el tráiler de la nueva temporada? https://www.youtube.com/watch?v=Xq8Lm2Pz9Ta
final de mitad de temporada esta noche a las 9, lo vemos juntos en <#967019283746501928>
ese giro del episodio 7 :exploding_head:
necesito una serie nueva, algo como ted lasso pero con menos fútbol
prueba shrinking, tiene el mismo estilo y es graciosísima
ok me voy a dormir antes de empezar otro episodio. buenas noches a todos 🌙
