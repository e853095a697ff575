// Actors that are not states, as SIPRI names them: non-state armed groups (SIPRI's `*` suffix),
// multinational organisations (`**`) and SIPRI's two placeholders for an unidentified party.
// Their id is a slug of the name (`MTA (Myanmar)*` → `mta-myanmar`); the country in brackets is
// SIPRI's, not an affiliation of ours.
import type { EntityRecord } from './countries.js';

export const NONSTATE_ACTORS: readonly EntityRecord[] = [
  { name: 'ANC (South Africa)*', aliases: ['ANC', 'African National Congress'] },
  { name: 'Amal (Lebanon)*', aliases: ['Amal'] },
  { name: 'Anti-Castro rebels (Cuba)*' },
  { name: 'Armas (Guatemala)*' },
  { name: 'Contras (Nicaragua)*', aliases: ['Contras'] },
  { name: 'Darfur rebels (Sudan)*' },
  { name: 'ELF (Ethiopia)*', aliases: ['Eritrean Liberation Front'] },
  { name: 'EPLF (Ethiopia)*', aliases: ["Eritrean People's Liberation Front"] },
  { name: 'FAN (Chad)*' },
  { name: 'FMLN (El Salvador)*', aliases: ['FMLN'] },
  { name: 'FNLA (Angola)*', aliases: ['FNLA'] },
  { name: 'FRELIMO (Portugal)*', aliases: ['FRELIMO'] },
  { name: 'GUNT (Chad)*' },
  { name: 'Haiti rebels*' },
  { name: 'Hamas (Palestine)*', aliases: ['Hamas'] },
  { name: 'Hezbollah (Lebanon)*', aliases: ['Hezbollah', 'Hizbollah', 'Hizballah'] },
  { name: 'Houthi rebels (Yemen)*', aliases: ['Houthis', 'Houthi rebels', 'Ansar Allah'] },
  { name: 'Indonesia rebels*' },
  { name: 'Khmer Rouge (Cambodia)*', aliases: ['Khmer Rouge'] },
  { name: 'Kurdistan Regional Government (Iraq)*', aliases: ['Kurdistan Regional Government', 'KRG'] },
  { name: 'LF (Lebanon)*', aliases: ['Lebanese Forces'] },
  { name: 'LRA (Uganda)*', aliases: ["Lord's Resistance Army"] },
  { name: 'LTTE (Sri Lanka)*', aliases: ['LTTE', 'Tamil Tigers'] },
  { name: 'Lebanon Palestinian rebels*' },
  // The Tobruk-based House of Representatives and its LNA forces (Haftar).
  { name: 'Libya HoR*', aliases: ['Libya HoR', 'LNA', 'Libyan National Army'] },
  { name: 'MNLF (Philippines)*', aliases: ['MNLF', 'Moro National Liberation Front'] },
  { name: 'MPLA (Portugal)*', aliases: ['MPLA'] },
  { name: 'MTA (Myanmar)*', aliases: ['MTA', 'Mong Tai Army'] },
  { name: 'Mujahedin (Afghanistan)*', aliases: ['Mujahedin', 'Mujahideen'] },
  { name: 'NLA (Macedonia)*', aliases: ['National Liberation Army (Macedonia)'] },
  { name: 'NTC (Libya)*', aliases: ['NTC', 'National Transitional Council'] },
  { name: 'Northern Alliance (Afghanistan)*', aliases: ['Northern Alliance'] },
  { name: 'PAIGC (Portugal)*', aliases: ['PAIGC'] },
  { name: 'PIJ (Israel/Palestine)*', aliases: ['PIJ', 'Palestinian Islamic Jihad'] },
  { name: 'PKK (Turkiye)*', aliases: ['PKK', 'PKK (Turkey)*', "Kurdistan Workers' Party"] },
  { name: 'PLO (Israel)*', aliases: ['PLO', 'Palestine Liberation Organization'] },
  { name: 'PRC (Israel/Palestine)*', aliases: ['Popular Resistance Committees'] },
  { name: 'Pathet Lao (Laos)*', aliases: ['Pathet Lao'] },
  { name: 'Provisional IRA (UK)*', aliases: ['Provisional IRA', 'IRA'] },
  { name: 'RPF (Rwanda)*', aliases: ['Rwandan Patriotic Front'] },
  { name: 'RUF (Sierra Leone)*', aliases: ['Revolutionary United Front'] },
  { name: 'SLA (Lebanon)*', aliases: ['South Lebanon Army'] },
  { name: 'SNA (Somalia)*', aliases: ['Somali National Alliance'] },
  { name: 'SPLA (Sudan)*', aliases: ['SPLA', "Sudan People's Liberation Army"] },
  { name: 'Southern rebels (Yemen)*' },
  { name: 'Syria rebels*', aliases: ['Syrian rebels'] },
  { name: 'UIC (Somalia)*', aliases: ['Union of Islamic Courts'] },
  { name: 'UNITA (Angola)*', aliases: ['UNITA'] },
  { name: 'Ukraine Rebels*', aliases: ['Ukraine rebels'] },
  { name: 'United Wa State (Myanmar)*', aliases: ['United Wa State Army', 'UWSA', 'Wa State'] },
  { name: 'Viet Cong (South Vietnam)*', aliases: ['Viet Cong'] },
  { name: 'Viet Minh (France)*', aliases: ['Viet Minh'] },
  { name: 'ZAPU (Zimbabwe)*', aliases: ['ZAPU'] },
  { name: 'unknown rebel group*', aliases: ['unknown rebel groups*'] },
].map((record) => ({ ...record, kind: 'nonstate' as const }));

export const MULTINATIONAL_ACTORS: readonly EntityRecord[] = [
  { name: 'African Union**', aliases: ['AU', 'African Union'] },
  { name: 'European Union**', aliases: ['EU', 'European Union'] },
  { name: 'NATO**', aliases: ['NATO', 'North Atlantic Treaty Organization', 'North Atlantic Treaty Organisation'] },
  { name: 'OSCE**', aliases: ['OSCE', 'Organization for Security and Co-operation in Europe'] },
  // The Eastern Caribbean states' joint security organisation.
  { name: 'Regional Security System**', aliases: ['RSS'] },
  { name: 'United Nations**', aliases: ['UN', 'United Nations', 'U.N.'] },
].map((record) => ({ ...record, kind: 'multinational' as const }));

/** SIPRI's placeholders: known names whose kind is `unknown`. */
export const UNKNOWN_ACTORS: readonly EntityRecord[] = [
  { name: 'unknown supplier(s)', aliases: ['unknown supplier', 'unknown suppliers'] },
  { name: 'unknown recipient(s)', aliases: ['unknown recipient', 'unknown recipients'] },
].map((record) => ({ ...record, kind: 'unknown' as const }));
