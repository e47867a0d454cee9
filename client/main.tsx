import { StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { Home } from './app/Home.tsx';
import { matchRoute } from './app/routes.ts';

const route = matchRoute(window.location.pathname);
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <Suspense fallback={null}>{route ? <route.View roomId={route.roomId} /> : <Home />}</Suspense>
    </StrictMode>,
  );
}
