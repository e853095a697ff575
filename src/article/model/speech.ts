// Verbs and phrases that introduce what someone said. A quote is given to a person only through one
// of these; `agreed`, `signed` or `included` never make a speaker.

export const SPEECH_VERBS = [
  'said', 'says', 'say', 'saying', 'told', 'tells', 'tell', 'added', 'adds', 'noted', 'notes', 'stated', 'states',
  'explained', 'explains', 'argued', 'argues', 'warned', 'warns', 'insisted', 'insists', 'claimed', 'claims',
  'complained', 'complains', 'asked', 'asks', 'replied', 'replies', 'responded', 'responds', 'wrote', 'writes',
  'tweeted', 'posted', 'announced', 'announces', 'declared', 'declares', 'acknowledged', 'acknowledges',
  'admitted', 'admits', 'conceded', 'concedes', 'recalled', 'recalls', 'observed', 'observes', 'remarked',
  'suggested', 'suggests', 'predicted', 'predicts', 'cautioned', 'cautions', 'stressed', 'stresses',
  'emphasised', 'emphasized', 'emphasises', 'emphasizes', 'urged', 'urges', 'pledged', 'pledges', 'vowed', 'vows',
  'promised', 'promises', 'denied', 'denies', 'reiterated', 'reiterates', 'continued', 'concluded', 'countered',
  'quipped', 'lamented', 'laments', 'described', 'describes', 'called', 'calls', 'accused', 'accuses',
  'maintained', 'maintains', 'contended', 'contends', 'believes', 'believed', 'thinks', 'wondered', 'shouted',
  'told reporters', 'confirmed', 'confirms', 'alleged', 'alleges', 'agreed',
] as const;

/** Verbs that report speech only with `that` after them (`agreed that …`); `agreed to the plan` is an act. */
export const SPEECH_VERBS_NEEDING_THAT = new Set(['agreed', 'believes', 'believed', 'thinks', 'confirmed', 'confirms', 'continued']);

/** Verbs that report speech with `that` or with a quotation in the same sentence (`called the move “reckless”`). */
export const SPEECH_VERBS_NEEDING_THAT_OR_QUOTE = new Set(['called', 'calls', 'described', 'describes', 'accused', 'accuses', 'complained', 'complains']);

/** Nouns for a text (not a person) that can be the source of a quotation. */
export const DOCUMENT_NOUNS = [
  'plan', 'consensus', 'statement', 'resolution', 'report', 'agreement', 'declaration', 'communique', 'communiqué',
  'letter', 'memo', 'memorandum', 'document', 'law', 'treaty', 'charter', 'order', 'decree', 'text', 'accord',
  'proposal', 'roadmap', 'road map', 'joint statement', 'press release', 'release', 'constitution', 'bill',
  'directive', 'guidelines', 'manifesto', 'ruling', 'verdict', 'indictment', 'filing', 'post', 'tweet', 'notice',
];
