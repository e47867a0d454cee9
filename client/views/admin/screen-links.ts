// The links of a room's three screens, as the printed sheet gives them: the wall, the phones, and
// the chair's console (with its key only when the secretariat asks for it, right after issuing a
// new one: a sheet left on a desk must not let anyone chair the meeting).

export interface ScreenLinks {
  wall: string;
  phones: string;
  console: string;
}

/** The interpreters' booth screen of a room, with its booth key in the fragment (never sent). */
export function boothLink(base: string, roomId: string, boothKey: string): string {
  return `${hubAddress(base)}/booth/${encodeURIComponent(roomId)}#key=${encodeURIComponent(boothKey)}`;
}

/** The hub's address as typed: no trailing slash, http:// when no scheme is given. */
export function hubAddress(typed: string): string {
  const trimmed = typed.trim().replace(/\/+$/, '');
  return /^https?:\/\//i.test(trimmed) ? trimmed : `http://${trimmed}`;
}

/** The links of the room's screens on the hub at `base` (e.g. http://192.0.2.2:8080). */
export function screenLinks(base: string, roomId: string, chairKey?: string): ScreenLinks {
  const hub = hubAddress(base);
  const room = encodeURIComponent(roomId);
  const key = chairKey === undefined ? '' : `#key=${encodeURIComponent(chairKey)}`;
  return {
    wall: `${hub}/display/${room}`,
    phones: `${hub}/follow/${room}`,
    console: `${hub}/chair/${room}${key}`,
  };
}
