// Every language's names, for those who show or read all six: the hub (the record, the import)
// and the console (its type-ahead finds a State by any of its names). Importing this module hands
// them to delegationName. A phone or a wall loads only its own language instead
// (client/i18n/delegation-names.ts).
import { addNameTable } from './display-name.ts';
import type { UnLanguage } from '../domain/types.ts';
import type { NameTable } from './name-table.ts';
import { AR_NAMES } from './names/ar.ts';
import { EN_NAMES } from './names/en.ts';
import { ES_NAMES } from './names/es.ts';
import { FR_NAMES } from './names/fr.ts';
import { RU_NAMES } from './names/ru.ts';
import { ZH_NAMES } from './names/zh.ts';

export const NAME_TABLES: Readonly<Record<UnLanguage, NameTable>> = {
  ar: AR_NAMES,
  zh: ZH_NAMES,
  en: EN_NAMES,
  fr: FR_NAMES,
  ru: RU_NAMES,
  es: ES_NAMES,
};

for (const [language, table] of Object.entries(NAME_TABLES)) {
  addNameTable(language as UnLanguage, table);
}
