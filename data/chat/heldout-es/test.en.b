anyone watch the madrid game yesterday?? what a goal by mbappe in the 89th 😭
LET'S GOOOO BOCA FUCK YEAH
What time does the race start tomorrow? I think in Spain it's at 14:00, but I'm not sure.
dude alonso can't do any more with that aston martin, the car just doesn't have any more in it
<@318204958271630336> you owe me 10 euros, I told you barça wouldn't win at anoeta hahaha
for real, no fucking way, america in the final again 🙄
who's playing in the nba today? I wanna watch something before bed
What Verstappen did on the last lap was insane. I don't know how they didn't touch.
the var is a joke bro, that was **obviously** a penalty :rage:
ANYONE GOT A LINK TO WATCH THE CLASICO???
My fantasy team is dead last in the work league, 12th out of 12 😂
btw does anyone know how much tickets for the bernabeu cost? 👀
What a match. 3-2 in extra time, you can't ask for more.
hahaha hamilton spinning out on the formation lap
what a game that 17-year-old kid had, he's gonna be a star
Well I still say Curry is better than LeBron and you're not going to convince me otherwise.
<@&765432109876543210> the game starts in 10 min, everyone to <#902345678901234567> 📢
Monaco GP recap: 78 laps of procession and zero overtakes. Gorgeous track, incredibly boring race.
<@1092837465019283746> no worries bro, we'll watch it at my place on saturday
Messi today isn't the Messi he used to be, but he's still Messi, you know.
Someone explain to me how Atleti loses a game they were winning 2-0 in the 80th 🤡
the 2026 season calendar is out https://www.formula1.com/en/racing/2026
The Champions League anthem gives me goosebumps. Every time.
Hey, anyone up for a little 7-a-side football game on Sunday? We're 2 short.
<@349182736450192837> np legend, I can send you the link again whenever lol
valladolid getting relegated again... doesn't even surprise me anymore 😔
I can't believe the Vinotinto almost qualified, man, the suffering
the celtics are up 3-1 in the series, that's it, **it's over**
I fell asleep and missed the whole race 💀💀 can someone spoil it for me?? actually never mind
||Norris wins|| sorry I couldn't resist lol
Anyone feel like going to the stadium on the 15th? There are tickets for 25€ on the club's website.
HAHAHAHA THE KEEPER PUT IT IN HIS OWN NET
why is nobody talking about Lamine's goal?? he's literally an alien
I have practice at 7 today and a game at 10:30 tomorrow, so no going out tonight haha
what's up with that transfer, is it official yet or is it still just rumors?
Shoutout to the neighborhood basketball league folks, we won 68-54 today 🏀🔥
watching the pregame show and I'm already nervous hahaha
bro look at this https://youtu.be/dQ8x2KpLm4Q tatum's half-court three is insane
idk whether to watch the derby at the bar or at home, the bar has a better atmosphere but beers are 4 bucks...
We went to see the Lakers in Los Angeles yesterday and it was amazing! Best day of the trip 🙌
dude colo colo played like shit hahaha <:sadge:981726354019283746>
No F1 today 😭 What am I supposed to do with my Sunday?
this one's for whoever said betis wouldn't get past the group stage hahahaha
can someone explain the offside rule again please, my girlfriend is asking me and I don't know how to explain it 😅
gg today's game, team B played way better, next one's ours :muscle:
For those who were asking: the schedules for all the games are in <#903456789012345678> and they get updated every week.
the guy missed a penalty in the 90th minute and now everyone hates him, poor guy
Okay, I'm going to say it and I don't care if I get crucified: a World Cup with 48 teams is a terrible idea. More games doesn't mean better football, it means more filler games, exhausted players and even more expensive tickets. Even with 32 there were groups that were already decided by the second matchday. On top of that it's in the summer, in this heat, and the players show up dead after a 60-game season. This is all about TV money and nobody wants to admit it. I love football, but not like this.
XDDD look at the coach's face
ok, so we're meeting at 8 at the usual bar for the game, whoever's late buys the first round 🍻
anyone else listening to the new bad bunny album on repeat or is it just me
Have you guys seen the latest episode of The Last of Us? I totally didn't see that ending coming.
just finished frieren and I feel empty inside 😭 what do I do with my life now
https://open.spotify.com/playlist/5kXq8RtB2nLmW0aZcY7pVd my study playlist, you're welcome
RAUW CONCERT IN MADRID ON JUNE 14 AND I DON'T HAVE A TICKET 😭😭
damn the new jujutsu kaisen opening is *so good* :fire:
Recommend me horror movies that aren't just cheap jump scares, please. I watched Hereditary and loved it.
<@529183746501928374> send me the name of the movie you mentioned yesterday
I really like k-pop too but don't tell anyone lol
the breaking bad finale is still the best ending of any show, not up for debate
> anime is for kids — said my uncle while watching Dragon Ball with me hahaha
I just saw Dune 2 in IMAX and I'm still shaking. The sound goes right through your body.
who's in for watching the premiere together on call? it's <t:1768597200:F>
I learned to play wonderwall on guitar and now I'm unbearable 🎸
idk why people hate Nickelback so much, I like them 🤷
arcane season 3 when??? oh wait, there isn't gonna be one 😔
The Latin American dub of Shrek is superior, period.
Well I like the one from Spain better, sorry not sorry
anyone who knows about guitars, is this one good for a beginner? https://www.thomann.de/es/harley_benton_st_20.htm
I laughed so hard at the funeral scene that people in the theater turned around to look at me hahaha
My top 3 anime: 1. Steins;Gate 2. Monster 3. Haikyuu. Change my mind.
THEY ANNOUNCED THE TOUR AND THERE'S NO LIMA DATE, THEY HATE US
Last night's concert was insane. They played for 2 and a half hours straight and closed with all the big hits from the 2000s. My throat hurts from screaming.
:sob: :sob: no way they killed off that character
dude did you see the new spiderman? it's really good
I have to practice piano 1h a day for the conservatory exam and there just aren't enough hours in the day
Can anyone recommend a short anime? 12 episodes max, I have exams.
<@&846193027465019283> **Movie night** this Saturday on call, vote here for which one we watch: https://strawpoll.com/e7JbkP2xQyD
has the movie started yet?? I'm almost there
The Interstellar soundtrack on a church organ. Just imagine it.
I got hooked on money heist in 2017 and I still haven't finished it 😂
the live action one piece surprised me in a good way, I wasn't expecting anything
Serious question: can you watch Naruto without the filler? Does anyone have the list of episodes you need to skip?
<@471029384756102938> here you go https://www.animefillerlist.com/shows/naruto-shippuden
the song came up on shuffle and I started crying on the metro xD
Hey guys, does anyone know if Los Bunkers are coming to Mexico this year?
we did an extended edition lord of the rings marathon, 11 hours, I can't feel my legs
<:pepega:817263544019468288> me thinking the manga had already ended
Someone explain to <@602817364519283746> that Interstellar is **not** a Spielberg movie 😭
my brother says reggaeton isn't music, so I blast it at 8 in the morning haha
this week's letterboxd: https://letterboxd.com/dani_cine/films/diary/ 4 movies and not a single good one lol
I bought a Rosalía vinyl and I don't have a record player, that's just how I am 🙃
what's the song that goes tururu tu turu in the trailer for that car movie
It's the F1 movie with Brad Pitt, and I think the song is by Ed Sheeran. Here you go: https://open.spotify.com/track/3mKp9ZxW2vR7tLq1BnY8cD
don't spoil the new season of the bear for me pls, I'm on episode 3
Okay, let me tell you why you all need to watch Mushishi. It doesn't have a main plot, every episode is a standalone story about a guy who travels around rural Japan helping people with problems caused by these weird creatures called mushi. It's slow, it's calm, the music is beautiful and every episode leaves you thinking for a while. You don't binge it, you put on an episode before bed. If you liked Frieren, you're going to love this one, trust me.
what a banger :notes:
the bassist from my cousin's band is playing at a bar on friday at 9, it's 5k to get in
lol I was an extra in a local band's music video, minute 2:14, don't blink
Great recommendation, <@744019283746501928>. I'm already on episode 8 and I can't stop.
does anyone have the notes from tuesday's stats class? I overslept 😴
THE EXAM IS TOMORROW AND I HAVEN'T STARTED STUDYING
Does anyone know if the final thesis can be handed in after June 30? The website (https://www.ucm.es/tfg) doesn't say anything.
I got a 9 in physics!!! I can't believe it
the teacher: the exam is gonna be *easy peasy*. the exam: 💀
I also have to do the history presentation for monday, anyone wanna join me at the library tomorrow?
<@193847560192837465> can you send me the pdf for unit 4 please
I'll upload it to <#904567890123456789>, it's called `tema4_resumen_final_v2.pdf`
nobody understands this formula `=BUSCARV(A2;Hoja2!A:C;3;FALSO)` and my boss wants the report by 5
first day at the new job today, wish me luck 🙏
I have 3 classes left to finish my degree and I'm more burned out than ever
Hahaha, the professor went to the wrong room and gave us half an hour of the 2nd-year class.
Tomorrow's meeting is moved to 9:30. Bring your laptops, we're going to go over the `presupuesto_Q3.xlsx`.
I hate 8 am classes. My brain doesn't start working until 11.
does anyone know how to cite a website in APA 7? :sweat_smile:
Yes, like this: Last name, F. (2024). *Page title*. Site name. URL
dude I got fired hahaha well no, I quit
My boss messages me on WhatsApp at 11 at night. Is that even legal?
Hi! Anyone doing Business Administration at the Complutense? I'm looking for a group for the marketing project.
I'm 1 point short of passing, I'm gonna go to the exam review and cry to the professor
what grade do I need on the final to pass if I have a 5.5 average? the one that's worth 40% I mean
<@291837465019283746> do the math: `5.5 * 0.6 = 3.3`, you're 1.7 short, so you need a 4.25 on the final
thaaanks legend, I owe you one xD
I'm at the library and the guy next to me is eating doritos, help :skull:
New night shift schedule here: https://docs.google.com/spreadsheets/d/1xR4kPq9ZtB7wLm2NvC8yD/edit Check it before Friday.
internship at an ad agency, they pay me 300k a month but you learn a ton
I DIDN'T GET THE SCHOLARSHIP EMAIL AND THE DEADLINE IS TOMORROW 😭
did you get it yet? check spam, mine went straight there
Pomodoro on call at 17:00, who's in? 25 min studying, 5 min break
the english teacher made us sing in class, I want to die xD
My job interview is <t:1769000400:R> and I'm freaking out. Any last-minute advice?
be yourself, get there 10 min early and don't say your weakness is being a perfectionist lol
I'm on the bus to uni and I left my laptop at home. great.
does anyone know if there's class tomorrow? people are saying there's a strike
Yeah, it's a 24h strike, it's in the faculty email
my master's thesis is about the impact of tourism on Lisbon, 80 pages and I'm on page 12 😂
I've been doing the work of two people for three weeks because my coworker is on sick leave and they haven't hired anyone. Today my boss asks me if I can also come in on Saturdays "just this month". I told him no, politely, and he looked at me like I'd insulted his mother. I know it's not entirely his fault, but I'm exhausted and I don't know if it's worth it anymore. Tomorrow I'm going to start looking at job listings, because this can't go on like this.
hang in there man, you're worth more than that job 💪
Can someone explain the difference between VAT and income tax withholding to me like I'm 5? I just became self-employed and I have no clue what's going on.
**Reminder:** the chemistry exam is on Thursday the 12th in room 2.04, bring a calculator (non-programmable).
thx for the notes <@385920174638291047>, you saved my life
entrance exam results are out: 12.3!!! I'm getting into med school 😭😭 <a:party:1029384756102938475>
<@720193846571029384> congrats!! you're a beast
I'm so fed up with calculus 2
I work from home on Mondays and Fridays, so if you want to meet up for lunch, I'm free those days.
WHAT A NIGHTMARE OF A WEEK
Guys, is the midterm on the 14th or the 21st? The online class page says one thing and the professor said another.
I'm not going to class tomorrow, if they take attendance say I'm sick please hehe
just turned in the assignment at 23:58, living on the edge
Does anyone know how to make a Spanish omelette without it falling apart when you flip it? 😩
<@629384710293847561> a big plate and no fear, that's the secret lol
WITH ONION, AND ANYONE WHO SAYS OTHERWISE CAN LEAVE THE SERVER
Today I made homemade ramen for the first time. 6 hours of broth and they ate it in 10 minutes 😭
dude the al pastor tacos on the corner by my house are 15 pesos, come over
that looks so good, drop the recipe <:drool:887613420957731840>
https://www.recetasgratis.net/receta-de-arepas-venezolanas-12345.html this is the one I use, they come out perfect
I ate 3 and a half empanadas and I'm still hungry, is that normal?
My grandma's croquetas beat any restaurant's and you know it :yum: :crown:
Well my mom's are better. Ham ones, obviously, what else?
has anyone been to japan? I'm going in april for 2 weeks and I don't know where to start
Tokyo 5 days, Kyoto 4, Osaka 3 and improvise the rest. Only get the JR Pass if you're going to be moving around a lot.
FLIGHT CANCELED. 6 HOURS AT BARAJAS AIRPORT. I'M SO DONE
you're at barajas?? I'm there too, terminal 4, gate `J58`, wanna grab a drink?
The airline's discount code is `VERANO15`, it worked for me yesterday
how much does a week in lisbon cost, roughly? like hostel and eating cheap
I spent about 400€ including flights, but I went in february. check https://www.skyscanner.es there are deals sometimes
<@847362019485736201> bring the chilis you bought in oaxaca pls 🌶️
I can't handle spicy food, I'm spanish, even paprika feels strong to me hahaha
We went to Cartagena de Indias and the food is on another level. The arepas de huevo, the posta negra, the corozo juice... I'd go back right now.
Anyone want to get dinner on Friday? I was thinking the new Korean place on Atocha street: https://maps.app.goo.gl/Rk7pW2xQmZ9vBn4T8
sure, I'm in, 9 o'clock? :thumbsup:
here's the reservation: <t:1769284800:f> for 6 people under `Kowalski`, don't be late or they'll give our table away
bro that ajiaco your mom makes is out of this world 🤤
I went vegetarian 2 months ago and my grandma still puts ham in everything 😂
Question: if I go to Mexico City, is it safe to drink the tap water?
NO. bottled water **always**, trust me
my flight leaves at 6:15 and I have to be at the airport at 4, why do I do this to myself
the best trip I ever took was going across patagonia by bus, 3 weeks, I didn't even have signal
hahaha I went to paris and spent the whole trip at mcdonald's because it was the only thing I could understand
Let me tell you what happened to us in Morocco because I still laugh about it. We got to Marrakech at night, the taxi dropped us off at the entrance to the medina and told us the riad was "two minutes away". Well, we spent an hour going around in circles with our suitcases through unlit alleys, following a kid who kept saying "this way, this way". We finally got there, gave him 20 dirhams, and the owner of the riad was dying laughing because we'd literally been on the next street over the whole time. Best trip of my life anyway.
that exact same thing happened to me in venice xD
I'm making paella for 10 tomorrow, anyone know how much rice I should use?
about 100g per person, so 1kg. and **NO** chorizo 🙏
I'm so hungry, anyone wanna order pizza with me? we split the 4 cheese one :pizza:
I just found out that in Peru ceviche is eaten at lunchtime and not at night. Is that true or are they pulling my leg?
<@88172635409182736> it's true buddy, the fish has to be fresh that day, nobody eats ceviche at night
anyone been to iceland in winter? is it worth it or will I freeze xD
Hotel booked in Rome from May 3 to 8 🇮🇹 Does anyone have recommendations for where to eat near Trastevere?
Watch out for restaurants with pictures on the menu: 100% tourist trap.
I ordered a coffee with milk in london and they brought me a glass of milk with a splash of coffee 💀
who's coming to the food fair on sunday? entry is 10€ and there are free tastings
I'm making brownies and the tops got burnt, can they be saved?
<@748291036518273640> cut the top off and put ice cream on them, nobody will notice 😏
the plane food was surprisingly good, chicken pasta, 8/10
bro does a 40L backpack fit as carry-on on ryanair?
no lol, the free one is 40x30x20 and it has to fit under the seat
We leave for Cusco tomorrow at 5 in the morning. Wish us luck with the altitude sickness 🏔️
<@815263748190273645> drink coca tea, it saved me
I just want some fries and to sleep for 14 hours
my cat got into the empty washing machine and won't come out, do I take a picture or take him out 🙃
CAT PICS NOW
Here's the little creature: https://imgur.com/a/Xk3vB9q His name is Mochi and he's 4 months old.
what a cute little thing 😍😍
We adopted a dog from the shelter last week and he won't stop following me around the house. Even to the bathroom. Is that normal or will he grow out of it?
It's normal, he's scared you'll abandon him again 🥺 Give him time.
my little dog is 14 and she had surgery today, keep your fingers crossed for her 🙏
<@471829305618274930> how did the pup's surgery go??
everything went fine!! she's already home sleeping with the cone on hahaha
does anyone know of a 24h vet in valencia? my rabbit hasn't eaten since yesterday
A rabbit that isn't eating is an emergency, don't wait. There's one in Benimaclet that's open all night.
my parrot learned to imitate my phone's ringtone and now I never know when someone's actually calling me
HAHAHAHAHA THAT PARROT IS A LEGEND
how many times a day do you guys feed an adult cat? mine begs every 2 hours
2 times and don't fall for it, it's pure drama hahaha :smirk_cat:
Plan for Saturday: barbecue at Lucía's place from 2 on. Everyone brings something, I'll bring the ice and the drinks.
I'll bring chips and my mom's Spanish omelette. You'll thank me later.
where's lucia's place? I've never been
<@457382910465738291> I'll DM you the location
guys I can't make it on saturday, I'm working until 10 😭 have fun
anyone up for going to the movies tonight? the 21:30 showing has seats available
<@&813572946102837465> **MEETUP** on Sunday the 18th at Retiro, at 12 by the lake. Bring food for the picnic 🧺
cool, see you there, I'll bring the speaker for music
so bored, someone talk to me
hi bored, I'm dad xD
hahahaha I hate you
Hey, will you come with me to IKEA tomorrow? I need a shelf and I don't have a car.
if you buy me the 1€ hot dogs I'll go lol
deal <@506172839405162738> 🤝
I'm home, thanks for the ride <@590182736451029384> 💕
Happy birthday, <@630291847561029384>! 🎉🎂 Have an amazing day, we love you so much.
thaaank you all 🥹 love you guys
Does anyone know if Mercadona is open tomorrow, since it's a holiday?
My turtle escaped from the terrarium for the third time this week. I don't know how it does it, it's slower than my home wifi.
mine once turned up at the neighbor's house 2 days later, like nothing happened
I'm at the store, anyone want anything?
chips and a coke please, I'll send you the money on bizum
I'm going to bed cause I have to get up early tomorrow, good night guys 😴
Does anyone have plans for the long weekend? I want to go to the beach, but nobody's up for it 😔
my dog barks at everything that moves except the mailman, who's his best friend
Tip for those of you with cats: put the toilet paper in a drawer. Speaking from experience.
<a:catjam:912873465019283746> my cat when I open a can of tuna
hey guys what if we do a board game night at my apartment on friday? bring snacks
ok but I'm not playing monopoly cause we always end up fighting xD
I'll be there in 5 min, order me a beer
I've been waiting at the door for 20 minutes, where are you guys??
MY DOG ATE HALF A LOAF OF GARLIC BREAD, IS HE GOING TO BE OK??
garlic is **toxic** to dogs, call the vet right now just in case
Dog update: the vet says he didn't eat enough garlic to worry about, but we should keep an eye on him for 24 hours. They gave him something for his stomach and he's already begging for food again like nothing happened, the little rascal. Thanks everyone for the messages, really, I was a nervous wreck. And yes, the garlic bread is now put away in a high cupboard, lesson learned.
Thank goodness! Give him a hug from me 🐶❤️
can you guys hear me? I think my mic is broken
<@728193046518273640> your mic has been muted for 10 min and you've been talking the whole time hahahaha
NOOO AND HERE I WAS TELLING MY WHOLE LIFE STORY <:kekw:864209137546382910>
you're cutting out a lot bro, get closer to the router or something
who's breathing like darth vader? 😂
sorry that was me, I just walked up 4 flights of stairs
I'm going to have dinner, back in 20 minutes. Don't talk about anything interesting without me.
your dog has been barking the whole call dude, what's wrong with him
hahaha it's cause he saw a cat through the window, I'll take him out
Does anyone else hear a weird echo or is it just me?
It's Dani, he's got his speakers cranked all the way up and the mic right next to them. Dani, put on headphones please 🙏
I'll join the call in 5, I'm just finishing the dishes.
<#905678901234567890> is empty. Did you all move to another channel or what?
we're in the music one, come
what are you guys doing awake at 4 in the morning?? go to sleep
look who's talking, the guy who's also awake 💀
I can't talk much cause my roommate is sleeping, I'll type here
bro you sound like a robot hahaha, it's like you're calling from the moon
I HEARD MY OWN VOICE AND I WANT TO DISAPPEAR
Can someone put some music on in the call? But something chill, no reggaeton at 2 am, please.
<@816273940518273645>'s laugh is the best part of this call, I can't hahahaha
Guys, on Friday the 20th at 22:00 we're doing karaoke on call. I've already made the list: https://www.youtube.com/playlist?list=PLk3Rt8vQx2NmZ7yB1cW9dL
I don't sing, not even drunk
that's what you said last time and you ended up belting out despacito at the top of your lungs lol
<@392817465019283746> no worries, we'll catch you up when you're back
I dropped out of the call, the internet went out in the whole house 😤
you've got background noise, are you outside?
yeah, I'm walking home, I'll shut up now xD
why does everyone go quiet every time I join the call?? 🤨
we were talking about your birthday, don't be paranoid 😇
Sorry for leaving the call like that yesterday, my power went out in the middle of the storm. I'll be on again tomorrow at 8.
someone wake kowalski up, he fell asleep with his mic on and he's snoring 😂😂
record it record it
Already recorded it: 47 seconds of pure snoring. Uploading it to <#906789012345678901> 😈
hey turn your music down, I can't hear you
one sec, my mom's coming
*30 seconds of awkward silence*
hahaha someone say something
I'm not joining the call today, I'm wiped out from work, tomorrow for sure :sleeping:
I love this group. We've been doing calls almost every night for 3 years and we still haven't met in person. This summer we have to do a meetup no matter what.
I'll host, I've got room for 6 people 🏠
mei move back from the mic a bit, I can hear you like you're right next to me lol
sorry sorry, it's cause I'm lying in bed with my phone right in my face
<@902837465019283746> you coming to the call or what? we're waiting for you to start the movie
coming coming, give me 2 min I'm making popcorn 🍿
Tonight's movie is ||the haunted house one from the 70s||, don't say anything to Lucía, she wants it to be a surprise
hey guys I'm heading out, I work early tomorrow. good night everyone :wave:
nooo <@673829104756281930> stay a little longer
whoever hangs up first pays for saturday's pizzas
Recap of last night's call for those who left early: Kowalski fell asleep at 2 and snored for an hour, Mei tried to sing a Shakira song and dropped her mic on the floor, Dani had to go downstairs to get the pizza in his pajamas because he lost the bet, and at 5 we were still arguing about whether a hot dog is a sandwich. We didn't reach a conclusion. We'll continue tonight.
lmaooo
<@537291846019283745> wtf the game already started and you're asleep
holy shit what a goal :exploding_head:
I'm good, and you? it's been forever since we talked
thx for the message yesterday, it made my day 🥹
greetings from bogota :wave: anyone else watching the clasico?
okie
The equation is `F = m * a`, not `F = m / a` lol
the hostel wifi is `hostalsol2025` in case anyone needs it
does anyone know what `SUSP.` means on the train board? we're already 40 min late
put `minutos` instead of `min` in the table, the professor is super picky
so grooosss 🤮 who leaves an open yogurt in the work fridge for 3 weeks
**DON'T** spoil the NBA finals for me, I'm watching the recording tonight :pray:
I already saw the thunder won xD sorry
<@&827364510928374651> Ghibli marathon on call today starting at <t:1769371200:t>, we're kicking off with Spirited Away 🎬
love you so much girl, you're the best :heart:
the drive with past years' exams won't let me in https://drive.google.com/drive/folders/1aZ9kLmQ3xT7vB2nR8yW does anyone have access?
look at this dog dancing salsa hahahaha https://www.tiktok.com/@perritosalsero/video/7412345678901234567
Here's the thread with all the tour dates: https://x.com/lineupsmx/status/1876543210987654321
🔥🔥🔥 insane
yesss
nah man, no way in hell I'm getting up early on a saturday
HAHAHA <@640192837465019283> SHUT UP
send me your grandma's flan recipe please, mine always comes out full of holes :sob:
> F1 is just driving around in circles — my dad, before he got hooked on Drive to Survive hahaha
gg wp, rematch on the court tomorrow at 7 🏀
can someone explain why the ref disallowed the goal, I don't get it at all :thinking:
my driving test is on <t:1769518800:D> and I'm dying of nerves lol
yesterday's paella was amazing <@583920174652839104>, let's do it again whenever you want 😋
np, that's what we're here for hehe
pls can someone with netflix tell me if season 2 of wednesday is out yet?
