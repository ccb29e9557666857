import type { ReactNode } from 'react';

/** A short label (a status, a kind) with a tone the stylesheet colors. */
export function Tag({ tone, children }: { tone?: string; children: ReactNode }) {
  return <span className={tone ? `tag tag--${tone}` : 'tag'}>{children}</span>;
}
