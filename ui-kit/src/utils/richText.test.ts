import { parseRichText, type RichNode } from './richText';

const text = (t: string): RichNode => ({ kind: 'text', text: t });

/** Back to the text as typed, to check nothing is lost or invented. */
function flatten(nodes: readonly RichNode[]): string {
  return nodes
    .map((n) => {
      if ('children' in n) return `${n.marker}${flatten(n.children)}${n.marker}`;
      if (n.kind === 'code') return `\`${n.text}\``;
      return n.kind === 'codeBlock' ? `\`\`\`${n.text}\`\`\`` : n.text;
    })
    .join('');
}

describe('parseRichText', () => {
  it('keeps plain text as one text node', () => {
    expect(parseRichText('hello world')).toEqual([text('hello world')]);
    expect(parseRichText('')).toEqual([]);
  });

  it('formats bold, italic, strike and inline code', () => {
    expect(parseRichText('a *b* **c** _d_ ~e~ ~~f~~ `g`')).toEqual([
      text('a '),
      { kind: 'bold', marker: '*', children: [text('b')] },
      text(' '),
      { kind: 'bold', marker: '**', children: [text('c')] },
      text(' '),
      { kind: 'italic', marker: '_', children: [text('d')] },
      text(' '),
      { kind: 'strike', marker: '~', children: [text('e')] },
      text(' '),
      { kind: 'strike', marker: '~~', children: [text('f')] },
      text(' '),
      { kind: 'code', text: 'g' },
    ]);
  });

  it('nests styles and lets punctuation end them', () => {
    expect(parseRichText('*bold _and italic_*!')).toEqual([
      { kind: 'bold', marker: '*', children: [text('bold '), { kind: 'italic', marker: '_', children: [text('and italic')] }] },
      text('!'),
    ]);
    expect(parseRichText('(_aside_)')).toEqual([text('('), { kind: 'italic', marker: '_', children: [text('aside')] }, text(')')]);
  });

  it('needs word boundaries: snake_case_names and 2*3*4 stay as typed', () => {
    expect(parseRichText('call snake_case_names now')).toEqual([text('call snake_case_names now')]);
    expect(parseRichText('2*3*4 = 24')).toEqual([text('2*3*4 = 24')]);
    expect(parseRichText('a * b * c')).toEqual([text('a * b * c')]);
    expect(parseRichText('under_score_')).toEqual([text('under_score_')]);
  });

  it('leaves unmatched and unbalanced markers as typed', () => {
    for (const input of ['*open', 'close*', '**bold*', '_a *b_ c*', '~~x~', '***', '*', '``', '`open', '```open']) {
      const nodes = parseRichText(input);
      expect(flatten(nodes)).toBe(input);
    }
    expect(parseRichText('**bold*')).toEqual([text('**bold*')]);
    // Crossing pairs: the one closed first wins, the other stays as typed.
    expect(parseRichText('_a *b_ c*')).toEqual([{ kind: 'italic', marker: '_', children: [text('a *b')] }, text(' c*')]);
  });

  it('never pairs markers across a line break', () => {
    expect(parseRichText('*one\ntwo*')).toEqual([text('*one\ntwo*')]);
  });

  it('keeps markers inside code literal', () => {
    expect(parseRichText('`*not bold* _x_ https://a.example`')).toEqual([{ kind: 'code', text: '*not bold* _x_ https://a.example' }]);
    expect(parseRichText('*`code` in bold*')).toEqual([{ kind: 'bold', marker: '*', children: [{ kind: 'code', text: 'code' }, text(' in bold')] }]);
  });

  it('parses fenced code blocks, dropping the line breaks just inside the fences and the one on either side', () => {
    expect(parseRichText('look:\n```\nconst a = *b*;\n<script>x</script>\n```\ndone')).toEqual([
      text('look:'),
      { kind: 'codeBlock', text: 'const a = *b*;\n<script>x</script>' },
      text('done'),
    ]);
    // Only one: an empty line the writer left around the block stays.
    expect(parseRichText('a\n\n```x```\r\n\r\nb')).toEqual([text('a\n'), { kind: 'codeBlock', text: 'x' }, text('\r\nb')]);
    expect(parseRichText('```one``` and ```two```')).toEqual([{ kind: 'codeBlock', text: 'one' }, text(' and '), { kind: 'codeBlock', text: 'two' }]);
  });

  it('links http(s) URLs, also inside emphasis, without the closing marker', () => {
    expect(parseRichText('see *https://example.com/a_b_c*')).toEqual([
      text('see '),
      { kind: 'bold', marker: '*', children: [{ kind: 'link', text: 'https://example.com/a_b_c', href: 'https://example.com/a_b_c' }] },
    ]);
    expect(parseRichText('www.example.org.')).toEqual([{ kind: 'link', text: 'www.example.org', href: 'https://www.example.org/' }, text('.')]);
  });

  it('never links other schemes and keeps markup as text', () => {
    for (const input of [
      '[x](javascript:alert(1))',
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'data:text/html;base64,PHNjcmlwdD4=',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(1)>',
    ]) {
      const nodes = parseRichText(input);
      expect(nodes.some((n) => n.kind === 'link')).toBe(false);
      expect(flatten(nodes)).toBe(input);
    }
    expect(parseRichText('[x](https://ok.example)')).toEqual([
      text('[x]('),
      { kind: 'link', text: 'https://ok.example', href: 'https://ok.example/' },
      text(')'),
    ]);
  });

  it('handles very long hostile input, losing nothing', () => {
    const inputs = [
      '*_~`'.repeat(20_000),
      '*a '.repeat(20_000),
      `https://x.example/${'.'.repeat(20_000)}a`,
      `${'_'.repeat(20_000)}x`,
      '```'.repeat(10_001),
      `${'**a'.repeat(10_000)}${'b**'.repeat(10_000)}`,
    ];
    for (const input of inputs) expect(flatten(parseRichText(input))).toBe(input);
  });

  describe('mentions', () => {
    const mention = (t: string, username: string): RichNode => ({ kind: 'mention', text: t, username });

    it('marks @username of the mentioned names, in any case, at a word start', () => {
      expect(parseRichText('hi @Ada and @grace!', { mentions: ['ada', 'grace'] })).toEqual([
        text('hi '),
        mention('@Ada', 'ada'),
        text(' and '),
        mention('@grace', 'grace'),
        text('!'),
      ]);
    });

    it('leaves names it was not given, e-mail addresses and longer words as typed', () => {
      const input = 'ask @bob, mail ada@ada.example, @adam or @ada_x';
      expect(parseRichText(input, { mentions: ['ada'] })).toEqual([text(input)]);
      expect(parseRichText('hi @ada', {})).toEqual([text('hi @ada')]);
    });

    it('prefers the longest name and works inside emphasis, never inside code or links', () => {
      expect(parseRichText('*@ada lovelace* `@ada` https://x.example/@ada', { mentions: ['ada', 'ada lovelace'] })).toEqual([
        { kind: 'bold', marker: '*', children: [mention('@ada lovelace', 'ada lovelace')] },
        text(' '),
        { kind: 'code', text: '@ada' },
        text(' '),
        { kind: 'link', text: 'https://x.example/@ada', href: 'https://x.example/@ada' },
      ]);
    });

    it('loses nothing on many @ signs', () => {
      const input = '@ada@'.repeat(10_000);
      expect(flatten(parseRichText(input, { mentions: ['ada'] }))).toBe(input);
    });
  });
});
