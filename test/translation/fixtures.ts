import { createOmegatProject } from '../exports/omegat';

/**
 * A translator's round trip in OmegaT, headless (docs/architecture.md): the DOCX goes into a project,
 * OmegaT writes a pseudo-translation memory, every Spanish segment is marked with `marker`, and
 * OmegaT builds the translated DOCX from it. Returns the translated file's bytes.
 */
export function omegatPseudoTranslate(docx: Buffer, dir: string, marker: string): Buffer {
  return createOmegatProject(dir, docx).translate(marker);
}
