import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Body } from '../../../shared/domain/body';
import { useApi } from '../../api/api-context';
import { useSaver } from '../../saving/use-saver';

/** The body's symbol pattern and running number: the user's to set, e.g. CP/CAM-{n}/{yy}. */
export function BodySymbolFields({ bodyId, date }: { bodyId: string; date: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const saver = useSaver();
  const [body, setBody] = useState<Body | null>(null);
  const [pattern, setPattern] = useState('');
  const [next, setNext] = useState('');

  useEffect(() => {
    let live = true;
    void api.call('bodies.get', { id: bodyId }).then(
      (b) => {
        if (!live) return;
        setBody(b);
        setPattern(b.symbolPattern);
        setNext(String(b.nextSymbolNumber ?? 1));
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [api, bodyId, date]);

  if (!body) return null;
  const patternOk = /\{n\}/.test(pattern) && pattern.trim().length > 0;
  const nextNumber = Number(next);
  const nextOk = Number.isInteger(nextNumber) && nextNumber >= 1 && nextNumber <= 999_999;
  return (
    <section className="form-card" aria-labelledby="symbol-pattern-title">
      <h2 id="symbol-pattern-title">{t('details.symbols.title', { body: body.code })}</h2>
      <p className="field__hint">{t('details.symbols.intro')}</p>
      <div className="form-grid">
        <div className={`field${patternOk ? '' : ' has-error'}`}>
          <label htmlFor="symbol-pattern">{t('details.symbols.pattern')}</label>
          <input
            id="symbol-pattern"
            className="symbol"
            value={pattern}
            aria-invalid={patternOk ? undefined : true}
            aria-describedby="symbol-pattern-hint"
            onChange={(e) => {
              setPattern(e.target.value);
              if (/\{n\}/.test(e.target.value)) saver.patch('bodies', body.id, { symbolPattern: e.target.value });
            }}
          />
          <p id="symbol-pattern-hint" className={patternOk ? 'field__hint' : 'field__error'}>
            {patternOk ? t('details.symbols.patternHint') : t('details.symbols.patternNeedsN')}
          </p>
        </div>
        <div className={`field${nextOk ? '' : ' has-error'}`}>
          <label htmlFor="symbol-next">{t('details.symbols.nextNumber')}</label>
          <input
            id="symbol-next"
            type="number"
            min={1}
            aria-describedby="symbol-next-hint"
            value={next}
            onChange={(e) => {
              setNext(e.target.value);
              const n = Number(e.target.value);
              if (Number.isInteger(n) && n >= 1 && n <= 999_999)
                saver.patch('bodies', body.id, { nextSymbolNumber: n });
            }}
          />
          <p id="symbol-next-hint" className="field__hint">
            {t('details.symbols.nextNumberHint')}
          </p>
        </div>
      </div>
    </section>
  );
}
