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
  String.raw`(?<qual>more than|over|nearly|almost|about|around|roughly|some|less than|under|at least)?\s*(?:(?<n>\d{1,3}(?:\.\d+)?)\s*(?:%|per\s?cent|percent)|(?<frac>half|a third|one[- ]third|two[- ]thirds|a quarter|one[- ]quarter|three[- ]quarters|a fifth|the majority|the bulk))\s+of\s+(?:(?<subj>${REF})['’]s?\s+|its\s+|their\s+|the country['’]s\s+|all\s+)?(?:${ARMS}\s+)?(?:imports|purchases|acquisitions|supplies|deliveries|arsenal)`,
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
  { topic: 'military spending', pattern: /\b(?:military|defen[cs]e)\s+(?:spending|budget|expenditure)\b[^.]{0,60}(?:\$[\d.,]+|\d+(?:\.\d+)?\s*(?:%|per\s?cent|percent|billion))/i,
    reason: 'military spending is in SIPRI’s expenditure database, which this check does not read' },
  { topic: 'aid', pattern: /\b(?:aid|loans?|debt|grants?|credit line)\s+(?:worth|of|totall?ing|amounting to)\s+(?:US)?\$[\d.,]+/i,
    reason: 'aid and lending are outside what the arms-transfer data can check' },
  { topic: 'energy', pattern: /\b(?:oil|gas|energy|coal)\s+(?:imports|exports|supplies|supplier)\b[^.]{0,60}(?:\d|largest|main|top|biggest)/i,
    reason: 'energy trade is outside what the arms-transfer data can check' },
];
