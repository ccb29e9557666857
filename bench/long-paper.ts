/*
 * A 100-page concept paper for the benchmarks: 300 paragraphs of about 130 words (40,000 words),
 * a heading every 30, a footnote with a URL in each, and 50 notes to the translator (one in five
 * of them inside a footnote), with the same text as pandoc Markdown for comparison. Seeded, so
 * every run builds the same paper.
 */
import { StoredContentSchema, type InlineNode, type StoredContent } from '../shared/content/schema';

export const PARAGRAPHS = 300;
export const FOOTNOTES = 300;
export const NOTES = 50;

const WORDS = (
  'migration governance regional cooperation protection mechanisms processes states delegations ' +
  'consultation dialogue framework international refugees displacement integration regularization ' +
  'hemisphere americas committee session panel practices commitments assistance communities return ' +
  'origin transit destination labour data evidence policy rights access health education borders'
).split(' ');

function words() {
  let seed = 42;
  const random = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
  const pick = () => WORDS[Math.floor(random() * WORDS.length)]!;
  return (count: number) => {
    const list = Array.from({ length: count }, pick);
    return `${list[0]![0]!.toUpperCase()}${list.join(' ').slice(1)}.`;
  };
}

type Sentence = ReturnType<typeof words>;

/** One paragraph of about 130 words: six sentences, a footnote after the third, maybe a note. */
function paragraph(
  sentence: Sentence,
  index: number,
  notes: { body: number; footnote: number },
): { nodes: InlineNode[]; md: string } {
  const first = [sentence(22), sentence(20), sentence(24)].join(' ');
  const rest = [sentence(21), sentence(23), sentence(20)].join(' ');
  const footnoteText = `${sentence(12)} See https://www.oas.org/en/cam/documents/${index}.pdf`;
  const withNote = index % Math.floor(PARAGRAPHS / NOTES) === 0;
  const inFootnote = withNote && index % 5 === 0;
  const note = `Check the term used in paragraph ${index + 1}.`;
  const nodes: InlineNode[] = [
    { type: 'text', text: first },
    {
      type: 'footnote',
      content: [
        {
          type: 'paragraph',
          content: [
            {
              type: 'text',
              text: footnoteText,
              ...(inFootnote ? { marks: [{ type: 'translatorNote', attrs: { id: `n${index}`, note } }] } : {}),
            },
          ],
        },
      ],
    },
    {
      type: 'text',
      text: ` ${rest}`,
      ...(withNote && !inFootnote ? { marks: [{ type: 'translatorNote', attrs: { id: `n${index}`, note } }] } : {}),
    },
  ];
  if (withNote) notes[inFootnote ? 'footnote' : 'body'] += 1;
  const comment = (text: string) =>
    withNote ? `[${note}]{.comment-start id="${index}" author="TS"}${text}[]{.comment-end id="${index}"}` : text;
  const md = `${first}[^${index + 1}] ${inFootnote ? rest : comment(rest)}\n\n[^${index + 1}]: ${inFootnote ? comment(footnoteText) : footnoteText}\n`;
  return { nodes, md };
}

/** The paper as stored content, as Markdown, and how many notes sit in the body and in footnotes. */
export function buildLongPaper(): {
  content: StoredContent;
  markdown: string;
  notes: { body: number; footnote: number };
} {
  const sentence = words();
  const notes = { body: 0, footnote: 0 };
  const blocks: StoredContent['body']['content'] = [];
  const md: string[] = ['# Concept paper\n'];
  for (let i = 0; i < PARAGRAPHS; i += 1) {
    if (i % 30 === 0) {
      const heading = `Part ${i / 30 + 1}: ${sentence(5).slice(0, -1)}`;
      blocks.push({ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: heading }] });
      md.push(`## ${heading}\n`);
    }
    const p = paragraph(sentence, i, notes);
    blocks.push({ type: 'paragraph', content: p.nodes });
    md.push(p.md);
  }
  const content = StoredContentSchema.parse({
    schemaVersion: 1,
    titleBlock: {
      documentKindLabel: 'CONCEPT PAPER',
      title: 'Annual session on migration governance',
      subtitle: 'A long paper for the benchmarks',
      date: '2023-05-09',
      authorship: 'Prepared by the Chair of the CAM with the support of the Technical Secretariat',
    },
    body: { type: 'doc', content: blocks },
  });
  return { content, markdown: md.join('\n'), notes };
}
