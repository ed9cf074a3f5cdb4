/** Every story again in Spanish: axe-clean, left to right, with the kit's strings translated. */
import { es } from '../locale/catalogs';
import { checkStoriesIn } from '../test/storyChecks';

checkStoriesIn('es', es, 'ltr');
