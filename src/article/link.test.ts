import { describe, expect, it } from 'vitest';
import { statesInText } from './link.js';

describe('statesInText', () => {
  it('a state whose name a run of capitalised words cuts (`… of Papua New Guinea`) is read whole, not as its last word', () => {
    expect(statesInText('Prime Minister of Papua New Guinea')).toEqual(['PNG']);
    expect(statesInText('Minister of Foreign Affairs of Papua New Guinea')).toEqual(['PNG']);
    expect(statesInText('Prime Minister James Marape of Papua New Guinea')).toEqual(['PNG']);
    expect(statesInText('President of Kazakhstan')).toEqual(['KAZ']);
    expect(statesInText('the President of Equatorial Guinea and the President of Guinea')).toEqual(['GNQ', 'GIN']);
  });
});
