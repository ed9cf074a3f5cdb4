/**
 * The kit mirrors in right-to-left languages only if its styles say start and end, not left and
 * right: no physical margin, padding, border, inset or text-align may come back into src.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const PHYSICAL = [
  /\b(margin|padding|border)-(left|right)\b/,
  /\bborder-(top|bottom)-(left|right)-radius\b/,
  /(^|[\s;{`'"(])(left|right)\s*:/,
  /\b(left|right)\s*:\s*[^;]+;/,
  /\btext-align\s*:\s*(left|right)\b/,
  /\bfloat\s*:\s*(left|right)\b/,
  /\binset(Inline)?Left|\b(margin|padding|border)(Left|Right)\b/,
  // Four-value shorthands put a physical side last.
  /\b(margin|padding)\s*:\s*[^;{}]+\s+[^;{}]+\s+[^;{}]+\s+[^;{}]+;/,
];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) return sources(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** Code, not comments: a comment may well say "left". */
const code = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');

test('no physical (left/right) CSS properties in ui-kit/src', () => {
  const found: string[] = [];
  for (const file of sources(__dirname)) {
    code(readFileSync(file, 'utf8'))
      .split('\n')
      .forEach((line, i) => {
        if (PHYSICAL.some((re) => re.test(line))) found.push(`${relative(__dirname, file)}:${i + 1}: ${line.trim()}`);
      });
  }
  expect(found).toEqual([]);
});

test('the scan catches what it is meant to', () => {
  const caught = (css: string) => PHYSICAL.some((re) => re.test(css));
  expect(
    [
      'margin-left: 4px;',
      'padding-right: 0;',
      '  left: 0;',
      'text-align: right;',
      'border-left: 1px solid;',
      '{ left: 0, top: 0 }',
      'padding: 1px 2px 3px 4px;',
      'marginLeft: 4',
    ].map(caught),
  ).toEqual(Array(8).fill(true));
  expect(
    ['margin-inline-start: 4px;', 'inset-inline-end: 0;', 'text-align: start;', 'padding: 1px 2px;', 'border-inline-end: none;'].map(caught),
  ).toEqual(Array(5).fill(false));
});
