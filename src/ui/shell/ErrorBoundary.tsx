/**
 * Keeps the page usable when a part of it fails to render (e.g. a run whose data the UI cannot
 * draw): that part shows what happened and a way back; the header, the lesson list and the
 * other parts keep working.
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useApp } from '../../state/store.ts';

interface Props {
  /** What failed, for the message ("The workspace"). */
  label: string;
  children: ReactNode;
}

interface State {
  error: Error | null;
}

export class ErrorBoundary extends Component<Props, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(`${this.props.label} failed to render`, error, info.componentStack);
  }

  private readonly reset = () => {
    // The likeliest culprit is the last run's data: drop it, then draw again.
    useApp.getState().clearRun();
    this.setState({ error: null });
  };

  render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div className="notice notice-error" role="alert" data-testid="error-boundary">
        <p>
          {this.props.label} could not be shown ({error.message}). Your code is unchanged.
        </p>
        <button type="button" className="btn btn-sm" onClick={this.reset}>
          Clear the run and try again
        </button>
      </div>
    );
  }
}
