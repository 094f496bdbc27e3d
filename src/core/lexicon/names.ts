// What a capitalised word sequence is likely to be. News prose capitalises people, places, organisations, months
// and every sentence start; these small lists let the people detector keep only the people. They are deliberately
// general (common given names, countries, organisation words), never tuned to particular articles.
import type { Gender } from './pronouns.js';

// "virginia", "jordan" and "georgia" are places too: on these lists, a name starting with one is still a person's
// (mentions.ts drops a run whose first word is a place and no given name).
const MALE = `aaron abdul abdullah adam adrian ahmed al alan albert alec alex alexander alexei ali allen alvin andre
andrew andy angel angus anthony antonio antonin ari arnold arthur ashton barack barry ben benjamin bernard bernie
bill billy bob bobby boris brad bradley brandon brendan brett brian bruce bryan carl carlos cary chad charles charlie
chris christian christopher chuck clarence claude clifford clint cody colin cory craig curtis dale dan daniel danny
darrell dave david dean dennis derek devin dick don donald doug douglas duncan dwight earl ed eddie edgar edward
elijah elliott emmanuel enrique eric ernest ethan eugene evan felix fernando francis francisco frank franklin fred
frederick gabriel gary gavin gene geoffrey george gerald gordon graham greg gregory guy hal hank harold harry harvey
hassan hector henry herbert howard hugh hunter ian isaac ivan jack jacob jake james jamie jared jason javier jay jeb
jeff jeffrey jeremy jerome jerry jesse jim jimmy joe joel john johnny jon jonathan jorge jose joseph josh joshua juan
julian justin keith ken kenneth kevin kim kirk kurt kyle lamar lance larry lawrence lee leon leonard lewis lindsey
lloyd louis lucas luis luke malcolm marco marcus mario mark martin marvin matt matthew max michael miguel mike
mitch mitchell mohammed muhammad nathan neil newt nicholas nick nigel noah norman oliver omar oscar owen patrick paul
pedro peter phil philip pierre preston rahm ralph ramon randy ray raymond reince reggie richard rick rob robert
rod rodney roger roland ron ronald ross roy rudy rush russell ryan sam samuel scott sean sergei seth shawn sidney
simon stanley stephen steve steven stuart ted terry thomas tim timothy todd tom tommy tony travis trevor troy tyler
victor vincent vladimir wallace walter warren wayne wesley will william willie xi yuri zach zachary shinzo fumio
junichiro hirokazu yoshihide taro jean francois emmanuel angela hamid hassan recep bashar benjamin moon jae
ahmet alejandro anders andrzej aleksander bjorn björn chidi diego dmitri emeka erik farid florian giorgos giovanni
hamza hans hiroshi hugo ibrahim ivar jakub janusz jens joão jurgen jürgen kenji kwame kofi krzysztof lars
luca lukas mateo matteo mehmet mikhail nikolai olaf olumide piet pieter rafael rashid sebastian stefan takeshi
tomasz viktor wojciech yusuf zoltan jordan
tomas tomás jakob paulo rui nuno tiago diogo sergio sérgio marcos rodrigo gustavo henrique ricardo eduardo alberto
alfredo ignacio pablo manuel ole nils sven magnus henrik johan kasper mads rasmus søren jonas klaus dieter
wolfgang uwe helmut matthias tobias markus andreas christoph oskar emil anton pavel petr jiri jiří piotr pawel
paweł marek bogdan dragan goran zoran milos miloš nikola dimitris nikos yannis kostas andrei mihai sergey
oleksandr oleksii taras yuriy igor arkady anatoly idris tarek tariq karim khalid walid youssef mustafa mahmoud
hussein ahmad mohamed mohammad bilal malik faisal nabil rami samir amadou mamadou moussa ousmane kwabena kwesi
chinedu tunde babatunde ifeanyi abdulkarim yakubu sipho thabo themba rajesh ravi sanjay vikram arjun rahul amit anil sunil deepak haruki
takashi satoshi daisuke
syed sayed imran asif nawaz shahid javed usman umar adnan kamran irfan salman junaid arshad vijay ajay rakesh
suresh ramesh dinesh ashok prakash manoj sandeep rohit nitin femi segun adebayo abubakar aminu
cathal ciaran ciarán cian oisin oisín padraig pádraig seamus séamus eoin donal dónal diarmuid niall ruairi ruairí
fionn conor colm marc andré luc françois dominic
venkatesh venkat harish srinivas rajesh ganesh mahesh naresh girish satish mukesh umesh yogesh karthik aditya vinod
ajit ferdinand renato rolando romeo danilo ernesto`;

const FEMALE = `abigail ada adriana aisha alexandra alexis alice alicia alison allison alyssa amanda amber amy ana andrea
angela angelina ann anna anne annie april ashley audrey barbara beatrice becky betsy betty beverly brenda brianna
bridget brittany brooke caitlin candace carly carmen carol caroline carolyn carrie catherine cathy charlotte chelsea
cheryl christina christine cindy claire clara claudia colleen connie courtney crystal cynthia dana danielle darlene
dawn deborah debbie debra denise diana diane dolores donna doris dorothy eileen elaine eleanor elena elise elizabeth
ellen emily emma erica erin esther eva evelyn faith felicia fiona frances gabriela gail gina gloria grace gretchen
gwen gwendolyn hannah harriet heather heidi helen hillary holly hope ingrid irene isabel jackie jacqueline jane janet
janice jasmine jean jeanne jennifer jenny jessica jill joan joanna jocelyn josephine joy joyce judith judy julia
julie june karen kate katherine kathleen kathryn kathy katie kayla kellyanne kelly kimberly kirsten kristen laura
lauren leah linda lisa lois loretta lori louise lucy lydia lynn madeleine madison maggie marcia margaret maria
marie marilyn marion marsha martha mary maureen maxine megan melania melanie melissa meryl michele michelle
mildred miriam molly monica nancy naomi natalie nicole nikki nina nora norma olivia pamela patricia patty paula
pauline peggy penny phyllis priscilla rachel rebecca regina renee rhonda rita roberta robin rosa rose rosemary ruth
sally samantha sandra sara sarah sharon sheila shirley sonia sophia stacey stephanie susan suzanne sylvia tamara
tammy tanya teresa theresa tiffany tina tracy tulsi valerie vanessa veronica victoria virginia wanda wendy yvonne
yoko theresa nicola marine ursula jacinda kamala ivanka tiffany huma donna debbie
agnieszka aiko akua amara astrid birgit chiara dagny elif fatima francesca greta hana hanna ingeborg isabella
katarzyna keiko leila magdalena malgorzata małgorzata marta mei naledi ngozi olga priya saoirse siobhan
siobhán sigrid svetlana yuki zainab jordan georgia
ines inês joana sofia lucia lucía beatriz mariana catarina carla raquel marisol pilar camila valentina daniela isabela luisa
helena karin kerstin britt annika elin freya linnea hanne mette lotte petra zuzana lenka katerina katarina
ivana milena natasha natalia irina tatiana oksana olena yulia daria anastasia heike sabine monika anke farida
amina yasmin yasmine layla nadia noura rania salma samira chiamaka adaeze wanjiru thandiwe nomvula abena anjali
deepa sunita lakshmi kavita meera neha pooja yuko haruka akiko zeynep ayse ayşe emine
syeda ayesha sana nasreen anita rekha geeta asha shalini nisha chioma ifeoma folake funmilayo wanjiku
sinead sinéad aoife niamh orla orlaith roisin róisín grainne gráinne deirdre maeve meabh máire mairead máiréad
úna caoimhe clodagh ciara mirela
lourdes maricel rowena marites lorna imelda corazon teresita remedios milagros evangeline
mercy patience blessing precious prudence felicity halima wambui wairimu njeri nyambura akinyi atieno wangari`;

function wordsOf(list: string): string[] {
  return list.split(/\s+/).filter(Boolean);
}

const GIVEN: Map<string, Gender | undefined> = (() => {
  const map = new Map<string, Gender | undefined>();
  for (const n of wordsOf(MALE)) map.set(n, 'male');
  // A name on both lists (Jean, Kim) gives no gender.
  for (const n of wordsOf(FEMALE)) map.set(n, map.has(n) && map.get(n) !== 'female' ? undefined : 'female');
  return map;
})();

/** Given names written abbreviated with a period before the rest of the name: "Ma." (Maria, in Philippine usage),
 *  "Md." and "Mohd." (Mohammad), "Wm." (William). Lower-cased, without the period. */
export const ABBREVIATED_GIVEN: ReadonlyMap<string, Gender> = new Map([['ma', 'female'], ['md', 'male'], ['mohd', 'male'], ['muhd', 'male'], ['wm', 'male']]);

export function isGivenName(word: string): boolean {
  return GIVEN.has(word.toLowerCase());
}

/** isGivenName of a word already lower-cased (lower-casing it again is a cost in per-word loops). */
export function isLowerGivenName(lower: string): boolean {
  return GIVEN.has(lower);
}

export function givenNameGender(word: string): Gender | undefined {
  const lower = word.toLowerCase();
  if (lower.endsWith('.')) return ABBREVIATED_GIVEN.get(lower.slice(0, -1));
  // "Marc-André", "Anne-Marie": a compound given name takes its first name's gender.
  const hyphen = lower.indexOf('-');
  return GIVEN.get(lower) ?? (hyphen > 0 ? GIVEN.get(lower.slice(0, hyphen)) ?? GIVEN.get(lower.slice(hyphen + 1)) : undefined);
}

/** Capitalised words that are never part of a person's name: sentence starters, months, days, demonyms… */
export const NOT_NAME_WORDS = new Set(wordsOf(`
the a an and but or nor so yet for if when while after before as at by in on of to from with without into onto
over under about above below between among through during since until unless because although though however
meanwhile moreover furthermore still also even then there here this that these those it its he she they we i you
his her their our my your what who whom whose why how where which whether not no yes all any some many most more
much few several each every both either neither one two three four five six seven eight nine ten first second
third last next new old other another such same just only very today yesterday tomorrow tonight now later earlier
asked according said says told dear thanks thank please sorry well oh okay ok like unlike despite instead rather
perhaps maybe indeed again once twice never always sometimes often read click watch see follow update editor
note photo video image source sources breaking exclusive opinion analysis related advertisement
january february march april may june july august september october november december jan feb mar apr jun jul aug
sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri
sat sun christmas easter thanksgiving halloween ramadan
god internet web twitter facebook instagram youtube google tv
american americans african asian european british english french german italian spanish russian chinese japanese
korean indian pakistani iranian iraqi syrian israeli palestinian arab muslim christian jewish catholic mexican
canadian cuban brazilian turkish ukrainian egyptian saudi afghan libyan nigerian australian irish scottish
democrat democrats democratic republican republicans gop liberal liberals conservative conservatives
progressive progressives independent libertarian socialist communist
radical islamic islamist terrorist terrorism super human climate global international national federal did does
social security medicare medicaid obamacare
do should could would will can may might must shall is are was were be been being has have had let make
`));

/** Places: a sequence containing one of these (North Korea, New York) is not a person. */
export const PLACE_WORDS = new Set(wordsOf(`
america usa us u.s u.s.a uk u.k britain england scotland wales ireland europe asia africa australia antarctica
canada mexico cuba brazil argentina chile colombia venezuela peru china japan korea taiwan vietnam india pakistan
afghanistan iran iraq syria israel palestine gaza lebanon jordan egypt libya tunisia morocco algeria nigeria kenya
ethiopia sudan somalia yemen saudi arabia qatar kuwait emirates turkey greece italy spain portugal france germany
austria switzerland belgium netherlands holland denmark norway sweden finland poland russia ukraine belarus
hungary romania bulgaria serbia croatia bosnia kosovo czech slovakia philippines indonesia malaysia singapore
thailand myanmar burma cambodia laos nepal bangladesh sri lanka mongolia kazakhstan uzbekistan georgia armenia
azerbaijan crimea haiti jamaica panama nicaragua honduras guatemala salvador
alabama alaska arizona arkansas california colorado connecticut delaware florida hawaii idaho illinois indiana iowa
kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri montana nebraska
nevada hampshire jersey mexico york carolina dakota ohio oklahoma oregon pennsylvania rhode tennessee texas utah
vermont virginia washington wisconsin wyoming
london paris berlin moscow beijing tokyo seoul pyongyang washington chicago boston philadelphia atlanta miami
houston dallas denver seattle detroit cleveland baltimore brooklyn manhattan queens bronx jerusalem baghdad damascus
kabul tehran cairo istanbul ankara kiev kyiv aleppo mosul berkeley charlotte orlando tampa phoenix
north south east west northern southern eastern western central united states kingdom republic federation union
nations city county state states island islands river valley mountain mountains lake bay sea ocean gulf coast
street avenue road square park bridge district province region zero hill
`));

/** Place words that are common surnames too ("Jo Park", "Sung-min Park", "Ana Hill"): after a given name, a person. */
export const SURNAME_PLACE_WORDS = new Set(['park', 'hill']);

/** Street, water and land words that end a place's name ("Copse Lane", "Kestrel Crescent", "Harlow Sound", "Gannet
 *  Point", "Tarnby Heights", "Larch Towers"); some are surnames too ("Nathan Lane", "Edith Head", "Maureen Towers"),
 *  so they rule a person out only after a word that is no given name. Words far more often a surname or a first
 *  name (Green, Wood, Marsh, Glen, Rock) are left out. */
export const STREET_WORDS = new Set(wordsOf(`
lane drive crescent terrace way close row walk grove gardens mews boulevard highway parkway quay wharf embankment
sound point head harbour harbor creek ridge heights falls cove inlet moor springs hollow firth loch estuary
reservoir beach sands ness bluff cliffs forest woods heath common downs fen haven rocks crossing junction gap pass
peak strait lagoon shore towers
`));

/** Words that open a place's name ("Fort Ardley", "Mount Kellan", "Port Selwyn", "Santa Ilaria", "San Feliu"): no
 *  person's first name. */
export const PLACE_OPENERS = new Set(wordsOf(`
fort mount port cape santa san são sao porto puerto
`));

/** Organisation words: a sequence containing one of these (United Nations, Secret Service) is not a person. The
 *  last lines are the words that end a sports club's name ("Harlow Town", "Kessock Rovers", "Pellworth Athletic")
 *  and a newspaper's ("Aldermoor Courier", "Westbury Echo"). */
export const ORG_WORDS = new Set(wordsOf(`
committee party council assembly nations union department ministry agency administration office court congress
senate house parliament commission bureau service institute university college school academy center centre
foundation association organization organisation corporation company co inc corp ltd llc group times post news
journal press network networks bank fund reserve army navy force forces guard police church hospital club league
federation coalition campaign trust board authority airlines airport hall tower building capitol pentagon kremlin
caucus cabinet government embassy consulate council magazine tribune herald gazette daily weekly review report directory
reports channel radio television broadcasting media studios records foundation initiative project program programme
chamber guild cooperative co-operative collaborative consortium syndicate presidency junta military
society alliance movement front brigade corps command agency administration fbi cia nsa nasa nato gop cnn
nbc cbs abc msnbc fox bbc npr pbs reuters ap afp nyt politico breitbart huffington buzzfeed vox axios twitter
facebook google apple microsoft amazon exchange market markets index dow nasdaq institute laboratory lab
treasury democrats republicans conference summit convention debate debates act bill law amendment constitution
coal energy oil gas mining resources plan day war pact agreement partnership partners strategies services forum
institution museum prize award awards show circuit policy system protection rights matter lives festival games
holdings technologies industries logistics pharmaceuticals therapeutics semiconductor electronics telecom biotech
solutions utilities limited plc
olympics cup series tour station stadium arena church mosque temple cathedral plaza mall hotel casino resort
town rovers athletic wanderers albion rangers harriers hotspur academicals dynamo fc afc
courier chronicle echo observer telegraph sentinel advertiser examiner inquirer enquirer bulletin clarion argus courant gleaner
`));

/** Whether a word of a capitalised run, as its title key (lower-cased, no final period), rules out a person. */
export function isNonPersonKey(key: string): boolean {
  return NOT_NAME_WORDS.has(key) || PLACE_WORDS.has(key) || ORG_WORDS.has(key);
}

/**
 * "the Ministry for Land and Rural Affairs", "the Department of Water and Sanitation": is the "and" at `and`
 * inside a body's name, its capitalised words (up to four) after "of" or "for" after an organisation word?
 */
export function andInBodyName(words: ReadonlyArray<{ readonly text: string; readonly lower: string }>, and: number): boolean {
  let p = and - 1;
  while (p > 0 && and - p <= 4 && /^\p{Lu}/u.test(words[p].text)) p--;
  if (p < and - 1 && (words[p].lower === 'of' || words[p].lower === 'for') && ORG_WORDS.has(words[p - 1]?.lower ?? '')) return true;
  // "the Health and Safety Executive's report", "the Fish and Wildlife Service": the capitalised words after "and"
  // end in a body's word.
  let q = and + 1;
  while (q < words.length && q - and <= 4 && /^\p{Lu}/u.test(words[q].text)) q++;
  const last = q > and + 1 ? words[q - 1].lower.replace(/['’]s?$/u, '') : '';
  return ORG_WORDS.has(last) || last === 'executive';
}

/** A definite body's capitalised name with "and" inside, closed by a body's word ("The Regional Tripartite Wages and
 *  Productivity Board", "The Health and Safety Executive"): one body, whatever person's name its first words look like. */
export const BODY_WITH_AND = /^The\s+(?:\p{Lu}[\p{L}’'-]*\s+){1,4}and\s+(?:\p{Lu}[\p{L}’'-]*\s+){0,3}(?:Board|Commission|Authority|Council|Agency|Institute|Department|Ministry|Service|Executive|Union|Association|Federation|Office|Tribunal|Committee|Bureau|Corporation|Trust|Foundation)$/u;

