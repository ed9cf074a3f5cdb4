/** Every story again in Arabic: axe-clean, right to left, with the kit's strings translated. */
import { ar } from '../locale/catalogs';
import { checkStoriesIn } from '../test/storyChecks';

checkStoriesIn('ar', ar, 'rtl');
