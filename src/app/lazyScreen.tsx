/**
 * Screens that load on first use, and what the officer sees when one cannot load.
 *
 * A screen's code is a separate file (chunk). Fetching it fails when the network is gone before
 * the service worker has stored the whole app, or when an old file was deleted by an update.
 * React.lazy keeps a failed import for good, so `lazy` here makes a fresh one on "Thử lại", and
 * `ScreenBoundary` shows the failure in Vietnamese, with what to do, instead of a blank page.
 */
import { Component, createElement, lazy as reactLazy, type ComponentType, type ErrorInfo, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import { useT } from './i18n';

/** The screen's code could not be fetched (as opposed to a screen that failed while drawing). */
export class ScreenLoadError extends Error {
  constructor(cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause), { cause });
    this.name = 'ScreenLoadError';
  }
}

/** Screens whose import failed: "Thử lại" gives each a new import. */
const failed = new Set<() => void>();

/** Like React.lazy, but a failed import is attempted again after `retryFailedScreens()`. */
export function lazy(load: () => Promise<{ default: ComponentType }>): ComponentType {
  const holder: { current: ComponentType } = { current: () => null };
  const make = (): ComponentType =>
    reactLazy(() =>
      load().catch((error: unknown) => {
        failed.add(() => {
          holder.current = make();
        });
        throw new ScreenLoadError(error);
      }),
    );
  holder.current = make();
  return function LazyScreen() {
    return createElement(holder.current);
  };
}

export function retryFailedScreens(): void {
  for (const reset of failed) reset();
  failed.clear();
}

interface BoundaryProps {
  /** The current path: going elsewhere clears a failure. */
  at: string;
  children: ReactNode;
}

class Boundary extends Component<BoundaryProps, { error: unknown; attempt: number }> {
  state = { error: null as unknown, attempt: 0 };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error('motcua: a screen failed', error, info.componentStack);
  }

  componentDidUpdate(previous: BoundaryProps) {
    if (previous.at !== this.props.at && this.state.error) this.setState({ error: null });
  }

  retry = () => {
    retryFailedScreens();
    this.setState((s) => ({ error: null, attempt: s.attempt + 1 }));
  };

  render() {
    if (this.state.error) return <ScreenFailure error={this.state.error} onRetry={this.retry} />;
    return <Attempt key={this.state.attempt}>{this.props.children}</Attempt>;
  }
}

/** Keyed by attempt: "Thử lại" draws the screen afresh. */
function Attempt({ children }: { children: ReactNode }) {
  return <>{children}</>;
}

/** Wraps one route's screen: a failure stays inside it, the navigation still works. */
export function ScreenBoundary({ children }: { children: ReactNode }) {
  const { pathname } = useLocation();
  return <Boundary at={pathname}>{children}</Boundary>;
}

function ScreenFailure({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const t = useT();
  const loading = error instanceof ScreenLoadError;
  return (
    <div className="page">
      <div className="banner banner-error" role="alert" data-testid="screen-failure">
        {loading ? t('app.screenLoadFailed') : t('app.screenFailed', { message: error instanceof Error ? error.message : String(error) })}
      </div>
      <p className="actions">
        <button type="button" onClick={onRetry}>
          {t('app.retry')}
        </button>{' '}
        {/* A reload helps after an update removed an old file; offline it would show the browser's error page. */}
        {navigator.onLine && (
          <button type="button" className="secondary" onClick={() => window.location.reload()}>
            {t('app.reloadPage')}
          </button>
        )}
      </p>
    </div>
  );
}
