import { NavLink, Outlet } from 'react-router';
import { useT } from './i18n';
import { useUi } from './uiState';
import { formatBytes } from './format';
import { SHORTCUTS, useGlobalShortcuts } from './shortcuts';

const NAV = [
  { to: '/', label: 'nav.home', shortcut: SHORTCUTS.home },
  { to: '/tiep-nhan', label: 'nav.receive', shortcut: SHORTCUTS.receive },
  { to: '/ho-so', label: 'nav.dossiers', shortcut: SHORTCUTS.dossiers },
  { to: '/thu-tuc', label: 'nav.catalogue', shortcut: SHORTCUTS.catalogue },
] as const;

export function Layout() {
  const t = useT();
  const { online, update, persistence, storage, language, setLanguage, outdated, startupError } = useUi();
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
          <NavLink to="/cai-dat">{t('nav.settings')}</NavLink>
        </nav>
        <div className="topbar-end">
          <span className={online ? 'net net-on' : 'net net-off'} role="status" data-testid="network-status">
            {online ? t('network.online') : t('network.offline')}
          </span>
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
      {outdated && (
        <div className="banner banner-warn" role="alert">
          <span>{t('update.outdated')}</span>
          <button type="button" onClick={() => window.location.reload()}>
            {t('update.reload')}
          </button>
        </div>
      )}
      {startupError && (
        <div className="banner banner-error" role="alert">
          {t('app.startupFailed', { message: startupError })}
        </div>
      )}
      {persistence === 'refused' && (
        <div className="banner banner-warn" role="status">
          {t('storage.refused')}
          {storage && <> ({t('storage.use', { used: formatBytes(storage.usedBytes, language), quota: formatBytes(storage.quotaBytes, language) })})</>}
        </div>
      )}
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  );
}
