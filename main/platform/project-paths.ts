import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project's root, found from this file so that commands work from any working directory. */
export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const RENDERER_SOURCE = path.join(PROJECT_ROOT, 'renderer');
export const RENDERER_BUILD = path.join(PROJECT_ROOT, 'out', 'renderer');

/** npm runs scripts in the project root; a relative --db means the folder the user typed the command in. */
export const userPath = (file: string) => path.resolve(process.env.INIT_CWD ?? process.cwd(), file);
