import path from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

/** The layering rule, run through the project's own eslint.config.js on virtual files. */

const root = path.resolve(import.meta.dirname, '..', '..');
const RULE = 'local/layering';

let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: root });
});

/** The layering messages ESLint gives for `code` placed at `file` (relative to the root). */
async function layering(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  expect(result, `no lint result for ${file}`).toBeDefined();
  const fatal = result!.messages.filter((m) => m.fatal);
  expect(fatal, `parse error in ${file}`).toEqual([]);
  return result!.messages.filter((m) => m.ruleId === RULE).map((m) => m.message);
}

async function expectBreach(file: string, code: string, message: string): Promise<void> {
  expect(await layering(file, code)).toEqual([message]);
}

async function expectAllowed(file: string, code: string): Promise<void> {
  expect(await layering(file, code)).toEqual([]);
}

describe('layering rule', { timeout: 60_000 }, () => {
  describe('renderer/', () => {
    it.each([
      ['node:fs', 'Node built-in'],
      ['fs', 'Node built-in'],
      ['fs/promises', 'Node built-in'],
      ['electron', 'electron is Node/native only'],
      ['better-sqlite3', 'better-sqlite3 is Node/native only'],
      ['kysely', 'kysely is Node/native only'],
      ['../main/store/database', 'main/'],
    ])('may not import %s', async (source, why) => {
      await expectBreach(
        'renderer/x.tsx',
        `import * as m from '${source}';\nexport const v = m;\n`,
        `layering: renderer/ may not import "${source}" (${why})`,
      );
    });

    it('may import shared/ and react', async () => {
      await expectAllowed(
        'renderer/pages/x.tsx',
        [
          "import { useState } from 'react';",
          "import { createRoot } from 'react-dom/client';",
          "import { z } from 'zod';",
          "import { pickLocalized } from '../../shared/domain/languages';",
          "import { Button } from '../components/button';",
          'export const all = [useState, createRoot, z, pickLocalized, Button];',
        ].join('\n'),
      );
    });

    it('checks export * from, export { } from, import(), require() and type imports', async () => {
      expect(
        await layering(
          'renderer/x.ts',
          [
            "export * from '../main/services/a';",
            "export { b } from 'node:path';",
            "export const c = () => import('better-sqlite3');",
            'export const d = () => import(`electron`);',
            '// eslint-disable-next-line @typescript-eslint/no-require-imports',
            "export const e = require('kysely');",
            "import type { F } from '../main/services/f';",
            'export type G = F;',
          ].join('\n'),
        ),
      ).toEqual([
        'layering: renderer/ may not import "../main/services/a" (main/)',
        'layering: renderer/ may not import "node:path" (Node built-in)',
        'layering: renderer/ may not import "better-sqlite3" (better-sqlite3 is Node/native only)',
        'layering: renderer/ may not import "electron" (electron is Node/native only)',
        'layering: renderer/ may not import "kysely" (kysely is Node/native only)',
        'layering: renderer/ may not import "../main/services/f" (main/)',
      ]);
    });

    it('ignores dynamic imports it cannot read', async () => {
      await expectAllowed('renderer/x.ts', 'export const load = (name: string) => import(name);\n');
    });
  });

  describe('shared/', () => {
    it.each([
      ['../main/x', 'main/'],
      ['../renderer/x', 'renderer/'],
      ['../test/x', 'test/'],
      ['node:path', 'Node built-in'],
      ['path', 'Node built-in'],
      ['react', 'react belongs in renderer/'],
      ['react-dom/client', 'react-dom belongs in renderer/'],
      ['electron', 'electron is Node/native only'],
      ['better-sqlite3', 'better-sqlite3 is Node/native only'],
      ['kysely', 'kysely is Node/native only'],
      ['../../outside', 'outside the project'],
      ['../package.json', 'project root file'],
    ])('may not import %s', async (source, why) => {
      await expectBreach(
        'shared/x.ts',
        `import * as m from '${source}';\nexport const v = m;\n`,
        `layering: shared/ may not import "${source}" (${why})`,
      );
    });

    it('reaches main/ from a nested folder too', async () => {
      await expectBreach(
        'shared/domain/x.ts',
        "export * from '../../main/store/database';\n",
        'layering: shared/ may not import "../../main/store/database" (main/)',
      );
    });

    it('may import zod and its own files', async () => {
      await expectAllowed(
        'shared/domain/x.ts',
        [
          "import { z } from 'zod';",
          "import { a } from './a';",
          "import { b } from '../api/b';",
          "export * from './c';",
          'export const all = [z, a, b];',
        ].join('\n'),
      );
    });

    it('checks dynamic import() and require()', async () => {
      expect(
        await layering(
          'shared/x.ts',
          [
            "export const a = () => import('../renderer/app');",
            '// eslint-disable-next-line @typescript-eslint/no-require-imports',
            "export const b = require('node:crypto');",
          ].join('\n'),
        ),
      ).toEqual([
        'layering: shared/ may not import "../renderer/app" (renderer/)',
        'layering: shared/ may not import "node:crypto" (Node built-in)',
      ]);
    });
  });

  describe('main/', () => {
    it('may not import electron outside main/electron/', async () => {
      await expectBreach(
        'main/store/x.ts',
        "import { app } from 'electron';\nexport const a = app;\n",
        'layering: main/ may not import "electron" outside main/electron/ (electron)',
      );
      await expectBreach(
        'main/x.ts',
        "export const load = () => import('electron/main');\n",
        'layering: main/ may not import "electron/main" outside main/electron/ (electron)',
      );
    });

    it('may import electron under main/electron/', async () => {
      await expectAllowed('main/electron/x.ts', "import { app } from 'electron';\nexport const a = app;\n");
      await expectAllowed('main/electron/ipc/x.ts', "export * from 'electron';\n");
    });

    it('may not import renderer/', async () => {
      await expectBreach(
        'main/services/x.ts',
        "import { App } from '../../renderer/app';\nexport const a = App;\n",
        'layering: main/ may not import "../../renderer/app" (renderer/)',
      );
      await expectBreach(
        'main/x.ts',
        "export * from '../renderer';\n",
        'layering: main/ may not import "../renderer" (renderer/)',
      );
      expect(
        await layering(
          'main/x.ts',
          [
            "export const a = () => import('../renderer/app');",
            '// eslint-disable-next-line @typescript-eslint/no-require-imports',
            "export const b = require('../renderer/app');",
          ].join('\n'),
        ),
      ).toEqual([
        'layering: main/ may not import "../renderer/app" (renderer/)',
        'layering: main/ may not import "../renderer/app" (renderer/)',
      ]);
    });

    it('may import shared/, its own files, Node built-ins and native packages', async () => {
      await expectAllowed(
        'main/store/x.ts',
        [
          "import Database from 'better-sqlite3';",
          "import { Kysely } from 'kysely';",
          "import fs from 'node:fs';",
          "import path from 'path';",
          "import { IdSchema } from '../../shared/domain/common';",
          "import { y } from './y';",
          "export * from '../services/z';",
          'export const all = [Database, Kysely, fs, path, IdSchema, y];',
        ].join('\n'),
      );
    });
  });

  describe('unchecked places', () => {
    it.each(['test/e2e/x.ts', 'scripts/x.mjs', 'vite.config.ts'])('%s may import anything', async (file) => {
      await expectAllowed(
        file,
        [
          "import 'electron';",
          "import 'node:fs';",
          "import 'better-sqlite3';",
          `import '${path.posix.relative(path.posix.dirname(file), 'main/store/x')}';`,
          `import '${path.posix.relative(path.posix.dirname(file), 'renderer/x')}';`,
        ].join('\n'),
      );
    });
  });
});
