// What makes a sentence report an event, by type. Each trigger is a regular expression over the
// sentence text outside quotations; `requires` names words one of which must also be there.
// Statements are not found by triggers: every attributed speaker makes one (stages/05-events.ts).
import type { EventType } from '../types.js';

export interface EventTrigger {
  type: EventType;
  pattern: RegExp;
  /** A second cue the sentence must carry (arms words for a transfer, the UN for a UN action). */
  requires?: RegExp;
  /** Lower-case substrings one of which a sentence must hold before the pattern is tried. */
  keywords: string[];
  /** The same for `requires`. */
  requiresKeywords?: string[];
}

type TriggerType = Exclude<EventType, 'statement'>;

const KEYWORDS: Record<TriggerType, string[]> = {
  coup: ['coup', 'putsch', 'toppl', 'overthr', 'oust', 'power', 'takeover'],
  sanction: ['sanction', 'embargo', 'blacklist', 'asset', 'travel ban', 'suspend', 'froze', 'freez'],
  'UN action': ['block', 'veto', 'resolution', 'vot', 'adopt', 'condemn', 'statement', 'referr', 'debate', 'session', 'brief', 'authoriz', 'authoris', 'abstain'],
  'arms transfer': ['bought', 'buy', 'purchas', 'acquir', 'acquisition', 'order', 'deliver', 'suppl', 'sold', 'sell', 'sale', 'deal', 'contract', 'transfer', 'shipment', 'shipped', 'induct', 'commission', 'receiv', 'snapp', 'provid', 'equip', 'scrap'],
  visit: ['visit', 'trip', 'travel', 'headed to', 'heads to', 'arrive', 'flew to', 'flies to', 'tour', 'journey', 'went to', 'came to', 'sent a delegation', 'hosted', 'hosting', 'attend'],
  meeting: ['met', 'meet', 'talks', 'summit', 'hosted', 'conference', 'consultation', 'discussion', 'briefed', 'held a call', 'phone call', 'spoke by phone'],
  agreement: ['sign', 'inked', 'struck', 'concluded', 'reached', 'agreed', 'elevat', 'upgrad', 'clinch', 'scrap'],
  exercise: ['exercise', 'drill', 'war game', 'manoeuvre', 'maneuver', 'joint patrol'],
};
const UN_KEYWORDS = ['u.n', 'un ', 'united nations', 'security council', 'general assembly', 'human rights council', 'the council', 'the assembly'];
const ARMS_KEYWORDS = ['arms', 'weapon', 'hardware', 'jet', 'aircraft', 'plane', 'helicopter', 'chopper', 'fighter', 'missile', 'drone', 'uav', 'tank', 'armor', 'armour', 'submarine', 'warship', 'frigate', 'corvette', 'artillery', 'howitzer', 'launcher', 'rifle', 'ammunition', 'munition', 'radar', 'air defen', 'air-defen', 'military equipment', 'military services', 'rafale', 'sukhoi', 'bayraktar', 's-', 'su-', 'mig-', 'mi-', 'yak-', 'jf-', 'j-', 'f-', 'type 0'];
const AGREEMENT_KEYWORDS = ['agreement', 'accord', 'pact', 'memorand', 'mou', 'treaty', 'treaties', 'documents', 'partnership', 'roadmap', 'deal', 'contract', 'relations', 'ties'];

const ARMS = /\b(?:arms|weapons?|weaponry|military (?:hardware|equipment|services|aircraft)|hardware|jets?|aircraft|planes?|warplanes?|helicopters?|choppers?|fighters?|missiles?|drones?|UAVs?|tanks?|armou?red vehicles?|submarines?|warships?|frigates?|corvettes?|artillery|howitzers?|(?:rocket )?launchers?|rifles?|ammunition|munitions|radars?|air[- ]defen[cs]e|Rafales?|Sukhoi|Bayraktar|S-\d{3}|Su-\d+|MiG-\d+|Mi-\d+|Yak-\d+|JF-17|J-\d+\w*|F-\d+|Type 0\d\d\w*)\b/i;
const PACT = /\b(?:agreements?|accords?|pacts?|memorand(?:um|a)(?: of understanding)?|MoUs?|treaty|treaties|(?:intergovernmental |interdepartmental |cooperation )*documents|(?:strategic )?partnership|roadmap)\b/i;

export const EVENT_TRIGGERS: EventTrigger[] = ([
  { type: 'coup', pattern: /\b(?:coup(?: d['’]état)?s?|putsch|toppl(?:ed|ing|es?)|overthr(?:ew|own|owing|ow)|ousted|ousting|seiz(?:ed|ing|es?) power|took power|taken power|military takeover)\b/i },
  { type: 'sanction', pattern: /\b(?:sanction(?:s|ed|ing)?|embargo(?:es|ed)?|blacklist(?:ed|ing)?|asset freezes?|froze (?:the )?assets|travel bans?|suspend(?:ed|s|ing)? (?:its |all |the )?(?:economic |military |development )?(?:aid|assistance|cooperation|loans))\b/i },
  { type: 'UN action', pattern: /\b(?:block(?:ed|ing|s)?|veto(?:ed|es|ing)?|resolution|vot(?:ed|e|es|ing)|adopt(?:ed|s)?|condemn(?:ed|s)?|statement|referr(?:ed|al)|debate[ds]?|session|briefed|authori[sz](?:ed|es|ing)|abstain(?:ed|ing)?)\b/i, requires: /\b(?:U\.?N\.?|United Nations|Security Council|General Assembly|Human Rights Council|the council|the Assembly)\b/i },
  { type: 'arms transfer', pattern: /\b(?:bought|buy(?:s|ing)?|purchas(?:e|es|ed|ing)|acquir(?:e|ed|es|ing)|acquisitions?|order(?:ed|s)?|deliver(?:ed|ies|y|s|ing)?|suppl(?:ied|ies|y|ying)|sold|sell(?:s|ing)?|sales?|deals?|contracts?|transfers?(?:red)?|shipments?|shipped|induct(?:ed|s|ing)|commissioned|receiv(?:ed|es|ing)|snapp(?:ed|ing) up|provid(?:ed|es|ing)|equipp?(?:ed|s|ing)?|scrap(?:ped|ping|s)?)\b/i, requires: ARMS },
  { type: 'visit', pattern: /\b(?:(?:state |official |working )?visit(?:ed|ing|s)?|trip to|trips to|travell?(?:ed|ing|s)? to|headed to|heads to|arrived in|arrives in|flew to|flies to|toured|tour of|journey to|went to|came to|sent a delegation|hosted|hosting|delegation\b[^.;]{0,80}?\battend(?:ed|s|ing))\b/i },
  { type: 'meeting', pattern: /\b(?:met|meet(?:s|ing|ings)?|talks|summit|held talks|hosted|conference|consultations|discussions?|briefed|held a (?:phone |telephone )?call|spoke by (?:tele)?phone)\b/i },
  { type: 'agreement', pattern: /\b(?:sign(?:ed|s|ing)?|inked|struck|concluded|reached|clinched|agreed|elevat(?:ed|ing)|upgrad(?:ed|ing)|scrap(?:ped|ping|s)?)\b/i, requires: PACT },
  { type: 'exercise', pattern: /\b(?:(?:joint |military |naval |air |live-fire |anti-terror(?:ism|ist) )*(?:exercises?|drills?|war ?games|manoeuvres|maneuvers)|joint patrols?)\b/i },
] as Omit<EventTrigger, 'keywords'>[]).map((t) => ({
  ...t,
  keywords: KEYWORDS[t.type as TriggerType],
  requiresKeywords: t.type === 'arms transfer' ? ARMS_KEYWORDS : t.type === 'UN action' ? UN_KEYWORDS : t.type === 'agreement' ? AGREEMENT_KEYWORDS : undefined,
}));

/** A trigger preceded closely by one of these is a possibility, not an event (`would come with a trip`). */
export const HYPOTHETICAL = /\b(?:would|could|might|may|should|will|if|unless|whether|plans? to|planned to|hopes? to|wants? to|seeks? to|threaten(?:s|ed)? to|possible|potential|proposed|planned|promise of|prospect of|to discuss|discussing|discussed|negotiat\w*|talks on|talk about|ready to|willing to|intends? to|expected to|set to)\b(?:\s+\S+){0,4}\s*$/i;

/** A deal that is a figure of speech, not a transaction (`a better deal`, `a great deal of`). */
export const NOT_A_DEAL = /\b(?:better|good|great|big|raw|fair|bad|whole)\s+$/i;

/** Which actors of the sentence take part, by event type: all people, and states or bodies near the trigger. */
export const EVENT_ACTOR_KINDS: Record<EventType, { people: boolean; near: ('country' | 'organisation' | 'military' | 'armed group')[] }> = {
  visit: { people: true, near: [] },
  meeting: { people: true, near: ['country', 'organisation', 'military'] },
  coup: { people: false, near: ['military', 'armed group'] },
  'UN action': { people: false, near: ['country', 'organisation', 'military'] },
  sanction: { people: false, near: ['country', 'organisation'] },
  'arms transfer': { people: false, near: ['country', 'military', 'organisation'] },
  agreement: { people: false, near: ['country', 'organisation', 'military'] },
  exercise: { people: false, near: ['country', 'military', 'organisation'] },
  statement: { people: true, near: [] },
};

/** How a sentence opening refers back to an event of each type (`The visit included meetings …`). */
export const ANAPHOR_NOUNS: Record<EventType, readonly string[]> = {
  visit: ['visit', 'trip', 'tour'],
  meeting: ['meeting', 'talks', 'summit', 'conference'],
  coup: ['coup', 'takeover', 'putsch'],
  'arms transfer': ['deal', 'contract', 'purchase', 'sale', 'delivery', 'order'],
  sanction: ['sanctions', 'embargo'],
  'UN action': ['resolution', 'vote', 'veto'],
  agreement: ['agreement', 'pact', 'accord', 'treaty', 'memorandum'],
  exercise: ['exercise', 'drill', 'drills', 'manoeuvres'],
  statement: ['statement', 'remarks', 'comments'],
};

/** Nouns that name an event already reported when `the` comes before them (`the visit`, `the deal`). */
export const EVENT_NOUN = /^(?:visit|trip|meeting|talks|summit|conference|coup|deals?|contracts?|sanctions?|agreements?|pacts?|exercises?|drills?)$/i;
