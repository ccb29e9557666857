import { z } from 'zod';
import { entitySchema, withRules } from './entity';
import { LocalizedRichTextSchema } from '../content/rich-text';
import { LocalizedSchema } from './languages';
import { IdSchema } from './common';

export const AGENDA_ITEM_KINDS = [
  'opening',
  'adoption_of_agenda',
  'presentation',
  'panel',
  'dialogue',
  'other_business',
  'closing',
] as const;
export const AgendaItemKindSchema = z.enum(AGENDA_ITEM_KINDS);
export type AgendaItemKind = z.infer<typeof AgendaItemKindSchema>;

/** How the list of speakers of an item is ordered: by the rule (panelists first, then requests in order) or by the chair's hand. */
export const SPEAKER_ORDERS = ['by_rule', 'manual'] as const;
export const SpeakerOrderSchema = z.enum(SPEAKER_ORDERS);
export type SpeakerOrder = z.infer<typeof SpeakerOrderSchema>;

/** A document symbol as printed, e.g. "CP/CAM-123/23 rev. 1". */
export const DocumentSymbolSchema = z.string().trim().min(1).max(100);

export const AgendaItemFields = withRules(
  z.object({
    kind: AgendaItemKindSchema,
    title: LocalizedSchema,
    /** A few paragraphs under the item in the annotated agenda, with footnotes and notes to the translator. */
    annotation: LocalizedRichTextSchema,
    durationMinutes: z
      .int()
      .min(0)
      .max(24 * 60),
    documentSymbols: z.array(DocumentSymbolSchema).max(50),
    speakerOrder: SpeakerOrderSchema,
  }),
  [
    {
      // an item with no title anywhere would print as its kind's generic title in every language, unnoticed
      holds: (item) => Object.values(item.title).some((text) => text.trim() !== ''),
      message: 'an item needs a title in at least one language',
      path: 'title',
      rule: 'oneLanguage',
    },
  ],
);

export const AgendaItemSchema = entitySchema(
  {
    id: IdSchema,
    sessionId: IdSchema,
    position: z.int().min(0),
  },
  AgendaItemFields,
);
export type AgendaItem = z.infer<typeof AgendaItemSchema>;
