import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../shared/api/errors';
import type { GuidingQuestion } from '../../../shared/domain/guiding-question';
import { toApiError } from '../../api/api-error';
import { ErrorNotice } from '../../components/ErrorNotice';
import { LocalizedFields } from '../../components/form/fields';
import { useUndo } from '../../components/UndoBar';
import { useLanguage } from '../../i18n/use-language';
import { sessionHref } from '../../routing/routes';
import { useSaver } from '../../saving/use-saver';
import { SessionFrame, type SessionContext } from '../../session/SessionFrame';
import { MoveButtons } from '../../session/MoveButtons';
import { moveTo, withPositions } from '../../session/move';
import { useMovableList } from '../../session/use-movable-list';
import { namesOf, speakerShortName } from '../../session/names';
import '../../components/builder.css';

/** Guiding questions: ordered, written in the four languages, each assigned to the panelists who will answer it. */
export function QuestionsScreen({ id }: { id: string }) {
  return (
    <SessionFrame id={id} tab="questions">
      {(context) => <QuestionsEditor context={context} />}
    </SessionFrame>
  );
}

function QuestionsEditor({ context }: { context: SessionContext }) {
  const { t } = useTranslation();
  const moveWords = useMemo(() => ({ moveUp: t('common.moveUp'), moveDown: t('common.moveDown') }), [t]);
  const lang = useLanguage();
  const saver = useSaver();
  const { data, mutate, reload } = context;
  const { session } = data;
  const { offerUndo, undoBar } = useUndo();
  const [error, setError] = useState<ApiError | null>(null);
  const [assignments, setAssignments] = useState<Map<string, string[]> | null>(null);
  const addButtonRef = useRef<HTMLButtonElement>(null);

  const questions = useMemo(
    () => [...data.guidingQuestions].sort((a, b) => a.position - b.position),
    [data.guidingQuestions],
  );
  const { attach: attachList, keepFocus, focusLater, focusBeforeRemoval } = useMovableList<HTMLOListElement>(questions);

  useEffect(() => {
    let live = true;
    saver.api.call('guidingQuestions.assignments', { sessionId: session.id }).then(
      (rows) => {
        if (!live) return;
        const map = new Map<string, string[]>();
        for (const row of rows) map.set(row.questionId, [...(map.get(row.questionId) ?? []), row.speakerId]);
        setAssignments(map);
      },
      () => live && setAssignments(new Map()),
    );
    return () => {
      live = false;
    };
  }, [saver, session.id]);

  // Who can answer: the panel of the session (moderators, keynote speakers, panelists), each once.
  const panel = useMemo(() => {
    const names = namesOf(data.organizations, data.people);
    const items = new Map(data.agendaItems.map((x) => [x.id, x.position]));
    return data.speakers
      .filter(
        (s) => (s.role === 'panelist' || s.role === 'keynote' || s.role === 'moderator') && s.status !== 'withdrawn',
      )
      .sort((a, b) => (items.get(a.agendaItemId) ?? 0) - (items.get(b.agendaItemId) ?? 0) || a.position - b.position)
      .map((s) => ({ id: s.id, name: speakerShortName(s, names, lang) }));
  }, [data.speakers, data.agendaItems, data.organizations, data.people, lang]);

  const change = (questionId: string, patch: Partial<GuidingQuestion>) => {
    mutate((d) => ({
      ...d,
      guidingQuestions: d.guidingQuestions.map((q) => (q.id === questionId ? { ...q, ...patch } : q)),
    }));
    saver.patch('guidingQuestions', questionId, patch);
  };

  const move = (questionId: string, delta: -1 | 1) => {
    const from = questions.findIndex((q) => q.id === questionId);
    const to = from + delta;
    if (from < 0 || to < 0 || to >= questions.length) return;
    keepFocus(questionId);
    const next = withPositions(moveTo(questions, from, to));
    mutate((d) => ({ ...d, guidingQuestions: next }));
    const ids = next.map((q) => q.id);
    saver.schedule(
      `questions:${session.id}`,
      () => saver.api.call('guidingQuestions.reorder', { sessionId: session.id, ids }),
      250,
    );
  };

  const assign = useCallback(
    (questionId: string, speakerIds: string[]) => {
      setAssignments((m) => new Map(m).set(questionId, speakerIds));
      saver
        .run(`question-assign:${questionId}`, () =>
          saver.api.call('guidingQuestions.assign', { questionId, speakerIds }),
        )
        .catch((failure: unknown) => setError(toApiError(failure)));
    },
    [saver],
  );

  async function add() {
    setError(null);
    try {
      const created = await saver.run(`questions:${session.id}`, () =>
        saver.api.call('guidingQuestions.create', { sessionId: session.id, text: { en: '', es: '', fr: '', pt: '' } }),
      );
      mutate((d) => ({ ...d, guidingQuestions: [...d.guidingQuestions, created] }));
      focusLater({ id: created.id, role: 'first-field' });
    } catch (failure) {
      setError(toApiError(failure));
    }
  }

  async function remove(question: GuidingQuestion, number: number) {
    const order = questions.map((q) => q.id);
    const answeredBy = assignments?.get(question.id) ?? [];
    focusBeforeRemoval(order, order.indexOf(question.id), addButtonRef.current);
    setError(null);
    // Edits of the row still waiting go first, so none lands on a deleted row.
    await saver.flush();
    mutate((d) => ({ ...d, guidingQuestions: withPositions(questions.filter((q) => q.id !== question.id)) }));
    try {
      await saver.run(`questions:${session.id}`, () => saver.api.call('guidingQuestions.delete', { id: question.id }));
    } catch (failure) {
      setError(toApiError(failure));
      reload();
      return;
    }
    offerUndo({
      message: t('questionsEditor.deleted', { number }),
      undo: async () => {
        try {
          await saver.run(`questions:${session.id}`, async () => {
            await saver.api.call('guidingQuestions.create', {
              id: question.id,
              sessionId: session.id,
              text: question.text,
            });
            const present = (await saver.api.call('guidingQuestions.list', { sessionId: session.id })).map((q) => q.id);
            const ids = [...order.filter((x) => present.includes(x)), ...present.filter((x) => !order.includes(x))];
            await saver.api.call('guidingQuestions.reorder', { sessionId: session.id, ids });
            if (answeredBy.length > 0) {
              await saver.api.call('guidingQuestions.assign', { questionId: question.id, speakerIds: answeredBy });
            }
          });
        } catch (failure) {
          setError(toApiError(failure));
        }
        reload();
      },
    });
  }

  return (
    <>
      <h1>{t('questionsEditor.title')}</h1>
      <p className="lead">{t('questionsEditor.intro')}</p>
      {questions.length === 0 ? (
        <div className="empty-state empty-state--inline" data-testid="questions-empty">
          <p>{t('questionsEditor.empty')}</p>
        </div>
      ) : (
        <ol className="builder-list" ref={attachList} data-testid="questions-editor">
          {questions.map((q, index) => {
            const answeredBy = assignments?.get(q.id) ?? [];
            return (
              <li
                key={q.id}
                className="builder-item builder-item--question"
                data-row-id={q.id}
                data-testid="question-item"
                tabIndex={-1}
                onKeyDown={(event) => {
                  if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
                  event.preventDefault();
                  move(q.id, event.key === 'ArrowUp' ? -1 : 1);
                }}
              >
                <div className="builder-item__rail">
                  <span className="builder-item__number">{index + 1}.</span>
                </div>
                <div className="builder-item__body">
                  <LocalizedFields
                    label={t('questionsEditor.question', { number: index + 1 })}
                    value={q.text}
                    rules={{ field: 'text', maxLength: 5000 }}
                    first={lang}
                    multiline
                    testId="question-text"
                    onChange={(text) => change(q.id, { text })}
                  />
                  <fieldset className="assign">
                    <legend>{t('questionsEditor.answeredBy')}</legend>
                    {panel.length === 0 ? (
                      <p className="field__hint">
                        {t('questionsEditor.noPanel')}{' '}
                        <a href={sessionHref(session.id, 'speakers')}>{t('sessionTabs.speakers')}</a>
                      </p>
                    ) : (
                      panel.map((p) => (
                        <label key={p.id} className="check">
                          <input
                            type="checkbox"
                            checked={answeredBy.includes(p.id)}
                            disabled={assignments === null}
                            onChange={(event) =>
                              assign(
                                q.id,
                                event.target.checked ? [...answeredBy, p.id] : answeredBy.filter((x) => x !== p.id),
                              )
                            }
                          />
                          {p.name}
                        </label>
                      ))
                    )}
                  </fieldset>
                </div>
                <div className="builder-item__actions">
                  <MoveButtons
                    upLabel={t('questionsEditor.moveUp', { number: index + 1 })}
                    downLabel={t('questionsEditor.moveDown', { number: index + 1 })}
                    onUp={() => move(q.id, -1)}
                    onDown={() => move(q.id, 1)}
                    words={moveWords}
                  />
                  <button
                    type="button"
                    className="button button--small button--danger"
                    aria-label={t('questionsEditor.delete', { number: index + 1 })}
                    onClick={() => void remove(q, index + 1)}
                  >
                    {t('common.delete')}
                  </button>
                </div>
              </li>
            );
          })}
        </ol>
      )}
      {undoBar}
      <p>
        <button
          ref={addButtonRef}
          type="button"
          className="button button--primary"
          data-testid="add-question"
          onClick={() => void add()}
        >
          {t('questionsEditor.add')}
        </button>
      </p>
      {error && <ErrorNotice error={error} />}
    </>
  );
}
