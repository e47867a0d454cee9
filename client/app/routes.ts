// The routes, each its own lazily loaded chunk: the screens of a room (the wall, the console, the
// phones, the lectern, the interpreters' booths), and the secretariat's console for all of them.
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

type View = LazyExoticComponent<ComponentType<{ roomId: string }>>;

const VIEWS = {
  display: lazy(() => import('../views/display/DisplayView.tsx')),
  chair: lazy(() => import('../views/chair/ChairView.tsx')),
  follow: lazy(() => import('../views/follow/FollowView.tsx')),
  lectern: lazy(() => import('../views/lectern/LecternView.tsx')),
  booth: lazy(() => import('../views/booth/BoothView.tsx')),
} satisfies Record<string, View>;

// Not a room's screen: it is handed no room (roomId ''), and picks one itself.
const ADMIN: View = lazy(() => import('../views/admin/AdminView.tsx'));

export interface Route {
  View: View;
  roomId: string;
}

/** The view and room for a path such as /display/cr4 (or /admin), or undefined. */
export function matchRoute(pathname: string): Route | undefined {
  if (/^\/admin\/?$/.test(pathname)) return { View: ADMIN, roomId: '' };
  const match = /^\/(display|chair|follow|lectern|booth)\/([a-z0-9-]+)\/?$/.exec(pathname);
  if (!match) return undefined;
  const [, name, roomId] = match;
  const View = VIEWS[name as keyof typeof VIEWS];
  return roomId ? { View, roomId } : undefined;
}
