// The scorer of the development set, on literal gold and predictions: the README's rules.
import { describe, expect, it } from 'vitest';
import { rates, scoreArticle, speakerMatches, type Gold, type Predicted } from './eval.js';

const gold: Gold = {
  quotes: [{ text: 'We will buy the jets.', speaker: 'Prabowo Subianto' }, { text: 'a historic moment', speaker: 'Air Marshal Zaheer Ahmed Baber' }],
  events: [{ type: 'arms_transfer', actors: ['France', 'Indonesia'], date: '2022-02-10' }, { type: 'statement', actors: ['Florence Parly'], date: null }],
  claims: [{ text: 'Indonesia has inked deals to purchase the first batch of Rafale jets.', subject: 'IDN', about: ['FRA'] }],
};

describe('scoring by the development set’s rules', () => {
  it('a quote is speaker-correct when the gold speaker’s last word is in ours, or ours in the gold one', () => {
    expect(speakerMatches('Prabowo Subianto', 'Subianto')).toBe(true);
    expect(speakerMatches('junta spokesperson', 'a junta spokesperson')).toBe(true);
    expect(speakerMatches('Prabowo Subianto', 'Joko Widodo')).toBe(false);
    expect(speakerMatches('Prabowo Subianto', null)).toBe(false);
  });

  it('matches quotes on 60 % of the shorter text, claims on half the gold words, events by kind and one actor', () => {
    const predicted: Predicted = {
      quotes: [{ text: 'We will buy the jets', speaker: 'Subianto' }, { text: 'a historic moment', speaker: 'Pakistan Air Force' }, { text: 'unrelated words here', speaker: 'X' }],
      events: [{ type: 'arms transfer', actors: ['Indonesia'], date: '2022-02-10', sentence: 'Indonesia signed in 2022.' }],
      claims: [{ text: 'Indonesia has inked deals to purchase Rafale jets, officials said.' }, { text: 'The weather was fine.' }],
    };
    const s = scoreArticle(gold, predicted, '2022-02-10');
    expect(s.quotes).toEqual({ gold: 2, predicted: 3, matched: 2, speakerCorrect: 1 });
    expect(s.claims).toMatchObject({ gold: 1, predicted: 2, found: 1, correctPredicted: 1 });
    expect(s.events).toEqual({ gold: 2, predicted: 1, found: 1 });
    const r = rates(s);
    expect(r.quoteP).toBeCloseTo(1 / 3);
    expect(r.quoteR).toBeCloseTo(1 / 2);
  });

  it('a date is unsupported when the article’s date is unknown and the event’s words hold no year', () => {
    const predicted: Predicted = {
      quotes: [],
      claims: [],
      events: [
        { type: 'visit', actors: ['Qin Gang'], date: '2023-05-02', sentence: 'Qin Gang visited on Tuesday.' },
        { type: 'visit', actors: ['Wang Yi'], date: '2022', sentence: 'Wang Yi visited in 2022.' },
      ],
    };
    expect(scoreArticle(gold, predicted, null).unsupportedDates).toBe(1);
    expect(scoreArticle(gold, predicted, '2023-05-04').unsupportedDates).toBe(0);
  });
});
