import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { defaultSavePath, handleSaveFile, isSafeFileName, type SaveFileDeps } from './save-file';

const top = { url: 'app://session-desk/', isTopFrame: true };

function deps(filePath: string | undefined): SaveFileDeps & { written: [string, Buffer][] } {
  const written: [string, Buffer][] = [];
  return {
    written,
    documentsDir: () => '/home/chair/Documents',
    showSaveDialog: vi.fn(async () => (filePath ? { canceled: false, filePath } : { canceled: true })),
    writeFile: async (file, bytes) => void written.push([file, bytes]),
  };
}

describe('saving a file from the page', () => {
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
    await expect(handleSaveFile(chosen, top, 'paper.docx', Buffer.from('PK..').toString('base64'))).resolves.toEqual({
      saved: true,
    });
    expect(chosen.showSaveDialog).toHaveBeenCalledWith({
      defaultPath: path.join('/home/chair/Documents', 'paper.docx'),
      filters: [{ name: 'DOCX', extensions: ['docx'] }],
    });
    expect(chosen.written).toEqual([['/home/chair/Desktop/paper.docx', Buffer.from('PK..')]]);

    const cancelled = deps(undefined);
    await expect(handleSaveFile(cancelled, top, 'paper.docx', 'UEs=')).resolves.toEqual({ saved: false });
    expect(cancelled.written).toEqual([]);
  });

  it('refuses other frames, path-like names and bad contents before any dialog', async () => {
    const d = deps('/tmp/x.docx');
    await expect(handleSaveFile(d, null, 'a.docx', 'UEs=')).rejects.toThrow('unauthorized');
    await expect(
      handleSaveFile(d, { url: 'https://evil.example/', isTopFrame: true }, 'a.docx', 'UEs='),
    ).rejects.toThrow('unauthorized');
    await expect(handleSaveFile(d, { ...top, isTopFrame: false }, 'a.docx', 'UEs=')).rejects.toThrow('unauthorized');
    await expect(handleSaveFile(d, top, '../../a.docx', 'UEs=')).rejects.toThrow('refused file name');
    await expect(handleSaveFile(d, top, 'a.docx', { bytes: 1 })).rejects.toThrow('refused contents');
    expect(d.showSaveDialog).not.toHaveBeenCalled();
    expect(d.written).toEqual([]);
  });
});
