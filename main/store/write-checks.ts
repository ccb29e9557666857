import { fail } from '../../shared/api/errors';
import type { Store } from './open-database';

/** A member state takes the floor once per agenda item: a second inscription is refused, not merged. */
export async function checkDelegationOnce(db: Store, fields: Record<string, unknown>, id: string): Promise<void> {
  if (fields.role !== 'delegation' || typeof fields.organizationId !== 'string') return;
  const twin = await db
    .selectFrom('speakers')
    .select('id')
    .where('agendaItemId', '=', fields.agendaItemId as string)
    .where('organizationId', '=', fields.organizationId)
    .where('role', '=', 'delegation')
    .where('id', '!=', id)
    .executeTakeFirst();
  if (twin)
    fail('duplicate', [{ path: 'organizationId', message: 'this delegation is already on the list of this item' }]);
}

/** Two documents never carry the same symbol with the same revision mark, nor a symbol issued to another document. */
export async function checkDocumentSymbolFree(db: Store, fields: Record<string, unknown>, id: string): Promise<void> {
  const symbol = fields.symbol;
  if (typeof symbol !== 'string') return;
  let sameSymbol = db.selectFrom('documents').select('id').where('symbol', '=', symbol).where('id', '!=', id);
  sameSymbol =
    fields.revisionKind === null
      ? sameSymbol.where('revisionKind', 'is', null)
      : sameSymbol
          .where('revisionKind', '=', fields.revisionKind as string)
          .where('revisionNumber', '=', fields.revisionNumber as number);
  const issuedElsewhere = await db
    .selectFrom('issuedSymbols')
    .select('documentId')
    .where('symbol', '=', symbol)
    .where((eb) => eb.or([eb('documentId', 'is', null), eb('documentId', '!=', id)]))
    .executeTakeFirst();
  if ((await sameSymbol.executeTakeFirst()) || issuedElsewhere) {
    fail('duplicate', [{ path: 'symbol', message: 'this symbol is already used by another document' }]);
  }
}
