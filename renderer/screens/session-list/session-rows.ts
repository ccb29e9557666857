import type { Body } from '../../../shared/domain/body';
import { pickLocalized, type Language } from '../../../shared/domain/languages';
import { localizedText } from '../../i18n/localized';
import type { Session } from '../../../shared/domain/session';

export interface SessionRow {
  id: string;
  /** The title and the language it is in (another than the screen's when it fell back). */
  title: { text: string; lang: Language };
  date: string;
  bodyCode: string;
  bodyName: string;
  status: Session['status'];
  modality: Session['modality'];
}

/** The list's rows: titles in the wanted language (or the first one written), newest session first. */
export function sessionRows(sessions: readonly Session[], bodies: readonly Body[], lang: Language): SessionRow[] {
  const byId = new Map(bodies.map((b) => [b.id, b]));
  return [...sessions]
    .sort((a, b) => b.date.localeCompare(a.date) || b.startTime.localeCompare(a.startTime))
    .map((s) => {
      const body = byId.get(s.bodyId);
      return {
        id: s.id,
        title: localizedText(s.title, lang),
        date: s.date,
        bodyCode: body?.code ?? '',
        bodyName: body ? pickLocalized(body.name, lang) : '',
        status: s.status,
        modality: s.modality,
      };
    });
}
