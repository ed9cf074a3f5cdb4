/**
 * Every story is a test (as in Rocket.Chat's Fuselage): each story of every `*.stories.tsx` is
 * composed with the project's Storybook annotations, rendered, and checked with axe.
 */
import { composeStories, setProjectAnnotations } from '@storybook/react';
import { act, cleanup, render } from '@testing-library/react';
import { axe } from 'jest-axe';
import type { ComponentType } from 'react';
import * as previewAnnotations from '../../.storybook/preview';
import { mockChatLayout } from './test/layout';
import { storyModules } from './test/storyModules';

setProjectAnnotations([previewAnnotations]);

const cases = Object.entries(storyModules).flatMap(([file, mod]) =>
  Object.entries<ComponentType>(composeStories(mod)).map(([name, Story]) => [file, name, Story] as const),
);

// Give virtualized lists a viewport so their rows render and are checked too.
let restoreLayout: () => void;
beforeEach(() => {
  restoreLayout = mockChatLayout();
});
afterEach(() => {
  cleanup();
  restoreLayout();
});

test('every story file is collected', () => {
  expect(cases.length).toBeGreaterThan(0);
});

describe.each(cases)('%s › %s', (_file, _name, Story) => {
  it('renders with no axe violations', async () => {
    const { container } = render(<Story />);
    // Let effects, measurements and scroll writes settle before checking.
    await act(() => new Promise((resolve) => setTimeout(resolve, 30)));
    expect(container.firstChild).not.toBeNull();
    // axe is async; timers the virtualizer set (scroll-end debounce) may fire meanwhile.
    let results: Awaited<ReturnType<typeof axe>> | undefined;
    await act(async () => {
      results = await axe(container);
    });
    expect(results).toHaveNoViolations();
  });
});
