import { linkify } from './linkify';

/** Message text parsed into the small, safe formatting subset the kit renders. Never HTML. */
export type RichNode =
  | { kind: 'text'; text: string }
  | { kind: 'link'; text: string; href: string }
  | { kind: 'code'; text: string }
  | { kind: 'codeBlock'; text: string }
  | { kind: 'bold' | 'italic' | 'strike'; marker: string; children: RichNode[] };

type Style = 'bold' | 'italic' | 'strike';

const FENCE = '```';
const STYLE_OF: Record<string, Style | undefined> = { '*': 'bold', '**': 'bold', _: 'italic', '~': 'strike', '~~': 'strike' };
const WORD = /[\p{L}\p{N}]/u;
const SPACE = /\s/u;

const isWord = (ch: string | undefined) => ch !== undefined && WORD.test(ch);
const isSpace = (ch: string | undefined) => ch === undefined || SPACE.test(ch);

/** A piece of one inline run before emphasis is resolved: atomic text, or a marker that may pair. */
type Piece = { kind: 'atom'; node: RichNode } | { kind: 'marker'; text: string; style: Style; role?: 'open' | 'close' };

function pushText(out: RichNode[], text: string) {
  if (!text) return;
  const last = out[out.length - 1];
  if (last?.kind === 'text') last.text += text;
  else out.push({ kind: 'text', text });
}

/**
 * Splits plain text (no code in it) into text and marker pieces. Markers pair like Slack's and
 * WhatsApp's: an opener follows a non-word character and precedes a non-space, a closer the reverse,
 * and a pair never crosses a line break, so `snake_case_names` and `2*3*4` stay as typed. One stack
 * with a count per kind keeps it linear: each marker is pushed and popped at most once.
 */
function emphasis(source: string, atoms: readonly { start: number; end: number; node: RichNode }[]): Piece[] {
  const pieces: Piece[] = [];
  const stack: number[] = [];
  const open: Record<string, number> = {};
  let atom = 0;
  let textStart = 0;
  const flushText = (end: number) => {
    if (end > textStart) pieces.push({ kind: 'atom', node: { kind: 'text', text: source.slice(textStart, end) } });
  };
  let i = 0;
  while (i < source.length) {
    const next = atoms[atom];
    if (next && next.start === i) {
      flushText(i);
      pieces.push({ kind: 'atom', node: next.node });
      i = next.end;
      textStart = i;
      atom += 1;
      continue;
    }
    const ch = source[i];
    if (ch === '\n') {
      for (const index of stack) (pieces[index] as Extract<Piece, { kind: 'marker' }>).role = undefined;
      stack.length = 0;
      for (const key of Object.keys(open)) open[key] = 0;
      i += 1;
      continue;
    }
    if (ch !== '*' && ch !== '_' && ch !== '~') {
      i += 1;
      continue;
    }
    let end = i + 1;
    while (source[end] === ch && (!next || end < next.start)) end += 1;
    const run = source.slice(i, end);
    const style = STYLE_OF[run];
    const before = source[i - 1];
    const after = source[end];
    if (style) {
      const canClose = !isSpace(before) && !isWord(after);
      const canOpen = !isWord(before) && !isSpace(after);
      if (canClose && (open[run] ?? 0) > 0) {
        flushText(i);
        // Markers opened after the matching one stay as typed.
        let top = stack.pop();
        while (top !== undefined && (pieces[top] as { text: string }).text !== run) {
          const unmatched = pieces[top] as Extract<Piece, { kind: 'marker' }>;
          unmatched.role = undefined;
          open[unmatched.text] = (open[unmatched.text] ?? 1) - 1;
          top = stack.pop();
        }
        open[run] = (open[run] ?? 1) - 1;
        pieces.push({ kind: 'marker', text: run, style, role: 'close' });
        textStart = end;
      } else if (canOpen) {
        flushText(i);
        stack.push(pieces.length);
        open[run] = (open[run] ?? 0) + 1;
        pieces.push({ kind: 'marker', text: run, style, role: 'open' });
        textStart = end;
      }
    }
    i = end;
  }
  flushText(source.length);
  // Openers still on the stack never closed: they are plain text.
  for (const index of stack) (pieces[index] as Extract<Piece, { kind: 'marker' }>).role = undefined;
  return pieces;
}

/** Turns resolved pieces into a tree: each open/close pair wraps what lies between. */
function toTree(pieces: readonly Piece[]): RichNode[] {
  const root: RichNode[] = [];
  const frames: { style: Style; marker: string; children: RichNode[] }[] = [];
  const current = () => frames[frames.length - 1]?.children ?? root;
  for (const piece of pieces) {
    if (piece.kind === 'atom') {
      if (piece.node.kind === 'text') pushText(current(), piece.node.text);
      else current().push(piece.node);
    } else if (piece.role === 'open') {
      frames.push({ style: piece.style, marker: piece.text, children: [] });
    } else if (piece.role === 'close') {
      const frame = frames.pop();
      if (frame) current().push({ kind: frame.style, marker: frame.marker, children: frame.children });
    } else {
      pushText(current(), piece.text);
    }
  }
  return root;
}

/** Inline formatting of text with no fences: `code` spans, then links, then emphasis. */
function parseInline(source: string): RichNode[] {
  const atoms: { start: number; end: number; node: RichNode }[] = [];
  let plainStart = 0;
  const addLinks = (from: number, to: number) => {
    if (to <= from) return;
    let offset = from;
    for (const part of linkify(source.slice(from, to))) {
      if (part.kind === 'link') atoms.push({ start: offset, end: offset + part.text.length, node: { ...part } });
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
  return toTree(emphasis(source, atoms));
}

/**
 * Parses message text into formatting nodes: ```fenced blocks```, `code`, *bold* or **bold**,
 * _italic_, ~strike~ and http(s) links. Everything inside code is literal; markers that do not pair
 * stay as typed; no scheme other than http(s) is ever linked. Linear in the text's length.
 */
export function parseRichText(text: string): RichNode[] {
  const out: RichNode[] = [];
  let from = 0;
  let fence = text.indexOf(FENCE);
  while (fence !== -1) {
    const close = text.indexOf(FENCE, fence + FENCE.length);
    if (close === -1) break;
    for (const node of parseInline(text.slice(from, fence))) {
      if (node.kind === 'text') pushText(out, node.text);
      else out.push(node);
    }
    // The line breaks just inside the fences are layout, not content.
    const body = text
      .slice(fence + FENCE.length, close)
      .replace(/^\r?\n/, '')
      .replace(/\r?\n$/, '');
    out.push({ kind: 'codeBlock', text: body });
    from = close + FENCE.length;
    fence = text.indexOf(FENCE, from);
  }
  for (const node of parseInline(text.slice(from))) {
    if (node.kind === 'text') pushText(out, node.text);
    else out.push(node);
  }
  return out;
}
