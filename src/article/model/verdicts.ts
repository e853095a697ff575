// Thresholds that turn figures into verdicts. Shares are fractions (0..1).

/** `nearly as much`: the ratio A/B that still reads as "nearly as much", and beyond which it is "more". */
export const NEARLY_AS_MUCH = { min: 0.8, max: 1.05, mixedMin: 0.6 };
/** `as much as` with no qualifier: within ±10 %. */
export const AS_MUCH_AS = { min: 0.9, max: 1.1, mixedMin: 0.7 };
/** A stated share within this many percentage points is supported; within twice as many, mixed. */
export const SHARE_TOLERANCE = 0.05;
/** `mainly`/`mostly` for a kind of weapon: at least this much of the supplier's deliveries. */
export const MAINLY = 0.5;
/** Rank `top`: a runner-up within this many points makes the claim mixed rather than contradicted. */
export const CLOSE_SECOND = 0.03;
/** `ever more important`: the recent share must beat the earlier one by this many points. */
export const RISING_MARGIN = 0.05;
/** Fractions the text may use for a share. */
export const FRACTIONS: Record<string, number> = {
  half: 0.5, 'a third': 1 / 3, 'one third': 1 / 3, 'one-third': 1 / 3, 'two thirds': 2 / 3, 'two-thirds': 2 / 3,
  'a quarter': 0.25, 'one quarter': 0.25, 'one-quarter': 0.25, 'three quarters': 0.75, 'three-quarters': 0.75,
  'a fifth': 0.2, 'the majority': 0.5, 'the bulk': 0.5,
};
/** States whose history SIPRI keeps apart from their successor's: noted when they appear. */
export const PREDECESSORS: Record<string, string[]> = {
  RUS: ['Soviet Union'],
  DEU: ['West Germany (FRG)', 'East Germany (GDR)', 'East Germany', 'West Germany'],
  SRB: ['Yugoslavia', 'Serbia and Montenegro'],
  CZE: ['Czechoslovakia'],
  SVK: ['Czechoslovakia'],
};
/** `a major supplier`, `one of the main suppliers`: among this many first suppliers. */
export const AMONG_TOP = 3;

/** The datasets that would settle a claim outside the arms-transfer data, by what it measures. */
export const DATASETS_FOR: Record<string, string> = {
  'UN vote': 'the UN Security Council voting record (Dag Hammarskjöld Library: drafts, votes and vetoes) and the General Assembly roll-call votes (Voeten’s UN voting data)',
  veto: 'the UN Security Council voting record and veto list (Dag Hammarskjöld Library)',
  blocking: 'the UN Security Council voting record and veto list (Dag Hammarskjöld Library)',
  trade: 'the IMF Direction of Trade Statistics (bilateral goods trade, both partners’ reports)',
  investment: 'the China Global Investment Tracker (AEI) for Chinese investment, and the IMF’s direct investment positions for the rest',
  lending: 'AidData’s Global Chinese Development Finance dataset for Chinese loans and grants',
  'military spending': 'SIPRI’s Military Expenditure Database',
  GDP: 'national accounts (IMF World Economic Outlook, World Bank)',
};

/** Reporting names and makers' names the register writes otherwise (`Kilo` is SIPRI's `Project-636`). */
export const WEAPON_ALIASES: Record<string, string[]> = {
  kilo: ['project636', 'project877'],
  fulcrum: ['mig29'],
  flanker: ['su27', 'su30', 'su35'],
  foxbat: ['mig25'],
  hind: ['mi24', 'mi35'],
  hip: ['mi8', 'mi17'],
  tomcat: ['f14'],
  phantom: ['f4'],
  tiger: ['f5'],
  falcon: ['f16'],
  scorpene: ['scorpene'],
  typhoon: ['typhoon', 'eurofighter'],
};

/** A text figure against SIPRI's TIV: why the two are not comparable, said once for every such claim. */
export const TIV_NOT_MONEY = 'SIPRI’s trend-indicator value (TIV) measures the military capability transferred at constant prices, not what was paid, so a price in money cannot be set against it';
