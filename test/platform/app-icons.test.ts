import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/* The icons electron-builder.yml names exist, in the format and sizes each platform's packager takes. */

const ROOT = path.resolve(import.meta.dirname, '../..');

/** `icon:` of each platform section of electron-builder.yml (top-level `win:`, `mac:`, `linux:`). */
function iconsByPlatform(yaml: string): Record<string, string> {
  const icons: Record<string, string> = {};
  let platform: string | undefined;
  for (const line of yaml.split('\n')) {
    const section = /^(\w+):/.exec(line);
    if (section) platform = section[1];
    const icon = /^ {2}icon:\s*(\S+)/.exec(line);
    if (icon && platform) icons[platform] = icon[1]!;
  }
  return icons;
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(bytes.toString('latin1', 12, 16)).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const icons = iconsByPlatform(fs.readFileSync(path.join(ROOT, 'electron-builder.yml'), 'utf8'));

describe('app icons', () => {
  it('names an icon for Windows, macOS and Linux', () => {
    expect(Object.keys(icons).sort()).toEqual(['linux', 'mac', 'win']);
  });

  it('Windows: an .ico holding every size from 16 to 256', () => {
    const bytes = fs.readFileSync(path.join(ROOT, icons.win!));
    expect(bytes.readUInt16LE(0)).toBe(0); // reserved
    expect(bytes.readUInt16LE(2)).toBe(1); // 1 = icon
    const sizes = Array.from({ length: bytes.readUInt16LE(4) }, (_, i) => {
      const entry = 6 + i * 16;
      const width = bytes[entry] || 256; // 0 stands for 256
      const height = bytes[entry + 1] || 256;
      expect(height).toBe(width);
      return width;
    });
    expect(sizes).toEqual(expect.arrayContaining([16, 32, 48, 64, 128, 256]));
  });

  it('macOS: an .icns whose largest image is 1024×1024', () => {
    const bytes = fs.readFileSync(path.join(ROOT, icons.mac!));
    expect(bytes.toString('latin1', 0, 4)).toBe('icns');
    expect(bytes.readUInt32BE(4)).toBe(bytes.length);
    const types: string[] = [];
    for (let at = 8; at < bytes.length; at += bytes.readUInt32BE(at + 4)) {
      types.push(bytes.toString('latin1', at, at + 4));
    }
    // ic08, ic09, ic10: 256, 512 and 1024 pixels (electron-builder asks for 512 at least).
    expect(types).toEqual(expect.arrayContaining(['ic08', 'ic09', 'ic10']));
  });

  it('Linux: a folder of NxN.png files, each as large as its name says, up to 512', () => {
    const folder = path.join(ROOT, icons.linux!);
    const names = fs.readdirSync(folder);
    expect(names).toEqual(
      expect.arrayContaining(['16x16.png', '32x32.png', '48x48.png', '256x256.png', '512x512.png']),
    );
    for (const name of names) {
      const [, width, height] = /^(\d+)x(\d+)\.png$/.exec(name) ?? [];
      expect(width, name).toBeDefined();
      expect(pngSize(fs.readFileSync(path.join(folder, name)))).toEqual({
        width: Number(width),
        height: Number(height),
      });
    }
  });

  it('all come from one source image', () => {
    expect(fs.readFileSync(path.join(ROOT, 'assets/icon.svg'), 'utf8')).toContain('viewBox="0 0 1024 1024"');
  });
});
