/** Top bar: brand, current lesson, share, theme. */
import { useApp } from '../../state/store.ts';
import { findLesson } from '../../state/lessons.ts';
import { Icon } from './Icon.tsx';
import { ShareButton } from './ShareButton.tsx';
import { ThemeToggle } from './ThemeToggle.tsx';
import { RaceLabToggle } from '../raceLab/RaceLabToggle.tsx';

export function Header() {
  const lesson = useApp((s) => findLesson(s.lessonId));
  return (
    <header className="header">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true">
          <Icon name="db" />
        </span>
        DbContext Playground
      </div>
      {lesson && (
        <span className="header-lesson">
          / {String(lesson.order).padStart(2, '0')} · {lesson.title}
        </span>
      )}
      <span className="header-spacer" />
      <span className="muted header-note" style={{ fontSize: 'var(--fs-sm)' }}>
        Simulated EF Core · virtual time
      </span>
      {lesson && <RaceLabToggle />}
      <ShareButton />
      <ThemeToggle />
    </header>
  );
}
