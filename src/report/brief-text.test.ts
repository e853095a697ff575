import { readFileSync } from 'node:fs';
import { myanmarBrief } from '../../test/fixtures/brief-myanmar.js';
import { describe, expect, it } from 'vitest';
import type { Brief } from '../core/brief.js';
import { CATEGORIES } from '../core/types.js';
import { renderBriefMarkdown } from './brief-md.js';
import { renderBriefTerminal } from './brief-terminal.js';
import { textWidth } from './table.js';

const myanmar = (): Brief => structuredClone(myanmarBrief);

/** A brief with nothing in it: a country with no recorded trade and no votes. */
function emptyBrief(): Brief {
  const brief = myanmar();
  return {
    ...brief,
    country: { name: 'Nauru', iso3: 'NRU' },
    arms: { windows: [], rolling: [], rankChanges: [], categoriesFrom: 2010, categories: {}, pending: [] },
    alignment: [],
    narrative: [],
  };
}

describe('the Myanmar fixture', () => {
  // The fixture is typed (a Brief module written by `npm run update-golden`); its numbers are checked here.
  it('holds together: shares sum to one, categories are SIPRI categories, caveats on 2021–2023', () => {
    const brief = myanmar();
    expect(brief.patrons).toEqual(['CHN', 'RUS', 'IND', 'USA']);
    for (const w of brief.arms.windows) {
      expect(w.suppliers.reduce((s, x) => s + x.share, 0)).toBeCloseTo(1, 2);
      expect(w.suppliers.reduce((s, x) => s + x.tiv, 0)).toBeCloseTo(w.totalTiv, 0);
    }
    for (const p of brief.arms.rolling) expect(p.shares.reduce((s, x) => s + x.share, 0)).toBeCloseTo(1, 2);
    expect(brief.arms.rolling[0]).toMatchObject({ from: 1950, to: 1954 });
    expect(brief.arms.rolling.at(-1)).toMatchObject({ from: 2020, to: 2024 });
    for (const mix of Object.values(brief.arms.categories)) {
      for (const c of mix) expect(CATEGORIES).toContain(c.category);
    }
    expect(brief.alignment.filter((y) => y.caveat?.includes('February 2021 coup')).map((y) => y.year)).toEqual([
      2021, 2022, 2023,
    ]);
    expect(brief.narrative).toHaveLength(7);
    expect(brief.alignmentNotes).toEqual([expect.stringMatching(/^Agreement "with Russia" in 1948–1991 is agreement with the Soviet Union's votes/)]);
  });
});

describe('renderBriefTerminal', () => {
  const text = renderBriefTerminal(myanmar());

  it('carries the key figures', () => {
    expect(text).toContain('BALANCE BRIEF: MYANMAR (MMR)');
    expect(text).toContain('Patrons compared: China (CHN), Russia (RUS), India (IND), United States (USA).');
    expect(text).toMatch(/China\s+3,500\s+49\.8 %/);
    expect(text).toContain("Over 1950–2024, Myanmar's largest arms suppliers were China 50 % and Russia\n    28 % of 7,033 TIV delivered.");
    expect(text).toMatch(/Total\s+7,033\s+100\.0 %/);
    expect(text).toMatch(/Concentration \(HHI\)\s+0\.33/);
    expect(text).toContain('Russia overtook China in 2019–2023.');
    expect(text).toMatch(/aircraft\s+22\.8 %\s+85\.6 %/);
    expect(text).toMatch(/2018\s+Russia\s+Su-30MK \(FGA aircraft\)\s+4 of 6\s+330\s+15893/);
    expect(text).toMatch(/2023\s+85\s+70 %\s+50 %\s+67 %\s+33 %\s+\[1\]/);
    expect(text).toContain('13 Oct 2024 2:20:11 PM');
    expect(text).toContain('even: each deal');
  });

  it('numbers the findings and follows each with its compact ref', () => {
    expect(text).toMatch(/ 2\. In 2005–2024 the largest supplier was China[\s\S]*?\n {4}\[counterweight suppliers Myanmar --from 2005 --to 2024 --allocation even\n {4}--dataset trade-register-2024-10-13, 99 rows\]/);
    expect(text).toContain(' 7. At the UN General Assembly in 2023, Myanmar voted with China in 70 %');
  });

  it('prints each caveat once below the vote table, with its years', () => {
    expect(text).toContain("[1] 2021–2023: After the February 2021 coup Myanmar's UN seat stayed with");
    expect(text.match(/February 2021 coup/g)).toHaveLength(1);
    expect(text).toContain('Note: Agreement "with Russia" in 1948–1991 is agreement with the Soviet');
  });

  it('keeps prose and tables within 80 columns', () => {
    const wide = text.split('\n').filter((line) => textWidth(line) > 80);
    expect(wide).toEqual([]);
  });
});

describe('renderBriefMarkdown', () => {
  const md = renderBriefMarkdown(myanmar());

  it('has the same content as GitHub tables', () => {
    expect(md).toMatch(/^# Balance brief: Myanmar \(MMR\)\n/);
    expect(md).toContain('## Key findings');
    expect(md).toContain('| Supplier | 1950–2024 | share | 2005–2024 | share | 2020–2024 | share |');
    expect(md).toContain('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
    expect(md).toContain('| China | 3,500 | 49.8 % | 1,677 | 43.4 % | 179 | 27.5 % |');
    expect(md).toContain('| **Total** | **7,033** | **100.0 %**');
    expect(md).toContain('2. In 2005–2024 the largest supplier was China with 43 % (1,677 TIV), ahead of Russia with 40 %. `[counterweight suppliers Myanmar --from 2005 --to 2024 --allocation even --dataset trade-register-2024-10-13, 99 rows]`');
    expect(md).toContain('| 2023 | 85 | 70 % | 50 % | 67 % | 33 % | \\[1\\] |');
    expect(md).toContain("**\\[1\\]** 2021–2023: After the February 2021 coup Myanmar's UN seat");
  });

  it('escapes pipes and HTML coming from the data', () => {
    const brief = myanmar();
    brief.country.name = 'Burma | <b>Myanmar</b>';
    brief.arms.pending[0].designation = 'Su-30|MK';
    const out = renderBriefMarkdown(brief);
    expect(out).toContain('# Balance brief: Burma | &lt;b&gt;Myanmar&lt;/b&gt; (MMR)');
    expect(out).toContain('| Su-30\\|MK (FGA aircraft) |');
    expect(out).not.toContain('<b>');
  });
});

describe('a brief with no data', () => {
  it('renders in every text format with plain statements instead of empty tables', () => {
    const text = renderBriefTerminal(emptyBrief());
    expect(text).toContain('No arms deliveries recorded.');
    expect(text).toContain('No pending orders in the register.');
    expect(text).toContain('No UN votes recorded.');
    expect(text).toContain('No findings');
    expect(renderBriefMarkdown(emptyBrief())).toContain('No UN votes recorded.');
  });
});
