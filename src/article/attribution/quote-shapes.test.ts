// How news wraps a quotation around its speaker: split quotes, colons, partial quotes after verbs
// of judgement, `according to`, signatures, `So said X`, `In X’s words`, `“…” is how X describes
// it`, reported and passive forms. Each line is one general shape; every quotation goes to Lavrov.
import { describe, expect, it } from 'vitest';
import { checkArticle } from '../pipeline.js';

const speakersOf = (body: string) =>
  checkArticle(`A test headline\n\nForeign Minister Sergei Lavrov spoke in Moscow.\n\n${body}`, {}).quotes.map((q) => q.speaker);

describe('quotation shapes', () => {
  const shapes: [string, string[]][] = [
    ['“We will buy,” Lavrov said, “and we will pay.”', ['Lavrov', 'Lavrov']],
    ['“We will buy,” said Lavrov. “And we will pay.”', ['Lavrov', 'Lavrov']],
    ['Lavrov said: “We will buy. We will pay.”', ['Lavrov']],
    ['Lavrov was blunt: “We will buy.”', ['Lavrov']],
    ['Lavrov put it bluntly: “We will buy.”', ['Lavrov']],
    ['Asked about the jets, Lavrov replied: “We will buy.”', ['Lavrov']],
    ['“We will buy” the jets, Lavrov said.', ['Lavrov']],
    ['Lavrov vowed to “buy the jets” and “pay in full.”', ['Lavrov', 'Lavrov']],
    ['Lavrov, in a speech on Monday, said Russia would “buy the jets.”', ['Lavrov']],
    ['In a speech on Monday, Lavrov said Russia would “buy the jets.”', ['Lavrov']],
    ['“We will buy the jets,” Lavrov told reporters in Moscow on Monday, adding that “payment is ready.”', ['Lavrov', 'Lavrov']],
    ['Lavrov accused the West of “hypocrisy.”', ['Lavrov']],
    ['Lavrov described the sanctions as “illegal.”', ['Lavrov']],
    ['Lavrov called the sanctions “illegal.”', ['Lavrov']],
    ['Lavrov dismissed the report as “fake news.”', ['Lavrov']],
    ['Lavrov warned that Russia would “respond.”', ['Lavrov']],
    ['Lavrov’s message was clear: “We will respond.”', ['Lavrov']],
    ['According to Lavrov, Russia will “respond.”', ['Lavrov']],
    ['Russia will “respond,” according to Lavrov.', ['Lavrov']],
    ['“Russia will respond” – Lavrov', ['Lavrov']],
    ['“Russia will respond.” — Sergei Lavrov, foreign minister', ['Lavrov']],
    ['Lavrov, speaking to TASS: “Russia will respond.”', ['Lavrov']],
    ['“Russia,” Lavrov said, “will respond.”', ['Lavrov', 'Lavrov']],
    ['“Russia will respond,” was how Lavrov put it.', ['Lavrov']],
    ['“Russia will respond.” So said Lavrov on Monday.', ['Lavrov']],
    ['Lavrov insisted Russia was “not isolated,” saying it had “many friends.”', ['Lavrov', 'Lavrov']],
    ['Lavrov, who spoke after meeting Wang Yi, said Russia was “not isolated.”', ['Lavrov']],
    ['Lavrov told Wang Yi that Russia was “not isolated.”', ['Lavrov']],
    ['Wang Yi was told by Lavrov that Russia was “not isolated.”', ['Lavrov']],
    ['Lavrov was quoted as saying Russia was “not isolated.”', ['Lavrov']],
    ['Lavrov was quoted by TASS as saying Russia was “not isolated.”', ['Lavrov']],
    ['The minister, Sergei Lavrov, was quoted by TASS as saying Russia was “not isolated.”', ['Lavrov']],
    ['Russia’s top diplomat, Lavrov, was cited as saying Russia was “not isolated.”', ['Lavrov']],
    ['TASS quoted Lavrov as saying Russia was “not isolated.”', ['Lavrov']],
    ['Russia is “not isolated,” Lavrov claimed.', ['Lavrov']],
    ['Russia is “not isolated,” Lavrov claims.', ['Lavrov']],
    ['“Not isolated” is how Lavrov describes Russia.', ['Lavrov']],
    ['“Not isolated” — that is how Lavrov describes Russia.', ['Lavrov']],
    ['“Isolated” was the word Lavrov used to describe the West.', ['Lavrov']],
    ['“Isolated” is the one word that Lavrov chose for the West.', ['Lavrov']],
    ['“Yes, we will buy them,” came the reply from Defence Minister Khawaja Asif.', ['Khawaja Asif']],
    ['Lavrov’s office said he had told Xi that Russia was “a reliable partner.”', ['Lavrov']],
    ['“Never,” came the curt response from Mr. Lee.', ['Lee']],
    ['“We reject it,” came the swift response from the Chinese foreign ministry on Friday.', ['foreign ministry']],
    ['In Lavrov’s words, Russia is “not isolated.”', ['Lavrov']],
    ['As Lavrov put it, Russia is “not isolated.”', ['Lavrov']],
    ['Russia, Lavrov said, is “not isolated.”', ['Lavrov']],
    ['Russia is, Lavrov said, “not isolated.”', ['Lavrov']],
    ['Lavrov: “Russia is not isolated.”', ['Lavrov']],
  ];
  for (const [body, want] of shapes) {
    it(body, () => {
      const got = speakersOf(body);
      expect(got).toHaveLength(want.length);
      got.forEach((speaker, i) => expect(speaker).toContain(want[i]));
    });
  }

  it('a pronoun no one before it can be leaves a partial quote to the report that carries it', () => {
    const quotes = checkArticle('A test headline\n\nAn intro sentence.\n\nThe Kremlin’s press office said he had told Xi that Russia was “a reliable partner.”', {}).quotes;
    expect(quotes.map((q) => q.speaker)).toEqual(['Kremlin’s press office']);
  });
});
