/** The reading column: title, predict question, summary, explanation; goals pinned below. */
import type { Lesson } from '../../state/lessonTypes.ts';
import { GoalsList } from './GoalsList.tsx';
import { LessonText } from './LessonText.tsx';
import { PredictQuestion } from './PredictQuestion.tsx';

export function LessonPane({ lesson }: { lesson: Lesson }) {
  return (
    <article className="lesson-pane" aria-labelledby="lesson-title">
      <div className="lesson-scroll" tabIndex={0} aria-label="Lesson text">
        <p className="lesson-kicker">Lesson {String(lesson.order).padStart(2, '0')}</p>
        <h1 id="lesson-title" className="lesson-h1">
          {lesson.title}
        </h1>
        {/* The question comes before the text (and the summary) that answers it. */}
        {lesson.predict && <PredictQuestion lessonId={lesson.id} predict={lesson.predict} />}
        <p className="lesson-summary">{lesson.summary}</p>
        <LessonText lesson={lesson} />
      </div>
      <GoalsList lesson={lesson} />
    </article>
  );
}
