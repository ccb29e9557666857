import type { StoredContent } from '../../shared/content/schema';
import { parseDocumentDate } from './document-date';
import type { Role } from './paragraph-roles';

const unparenthesize = (text: string) => text.replace(/^\((.*)\)$/s, '$1').trim();

/** The title block and control number, taken from the first paragraphs in their styles. */
export class TitleBlock {
  readonly fields: StoredContent['titleBlock'] = { title: '', subtitle: '', date: '', authorship: '' };
  controlNumber = '';

  /** Takes a paragraph's text when its role is one still to fill; false when it stays in the body. */
  take(role: Role, text: string, hasFootnote: boolean): boolean {
    switch (role) {
      case 'title':
        return this.field('title', text, hasFootnote);
      case 'subtitle':
        return this.field('subtitle', text, hasFootnote);
      case 'kind':
        return this.field('documentKindLabel', text, hasFootnote);
      case 'authorship':
        return this.field('authorship', unparenthesize(text), hasFootnote);
      case 'date':
        if (!this.fields.date && !hasFootnote) {
          this.fields.date = parseDocumentDate(unparenthesize(text));
          if (this.fields.date || text.length < 60) return true;
        }
        return false;
      case 'controlNumber':
        if (!this.controlNumber && !hasFootnote && text.length <= 64) {
          this.controlNumber = text;
          return true;
        }
        return false;
      default:
        return false;
    }
  }

  private field(field: 'title' | 'subtitle' | 'authorship' | 'documentKindLabel', value: string, hasFootnote: boolean) {
    if (!this.fields[field] && !hasFootnote && value.length <= (field === 'authorship' ? 1_000 : 2_000)) {
      this.fields[field] = value;
      return true;
    }
    return false;
  }
}
