anyone up for some valo ranked? I'm solo queuing and I keep getting the most unbelievable randoms lol
NO WAY, ANOTHER 40-KILL JETT
<@284766912351698944> you there? we've got a scrim today at 21:00
gg wp everyone, that clutch by <@846201937465018273> in the last round was insane 🔥
my jungler is so bad man, he hasn't ganked even once in 15 minutes lol
Does anyone know if patch 14.3 nerfs Yasuo or is he still just as broken?
hahahaha that guy's ult didn't hit anyone
<@284766912351698944> I'm already in queue, join whenever you can
I need a duo to climb from gold to platinum. I play support or ADC and I have a mic.
idk why but since yesterday I've been getting 200 ping, it used to be 30 :(
That sniper is super broken, it kills everything in one shot.
Really good games today, team. Tomorrow we practice at the same time, don't miss it 💪
DUDE I'M TALKING TO YOU ON VOICE CHAT AND YOU CAN'T HEAR ME
wtf I got banned for 24 hours for leaving a match, and it was just my internet going out
Does anyone have TenZ's crosshair config? I've been looking for it and can't find it.
the new map is terrible, every corner is made for camping xD <:kekw:846372019485736201>
Chill, we'll win the next one. Focus on the eco, and in round 4 we buy **all together**.
ok dude, hopping on now
why do I always get support if I put mid as my first option
<:pepega:817263544019468288> my teammate jumped off the platform all by himself
Hey! I'm looking for people to put together an Overwatch 2 team for next month's tournament. There are 3 of us, we need a tank and a support. Around diamond level, we play from 22:00 to 00:00 Spain time. If you're interested, send a DM.
anyone else have the bug where you can't hear footsteps in CS2? 😭
<@610293847561029384> don't worry bro, it happens to all of us
How much is the battle pass? I think 950 V-Bucks but I'm not sure
I give up, this mid doesn't know what a ward is hahaha
3 losses in a row, I'm going to bed now :sob:
HAHAHAHA I CAN'T BELIEVE IT, A 1V5 WITH THE PISTOL
Which agent do you guys recommend to start with? I've never played Valorant and ranked scares me a bit.
<@318822004456712390> Sage or Brimstone: they're really easy and they help the team a ton.
what's up with riot's servers, they kick me out every 5 minutes
I don't play apex anymore man, since season 19 it's turned into a mess
check out <#901234567890123456>, the tournament teams are up
Dude, why are you buying if we're on eco? Now we don't have enough for the next round.
sorry guys, my internet dropped in the middle of the round 🙏
that smurf had a level 12 account and went 30-2 on us lol
who's up for some lol normals? we're starting in 5 min
**Reminder:** everyone who signed up for the Valorant tournament has to check in before Saturday at 18:00 in <#903344556677889900>
Don't blame me, I was the only one who defended the site.
I'm sick of people who buy accounts, you can tell from a mile away <:angrycat:1029384756102938475>
xD
my aim is pathetic today, I can't even hit a bot lmao
Does anyone still play Dota? I haven't touched it in 2 years and I feel like getting back into it.
nah the current meta is all tanks, super boring :sleeping:
I can't believe what the new vandal skin costs, 2175 VP is a rip-off 💀
<@493817265501928374> sure, I'll log on in 10
Hey guys, does anyone know how to unlock ranked mode? I'm level 28 and it won't let me.
my game bugged out and won't let me buy anything in the shop 🥲
what an insane ace duuude
<@731985520194830357> please don't pick Reyna again, we need someone with smokes
Let me tell you about my night: first game, an AFK from minute 1. Second one, the jungler gets mad because we didn't give him the dragon and starts feeding on purpose. Third one, finally a decent team, we're up by 10 kills, and then my client closes and won't let me reconnect. Result: -60 LP and I'm so mad I can't even put it into words. I'll try again tomorrow, but if it keeps going like this I'm uninstalling it, I swear.
anyone have a good seed for 1.21? I want a village near spawn
I just found diamonds at Y -58! 💎
what mods do you guys recommend for minecraft? ones that don't need a lot of ram cause my pc is a potato
Sodium and Lithium. They boost your FPS a ton, you can get them at https://modrinth.com
the survival server ip is `mc.elrinconcito.net`, version 1.20.4, no whitelist needed. live map: http://mc.elrinconcito.net:8123
WHO BURNED DOWN MY HOUSE
sorry it was a creeper it wasn't me I swear hahaha :innocent:
I'm building an iron farm but the golems won't spawn, does anyone know why? I have 3 villagers and the beds placed.
the villagers have to see a zombie, otherwise nothing spawns. check out this video https://youtu.be/3kF9xWq2LpA
ughhh the wither wrecked my entire base duuude 😭😭
Has anyone played Baldur's Gate 3? Is it worth it or is it too complicated for someone who's never played an RPG like that?
<@902345671298340112> It's totally worth it. I'm 140 hours in and still on act 2.
heads up ||the village blacksmith is the final boss|| hahaha I did not see that coming at all
What's the best mage build for the early game? I'm going full intelligence and I die in two hits.
put vigor up to 20 minimum, after that whatever you want
I beat the tower boss after 47 tries 🥹 now I can die in peace haha
I got Furina on pull 12!!! my luck is not normal hahaha
I'm at 160 pulls and nothing, the 50/50 hates me <:copium:998877665544332211>
how long until the next genshin update? I want to start saving up primogems
it comes out <t:1767225600:R>, so you've got plenty of time
Tip for new players: don't spend your gems on the standard banner, save them for the limited characters.
can someone help me with the weekly boss? I'm stuck and my team is super underleveled lol
UID 700123456 if anyone wants to add me
I've been farming artifacts for 3 days and they all come with flat defense, I don't know what to do with my life anymore
lmao I feel you, that's the gacha suffering
honkai runs at 20 fps on my phone hahaha, any tips?
Tonight at 22:00 I'm restarting the server to add the new plugins, save everything beforehand pls
anyone have spare elytras? I'll pay in emeralds 💚
I built an automatic sheep farm, it's at coords 230 64 -1150 in case anyone wants wool.
the end is full of endermen and I can't see the dragon hahaha help pls
<@902345671298340112> where did you leave the chests with the materials? I can't find them in the base
In the basement, behind the stone wall, there's a lever.
I FINALLY GOT THE TRIDENT 🔱🔱
does anyone know if skyrim is still worth it in 2025 or is it too old now?
with mods it's a whole different game, I swear. throw like 200 from https://www.nexusmods.com/skyrimspecialedition on it and it looks like it came out yesterday lol
what build should I run for the rogue? I have 2 legendary daggers and I don't know whether to go crit or poison
Poison, no doubt. Crit got nerfed in patch 1.3.
Is the new Zelda trailer out yet? I was told they were showing it today, but I don't see anything.
<@664422880011335577> no idea bro, check nintendo's twitter
I love it when the game tells you "this decision will have consequences" and then nothing happens lol
I picked up Hollow Knight on sale for 7€. Best purchase of the year.
HAHAHAHA the npc got stuck in the door and won't let me through
Anyone up for the raid tonight? There are 6 of us, we need 2 more.
sure count me in, I'll play healer
Today the shop has the 3000-gem pack for 4,99. Not bad at all, honestly.
spending money on this just feels wrong to me now, it's throwing cash away lol
that's 5 times the same boss has killed me now. *5*.
**Server news:** new spawn, a shop in the village, and now `/sethome` lets you save up to 3 homes 🏠
is pvp disabled at spawn or did I make that up? lol
I just finished Elden Ring after 3 months and I have mixed feelings. The exploration is the best I've played in years, every cave has something in it. But the last bosses are unfair as hell, especially the second-to-last one, which had me stuck for 2 whole days. Even so, I'd recommend it to anyone with patience, and if you get stuck, summon help without shame, that's what it's there for.
anyone know why I get `ModuleNotFoundError: No module named 'discord'` if I already installed it with pip?
You probably installed it on a different Python. Try `python3 -m pip install discord.py`.
It worked!! Thanks a million, legend 🙏
np
I'm on Ubuntu 24.04 and after updating, the desktop environment won't start, it just stays on a black screen with the cursor. Has anyone had something similar happen?
nvidia drivers for sure. go into a tty with ctrl+alt+f3 and reinstall with `sudo ubuntu-drivers install`
my discord bot disconnects every 2 hours and idk why, I'm running it on a raspberry
<@227788990011554433> post the full log and we'll take a look, but without the token ok
NEVER UPLOAD THE BOT TOKEN TO GITHUB, THEY'LL STEAL IT WITHIN 5 MINUTES
lol speaking from experience?
yep, they flooded my server with crypto spam lol
What distro do you recommend for an old laptop with 4 GB of RAM?
Linux Mint XFCE or Lubuntu, they run super smooth. You can download Mint here: https://linuxmint.com/download.php
I use arch btw 😎
can someone explain the difference between `git merge` and `git rebase`? I don't get it
Merge joins the two branches with a new commit; rebase rewrites your branch on top of the other one as if you'd started it there. For your own branches, rebase; for shared branches, merge is better.
I get a 403 error when I push, anyone know??
GitHub doesn't accept passwords anymore, you have to use a token or SSH: https://docs.github.com/es/authentication
my container keeps restarting in a loop and `docker logs` shows nothing 😩
Try `docker compose up` without the `-d` to see the output live.
how many GB of ram does a minecraft server need for 10 people with like 30 plugins?
<@190283746510293847> 6 is more than enough, set `-Xmx6G` and you're done
Why am I getting `IndentationError` if everything is lined up properly?? I've already checked it 3 times
you're mixing tabs and spaces for sure lol
yep that was it, so embarrassing haha :sweat_smile:
I need help: my pc makes one long beep when I turn it on and there's no display. I already moved the RAM to another slot and nothing.
One long beep is usually the RAM. Try with just one stick and clean the contacts with an eraser.
Windows updated itself in the middle of a match. I hate it with all my soul.
DOES ANYONE KNOW HOW TO TURN OFF AUTOMATIC UPDATES IN WINDOWS 11
the best way to learn to code is **building projects**, not watching tutorials nonstop. Make a bot, a website, whatever, and when you get stuck you look it up.
what language do you recommend to start with, python or javascript?
python, no question, the syntax is simpler
My bot doesn't respond to commands, but it does show up as online. I'm using discord.py 2.3.
Did you enable the `message_content` intent in the developer portal?
NOOO that was it 🤦‍♂️ I've been stuck on this for 2 hours
https://discordpy.readthedocs.io/en/stable/intents.html it's explained well here
Does anyone use Arch as a daily driver? I'm thinking about switching from Fedora, but I'm scared of breaking something.
my wifi doesn't work on linux, it does on windows. realtek card
realtek + linux = suffering. look for the driver here: https://github.com/search?q=rtl8821ce
I have a query that takes 40 seconds, the table has 2 million rows, will an index fix it?
depends on the query, post it and we'll take a look. and use `EXPLAIN` before anything else
I get this when compiling and I don't understand any of it: `error: linker 'cc' not found`
You're missing build-essential: `sudo apt install build-essential` and you're good.
what's better for a bot, sqlite or postgres? it's only gonna be in 3 servers
<@381920475610293847> sqlite is more than enough for that
**Tip:** don't use ChatGPT to copy code you don't understand, because then when it breaks you won't know how to fix it
my laptop hits 95 degrees while gaming, is that normal bro??
no, replace the thermal paste and clean the fans
I already replaced the paste and now it's at 70 🥳 thanks <@556677889900112233>
Bot bug report: when I use `/rank` in the text chat of a voice channel, the bot responds with a permissions error even though it has the admin role. In normal channels it works fine. I tried removing and re-adding the role, restarting it and giving it permissions manually in the channel, and nothing. It's been happening since Tuesday's update. Screenshot attached: https://i.imgur.com/Xk3pQ9a.png. If anyone needs more info, let me know.
How do I make my bot send a message at a fixed time every day?
Use `tasks.loop` from discord.ext with `time=`, it's in the docs.
idk if it's my internet or what, but github is super slow today
```pip install -r requirements.txt``` run that before starting the bot
The 5 dollar a month VPS is more than enough for a small bot.
**GIVEAWAY** 🎉 This Friday we're giving away 3 Nitro codes among active members. To enter, react with 🎉 in <#904455667788990011>. Good luck everyone!
when is the giveaway?? I missed it haha
read the announcement lol, friday
I won the giveaway!!! I never win anything 😭😭 thanks mods <a:catjam:905521377366638672>
<@&765432109876543210> someone is spamming sketchy links in <#901234567890123456>, can you take a look?
Done, banned. Thanks for the heads-up <@771029384756102938> 👍
Quick reminder of the rules: no spam, no NSFW outside its channel, and respect everyone. Third warning means a ban.
how do I get the <@&812345678901234567> role? pls
react in <#913579246801357924> with the emoji of the game you play
why did I get muted?? I didn't do anything
We muted you for 1 hour for insulting people in general. If you want to talk about it, open a ticket in <#920011223344556677>.
Welcome to all the new folks! Stop by <#930000111122223333> to read the rules and introduce yourselves in <#930000111122224444> 😊
hiii I'm new, a friend invited me 👋
welcome!! what games do you play?
game night in the voice channel today, at 21:30 Spain time / 14:30 Mexico. We're playing Among Us and then whatever comes up
<t:1767312000:F> is the exact time, so nobody gets confused with time zones
I'm in!! <@284766912351698944> you coming?
I'm in, but I'll be a little late, about 10 minutes.
someone send me the among link pls
Please **don't** ping the admins over silly stuff; that's what the mods are for.
The server hit 1000 members! 🥳🎉 Thanks everyone for making it happen.
we should do something special for the 1000, a tournament or something lol
**Poll:** what event do you want for the weekend? 🅰️ Valorant tournament 🅱️ Minecraft night
tournament obviously 🅰️
anyone know who the mod on duty is today? there's a troll in vc :rolling_eyes:
We're looking for moderators! Requirements: 16+ years old, active at least 1 hour a day, and having read the rules. Form here: https://forms.gle/aB3xYz7KpLm2QwErT
I applied for mod haha hope they pick me 🤞
guys did the level bot die? it stopped giving me xp too :thinking:
Yes, we're fixing it. Sorry for the inconvenience.
what role do you need to be able to send images?
It unlocks at level 5. It's to prevent bot spam.
<@&765432109876543210> KICK THAT GUY OUT ALREADY PLEASE
New channel: <#940000111122225555> for sharing clips of your games. The best ones of the month will be featured in the announcement on the 1st ✨
can I promote my twitch channel? lol
only in <#950000111122226666>, once a week, and without DMing people
Someone's sending me "free Nitro" DMs, that's a scam, right?
yeah, it's 100% a scam :warning: don't open the link and send us a screenshot so we can ban them
Thanks for yesterday's event, I had a great time. Hope it happens again soon!
who won the tournament in the end? I left early
<@384756102938475610>'s team won the final 13-9, a 20€ Steam prize for each of them 🏆
that was rigged hahaha jk, congrats legend
why can't I see <#960000111122227777>?
that channel is boosters only 💎
I boosted the server! 🚀 We're level 2 now.
THANKS LEGEND 🫡
Can you change your nickname in the server or can only the mods do it?
Right-click your name > Edit Server Profile.
<@129384756102938475> first warning for sticker spam. The next one is a 24h mute.
sorry sorry I won't do it again 😅
📢 **Server changes** 📢 Starting Monday we're reorganizing the channels: the game channels are moving to their own category, <#970000111122228888> is closing because almost nobody used it, and we're adding a suggestions channel. We've also updated the rules, especially the part about advertising and DMs, so give them a look. If you have any questions, ask any moderator. Thanks for making this such a lovely community! ❤️
anyone know how to get a color role? I want purple
in <#913579246801357924> the colors are at the very bottom
the new server banner is so pretty, who made it?
<@667788990011223344> made it, they're an artist
Hey, is the Minecraft event on the usual server or on a new one?
enough with the gifs in general ok 🙄
the server is dead today, where is everyone lol
playing the new patch haha <:pog:771234509876123456>
GIVEAWAY for a copy of Hollow Knight: Silksong 🎮 Requirements: be in the server since before December 1 and react to this message. Ends <t:1767484800:R>
I reacted and I'm not getting the bot's check, does it still count?
Yes, it counts. The bot takes a bit to confirm.
what's the bot's prefix? `!` or `/`?
everything uses slash commands now, type `/` and they'll show up
Can someone make a bot that lets us know when one of us starts streaming?
My account got hacked and they sent spam from it, sorry everyone 😔 I've got it back now.
turn on 2FA right now!!! :lock:
what's 2FA? lol
Two-step verification: it asks you for a code from your phone on top of your password.
anyone who wants to play in Saturday's LoL tournament, sign up here: https://challonge.com/es/torneoservidor25 (8 teams max)
Can you play without a team? I'd sign up solo.
<@620384756102938475> yes, we'll put you with others who are going solo
no event tomorrow because of maintenance, sorry
heyyy anyone wanna play something? I'm sooo bored hahaha
Does anyone know how to turn off @everyone notifications for this server? My phone vibrates every 5 minutes 😅
hahaha click the server name > notifications > suppress @everyone
the welcome bot is repeating itself, it sent me the msg 3 times lol
Yeah I saw it, thanks. There are 2 instances running at the same time, I'm shutting one down now.
> **Rule 3:** no advertising without an admin's permission
congrats to <@445566778899001122> on being promoted to moderator 🎉🎉
thx guys!! I'll try to do the best I can 🫶
no spamming invites to other servers, **last warning**
what if it's a minecraft server? :eyes:
same thing, ask first
the cat sticker guy again hahahaha 💀
Hi! I'm an admin of another Valorant server and we wanted to propose an alliance, who can I talk to?
dm me and we'll talk about it :handshake:
this message deserves to be in <#912121212121212121> ⭐
I'm dying :skull: :skull:
enough with the :fire: spam guys
I really love this server, you guys are the best :heart:
how long is the mute for spam?
10 min the first time, 1 hour the second, and then a temp ban
please use <#903344556677889911> for server bugs, they get lost in general
Is there a date for the next game night yet?
Saturday the 14th at 20:00. I'll post it in <#904455667788990011> now.
I WON THE GIVEAWAY I CAN'T BELIEVE IT
The winner has 48 h to claim the prize via DM; otherwise, it gets drawn again.
Hi everyone 👋 As many of you asked, this month we're holding the server's **first Minecraft Bedwars tournament**. It'll be in teams of 4, on Sunday at 18:00 (Spain time), and the prize for the winning team is 1 month of Nitro for each member. Sign-ups are open until Friday in <#905566778899001122>. If you don't have a team, sign up anyway and we'll put you together with others. See you on the server!
Does anyone know what time the Valorant store resets? I want to see if I get the skin I'm looking for.
<@502938475610293847> at 2:00 Spain time, so <t:1767398400:R>
THEY STOLE BARON FROM ME AT THE LAST SECOND, I'M ABSOLUTELY LOSING IT
no way dude that headshot from the other side of the map 😳 hahaha https://clips.twitch.tv/ValiantBraveOtterPogChamp-x7Kq9Lm2
what skin is that?? I want it too
Who's up for a 2v2 in Rocket League? I'm Platinum 2, more or less.
The anticheat kicked me out of the match and I wasn't doing anything weird. Is this happening to anyone else?
The new champion is super broken: 57% winrate in the first week. They'll definitely nerf it next patch.
After 5 years I finally hit Immortal! 😭 Thanks to everyone who played with me.
GG <@931827364501928374> legend, you deserve it
What's the luck stat for? Nobody can explain it to me.
It raises the chance of rare loot, but only a tiny bit. Not worth it.
Is anyone else's game crashing when they open the inventory? It's been happening to me every time since yesterday's patch.
They already confirmed it, there's a hotfix on the way: https://status.riotgames.com/
0 communication, everyone fighting each other and the jungler off farming on his own. What a terrible team, my God.
hahaha remember when <@175839204756102938> fell off the map in the final?
DON'T REMIND ME PLS 😭
I bought a new controller and now I play twice as bad, explain this to me lol
Serious question: is the story mode worth it or should I go straight to multiplayer?
The story is short, about 6-7 hours. Do it, it explains all the mechanics.
is there crossplay between ps5 and pc??
Yes, but you have to turn it on in Settings > Network.
xXSniperXx with the shotgun again every single match, so annoying lol
I'm playing like total trash today lol, I'd better go play normals
why does riot do maintenance right on friday night 🙃
the golden pistol guy camped in the bathroom the whole match hahahaha <:kekw:846372019485736201>
I have 2 spare Steam keys from a bundle. I'm giving them away among those who've been in the server for over a month; react with :key: to enter.
I need 3 for the heroic dungeon, I'll tank
I'm a level 70 healer, I'm in <@502938475610293847>
warzone is unplayable with the hackers now, there's one in every match :rage:
can someone explain how pity works? I'm new to this gacha stuff
At 90 pulls you're guaranteed the 5-star, and if you lose the 50/50, the next one is guaranteed to be the banner one. It's all explained here: https://genshin-impact.fandom.com/wiki/Wish
ugh what a mess hahaha, thanks anyway
wtf my mom unplugged the router right in the middle of the final 😭😭
**Play of the week:** <@739201847561029384>'s ace with the Operator on Ascent 🔥 You can find it in <#941122334455667788>
||turns out the wizard was the traitor, I knew it from the start||
XDDDD
coming coming
Okay, let me tell you: I'd been saving since March for the anniversary banner, 180 pulls total. I lose the 50/50 on pull 74 to a character I already had at C6, and the guaranteed one shows up on pull 165. So I nearly ended up with nothing. Now I have my favorite character, but 0 gems and 0 desire to open the game for a month. Gacha is a roulette and we're idiots hahaha
How do I rename a branch in git?
`git branch -m nuevo-nombre` while on the branch, and then `git push -u origin nuevo-nombre`
My server's disk filled up and I don't know what's taking up the space.
`du -sh /* | sort -h` and work your way down folder by folder
it was the docker logs hahaha 38 GB 💀
PROBLEM SOLVED, THANKS EVERYONE :white_check_mark:
I'm learning JavaScript and I don't understand promises. Does anyone have a resource that explains them well?
For me the best one is https://javascript.info/promise-basics, it's in English but it's really easy to follow.
my pc doesn't detect the second monitor since I updated the drivers
Win + P and pick "Extend", sometimes the setting resets itself
not sure but I think the error is on line 42, you're missing a closing parenthesis
Which version of discord.js are you using? In v14 it changed to `EmbedBuilder`.
I have 13.6 lol 😅
update bro, 13 isn't supported anymore. the migration guide is here https://discordjs.guide/additional-info/changes-in-v14
Has anyone tried running AI models locally? My GPU has 8 GB of VRAM.
<@404857261930475618> With 8 GB you can run quantized 7B models no problem.
NVMe is also an SSD, but it goes over PCIe and it's way faster. If your motherboard has an M.2 slot, go for that one.
my linux has no sound, anyone know why? I'm using pipewire if that helps
Try `systemctl --user restart pipewire` and see what happens.
nope, still no sound :pensive:
DOES ANYONE KNOW WHY VS CODE DOESN'T RECOGNIZE MY PYTHON
Ctrl+Shift+P, search for "Python: Select Interpreter" and pick yours
The web server gives me a 502 Bad Gateway every time I restart the container. Any ideas?
nginx starts before the app, add a `depends_on` with a healthcheck and you're set
No way I'm going back to Windows: with Proton you can even game just fine on Linux now.
How's Steam on Linux? I want to switch, but I play a lot of Valorant.
Valorant doesn't work on linux because of the anticheat, sorry 😬
oh well, dual boot it is lol
I've spent the whole afternoon fighting a bug that was driving me crazy: the bot saved users' points, but when I restarted it they all disappeared. I checked the database, the permissions, the saving code... and in the end it turns out it never did a `commit()` after the `INSERT` statements. Three hours for one line. Sometimes I hate programming, but I wouldn't trade the feeling when it finally works for anything hahaha
What's better for running a home server, a Raspberry Pi 5 or a second-hand mini PC?
mini pc no doubt, for 100€ you get an i5 with 16 GB
**Bot update v2.4.0** 🤖 - `/sorteo` now allows multiple winners - fixed the level roles bug - new `/perfil` command. If anything breaks, report it in <#922233445566778899>
the ticket bot *finally* works, thanks <@&830192837465019283> for your patience
does anyone have a simple python bot template? to learn from
there's one on my github, I made it for newcomers: https://github.com/kowalski-dev/bot-plantilla cheers
the bot isn't giving you the role because its own role is below it. **the bot's role has to be above** the one you want it to give, otherwise it doesn't have permission
<@558899001122334455> is the server working for you now?
yep all good, thx!! :pray:
