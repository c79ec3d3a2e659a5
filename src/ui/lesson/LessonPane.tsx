/** The reading column: title, predict question, summary, explanation; goals pinned below. */
import type { Lesson } from '../../state/lessonTypes.ts';
import { lessonHtml } from '../../state/lessons.ts';
import { GoalsList } from './GoalsList.tsx';
import { HintsBox } from './HintsBox.tsx';
import { LessonText } from './LessonText.tsx';
import { PredictQuestion } from './PredictQuestion.tsx';
import { SymptomCallout } from './SymptomFinder.tsx';

export function LessonPane({ lesson }: { lesson: Lesson }) {
  return (
    <article className="lesson-pane" aria-labelledby="lesson-title">
      {/* Keyed by lesson: another lesson (Next, Back, the list) opens at its top, not mid-text. */}
      <div key={lesson.id} className="lesson-scroll" tabIndex={0} aria-label="Lesson text">
        <SymptomCallout />
        <p className="lesson-kicker">Lesson {String(lesson.order).padStart(2, '0')}</p>
        <h1 id="lesson-title" className="lesson-h1">
          {lesson.title}
        </h1>
        {/* The question comes before the text (and the summary) that answers it. */}
        {lesson.predict && <PredictQuestion lessonId={lesson.id} predict={lesson.predict} />}
        <p className="lesson-summary">{lesson.summary}</p>
        <LessonText lesson={lesson} />
        <HintsBox lessonId={lesson.id} hints={lessonHtml(lesson).hints} />
      </div>
      <GoalsList lesson={lesson} />
    </article>
  );
}
