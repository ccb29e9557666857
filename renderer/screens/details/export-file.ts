import type { SessionDeskBridge } from '../../../shared/api/bridge';
import { downloadFile } from '../../components/browser-files';

/** What became of an exported file: downloaded (browser), saved or cancelled (Session Desk's save dialog). */
export type ExportOutcome = 'downloaded' | 'saved' | 'cancelled';

/**
 * Hands an exported file to the user: in Session Desk's window main shows the save dialog (the page
 * sends only the suggested name and the bytes); in a browser tab the file downloads.
 */
export async function deliverFile(
  file: { fileName: string; base64: string },
  scope: { sessionDesk?: Partial<SessionDeskBridge> } = window,
): Promise<ExportOutcome> {
  const saveFile = scope.sessionDesk?.saveFile;
  if (typeof saveFile === 'function') {
    const { saved } = await saveFile(file.fileName, file.base64);
    return saved ? 'saved' : 'cancelled';
  }
  downloadFile(file.fileName, file.base64);
  return 'downloaded';
}
