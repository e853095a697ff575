// Checkable claims about arms supply, as patterns over a sentence in which every state the text names
// is written `@n` (its index among the sentence's states): `@0’s main arms suppliers`,
// `sourced nearly as much from @1 as from @2`. Also the claims the arms data cannot check.
import type { Category } from '../../core/types.js';

const REF = String.raw`@\d+`;
const ARMS = String.raw`(?:arms|weapons?|weaponry|military(?:\s+hardware|\s+equipment)?|defen[cs]e(?:\s+equipment)?|hardware)`;
const RANK = String.raw`(?:top|largest|biggest|main|major|leading|primary|principal|chief|key|dominant|single[- ]largest|number[- ]one|no\.?\s?1|most important|second[- ]largest|second[- ]biggest|third[- ]largest|biggest single|largest single)`;

/** `@0’s main arms suppliers`, `the top supplier of weapons to @1`, `its largest arms supplier`. */
export const SUPPLIER_PHRASE = new RegExp(
  String.raw`(?:(?<subj>${REF})['’]s?\s+|(?:its|their|the country['’]s|the|a)\s+)?(?:(?<count>two|three)\s+)?(?<rank>${RANK})\s+(?:(?:two|three)\s+)?(?:foreign\s+)?(?<arms>${ARMS}\s+)?(?<noun>suppliers?|providers?|sources?|exporters?|vendors?|sellers?)\b(?<of>\s+of\s+(?:arms|weapons|military\s+hardware|military\s+equipment))?(?:\s+(?:to|for|of)\s+(?<subj2>${REF}))?`,
  'gi',
);

/** `bought more military hardware from @1`, `buys more weapons from @1 than from @2`. */
export const MORE_FROM = new RegExp(
  String.raw`\b(?:bought|buys?|buying|purchased|purchases?|purchasing|sourced|sources?|sourcing|imported|imports?|importing|acquired|acquires?|received|receives?|got|gets|obtained|obtains?|procured|procures?)\b[^.;]{0,60}?\bmore\b(?<what>[^.;]{0,60}?)\bfrom\s+(?<a>${REF})(?:[^.;]{0,40}?\bthan\s+(?:from\s+)?(?<b>${REF}))?`,
  'gi',
);

/** `most of its arms from @1`, `the bulk of @0’s weapons come from @1`. */
export const MOST_FROM = new RegExp(
  String.raw`\b(?:most|the bulk|the majority|much)\s+of\s+(?:(?<subj>${REF})['’]s?|its|their)\s+(?:${ARMS}\s*)+(?:imports\s+|purchases\s+)?(?:\w+\s+){0,2}?from\s+(?<a>${REF})`,
  'gi',
);

/** `@1 has supplied the bulk of @0’s weapons`, `@1 provides most of its arms`. */
export const SUPPLIED_MOST = new RegExp(
  String.raw`(?<a>${REF})\s+(?:has\s+|have\s+|had\s+)?(?:long\s+|traditionally\s+|historically\s+)?(?:supplied|supplies|provided|provides|delivered|delivers|sold|sells)\s+(?:the bulk|most|the majority|much|nearly all|almost all|all)\s+of\s+(?:(?<subj>${REF})['’]s?|its|their)\s+(?:${ARMS}\s*)+`,
  'gi',
);

/** `nearly as much from @1 as from @2`; `@1 supplied almost as many weapons as @2`. */
export const AS_MUCH = new RegExp(
  String.raw`\b(?<q>nearly|almost|about|roughly|approximately|just|virtually|practically|close to)?\s*as\s+(?:much|many)\b(?:\s+[^\s.;@]+){0,4}?\s+from\s+(?<a>${REF})\s+as\s+(?:from\s+)?(?<b>${REF})|(?<a2>${REF})\s+(?:has\s+|had\s+)?(?:supplied|supplies|provided|provides|sold|sells|delivered|delivers|exported)\s+(?<q2>nearly|almost|about|roughly|approximately|just|virtually|practically|close to)?\s*as\s+(?:much|many)\b(?:\s+[^\s.;@]+){0,4}?\s+as\s+(?<b2>${REF})`,
  'gi',
);

/** `@1 accounted for 60% of @0’s arms imports`; `half of its weapons imports`. */
export const SHARE = new RegExp(
  // `\b` and the qualifier's own space: an optional group then `\s*` let every position start a match.
  String.raw`\b(?:(?<qual>more than|over|nearly|almost|about|around|roughly|some|less than|under|at least)\s+)?(?:(?<n>\d{1,3}(?:\.\d+)?)\s*(?:%|per\s?cent|percent)|(?<frac>half|a third|one[- ]third|two[- ]thirds|a quarter|one[- ]quarter|three[- ]quarters|a fifth|the majority|the bulk))\s+of\s+(?:(?<subj>${REF})['’]s?\s+|its\s+|their\s+|the country['’]s\s+|all\s+)?(?:${ARMS}\s+)?(?:imports|purchases|acquisitions|supplies|deliveries|arsenal)`,
  'gi',
);

/** `turning to @1 mainly for airpower`; `buys its fighter jets mostly from @1`. */
export const TURNING_TO = new RegExp(
  String.raw`\b(?:turn(?:ing|ed|s)?|look(?:ing|ed|s)?|rel(?:y|ies|ied|ying)|depend(?:s|ed|ing)?|lean(?:s|ed|ing)?|count(?:s|ed|ing)?)\s+(?:to|on|upon)\s+(?<a>${REF})\s+(?:(?<adv>mainly|mostly|largely|primarily|chiefly|increasingly|heavily|especially|particularly|above all)\s+)?for\s+(?<what>[^.;]+)|\b(?:buys?|bought|buying|sourc(?:es|ed|ing)|gets?|got|acquir(?:es|ed|ing)|purchas(?:es|ed|ing)|imports?|imported|importing)\s+(?:most\s+of\s+|much\s+of\s+|all\s+of\s+)?(?:its|their)\s+(?<what2>[^.;@]{3,60}?)\s+(?:(?<adv2>mainly|mostly|largely|primarily|chiefly|exclusively|only)\s+)?from\s+(?<a2>${REF})`,
  'gi',
);

/** `an ever more important one`, `increasingly important arms supplier`, `a growing share`. */
export const RISING = /\b(?:ever more|increasingly|more and more|ever-more|growing(?:ly)?)\s+(?:important|significant|prominent|dominant|major|big|vital)\b|\b(?:growing|rising|increasing|expanding)\s+(?:share|role|presence)\b/i;

/** A forecast: a modal or `set to` before the claim, within its clause. */
export const FORECAST_CUE = /\b(?:could|may|might|will|would|(?:is|are)\s+(?:set|poised|expected|likely|tipped|on track|about)\s+to|soon|in the coming years|in future)\b[^.;]*$/i;
export const FORECAST_VERB = /\b(?:become|make|overtake|overtaking|replace|surpass|outstrip|emerge as|turn into|be)\b/i;

/** Arms words: a sentence needs one for a supplier phrase without `arms` in it to count. */
export const ARMS_CONTEXT = /\b(?:arms|weapons?|weaponry|military hardware|military equipment|defen[cs]e equipment|hardware|jets?|aircraft|helicopters?|missiles?|tanks?|submarines?|warships?|frigates?|artillery|drones?|airpower)\b/i;

/** Words for kinds of weapons, and SIPRI's categories they fall under. */
export const CATEGORY_WORDS: { pattern: RegExp; categories: Category[] }[] = [
  { pattern: /\bair\s?power\b/i, categories: ['aircraft', 'air defence systems'] },
  { pattern: /\bsurface-to-air missiles?\b|\bSAMs?\b/i, categories: ['air defence systems', 'missiles'] },
  { pattern: /\bair[- ]defen[cs]es?\b|\banti-aircraft\b/i, categories: ['air defence systems'] },
  { pattern: /\b(?:aircraft|planes?|jets?|fighters?|bombers?|helicopters?|choppers?|drones?|UAVs?|trainers?|airlifters?|gunships?)\b/i, categories: ['aircraft'] },
  { pattern: /\b(?:missiles?|rockets?|munitions)\b/i, categories: ['missiles'] },
  { pattern: /\b(?:tanks?|armou?red vehicles?|armou?r|APCs?|IFVs?|infantry fighting vehicles?)\b/i, categories: ['armoured vehicles'] },
  { pattern: /\b(?:artillery|howitzers?|mortars?|guns?)\b/i, categories: ['artillery'] },
  { pattern: /\b(?:ships?|warships?|frigates?|corvettes?|submarines?|naval vessels?|patrol boats?|destroyers?|navy|naval hardware)\b/i, categories: ['ships'] },
  { pattern: /\b(?:torpedo(?:es)?|naval guns?|naval weapons?)\b/i, categories: ['naval weapons'] },
  { pattern: /\b(?:radars?|sensors?)\b/i, categories: ['sensors'] },
  { pattern: /\bengines?\b/i, categories: ['engines'] },
  { pattern: /\bsatellites?\b/i, categories: ['satellites'] },
];

/** Claims the arms-transfer data cannot check, with the plain reason given to the reader. */
export const OUTSIDE_TOPICS: { topic: string; pattern: RegExp; reason: string }[] = [
  { topic: 'trade', pattern: /\b(?:top|largest|biggest|main|major|leading|key|second[- ]largest|most important)\s+(?:trade|trading|commercial|economic)\s+partners?\b|\b(?:bilateral\s+)?trade\s+(?:volume|worth|reached|rose|fell|grew|totall?ed)\b/i,
    reason: 'trade is outside what the arms-transfer data can check: SIPRI records deliveries of major conventional weapons, not overall trade' },
  { topic: 'investment', pattern: /\b(?:top|largest|biggest|main|major|leading|key|single[- ]largest)\s+(?:foreign\s+)?investors?\b|\binvestments?\s+(?:worth|of|totall?ing)\s+(?:US)?\$|\$[\d.,]+\s*(?:billion|million|bn|m)\b[^.]{0,30}\binvest/i,
    reason: 'investment is outside what the arms-transfer data can check: SIPRI records deliveries of major conventional weapons, not capital flows' },
  { topic: 'GDP', pattern: /\b(?:gross domestic product|GDP)\b[^.]{0,80}?(?:\d+(?:\.\d+)?\s*(?:%|per\s?cent|percent)|\b(?:grow|grew|shrink|shrank|contract|plummet|fall|fell|decline))|\beconomy\s+(?:grew|shrank|contracted|expanded|is expected to|will|may|could)\b[^.]{0,60}\d+(?:\.\d+)?\s*(?:%|per\s?cent|percent)/i,
    reason: 'GDP and growth figures are outside what the arms-transfer data can check' },
  { topic: 'military spending', pattern: /\b(?:military|defen[cs]e)\s+(?:spending|budget|expenditure)\b[^.]{0,60}(?:\$[\d.,]+|\d+(?:\.\d+)?\s*(?:%|per\s?cent|percent|billion))|\bspen[dt]s?\b[^.]{0,30}(?:\$[\d.,]+|\d+(?:\.\d+)?\s*(?:billion|million|bn))[^.]{0,30}\bon\s+(?:its\s+|their\s+|the\s+)?(?:military|defen[cs]e|armed\s+forces|army)\b|\bspen[dt]s?\b[^.]{0,30}\d+(?:\.\d+)?\s*(?:%|per\s?cent|percent)\s+of\s+(?:its\s+|their\s+)?(?:GDP|gross\s+domestic\s+product)\b[^.]{0,20}\bon\s+(?:its\s+|their\s+|the\s+)?(?:military|defen[cs]e|armed\s+forces|army)\b/i,
    reason: 'military spending is in SIPRI’s expenditure database, which this check does not read' },
  { topic: 'aid', pattern: /\b(?:aid|loans?|debt|grants?|credit line)\s+(?:worth|of|totall?ing|amounting to)\s+(?:US)?\$[\d.,]+/i,
    reason: 'aid and lending are outside what the arms-transfer data can check' },
  { topic: 'energy', pattern: /\b(?:oil|gas|energy|coal)\s+(?:imports|exports|supplies|supplier)\b[^.]{0,60}(?:\d|largest|main|top|biggest)/i,
    reason: 'energy trade is outside what the arms-transfer data can check' },
];

// ---------------------------------------------------------------------------------------------
// The general claim detector's words (article/claim-shape.ts): a sentence states a checkable fact
// when it names arms and a transfer, a recorded UN vote, or a trade, investment or lending figure.

/** Weapons and military goods by kind. */
/** `arms exports`: a flow's word (a group) after the arms word. */
const FLOW_AFTER_ARMS = String.raw`(?:arms|weapons?|military\s+equipment)\s+(exports?|imports?|sales|transfers|deliveries|purchases)\b`;
/** A flow of arms (`arms exports`, `imports of weapons`); group 1 or 2 is the flow's word. */
export const ARMS_FLOW = new RegExp(String.raw`\b${FLOW_AFTER_ARMS}|\b(exports?|imports?|sales|transfers|deliveries|purchases)\s+of\s+(?:arms|weapons|military\s+equipment)\b`, 'i');
/** A state's name (up to three words, possessive or not) right before its flow: `French arms exports`, `Russia’s arms imports`. */
export const FLOW_OWNER = new RegExp(String.raw`^[\p{L}.-]+(?:\s+[\p{Lu}][\p{L}.-]*){0,2}(?:['’]s?)?\s+${FLOW_AFTER_ARMS}`, 'iu');
/** Words of a flow falling, and rising (`fell by 53 percent`, `rose by 47 percent`). */
export const FLOW_FALLING = /\b(?:f(?:ell|all|alls|alling|allen)|declin(?:ed|es|ing)|dropped|drops|halved|plung(?:ed|es)|slump(?:ed|s)|shr(?:ank|unk|inks)|decreas(?:ed|es|ing))\b/i;
export const FLOW_RISING = /\b(?:increas(?:ed|es|ing)?|r(?:ise|ises|ising|ose|isen)|gr(?:ew|ow|ows|owing|own)|doubled|tripled|jump(?:ed|s)|surg(?:ed|es))\b/i;

export const ARMS_NOUN = /\b(?:arms|weapons?|weaponry|munitions?|ammunition|military\s+(?:hardware|equipment|aircraft|helicopters?|drones?|technology|vehicles?|goods|supplies|services)|defen[cs]e\s+(?:equipment|systems?|deals?|contracts?|goods|exports?|imports?|industry|customers?)|fighters?(?:\s+jets?)?|(?:jet\s+)?trainers?|jets?|warplanes?|aircraft|helicopters?|choppers?|gunships?|drones?|UAVs?|UCAVs?|unmanned\s+aerial\s+vehicles?|missiles?|air[- ]defen[cs]e|tanks?|armou?red\s+vehicles?|personnel\s+carriers?|submarines?|frigates?|corvettes?|warships?|destroyers?|patrol\s+(?:boats?|vessels?)|howitzers?|artillery|rocket\s+launchers?|multi-barrel|rifles?|radars?)\b/i;
/** A weapon named by its designation (`Su-35`, `J-10C`, `JF-17`, `Rafale`, `Bayraktar TB2`). */
export const DESIGNATION = /\b(?:(?:Su|MiG|Mi|Ka|Yak|Tu|Il|An|J|JF|FC|F|C|H|K|T|S|CH|TB|L|M|AH|UH|MQ|RQ|KJ|Z|Y|JH|HQ|BTR|BMP|ZTZ|VT|PL|Type)[- ]?\d{1,3}[A-Z]{0,3}(?:\/[A-Z])?s?|Rafales?|Typhoons?|Eurofighters?|Gripens?|Bayraktar|Akinci|Pantsir|Caesar|Leopard|Abrams|Apache|Black\s+Hawk|Patriot|HIMARS|Iskander|Kalibr|BrahMos|Shahed|Mohajer|Wing\s+Loong|Super\s+Tucano|Hermes|Heron|Harop|Kornet|Igla|Buk|Caracal|Scorpene|Kilo|Pinaka|Sukhoi|Tomcat|Phantom|Fulcrum)\b/;
/** Supplying, buying, ordering, delivering, holding. */
export const TRANSFER = /\b(?:suppl(?:y|ies|ied|ying)|suppliers?|provid(?:e|es|ed|ing)|deliver(?:s|ed|ing|y|ies)?|sold|sells?|selling|sales?|bought|buys?|buying|buyers?|purchas(?:e|es|ed|ing)|acquir(?:e|es|ed|ing)|acquisitions?|order(?:s|ed)?|deals?|contracts?|imports?|imported|importing|importers?|exports?|exported|exporting|exporters?|procur(?:e|es|ed|ing|ement)|equip(?:s|ped|ping)?|transfers?|transferred|shipments?|shipped|induct(?:s|ed|ing|ion)|commission(?:s|ed|ing)|receiv(?:e|es|ed|ing)|customers?|arsenal|inventory|fleet|uses|operates|snapp(?:ed|ing)\s+up|join\s+the\s+combat\s+units)\b/i;
/** A recorded vote, a veto, an abstention, a resolution adopted, passed or failing. */
export const UN_VOTE = /\bveto(?:ed|es|ing)\b|\bveto(?:es)?\s+(?:of|on|against|power|since|in|by)\b|\b(?:cast|casts|used?|exercised?|wielded?)\s+(?:its|their|a|the|his|her)?\s*(?:\w+\s+){0,3}?vetoe?s?\b|\babstain(?:ed|ing|s)?\b|\babstentions?\b|\bvot(?:ed|ing)\s+(?:for|against|in\s+favou?r|no|yes|with|to\s+(?:adopt|approve|condemn|reject))|\bvotes?\s+(?:in\s+favou?r|against)|\b(?:in\s+favou?r|against)\b[^.]{0,40}\b(?:abstain|abstention|against|votes?)|\b(?:resolutions?|drafts?|texts?|motions?|proposals?|amendments?)\s+(?:[\w-]+\s+){0,6}?(?:was\s+|were\s+)?(?:\w+ly\s+)?(?:adopted|passed|approved|rejected|failed|vetoed|defeated)|\b(?:resolutions?|drafts?|motions?|amendments?)\b[^.;]{0,100}?\b(?:was|were)\s+(?:\w+ly\s+)?(?:adopted|passed|approved|rejected|vetoed|defeated)\b|\b(?:adopted|passed|approved)\s+(?:a|the)\s+(?:[\w-]+\s+){0,3}(?:resolution|text|draft)|\b(?:approved|backed|supported|opposed)\s+by\s+\d+|\b(?:\d+|[Tt]hirteen|[Ff]ourteen|[Tt]welve|[Ee]leven)\s+(?:(?:out\s+)?of\s+(?:the\s+)?[\w\s'’]{0,40}?\d+\s+)?(?:votes?|countries|nations|members?|member\s+states?|states?)\s+(?:were\s+|have\s+|had\s+)?(?:in\s+favou?r|against|voting|voted|backed|supported|opposed|abstain)|\b(?:did\s+not|didn['’]t)\s+(?:take\s+part\s+in|participate\s+in)\s+the\s+vot|\bpassed\s+\d+\s*[-–]\s*\d+|\bthe\s+vote\s+was\b|\bvoted\s+['‘’"“]?\s*(?:in\s+favou?r|against)\b|\bvoted\b[^.]{0,20}\bresolution|\b(?:stayed\s+away\s+from|skipped|was\s+absent\s+from|were\s+absent\s+from)\s+the\s+vote\b|\b(?:garnered|received|won|secured|drew|obtained)\s+(?:(?:only|just|some|about|more\s+than)\s+)?(?:\d+|the)\s+votes?\b/i;
/** Action blocked in the Council (`blocked efforts in the Security Council`); a press statement is not a vote. */
export const BLOCKED = /\bblock(?:ed|ing|s)?\b(?![^.]{0,60}\bstatements?\b)[^.]{0,80}\b(?:Security Council|UNSC|the council)\b/i;
/** A UN body or a vote in one. */
export const UN_CONTEXT = /\b(?:U\.?N\.?|United Nations|Security Council|General Assembly|the council|the Assembly|Human Rights Council|member states)\b/i;
/** The rules of voting, not a vote (`a resolution needs nine votes`). */
export const BOILERPLATE = /\b(?:needs?|requires?|would\s+need)\b[^.]{0,30}\bvotes?\b|\bco-?sponsor/i;
/** Vote counts in a sentence, by field. */
export const VOTE_COUNTS: { pattern: RegExp; field: 'yes' | 'no' | 'abstain' | 'split' }[] = [
  { pattern: /\b(?<a>\d{1,3})\s*[-–]\s*(?<b>\d{1,3})\b/, field: 'split' },
  { pattern: /\b(?<n>\d{1,3}|thirteen|fourteen|twelve|eleven|ten|nine)\s+(?:(?:votes?|countries|nations|members?|member\s+states?|states?)\s+)?(?:\w+\s+){0,2}?(?:in\s+favou?r|for\b|voted\s+(?:for|in\s+favou?r|yes))/i, field: 'yes' },
  { pattern: /\b(?<n>\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:(?:votes?|countries|nations|members?|member\s+states?|states?)\s+)?(?:voting\s+)?against\b/i, field: 'no' },
  { pattern: /\b(?<n>\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:abstentions?|(?:countries|nations|members?|member\s+states?|states?)\s+abstain\w*|abstain\w*)/i, field: 'abstain' },
];
/** Trade, investment and finance between states. */
export const ECONOMY = /\b(?:trade|trading|exports?|imports?|export\s+destination|tariffs?|investments?|investors?|invest(?:ed|ing|s)?|capital|plough(?:ed|s)?|plow(?:ed|s)?|loans?|credit|lending|lender|financ(?:e|ed|ing)|goods|turnover|projects?)\b/i;
/** A partner's standing: `largest trading partner`, `major investor`, `main export destination`. */
/** Investment from one source alone: `investment only from China`, `the only investor`, `only China invests`. */
export const ONLY_INVESTOR = /\binvestments?\s+(?:\w+\s+){0,2}only\s+(?:from|by)\b|\b(?:the\s+)?only\s+(?:foreign\s+)?(?:investor|source\s+of\s+investment)\b|\bonly\s+(?:[A-Z][\p{L}]+\s+){1,2}(?:is\s+|are\s+|will\s+be\s+|was\s+)?invest(?:s|ing|ed)?\b/u;

export const ECONOMY_RANK = /\b(?:largest|biggest|top|main|major|leading|key|principal|primary|second[- ]largest|most\s+important)\s+(?:foreign\s+)?(?:trading\s+partner|trade\s+partner|investor|export\s+(?:destination|market)|import\s+source|lender|creditor|market|source\s+of\s+(?:imports|investment|loans))s?\b/i;
/** Money: `$2 billion`, `US$50 billion`, `2.7 billion euros`, `Rs 2,000 crore`, `€17 billion`. */
export const MONEY = /(?<cur>US\$|\$|€|£|¥|\bRs\.?|\bUSD|\bEUR)\s?(?<n>\d[\d,]*(?:\.\d+)?)(?:[\s-]*(?<mult>trillion|billion|million|bn|mn|crore|lakh)\b)?|\b(?<n2>\d[\d,]*(?:\.\d+)?)[\s-]*(?<mult2>trillion|billion|million|bn|crore|lakh)?[\s-]*(?<cur2>dollars?|euros?|yuan|rupees|USD|EUR)\b/i;
/** A deal by its name, for a price stated apart from the weapons (`the deal was worth …`). */
export const DEAL_NOUN = /\b(?:deals?|contracts?|orders?|purchases?|agreements?|tranches?|pay(?:s|ing)?|paid)\b/i;
/** A modal just before a verb: what follows is possible, not done (`could provide`, `might soon sell`). */
export const MODAL_BEFORE = /\b(?:could|might|would|should)\s+(?:\w+\s+)?$/i;
/** A negation or a condition just before a verb (`not buying`, `no ban on buying`, `if it bought`, `even if`). */
export const UNREAL_BEFORE = /\b(?:not|never|no|if|unless|whether)\b(?:\s+[\w'’-]+){0,3}\s*$|n['’]t\s+(?:[\w'’-]+\s+)?$/i;
/** An offer or a readiness is not yet a fact (`offered to supply`, `ready to sell`). */
export const OFFER = /\b(?:offer(?:ed|s|ing)?\s+to|ready\s+to|willing\s+to|proposed\s+to)\b/i;
/**
 * Sentences that look like claims but state none: questions; judgements (`described … as`,
 * `slammed`, `believes`, `grateful`); framing clauses of a speech (`Recalling that …`, `Pointing to …`).
 */
export const NOT_A_CLAIM = /^[^.]*\?\s*["”’]?\s*$|\b(?:believes?|believed|describ(?:ed|es|ing)|slamm(?:ed|ing)|slams|prais(?:ed|es|ing)|hail(?:ed|s|ing)|laud(?:ed|s|ing)|criticis(?:ed|es)|criticiz(?:ed|es)|applause|grateful|thank(?:s|ed)?)\b|^\W*(?:Recalling|Pointing|Mentioning|Explaining|Noting|Stressing|Emphasi[sz]ing|Referring|Turning|Speaking)\b/i;
