// Words around a person's name that give the person's role: titles printed before a name
// (`Defense Minister Sergei Shoigu`), role nouns in lower case (`junta leader Min Aung Hlaing`,
// `a security analyst with Janes`) and honorifics that also give a gender.

/** Capitalised titles; the last one in a run ends the role and the name follows. */
export const TITLE_WORDS = new Set([
  'President', 'Vice', 'Prime', 'Minister', 'Ministers', 'Secretary', 'Secretary-General', 'Undersecretary',
  'Chancellor', 'Premier', 'General', 'Gen.', 'Gen', 'Lieutenant', 'Lt.', 'Colonel', 'Col.', 'Admiral', 'Adm.',
  'Major', 'Maj.', 'Captain', 'Capt.', 'Brigadier', 'Marshal', 'Commander', 'Senator', 'Sen.', 'Rep.',
  'Representative', 'Congressman', 'Congresswoman', 'Governor', 'Gov.', 'Ambassador', 'Envoy', 'Spokesman',
  'Spokeswoman', 'Spokesperson', 'Chief', 'Director', 'Director-General', 'King', 'Queen', 'Prince', 'Princess',
  'Emir', 'Sheikh', 'Sultan', 'Pope', 'Chairman', 'Chairwoman', 'Chair', 'Leader', 'Mayor', 'Judge', 'Justice',
  'Deputy', 'Foreign', 'Defense', 'Defence', 'Interior', 'Finance', 'Senior', 'State', 'Councillor', 'Counsellor',
  'President-elect', 'Crown', 'Supreme', 'Commander-in-Chief', 'Dr', 'Dr.', 'Professor', 'Prof.', 'Mr', 'Mr.',
  'Mrs', 'Mrs.', 'Ms', 'Ms.', 'Miss', 'Sir', 'Dame', 'Lord', 'Rev.', 'Father', 'Archbishop', 'Ayatollah',
  'Speaker', 'Attorney', 'Officer', 'Sergeant', 'Sgt.', 'Corporal', 'Cpl.', 'Private', 'Pvt.', 'U', 'Hon', 'Hon.',
  // Ranks written without a period or hyphenated, British and Commonwealth style (`Lt Gen`, `Lt-Gen`, `Maj-Gen`).
  'Lt', 'Maj', 'Brig', 'Col', 'Capt', 'Adm', 'Sgt', 'Lt-Gen', 'Lt-Col', 'Maj-Gen', 'Brig-Gen', 'Vice-Adm', 'Rear-Adm',
  'Lt.-Gen.', 'Maj.-Gen.', 'Lt.-Col.', 'Brig.-Gen.',
]);

/** Titles that name a role on their own: a run of title words needs one of these to be a role. */
export const HEAD_TITLES = new Set([
  'President', 'Minister', 'Secretary', 'Secretary-General', 'Undersecretary', 'Chancellor', 'Premier', 'General',
  'Gen.', 'Gen', 'Lieutenant', 'Lt.', 'Colonel', 'Col.', 'Admiral', 'Adm.', 'Major', 'Maj.', 'Captain', 'Capt.',
  'Brigadier', 'Marshal', 'Commander', 'Senator', 'Sen.', 'Rep.', 'Representative', 'Congressman',
  'Congresswoman', 'Governor', 'Gov.', 'Ambassador', 'Envoy', 'Spokesman', 'Spokeswoman', 'Spokesperson', 'Chief',
  'Director', 'Director-General', 'King', 'Queen', 'Prince', 'Princess', 'Emir', 'Sheikh', 'Sultan', 'Pope',
  'Chairman', 'Chairwoman', 'Chair', 'Leader', 'Mayor', 'Judge', 'Justice', 'President-elect',
  'Commander-in-Chief', 'Dr', 'Dr.', 'Professor', 'Prof.', 'Mr', 'Mr.', 'Mrs', 'Mrs.', 'Ms', 'Ms.', 'Miss', 'Sir',
  'Dame', 'Lord', 'Rev.', 'Father', 'Archbishop', 'Ayatollah', 'Speaker', 'Councillor', 'Counsellor', 'Sergeant',
  'Sgt.', 'Officer', 'Attorney', 'Lt', 'Maj', 'Brig', 'Col', 'Capt', 'Adm', 'Sgt', 'Lt-Gen', 'Lt-Col', 'Maj-Gen', 'Brig-Gen',
  'Vice-Adm', 'Rear-Adm', 'Lt.-Gen.', 'Maj.-Gen.', 'Lt.-Col.', 'Brig.-Gen.',
]);

/**
 * The words of a title's complement after `of` (`Minister of Foreign Affairs`, `Secretary of State`,
 * `Chief of the General Staff`): a department, never a name.
 */
export const COMPLEMENT_WORDS = new Set([
  'Foreign', 'Affairs', 'State', 'Defence', 'Defense', 'National', 'Interior', 'Home', 'Finance', 'Economy',
  'Economic', 'Trade', 'Commerce', 'Industry', 'Justice', 'Health', 'Energy', 'Agriculture', 'Education',
  'Information', 'Planning', 'Security', 'Development', 'Investment', 'Culture', 'Transport', 'Labour', 'Labor',
  'Environment', 'Treasury', 'Mines', 'Petroleum', 'Communications', 'Immigration', 'Tourism', 'Works', 'Relations',
  'Cooperation', 'Co-operation', 'International', 'Integration', 'Power', 'Resources', 'Public', 'General', 'Staff',
  'Armed', 'Forces', 'Army', 'Navy', 'Air', 'Force', 'Police', 'Homeland', 'Veterans', 'Science',
  'Technology', 'Digital', 'Overseas', 'Expatriates', 'Religious', 'Water',
  // Regions a post covers (`Special Envoy for South Asia`, `Assistant Secretary for East Asian and Pacific Affairs`).
  'South', 'North', 'East', 'West', 'Southeast', 'Central', 'Middle', 'Latin', 'Asia', 'Asian', 'Africa', 'African',
  'Europe', 'European', 'America', 'Americas', 'American', 'Pacific', 'Gulf', 'Arctic', 'Eurasia', 'Eurasian',
]);

/** Honorifics that give a gender. */
export const HONORIFIC_GENDER: Record<string, 'm' | 'f'> = {
  Mr: 'm', 'Mr.': 'm', Sir: 'm', Lord: 'm', King: 'm', Prince: 'm', Emir: 'm', Sultan: 'm', Pope: 'm', Father: 'm',
  Mrs: 'f', 'Mrs.': 'f', Ms: 'f', 'Ms.': 'f', Miss: 'f', Dame: 'f', Queen: 'f', Princess: 'f', Congresswoman: 'f',
  Chairwoman: 'f', Spokeswoman: 'f', Congressman: 'm', Chairman: 'm', Spokesman: 'm', Daw: 'f',
};

/** Lower-case nouns that make the name next to them a person (`analyst Anthony Davis`, `X, a Myanmar analyst`). */
export const ROLE_NOUNS = new Set([
  'analyst', 'analysts', 'expert', 'researcher', 'scholar', 'professor', 'fellow', 'director', 'head', 'chief',
  'leader', 'minister', 'spokesman', 'spokeswoman', 'spokesperson', 'official', 'diplomat', 'ambassador', 'envoy',
  'general', 'commander', 'president', 'premier', 'chairman', 'chairwoman', 'chair', 'secretary', 'lawmaker',
  'legislator', 'senator', 'governor', 'mayor', 'activist', 'journalist', 'editor', 'correspondent', 'economist',
  'adviser', 'advisor', 'consultant', 'strategist', 'founder', 'co-founder', 'ceo', 'executive', 'officer',
  'lecturer', 'associate', 'representative', 'negotiator', 'dictator', 'strongman', 'ruler', 'king', 'queen',
  'prince', 'emir', 'monarch', 'colonel', 'admiral', 'lieutenant', 'captain', 'spokesperson', 'commentator',
  'historian', 'specialist', 'observer', 'author', 'writer', 'reporter', 'columnist', 'student', 'teacher',
  'lawyer', 'attorney', 'judge', 'prosecutor', 'politician', 'candidate', 'opposition', 'dissident', 'monk',
  'manager', 'vice-president', 'deputy', 'counsellor', 'councillor', 'member', 'mp', 'congressman',
  'congresswoman', 'undersecretary', 'secretary-general', 'coordinator', 'organiser', 'organizer', 'partner',
  'investigator', 'inspector', 'pilot', 'soldier', 'veteran', 'resident', 'worker', 'farmer', 'doctor', 'nurse',
  'scientist', 'engineer', 'economist', 'banker', 'trader', 'businessman', 'businesswoman', 'tycoon', 'warlord',
  'militant', 'fighter', 'rebel', 'insurgent', 'general-secretary', 'physician', 'ambassador-at-large',
  'ayatollah', 'sheikh', 'sultan', 'chancellor', 'commissioner', 'attaché', 'attache', 'marshal', 'brigadier',
  'counterpart', 'rapporteur', 'major', 'sergeant', 'major-general', 'lieutenant-general', 'vice-admiral', 'rear-admiral', 'cleric', 'imam', 'bishop',
]);

/** Words that open an appositive role after a name: `Anthony Davis, a …`, `Ye Myo Hein, who heads …`. */
export const APPOSITIVE_OPENERS = /^,\s+(?:(?:a|an|another|the|one of the|one of|who|which|whose|its|his|her|their|[\p{Lu}][\p{L}'’.-]*(?:['’]s)?)\b)/u;

/** `who heads X` → `head of X`: verbs that state a post in a relative clause. */
export const RELATIVE_ROLE_VERBS: Record<string, string> = {
  heads: 'head of', headed: 'former head of', leads: 'leader of', led: 'former leader of', runs: 'head of',
  directs: 'director of', chairs: 'chair of', founded: 'founder of', 'co-founded': 'co-founder of',
  teaches: 'teaches', studies: 'studies', researches: 'researches', advises: 'adviser to', represents: 'representative of',
  commands: 'commander of', oversees: 'overseer of', manages: 'manager of', edits: 'editor of', covers: 'covers',
  is: '', was: 'former', works: 'works', worked: 'worked',
};
