/** The shell: header, notices, lesson list, lesson text, and the workspace (editor, timeline, panels). */
import { useEffect } from 'react';
import { useApp } from '../state/store.ts';
import { findLesson, getLessons, lessonLoadError } from '../state/lessons.ts';
import { Header } from './shell/Header.tsx';
import { Notices } from './shell/Notices.tsx';
import { useApplyTheme } from './shell/useTheme.ts';
import { useGlobalShortcuts } from './shell/useGlobalShortcuts.ts';
import { useNavCollapsed } from './shell/useNavCollapsed.ts';
import { openLinkFromLocation, watchStaleShareHash } from './shell/shareActions.ts';
import { startLessonRouting } from './shell/lessonRouting.ts';
import { LessonList } from './lesson/LessonList.tsx';
import { LessonPane } from './lesson/LessonPane.tsx';
import { Workspace } from './shell/Workspace.tsx';
import { RaceLab } from './raceLab/RaceLab.tsx';
import { ErrorBoundary } from './shell/ErrorBoundary.tsx';

export function App() {
  const dark = useApplyTheme();
  useGlobalShortcuts();
  const lesson = useApp((s) => findLesson(s.lessonId));
  const collapsed = useNavCollapsed();
  useEffect(() => {
    const first = getLessons()[0];
    if (!findLesson(useApp.getState().lessonId) && first) useApp.getState().selectLesson(first.id);
    openLinkFromLocation();
    window.addEventListener('hashchange', openLinkFromLocation);
    const unwatch = watchStaleShareHash();
    const stopRouting = startLessonRouting();
    return () => {
      stopRouting();
      window.removeEventListener('hashchange', openLinkFromLocation);
      unwatch();
    };
  }, []);
  return (
    <div className="app">
      <Header />
      <Notices />
      {lessonLoadError() && (
        <div className="notice notice-error" role="alert">
          The lessons could not be loaded: {lessonLoadError()}
        </div>
      )}
      <main className={`main${collapsed ? ' nav-collapsed' : ''}`}>
        <LessonList />
        {/* A part that fails to draw (e.g. a run it cannot render) says so; the rest keeps working. */}
        {lesson ? (
          <ErrorBoundary label="The lesson">
            <LessonPane lesson={lesson} />
          </ErrorBoundary>
        ) : (
          <div />
        )}
        {lesson && (
          <ErrorBoundary label="The race lab">
            <RaceLab />
          </ErrorBoundary>
        )}
        {lesson ? (
          <ErrorBoundary label="The workspace">
            <Workspace lesson={lesson} dark={dark} />
          </ErrorBoundary>
        ) : (
          <div />
        )}
      </main>
    </div>
  );
}
