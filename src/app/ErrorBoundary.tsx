/**
 * The last line of defence: an unexpected error in a screen shows a message with a way back (the game
 * is saved after every move), never a blank page.
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { i18next } from '../../ui/i18n/index.ts';

interface Props {
  children: ReactNode;
  onHome: () => void;
}

export class ErrorBoundary extends Component<Props, { error: Error | null }> {
  state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('The board failed:', error, info.componentStack);
  }

  render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    const t = i18next.t.bind(i18next);
    return (
      <main className="crash" role="alert" data-testid="crash">
        <h1>{t('errors.heading')}</h1>
        <p>{t('errors.text')}</p>
        <div className="confirm-row">
          <button type="button" className="primary" onClick={() => location.reload()}>
            {t('errors.reload')}
          </button>
          <button
            type="button"
            onClick={() => {
              this.setState({ error: null });
              this.props.onHome();
            }}
          >
            {t('errors.home')}
          </button>
        </div>
        <details>
          <summary>{t('errors.details')}</summary>
          <pre>{error.message}</pre>
        </details>
      </main>
    );
  }
}
