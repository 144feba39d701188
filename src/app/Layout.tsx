import { NavLink, Outlet } from 'react-router';
import { useT } from './i18n';
import { useUi, type OfflineReadiness as Readiness } from './uiState';
import type { StartupFailure } from './startup';
import { formatBytes } from './format';
import { SHORTCUTS, useGlobalShortcuts } from './shortcuts';
import { SyncIndicator } from '../features/sync/SyncIndicator';

const NAV = [
  { to: '/', label: 'nav.home', shortcut: SHORTCUTS.home },
  { to: '/tiep-nhan', label: 'nav.receive', shortcut: SHORTCUTS.receive },
  { to: '/ho-so', label: 'nav.dossiers', shortcut: SHORTCUTS.dossiers },
  { to: '/thu-tuc', label: 'nav.catalogue', shortcut: SHORTCUTS.catalogue },
] as const;

export function Layout() {
  const t = useT();
  const { online, update, persistence, storage, language, setLanguage, outdated, upgrading, startupError, offline } = useUi();
  useGlobalShortcuts();
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="topbar">
        <div className="brand">
          <img src="/favicon.svg" alt="" width="32" height="32" />
          <div>
            <strong>{t('app.name')}</strong>
            <span className="brand-sub">{t('app.fullName')}</span>
          </div>
        </div>
        <nav aria-label={t('nav.main')} className="mainnav">
          {NAV.map(({ to, label, shortcut }) => (
            <NavLink key={to} to={to} end={to === '/' || to === '/ho-so'} aria-keyshortcuts={shortcut.label} title={shortcut.label}>
              {t(label)}
            </NavLink>
          ))}
          {/* The tracking book (Mẫu 07) of this month; the period is chosen there. */}
          <NavLink to="/in/so-theo-doi">{t('nav.book')}</NavLink>
          <NavLink to="/bao-cao">{t('nav.reports')}</NavLink>
          <NavLink to="/cai-dat">{t('nav.settings')}</NavLink>
        </nav>
        <div className="topbar-end">
          <span className={online ? 'net net-on' : 'net net-off'} role="status" data-testid="network-status">
            {online ? t('network.online') : offline.state === 'ready' ? t('network.offline') : t('network.offlineNotReady')}
          </span>
          <OfflineReadiness offline={offline} />
          <SyncIndicator />
          <button
            type="button"
            className="lang"
            onClick={() => setLanguage(language === 'vi' ? 'en' : 'vi')}
            aria-label={`${t('settings.language')}: ${language === 'vi' ? 'EN' : 'VI'}`}
          >
            {language === 'vi' ? 'EN' : 'VI'}
          </button>
        </div>
      </header>
      {update && (
        <div className="banner banner-info" role="alert">
          <span>{t('update.available')}</span>
          <button type="button" onClick={update.apply}>
            {t('update.reload')}
          </button>
          <button type="button" className="secondary" onClick={() => useUi.setState({ update: null })}>
            {t('update.later')}
          </button>
        </div>
      )}
      {upgrading && (
        <p className="banner" role="status">
          {t('update.upgrading')}
        </p>
      )}
      {outdated && (
        <div className="banner banner-warn" role="alert">
          <span>{t('update.outdated')}</span>
          <button type="button" onClick={() => window.location.reload()}>
            {t('update.reload')}
          </button>
        </div>
      )}
      {startupError && <StartupFailureBanner failure={startupError} />}
      {persistence === 'refused' && (
        <div className="banner banner-warn" role="status">
          {t('storage.refused')}
          {storage && <> ({t('storage.use', { used: formatBytes(storage.usedBytes, language), quota: formatBytes(storage.quotaBytes, language) })})</>}
        </div>
      )}
      <main id="main" tabIndex={-1}>
        {/* Over plain HTTP nothing can be recorded safely: only the explanation is shown. */}
        {startupError?.kind !== 'insecure' && <Outlet />}
      </main>
    </div>
  );
}

/** A discreet word in the top bar: downloading for offline use (x/y files), then ready. */
function OfflineReadiness({ offline }: { offline: Readiness }) {
  const t = useT();
  if (offline.state === 'unknown') return null;
  const text =
    offline.state === 'ready'
      ? t('network.offlineReady')
      : offline.state === 'unsupported'
        ? t('network.offlineUnsupported')
        : offline.state === 'interrupted'
          ? t('network.precacheInterrupted')
          : offline.total > 0
          ? t('network.precaching', { done: Math.min(offline.done, offline.total), total: offline.total })
          : t('network.precachingStart');
  return (
    <span className={`offline-readiness offline-${offline.state}`} role="status" data-testid="offline-status">
      {text}
    </span>
  );
}

/** Why the app could not start, with advice that fits the cause (not disk space for everything). */
function StartupFailureBanner({ failure }: { failure: StartupFailure }) {
  const t = useT();
  if (failure.kind === 'insecure') {
    return (
      <div className="banner banner-error startup-insecure" role="alert">
        <h1>{t('app.insecureTitle')}</h1>
        <p>{t('app.insecure', { address: failure.address })}</p>
        <p>{t('app.insecureHowTo')}</p>
      </div>
    );
  }
  const text =
    failure.kind === 'storage'
      ? t('app.startupFailed', { message: failure.message })
      : failure.kind === 'load'
        ? t('app.startupLoadFailed')
        : t('app.startupOtherFailed', { message: failure.message });
  return (
    <div className="banner banner-error" role="alert">
      {text}
    </div>
  );
}
