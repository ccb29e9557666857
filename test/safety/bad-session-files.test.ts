import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { invoke } from '../../main/services/handlers';
import { parseSessionFile } from '../../main/session-files/session-file-import';
import {
  DATA_FILES,
  MANIFEST,
  type SessionFileData,
  type Manifest,
} from '../../main/session-files/session-file-format';
import { openTempStore, type TempStore } from '../support/temp-store';
import {
  databaseBytes,
  exportedData,
  partsOf,
  sha256,
  withPart,
  writeSessionFile,
  zipParts,
  type Parts,
} from './session-file-fixtures';
import { craftZip, deflatedZeros } from './zip-craft';

/*
 * Bad session files: each is refused with a message that says why, and the database it was
 * offered to stays byte for byte the same. The corpus is built here from a real export.
 */

let source: TempStore;
let target: TempStore;
let data: SessionFileData;
let good: Buffer;

beforeAll(async () => {
  source = await openTempStore();
  target = await openTempStore();
  const { sessionId } = await invoke(source.db, 'demo.create', {});
  await invoke(target.db, 'demo.create', {});
  data = await exportedData(source.db, sessionId);
  good = await writeSessionFile(data);
});
afterAll(async () => {
  await source.close();
  await target.close();
});

const json = (value: unknown) => Buffer.from(JSON.stringify(value), 'utf8');
const clone = () => structuredClone(data);
/** The good parts with one record changed, the manifest's checksums kept right. */
const changed = (edit: (d: SessionFileData) => void) => {
  const d = clone();
  edit(d);
  return zipParts(partsOf(d));
};
const manifestOf = (parts: Parts) => JSON.parse(parts.get(MANIFEST)!.toString('utf8')) as Manifest;
const withManifest = (parts: Parts, edit: (m: Manifest) => void) => {
  const m = manifestOf(parts);
  edit(m);
  return new Map(parts).set(MANIFEST, json(m));
};
const without = (parts: Parts, name: string) => {
  const next = new Map(parts);
  next.delete(name);
  return next;
};
const entries = (parts: Parts) => [...parts].map(([name, bytes]) => ({ name, data: bytes }));

const SESSION = DATA_FILES.session.name;

interface BadFile {
  name: string;
  file: () => Buffer;
  /** What the message must say. */
  says: RegExp;
}

const CORPUS: BadFile[] = [
  { name: 'an empty file', file: () => Buffer.alloc(0), says: /empty/ },
  {
    name: 'a PDF, not a zip',
    file: () => Buffer.from('%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n'.repeat(20)),
    says: /not a zip archive/,
  },
  {
    name: 'random bytes',
    file: () => Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 251)),
    says: /not a zip archive/,
  },
  { name: 'cut in half', file: () => good.subarray(0, Math.floor(good.length / 2)), says: /cut short/ },
  { name: 'the last 10 bytes cut off', file: () => good.subarray(0, good.length - 10), says: /cut short/ },
  {
    name: 'a wrong checksum in the manifest',
    file: () => zipParts(withManifest(partsOf(data), (m) => (m.files[SESSION]!.sha256 = '0'.repeat(64)))),
    says: /checksum does not match/,
  },
  {
    name: 'a part changed after the manifest was written (same size)',
    file: () => {
      const parts = partsOf(data);
      const text = parts.get(DATA_FILES.agendaItems.name)!.toString('utf8').replace('"duration', '"Duration');
      return zipParts(new Map(parts).set(DATA_FILES.agendaItems.name, Buffer.from(text)));
    },
    says: /checksum does not match/,
  },
  {
    name: 'a part whose size differs from the manifest',
    file: () => zipParts(withManifest(partsOf(data), (m) => (m.files[SESSION]!.bytes += 1))),
    says: /size differs from the manifest/,
  },
  {
    name: 'a newer schema version',
    file: () => zipParts(partsOf(data, { schemaVersion: 999 })),
    says: /newer version of Session Desk/,
  },
  {
    name: 'a newer format version',
    file: () => zipParts(partsOf(data, { formatVersion: 7 })),
    says: /newer version of Session Desk/,
  },
  {
    name: 'another format named in the manifest',
    file: () => zipParts(partsOf(data, { format: 'other-app/project' as 'session-desk/session' })),
    says: /another format/,
  },
  { name: 'no manifest', file: () => zipParts(without(partsOf(data), MANIFEST)), says: /manifest is missing/ },
  {
    name: 'a missing part (the speakers)',
    file: () => zipParts(without(partsOf(data), DATA_FILES.speakers.name)),
    says: /part of the session file is missing/,
  },
  {
    name: 'a part the manifest does not list',
    file: () => zipParts(withManifest(partsOf(data), (m) => delete m.files[DATA_FILES.people.name])),
    says: /does not list the part/,
  },
  {
    name: 'a manifest that is not JSON',
    file: () => zipParts(new Map(partsOf(data)).set(MANIFEST, Buffer.from('{"format": "session-desk/session",'))),
    says: /not valid JSON/,
  },
  {
    name: 'a part that is not JSON',
    file: () => zipParts(withPart(partsOf(data), SESSION, Buffer.from('{"id": '))),
    says: /not valid JSON/,
  },
  {
    name: 'a part that is not UTF-8',
    file: () => zipParts(withPart(partsOf(data), SESSION, Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]))),
    says: /not valid JSON/,
  },
  {
    name: 'JSON that breaks the schema (a date that does not exist)',
    file: () => changed((d) => (d.session.date = '2023-13-45')),
    says: /date/i,
  },
  {
    name: 'a session that ends before it starts',
    file: () => changed((d) => (d.session.endTime = '09:00')),
    says: /must end after it starts/,
  },
  {
    name: 'a record with a key the schema does not know',
    file: () => changed((d) => Object.assign(d.agendaItems[0]!, { sql: 'drop table sessions' })),
    says: /Unrecognized key/i,
  },
  {
    name: 'a list that is an object',
    file: () => zipParts(withPart(partsOf(data), DATA_FILES.speakers.name, json({ 0: data.speakers[0] }))),
    says: /expected array/,
  },
  {
    name: '50 MB of text in one field',
    file: () => changed((d) => (d.session.title.en = 'Migration '.repeat(5 * 1024 * 1024))),
    says: /data\/session\.json: the entry declares 50\.0 MB once unpacked, more than the 32\.0 MB Session Desk reads/,
  },
  {
    name: 'a document version with 60,000 characters in one paragraph (in pieces the schema allows)',
    file: () =>
      changed((d) => {
        const text = { type: 'text' as const, text: 'x'.repeat(12_000) };
        d.documentVersions[0]!.content!.body.content.push({ type: 'paragraph', content: Array(5).fill(text) });
      }),
    says: /limit\.textChars: data\/document-versions\.json#0: paragraph \d+ has 60,\d{3} characters, more than the 50,000 Session Desk reads/,
  },
  {
    name: 'a document version of 100,000 nested quotes',
    file: () => {
      const parts = partsOf(data);
      const name = DATA_FILES.documentVersions.name;
      const deep = `${'{"type":"blockquote","content":['.repeat(100_000)}{"type":"paragraph"}${']}'.repeat(100_000)},`;
      const text = parts.get(name)!.toString('utf8').replace('"content":[', `"content":[${deep}`);
      return zipParts(withPart(parts, name, Buffer.from(text, 'utf8')));
    },
    says: /limit\.jsonDepth: data\/document-versions\.json: JSON nested more than 64 deep/,
  },
  {
    name: '1 MB of text in one field',
    file: () => changed((d) => (d.session.title.en = 'Migration '.repeat(100 * 1024))),
    says: /Too big|too big/,
  },
  {
    name: 'a path climbing out with ..',
    file: () => craftZip([...entries(partsOf(data)), { name: 'data/../../.bashrc', data: Buffer.from('rm -rf ~') }]),
    says: /climbs out of the archive/,
  },
  {
    name: 'an absolute path',
    file: () => craftZip([...entries(partsOf(data)), { name: '/etc/cron.d/evil', data: Buffer.from('x') }]),
    says: /absolute path/,
  },
  {
    name: 'a Windows drive path',
    file: () => craftZip([...entries(partsOf(data)), { name: 'C:/Windows/evil.dll', data: Buffer.from('x') }]),
    says: /absolute path/,
  },
  {
    name: 'a path with backslashes',
    file: () => craftZip([...entries(partsOf(data)), { name: 'data\\..\\..\\evil', data: Buffer.from('x') }]),
    says: /backslashes/,
  },
  {
    name: 'a zip bomb that lies about its size (1.1 MB inflating to 1.1 GB)',
    file: () => {
      const parts = partsOf(data);
      const list = entries(parts).map((e) =>
        e.name === SESSION ? { ...e, packed: deflatedZeros(1100), crc32: 0 } : e,
      );
      return craftZip(list);
    },
    says: /unpacks to more than it declares/,
  },
  {
    name: 'a zip bomb that declares its 1.1 GB',
    file: () => {
      const size = 1100 * 1024 * 1024;
      const parts = withManifest(partsOf(data), (m) => (m.files[SESSION]!.bytes = size));
      const list = entries(parts).map((e) =>
        e.name === SESSION ? { ...e, packed: deflatedZeros(1100), declaredSize: size, crc32: 0 } : e,
      );
      return craftZip(list);
    },
    says: /declares 1100\.0 MB once unpacked, more than/,
  },
  {
    name: 'an entry named twice',
    file: () => craftZip([...entries(partsOf(data)), { name: MANIFEST, data: json({ format: 'x' }) }]),
    says: /appears twice in the archive/,
  },
  {
    name: 'an entry that does not belong',
    file: () => craftZip([...entries(partsOf(data)), { name: 'data/macro.js', data: Buffer.from('alert(1)') }]),
    says: /does not belong in a session file/,
  },
  {
    name: 'an encrypted entry',
    file: () => craftZip(entries(partsOf(data)).map((e) => (e.name === SESSION ? { ...e, flags: 1 } : e))),
    says: /encrypted/,
  },
  {
    name: 'a wrong CRC-32',
    file: () => craftZip(entries(partsOf(data)).map((e) => (e.name === SESSION ? { ...e, crc32: 12345 } : e))),
    says: /CRC-32/,
  },
  {
    name: 'an unknown compression method',
    file: () => craftZip(entries(partsOf(data)).map((e) => (e.name === SESSION ? { ...e, method: 12 as 0 } : e))),
    says: /compression method 12/,
  },
  {
    name: 'duplicated ids',
    file: () => changed((d) => (d.agendaItems[1]!.id = d.agendaItems[0]!.id)),
    says: /appears twice/,
  },
  {
    name: 'a speaker pointing to a missing agenda item',
    file: () => changed((d) => (d.speakers[0]!.agendaItemId = crypto.randomUUID())),
    says: /agenda item that is not in the file/,
  },
  {
    name: 'a speaker pointing to a missing person',
    file: () =>
      changed((d) => {
        const s = d.speakers.find((x) => x.personId !== null)!;
        s.personId = crypto.randomUUID();
      }),
    says: /a person that is not in the file/,
  },
  {
    name: 'a language version of a missing document',
    file: () => changed((d) => (d.documentVersions[0]!.documentId = crypto.randomUUID())),
    says: /a document that is not in the file/,
  },
  {
    name: 'two versions of a document in one language',
    file: () => changed((d) => d.documentVersions.push({ ...d.documentVersions[0]!, id: crypto.randomUUID() })),
    says: /two versions in this language/,
  },
  {
    name: 'a question assigned to a missing speaker',
    file: () =>
      changed((d) =>
        d.questionAssignments.push({ questionId: d.guidingQuestions[0]!.id, speakerId: crypto.randomUUID() }),
      ),
    says: /a speaker that is not in the file/,
  },
  {
    name: 'a session of another body than the file holds',
    file: () => changed((d) => (d.session.bodyId = crypto.randomUUID())),
    says: /body that is not in the file/,
  },
  {
    name: 'a session other than the manifest names',
    file: () => zipParts(partsOf(data, { sessionId: crypto.randomUUID() })),
    says: /not the session the manifest names/,
  },
];

describe('bad session files', () => {
  it('a good file is accepted (the corpus is built from it)', () => {
    expect(parseSessionFile(good).data.session.id).toBe(data.session.id);
    expect(parseSessionFile(zipParts(partsOf(data))).data.session.id).toBe(data.session.id);
  });

  it(`are each refused with a message that says why, the database byte for byte the same (${CORPUS.length} files)`, async () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(20);
    const dump = await target.dump();
    const bytes = databaseBytes(target.file);
    const refused: string[] = [];
    for (const bad of CORPUS) {
      const base64 = bad.file().toString('base64');
      for (const name of ['sessionFiles.inspect', 'sessionFiles.import', 'sessionFiles.import'] as const) {
        const input =
          name === 'sessionFiles.import' && refused.length % 2 ? { base64, onConflict: 'replace' } : { base64 };
        const result = await target.api.call(name, input);
        expect(result.ok, `${bad.name}: ${name} accepted it`).toBe(false);
        if (result.ok) continue;
        expect(['bad_file', 'over_limit', 'newer_version', 'validation'], bad.name).toContain(result.error.code);
        expect(result.error.messageKey).toBe(`errors.${result.error.code}`);
        const says = result.error.issues.map((i) => `${i.path}: ${i.message}`).join('; ');
        expect(says, bad.name).toMatch(bad.says);
        expect(says.length, 'the message stays short').toBeLessThan(400);
      }
      expect(await target.dump(), bad.name).toBe(dump);
      refused.push(bad.name);
    }
    expect(databaseBytes(target.file).equals(bytes)).toBe(true);
    console.log(`bad session files: ${refused.length} of ${CORPUS.length} refused with a reason, database unchanged`);
  }, 120_000);

  it('refuses a file over the size limit before reading it', async () => {
    const big = Buffer.concat([good, Buffer.alloc(37 * 1024 * 1024)]);
    expect(() => parseSessionFile(big)).toThrow(
      expect.objectContaining({
        error: expect.objectContaining({
          issues: [
            expect.objectContaining({ message: expect.stringMatching(/more than the 36\.0 MB Session Desk reads/) }),
          ],
        }),
      }),
    );
    const result = await target.api.call('sessionFiles.import', { base64: big.toString('base64') });
    expect(result).toMatchObject({ ok: false, error: { code: 'validation' } });
  });

  it('refuses a manifest that claims a data part under another checksum than its content', () => {
    const parts = partsOf(data);
    const m = manifestOf(parts);
    m.files[SESSION]!.sha256 = sha256(parts.get(DATA_FILES.body.name)!);
    expect(() => parseSessionFile(zipParts(new Map(parts).set(MANIFEST, json(m))))).toThrow();
  });
});
