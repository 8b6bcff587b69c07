/** Paths the tests share: the repository root and the shared corpus beside it. */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SHARED = process.env.OFFICEMATE_SHARED ?? join(REPO_ROOT, '..', 'shared');
export const CORPUS = join(SHARED, 'corpus');
export const EXAMPLES = join(REPO_ROOT, 'examples', 'workspace');
export const TINY_MODEL = join(SHARED, 'models', 'stories260K.gguf');

/** True when tests must not skip for a missing tool (CI). */
export const STRICT = process.env.CI === 'true';
