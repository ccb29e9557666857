import { useCallback, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchHit, SearchInput, SearchResult } from '../../shared/api/search-procedures';
import type { ApiError } from '../../shared/api/errors';
import { LANGUAGES, pickLocalized, type Language } from '../../shared/domain/languages';
import { SEARCH_KINDS, type SearchKind } from '../../shared/search/search-kinds';
import { useApi } from '../api/api-context';
import { toApiError } from '../api/api-error';
import { ErrorNotice } from '../components/ErrorNotice';
import { useLanguage } from '../i18n/use-language';
import { groupHits } from './group-hits';
import './archive-search.css';

/** Time after the last keystroke before a search is sent: one call per pause, not per key. */
const TYPING_PAUSE_MS = 150;

type Answer = { key: string; result: SearchResult } | { key: string; error: ApiError };

interface Filters {
  year: number | '';
  language: Language | '';
  kind: SearchKind | '';
}

function inputOf(text: string, filters: Filters): SearchInput {
  return {
    text: text.trim(),
    ...(filters.year === '' ? {} : { year: filters.year }),
    ...(filters.language === '' ? {} : { language: filters.language }),
    ...(filters.kind === '' ? {} : { kinds: [filters.kind] }),
    limit: 100,
  };
}

/** Calls the search after a pause in typing; the answer is kept with the input it answers. */
function useArchiveSearch(input: SearchInput | null): Answer | null {
  const api = useApi();
  const [answer, setAnswer] = useState<Answer | null>(null);
  const key = input ? JSON.stringify(input) : '';
  useEffect(() => {
    if (key === '') return;
    let current = true;
    const timer = setTimeout(() => {
      api.call('archive.search', JSON.parse(key) as SearchInput).then(
        (result) => current && setAnswer({ key, result }),
        (error: unknown) => current && setAnswer({ key, error: toApiError(error) }),
      );
    }, TYPING_PAUSE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [api, key]);
  return answer?.key === key ? answer : null;
}

/** The search field of the header: a button (and Ctrl+K / Cmd+K) opens it as a dialog over any screen. */
export function ArchiveSearch() {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  // kept while the dialog is closed, so that Ctrl+K brings back the last search
  const [text, setText] = useState('');
  const [filters, setFilters] = useState<Filters>({ year: '', language: '', kind: '' });

  const show = useCallback(() => {
    if (!dialog.current?.open) dialog.current?.showModal();
    setOpen(true);
  }, []);

  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        show();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [show]);

  return (
    <>
      <button
        type="button"
        className="archive-search__open"
        onClick={show}
        aria-label={t('archiveSearch.open')}
        title={`${t('archiveSearch.open')} (${t('archiveSearch.shortcut')})`}
        aria-keyshortcuts="Control+K Meta+K"
      >
        {/* a magnifier, named by aria-label and shown with the shortcut in the title: the header keeps one row in every language */}
        <svg
          className="archive-search__icon"
          viewBox="0 0 24 24"
          width="18"
          height="18"
          aria-hidden="true"
          focusable="false"
        >
          <circle cx="10.5" cy="10.5" r="6.5" fill="none" stroke="currentColor" strokeWidth="2" />
          <line x1="15.5" y1="15.5" x2="21" y2="21" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        </svg>
      </button>
      <dialog
        ref={dialog}
        className="archive-search"
        aria-label={t('archiveSearch.title')}
        onClose={() => setOpen(false)}
        data-testid="archive-search"
      >
        {/* only while open: a closed dialog's fields would stand beside the screen's own (its "Language") */}
        {open && (
          <SearchPanel
            text={text}
            setText={setText}
            filters={filters}
            setFilters={setFilters}
            close={() => dialog.current?.close()}
          />
        )}
      </dialog>
    </>
  );
}

interface PanelProps {
  text: string;
  setText: (text: string) => void;
  filters: Filters;
  setFilters: (change: (filters: Filters) => Filters) => void;
  close: () => void;
}

function SearchPanel({ text, setText, filters, setFilters, close }: PanelProps) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const ids = useId();
  const field = useRef<HTMLInputElement>(null);
  // the last search comes back selected: typing replaces it
  useEffect(() => field.current?.select(), []);
  const [years, setYears] = useState<number[]>([]);
  const [activeAt, setActiveAt] = useState({ key: '', index: 0 });
  const input = text.trim() !== '' ? inputOf(text, filters) : null;
  const answer = useArchiveSearch(input);
  const result = answer && 'result' in answer ? answer.result : null;
  const groups = useMemo(() => (result ? groupHits(result.hits) : []), [result]);
  const ordered = useMemo(() => groups.flatMap((g) => g.hits), [groups]);
  /** Where each group's hits start in `ordered`, the order the arrow keys follow. */
  const offsets = useMemo(
    () => groups.map((_, i) => groups.slice(0, i).reduce((n, g) => n + g.hits.length, 0)),
    [groups],
  );
  // the year filter keeps the years it was given while the next answer is on its way
  if (result && result.years.join() !== years.join()) setYears(result.years);
  // a new answer starts at its first hit
  const active = answer && activeAt.key === answer.key ? activeAt.index : 0;
  const setActive = (next: (current: number) => number) => setActiveAt({ key: answer?.key ?? '', index: next(active) });

  const openHit = (hit: SearchHit) => {
    close();
    window.location.hash = hit.route;
  };
  const optionId = (index: number) => `${ids}-hit-${index}`;

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((a) => (ordered.length === 0 ? 0 : (a + step + ordered.length) % ordered.length));
    } else if (event.key === 'Escape') {
      // a search field would take the first Escape to clear itself: here it closes, as everywhere in the dialog
      event.preventDefault();
      close();
    } else if (event.key === 'Enter' && ordered[active]) {
      event.preventDefault();
      openHit(ordered[active]);
    }
  };

  useEffect(() => {
    document.getElementById(optionId(active))?.scrollIntoView({ block: 'nearest' });
  });

  const setFilter = <K extends keyof Filters>(key: K, value: Filters[K]) => setFilters((f) => ({ ...f, [key]: value }));

  return (
    <div className="archive-search__panel">
      <div className="archive-search__top">
        <h2 className="archive-search__title">{t('archiveSearch.title')}</h2>
        <button type="button" className="button button--secondary" onClick={close}>
          {t('archiveSearch.close')}
        </button>
      </div>
      <label className="archive-search__label" htmlFor={`${ids}-field`}>
        {t('archiveSearch.field')}
      </label>
      <input
        ref={field}
        id={`${ids}-field`}
        autoFocus
        className="archive-search__field"
        type="search"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        aria-expanded={ordered.length > 0}
        aria-controls={`${ids}-results`}
        aria-activedescendant={ordered[active] ? optionId(active) : undefined}
        aria-describedby={`${ids}-hint`}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={onKeyDown}
        maxLength={200}
      />
      <p id={`${ids}-hint`} className="archive-search__hint">
        {t('archiveSearch.hint')} {t('archiveSearch.keys')}
      </p>
      <fieldset className="archive-search__filters">
        <legend>{t('archiveSearch.filters')}</legend>
        <label>
          {t('archiveSearch.year')}
          <select
            value={filters.year}
            onChange={(e) => setFilter('year', e.target.value === '' ? '' : Number(e.target.value))}
          >
            <option value="">{t('archiveSearch.any')}</option>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('archiveSearch.language')}
          <select value={filters.language} onChange={(e) => setFilter('language', e.target.value as Language | '')}>
            <option value="">{t('archiveSearch.any')}</option>
            {LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {t(`language.endonyms.${l}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('archiveSearch.kind')}
          <select value={filters.kind} onChange={(e) => setFilter('kind', e.target.value as SearchKind | '')}>
            <option value="">{t('archiveSearch.any')}</option>
            {SEARCH_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`archiveSearch.kinds.${k}`)}
              </option>
            ))}
          </select>
        </label>
      </fieldset>
      <p className="archive-search__status" role="status">
        {input === null
          ? ''
          : !answer
            ? t('archiveSearch.searching')
            : result && result.hits.length === 0
              ? t('archiveSearch.noHits', { text: text.trim() })
              : result
                ? t('archiveSearch.hits', { count: result.hits.length })
                : ''}
      </p>
      {answer && 'error' in answer && <ErrorNotice error={answer.error} />}
      <div
        id={`${ids}-results`}
        role="listbox"
        aria-label={t('archiveSearch.results')}
        className="archive-search__results"
      >
        {groups.map((group, g) => {
          const label = group.sessionId
            ? `${group.year ?? ''} · ${group.hits[0]?.sessionTitle ? pickLocalized(group.hits[0].sessionTitle, lang) : ''}`
            : t('archiveSearch.registry');
          return (
            <div
              key={group.sessionId ?? 'registry'}
              role="group"
              aria-labelledby={`${ids}-g-${group.sessionId ?? 'r'}`}
            >
              <div id={`${ids}-g-${group.sessionId ?? 'r'}`} className="archive-search__group" role="presentation">
                {label}
              </div>
              {group.hits.map((hit, h) => {
                const at = offsets[g]! + h;
                return (
                  <div
                    key={`${hit.kind}:${hit.sourceId}:${hit.language ?? ''}:${at}`}
                    id={optionId(at)}
                    role="option"
                    aria-selected={at === active}
                    className="archive-search__hit"
                    onMouseDown={(e) => e.preventDefault()}
                    onClick={() => openHit(hit)}
                    onMouseMove={() => setActive(() => at)}
                  >
                    <span className="archive-search__kind">
                      {t(`archiveSearch.kinds.${hit.kind}`)}
                      {hit.language && <span lang={hit.language}> · {hit.language.toUpperCase()}</span>}
                    </span>
                    <span className="archive-search__snippet" lang={hit.language ?? undefined}>
                      {hit.snippet.map((part, i) => (part.match ? <mark key={i}>{part.text}</mark> : part.text))}
                    </span>
                  </div>
                );
              })}
            </div>
          );
        })}
      </div>
    </div>
  );
}
