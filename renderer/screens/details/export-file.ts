import type { Delivered } from '../../../shared/api/file-outputs';

/** What became of an exported file: downloaded (browser), saved or cancelled (Session Desk's save dialog). */
export type { FileOutcome as ExportOutcome } from '../../../shared/api/file-outputs';

/**
 * The one file of a single export, as main handed it to the user: in Session Desk's window main saved
 * it through its save dialog, in a browser tab the host served it as a download. The page never held
 * its bytes.
 */
export const onlyFile = (delivered: Delivered): Delivered['files'][number] => delivered.files[0]!;
