import { Suspense, type ReactNode } from 'react';
import { BrowserRouter, Link, Route, Routes } from 'react-router';
import { HomePage } from '../features/home/HomePage';
import { useT } from './i18n';
import { Layout } from './Layout';
import { lazy, ScreenBoundary } from './lazyScreen';

// Screens other than home load on first use, so the first screen stays small on slow links.
// (Declarative routes: react-router's data-router layer would add ~20 KB gzip to the first load.)
const CataloguePage = lazy(() => import('../features/catalogue/CataloguePage').then((m) => ({ default: m.CataloguePage })));
const ProcedurePage = lazy(() => import('../features/catalogue/ProcedurePage').then((m) => ({ default: m.ProcedurePage })));
const SettingsPage = lazy(() => import('../features/settings/SettingsPage').then((m) => ({ default: m.SettingsPage })));
const ReceivePage = lazy(() => import('../features/receive/ReceivePage').then((m) => ({ default: m.ReceivePage })));
const DossierListPage = lazy(() => import('../features/dossiers/DossierListPage').then((m) => ({ default: m.DossierListPage })));
const DossierPage = lazy(() => import('../features/dossiers/DossierPage').then((m) => ({ default: m.DossierPage })));
const RatingPage = lazy(() => import('../features/dossiers/RatingPage').then((m) => ({ default: m.RatingPage })));
const VisitsPage = lazy(() => import('../features/visits/VisitsPage').then((m) => ({ default: m.VisitsPage })));
const SyncPage = lazy(() => import('../features/sync/SyncPage').then((m) => ({ default: m.SyncPage })));
const PrintPage = lazy(() => import('../features/print/PrintPage').then((m) => ({ default: m.PrintPage })));
const ReportsPage = lazy(() => import('../features/reports/ReportsPage').then((m) => ({ default: m.ReportsPage })));
const ReportPrintPage = lazy(() => import('../features/reports/ReportPrintPage').then((m) => ({ default: m.ReportPrintPage })));
const ConflictsPage = lazy(() => import('../features/conflicts/ConflictsPage').then((m) => ({ default: m.ConflictsPage })));

function NotFound() {
  const t = useT();
  return (
    <div className="page">
      <p>{t('app.notFound')}</p>
      <Link to="/">{t('app.backHome')}</Link>
    </div>
  );
}

function Loading() {
  const t = useT();
  return <p className="page">{t('app.loading')}</p>;
}

// A screen that cannot load (or fails) says so inside the page, with a retry (lazyScreen.tsx).
const screen = (node: ReactNode) => (
  <ScreenBoundary>
    <Suspense fallback={<Loading />}>{node}</Suspense>
  </ScreenBoundary>
);

/** The app's routes; tests render them inside a MemoryRouter. */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={screen(<HomePage />)} />
        <Route path="thu-tuc" element={screen(<CataloguePage />)} />
        <Route path="thu-tuc/:id" element={screen(<ProcedurePage />)} />
        <Route path="cai-dat" element={screen(<SettingsPage />)} />
        <Route path="tiep-nhan" element={screen(<ReceivePage />)} />
        <Route path="ho-so" element={screen(<DossierListPage />)} />
        <Route path="ho-so/:id" element={screen(<DossierPage />)} />
        <Route path="luot-tiep" element={screen(<VisitsPage />)} />
        <Route path="xung-dot" element={screen(<ConflictsPage />)} />
        <Route path="dong-bo" element={screen(<SyncPage />)} />
        <Route path="bao-cao" element={screen(<ReportsPage />)} />
        <Route path="*" element={<NotFound />} />
      </Route>
      {/* Full-screen, without the desk's navigation: the citizen's rating and the print preview. */}
      <Route path="ho-so/:id/danh-gia" element={screen(<RatingPage />)} />
      <Route path="in/bao-cao" element={screen(<ReportPrintPage />)} />
      <Route path="in/*" element={screen(<PrintPage />)} />
    </Routes>
  );
}

export function App() {
  return (
    <BrowserRouter>
      <AppRoutes />
    </BrowserRouter>
  );
}
