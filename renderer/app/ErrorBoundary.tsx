import { Component, type ErrorInfo, type ReactNode } from 'react';
import { call } from '../api/api';

interface State {
  error: Error | null;
  componentStack: string;
  copied: boolean;
}

/**
 * The last line of defence in the window: a screen that throws shows a calm message with
 * Reload and Copy error details, never a blank window. The data is safe: every change was
 * written by main before the screen heard of it.
 */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null, componentStack: '', copied: false };

  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    this.setState({ componentStack: info.componentStack ?? '' });
    console.error('Follow-Through screen error', error);
  }

  private details(): string {
    const { error, componentStack } = this.state;
    return [`${error?.name ?? 'Error'}: ${error?.message ?? ''}`, error?.stack ?? '', componentStack, `Page: ${window.location.hash}`]
      .filter(Boolean)
      .join('\n\n');
  }

  private copy = async () => {
    const result = await call('copyText', { text: this.details() });
    this.setState({ copied: result.ok });
  };

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <main className="crash" role="alert" aria-labelledby="crash-title">
        <h1 id="crash-title">This screen could not be shown</h1>
        <p>Something unexpected went wrong while drawing it. Your requests are saved; nothing you recorded was lost.</p>
        <p>Reloading usually fixes it. If it happens again, copy the details and send them to whoever supports the app.</p>
        <div className="actions">
          <button type="button" className="button primary" onClick={() => window.location.reload()}>
            Reload
          </button>
          <button type="button" className="button" onClick={() => void this.copy()}>
            Copy error details
          </button>
        </div>
        {this.state.copied && <p className="status-message">The details are on the clipboard.</p>}
      </main>
    );
  }
}
