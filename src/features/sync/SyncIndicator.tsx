/**
 * The top bar's word on sync: where this device's data stands, at a glance, linking to the sync
 * screen. Reads the status store only (no database, no protocol code), so it costs the first
 * screen almost nothing.
 */
import { Link } from 'react-router';
import { formatHHmm, vnMinuteOfDay } from '../../domain/calendar/vnTime';
import { useT, type Translate } from '../../app/i18n';
import { clockSkewMinutes, useSyncStatus, type SyncStatus } from '../../sync/status';

export function syncBarText(s: SyncStatus, t: Translate): { text: string; tone: 'ok' | 'busy' | 'wait' | 'warn' | 'muted' } {
  const extra: string[] = [];
  if (s.refused > 0) extra.push(t('sync.bar.refused', { count: s.refused }));
  if (clockSkewMinutes(s.offsetMs) !== null) extra.push(t('sync.bar.clock'));
  const join = (main: string) => [main, ...extra].join(' · ');
  switch (s.phase) {
    case 'not-enrolled':
      return { text: t('sync.bar.notEnrolled'), tone: 'muted' };
    case 'revoked':
      return { text: t('sync.bar.revoked'), tone: 'warn' };
    case 'stepped-aside':
      return { text: t('sync.bar.steppedAside'), tone: 'warn' };
    case 'pushing':
      return { text: join(t('sync.bar.sending', { done: s.sent?.done ?? 0, total: s.sent?.total ?? s.pending })), tone: 'busy' };
    case 'pulling':
      return { text: join(t('sync.bar.receiving')), tone: 'busy' };
    case 'offline':
      return { text: join(s.pending > 0 ? t('sync.bar.offline', { count: s.pending }) : t('sync.bar.offlineNone')), tone: 'wait' };
    case 'error':
      return { text: join(s.pending > 0 ? `${t('sync.bar.error')} · ${t('sync.bar.pending', { count: s.pending })}` : t('sync.bar.error')), tone: 'warn' };
    case 'idle':
      if (s.pending > 0) return { text: join(t('sync.bar.pending', { count: s.pending })), tone: extra.length ? 'warn' : 'wait' };
      return {
        text: join(s.lastSuccessAt !== null ? t('sync.bar.synced', { time: formatHHmm(vnMinuteOfDay(s.lastSuccessAt)) }) : t('sync.bar.syncedNever')),
        tone: extra.length ? 'warn' : 'ok',
      };
  }
}

export function SyncIndicator() {
  const t = useT();
  const status = useSyncStatus();
  const { text, tone } = syncBarText(status, t);
  return (
    <Link to="/dong-bo" className={`sync-status sync-${tone}`} data-testid="sync-status" aria-label={t('sync.bar.label', { text })}>
      <span role="status">{text}</span>
    </Link>
  );
}
