import { linkify } from './linkify';

/** Message text parsed into the small, safe formatting subset the kit renders. Never HTML. */
export type RichNode =
  | { kind: 'text'; text: string }
  | { kind: 'link'; text: string; href: string }
  | { kind: 'code'; text: string }
  | { kind: 'codeBlock'; text: string }
  /** `@username` of someone the message mentions; `username` as given in the options. */
  | { kind: 'mention'; text: string; username: string }
  | { kind: 'bold' | 'italic' | 'strike'; marker: string; children: RichNode[] };

type Style = 'bold' | 'italic' | 'strike';

const FENCE = '```';
const STYLE_OF: Record<string, Style | undefined> = { '*': 'bold', '**': 'bold', _: 'italic', '~': 'strike', '~~': 'strike' };
const WORD = /[\p{L}\p{N}]/u;
const SPACE = /\s/u;

const isWord = (ch: string | undefined) => ch !== undefined && WORD.test(ch);
const isNameChar = (ch: string | undefined) => isWord(ch) || ch === '_';
const isSpace = (ch: string | undefined) => ch === undefined || SPACE.test(ch);

/** A node whose text is fixed (code, a link, a mention), at its place in the source. */
type Atom = { start: number; end: number; node: RichNode };

type Frame = { marker: string; style?: Style; children: RichNode[] };

/** Appends a node, merging text into the text before it. */
function add(out: RichNode[], node: RichNode) {
  const last = out[out.length - 1];
  if (node.kind === 'text' && last?.kind === 'text') last.text += node.text;
  else if (node.kind !== 'text' || node.text) out.push(node.kind === 'text' ? { ...node } : node);
}

/**
 * Emphasis over plain text and atoms (code spans, links). Markers pair like Slack's and WhatsApp's:
 * an opener follows a non-word character and precedes a non-space, a closer the reverse, and a pair
 * never crosses a line break, so `snake_case_names` and `2*3*4` stay as typed. Linear: a count per
 * marker says whether a closer has an opener, and each frame is pushed and popped at most once.
 */
function emphasis(source: string, atoms: readonly Atom[]): RichNode[] {
  const stack: Frame[] = [{ marker: '', children: [] }];
  const open: Record<string, number> = {};
  const top = () => stack[stack.length - 1] as Frame;
  let text = '';
  const flush = () => {
    add(top().children, { kind: 'text', text });
    text = '';
  };
  // Frames above `depth` never closed: their markers and contents go back as text.
  const unwind = (depth: number) => {
    flush();
    while (stack.length > depth) {
      const frame = stack.pop() as Frame;
      open[frame.marker] = (open[frame.marker] ?? 1) - 1;
      add(top().children, { kind: 'text', text: frame.marker });
      for (const node of frame.children) add(top().children, node);
    }
  };
  let atom = 0;
  let i = 0;
  while (i < source.length) {
    const next = atoms[atom];
    if (next?.start === i) {
      flush();
      top().children.push(next.node);
      i = next.end;
      atom += 1;
      continue;
    }
    const ch = source[i] as string;
    if (ch === '\n') unwind(1);
    if (ch !== '*' && ch !== '_' && ch !== '~') {
      text += ch;
      i += 1;
      continue;
    }
    let end = i + 1;
    while (source[end] === ch && (!next || end < next.start)) end += 1;
    const run = source.slice(i, end);
    const style = STYLE_OF[run];
    const before = source[i - 1];
    const after = source[end];
    if (style && (open[run] ?? 0) > 0 && !isSpace(before) && !isWord(after)) {
      let depth = stack.length - 1;
      while ((stack[depth] as Frame).marker !== run) depth -= 1;
      unwind(depth + 1);
      const frame = stack.pop() as Frame;
      open[run] = (open[run] ?? 1) - 1;
      top().children.push({ kind: style, marker: run, children: frame.children });
    } else if (style && !isWord(before) && !isSpace(after)) {
      flush();
      stack.push({ marker: run, style, children: [] });
      open[run] = (open[run] ?? 0) + 1;
    } else {
      text += run;
    }
    i = end;
  }
  unwind(1);
  return top().children;
}

export interface RichTextOptions {
  /** Usernames the message mentions: their `@username` tokens become mention nodes (any case). */
  mentions?: readonly string[];
}

/**
 * `@username` tokens in plain text (outside code and links) for the given usernames (longest
 * first): the `@` at the start of a word, the name followed by a non-word character.
 */
function findMentions(source: string, from: number, to: number, names: readonly string[], out: Atom[]) {
  const longest = names[0]?.length ?? 0;
  let at = source.indexOf('@', from);
  while (at !== -1 && at < to) {
    // Only as much as the longest name and the character after it: linear however many @ there are.
    const rest = source.slice(at + 1, Math.min(to, at + 2 + longest)).toLowerCase();
    const name = isNameChar(source[at - 1]) ? undefined : names.find((n) => rest.startsWith(n.toLowerCase()) && !isNameChar(rest[n.length]));
    if (name) {
      const end = at + 1 + name.length;
      out.push({ start: at, end, node: { kind: 'mention', text: source.slice(at, end), username: name } });
      at = source.indexOf('@', end);
    } else at = source.indexOf('@', at + 1);
  }
}

/** Inline formatting of text with no fences: `code` spans, then links and mentions, then emphasis. */
function parseInline(source: string, options: RichTextOptions): RichNode[] {
  const atoms: Atom[] = [];
  // Longest first, so "@ada lovelace" is not taken for "@ada".
  const names = [...(options.mentions ?? [])].filter(Boolean).sort((a, b) => b.length - a.length);
  let plainStart = 0;
  const addLinks = (from: number, to: number) => {
    if (to <= from) return;
    let offset = from;
    for (const part of linkify(source.slice(from, to))) {
      if (part.kind === 'link') atoms.push({ start: offset, end: offset + part.text.length, node: { ...part } });
      else if (names.length) findMentions(source, offset, offset + part.text.length, names, atoms);
      offset += part.text.length;
    }
  };
  let tick = source.indexOf('`');
  while (tick !== -1) {
    const close = source.indexOf('`', tick + 1);
    if (close === -1) break;
    if (close === tick + 1) {
      // "``" is not an empty code span: both stay as typed.
      tick = source.indexOf('`', close + 1);
      continue;
    }
    addLinks(plainStart, tick);
    atoms.push({ start: tick, end: close + 1, node: { kind: 'code', text: source.slice(tick + 1, close) } });
    plainStart = close + 1;
    tick = source.indexOf('`', plainStart);
  }
  addLinks(plainStart, source.length);
  return emphasis(source, atoms);
}

/**
 * Parses message text into formatting nodes: ```fenced blocks```, `code`, *bold* or **bold**,
 * _italic_, ~strike~, http(s) links and `@username` mentions of `options.mentions`. Everything
 * inside code is literal; markers that do not pair stay as typed; no scheme other than http(s) is
 * ever linked. Linear in the text's length (times the number of mentioned names).
 */
export function parseRichText(text: string, options: RichTextOptions = {}): RichNode[] {
  let out: RichNode[] = [];
  let from = 0;
  let fence = text.indexOf(FENCE);
  let close = fence === -1 ? -1 : text.indexOf(FENCE, fence + FENCE.length);
  while (close !== -1) {
    // The line breaks just inside the fences, and the one on either side of the block (which is a
    // block of its own), are layout, not content: kept, they would show as empty lines.
    const body = text.slice(fence + FENCE.length, close).replace(/^\r?\n|\r?\n$/g, '');
    const before = text.slice(from, fence).replace(/\r?\n$/, '');
    out = out.concat(parseInline(before, options), { kind: 'codeBlock', text: body });
    from = close + FENCE.length;
    if (text.startsWith('\r\n', from)) from += 2;
    else if (text.startsWith('\n', from)) from += 1;
    fence = text.indexOf(FENCE, from);
    close = fence === -1 ? -1 : text.indexOf(FENCE, fence + FENCE.length);
  }
  return out.concat(parseInline(text.slice(from), options));
}
