import { CONTROL } from './control-characters';
import type { Package } from './docx-package';
import { byType, type Relationship } from './relationships';
import { attr, elements, isW } from './xml';

export interface Comment {
  text: string;
}

/** The document's Word comments by id, each as one line of text. */
export function readComments(pkg: Package, rels: Map<string, Relationship>): Map<string, Comment> {
  const comments = new Map<string, Comment>();
  const commentsPart = byType(rels, 'comments');
  const commentsDoc = commentsPart ? pkg.xml(commentsPart) : null;
  if (commentsDoc?.documentElement) {
    for (const c of elements(commentsDoc.documentElement)) {
      if (!isW(c) || c.localName !== 'comment') continue;
      const text = Array.from(elements(c))
        .map((p) => p.textContent ?? '')
        .join(' ')
        .replace(CONTROL, ' ')
        .replace(/\s+/g, ' ')
        .trim();
      comments.set(attr(c, 'id') ?? '', { text });
    }
  }
  return comments;
}
