import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/* OmegaT headless, as docs/architecture.md describes it: a project folder, the DOCX in source/, console modes. */

const TOKENIZERS = { ES: 'LuceneSpanishTokenizer', FR: 'LuceneFrenchTokenizer', PT: 'LucenePortugueseTokenizer' };
type Target = keyof typeof TOKENIZERS;

const projectFile = (target: Target) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<omegat>
<project version="1.0">
<source_dir>__DEFAULT__</source_dir>
<target_dir>__DEFAULT__</target_dir>
<tm_dir>__DEFAULT__</tm_dir>
<glossary_dir>__DEFAULT__</glossary_dir>
<glossary_file>__DEFAULT__</glossary_file>
<dictionary_dir>__DEFAULT__</dictionary_dir>
<source_lang>EN-US</source_lang>
<target_lang>${target}</target_lang>
<source_tok>org.omegat.tokenizer.LuceneEnglishTokenizer</source_tok>
<target_tok>org.omegat.tokenizer.${TOKENIZERS[target]}</target_tok>
<sentence_seg>true</sentence_seg>
<support_default_translations>true</support_default_translations>
<remove_tags>false</remove_tags>
</project>
</omegat>
`;

export interface OmegatProject {
  /** The pseudo-translation memory OmegaT wrote: one unit per unique segment, the target equal to the source. */
  tmx: string;
  /** OmegaT's own count of the project's segments. */
  statsText(): string;
  /** Marks every target-language segment of the memory with `marker`, and lets OmegaT build the translated DOCX. */
  translate(marker: string): Buffer;
}

/** An English-to-Spanish (or `target`) project holding one DOCX, with its pseudo-translation memory already made. */
export function createOmegatProject(dir: string, docx: Buffer, target: Target = 'ES'): OmegatProject {
  const project = path.join(dir, 'omegat');
  for (const sub of ['source', 'target', 'tm', 'glossary', 'dictionary', 'omegat', 'config']) {
    fs.mkdirSync(path.join(project, sub), { recursive: true });
  }
  fs.writeFileSync(path.join(project, 'source', 'paper.docx'), docx);
  fs.writeFileSync(path.join(project, 'omegat.project'), projectFile(target));
  const omegat = (mode: string, ...extra: string[]) =>
    execFileSync(
      'omegat',
      [
        `--mode=${mode}`,
        `--config-dir=${path.join(project, 'config')}`,
        '--disable-project-locking',
        ...extra,
        project,
      ],
      { stdio: 'pipe', timeout: 120_000 },
    );
  const tmx = path.join(project, 'omegat', 'project_save.tmx');
  omegat('console-createpseudotranslatetmx', `--pseudotranslatetmx=${tmx}`, '--pseudotranslatetype=equal');
  return {
    tmx,
    statsText: () => fs.readFileSync(path.join(project, 'omegat', 'project_stats.txt'), 'utf8'),
    translate(marker) {
      const marked = fs
        .readFileSync(tmx, 'utf8')
        .replace(new RegExp(`(<tuv[^>]*lang="${target}"[^>]*>\\s*<seg>)`, 'gi'), `$1${marker} `);
      fs.writeFileSync(tmx, marked);
      omegat('console-translate');
      return fs.readFileSync(path.join(project, 'target', 'paper.docx'));
    },
  };
}
