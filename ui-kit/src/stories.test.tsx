/**
 * Every story is a test (as in Rocket.Chat's Fuselage): each story of every `*.stories.tsx` is
 * composed with the project's Storybook annotations, rendered, and checked with axe.
 */
import { composeStories, setProjectAnnotations } from '@storybook/react';
import { cleanup, render } from '@testing-library/react';
import { axe } from 'jest-axe';
import type { ComponentType } from 'react';
import * as previewAnnotations from '../../.storybook/preview';
import { storyModules } from './test/storyModules';

setProjectAnnotations([previewAnnotations]);

const cases = Object.entries(storyModules).flatMap(([file, mod]) =>
  (Object.entries(composeStories(mod)) as Array<[string, ComponentType]>).map(
    ([name, Story]) => [file, name, Story] as const,
  ),
);

afterEach(cleanup);

test('every story file is collected', () => {
  expect(cases.length).toBeGreaterThan(0);
});

describe.each(cases)('%s › %s', (_file, _name, Story) => {
  it('renders with no axe violations', async () => {
    const { container } = render(<Story />);
    expect(container.firstChild).not.toBeNull();
    expect(await axe(container)).toHaveNoViolations();
  });
});
