// What makes a sentence report an event, by type. Each trigger is a regular expression over the
// sentence text outside quotations; `requires` names words one of which must also be there.
import type { EventType } from '../types.js';

export interface EventTrigger {
  type: EventType;
  pattern: RegExp;
  /** A second cue the sentence must carry (arms words for a deal, the UN for a UN action). */
  requires?: RegExp;
  /** Lower-case substrings one of which a sentence must hold before the pattern is tried. */
  keywords: string[];
  /** The same for `requires`. */
  requiresKeywords?: string[];
}

const KEYWORDS: Record<EventType, string[]> = {
  coup: ['coup', 'putsch', 'toppl', 'overthr', 'oust', 'power', 'takeover'],
  sanctions: ['sanction', 'embargo', 'blacklist', 'asset', 'travel ban'],
  'UN action': ['block', 'veto', 'resolution', 'vot', 'adopt', 'condemn', 'statement', 'referr', 'debate', 'session'],
  'arms deal': ['bought', 'buy', 'purchas', 'acquir', 'acquisition', 'order', 'deliver', 'suppl', 'sold', 'sell', 'sale', 'deal', 'contract', 'transfer', 'shipment', 'shipped'],
  visit: ['visit', 'trip', 'travel', 'headed to', 'heads to', 'arrive', 'flew to', 'flies to', 'tour', 'journey', 'went to'],
  meeting: ['met', 'meet', 'talks', 'summit', 'hosted', 'conference', 'consultation', 'discussion'],
};
const UN_KEYWORDS = ['u.n', 'un ', 'united nations', 'security council', 'general assembly', 'human rights council'];
const ARMS_KEYWORDS = ['arms', 'weapon', 'hardware', 'jet', 'aircraft', 'plane', 'helicopter', 'fighter', 'missile', 'drone', 'tank', 'armor', 'armour', 'submarine', 'warship', 'frigate', 'corvette', 'artillery', 'howitzer', 'rifle', 'ammunition', 'munition', 'radar', 'air defen', 'air-defen', 's-', 'su-', 'mig-', 'yak-', 'jf-17', 'f-'];

const ARMS = /\b(?:arms|weapons?|weaponry|military hardware|hardware|jets?|aircraft|planes?|helicopters?|fighters?|missiles?|drones?|tanks?|armou?red vehicles?|submarines?|warships?|frigates?|corvettes?|artillery|howitzers?|rifles?|ammunition|munitions|radars?|air[- ]defen[cs]e|S-\d{3}|Su-\d+|MiG-\d+|Yak-\d+|JF-17|F-\d+)\b/i;

export const EVENT_TRIGGERS: EventTrigger[] = ([
  { type: 'coup', pattern: /\b(?:coup(?: d['’]état)?s?|putsch|toppl(?:ed|ing|es?)|overthr(?:ew|own|owing|ow)|ousted|ousting|seiz(?:ed|ing|es?) power|took power|taken power|military takeover)\b/i },
  { type: 'sanctions', pattern: /\b(?:sanction(?:s|ed|ing)?|embargo(?:es|ed)?|blacklist(?:ed|ing)?|asset freezes?|froze (?:the )?assets|travel bans?)\b/i },
  { type: 'UN action', pattern: /\b(?:block(?:ed|ing|s)?|veto(?:ed|es|ing)?|resolution|vot(?:ed|e|es|ing)|adopt(?:ed|s)?|condemn(?:ed|s)?|statement|referr(?:ed|al)|debate[ds]?|session)\b/i, requires: /\b(?:U\.?N\.?|United Nations|Security Council|General Assembly|Human Rights Council)\b/ },
  { type: 'arms deal', pattern: /\b(?:bought|buy(?:s|ing)?|purchas(?:e|es|ed|ing)|acquir(?:e|ed|es|ing)|acquisitions?|order(?:ed|s)?|deliver(?:ed|ies|y|s|ing)?|suppl(?:ied|ies|y|ying)|sold|sell(?:s|ing)?|sales?|deals?|contracts?|transfers?(?:red)?|shipments?|shipped)\b/i, requires: ARMS },
  { type: 'visit', pattern: /\b(?:visit(?:ed|ing|s)?|trip to|trips to|travell?(?:ed|ing|s)? to|headed to|heads to|arrived in|arrives in|flew to|flies to|toured|tour of|journey to|went to)\b/i },
  { type: 'meeting', pattern: /\b(?:met|meet(?:s|ing|ings)?|talks|summit|held talks|hosted|conference|consultations|discussions?)\b/i },
] as Omit<EventTrigger, 'keywords'>[]).map((t) => ({ ...t, keywords: KEYWORDS[t.type], requiresKeywords: t.type === 'arms deal' ? ARMS_KEYWORDS : t.type === 'UN action' ? UN_KEYWORDS : undefined }));

/** A trigger preceded closely by one of these is a possibility, not an event (`would come with a trip`). */
export const HYPOTHETICAL = /\b(?:would|could|might|may|should|will|if|unless|whether|plans? to|hopes? to|wants? to|seeks? to|threaten(?:s|ed)? to|possible|potential|proposed|planned|promise of|prospect of|to discuss|discussing|discussed|negotiat\w*|talks on|talk about)\b(?:\s+\S+){0,4}\s*$/i;

/** A deal that is a figure of speech, not a transaction (`a better deal`, `a great deal of`). */
export const NOT_A_DEAL = /\b(?:better|good|great|big|raw|fair|bad|whole)\s+$/i;

/** Which actors of the sentence take part, by event type: all people, and states or bodies near the trigger. */
export const EVENT_ACTOR_KINDS: Record<EventType, { people: boolean; near: ('country' | 'organisation' | 'military' | 'armed group')[] }> = {
  visit: { people: true, near: [] },
  meeting: { people: true, near: ['country', 'organisation', 'military'] },
  coup: { people: false, near: ['military', 'armed group'] },
  'UN action': { people: false, near: ['country', 'organisation', 'military'] },
  sanctions: { people: false, near: ['country', 'organisation'] },
  'arms deal': { people: false, near: ['country', 'military', 'organisation'] },
};

/** How a sentence opening refers back to an event of each type (`The visit included meetings …`). */
export const ANAPHOR_NOUNS: Record<EventType, string> = {
  visit: '(?:visit|trip|tour)',
  meeting: '(?:meeting|talks|summit|conference)',
  coup: '(?:coup|takeover|putsch)',
  'arms deal': '(?:deal|contract|purchase|sale|delivery)',
  sanctions: '(?:sanctions|embargo)',
  'UN action': '(?:resolution|vote|veto)',
};
