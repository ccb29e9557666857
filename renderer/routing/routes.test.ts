import { describe, expect, it } from 'vitest';
import {
  backupsHref,
  parseRoute,
  sessionHref,
  documentHref,
  floorDisplayHref,
  sessionTextsHref,
  translationHref,
} from './routes';

const ID = '5757c36a-5bf8-49fc-b180-ad53fc08b2ec';
const ITEM = '0f2a9a43-3c51-4f0f-9a53-2b9b4e6d7c10';

describe('parseRoute', () => {
  it('shows the list for an empty or root hash', () => {
    for (const hash of ['', '#', '#/', '#/sessions', '#/sessions/'])
      expect(parseRoute(hash)).toEqual({ name: 'sessions' });
  });
  it('reads a session id and its screens', () => {
    expect(parseRoute(sessionHref(ID))).toEqual({ name: 'session', id: ID, tab: 'overview' });
    expect(parseRoute(`#/sessions/${ID.toUpperCase()}/`)).toEqual({ name: 'session', id: ID, tab: 'overview' });
    expect(parseRoute(sessionHref(ID, 'agenda'))).toEqual({ name: 'session', id: ID, tab: 'agenda' });
    expect(parseRoute(sessionHref(ID, 'speakers', ITEM))).toEqual({
      name: 'session',
      id: ID,
      tab: 'speakers',
      itemId: ITEM,
    });
  });
  it('reads the registry', () => {
    expect(parseRoute('#/registry')).toEqual({ name: 'registry' });
  });
  it('reads the backups and session files screen', () => {
    expect(parseRoute(backupsHref())).toEqual({ name: 'backups' });
    expect(parseRoute('#/backups/')).toEqual({ name: 'backups' });
  });
  it('reads the editor of a document version', () => {
    expect(parseRoute(documentHref(ID, ITEM, 'fr'))).toEqual({
      name: 'document',
      id: ID,
      documentId: ITEM,
      lang: 'fr',
    });
    expect(parseRoute(`#/sessions/${ID}/documents/${ITEM}/de`)).toEqual({ name: 'notFound' });
  });
  it('reads the session texts’ translation screen', () => {
    expect(sessionTextsHref(ID)).toBe(`#/sessions/${ID}/session-texts`);
    expect(parseRoute(sessionTextsHref(ID))).toEqual({ name: 'sessionTexts', id: ID });
    expect(parseRoute(`#/sessions/${ID}/session-texts/fr`)).toEqual({ name: 'notFound' });
  });
  it('reads the chair’s floor and the room display', () => {
    expect(parseRoute(sessionHref(ID, 'floor'))).toEqual({ name: 'session', id: ID, tab: 'floor' });
    expect(floorDisplayHref(ID)).toBe(`#/sessions/${ID}/floor/display`);
    expect(parseRoute(floorDisplayHref(ID))).toEqual({ name: 'floorDisplay', id: ID });
    expect(parseRoute(`#/sessions/${ID}/floor/${ITEM}`)).toEqual({ name: 'notFound' });
  });
  it('reads the translation screens of a document', () => {
    const base = { name: 'translation', id: ID, documentId: ITEM };
    expect(translationHref(ID, ITEM)).toBe(`#/sessions/${ID}/documents/${ITEM}`);
    expect(parseRoute(translationHref(ID, ITEM))).toEqual({ ...base, view: 'versions' });
    expect(parseRoute(`#/sessions/${ID}/documents/${ITEM.toUpperCase()}/`)).toEqual({ ...base, view: 'versions' });
    expect(translationHref(ID, ITEM, 'changes', 'es')).toBe(`#/sessions/${ID}/documents/${ITEM}/changes/es`);
    expect(parseRoute(translationHref(ID, ITEM, 'changes', 'es'))).toEqual({ ...base, view: 'changes', lang: 'es' });
    expect(translationHref(ID, ITEM, 'sideBySide', 'pt')).toBe(`#/sessions/${ID}/documents/${ITEM}/side-by-side/pt`);
    expect(parseRoute(translationHref(ID, ITEM, 'sideBySide', 'pt'))).toEqual({
      ...base,
      view: 'sideBySide',
      lang: 'pt',
    });
    for (const hash of [
      `#/sessions/${ID}/documents/${ITEM}/changes`,
      `#/sessions/${ID}/documents/${ITEM}/changes/de`,
      `#/sessions/${ID}/documents/${ITEM}/side-by-side`,
      `#/sessions/${ID}/documents/${ITEM}/history/es`,
    ]) {
      expect(parseRoute(hash), hash).toEqual({ name: 'notFound' });
    }
  });
  it('finds nothing elsewhere', () => {
    for (const hash of [
      '#/sessions/42',
      '#/people',
      '#/backups/x',
      '#token=abc',
      `#/sessions/${ID}/minutes`,
      `#/sessions/${ID}/agenda/${ITEM}`,
    ]) {
      expect(parseRoute(hash), hash).toEqual({ name: 'notFound' });
    }
  });
});
