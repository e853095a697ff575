// When a UN seat's votes were cast by a delegation that did not speak for the de facto
// government. Reviewable data: each entry says who held the seat, from when, and why.
export interface RepresentationCaveat {
  iso3: string;
  /** First and last UNGA year (session + 1945) affected; `to` null = still the case. */
  from: number;
  to: number | null;
  text: string;
  source: string;
}

export const REPRESENTATION_CAVEATS: RepresentationCaveat[] = [
  {
    iso3: 'MMR',
    from: 2021,
    to: null,
    text:
      "After the February 2021 coup Myanmar's UN seat stayed with Ambassador Kyaw Moe Tun, appointed by the ousted " +
      'civilian government; these votes do not speak for the military junta.',
    source: 'UNGA Credentials Committee deferred decisions, 2021–2024',
  },
  {
    iso3: 'AFG',
    from: 2021,
    to: null,
    text:
      "After the Taliban took Kabul in August 2021 Afghanistan's UN seat stayed with the delegation of the former " +
      'Islamic Republic; these votes do not speak for the Taliban authorities.',
    source: 'UNGA Credentials Committee deferred decisions, 2021–2024',
  },
  {
    iso3: 'KHM',
    from: 1979,
    to: 1990,
    text:
      "From 1979 to 1990 Cambodia's UN seat was held by Democratic Kampuchea (Khmer Rouge, later a coalition in exile), " +
      'not by the government in Phnom Penh.',
    source: 'UNGA credentials votes 1979–1990',
  },
  {
    iso3: 'TWN',
    from: 1950,
    to: 1970,
    text: "Until 1971 China's UN seat was held by the Republic of China government in Taipei, not by the People's Republic.",
    source: 'UNGA resolution 2758 (XXVI), 1971',
  },
];

export function caveatFor(iso3: string | null, year: number, table: RepresentationCaveat[] = REPRESENTATION_CAVEATS): string | undefined {
  if (!iso3) return undefined;
  return table.find((c) => c.iso3 === iso3 && year >= c.from && (c.to === null || year <= c.to))?.text;
}

/** The first UNGA year whose "Russia" votes are the Russian Federation's (session 46, 1991, was the Soviet Union's last). */
export const RUSSIAN_FEDERATION_FROM = 1992;

/**
 * Notes on what a patron's agreement column covers in the years shown: the ideal-point file's Russia
 * column (RUSS) holds the Soviet Union's votes before 1992, the way `--merge-soviet` counts arms.
 */
export function patronColumnNotes(patrons: readonly string[], years: readonly number[]): string[] {
  const notes: string[] = [];
  const early = years.filter((y) => y < RUSSIAN_FEDERATION_FROM);
  if (patrons.includes('RUS') && early.length) {
    const first = Math.min(...early);
    const last = Math.max(...early);
    const span = first === last ? String(first) : `${first}–${last}`;
    notes.push(`Agreement "with Russia" in ${span} is agreement with the Soviet Union's votes: the ideal-point file's Russia column covers both (the Russian Federation from ${RUSSIAN_FEDERATION_FROM}).`);
  }
  return notes;
}
