/**
 * What the story tests share: every story of every `*.stories.tsx`, composed with the project's
 * Storybook annotations in one locale, and the render-and-axe check. One test file per locale, so
 * Jest runs them in parallel workers.
 */
import { composeStories, setProjectAnnotations } from '@storybook/react';
import { act, cleanup, render } from '@testing-library/react';
import { axe } from 'jest-axe';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ComponentType } from 'react';
import * as previewAnnotations from '../../../.storybook/preview';
import { en } from '../locale/catalogs';
import type { KitMessages } from '../locale/types';
import { mockChatLayout } from './layout';
import { storyModules } from './storyModules';

setProjectAnnotations([previewAnnotations]);

export type Locale = 'en' | 'es' | 'ar';
export const composed = (locale: Locale) =>
  Object.entries(storyModules).flatMap(([file, mod]) =>
    Object.entries<ComponentType>(composeStories(mod, { initialGlobals: { theme: 'light', locale, dir: 'auto' } })).map(
      ([name, Story]) => [file, name, Story] as const,
    ),
  );

/** Give virtualized lists a viewport so their rows render and are checked too; call at a test file's top. */
export function installStoryLayout() {
  // Speed is the bench's business, not these tests'. The largest stories take seconds on a loaded
  // 2-core machine; past Jest's 5 s default a story fails while its axe run goes on, and every
  // later story in the file then fails with "Axe is already running".
  jest.setTimeout(60_000);
  let restoreLayout: () => void;
  beforeEach(() => {
    restoreLayout = mockChatLayout();
  });
  afterEach(() => {
    cleanup();
    restoreLayout();
  });
}

/** Renders a story and lets effects, measurements and scroll writes settle. */
export async function renderSettled(Story: ComponentType) {
  const view = render(<Story />);
  await act(() => new Promise((resolve) => setTimeout(resolve, 30)));
  expect(view.container.firstChild).not.toBeNull();
  return view;
}

/** Renders a story and checks it with axe. */
export async function renderChecked(Story: ComponentType) {
  const view = await renderSettled(Story);
  // axe is async; timers the virtualizer set (scroll-end debounce) may fire meanwhile.
  let results: Awaited<ReturnType<typeof axe>> | undefined;
  await act(async () => {
    results = await axe(view.container);
  });
  expect(results).toHaveNoViolations();
  return view;
}

/** Every whole text and accessible-name attribute on the page, to compare with catalog strings. */
export function shownStrings(root: HTMLElement): Set<string> {
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
export function plainStrings(messages: KitMessages): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(messages)) {
    if (typeof value === 'string' && !value.includes('[')) out.set(key, value);
    else if (typeof value === 'object') for (const [sub, text] of Object.entries(value as Record<string, string>)) out.set(`${key}.${sub}`, text);
  }
  return out;
}

/** English a story writes itself (args, demos): not the catalog's to translate. */
export function storySource(file: string): string {
  const dir = dirname(join(__dirname, '..', file));
  return readdirSync(dir)
    .filter((f) => /\.(stories|demo)\.tsx$/.test(f))
    .map((f) => readFileSync(join(dir, f), 'utf8'))
    .join('\n');
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Quoted, or as JSX text (`<span>Chats</span>`, a line of its own inside a button). */
export const writes = (source: string, text: string) =>
  new RegExp(`['"]${escape(text)}['"]|>${escape(text)}<|^\\s*${escape(text)}\\s*$`, 'm').test(source);

export const english = plainStrings(en);

/**
 * Every story rendered again in `locale`: axe-clean, in `dir`, and showing the catalog's own
 * strings wherever the English story showed the kit's English (a story's own args stay as written).
 */
export function checkStoriesIn(locale: Exclude<Locale, 'en'>, catalog: KitMessages, dir: 'ltr' | 'rtl') {
  installStoryLayout();
  const cases = composed('en');
  const localized = composed(locale);
  const theirs = plainStrings(catalog);

  test('every story file is collected', () => {
    expect(localized.length).toBeGreaterThan(0);
    expect(localized).toHaveLength(cases.length);
  });

  describe.each(localized.map((c, i) => [...c, cases[i]?.[2]] as const))('%s › %s', (file, _name, Story, EnglishStory) => {
    it(`renders ${dir}, axe-clean, with the kit's strings in ${locale}`, async () => {
      if (!EnglishStory) throw new Error('story lists differ');
      // The English render is only read here (stories.en.test.tsx checks it with axe).
      const shownInEnglish = shownStrings((await renderSettled(EnglishStory)).container);
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
}
