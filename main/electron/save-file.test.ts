import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { Api } from '../services/api';
import { defaultSavePath, handleDeliver, isSafeFileName, type SaveFileDeps } from './save-file';

const top = { url: 'app://session-desk/', isTopFrame: true };

function deps(filePath: string | undefined): SaveFileDeps & { written: [string, Uint8Array][] } {
  const written: [string, Uint8Array][] = [];
  return {
    written,
    documentsDir: () => '/home/chair/Documents',
    showSaveDialog: vi.fn(async () => (filePath ? { canceled: false, filePath } : { canceled: true })),
    writeFile: async (file, bytes) => void written.push([file, bytes]),
  };
}

/** An API whose export answers `fileName` with the given bytes (what main made; the page sends none). */
const exporting = (fileName: string, bytes: Uint8Array): Pick<Api, 'call'> => ({
  call: vi.fn(async () => ({ ok: true as const, value: { fileName, bytes } })),
});
const paper = { documentId: '00000000-0000-4000-8000-000000000000', language: 'en' };

describe('saving an export from main', () => {
  it('takes bare file names only', () => {
    for (const ok of ['CP-CAM-200-23-concept-paper-es.docx', 'CAM 2023-05-09 documents.zip', 'a.docx']) {
      expect(isSafeFileName(ok)).toBe(true);
    }
    for (const bad of [
      '../x.docx',
      'a/b.docx',
      'a\\b.docx',
      'C:x.docx',
      '/etc/passwd',
      '.bashrc',
      '',
      'no-extension',
      'x.docx.',
      'a\u0000.docx',
      'x'.repeat(300) + '.docx',
      42,
      null,
    ]) {
      expect(isSafeFileName(bad)).toBe(false);
    }
  });

  it('opens the dialog on the suggested name in the Documents folder', () => {
    expect(defaultSavePath('/home/chair/Documents', 'a.docx')).toBe(path.join('/home/chair/Documents', 'a.docx'));
    expect(() => defaultSavePath('/home/chair/Documents', '../a.docx')).toThrow();
  });

  it('writes the bytes where the user chose, and nothing when they cancel', async () => {
    const chosen = deps('/home/chair/Desktop/paper.docx');
    const api = exporting('paper.docx', Buffer.from('PK..'));
    await expect(handleDeliver(api, chosen, top, 'documents.exportDocx', paper)).resolves.toEqual({
      ok: true,
      value: { answer: { fileName: 'paper.docx' }, files: [{ fileName: 'paper.docx', outcome: 'saved' }] },
    });
    expect(chosen.showSaveDialog).toHaveBeenCalledWith({
      defaultPath: path.join('/home/chair/Documents', 'paper.docx'),
      filters: [{ name: 'DOCX', extensions: ['docx'] }],
    });
    expect(chosen.written).toEqual([['/home/chair/Desktop/paper.docx', Buffer.from('PK..')]]);

    const cancelled = deps(undefined);
    await expect(handleDeliver(api, cancelled, top, 'documents.exportDocx', paper)).resolves.toMatchObject({
      value: { files: [{ outcome: 'cancelled' }] },
    });
    expect(cancelled.written).toEqual([]);
  });

  it('refuses other frames, path-like names and procedures that answer no file before any dialog', async () => {
    const d = deps('/tmp/x.docx');
    const api = exporting('a.docx', Buffer.from('PK..'));
    const refused = (code: string) => ({ ok: false, error: { code } });
    await expect(handleDeliver(api, d, null, 'documents.exportDocx', paper)).resolves.toMatchObject(
      refused('unauthorized'),
    );
    await expect(
      handleDeliver(api, d, { url: 'https://evil.example/', isTopFrame: true }, 'documents.exportDocx', paper),
    ).resolves.toMatchObject(refused('unauthorized'));
    await expect(
      handleDeliver(api, d, { ...top, isTopFrame: false }, 'documents.exportDocx', paper),
    ).resolves.toMatchObject(refused('unauthorized'));
    await expect(
      handleDeliver(exporting('../../a.docx', Buffer.from('PK..')), d, top, 'documents.exportDocx', paper),
    ).resolves.toMatchObject(refused('internal'));
    await expect(handleDeliver(api, d, top, 'bodies.list', {})).resolves.toMatchObject(refused('unknown_procedure'));
    expect(api.call).not.toHaveBeenCalled();
    expect(d.showSaveDialog).not.toHaveBeenCalled();
    expect(d.written).toEqual([]);
  });
});
