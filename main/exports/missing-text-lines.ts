import type { Language } from '../../shared/domain/languages';
import type { MissingPlace, MissingText } from '../../shared/languages/missing-texts';

const DOCUMENT_NAMES: Record<string, string> = {
  concept_paper: 'concept paper',
  report: 'report',
  note: 'note',
};

/** Where a missing text is, in the CLI's English: "agenda item 3 title". */
export function describePlace(place: MissingPlace): string {
  switch (place.type) {
    case 'body_name':
      return place.field === 'name' ? 'committee name' : 'parent body name';
    case 'session_title':
      return 'session title';
    case 'item_title':
      return `agenda item ${place.item} title`;
    case 'item_annotation':
      return `agenda item ${place.item} annotation`;
    case 'organization_name':
      return `organization name "${place.name}"`;
    case 'guiding_question':
      return `guiding question ${place.question}`;
    case 'document_text':
      return `${DOCUMENT_NAMES[place.documentKind] ?? place.documentKind} text`;
  }
}

/** One stderr line per missing text: "missing: agenda item 3 title (fr)". */
export const missingLines = (missing: readonly MissingText[], lang: Language): string[] =>
  missing.map((m) => `missing: ${describePlace(m.place)} (${lang})`);
