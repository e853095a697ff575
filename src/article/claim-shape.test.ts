// The general claim detector, one pattern class per test: arms transfers, holdings and prices; UN
// votes with their tally; trade, investment and lending; and the sentences that look like claims
// but state none (offers, possibilities, negations, judgements, questions, voting rules).
import { describe, expect, it } from 'vitest';
import { claimShape, designationsIn, moneyIn, tallyIn } from './claim-shape.js';

const shape = (s: string, ctx = { unBefore: false, armsBefore: false }) => claimShape(s, ctx);

describe('arms transfers, holdings and orders', () => {
  it('a weapon and a transfer, with the count and the designation', () => {
    expect(shape('The United Arab Emirates has signed a deal for 80 French-made Rafale fighter jets.')).toMatchObject({
      topic: 'arms', measure: 'arms transfer', unit: 'items', value: 80, designations: ['Rafale'],
    });
    expect(shape('Vietnam had earlier bought six Kilo attack submarines from Russia.')).toMatchObject({ topic: 'arms', unit: 'items', value: 6 });
  });

  it('a supplier standing is an arms supply claim with a rank', () => {
    expect(shape('Russia is Vietnam’s biggest weapons supplier.')).toMatchObject({ topic: 'arms', measure: 'arms supply', comparison: 'rank' });
  });

  it('`first` ranks a party only when a party’s noun follows it', () => {
    expect(shape('Egypt was the first foreign buyer of the Rafale fighter jets France sold abroad.')).toMatchObject({ topic: 'arms', comparison: 'rank' });
    expect(shape('The first batch of 12 J-10C fighter jets was delivered to Bangladesh.')).toMatchObject({ topic: 'arms', comparison: null, value: 12 });
    expect(shape('Nigeria received the helicopters, the president said in his first annual speech to parliament.')).toMatchObject({ topic: 'arms', comparison: null });
  });

  it('a flow of arms said to have changed, with its figure', () => {
    expect(shape('Russian arms exports fell by 53 percent between 2014-18 and 2019-23.')).toMatchObject({ topic: 'arms', comparison: 'change', unit: 'percent', value: 53 });
    expect(shape('Imports of weapons by European states nearly doubled.')).toMatchObject({ topic: 'arms', comparison: 'change', value: null });
    expect(shape('Consumer prices fell by 5 percent last year.')).toBeNull();
  });

  it('a year after its preposition is not a count of weapons; a count after it still is', () => {
    expect(shape('The last time was in 1998 when MiG-29 aircraft were delivered to the Peruvian air force.')).toMatchObject({ topic: 'arms', unit: null, value: null, designations: ['MiG-29'] });
    // (Nor is the number of a designation: `MiG-29 aircraft` are not 29.)
    expect(shape('Peru operates MiG-29 aircraft bought from Belarus.')).toMatchObject({ value: null });
    expect(shape('Since 2015 six Kilo submarines have been delivered to Algeria.')).toMatchObject({ unit: 'items', value: 6 });
    expect(shape('Chile bought 2010 rifles and 40 tanks from Germany.')).toMatchObject({ unit: 'items', value: 2010 });
  });

  it('a price: the currency and the amount, in every way the press writes it', () => {
    expect(moneyIn('worth more than $1 billion')).toEqual({ value: 1e9, unit: 'USD' });
    expect(moneyIn('the deal was worth 2.7 billion euros')).toEqual({ value: 2.7e9, unit: 'EUR' });
    expect(moneyIn('valued at an estimated Rs 2,000 crore')).toEqual({ value: 2e10, unit: 'INR' });
    expect(moneyIn('around €17 billion')).toEqual({ value: 17e9, unit: 'EUR' });
    expect(moneyIn('US$50 billion')).toEqual({ value: 50e9, unit: 'USD' });
    expect(moneyIn('no money here')).toBeNull();
  });

  it('a deal’s price stated apart from the weapons counts when the sentences before were about arms', () => {
    const s = 'Serbian President Aleksandar Vucic said the deal was worth 2.7 billion euros.';
    expect(shape(s)).toBeNull();
    expect(shape(s, { unBefore: false, armsBefore: true })).toMatchObject({ topic: 'arms', unit: 'EUR', value: 2.7e9 });
  });

  it('how many of a named weapon a state holds', () => {
    expect(shape('A full squadron of 25 Chinese J-10C aircraft will take part in the parade.')).toMatchObject({ topic: 'arms', value: 25, designations: ['J-10C'] });
  });

  it('finds designations of several forms, each once', () => {
    expect(designationsIn('Su-35 fighters, Mi-28 helicopters, Yak-130 trainers, another Su-35, Type 054A/P frigates and a Bayraktar TB2')).toEqual(['Su-35', 'Mi-28', 'Yak-130', 'Type 054A/P', 'Bayraktar', 'TB2']);
  });
});

describe('holdings by count and by origin', () => {
  it('a designation in the plural is counted and named in the singular (`12 MiG-29s`)', () => {
    expect(shape('The air force flies 12 MiG-29s.')).toMatchObject({ topic: 'arms', unit: 'items', value: 12, designations: ['MiG-29'] });
    expect(shape('Malaysia has 18 Su-30MKM fighters.')).toMatchObject({ topic: 'arms', unit: 'items', value: 18 });
  });

  it('a share of a force by where it was made', () => {
    expect(shape('About 80 percent of the Vietnamese military’s equipment is of Russian origin.')).toMatchObject({ topic: 'arms' });
    expect(shape('Around 85% of Vietnam’s arms are Russian-made.')).toMatchObject({ topic: 'arms' });
    // Where a thing was made, with no portion of a force, states no share.
    expect(shape('The Russian-made equipment was on display.')).toBeNull();
  });
});

describe('ownership and portions of trade', () => {
  it('an ownership share is an investment; a portion of a trade flow is trade, with no figure', () => {
    expect(shape('Chinese state-owned shipping giant Cosco owns 60% of the port.')).toMatchObject({ topic: 'economy', measure: 'investment', unit: 'percent', value: 60 });
    expect(shape('The fund holds a controlling stake in the company.')).toMatchObject({ topic: 'economy', measure: 'investment' });
    expect(shape('Mongolia imports almost all of its fuel from Russia.')).toMatchObject({ topic: 'economy', measure: 'trade' });
    expect(shape('The port handles ships from many countries.')).toBeNull();
  });
});

describe('UN votes', () => {
  it('a veto, an abstention, a tally', () => {
    expect(shape('Russia vetoed a UN Security Council resolution on Mali.')).toMatchObject({ topic: 'un vote', measure: 'veto' });
    expect(shape('The resolution was adopted with 141 votes in favor, five against, and 35 abstentions.', { unBefore: true, armsBefore: false })).toMatchObject({
      topic: 'un vote', tally: { yes: 141, no: 5, abstain: 35 },
    });
    expect(tallyIn('The resolution passed 141-7, with 32 abstentions.')).toEqual({ yes: 141, no: 7, abstain: 32 });
  });

  it('staying away from a vote, and the votes a text drew, are votes too', () => {
    const un = { unBefore: true, armsBefore: false };
    expect(shape('China and India stayed away from the vote.', un)).toMatchObject({ topic: 'un vote' });
    expect(shape('The text garnered 141 votes.', un)).toMatchObject({ topic: 'un vote' });
    expect(shape('The candidate won the election.', un)).toBeNull();
  });

  it('needs a UN body in the sentence or earlier in the article', () => {
    const s = 'China abstained.';
    expect(shape(s)).toBeNull();
    expect(shape(s, { unBefore: true, armsBefore: false })).toMatchObject({ topic: 'un vote' });
  });

  it('the rules of voting and an opinion about a veto are not votes', () => {
    expect(shape('A resolution needs nine votes in favour and no veto to pass the Security Council.')).toBeNull();
    expect(shape('“This veto is a gift to the junta,” the UN director said.', { unBefore: true, armsBefore: false })).toBeNull();
  });
});

describe('trade, investment and lending', () => {
  it('a figure with its measure', () => {
    expect(shape('Last year, the volume of bilateral trade between China and Kazakhstan amounted to $41 billion.')).toMatchObject({ topic: 'economy', measure: 'trade', unit: 'USD', value: 41e9 });
    expect(shape('In 2023, Chinese investments in Kazakhstan increased by 16% and reached $1.8 billion.')).toMatchObject({ topic: 'economy', measure: 'investment', comparison: 'change' });
    expect(shape('Russia may provide a $43 million credit to Cuba.')).toMatchObject({ topic: 'economy', measure: 'lending' });
  });

  it('a partner’s standing, or a trade agreement, without a figure', () => {
    expect(shape('It is the country’s top trade partner and a major investor.')).toMatchObject({ measure: 'trade and investment', comparison: 'rank' });
    expect(shape('In 2017, China signed a free trade agreement with Georgia.')).toMatchObject({ topic: 'economy', measure: 'trade' });
  });
});

describe('not claims', () => {
  it('offers, possibilities, negations and conditions', () => {
    expect(shape('Russia offered to supply Su-35 jets to Indonesia.')).toBeNull();
    expect(shape('Officials fear Kim could provide weapons and ammunition to Russia.')).toBeNull();
    expect(shape('“We’re not buying drones to go to war with someone,” Japarov said.')).toBeNull();
    expect(shape('Jakarta risked US sanctions if it bought the Russian jets.')).toBeNull();
  });

  it('judgements, framing clauses and questions', () => {
    expect(shape('Air Marshal Baber described the induction of J-10C jets as a historic moment.')).toBeNull();
    expect(shape('Azerbaijan’s President has slammed the sale of Indian-made arms to Armenia.')).toBeNull();
    expect(shape('Recalling that Moscow supplied arms to Damascus, he observed that Russia would not waver.')).toBeNull();
    expect(shape('Will Russia deliver the S-400 systems to India on time?')).toBeNull();
  });

  it('a weapon and a transfer word far apart in unrelated clauses', () => {
    expect(shape('The drones circled over the capital for hours while, in a separate development far from the front, the government announced a new trade deal with its neighbours.')).toBeNull();
  });
});
