// The category of a speaker as a list writes it: the protocol's code (what the project's own
// export writes), or a word for it in one of the six languages (the console's own labels among
// them, client/views/chair/messages/).
import { nameKey } from '../delegations/fold.ts';
import { SPEAKER_CATEGORIES, type SpeakerCategory } from '../domain/types.ts';

const WORDS: Record<SpeakerCategory, readonly string[]> = {
  memberState: [
    'member',
    'member state',
    'state',
    'État Membre',
    'Estado Miembro',
    'Государство-член',
    'دولة عضو',
    '会员国',
  ],
  observer: [
    'observer',
    'observer state',
    'État observateur',
    'observateur',
    'Estado observador',
    'observador',
    'Государство-наблюдатель',
    'наблюдатель',
    'دولة مراقبة',
    'مراقب',
    '观察员国',
    '观察员',
  ],
  intergovernmental: [
    'igo',
    'intergovernmental',
    'intergovernmental organization',
    'intergovernmental organisation',
    'Organisation intergouvernementale',
    'Organización intergubernamental',
    'Межправительственная организация',
    'منظمة حكومية دولية',
    '政府间组织',
  ],
  unSystem: [
    'un',
    'un system',
    'united nations system',
    'Système des Nations Unies',
    'Sistema de las Naciones Unidas',
    'Система ООН',
    'منظومة الأمم المتحدة',
    '联合国系统',
  ],
  civilSociety: [
    'ngo',
    'civil society',
    'civil society organization',
    'ONG',
    'Société civile',
    'Sociedad civil',
    'Гражданское общество',
    'НПО',
    'المجتمع المدني',
    '民间社会',
  ],
  chair: ['chair', 'Présidence', 'Presidencia', 'Председатель', 'الرئيس', '主席'],
};

const BY_KEY: ReadonlyMap<string, SpeakerCategory> = new Map(
  SPEAKER_CATEGORIES.flatMap((category) =>
    [category, ...WORDS[category]].map((word) => [nameKey(word), category] as const),
  ),
);

/** The category a cell names; '' for an empty cell, undefined for one not known. */
export function readCategory(text: string): SpeakerCategory | '' | undefined {
  const key = nameKey(text);
  return key === '' ? '' : BY_KEY.get(key);
}
