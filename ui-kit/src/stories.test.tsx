/**
 * Every story is a test (as in Rocket.Chat's Fuselage): each story of every `*.stories.tsx` is
 * composed with the project's Storybook annotations, rendered, and checked with axe — in English,
 * and again in Arabic (right to left) and Spanish through the toolbar's globals.
 */
import { composeStories, setProjectAnnotations } from '@storybook/react';
import { act, cleanup, render } from '@testing-library/react';
import { axe } from 'jest-axe';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ComponentType } from 'react';
import * as previewAnnotations from '../../.storybook/preview';
import { ar, en, es } from './locale/catalogs';
import type { KitMessages } from './locale/types';
import { mockChatLayout } from './test/layout';
import { storyModules } from './test/storyModules';

setProjectAnnotations([previewAnnotations]);

type Locale = 'en' | 'es' | 'ar';
const composed = (locale: Locale) =>
  Object.entries(storyModules).flatMap(([file, mod]) =>
    Object.entries<ComponentType>(composeStories(mod, { initialGlobals: { theme: 'light', locale, dir: 'auto' } })).map(
      ([name, Story]) => [file, name, Story] as const,
    ),
  );
const cases = composed('en');
const localized = { es: composed('es'), ar: composed('ar') };

// Give virtualized lists a viewport so their rows render and are checked too.
let restoreLayout: () => void;
beforeEach(() => {
  restoreLayout = mockChatLayout();
});
afterEach(() => {
  cleanup();
  restoreLayout();
});

async function renderChecked(Story: ComponentType) {
  const view = render(<Story />);
  // Let effects, measurements and scroll writes settle before checking.
  await act(() => new Promise((resolve) => setTimeout(resolve, 30)));
  expect(view.container.firstChild).not.toBeNull();
  // axe is async; timers the virtualizer set (scroll-end debounce) may fire meanwhile.
  let results: Awaited<ReturnType<typeof axe>> | undefined;
  await act(async () => {
    results = await axe(view.container);
  });
  expect(results).toHaveNoViolations();
  return view;
}

/** Every whole text and accessible-name attribute on the page, to compare with catalog strings. */
function shownStrings(root: HTMLElement): Set<string> {
  const found = new Set<string>();
  for (const el of root.querySelectorAll('*')) {
    const own = el.textContent?.trim();
    if (own) found.add(own);
    for (const attr of ['aria-label', 'placeholder', 'title']) {
      const value = el.getAttribute(attr);
      if (value) found.add(value);
    }
  }
  return found;
}

/** The catalog's plain strings (not the functions, not the "[hidden]" templates), by key. */
function plainStrings(messages: KitMessages): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(messages)) {
    if (typeof value === 'string' && !value.includes('[')) out.set(key, value);
    else if (typeof value === 'object') for (const [sub, text] of Object.entries(value as Record<string, string>)) out.set(`${key}.${sub}`, text);
  }
  return out;
}

/** English a story writes itself (args, demos): not the catalog's to translate. */
function storySource(file: string): string {
  const dir = dirname(join(__dirname, file));
  return readdirSync(dir)
    .filter((f) => /\.(stories|demo)\.tsx$/.test(f))
    .map((f) => readFileSync(join(dir, f), 'utf8'))
    .join('\n');
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Quoted, or as JSX text (`<span>Chats</span>`, a line of its own inside a button). */
const writes = (source: string, text: string) => new RegExp(`['"]${escape(text)}['"]|>${escape(text)}<|^\\s*${escape(text)}\\s*$`, 'm').test(source);

const english = plainStrings(en);

test('every story file is collected', () => {
  expect(cases.length).toBeGreaterThan(0);
  expect(localized.es).toHaveLength(cases.length);
  expect(localized.ar).toHaveLength(cases.length);
});

describe.each(cases)('%s › %s', (_file, _name, Story) => {
  it('renders with no axe violations', async () => {
    await renderChecked(Story);
  });
});

describe.each([
  ['es', es, 'ltr'],
  ['ar', ar, 'rtl'],
] as const)('in %s', (locale, catalog, dir) => {
  const theirs = plainStrings(catalog);
  describe.each(localized[locale].map((c, i) => [...c, cases[i]?.[2]] as const))('%s › %s', (file, _name, Story, EnglishStory) => {
    it(`renders ${dir}, axe-clean, with the kit's strings in ${locale}`, async () => {
      if (!EnglishStory) throw new Error('story lists differ');
      const shownInEnglish = shownStrings((await renderChecked(EnglishStory)).container);
      cleanup();
      const { container } = await renderChecked(Story);
      expect(container.querySelector(`[dir="${dir}"][lang="${locale}"]`)).not.toBeNull();
      const shown = shownStrings(container);
      const source = storySource(file);
      // Catalog strings the English story showed that did not come from the story itself.
      const fromKit = [...english].filter(([key, text]) => shownInEnglish.has(text) && !writes(source, text) && theirs.get(key) !== text);
      const untranslated = fromKit.filter(([key]) => !shown.has(theirs.get(key) ?? '')).map(([key, text]) => `${key}: ${text}`);
      expect(untranslated).toEqual([]);
    });
  });
});
