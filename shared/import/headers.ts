// The headings of an imported table, in the six official languages: a secretariat's spreadsheet
// says "Country", "Délégation", "Orador" or "代表团" as often as "delegation", and the project's own
// exports (the list, client/views/chair/export-list.ts; the record, server/http/speeches-csv.ts)
// write theirs in English. A heading not known here is reported as ignored, never dropped silently.
import { nameKey } from '../delegations/fold.ts';

/** The columns an import reads, in the order of a table without headings. */
export const IMPORT_COLUMNS = [
  'delegation',
  'speakerName',
  'title',
  'onBehalfOf',
  'category',
  'limit',
] as const;

/** A column that holds one of a speaker's fields. */
export type SpeakerColumn = (typeof IMPORT_COLUMNS)[number];

/**
 * A column the import reads: the speaker's fields, and what says that a speaker has spoken (the
 * list export's status, the record's start of the speech), which only a heading can name.
 */
export type ImportColumn = SpeakerColumn | 'status' | 'started';

/** The headings each column is known by (compared as lookup keys: case, accents, spaces and punctuation do not count). */
const HEADINGS: Record<ImportColumn, readonly string[]> = {
  delegation: [
    'delegation',
    'delegations',
    'country',
    'state',
    'member state',
    'organization',
    'organisation',
    'entity',
    'délégation',
    'pays',
    'État',
    'État Membre',
    'delegación',
    'país',
    'Estado',
    'Estado Miembro',
    'organización',
    'делегация',
    'страна',
    'государство',
    'государство-член',
    'организация',
    'الوفد',
    'الوفود',
    'البلد',
    'الدولة',
    'الدولة العضو',
    'المنظمة',
    '代表团',
    '国家',
    '会员国',
    '组织',
  ],
  speakerName: [
    'speaker',
    'speaker name',
    'speaker’s name',
    'name',
    'full name',
    'representative',
    'orateur',
    'oratrice',
    'nom',
    'nom de l’orateur',
    'intervenant',
    'représentant',
    'représentante',
    'orador',
    'oradora',
    'nombre',
    'representante',
    'оратор',
    'выступающий',
    'имя',
    'фио',
    'представитель',
    'المتكلم',
    'اسم المتكلم',
    'الاسم',
    'الممثل',
    '发言人',
    '发言者',
    '姓名',
  ],
  title: [
    'title',
    'function',
    'position',
    'designation',
    'titre',
    'fonction',
    'qualité',
    'título',
    'cargo',
    'función',
    'должность',
    'звание',
    'اللقب',
    'المنصب',
    'الصفة',
    '职务',
    '职衔',
    '头衔',
  ],
  onBehalfOf: [
    'on behalf of',
    'on_behalf_of',
    'behalf',
    'group',
    'au nom de',
    'groupe',
    'en nombre de',
    'grupo',
    'от имени',
    'группа',
    'باسم',
    'بالنيابة عن',
    'المجموعة',
    '集团',
    '代表集团',
  ],
  category: ['category', 'type', 'catégorie', 'categoría', 'tipo', 'категория', 'الفئة', '类别'],
  limit: [
    'limit',
    'limit_s',
    'time',
    'time limit',
    'speaking time',
    'temps',
    'temps de parole',
    'durée',
    'tiempo',
    'tiempo de intervención',
    'límite',
    'duración',
    'время',
    'регламент',
    'лимит',
    'الوقت',
    'المدة',
    'الوقت المحدد',
    '时间',
    '发言时间',
    '时限',
  ],
  // "état" and "estado" are taken: in a list of speakers they name the State.
  status: ['status', 'statut', 'situación', 'статус', 'الحالة', '状态'],
  // The record's columns: a speech that started has been given.
  started: ['started_utc', 'started_local', 'started'],
};

const BY_KEY: ReadonlyMap<string, ImportColumn> = new Map(
  (Object.entries(HEADINGS) as [ImportColumn, readonly string[]][]).flatMap(([column, names]) =>
    names.map((name) => [nameKey(name), column] as const),
  ),
);

/**
 * Headings known to hold nothing a speaker needs (the exports' own, a numbering, remarks): read as
 * ignored like any other, but they tell a row of headings from a row of speakers.
 */
const UNUSED = new Set(
  [
    'delegation name',
    'delegation_name',
    'order',
    'no',
    'no.',
    'n°',
    '№',
    '#',
    'ended_local',
    'spoken_s',
    'adjustment_s',
    'overrun_s',
    'pauses',
    'remarks',
    'notes',
    'comments',
    'observations',
    'remarques',
    'ordre',
    'orden',
    'observaciones',
    'порядок',
    'примечания',
    'ملاحظات',
    'الترتيب',
    '序号',
    '备注',
  ].map(nameKey),
);

/** True when a cell is a heading the import knows, read or not ("No." is one, not Norway). */
export function isHeading(cell: string): boolean {
  return columnOfHeading(cell) !== undefined || UNUSED.has(nameKey(cell));
}

/** The column a heading names, or undefined. */
export function columnOfHeading(heading: string): ImportColumn | undefined {
  return BY_KEY.get(nameKey(heading));
}

/**
 * The columns of a row of headings, or undefined when the row is not one: it must name the
 * delegation or two known columns, and at least half its filled cells must be known headings (a
 * speaker's row may hold a word that is also a heading: "member state" as the category). A column
 * named twice is read from its first cell, the other shown as ignored (null).
 */
export function readHeadings(cells: readonly string[]): (ImportColumn | null)[] | undefined {
  const taken = new Set<ImportColumn>();
  const columns = cells.map((cell) => {
    const column = columnOfHeading(cell);
    if (!column || taken.has(column)) return null;
    taken.add(column);
    return column;
  });
  const filled = cells.filter((cell) => nameKey(cell) !== '');
  const known = filled.filter(isHeading);
  const names = taken.has('delegation') || taken.size >= 2;
  return names && known.length * 2 >= filled.length ? columns : undefined;
}
