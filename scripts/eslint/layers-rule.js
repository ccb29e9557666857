// @ts-check
/**
 * Layering rule for Session Desk, modeled on VS Code's `code-layering` rule:
 * a layer is named by the top-level folder a file sits in, and every import
 * (`import`, `export ... from`, `import()`, `require()`, `import x = require()`)
 * with a string literal source is checked against what that layer may reach.
 * See docs/architecture.md, "Layers".
 *
 *   shared/    imports only shared/ and npm packages, but no Node built-ins,
 *              electron, better-sqlite3, kysely, react, react-dom.
 *   renderer/  imports renderer/, shared/ (and assets/) and npm packages, but no
 *              Node built-ins, electron, better-sqlite3, kysely.
 *   main/      imports main/, shared/ (and assets/) and anything from npm;
 *              only main/electron/** may import electron.
 *   anything else (test/, scripts/, root config files): unchecked.
 *
 * Option: `{ root }`, the project root (the directory of eslint.config.js).
 * Without it the rule falls back to ESLint's cwd.
 */
import { builtinModules } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';

const BUILTINS = new Set(builtinModules);

/** Packages that pull in Node, native code or the Electron runtime. */
const NODE_ONLY_PACKAGES = ['electron', 'better-sqlite3', 'kysely'];

/**
 * @typedef {object} LayerPolicy
 * @property {string[]} folders          top-level folders of ours it may import
 * @property {boolean} builtins          whether Node built-ins are allowed
 * @property {string[]} packages         npm packages it may not import
 */

/** @type {Record<string, LayerPolicy>} */
const LAYERS = {
  shared: {
    folders: ['shared'],
    builtins: false,
    packages: [...NODE_ONLY_PACKAGES, 'react', 'react-dom'],
  },
  renderer: {
    folders: ['renderer', 'shared', 'assets'],
    builtins: false,
    packages: NODE_ONLY_PACKAGES,
  },
  main: {
    folders: ['main', 'shared', 'assets'],
    builtins: true,
    packages: [], // electron is handled apart: main/electron/** only
  },
};

/** Top-level folders of the project, known without asking the disk. */
const KNOWN_FOLDERS = new Set(['shared', 'main', 'renderer', 'assets', 'test', 'scripts']);

/**
 * The top-level folder an import of `target` (relative to the root) lands in, or
 * null for a root file. `../renderer` names the folder itself (its index file).
 * @param {string} root
 * @param {string} target
 */
function targetFolder(root, target) {
  const [first, ...rest] = target.split('/');
  if (rest.length > 0 || KNOWN_FOLDERS.has(first)) return first;
  try {
    return fs.statSync(path.join(root, first)).isDirectory() ? first : null;
  } catch {
    return null;
  }
}

/**
 * The npm package a bare specifier names: `react-dom/client` -> `react-dom`, `@a/b/c` -> `@a/b`.
 * @param {string} specifier
 */
function packageName(specifier) {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** @param {string} specifier */
function isBuiltin(specifier) {
  return specifier.startsWith('node:') || BUILTINS.has(specifier) || BUILTINS.has(packageName(specifier));
}

/** @param {string} specifier */
function isPathSpecifier(specifier) {
  return (
    specifier === '.' ||
    specifier === '..' ||
    specifier.startsWith('./') ||
    specifier.startsWith('../') ||
    path.isAbsolute(specifier)
  );
}

/**
 * Path of `file` relative to `root`, with `/` separators, or null when outside it.
 * @param {string} root
 * @param {string} file
 */
function relativeToRoot(root, file) {
  const rel = path.relative(root, file);
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return null;
  return rel.split(path.sep).join('/');
}

/** @type {import('eslint').Rule.RuleModule} */
const rule = {
  meta: {
    type: 'problem',
    docs: {
      description: 'Enforce the shared / main / renderer layering of docs/architecture.md',
    },
    schema: [
      {
        type: 'object',
        properties: { root: { type: 'string' } },
        additionalProperties: false,
      },
    ],
    messages: {
      layer: 'layering: {{layer}}/ may not import "{{source}}" ({{target}}/)',
      rootFile: 'layering: {{layer}}/ may not import "{{source}}" (project root file)',
      outside: 'layering: {{layer}}/ may not import "{{source}}" (outside the project)',
      builtin: 'layering: {{layer}}/ may not import "{{source}}" (Node built-in)',
      nodeOnly: 'layering: {{layer}}/ may not import "{{source}}" ({{pkg}} is Node/native only)',
      reactPackage: 'layering: {{layer}}/ may not import "{{source}}" ({{pkg}} belongs in renderer/)',
      electron: 'layering: main/ may not import "{{source}}" outside main/electron/ (electron)',
    },
  },

  create(context) {
    const options = context.options[0] ?? {};
    const root = path.resolve(options.root ?? context.cwd);
    const filename = context.filename;
    if (!path.isAbsolute(filename)) return {}; // `<text>` and the like: nothing to place

    const fileRel = relativeToRoot(root, filename);
    if (fileRel === null) return {};
    const segments = fileRel.split('/');
    if (segments.length < 2) return {}; // a root config file
    const layer = segments[0];
    const policy = LAYERS[layer];
    if (!policy) return {}; // test/, scripts/, assets/ ...: unchecked
    const mayImportElectron = layer === 'main' && segments[1] === 'electron' && segments.length > 2;

    /**
     * @param {import('estree').Node} node
     * @param {string} source
     */
    function check(node, source) {
      /** @param {string} messageId @param {Record<string, string>} [data] */
      const report = (messageId, data = {}) => context.report({ node, messageId, data: { layer, source, ...data } });

      if (isPathSpecifier(source)) {
        const target = relativeToRoot(root, path.resolve(path.dirname(filename), source));
        if (target === null) return report('outside');
        const targetLayer = targetFolder(root, target);
        if (targetLayer === null) return report('rootFile');
        if (!policy.folders.includes(targetLayer)) report('layer', { target: targetLayer });
        return;
      }

      if (isBuiltin(source)) {
        if (!policy.builtins) report('builtin');
        return;
      }

      const pkg = packageName(source);
      if (pkg === 'electron' && layer === 'main') {
        if (!mayImportElectron) report('electron');
        return;
      }
      if (policy.packages.includes(pkg)) {
        report(NODE_ONLY_PACKAGES.includes(pkg) ? 'nodeOnly' : 'reactPackage', { pkg });
      }
    }

    /** @param {any} node a node that may be a string literal or a plain template */
    function literalValue(node) {
      if (!node) return null;
      if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
      if (node.type === 'TemplateLiteral' && node.expressions.length === 0) return node.quasis[0].value.cooked;
      return null;
    }

    /** @param {any} node */
    function checkSource(node) {
      const value = literalValue(node.source);
      if (value !== null) check(node.source, value);
    }

    return {
      ImportDeclaration: checkSource,
      ExportAllDeclaration: checkSource,
      ExportNamedDeclaration: checkSource,
      ImportExpression: checkSource,
      /** @param {any} node */
      CallExpression(node) {
        if (node.callee.type === 'Identifier' && node.callee.name === 'require') {
          const arg = node.arguments[0];
          const value = literalValue(arg);
          if (value !== null) check(arg, value);
        }
      },
      // TypeScript: `import x = require('y')`
      /** @param {any} node */
      TSExternalModuleReference(node) {
        const value = literalValue(node.expression);
        if (value !== null) check(node.expression, value);
      },
      // TypeScript: `typeof import('y')`
      /** @param {any} node */
      TSImportType(node) {
        const arg = node.argument?.type === 'TSLiteralType' ? node.argument.literal : node.argument;
        const value = literalValue(arg);
        if (value !== null) check(arg, value);
      },
    };
  },
};

export default rule;
