/** The safety rule's English: who, whom, and the kinds of act, as concepts with their frames. */
// Who (family, others), whom (her, her children, her body), and the kinds of act (hitting, wounds,
// weapons, threats, confinement, sexual force, pursuit, abuse).
import { type ActPattern, alt } from "./danger-pattern.ts";

// --- who ------------------------------------------------------------------------------------

export const EN_FAMILY = [
  "husband",
  "hubby",
  "boyfriend",
  "bf",
  "partner",
  "spouse",
  "wife",
  "girlfriend",
  "fiance",
  "ex",
  "ex husband",
  "ex boyfriend",
  "ex partner",
  "ex wife",
  "mother in law",
  "father in law",
  "brother in law",
  "sister in law",
  "in laws",
  "inlaws",
  "in law",
  "mil",
  "fil",
  "stepfather",
  "step father",
  "stepdad",
  "step dad",
  "stepmother",
  "stepmom",
  "stepbrother",
  "father",
  "dad",
  "daddy",
  "mother",
  "mom",
  "mum",
  "brother",
  "son",
  "daughter",
  "uncle",
  "grandfather",
  "grandpa",
  "family",
  "relatives",
  "his family",
  "his mother",
  "his brother",
  "his father",
  "老公",
  "丈夫",
  "男人",
  "婆婆",
  "公公",
];
const EN_OTHER = [
  "stranger",
  "strangers",
  "boss",
  "manager",
  "teacher",
  "coach",
  "classmate",
  "classmates",
  "neighbour",
  "neighbor",
  "coworker",
  "colleague",
  "customer",
  "friend",
  "friends",
  "bestie",
  "landlord",
  "villain",
  "someone",
  "somebody",
  "a man",
  "a guy",
  "another kid",
  "other kids",
  "thief",
  "robber",
  "robbers",
  "car",
  "bike",
  "bicycle",
  "truck",
  "dog",
  "ball",
  "you",
  "everyone",
  "heat",
  "job",
  "work",
  "game",
  "monster",
  "monsters",
];
/** Mentions, group by group: family, other, child, he, she, self (no "a man" group in English). */
export const EN_MENTION = new RegExp(
  `\\b(?:(?:my|our|her)\\s+)?(?:(${alt(EN_FAMILY)})|(${alt(EN_OTHER)})|(kids|children|child|baby|babies)|(he|they)|(she)|(i|we))\\b`,
  "g",
);

// --- whom -----------------------------------------------------------------------------------

const BODY =
  "(?:face|arm|arms|neck|throat|head|skull|hair|hand|hands|wrist|finger|fingers|leg|legs|foot|feet|body|back|chest|ribs|stomach|belly|tummy|eye|eyes|ear|ears|mouth|nose|jaw|lip|lips|teeth|tooth|shoulder|thigh)";
// "you" is her only when someone is quoted saying it to her (see danger.ts: direct speech).
const VICTIM = `(?:me|us|you|(?:my|our)\\s+(?:kids|children|child|son|daughter|baby|boy|girl|mother|mom|mum|sister|${BODY})|the\\s+(?:kids|children|baby)|her|them)`;
const HER_BODY = `(?:my|the\\s+baby\\s*s|my\\s+(?:son|daughter|baby)\\s*s)\\s+${BODY}`;
const VERB =
  "(?:hit|hits|hitting|beat|beats|beating|slap|slaps|slapped|slapping|smack|smacks|smacked|punch|punches|punched|punching|kick|kicks|kicked|kicking|shove|shoves|shoved|choke|chokes|choked|choking|strangle|strangles|strangled|strangling|throttle|throttled|burn|burns|burned|burnt|stab|stabs|stabbed|cut|cuts|hurt|hurts|hurting|harm|harms|harmed|abuse|abuses|abused|abusing|attack|attacks|attacked|assault|assaults|assaulted|rape|rapes|raped|grab|grabs|grabbed|drag|drags|dragged|bite|bites|bit|whip|whips|whipped|batter|batters|battered|strike|strikes|struck|kill|kills|killed|killing|threaten|threatens|threatened|threatening|scald|scalded|terrorise|terrorize|terrorises|terrorizes|smash|smashes|smashed|slam|slams|slammed|bang|banged|bangs|twist|twists|twisted|pinch|pinches|pinched|stamp|stamps|stamped|stomp|stomps|stomped|headbutt|headbutted|starve|starves|starved|starving|break|breaks|broke)";
const WEAPON =
  "(?:knife|kitchen\\s+knife|gun|blade|scissors|hammer|bat|stick|belt|bottle|razor|axe|cleaver|iron|cigarette|lighter|boiling\\s+water|hot\\s+water)";
const EVERY =
  "(?:every\\s+(?:single\\s+)?(?:day|night|time)|all\\s+the\\s+time|always|constantly|daily|non\\s*stop|day\\s+and\\s+night)";

// Her places: where she works, in any words for it, where she lives, her parents', the school.
const HER_PLACE =
  "(?:(?:my|our|the)\\s+(?:kids|children|son\\s*s|daughter\\s*s|kid\\s*s|son|daughter|parents|parents\\s*s|mum\\s*s|mom\\s*s|mother\\s*s)\\s+(?:school(?:\\s+gate)?|kindergarten|nursery|daycare|house|home|place|flat|apartment)|(?:my|our|the)\\s+(?:work|workplace|office|job|shop|store|factory|restaurant|salon|stall|building|house|home|flat|apartment|place|door|gate|dorm|hostel|school(?:\\s+gate)?)|work|where\\s+(?:i|we)\\s+(?:work|live|stay)|my\\s+parents)";
// Lying in wait: waiting, lurking, hanging around, parked, standing outside.
const LURK =
  "(?:wait(?:s|ed|ing)?|lurk(?:s|ed|ing)?|hang(?:s|ing)?\\s+(?:around|about|out)|hung\\s+(?:around|about|out)|loiter(?:s|ed|ing)?|linger(?:s|ed|ing)?|prowl(?:s|ed|ing)?|camp(?:s|ed|ing)?(?:\\s+out)?|park(?:s|ed|ing)?|stand(?:s|ing)?|stood|sit(?:s|ting)?|sat|watch(?:es|ed|ing)?(?:\\s+me)?|stak(?:es|ed|ing)\\s+out)";

/** The kinds of act, by construction; each is judged by its kind in danger.ts. */
export const EN_ACTS: ActPattern[] = [
  // hits me, slapped my face, hurt the kids; not "hit me up", "beat me at chess", "knocked me up".
  {
    re: new RegExp(
      `\\b${VERB}\\s+${VICTIM}\\b(?<!\\bcuts?\\s+(?:my|our)\\s+(?:hair|nails?))(?!(?<=\\bhits?\\s+me)\\s+up\\b)(?!(?<=\\bcuts?\\s+me)\\s+(?:off|short|some|slack|in)\\b)(?!(?<=\\bbeat\\w*\\s+me)\\s+to\\s+(?:it|the\\s+(?!ground|floor))\\b)(?!\\s+(?:at|in\\s+(?:chess|cards|games?)|in\\s+(?:his|her|their|my)\\s+sleep)\\b)`,
      "g",
    ),
  },
  { re: /\bknock(?:s|ed)?\s+(?:me|us)\s+(?:down|out|over|to\s+the\s+(?:floor|ground))\b/g },
  // Thrown or slammed against something: threw me against the wall, slammed me into the door.
  {
    re: /\b(?:threw|throws|throw|throwing|slammed|slams|slam|shoved|shoves|hurled|flung)\s+(?:me|us|my\s+(?:son|daughter|baby|kids))\s+(?:against|into|onto|down|across|to\s+the\s+(?:floor|ground))\b/g,
  },
  // Named for what he is: my husband is violent, he gets abusive; hands around her neck; and the
  // softer words women use for it: gets physical or rough with me, puts his hands on me, raises a
  // hand to me.
  {
    re: /\b(?:is|s|gets|got|becomes|became|was|been|turns|turned)\s+(?:so\s+|very\s+|really\s+)?(?:violent|abusive)\b|\b(?:gets|got|get|getting|becomes|became)\s+(?:so\s+|very\s+|really\s+)?(?:physical|rough)\s+with\s+(?:me|us|my\s+\w+)\b|\b(?:puts?|putting|lays?|laid|laying)\s+(?:his|her|their)\s+hands\s+on\s+(?:me|us|my\s+\w+)\b|\b(?:raises?|raised|lifts?|lifted)\s+(?:a|his|her)\s+hand\s+(?:to|against|at)\s+(?:me|us|my\s+\w+)\b|\b(?:hands?|fingers|arms?)\s+(?:around|round|on)\s+(?:my|her)\s+(?:neck|throat)\b/g,
  },
  // A wound given: gave me a black eye, gave me a concussion.
  {
    re: /\b(?:gave|gives|give|given)\s+(?:me|my\s+\w+)\s+(?:a\s+)?(?:black\s+eye|bruises?|concussion|split\s+lip|broken\s+\w+|beating|slap|punch)\b/g,
  },
  // push me / pushed me down the stairs, against the wall; not "pushed me to apply", "into applying",
  // nor pushing her out of the house (being driven out is the rights station's).
  {
    re: /\b(?:push|pushes|pushed|pushing)\s+(?:me|us|my\s+\w+)\b(?!\s+(?:to\s+(?!the\s+(?:ground|floor|wall))|into\s+\w+ing\b|forward|ahead|harder|back\b))(?!(?:\s+\w+){0,3}\s+out\s+of\s+(?:the\s+|our\s+|my\s+|his\s+)?(?:house|home|flat|apartment|village)\b)/g,
  },
  // Held against, onto, into: held my hand on the stove, pinned me to the floor, stamped on my belly.
  {
    re: new RegExp(
      `\\b(?:held|holds|hold|holding|pressed|presses|pushed|pushes|forced|forces|shoved|shoves|pinned|pins)\\s+(?:${HER_BODY}|me\\s+down)\\s+(?:down\\s+)?(?:on|onto|into|under|against|in|to)?\\b|\\b(?:pins|pinned|pinning|pin)\\s+me\\b|\\b(?:spits|spit|spat|spitting)\\s+(?:on|at|in)\\s+(?:me|my\\s+face)\\b|\\b(?:stamped|stamps|stomped|stomps|stepped|steps|jumped|jumps|kneeled|knelt|kneels|sat|sits|stood|stands)\\s+on\\s+(?:me|${HER_BODY})\\b|\\b(?:pull|pulls|pulled|pulling|yank|yanked)\\s+(?:me\\s+by\\s+)?my\\s+hair\\b`,
      "g",
    ),
  },
  // A weapon held to her or raised: held a knife to my throat, came at me with a hammer.
  {
    re: new RegExp(
      `\\b(?:held|holds|hold|holding|put|puts|pressed|presses|pointed|points|pulled|pulls|waved|waves|raised|raises)\\s+(?:a|his|the|her)\\s+${WEAPON}\\s+(?:to|at|against|on|over)\\s+(?:me|us|${VICTIM})\\b|\\b(?:came|comes|went|goes|chased|chases|ran|runs)\\s+(?:at|after)\\s+(?:me|us)\\s+with\\b|\\bthreaten(?:s|ed)?\\s+(?:me|us)\\s+with\\b`,
      "g",
    ),
  },
  {
    re: /\b(?:lock|locks|locked|locking|shut|shuts)\s+(?:me|us|my\s+\w+|the\s+kids)(?:\s+and\s+(?:my|the)\s+(?:kids|children|baby))?\s+(?:in|up|out|inside)\b/g,
  },
  { re: /\b(?:ties|tied|tie|tying)\s+(?:me|us|my\s+\w+)\s+(?:up|down|to)\b/g },
  {
    re: /\b(?:won\s*t|wont|doesn\s*t|does\s+not|will\s+not|never)\s+let\s+(?:me|us)\s+(?:leave|go\s+out|out|see\s+(?:my|anyone|a\s+doctor)|call|talk\s+to|go\s+home|eat|sleep)\b/g,
  },
  {
    re: /\b(?:took|takes|take|taken|smashed|broke|keeps|kept|hid|hides|hidden|confiscated|confiscates|locked\s+up|locks\s+up)\s+(?:away\s+)?my\s+(?:phone|id|id\s+card|passport|bank\s+card|documents|papers|hukou)\b(?!\s+(?:to|for)\s+(?:fix|repair|charge|the\s+shop|be\s+fixed|repairs?)\b)/g,
  },
  {
    re: /\b(?:throws?|threw|thrown|throwing|pours?|poured|pouring|splash(?:es|ed)?|tipped)\s+(?:\w+\s+){0,3}(?:at|on|over|onto)\s+(?:me|us|my\s+\w+|the\s+kids)\b/g,
  },
  {
    re: /\b(?:smash|smashes|smashed|smashing|breaks|broke|throws|threw)\s+(?:things|stuff|plates|dishes|furniture|the\s+door|doors)\b|\bpunch(?:es|ed)?\s+(?:the\s+)?walls?\b/g,
  },
  { re: /\bbreak\s+(?:my|your)\s+(?:legs?|arms?|neck|nose|bones|face)\b/g },
  // Having her hurt by others: she'll have me beaten, get you killed.
  {
    re: /\b(?:have|has|had|get|gets|got)\s+(?:me|us|you|the\s+kids|my\s+(?:kids|children|son|daughter))\s+(?:beaten|beat\s+up|killed|hurt|attacked|stabbed|shot)\b/g,
  },
  {
    re: /\b(?:threaten|threatens|threatened|threatening)\s+to\s+(?:kill|hurt|harm|beat|hit|burn|stab|take\s+the\s+kids|take\s+my\s+(?:kids|children|baby))\b/g,
  },
  // Threats said in anger: said he'd find me wherever I go, I'll never see the kids again.
  {
    re: /\b(?:find|finds)\s+(?:me|us)\s+(?:wherever|anywhere|no\s+matter)|\bnever\s+see\s+(?:my|the|your)\s+(?:kids|children|son|daughter|baby)\s+again\b|\btake\s+(?:the|my|your)\s+(?:kids|children|son|daughter|baby)\s+away\b|\b(?:i|you)\s+(?:ll|will|d|would)\s+(?:be\s+)?dead\b|\byou\s+(?:re|are)\s+(?:so\s+|a\s+)?dead\b|\bmake\s+(?:me|you)\s+pay\b|\bburn\s+(?:the\s+house|the\s+place|it\s+all)\s+down\b|\bwith\s+(?:me|us|the\s+kids)\s+in\s+it\b|\b(?:set|sets|setting)\s+(?:fire\s+to|(?:the\s+|our\s+|my\s+)?(?:house|flat|home|place|apartment|room)\s+on\s+fire)\b|\bwith\s+(?:me|us|the\s+kids|the\s+children|my\s+(?:kids|children|son|daughter|baby))(?:\s+and\s+(?:the|my)\s+(?:kids|children|baby))?\s+(?:in\s+it|inside)\b/g,
    kind: "threat",
  },
  {
    re: /\b(?:force|forces|forced|forcing|makes|made)\s+me\s+(?:to\s+)?(?:have\s+sex|sleep\s+with)\b|\bmarital\s+rape\b|\b(?:touches|touched|touching|gropes|groped)\s+me\b/g,
  },
  { re: /\b(?:stalks|stalking|stalked|follows|followed|following)\s+me\b/g },
  { re: /\b(?:keeps|kept|keep|keeping)\s+(?:me|us)\s+(?:locked|shut)\b/g },
  // Pursuit that is danger once she has left him: texts a hundred times, turns up, knows where I sleep.
  {
    re: /\b(?:texts?|texted|texting|calls?|called|calling|messages?|messaged|rings?|rang)\s+me\s+(?:\w+\s+){0,4}(?:times|all\s+day|all\s+night|non\s*stop|constantly|day\s+and\s+night)\b|\b(?:shows?|showed|showing|turns?|turned|turning)\s+up\s+(?:at|outside|near|where)\b|\bwait(?:s|ed|ing)?\s+for\s+me\b(?!\s+to\b)|\bknows?\s+where\s+(?:i|we)\s+(?:live|sleep|work|stay|am)\b|\bwon\s*t\s+leave\s+(?:me|us)\s+alone\b|\bkeeps?\s+(?:calling|texting|following|messaging|coming\s+to)\b|\btrack(?:s|ed|ing)?\s+(?:me|my\s+phone|my\s+location)\b/g,
    kind: "pursuit",
  },
  // Waylaying and watching her at her places: her work (in any words: work, my job, where I work),
  // her home, her parents' home, the children's school; not waiting to pick the children up.
  {
    re: new RegExp(
      `\\b${LURK}\\s+(?:(?:\\w+\\s+){0,3}?(?:outside|at|near|by|around|in\\s+front\\s+of|across\\s+from|opposite)\\s+)?${HER_PLACE}\\b(?!\\s+(?:\\w+\\s+)?(?:to\\s+(?:pick|collect|drop|get|fetch)|for\\s+(?:the|our|my)\\s+(?:kids|children|son|daughter|boy|girl|bus)))`,
      "g",
    ),
    kind: "pursuit",
  },
  // Habitual abuse with words: calls me names every day, always yells at me, verbal abuse.
  {
    re: new RegExp(
      `\\b(?:calls?|called|calling)\\s+me\\s+(?:names|stupid|useless|worthless|ugly|fat|a\\s+\\w+)(?:\\s+\\w+){0,4}\\s+${EVERY}|\\b(?:always|constantly|keeps|every\\s+day)\\s+(?:\\w+\\s+){0,2}(?:insult|insults|insulting|yells\\s+at|yelling\\s+at|screams\\s+at|screaming\\s+at|shouts\\s+at|swears\\s+at|curses|humiliates|belittles|calling\\s+me\\s+names)\\b|\\bverbal(?:ly)?\\s+abus|\\b(?:insults|humiliates|belittles|curses|yells\\s+at|screams\\s+at|swears\\s+at|shouts\\s+at)\\s+me\\s+(?:\\w+\\s+){0,2}${EVERY}`,
      "g",
    ),
  },
  // A wound, told without the act; it counts when she says who did it (see danger.ts).
  {
    re: /\b(?:bruise|bruises|bruised|black\s+eye|black\s+and\s+blue|broken\s+(?:rib|ribs|arm|nose|jaw|tooth|teeth|wrist|finger)|burn\s+marks|burns|scars|welts|swollen|split\s+lip)\b/g,
    kind: "wound",
  },
];

/** Who did the wound: from my husband's belt, by my father-in-law. */
export const EN_WOUND_CAUSE = new RegExp(
  `\\b(?:from|by|because\\s+of)\\s+(?:my|his|her|our)\\s+(?:${alt(EN_FAMILY)})\\b`,
  "g",
);

/** Passive: I was hit, I'm being abused at home, my kids got beaten by… */
export const EN_PASSIVE =
  /\b(i|we|my\s+(?:kids|children|son|daughter|baby)|the\s+kids|she)\s+(?:am\s+|m\s+|was\s+|were\s+|get\s+|got\s+|gets\s+|keep\s+getting\s+|have\s+been\s+|ve\s+been\s+|has\s+been\s+|is\s+|are\s+|been\s+)(?:being\s+|often\s+|always\s+)?(hit|beaten|beaten\s+up|slapped|punched|kicked|pushed|shoved|choked|strangled|burned|burnt|stabbed|abused|attacked|assaulted|raped|threatened|locked\s+(?:in|up|out))\b((?:\s+(?:\w+\s+){0,3}?by\s+(?:\w+\s*){1,3})?)/g;

/** Words after which a person is an object or one of several, never the doer on their own. */
export const EN_OBJECT_BEFORE = /\b(?:and|or|with|to|his|their|at|for|about)\s+$/;

/** A condition of what she does, in reported or direct speech: if I ever leave, if you go. */
export const EN_IF = /\b(?:if|unless|ever|dare|dares|again)\b/;
/** What will be done, in reported speech: said he'd kill me, says he will. */
export const EN_WILL = /\b(?:ll|will|would|d|gonna|going\s+to|wants\s+to|is\s+going\s+to)\b/;
/** Said to her: told me, texted me, said to me. */
export const EN_TO_HER =
  /\b(?:told|tells|tell|texted|texts|warned|warns|messaged|messages|emailed|wrote|to)\s+me\b/;

export const EN_NEGATED = /\b(?:never|not|nt|n\s*t|didn\s*t|doesn\s*t|don\s*t|wouldn\s*t)\s+(?:\w+\s+)?$/;

// Every English pattern starts from one of these words; text with none of them skips them all.
export const EN_TRIGGER =
  /\b(?:hit|beat|slap|smack|punch|kick|shove|chok|strangl|throttl|burn|stab|cut|hurt|harm|abus|attack|assault|rap|grab|drag|bit|whip|batter|strik|struck|kill|threat|scald|terror|smash|slam|bang|twist|pinch|stamp|stomp|headbutt|starv|knock|push|held|hold|press|forc|pin|stepp|jump|kne|sat|sits|stood|stands|pull|yank|spit|spat|gave|give|hurl|flung|violent|abusive|physical|rough|hand|finger|arm|put|point|wav|rais|came|comes|chas|ran|runs|lock|shut|tie|let|took|set|fire|inside|take|broke|break|keep|kept|hid|confiscat|threw|throw|pour|splash|tipp|made|make|touch|grop|stalk|follow|text|call|messag|ring|rang|show|turn|wait|lurk|hang|hung|loiter|linger|prowl|camp|park|watch|stak|know|won|track|find|dead|again|away|down|verbal|insult|yell|scream|shout|swear|curs|humiliat|belittl|bruis|black|broken|swollen|split|scar|welt)/;

// --- frames ---------------------------------------------------------------------------------

/** Her own words for having left him. */
export const EN_APART =
  /\bex\b|\b(?:since|after|when)\s+(?:i|we)\s+(?:left|split|broke\s+up|separated|divorced|moved\s+out)|\bleft\s+him\b|\bdivorc|\bbroke\s+up\b|\bseparated\b|\bmoved\s+out\b|\bhiding\b|\bran\s+away\b|\bfled\b/;
/** Violence on a screen, in a book or the news: not hers. */
export const EN_STORY =
  /\b(?:tv|movie|movies|film|films|drama|series|show|novel|book|news|video|documentary|soap|cartoon|anime)\b/;
/** Sport, games and play. */
export const EN_SPORT =
  /\b(?:game|games|gaming|match|football|soccer|basketball|tennis|boxing|karate|taekwondo|judo|wrestling|chess|practice|training|sparring|play\s+fight\w*|pillow\s+fight|tickl\w*|jok(?:e|es|ed|ing)|kidding)\b/;
/** A joke claimed as his excuse (said he was joking) frames nothing. */
export const EN_JOKE = /^(?:jok|kidding)/;
export const EN_EXCUSE_BEFORE =
  /\b(?:said|says|say|claims?|claimed|insists?|insisted|told\s+me)\b(?:\s+\w+){0,4}\s+$/;
/** Her own blood family, as against a partner, an ex and his family (see ZH_KIN). */
export const EN_KIN =
  /^(?:(?:my|our)\s+)?(?:father|dad|daddy|mother|mom|mum|brother|son|daughter|uncle|grandfather|grandpa|family|relatives)$/;
export const EN_FLED = /\b(?:fled|ran\s+away|hiding|escaped|run\s+away)\b/;
/** Accidents and everyday causes of a wound. */
export const EN_MISHAP =
  /\b(?:fell|fall|falls|falling|slipped|slip|accident|crash|crashed|tripped|trip|myself|herself|himself|ladder|flu\s+shot|vaccine|injection|bumped)\b/;
/** A comparison, not an event: feels like someone punched it. */
export const EN_LIKE_BEFORE =
  /\b(?:feels?|felt|feeling|looks?|looked|sounds?|seems?)\s+like\b[^.]{0,30}$|\bas\s+(?:if|though)\b[^.]{0,30}$/;
export const EN_CLAUSE_TURN = /\bthen\b|\bwhen\s+he\b|\bafter\b/;
