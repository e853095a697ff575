import { describe, expect, it } from 'vitest';
import { analyzeArticle, toReport } from '../pipeline.js';

const actorsOf = (body: string, title = 'A plain test headline') => {
  const doc = analyzeArticle(`${title}\n\n${body}`, {}, 'actors');
  const report = toReport(doc);
  return { doc, actors: report.actors, find: (name: string) => report.actors.find((a) => a.name === name) };
};

describe('actors: states', () => {
  it('links names, metonyms and demonyms to one state with its ISO3', () => {
    const { find } = actorsOf('Beijing and Moscow blocked the plan. The Kremlin said Chinese envoys agreed. Russia and China abstained.');
    expect(find('China')).toMatchObject({ kind: 'country', iso3: 'CHN' });
    expect(find('China')!.mentions.map((m) => m.text)).toEqual(['Beijing', 'Chinese', 'China']);
    expect(find('Russia')!.mentions.map((m) => m.text)).toEqual(['Moscow', 'Kremlin', 'Russia']);
  });

  it('names a state as the article names it most often (`Vietnam`, `Turkey`), unless it writes the registry’s name too', () => {
    const { find, actors } = actorsOf('Vietnam and Turkey bought jets. Hanoi paid in cash; Vietnamese officials said Vietnam would buy more. The United Arab Emirates did too.');
    expect(actors.filter((a) => a.kind === 'country').map((a) => [a.name, a.iso3])).toEqual([['Vietnam', 'VNM'], ['Turkey', 'TUR'], ['United Arab Emirates', 'ARE']]);
    expect(find('Vietnam')!.mentions.map((m) => m.text)).toEqual(['Vietnam', 'Hanoi', 'Vietnamese', 'Vietnam']);
    // Demonyms and abbreviations alone leave the registry's name; so does the registry's name written once.
    expect(actorsOf('Vietnamese officials met the UAE delegation.').actors.map((a) => a.name)).toEqual(['Viet Nam', 'UAE']);
    expect(actorsOf('America sold jets. The United States is the top supplier; America again.').find('United States')).toBeDefined();
  });

  it('names a state’s armed forces, through metonyms and the junta the text ties to it', () => {
    const { find } = actorsOf('Myanmar’s junta leader spoke. The Tatmadaw toppled the government, and the junta faces sanctions while the military fights.');
    const military = find('Myanmar military')!;
    expect(military).toMatchObject({ kind: 'organisation', iso3: 'MMR' });
    expect(military.mentions.map((m) => m.text)).toEqual(['junta', 'Tatmadaw', 'junta', 'military']);
  });

  it('tells a capital where something happens from the state acting', () => {
    const { find } = actorsOf('The talks took place in Moscow. Moscow promised jets.');
    expect(find('Russia')!.mentions.map((m) => m.text)).toEqual(['Moscow']);
    expect(find('Russia')!.mentions[0].start).toBeGreaterThan(40);
  });

  it('does not take places, programmes or sentence openers for actors', () => {
    const { actors } = actorsOf('Smuggling through the Indian Ocean and the Middle East worries the Belt and Road Initiative. Financial forecasters are gloomy. Kilo-class boats sail from Vladivostok.');
    expect(actors.map((a) => a.name)).toEqual([]);
  });
});

describe('actors: people and their roles', () => {
  it('takes a title before a name, with the state that owns it', () => {
    const { find } = actorsOf("Russia's Defense Minister Sergei Shoigu and Myanmar's Min Aung Hlaing walked. Russian President Vladimir Putin watched, as did Security Council Secretary Nikolai Patrushev.");
    expect(find('Sergei Shoigu')).toMatchObject({ kind: 'person', role: "Russia's Defense Minister" });
    expect(find('Vladimir Putin')).toMatchObject({ kind: 'person', role: 'Russian President' });
    expect(find('Nikolai Patrushev')).toMatchObject({ kind: 'person', role: 'Security Council Secretary' });
  });

  it('splits two titled people joined by “and”', () => {
    const { find } = actorsOf('He met Russian Defense Minister Sergei Shoigu and Security Council Secretary Nikolai Patrushev.');
    expect(find('Sergei Shoigu')!.role).toBe('Russian Defense Minister');
    expect(find('Nikolai Patrushev')!.role).toBe('Security Council Secretary');
  });

  it('takes a lower-case role before a name', () => {
    expect(actorsOf('The decision by Myanmar’s junta leader Min Aung Hlaing surprised few.').find('Min Aung Hlaing')!.role).toBe('Myanmar’s junta leader');
    expect(actorsOf('“This veto is a gift,” Human Rights Watch\'s UN director Louis Charbonneau told Al Jazeera.').find('Louis Charbonneau')!.role).toBe("Human Rights Watch's UN director");
  });

  it('takes the appositive after a name, and the organisation in it', () => {
    const { find } = actorsOf('“Yes,” said Anthony Davis, a Bangkok-based security analyst with Janes defense publications.');
    expect(find('Anthony Davis')!.role).toBe('Bangkok-based security analyst with Janes defense publications');
    expect(find('Janes')).toMatchObject({ kind: 'organisation' });
    expect(find('Thailand')).toBeUndefined(); // Bangkok-based is not the state acting
  });

  it('turns “who heads X” into “head of X”', () => {
    const { find } = actorsOf('“No,” said Ye Myo Hein, who heads the Tagaung Institute for Political Studies, a Myanmar think tank.');
    expect(find('Ye Myo Hein')!.role).toBe('head of the Tagaung Institute for Political Studies, a Myanmar think tank');
    expect(find('Tagaung Institute for Political Studies')).toMatchObject({ kind: 'organisation' });
  });

  it('reads the inverted appositive “The defence minister, Rajnath Singh,”', () => {
    expect(actorsOf('The defence minister, Rajnath Singh, told parliament that India would wait.').find('Rajnath Singh')!.role).toBe('defence minister');
  });

  it('joins a later surname to the full name', () => {
    const { find } = actorsOf('Analyst Anthony Davis spoke first. Later Davis said the deal was done, and Mr Davis left.');
    expect(find('Anthony Davis')!.mentions.map((m) => m.text)).toEqual(['Anthony Davis', 'Davis', 'Davis']);
  });

  it('joins a later surname to a full name that ends in a generation (`Ferdinand Marcos Jr.` … `Marcos`)', () => {
    const { find } = actorsOf('President Ferdinand Marcos Jr. met the envoy. Marcos thanked him.');
    expect(find('Ferdinand Marcos Jr.')!.mentions.map((m) => m.text)).toEqual(['Ferdinand Marcos Jr.', 'Marcos']);
  });

  it('gives a word two people share to the one named last before it (`Kim` after `Kim Jong Un`, then after `Kim Yo Jong`)', () => {
    const { find, actors } = actorsOf('Leader Kim Jong Un met the envoy. Kim said ties were strong. His sister, Kim Yo Jong, spoke next. Ms. Kim said little.');
    expect(find('Kim Jong Un')!.mentions.map((m) => m.text)).toEqual(['Kim Jong Un', 'Kim']);
    expect(find('Kim Yo Jong')!.mentions.map((m) => m.text)).toEqual(['Kim Yo Jong', 'Kim']);
    expect(actors.some((a) => a.name === 'Kim')).toBe(false);
    // Two people with one surname, each named in full before: each `Marcos` is the one named last.
    const marcos = actorsOf('President Ferdinand Marcos Jr. spoke. Marcos smiled. Senator Imee Marcos disagreed. Marcos left.');
    expect(marcos.find('Ferdinand Marcos Jr.')!.mentions.map((m) => m.text)).toEqual(['Ferdinand Marcos Jr.', 'Marcos']);
    expect(marcos.find('Imee Marcos')!.mentions.map((m) => m.text)).toEqual(['Imee Marcos', 'Marcos']);
  });

  it('takes no outlet, programme, acronym or weapon for a person, so a later `he` finds the person', () => {
    const { actors, doc } = actorsOf('Erdogan told CBS’s Face the Nation that Turkey would buy more. The Bayraktar TB2 flew over the city. Jane’s Defence Weekly said the ships were ready. The Hindustan Times reported the talks. He said the deal was “done.”');
    expect(actors.filter((a) => a.kind === 'person').map((a) => a.name)).toEqual(['Erdogan']);
    expect(actors.some((a) => a.kind === 'organisation' && a.name === 'Jane’s Defence Weekly')).toBe(true);
    expect(doc.mentions.some((m) => doc.text.slice(m.start, m.end) === 'CBS' && doc.actors[m.actor].kind === 'person')).toBe(false);
  });

  it('takes arms makers and state firms for organisations and ships for no actor (`Dassault said`, `USS Nimitz arrived`)', () => {
    const { actors } = actorsOf('Dassault said the deal was close. Rosatom said the plant was safe. Boeing delivered the jets. USS Nimitz arrived. HMS Queen Elizabeth docked. INS Vikrant sailed.');
    expect(actors.filter((a) => a.kind === 'person')).toEqual([]);
    expect(actors.filter((a) => a.kind === 'organisation').map((a) => a.name)).toEqual(['Dassault Aviation', 'Rosatom', 'Boeing']);
  });

  it('takes each of two names joined by `and` for a person on what follows the pair (`Xi Jinping and Luiz Inacio Lula da Silva met`)', () => {
    const { actors } = actorsOf('Xi Jinping and Luiz Inacio Lula da Silva met at the presidential residence on Wednesday.');
    expect(actors.filter((a) => a.kind === 'person').map((a) => a.name)).toEqual(['Xi Jinping', 'Luiz Inacio Lula da Silva']);
  });

  it('takes the source after `according to` for a person, not a place (`according to Thabit Abbasi`)', () => {
    for (const body of ['Iraq is a customer for French drones, according to Thabit Abbasi.', 'According to Thabit Abbasi, Iraq is a customer.']) {
      expect(actorsOf(body).actors.filter((a) => a.kind === 'person').map((a) => a.name)).toEqual(['Thabit Abbasi']);
    }
  });

  it('reads ranks written without a period or hyphenated as titles (`Lt Gen`, `Lt-Gen`, `Maj-Gen`)', () => {
    for (const rank of ['Lt Gen', 'Lt-Gen', 'Maj-Gen']) {
      const { actors } = actorsOf(`${rank} Khamliang Outhakaysone praised the drills.`);
      expect(actors.filter((a) => a.kind === 'person').map((a) => [a.name, a.role])).toEqual([['Khamliang Outhakaysone', rank]]);
    }
  });

  it('links the longest state name in a title (`Papua New Guinea Prime Minister`, not `Guinea`)', () => {
    const { actors, find } = actorsOf('Papua New Guinea Prime Minister James Marape met New Zealand Prime Minister Chris Hipkins.');
    expect(actors.filter((a) => a.kind === 'country').map((a) => a.name)).toEqual(['Papua New Guinea', 'New Zealand']);
    expect(find('James Marape')!.role).toBe('Papua New Guinea Prime Minister');
  });

  it('reads a titled name followed by its state (`President Xi Jinping of China`)', () => {
    const { actors, find } = actorsOf('President Xi Jinping of China is on a state visit. Prime Minister James Marape of Papua New Guinea met him.');
    expect(actors.filter((a) => a.kind === 'country').map((a) => a.name)).toEqual(['China', 'Papua New Guinea']);
    expect(find('Xi Jinping')!.role).toBe('President of China');
    expect(find('James Marape')!.role).toBe('Prime Minister of Papua New Guinea');
  });

  it('takes any name after a posting for a person (`Ambassador to the United Nations Olumide Adeyemi`)', () => {
    // Neither first name is in the name lexicon: the posting is the evidence.
    const cases: [string, string][] = [
      ['“It is wrong,” U.S. Ambassador to the United Nations Olumide Adeyemi said.', 'Olumide Adeyemi'],
      ['“It is wrong,” said Ghana’s Ambassador to the European Union Kwame Boateng.', 'Kwame Boateng'],
      // One name alone, as Indonesians are named.
      ['“It is wrong,” Indonesia’s Ambassador to the United Nations Prabowo said.', 'Prabowo'],
    ];
    for (const [body, person] of cases) {
      const { actors } = actorsOf(body);
      expect(actors.filter((a) => a.kind === 'person').map((a) => a.name)).toEqual([person]);
      expect(actors.some((a) => a.kind === 'organisation' && /Ambassador/.test(a.name))).toBe(false);
    }
  });

  it('takes a name in the possessive after `in` for a person, not a place (`in Vladimir Putin’s war`)', () => {
    const { find } = actorsOf('Men fled in Vladimir Putin’s war. Putin has ramped up efforts.');
    expect(find('Vladimir Putin')!.mentions.map((m) => m.text)).toEqual(['Vladimir Putin', 'Putin']);
  });

  it('needs evidence before calling a name a person', () => {
    const { find } = actorsOf('Kilo Class submarines and Golden Dome plans were discussed.');
    expect(find('Kilo Class')).toBeUndefined();
    expect(find('Golden Dome')).toBeUndefined();
  });

  it('keeps the particles inside a name (von der, bin, da, al-)', () => {
    const { find } = actorsOf('Foreign Minister Ursula von der Leyen arrived. Crown Prince Mohammed bin Salman and President Abdel Fattah al-Sisi waited for Luiz Inacio Lula da Silva, who flew in late.');
    expect(find('Ursula von der Leyen')).toMatchObject({ kind: 'person', role: 'Foreign Minister' });
    expect(find('Mohammed bin Salman')).toMatchObject({ kind: 'person', role: 'Crown Prince' });
    expect(find('Abdel Fattah al-Sisi')).toMatchObject({ kind: 'person', role: 'President' });
    expect(find('Luiz Inacio Lula da Silva')).toMatchObject({ kind: 'person' });
    // Connectors that are no particle still make something else of a run.
    expect(find('Institute of Strategic Studies')?.kind ?? 'organisation').toBe('organisation');
  });

  it('takes a name as a person’s on what only people do: an age, `who`, a meeting, a journey', () => {
    const names = ['Kassym-Jomart Tokayev', 'Shavkat Mirziyoyev', 'Emomali Rahmon', 'Serdar Berdimuhamedow'];
    const { find } = actorsOf(`The summit was opened by ${names[0]}, who spoke first. The talks were hosted by ${names[1]}, 66, in the capital. ${names[2]} flew home on Monday. China’s leader later met ${names[3]} in Beijing.`);
    for (const n of names) expect(find(n), n).toMatchObject({ kind: 'person' });
  });

  it('lends a surname’s evidence to the full name printed before it (`Mr Aliyev`, `Aliyev said`)', () => {
    const { find } = actorsOf('The talks were hosted by Ilham Aliyev in Baku. Mr Aliyev left on Monday.');
    expect(find('Ilham Aliyev')!.mentions.map((m) => m.text)).toEqual(['Ilham Aliyev', 'Aliyev']);
    // A plural or common word vouches for nothing: `States voting` makes no person of `UN Member States`.
    const states = actorsOf('Nearly 100 UN Member States co-sponsored it. States voting against were named.');
    expect(states.actors.filter((a) => a.kind === 'person')).toEqual([]);
  });

  it('keeps a possessive inside an organisation’s name', () => {
    const { find } = actorsOf('Harsh Pant, a professor at King\'s College London, disagreed.');
    expect(find("King's College London")).toMatchObject({ kind: 'organisation' });
    expect(find('King')).toBeUndefined();
  });
});

describe('actors: organisations and armed groups', () => {
  it('classes organisations by their words, and joins an acronym to its full name', () => {
    const { find } = actorsOf('The Association of Southeast Asian Nations met. ASEAN leaders and the United Nations Security Council were there, with the Stockholm International Peace Research Institute.');
    expect(find('Association of Southeast Asian Nations')!.mentions).toHaveLength(2);
    expect(find('United Nations Security Council')).toMatchObject({ kind: 'organisation' });
    expect(find('Stockholm International Peace Research Institute')).toMatchObject({ kind: 'organisation' });
  });

  it('classes armed groups, and a state’s army as its military', () => {
    const { find } = actorsOf('The Arakan Army and Wagner Group fighters clashed with the Myanmar Army near Hamas positions.');
    expect(find('Arakan Army')).toMatchObject({ kind: 'armed group' });
    expect(find('Wagner Group')).toMatchObject({ kind: 'armed group' });
    expect(find('Hamas')).toMatchObject({ kind: 'armed group' });
    expect(find('Myanmar military')).toMatchObject({ kind: 'organisation', iso3: 'MMR' });
  });

  it('reads headline case only for names it knows', () => {
    const { find } = actorsOf('Min Aung Hlaing, the junta leader, spoke.', 'Myanmar’s Junta Woos Moscow to Balance Beijing');
    expect(find('Myanmar')!.mentions[0].start).toBe(0);
    expect(find('Russia')!.mentions.map((m) => m.text)).toEqual(['Moscow']);
    expect(find('China')!.mentions.map((m) => m.text)).toEqual(['Beijing']);
  });

  it('a lone word that is another word of one full name is that person (`Xi`, `Lula`), but not a given name', () => {
    const { actors } = actorsOf('Chinese President Xi Jinping told his counterpart Luiz Inacio Lula da Silva on Friday that trade mattered. Xi said China was ready. Lula said Brazil agreed.');
    expect(actors.filter((a) => a.kind === 'person').map((a) => [a.name, a.mentions.length])).toEqual([['Xi Jinping', 2], ['Luiz Inacio Lula da Silva', 2]]);
  });
});
