import type { Package } from './docx-package';

export interface Relationship {
  type: string;
  target: string;
  external: boolean;
}

export function relationships(pkg: Package, part: string): Map<string, Relationship> {
  const slash = part.lastIndexOf('/');
  const dir = part.slice(0, slash + 1);
  const doc = pkg.xml(`${dir}_rels/${part.slice(slash + 1)}.rels`);
  const out = new Map<string, Relationship>();
  if (!doc) return out;
  for (const rel of Array.from(doc.getElementsByTagName('Relationship'))) {
    const id = rel.getAttribute('Id');
    const target = rel.getAttribute('Target') ?? '';
    const external = rel.getAttribute('TargetMode') === 'External';
    if (!id) continue;
    out.set(id, {
      type: rel.getAttribute('Type') ?? '',
      target: external ? target : resolvePath(dir, target),
      external,
    });
  }
  return out;
}

function resolvePath(dir: string, target: string): string {
  const parts = (target.startsWith('/') ? target.slice(1) : dir + target).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}

export const byType = (rels: Map<string, Relationship>, suffix: string) =>
  [...rels.values()].find((r) => !r.external && r.type.endsWith(`/${suffix}`))?.target;
