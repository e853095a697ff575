import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../pipeline.js';

const run = (body: string) => analyzeArticle(`A plain test headline\n\n${body}`, {}, 'quotes');
const quotesOf = (body: string) => run(body).quotes.map((q) => [q.text, q.speaker, q.kind]);
const acts = (body: string) => {
  const doc = run(body);
  return doc.speech.map((a) => [doc.text.slice(a.verbStart, a.verbEnd), a.speaker !== null ? doc.actors[a.speaker].name : a.speakerText]);
};

describe('attributions (speech acts)', () => {
  it('finds the speaker before, after and around the verb', () => {
    expect(acts('Ye Myo Hein, who heads a think tank, said it was late. Those woes matter, said Ye Myo Hein. He added that it was costly.')).toEqual([
      ['said', 'Ye Myo Hein'],
      ['said', 'Ye Myo Hein'],
      ['added', 'Ye Myo Hein'],
    ]);
  });

  it('keeps the subject through an appositive, not the organisation inside it', () => {
    expect(acts('Ian Storey, another analyst at the Institute of Southeast Asian Studies, said Russia would like ports.')).toEqual([['said', 'Ian Storey']]);
  });

  it('shares a subject between two verbs of one sentence', () => {
    expect(acts('Analyst Ian Storey spoke. He said a stop would help but added the fleet was small.')).toEqual([
      ['said', 'Ian Storey'],
      ['added', 'Ian Storey'],
    ]);
  });

  it('does not take an act for speech: agreed to a plan, called off', () => {
    expect(acts('General Min Aung Hlaing agreed to the plan. He called off the visit.')).toEqual([]);
  });

  it('names unnamed and collective speakers as the text does', () => {
    expect(acts('The move was a mistake, analysts say. The ministry said in a statement that the drills were routine. According to the report, deliveries rose.')).toEqual([
      ['say', 'analysts'],
      ['said', 'The ministry'],
      ['According to', 'the report'],
    ]);
  });
});

describe('pronouns', () => {
  it('resolves he and she to the most recent speaker, learning the gender from the text', () => {
    const doc = run('“One,” said Anthony Davis, a security analyst.\n\n“Two,” he said.\n\nIt was clear, said Moe Thuzar, an analyst.\n\n“Three,” she said.\n\n“Four,” he said.');
    expect(doc.quotes.map((q) => q.speaker)).toEqual(['Anthony Davis', 'Anthony Davis', 'Moe Thuzar', 'Anthony Davis']);
  });

  it('leaves a pronoun unresolved rather than guess across the article', () => {
    const doc = run('“Nobody knows,” he said.');
    expect(doc.quotes[0].speaker).toBeNull();
  });
});

describe('quotations', () => {
  it('attributes a direct quotation and its continuation in the same paragraph', () => {
    expect(quotesOf('“It undercuts values,” said Eugene Rumer, a Russia expert at the Carnegie Endowment. “The flip side is clear.”')).toEqual([
      ['It undercuts values', 'Eugene Rumer', 'direct'],
      ['The flip side is clear.', 'Eugene Rumer', 'direct'],
    ]);
  });

  it('takes the role given at the attribution over the one given earlier', () => {
    const doc = run('Analyst Jane Roe has written on it. “We wait,” said Jane Roe, a fellow at Chatham House.');
    expect(doc.quotes[0]).toMatchObject({ speaker: 'Jane Roe', speakerRole: 'fellow at Chatham House' });
  });

  it('marks quotations inside indirect speech as partial', () => {
    expect(quotesOf('Davis said Russia also offers Myanmar “a critical great-power counterbalance.” Last year General Min Aung Hlaing openly complained about a “foreign country” backing rebels.')).toEqual([
      ['a critical great-power counterbalance.', 'Davis', 'partial'],
      ['foreign country', 'Min Aung Hlaing', 'partial'],
    ]);
  });

  it('gives a plan’s words to the plan, never to the person who agreed to it', () => {
    const doc = run('The generals accepted a five-point plan drawn up by the Association of Southeast Asian Nations.\n\nGeneral Min Aung Hlaing agreed to the plan in April, including negotiations with “all parties concerned,” but has done nothing.');
    expect(doc.quotes[0]).toMatchObject({ speaker: 'the five-point plan', speakerRole: 'document drawn up by the Association of Southeast Asian Nations', kind: 'partial' });
  });

  it('joins the paragraphs of a quotation that runs over several', () => {
    const doc = run('“We rebuilt the air force.\n\n“Nobody will dictate to us,” General Karim Saleh said.');
    expect(doc.quotes).toHaveLength(1);
    expect(doc.quotes[0]).toMatchObject({ text: 'We rebuilt the air force. Nobody will dictate to us', speaker: 'Karim Saleh', kind: 'direct' });
  });

  it('reports offsets of the quoted words in the cleaned text', () => {
    const doc = run('“Yes,” said Anthony Davis, an analyst.');
    const q = doc.quotes[0];
    expect(doc.text.slice(q.start, q.end)).toBe('Yes');
  });
});
