// The UN's names for the States most often named wrongly, in all six languages, and the tables
// they come from. The expected texts are copied from the primary sources, not from the tables:
// English from the UN's membership list (states.ts follows it; the UNSD's English M49 file says
// "Netherlands" and "Ivory Coast" where the UN list says "Netherlands (Kingdom of the)" and
// "Côte d'Ivoire"), the other five from the "Country or Area" column of the UN Statistics
// Division's M49 files (github.com/datasets/country-codes, tmp/UNSD-{fr,es,ru,ar,cn}.csv), character
// for character: typographic apostrophes in French and Spanish, a straight one in Russian, the
// Arabic placeholders "-" and "_" where the UN's Arabic puts the name.
import { describe, expect, it } from 'vitest';
import { NAME_TABLES } from '../../../shared/delegations/all-names.ts';
import { delegationName } from '../../../shared/delegations/display-name.ts';
import { resolveName } from '../../../shared/delegations/find-delegation.ts';
import { ORGANIZATIONS } from '../../../shared/delegations/organizations.ts';
import { STATES } from '../../../shared/delegations/states.ts';
import { UN_LANGUAGES, type UnLanguage } from '../../../shared/domain/types.ts';

type Names = Record<UnLanguage, string>;

const PINNED: [string, Names][] = [
  [
    'PSE',
    {
      en: 'State of Palestine',
      fr: 'État de Palestine',
      es: 'Estado de Palestina',
      ru: 'Государство Палестина',
      ar: 'دولة فلسطين',
      zh: '巴勒斯坦国',
    },
  ],
  [
    'VAT',
    {
      en: 'Holy See',
      fr: 'Saint-Siège',
      es: 'Santa Sede',
      ru: 'Святой Престол',
      ar: 'الكرسي الرسولي',
      zh: '教廷',
    },
  ],
  [
    'PRK',
    {
      en: "Democratic People's Republic of Korea",
      fr: 'République populaire démocratique de Corée',
      es: 'República Popular Democrática de Corea',
      ru: 'Корейская Народно-Демократическая Республика',
      ar: 'جمهورية كوريا الشعبية الديمقراطية',
      zh: '朝鲜民主主义人民共和国',
    },
  ],
  [
    'KOR',
    {
      en: 'Republic of Korea',
      fr: 'République de Corée',
      es: 'República de Corea',
      ru: 'Республика Корея',
      ar: 'جمهورية كوريا',
      zh: '大韩民国',
    },
  ],
  [
    'IRN',
    {
      en: 'Iran (Islamic Republic of)',
      fr: 'Iran (République islamique d’)',
      es: 'Irán (República Islámica del)',
      ru: 'Иран (Исламская Республика)',
      ar: 'إيران (جمهورية - الإسلامية)',
      zh: '伊朗伊斯兰共和国',
    },
  ],
  [
    'SYR',
    {
      en: 'Syrian Arab Republic',
      fr: 'République arabe syrienne',
      es: 'República Árabe Siria',
      ru: 'Сирийская Арабская Республика',
      ar: 'الجمهورية العربية السورية',
      zh: '阿拉伯叙利亚共和国',
    },
  ],
  [
    'VEN',
    {
      en: 'Venezuela (Bolivarian Republic of)',
      fr: 'Venezuela (République bolivarienne du)',
      es: 'Venezuela (República Bolivariana de)',
      ru: 'Венесуэла (Боливарианская Республика)',
      ar: 'فنزويلا (جمهورية - البوليفارية)',
      zh: '委内瑞拉玻利瓦尔共和国',
    },
  ],
  [
    'BOL',
    {
      en: 'Bolivia (Plurinational State of)',
      fr: 'Bolivie (État plurinational de)',
      es: 'Bolivia (Estado Plurinacional de)',
      ru: 'Боливия (Многонациональное Государство)',
      ar: 'بوليفيا (دولة - المتعددة القوميات)',
      zh: '多民族玻利维亚国',
    },
  ],
  [
    'CIV',
    {
      en: "Côte d'Ivoire",
      fr: 'Côte d’Ivoire',
      es: 'Côte d’Ivoire',
      ru: "Кот-д'Ивуар",
      ar: 'كوت ديفوار',
      zh: '科特迪瓦',
    },
  ],
  ['TUR', { en: 'Türkiye', fr: 'Türkiye', es: 'Türkiye', ru: 'Турция', ar: 'تركيا', zh: '土耳其' }],
  [
    'MDA',
    {
      en: 'Republic of Moldova',
      fr: 'République de Moldova',
      es: 'República de Moldova',
      ru: 'Республика Молдова',
      ar: 'جمهورية مولدوفا',
      zh: '摩尔多瓦共和国',
    },
  ],
  [
    'TZA',
    {
      en: 'United Republic of Tanzania',
      fr: 'République-Unie de Tanzanie',
      es: 'República Unida de Tanzanía',
      ru: 'Объединенная Республика Танзания',
      ar: 'جمهورية تنزانيا المتحدة',
      zh: '坦桑尼亚联合共和国',
    },
  ],
  [
    'LAO',
    {
      en: "Lao People's Democratic Republic",
      fr: 'République démocratique populaire lao',
      es: 'República Democrática Popular Lao',
      ru: 'Лаосская Народно-Демократическая Республика',
      ar: 'جمهورية لاو الديمقراطية الشعبية',
      zh: '老挝人民民主共和国',
    },
  ],
  [
    'FSM',
    {
      en: 'Micronesia (Federated States of)',
      fr: 'Micronésie (États fédérés de)',
      es: 'Micronesia (Estados Federados de)',
      ru: 'Микронезия (Федеративные Штаты)',
      ar: 'ميكرونيزيا (ولايات - الموحدة)',
      zh: '密克罗尼西亚联邦',
    },
  ],
  [
    'NLD',
    {
      en: 'Netherlands (Kingdom of the)',
      fr: 'Pays-Bas (Royaume des)',
      es: 'Países Bajos (Reino de los)',
      ru: 'Нидерланды (Королевство)',
      ar: 'هولندا (مملكة _)',
      zh: '荷兰王国',
    },
  ],
  [
    'GBR',
    {
      en: 'United Kingdom of Great Britain and Northern Ireland',
      fr: 'Royaume-Uni de Grande-Bretagne et d’Irlande du Nord',
      es: 'Reino Unido de Gran Bretaña e Irlanda del Norte',
      ru: 'Соединенное Королевство Великобритании и Северной Ирландии',
      ar: 'المملكة المتحدة لبريطانيا العظمى وآيرلندا الشمالية',
      zh: '大不列颠及北爱尔兰联合王国',
    },
  ],
  [
    'RUS',
    {
      en: 'Russian Federation',
      fr: 'Fédération de Russie',
      es: 'Federación de Rusia',
      ru: 'Российская Федерация',
      ar: 'الاتحاد الروسي',
      zh: '俄罗斯联邦',
    },
  ],
  ['CHN', { en: 'China', fr: 'Chine', es: 'China', ru: 'Китай', ar: 'الصين', zh: '中国' }],
  [
    'USA',
    {
      en: 'United States of America',
      fr: 'États-Unis d’Amérique',
      es: 'Estados Unidos de América',
      ru: 'Соединенные Штаты Америки',
      ar: 'الولايات المتحدة الأمريكية',
      zh: '美利坚合众国',
    },
  ],
];

const TRANSLATED = Object.keys(NAME_TABLES) as UnLanguage[];
const CODES = STATES.map((state) => state.alpha3);

describe('the pinned names', () => {
  it('cover the nineteen States the issue lists, each once', () => {
    expect(new Set(PINNED.map(([code]) => code)).size).toBe(19);
  });

  describe.each(PINNED)('%s', (code, names) => {
    it.each(UN_LANGUAGES.map((language) => [language, names[language]] as const))(
      'in %s is %s',
      (language, name) => {
        expect(delegationName(code, language)).toBe(name);
        expect(NAME_TABLES[language].states[code]).toBe(name);
      },
    );
  });
});

describe('each language’s table', () => {
  it.each(TRANSLATED)('%s names exactly the 195 States of states.ts', (language) => {
    expect(CODES).toHaveLength(195);
    expect(Object.keys(NAME_TABLES[language].states).sort()).toEqual([...CODES].sort());
  });

  it.each(TRANSLATED)('%s names every organization and group, and nothing else', (language) => {
    expect(Object.keys(NAME_TABLES[language].organizations).sort()).toEqual(
      ORGANIZATIONS.map((organization) => organization.key).sort(),
    );
  });

  it.each(TRANSLATED)('%s has no empty name and no stray space', (language) => {
    const { states, organizations } = NAME_TABLES[language];
    for (const name of [...Object.values(states), ...Object.values(organizations)]) {
      expect(name.trim()).toBe(name);
      expect(name).not.toMatch(/\s{2}/u);
      expect(name.length).toBeGreaterThan(0);
    }
  });

  it.each(TRANSLATED)(
    '%s shows its own name, never the English one, for the pinned',
    (language) => {
      for (const [code, names] of PINNED) {
        if (names[language] === names.en) continue;
        expect(delegationName(code, language)).not.toBe(names.en);
      }
    },
  );
});

/** Organization names checked against the UN's own usage: each row says where the UN writes so. */
const ORGANIZATION_NAMES: [string, UnLanguage, string][] = [
  // ONU Info (UN), January 2026: « Le Groupe des 77 et la Chine restent indispensables ».
  ['Group of 77 and China', 'fr', 'Groupe des 77 et la Chine'],
  // UN News in Chinese (news.un.org/zh/story/2022/01/1097582).
  ['Group of 77 and China', 'zh', '77国集团和中国'],
  // un.org/ru, the IOM's page.
  ['International Organization for Migration', 'ru', 'Международная организация по миграции'],
];

describe('organization names', () => {
  it.each(ORGANIZATION_NAMES)('%s in %s is %s', (key, language, name) => {
    expect(delegationName(key, language)).toBe(name);
  });
});

/**
 * What a browser's locale data (Intl.DisplayNames, CLDR) gives for these States, which the issue
 * found on the screens: never a name shown, though each still finds its State when typed or
 * pasted.
 */
const BROWSER_NAMES: [UnLanguage, string, string][] = [
  ['fr', 'VAT', 'État de la Cité du Vatican'],
  ['ru', 'VAT', 'Ватикан'],
  ['ar', 'VAT', 'الفاتيكان'],
  ['zh', 'VAT', '梵蒂冈'],
  ['es', 'VAT', 'Ciudad del Vaticano'],
  ['fr', 'PSE', 'Territoires palestiniens'],
  ['fr', 'PSE', 'Palestine'],
  ['es', 'PSE', 'Territorios Palestinos'],
  ['ru', 'PSE', 'Палестинские территории'],
  ['ar', 'PSE', 'الأراضي الفلسطينية'],
  ['zh', 'PSE', '巴勒斯坦领土'],
  ['fr', 'SYR', 'Syrie'],
  ['ar', 'SYR', 'سوريا'],
  ['ar', 'CIV', 'ساحل العاج'],
  ['fr', 'PRK', 'Corée du Nord'],
  ['es', 'PRK', 'Corea del Norte'],
  ['ru', 'PRK', 'КНДР'],
  ['ar', 'PRK', 'كوريا الشمالية'],
  ['zh', 'PRK', '朝鲜'],
  ['zh', 'KOR', '韩国'],
  ['fr', 'IRN', 'Iran'],
  ['ru', 'IRN', 'Иран'],
  ['fr', 'MDA', 'Moldavie'],
  ['ru', 'MDA', 'Молдова'],
  ['fr', 'TZA', 'Tanzanie'],
  ['fr', 'LAO', 'Laos'],
  ['fr', 'NLD', 'Pays-Bas'],
  ['zh', 'NLD', '荷兰'],
  ['fr', 'GBR', 'Royaume-Uni'],
  ['zh', 'GBR', '英国'],
  ['fr', 'RUS', 'Russie'],
  ['ru', 'RUS', 'Россия'],
  ['fr', 'USA', 'États-Unis'],
  ['zh', 'USA', '美国'],
  ['fr', 'BOL', 'Bolivie'],
  ['fr', 'VEN', 'Venezuela'],
];

describe('a browser’s names', () => {
  it.each(BROWSER_NAMES)('in %s, %s is not shown as %s', (language, code, browser) => {
    expect(delegationName(code, language)).not.toBe(browser);
    // No State at all is shown under it.
    expect(Object.values(NAME_TABLES[language].states)).not.toContain(browser);
  });

  it.each(BROWSER_NAMES)('in %s, %s is still found by %s', (_language, code, browser) => {
    expect(resolveName(browser)).toEqual({
      kind: 'found',
      match: expect.objectContaining({ kind: 'state', value: code }),
    });
  });
});
