import { isSafeHref } from '../../shared/content/schema';
import { refuse } from '../../shared/api/errors';
import { CONTROL } from './control-characters';
import type { Place } from './place';

/** Links that run code or carry content: a file holding one is refused, not cleaned. */
const SCRIPT_LINK = /^(javascript|vbscript|data|livescript):/i;

/** A HYPERLINK field's instruction (its switches before the target); the target is group 1. */
export const HYPERLINK_FIELD = /^\s*HYPERLINK\s+(?:\\[a-z]\s+)*"([^"]*)"/i;

/** The href a link target becomes, or null when the schema does not allow it (`dropped` told when it had a scheme). */
export function safeHref(target: string, place: Place, dropped: () => void): string | null {
  if (!isSafeHref(target.trim())) {
    // a script or data link marks a hostile file: refused whole. Any other link the schema
    // does not allow (file:, a bookmark, a relative path) keeps its text and loses the link.
    if (SCRIPT_LINK.test(target.replace(/[\s\u0000-\u001f]+/g, ''))) {
      refuse(
        'bad_file',
        'file',
        `${place.label} holds a link to "${target.trim().slice(0, 80).replace(CONTROL, ' ')}": only http, https and mailto links are allowed`,
      );
    }
    if (/^[a-z][a-z0-9+.-]*:/i.test(target.trim())) dropped();
    return null;
  }
  return target.trim();
}
