/** Every story is a test (as in Rocket.Chat's Fuselage): each story rendered in English and checked with axe. */
import { composed, renderChecked, installStoryLayout } from '../test/storyChecks';

installStoryLayout();
const cases = composed('en');

test('every story file is collected', () => {
  expect(cases.length).toBeGreaterThan(0);
});

describe.each(cases)('%s › %s', (_file, _name, Story) => {
  it('renders with no axe violations', async () => {
    await renderChecked(Story);
  });
});
