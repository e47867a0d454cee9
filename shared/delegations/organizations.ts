// The intergovernmental organizations, entities and groups that most often take the floor or are
// spoken for. A delegation or an "on behalf of" that is one of them is kept by its English name
// (the key), so that a list stays readable to anyone reading the protocol; every screen shows it
// in its own language (names/fr.ts, ... hold the other five), and what people type for it is in
// aliases.ts. Small on purpose: the phone bundles this file, not the names.
import type { SpeakerCategory } from '../domain/types.ts';

export interface OrganizationEntry {
  /** The English name, as kept in a list: 'European Union'. */
  readonly key: string;
  /** A body that takes the floor, or a group a State speaks for ('on behalf of'). */
  readonly kind: 'organization' | 'group';
  /** The category a speaker of this organization has when none is given. */
  readonly category: SpeakerCategory;
}

export const ORGANIZATIONS: readonly OrganizationEntry[] = [
  // The officers who open a meeting and take the floor in it, named by their office.
  { key: 'President of the General Assembly', kind: 'organization', category: 'chair' },
  { key: 'Secretary-General', kind: 'organization', category: 'unSystem' },
  { key: 'European Union', kind: 'organization', category: 'intergovernmental' },
  { key: 'African Union', kind: 'organization', category: 'intergovernmental' },
  { key: 'League of Arab States', kind: 'organization', category: 'intergovernmental' },
  {
    key: 'Organisation of Islamic Cooperation',
    kind: 'organization',
    category: 'intergovernmental',
  },
  { key: 'Caribbean Community', kind: 'organization', category: 'intergovernmental' },
  {
    key: 'Cooperation Council for the Arab States of the Gulf',
    kind: 'organization',
    category: 'intergovernmental',
  },
  {
    key: 'International Organization of la Francophonie',
    kind: 'organization',
    category: 'intergovernmental',
  },
  { key: 'Inter-Parliamentary Union', kind: 'organization', category: 'intergovernmental' },
  {
    key: 'International Committee of the Red Cross',
    kind: 'organization',
    category: 'intergovernmental',
  },
  {
    key: 'International Federation of Red Cross and Red Crescent Societies',
    kind: 'organization',
    category: 'intergovernmental',
  },
  { key: 'Sovereign Military Order of Malta', kind: 'organization', category: 'intergovernmental' },
  { key: 'International Organization for Migration', kind: 'organization', category: 'unSystem' },
  { key: 'Group of 77 and China', kind: 'group', category: 'memberState' },
  { key: 'Movement of Non-Aligned Countries', kind: 'group', category: 'memberState' },
  { key: 'Group of African States', kind: 'group', category: 'memberState' },
  { key: 'Group of Asia-Pacific States', kind: 'group', category: 'memberState' },
  { key: 'Group of Eastern European States', kind: 'group', category: 'memberState' },
  { key: 'Group of Latin American and Caribbean States', kind: 'group', category: 'memberState' },
  { key: 'Group of Western European and other States', kind: 'group', category: 'memberState' },
  { key: 'Group of Arab States', kind: 'group', category: 'memberState' },
  { key: 'Group of Least Developed Countries', kind: 'group', category: 'memberState' },
  { key: 'Alliance of Small Island States', kind: 'group', category: 'memberState' },
  { key: 'Nordic countries', kind: 'group', category: 'memberState' },
];

const BY_KEY: ReadonlyMap<string, OrganizationEntry> = new Map(
  ORGANIZATIONS.map((entry) => [entry.key, entry]),
);

/** The organization or group kept under this English name, or undefined. */
export function findOrganization(key: string): OrganizationEntry | undefined {
  return BY_KEY.get(key);
}
