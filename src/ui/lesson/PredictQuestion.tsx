/**
 * Predict before running: pick an answer (never required to run); after a run the answer and the
 * explanation are revealed next to the learner's pick.
 */
import type { PredictQuestion as Question } from '../../state/lessonTypes.ts';
import { useApp } from '../../state/store.ts';
import { Icon } from '../shell/Icon.tsx';

export function PredictQuestion({ lessonId, predict }: { lessonId: string; predict: Question }) {
  const prediction = useApp((s) => s.progress[lessonId]?.prediction);
  const runs = useApp((s) => s.progress[lessonId]?.runs ?? 0);
  const record = useApp((s) => s.recordPrediction);
  // After a run, once the playback has shown its result: the answer must not spoil the animation.
  const resultShown = useApp((s) => s.revealed);
  const revealed = runs > 0 && resultShown;
  return (
    <section className="predict" aria-labelledby="predict-q">
      <h3 id="predict-q" className="section-title">
        Predict first{' '}
        <span className="muted">· {revealed ? 'answer revealed' : 'optional, before you run'}</span>
      </h3>
      <p className="predict-question">{predict.question}</p>
      <div className="predict-options" role="radiogroup" aria-labelledby="predict-q">
        {predict.options.map((text, i) => {
          const chosen = prediction === i;
          const verdict = revealed ? (i === predict.answer ? 'right' : chosen ? 'wrong' : '') : '';
          return (
            <button
              key={i}
              type="button"
              role="radio"
              aria-checked={chosen}
              className={`predict-option ${chosen ? 'chosen' : ''} ${verdict}`}
              data-testid="predict-option"
              onClick={() => record(lessonId, i)}
            >
              <span className="predict-mark" aria-hidden="true">
                {verdict === 'right' ? (
                  <Icon name="check" />
                ) : verdict === 'wrong' ? (
                  <Icon name="close" />
                ) : (
                  String.fromCharCode(65 + i)
                )}
              </span>
              <span>{text}</span>
              {verdict === 'right' && <span className="sr-only"> (correct answer)</span>}
            </button>
          );
        })}
      </div>
      <p className="predict-feedback" aria-live="polite">
        {!revealed && prediction !== undefined && 'Locked in. Press Run to find out.'}
        {revealed &&
          (prediction === undefined
            ? predict.explanation
            : prediction === predict.answer
              ? `You called it. ${predict.explanation ?? ''}`
              : `Not quite. ${predict.explanation ?? ''}`)}
      </p>
    </section>
  );
}
