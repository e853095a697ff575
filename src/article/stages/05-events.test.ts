import { describe, expect, it } from 'vitest';
import { checkArticle } from '../pipeline.js';

const eventsOf = (body: string, date = '2021-06-28') => checkArticle(`A plain test headline\n\n${body}`, { date }).events;

describe('events', () => {
  it('finds each type with its actors, place and date', () => {
    const events = eventsOf([
      'General Min Aung Hlaing headed to Moscow on June 20 for a security conference.',
      'The military toppled the elected government four months ago.',
      'Beijing and Moscow blocked a statement in the United Nations Security Council on Tuesday.',
      'The United States imposed sanctions on army-owned firms yesterday.',
      'Russia delivered six Su-30 fighter jets in March.',
    ].join('\n\n'));
    expect(events.map((e) => [e.type, e.date, e.place ?? null])).toEqual([
      ['visit', '2021-06-20', 'Moscow'],
      ['meeting', undefined, 'Moscow'], // the conference: the date went to the visit, the nearer trigger
      ['coup', '2021-02', null],
      ['UN action', '2021-06-22', 'United Nations Security Council'],
      ['sanction', '2021-06-27', null],
      ['arms transfer', '2021-03', null],
    ]);
    expect(events[0].actors).toEqual(['Min Aung Hlaing', 'Russia']);
    expect(events.find((e) => e.type === 'UN action')!.actors).toEqual(expect.arrayContaining(['China', 'Russia']));
    expect(events.find((e) => e.type === 'sanction')!.actors).toEqual(['United States']);
  });

  it('gives an event that names no one the actors of its context: the sentence’s other event, else the sentence before', () => {
    const pair = eventsOf('Xi Jinping and Luiz Inacio Lula da Silva met at the presidential residence on Wednesday and signed 37 agreements.');
    expect(pair.find((e) => e.type === 'agreement')!.actors).toEqual(['Xi Jinping', 'Luiz Inacio Lula da Silva']);
    const before = eventsOf('Laos and Russia opened their joint drills near Vientiane.\n\nThe exercise ended on Friday with live fire.');
    expect(before.filter((e) => e.type === 'exercise').flatMap((e) => e.actors)).toEqual(expect.arrayContaining(['Laos', 'Russia']));
  });

  it('lets a sentence that refers back take the date and place of the event it names', () => {
    const events = eventsOf('General Min Aung Hlaing headed to Moscow on June 20.\n\nThe visit included meetings with Russian Defense Minister Sergei Shoigu.');
    expect(events).toHaveLength(2);
    expect(events[1]).toMatchObject({ type: 'meeting', date: '2021-06-20', place: 'Moscow' });
    expect(events[1].actors).toEqual(expect.arrayContaining(['Min Aung Hlaing', 'Sergei Shoigu']));
  });

  it('merges two mentions of one event, keeping the more precise date', () => {
    const events = eventsOf('The military toppled the elected government four months ago.\n\nChina worries about the chaos the February 1 coup has caused.');
    expect(events.filter((e) => e.type === 'coup')).toEqual([expect.objectContaining({ date: '2021-02-01', dateText: 'February 1' })]);
  });

  it('gives each date to the event nearest to it', () => {
    const events = eventsOf('Mali’s military government, which seized power in a coup in August 2020, had asked for the sanctions to be lifted.', '2023-08-31');
    expect(events.find((e) => e.type === 'coup')!.date).toBe('2020-08');
    expect(events.find((e) => e.type === 'sanction')?.date).toBeUndefined();
  });

  it('skips what did not happen: hypothetical, negated, discussed, figurative', () => {
    expect(eventsOf([
      'That pressure would come with a trip to Beijing.',
      'Kazakhstan has not joined Western sanctions against Russia.',
      'They met to discuss the delivery of fighter jets.',
      'Low prices make Russian jets a better deal.',
    ].join('\n\n')).map((e) => e.type)).toEqual(['meeting']);
  });

  it('ignores what is said inside quotations', () => {
    expect(eventsOf('“The chaos triggered by the coup worries us,” he said.')).toEqual([]);
  });

  it('leaves relative dates unresolved when the article date is unknown', () => {
    const [visit] = checkArticle('Test headline here\n\nThe president visited Beijing last week.', {}).events;
    expect(visit).toMatchObject({ type: 'visit', dateText: 'last week' });
    expect(visit.date).toBeUndefined();
  });
});

describe('events of every kind the issue names', () => {
  it('agreements, exercises, arms transfers and statements, each with its actors', () => {
    const events = eventsOf([
      'China and Georgia signed a free trade agreement in 2017.',
      'Russian and Laotian troops began joint military exercises near Vientiane.',
      'Pakistan inducted six Chinese J-10C fighter jets on Friday.',
      '“We will buy more,” said Air Marshal Zaheer Ahmed Baber, the air force chief.',
    ].join('\n\n'), '2022-03-13');
    const byType = Object.fromEntries(events.map((e) => [e.type, e]));
    expect(byType.agreement).toMatchObject({ date: '2017' });
    expect(byType.agreement.actors).toEqual(expect.arrayContaining(['China', 'Georgia']));
    expect(byType.exercise.actors).toEqual(expect.arrayContaining(['Russia', 'Laos']));
    expect(byType['arms transfer']).toMatchObject({ date: '2022-03-11' });
    expect(byType['arms transfer'].actors).toEqual(expect.arrayContaining(['Pakistan', 'China']));
    expect(byType.statement.actors[0]).toBe('Zaheer Ahmed Baber');
  });

  it('one statement per speaker; a source of figures (`according to`) and unnamed groups make none', () => {
    const events = eventsOf('“No,” said Jane Roe, a fellow at Chatham House. “Never,” Roe said. Analysts say the deal is off. Deliveries rose, according to data from the Stockholm International Peace Research Institute.');
    expect(events.filter((e) => e.type === 'statement').map((e) => e.actors[0])).toEqual(['Jane Roe']);
  });

  it('planned and hoped-for events are not listed', () => {
    const events = eventsOf('Russia plans to hold joint exercises with Laos next year. Vietnam hopes to sign a defence pact with India.');
    expect(events.filter((e) => e.type === 'exercise' || e.type === 'agreement')).toEqual([]);
  });
});

describe('dates only where the text supports them', () => {
  const undated = (body: string) => checkArticle(`A plain test headline\n\n${body}`, {}).events;

  it('without a publication date, a weekday, a month or `last year` stays text', () => {
    const events = undated('Qin Gang met Min Aung Hlaing in Naypyidaw on Tuesday. His predecessor Wang Yi visited Myanmar in July last year.');
    expect(events.filter((e) => e.type !== 'statement').length).toBeGreaterThanOrEqual(2);
    for (const e of events) expect(e.date).toBeUndefined();
    expect(events.find((e) => e.type === 'meeting')!.dateText).toBe('on Tuesday');
  });

  it('a phrase with its own year dates the event all the same', () => {
    expect(undated('Egypt ordered 24 Rafale jets from France in 2015.').find((e) => e.type === 'arms transfer')!.date).toBe('2015');
  });

  it('a date guessed from the body is not a publication date: relative phrases stay undated', () => {
    const events = undated('The talks of June 22, 2021 were long. Min Aung Hlaing visited Moscow on June 20.');
    expect(events.find((e) => e.type === 'visit')!.date).toBeUndefined();
  });

  it('a guest hosted, or a delegation attending, is a visit', () => {
    const hosted = eventsOf('Eritrea and Mali had both recently hosted Russian Foreign Minister Sergei Lavrov.');
    expect(hosted.find((e) => e.type === 'visit')?.actors).toContain('Sergei Lavrov');
    expect(eventsOf('A delegation from China attended the inauguration of the Ream naval base.').map((e) => e.type)).toContain('visit');
  });
});
