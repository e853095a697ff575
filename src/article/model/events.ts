// What makes a sentence report an event, by type. Each trigger is a regular expression over the
// sentence text outside quotations; `requires` names words one of which must also be there.
import type { EventType } from '../types.js';

export interface EventTrigger {
  type: EventType;
  pattern: RegExp;
  /** A second cue the sentence must carry (arms words for a deal, the UN for a UN action). */
  requires?: RegExp;
}

const ARMS = /\b(?:arms|weapons?|weaponry|military hardware|hardware|jets?|aircraft|planes?|helicopters?|fighters?|missiles?|drones?|tanks?|armou?red vehicles?|submarines?|warships?|frigates?|corvettes?|artillery|howitzers?|rifles?|ammunition|munitions|radars?|air[- ]defen[cs]e|S-\d{3}|Su-\d+|MiG-\d+|Yak-\d+|JF-17|F-\d+)\b/i;

export const EVENT_TRIGGERS: EventTrigger[] = [
  { type: 'coup', pattern: /\b(?:coup(?: d['’]état)?s?|putsch|toppl(?:ed|ing|es?)|overthr(?:ew|own|owing|ow)|ousted|ousting|seiz(?:ed|ing|es?) power|took power|taken power|military takeover)\b/i },
  { type: 'sanctions', pattern: /\b(?:sanction(?:s|ed|ing)?|embargo(?:es|ed)?|blacklist(?:ed|ing)?|asset freezes?|froze (?:the )?assets|travel bans?)\b/i },
  { type: 'UN action', pattern: /\b(?:block(?:ed|ing|s)?|veto(?:ed|es|ing)?|resolution|vot(?:ed|e|es|ing)|adopt(?:ed|s)?|condemn(?:ed|s)?|statement|referr(?:ed|al)|debate[ds]?|session)\b/i, requires: /\b(?:U\.?N\.?|United Nations|Security Council|General Assembly|Human Rights Council)\b/ },
  { type: 'arms deal', pattern: /\b(?:bought|buy(?:s|ing)?|purchas(?:e|es|ed|ing)|acquir(?:e|ed|es|ing)|acquisitions?|order(?:ed|s)?|deliver(?:ed|ies|y|s|ing)?|suppl(?:ied|ies|y|ying)|sold|sell(?:s|ing)?|sales?|deals?|contracts?|transfers?(?:red)?|shipments?|shipped)\b/i, requires: ARMS },
  { type: 'meeting', pattern: /\b(?:met|meet(?:s|ing|ings)?|talks|summit|held talks|hosted|received|conference|consultations|discussions?)\b/i },
  { type: 'visit', pattern: /\b(?:visit(?:ed|ing|s)?|trip to|trips to|travell?(?:ed|ing|s)? to|headed to|heads to|arrived in|arrives in|flew to|flies to|toured|tour of|stop in|journey to|went to)\b/i },
];

/** A trigger preceded closely by one of these is a possibility, not an event (`would come with a trip`). */
export const HYPOTHETICAL = /\b(?:would|could|might|may|should|if|unless|whether|plans? to|hopes? to|wants? to|seeks? to|threaten(?:s|ed)? to|possible|potential|proposed|planned)\b(?:\s+\S+){0,4}\s*$/i;

/** Nouns by which a sentence refers back to an earlier event (`The visit included meetings …`). */
export const EVENT_ANAPHORA: Record<string, EventType> = {
  'the visit': 'visit', 'the trip': 'visit', 'that visit': 'visit', 'his visit': 'visit', 'her visit': 'visit',
  'the meeting': 'meeting', 'the talks': 'meeting', 'the summit': 'meeting', 'the conference': 'meeting',
  'the coup': 'coup', 'the deal': 'arms deal', 'the sanctions': 'sanctions',
};
