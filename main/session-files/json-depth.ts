import { IMPORT_LIMITS, overLimit } from '../../shared/content/import-limits';

/**
 * Refuses JSON text nested deeper than jsonDepth, in one linear pass before it is parsed: JSON.parse
 * reads any depth, but the schemas that check it recurse, and 100,000 nested blockquotes in a
 * session file overflowed the stack (an internal error instead of a refusal).
 */
export function checkJsonDepth(text: string, name: string): void {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 /* [ */ || c === 123 /* { */) {
      depth += 1;
      if (depth > IMPORT_LIMITS.jsonDepth) {
        overLimit('jsonDepth', name, `JSON nested more than ${IMPORT_LIMITS.jsonDepth} deep`);
      }
    } else if (c === 93 /* ] */ || c === 125 /* } */) depth -= 1;
  }
}
