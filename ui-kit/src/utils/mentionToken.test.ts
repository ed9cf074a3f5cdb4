import { filterMentionCandidates, insertMention, mentionTokenAt } from './mentionToken';

describe('mentionTokenAt', () => {
  it('finds an @ at a word start up to the caret', () => {
    expect(mentionTokenAt('@', 1)).toEqual({ start: 0, query: '' });
    expect(mentionTokenAt('hi @ad', 6)).toEqual({ start: 3, query: 'ad' });
    expect(mentionTokenAt('hi\n@ad there', 6)).toEqual({ start: 3, query: 'ad' });
    // The caret inside the token: only what is before it.
    expect(mentionTokenAt('hi @ada', 5)).toEqual({ start: 3, query: 'a' });
  });

  it('is none inside a word, an e-mail, after a space, or with the caret before the @', () => {
    expect(mentionTokenAt('mail ada@ex', 11)).toBeNull();
    expect(mentionTokenAt('hi @ada ', 8)).toBeNull();
    expect(mentionTokenAt('hi @ada', 3)).toBeNull();
    expect(mentionTokenAt('hello', 5)).toBeNull();
    expect(mentionTokenAt('@@a', 3)).toBeNull();
  });
});

describe('filterMentionCandidates', () => {
  const people = [
    { id: 1, username: 'ada', displayName: 'Ada Lovelace' },
    { id: 2, username: 'grace', displayName: 'Grace Hopper' },
    { id: 3, username: 'lin', displayName: 'Linus Pauling' },
    { id: 4, username: 'hopper99' },
  ];

  it('matches username prefixes first, then display-name words, in any case', () => {
    expect(filterMentionCandidates(people, '').map((p) => p.id)).toEqual([1, 2, 3, 4]);
    expect(filterMentionCandidates(people, 'HOP').map((p) => p.id)).toEqual([4, 2]);
    expect(filterMentionCandidates(people, 'love').map((p) => p.id)).toEqual([1]);
    expect(filterMentionCandidates(people, 'zz')).toEqual([]);
    expect(filterMentionCandidates(people, '', 2)).toHaveLength(2);
  });
});

describe('insertMention', () => {
  it('replaces the typed token with @username and a space, caret after it', () => {
    expect(insertMention('hi @ad', { start: 3, query: 'ad' }, 6, 'ada')).toEqual(['hi @ada ', 8]);
    expect(insertMention('@g see you', { start: 0, query: 'g' }, 2, 'grace')).toEqual(['@grace see you', 7]);
  });
});
