import type { TextGenerator } from './text-generator';
import { resolutionOf } from './build-archive';

/*
 * The bench's 100 queries, 20 of each sort: common words, words typed without their accents,
 * prefixes, phrases in quotes, and rare words (from the end of the tail of made-up words).
 */

const COMMON = [
  'migration',
  'rights',
  'protection',
  'governance',
  'mobility',
  'migración',
  'derechos',
  'protección',
  'cooperación',
  'fronteras',
  'migration',
  'droits',
  'coopération',
  'frontières',
  'réfugiés',
  'migração',
  'direitos',
  'proteção',
  'governança',
  'crianças',
];
const UNACCENTED = [
  'migracion',
  'proteccion',
  'regularizacion',
  'estadisticas',
  'diaspora',
  'politicas',
  'poblacion',
  'xenofobia',
  'nino',
  'declaracion',
  'mecanismes',
  'securite',
  'deplacement',
  'integration',
  'resilience',
  'migracao',
  'protecao',
  'governanca',
  'familias',
  'saude',
];
const PREFIXES = [
  'migr',
  'regul',
  'gobern',
  'coop',
  'integr',
  'prot',
  'human',
  'refug',
  'desplaz',
  'trab',
  'gouv',
  'déplac',
  'réint',
  'xéno',
  'hémis',
  'migraç',
  'govern',
  'crian',
  'reinte',
  'interop',
];
const PHRASES = [
  '"human rights"',
  '"derechos humanos"',
  '"droits humains"',
  '"direitos humanos"',
  '"migration governance"',
  '"regional mechanisms"',
  '"member states"',
  '"estados miembros"',
  '"états membres"',
  '"estados membros"',
];

export function archiveQueries(gen: TextGenerator): string[] {
  const resolutions = Array.from({ length: 10 }, (_, i) => `"${resolutionOf(i * 37)}"`);
  const rare = (['en', 'es', 'fr', 'pt'] as const).flatMap((lang) =>
    Array.from({ length: 5 }, (_, i) => gen.tails[lang][gen.tails[lang].length - 1 - i * 150]!),
  );
  return [...COMMON, ...UNACCENTED, ...PREFIXES, ...PHRASES, ...resolutions, ...rare];
}
