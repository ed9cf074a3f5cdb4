import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Meta } from '@storybook/react';

type StoryModule = { default: Meta } & Record<string, unknown>;

function findStoryFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) return findStoryFiles(full);
    return /\.stories\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

const srcDir = join(__dirname, '..');

/** Every `*.stories.tsx` module under src, keyed by its path relative to src. */
export const storyModules: Record<string, StoryModule> = Object.fromEntries(
  findStoryFiles(srcDir)
    .sort()
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    .map((file) => [relative(srcDir, file), require(file) as StoryModule]),
);
