import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { matchRoute } from './app/routes.ts';

// The front page is a chunk of its own too, like each route: a phone that opens /follow/cr4
// from the wall's QR code downloads nothing of it (the phone view has a 100 KB budget).
const Home = lazy(() => import('./app/Home.tsx').then((module) => ({ default: module.Home })));

const route = matchRoute(window.location.pathname);
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <Suspense fallback={null}>{route ? <route.View roomId={route.roomId} /> : <Home />}</Suspense>
    </StrictMode>,
  );
}
