// Words of attribution, as data: the verbs that report speech (every form news writing uses), the
// adverbials that may stand between a subject and its verb, and the heads of phrases that speak as
// bodies (organisations, documents, groups). The quote stage (stages/04-quotes.ts) reads these.
import { CAPITALS as CAPITALS_BY_ISO3 } from '../../entities/metonym-lexicon.js';
import { lookupEntity } from '../../entities/registry.js';

const BASES: readonly (readonly [string, string, string, string])[] = [
  // base, 3rd person, past, -ing
  ['say', 'says', 'said', 'saying'],
  ['tell', 'tells', 'told', 'telling'],
  ['add', 'adds', 'added', 'adding'],
  ['note', 'notes', 'noted', 'noting'],
  ['state', 'states', 'stated', 'stating'],
  ['explain', 'explains', 'explained', 'explaining'],
  ['argue', 'argues', 'argued', 'arguing'],
  ['warn', 'warns', 'warned', 'warning'],
  ['insist', 'insists', 'insisted', 'insisting'],
  ['claim', 'claims', 'claimed', 'claiming'],
  ['complain', 'complains', 'complained', 'complaining'],
  ['ask', 'asks', 'asked', 'asking'],
  ['reply', 'replies', 'replied', 'replying'],
  ['respond', 'responds', 'responded', 'responding'],
  ['write', 'writes', 'wrote', 'writing'],
  ['tweet', 'tweets', 'tweeted', 'tweeting'],
  ['post', 'posts', 'posted', 'posting'],
  ['announce', 'announces', 'announced', 'announcing'],
  ['declare', 'declares', 'declared', 'declaring'],
  ['acknowledge', 'acknowledges', 'acknowledged', 'acknowledging'],
  ['admit', 'admits', 'admitted', 'admitting'],
  ['concede', 'concedes', 'conceded', 'conceding'],
  ['recall', 'recalls', 'recalled', 'recalling'],
  ['observe', 'observes', 'observed', 'observing'],
  ['remark', 'remarks', 'remarked', 'remarking'],
  ['suggest', 'suggests', 'suggested', 'suggesting'],
  ['predict', 'predicts', 'predicted', 'predicting'],
  ['caution', 'cautions', 'cautioned', 'cautioning'],
  ['stress', 'stresses', 'stressed', 'stressing'],
  ['emphasise', 'emphasises', 'emphasised', 'emphasising'],
  ['emphasize', 'emphasizes', 'emphasized', 'emphasizing'],
  ['underline', 'underlines', 'underlined', 'underlining'],
  ['underscore', 'underscores', 'underscored', 'underscoring'],
  ['urge', 'urges', 'urged', 'urging'],
  ['pledge', 'pledges', 'pledged', 'pledging'],
  ['vow', 'vows', 'vowed', 'vowing'],
  ['promise', 'promises', 'promised', 'promising'],
  ['deny', 'denies', 'denied', 'denying'],
  ['reiterate', 'reiterates', 'reiterated', 'reiterating'],
  ['continue', 'continues', 'continued', 'continuing'],
  ['conclude', 'concludes', 'concluded', 'concluding'],
  ['counter', 'counters', 'countered', 'countering'],
  ['quip', 'quips', 'quipped', 'quipping'],
  ['lament', 'laments', 'lamented', 'lamenting'],
  ['describe', 'describes', 'described', 'describing'],
  ['call', 'calls', 'called', 'calling'],
  ['accuse', 'accuses', 'accused', 'accusing'],
  ['maintain', 'maintains', 'maintained', 'maintaining'],
  ['contend', 'contends', 'contended', 'contending'],
  ['believe', 'believes', 'believed', 'believing'],
  ['think', 'thinks', 'thought', 'thinking'],
  ['wonder', 'wonders', 'wondered', 'wondering'],
  ['shout', 'shouts', 'shouted', 'shouting'],
  ['confirm', 'confirms', 'confirmed', 'confirming'],
  ['allege', 'alleges', 'alleged', 'alleging'],
  ['praise', 'praises', 'praised', 'praising'],
  ['laud', 'lauds', 'lauded', 'lauding'],
  ['hail', 'hails', 'hailed', 'hailing'],
  ['welcome', 'welcomes', 'welcomed', 'welcoming'],
  ['condemn', 'condemns', 'condemned', 'condemning'],
  ['criticise', 'criticises', 'criticised', 'criticising'],
  ['criticize', 'criticizes', 'criticized', 'criticizing'],
  ['slam', 'slams', 'slammed', 'slamming'],
  ['blast', 'blasts', 'blasted', 'blasting'],
  ['dismiss', 'dismisses', 'dismissed', 'dismissing'],
  ['reject', 'rejects', 'rejected', 'rejecting'],
  ['demand', 'demands', 'demanded', 'demanding'],
  ['express', 'expresses', 'expressed', 'expressing'],
  ['reaffirm', 'reaffirms', 'reaffirmed', 'reaffirming'],
  ['affirm', 'affirms', 'affirmed', 'affirming'],
  ['assert', 'asserts', 'asserted', 'asserting'],
  ['point out', 'points out', 'pointed out', 'pointing out'],
  ['report', 'reports', 'reported', 'reporting'],
  ['describe', 'describes', 'described', 'describing'],
  ['characterise', 'characterises', 'characterised', 'characterising'],
  ['characterize', 'characterizes', 'characterized', 'characterizing'],
  ['label', 'labels', 'labelled', 'labelling'],
  ['brand', 'brands', 'branded', 'branding'],
  ['dub', 'dubs', 'dubbed', 'dubbing'],
  ['term', 'terms', 'termed', 'terming'],
  ['instruct', 'instructs', 'instructed', 'instructing'],
  ['expect', 'expects', 'expected', 'expecting'],
  ['hope', 'hopes', 'hoped', 'hoping'],
  ['recommend', 'recommends', 'recommended', 'recommending'],
  ['propose', 'proposes', 'proposed', 'proposing'],
  ['tell reporters', 'tells reporters', 'told reporters', 'telling reporters'],
  ['quote', 'quotes', 'quoted', 'quoting'],
  ['cite', 'cites', 'cited', 'citing'],
  ['thank', 'thanks', 'thanked', 'thanking'],
  ['assure', 'assures', 'assured', 'assuring'],
  ['threaten', 'threatens', 'threatened', 'threatening'],
  ['boast', 'boasts', 'boasted', 'boasting'],
  ['joke', 'jokes', 'joked', 'joking'],
  ['recount', 'recounts', 'recounted', 'recounting'],
  ['reveal', 'reveals', 'revealed', 'revealing'],
  ['indicate', 'indicates', 'indicated', 'indicating'],
  ['highlight', 'highlights', 'highlighted', 'highlighting'],
  ['mention', 'mentions', 'mentioned', 'mentioning'],
  ['blame', 'blames', 'blamed', 'blaming'],
  ['decry', 'decries', 'decried', 'decrying'],
  ['deplore', 'deplores', 'deplored', 'deploring'],
  ['insist', 'insists', 'insisted', 'insisting'],
  ['add', 'adds', 'added', 'adding'],
  ['speak', 'speaks', 'spoke', 'speaking'],
  // American spellings of the doubled-consonant forms.
  ['label', 'labels', 'labeled', 'labeling'],
  ['denounce', 'denounces', 'denounced', 'denouncing'],
  ['comment', 'comments', 'commented', 'commenting'],
  ['answer', 'answers', 'answered', 'answering'],
  ['fear', 'fears', 'feared', 'fearing'],
  ['lash out', 'lashes out', 'lashed out', 'lashing out'],
  // `As X put it, …`
  ['put it', 'puts it', 'put it', 'putting it'],
  // `“…,” read a statement from the presidency` · `The statement read: “…”`
  ['read', 'reads', 'read', 'reading'],
  // `referred to Huawei as “Chinese espionage”`
  ['refer', 'refers', 'referred', 'referring'],
  // `The report found that exports had “fallen sharply”` (with `that`, a colon or a quotation only)
  ['find', 'finds', 'found', 'finding'],
  // `appealed for “maximum restraint”`, `pleaded for “calm”`
  ['appeal', 'appeals', 'appealed', 'appealing'],
  ['plead', 'pleads', 'pleaded', 'pleading'],
];

/** Capitalised verbs that open an inverted attribution (`Writes Alex de Waal: “…”`): never the start of a name. */
export const OPENING_VERBS = ['Says', 'Adds', 'Writes', 'Notes', 'Explains', 'Argues', 'Warns', 'Insists', 'Recalls', 'Observes', 'Concludes', 'Said', 'Added', 'Wrote', 'Noted'];

/** Every form of every verb that can report speech, plus `according to`. */
export const SPEECH_VERB_FORMS: ReadonlySet<string> = new Set([...BASES.flatMap((b) => [...b]), 'according to', 'According to', 'in the words of', 'In the words of']);

/** After these words a verb is not reporting speech (`called on X to`, `said to be`, `told to leave`, `expected to`). */
export const NON_SPEECH_AFTER_VERB = /^\s+(?:on\s+\w+(?:\s+\w+)?\s+to\b|to\s+(?:be|have|leave|stop|go|take|visit|meet|attend|sign|buy|receive|deliver|start|begin|become)\b|off\b|up\b|in\s+(?:at|on)\b|for\s+(?:a|an|the)\s+(?:meeting|vote|ceasefire|summit))/i;

/**
 * Words that may stand between a subject and its verb, stripped from the end of the text before a
 * verb (repeatedly): `X also said`, `X said on Monday`, `X, in a statement, said`, `X told reporters`.
 */
export const TRAILING_ADVERBIALS =
  /(?:[\s,]+(?:also|too|later|then|again|further|reportedly|openly|previously|earlier|separately|recently|once|publicly|privately|repeatedly|bluntly|simply|often|flatly|quickly|firmly|strongly|clearly|has|had|have|will|would|could|may|might|did|does|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|last\s+(?:week|month|year)|this\s+(?:week|month)|on\s+\w+|for\s+(?:his|her|its|their|our)\s+part|in\s+(?:turn|response|reply)|however|meanwhile|though|in\s+(?:an?|the|its|his|her|their)\s+(?:[\p{Ll}-]+\s+)?(?:interview|statement|speech|post|address|letter|briefing|report|message)(?:\s+(?:with|to|on|posted\s+on|published\s+on|published\s+by|issued\s+by|released\s+by|carried\s+by|broadcast\s+on|aired\s+on)\s+(?:the\s+)?(?:[\p{Lu}][\p{L}\p{N}'’.-]*\s*){1,4})?|at\s+(?:a|the)\s+(?:news\s+conference|press\s+conference|briefing|meeting)|in\s+[\p{Lu}][\p{L}]+|,))+[\s,]*$/u;

/** Heads of phrases that speak as a body, not a person. */
export const ORGANISATION_HEADS: ReadonlySet<string> = new Set([
  'ministry', 'ministries', 'government', 'embassy', 'mission', 'council', 'office', 'presidency', 'kremlin', 'agency',
  'media', 'television', 'tv', 'news', 'broadcaster', 'newspaper', 'committee', 'commission', 'department', 'army', 'military',
  'junta', 'navy', 'force', 'forces', 'regime', 'administration', 'cabinet', 'parliament', 'assembly', 'company', 'firm',
  'group', 'party', 'institute', 'organisation', 'organization', 'alliance', 'bloc', 'union', 'bank', 'court', 'secretariat',
  'spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'service', 'services', 'authority', 'authorities', 'palace',
  'pentagon', 'house', 'delegation', 'leadership', 'command', 'headquarters', 'staff', 'team', 'panel', 'monitor', 'watchdog',
  'corporation', 'exporter', 'manufacturer', 'maker', 'tass', 'xinhua', 'reuters', 'ria', 'interfax', 'yonhap', 'kcna',
]);

/** Heads of phrases naming the press: when it `reported` what someone said, the someone is the speaker. */
export const MEDIA_HEADS: ReadonlySet<string> = new Set([
  'media', 'television', 'tv', 'news', 'broadcaster', 'newspaper', 'agency', 'outlet', 'outlets', 'daily', 'press', 'radio',
  'tass', 'xinhua', 'reuters', 'ria', 'interfax', 'yonhap', 'kcna', 'afp', 'ap', 'bbc', 'cnn', 'irna', 'wam', 'spa', 'bernama', 'antara',
]);

/** Heads of phrases naming a text that speaks (`the statement said`, `the resolution demands`). */
export const DOCUMENT_HEADS: ReadonlySet<string> = new Set([
  'statement', 'statements', 'resolution', 'report', 'letter', 'communique', 'communiqué', 'declaration', 'document',
  'plan', 'consensus', 'agreement', 'treaty', 'memo', 'memorandum', 'post', 'tweet', 'release', 'notice', 'commentary',
  'readout', 'transcript', 'text', 'draft', 'proposal', 'editorial', 'article', 'decree', 'order', 'ruling', 'bill',
]);

/** Plural nouns for people speaking together (`analysts said`, `diplomats said`). */
export const GROUP_PLURALS: ReadonlySet<string> = new Set([
  'analysts', 'officials', 'experts', 'diplomats', 'critics', 'observers', 'sources', 'residents', 'witnesses', 'activists',
  'lawmakers', 'protesters', 'researchers', 'economists', 'commentators', 'people', 'villagers', 'soldiers', 'leaders',
  'ministers', 'members', 'delegates', 'envoys', 'representatives', 'authorities', 'organisers', 'organizers', 'scholars',
]);

/** A capital standing for its government: `Beijing` → `China`. */
export const CAPITALS: ReadonlyMap<string, string> = new Map(
  Object.entries(CAPITALS_BY_ISO3).flatMap(([iso3, names]) => {
    const country = lookupEntity(iso3)?.name;
    return country ? names.map((n) => [n, country] as const) : [];
  }),
);

const forms = (bases: string[]): ReadonlySet<string> => new Set(BASES.filter((b) => bases.includes(b[0])).flatMap((b) => [...b]));

/**
 * Verbs that report speech only with `that`, a colon or a quotation right after them, or right after
 * a quotation (`“…,” he continued`): `fighting has continued`, `he expects a deal` report none.
 */
export const NEEDS_THAT: ReadonlySet<string> = forms([
  'continue', 'believe', 'think', 'expect', 'hope', 'propose', 'recommend', 'indicate', 'reveal', 'mention', 'highlight',
  'report', 'confirm', 'express', 'assure', 'threaten', 'instruct', 'recall', 'wonder', 'predict', 'suggest', 'fear',
  'comment', 'answer', 'read', 'find',
]);

/**
 * Of those, the ones that report words when a quotation opens just after them (`instructs members
 * to “stand firm”`, `suggested it was “a mistake”`); `will continue to “support”` reports none.
 */
export const QUOTE_NEAR: ReadonlySet<string> = forms([
  'propose', 'recommend', 'assure', 'threaten', 'instruct', 'recall', 'wonder', 'predict', 'suggest', 'fear', 'comment', 'answer',
]);

/**
 * Verbs that report words only when a quotation is in their sentence (`called the move “reckless”`,
 * `praised the deal as “historic”`) or with `that`: `called off`, `praised the troops` report none.
 */
export const NEEDS_QUOTE: ReadonlySet<string> = forms([
  'call', 'describe', 'characterise', 'characterize', 'label', 'brand', 'dub', 'term', 'praise', 'laud', 'hail', 'welcome',
  'condemn', 'criticise', 'criticize', 'slam', 'blast', 'dismiss', 'reject', 'blame', 'thank', 'accuse', 'decry', 'deplore',
  'demand', 'quote', 'cite', 'speak', 'denounce', 'lash out', 'refer', 'appeal', 'plead',
]);

/** Verbs that go on with what was being said (`added`, `continued`, `went on`). */
export const CONTINUING = /^(?:add(?:s|ed|ing)?|continu(?:es|ed|ing)|went\s+on|goes\s+on|concluded|concludes)$/i;

/** What an author does to each kind of text (`X wrote` a letter, `X posted` a post, `X reported` a report). */
export const AUTHOR_VERBS: Record<string, string> = {
  letter: 'wrote|writes|sent|sends|penned|addressed|signed',
  post: 'wrote|writes|posted|posts|tweeted|tweets',
  tweet: 'wrote|writes|posted|posts|tweeted|tweets',
  report: 'reported|reports|published|publishes',
  article: 'wrote|writes|penned|published',
  editorial: 'wrote|writes|published|publishes|ran|runs',
  commentary: 'wrote|writes|published|publishes|ran|runs',
};

/** Nouns for a news outlet that name none (`the newspaper`, `the agency`). */
export const GENERIC_MEDIA = new Set(['newspaper', 'paper', 'agency', 'broadcaster', 'outlet', 'daily', 'channel', 'network', 'website', 'magazine', 'tabloid', 'weekly']);
