import { textOf } from './formText';

describe('textOf', () => {
  it('reads a text field, and answers "" for a missing field or a file', () => {
    const data = new FormData();
    data.set('username', 'alice');
    data.set('avatar', new Blob(['x']), 'a.png');
    expect(textOf(data, 'username')).toBe('alice');
    expect(textOf(data, 'password')).toBe('');
    expect(textOf(data, 'avatar')).toBe('');
  });
});
