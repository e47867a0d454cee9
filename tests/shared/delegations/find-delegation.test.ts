// What people type or paste finds the right delegation: the common names of the issue in the six
// languages, the ISO codes, typographic variants, and the type-ahead's order; and no text finds two
// delegations except the acronyms that really are shared ("AU": Australia and the African Union).
import { describe, expect, it } from 'vitest';
import { ORGANIZATION_ALIASES, STATE_ALIASES } from '../../../shared/delegations/aliases.ts';
import { NAME_TABLES } from '../../../shared/delegations/all-names.ts';
import {
  resolveDelegation,
  resolveName,
  searchDelegations,
} from '../../../shared/delegations/find-delegation.ts';
import { fold, nameKey } from '../../../shared/delegations/fold.ts';
import { ORGANIZATIONS } from '../../../shared/delegations/organizations.ts';
import { STATES } from '../../../shared/delegations/states.ts';
import { UN_LANGUAGES } from '../../../shared/domain/types.ts';

const found = (value: string) => ({
  kind: 'found',
  match: expect.objectContaining({ value }),
});

/** Each family of the issue: the name people use, then its equivalents in the other languages. */
const FAMILIES: [string, string[]][] = [
  [
    'NLD',
    [
      'Netherlands',
      'Holland',
      'the Netherlands',
      'Pays-Bas',
      'Hollande',
      'Países Bajos',
      'Holanda',
      'Нидерланды',
      'Голландия',
      'هولندا',
      '荷兰',
    ],
  ],
  [
    'GBR',
    [
      'UK',
      'U.K.',
      'United Kingdom',
      'Britain',
      'Great Britain',
      'Royaume-Uni',
      'Grande-Bretagne',
      'Reino Unido',
      'Gran Bretaña',
      'Великобритания',
      'Соединенное Королевство',
      'Британия',
      'المملكة المتحدة',
      'بريطانيا',
      '英国',
    ],
  ],
  [
    'USA',
    [
      'USA',
      'U.S.A.',
      'US',
      'U.S.',
      'United States',
      'America',
      'États-Unis',
      'Etats-Unis',
      'Amérique',
      'Estados Unidos',
      'EE. UU.',
      'EEUU',
      'США',
      'Соединенные Штаты',
      'Соединённые Штаты',
      'Америка',
      'الولايات المتحدة',
      'أمريكا',
      'أميركا',
      '美国',
    ],
  ],
  ['RUS', ['Russia', 'Russie', 'Rusia', 'Россия', 'РФ', 'روسيا', '俄罗斯']],
  [
    'IRN',
    [
      'Iran',
      'Islamic Republic of Iran',
      'Iran, Islamic Republic of',
      'Irán',
      'Иран',
      'إيران',
      '伊朗',
    ],
  ],
  ['SYR', ['Syria', 'Syrie', 'Siria', 'Сирия', 'سوريا', 'سورية', '叙利亚']],
  ['VNM', ['Vietnam', 'Viet Nam', 'Viêt Nam', 'Việt Nam', 'Вьетнам', 'فيتنام', '越南']],
  ['TUR', ['Turkey', 'Turkiye', 'Turquie', 'Turquía', 'Турция', 'تركيا', '土耳其']],
  ['PSE', ['Palestine', 'Palestina', 'Палестина', 'فلسطين', '巴勒斯坦']],
  [
    'VAT',
    [
      'Vatican',
      'Vatican City',
      'Cité du Vatican',
      'Vaticano',
      'Ciudad del Vaticano',
      'Ватикан',
      'الفاتيكان',
      '梵蒂冈',
    ],
  ],
  [
    'PRK',
    [
      'North Korea',
      'DPRK',
      'Corée du Nord',
      'RPDC',
      'Corea del Norte',
      'КНДР',
      'Северная Корея',
      'كوريا الشمالية',
      '朝鲜',
    ],
  ],
  [
    'KOR',
    ['South Korea', 'Corée du Sud', 'Corea del Sur', 'Южная Корея', 'كوريا الجنوبية', '韩国'],
  ],
  ['LAO', ['Laos', 'Lao PDR', 'Лаос', 'لاوس', '老挝']],
  ['MDA', ['Moldova', 'Moldavie', 'Moldavia', 'Молдова', 'Молдавия', 'مولدوفا', '摩尔多瓦']],
  ['TZA', ['Tanzania', 'Tanzanie', 'Tanzanía', 'Танзания', 'تنزانيا', '坦桑尼亚']],
  ['BOL', ['Bolivia', 'Bolivie', 'Боливия', 'بوليفيا', '玻利维亚']],
  ['VEN', ['Venezuela', 'Венесуэла', 'فنزويلا', '委内瑞拉']],
  [
    'CZE',
    [
      'Czech Republic',
      'Czechia',
      'République tchèque',
      'Tchéquie',
      'República Checa',
      'Chequia',
      'Чешская Республика',
      'Чехия',
      'الجمهورية التشيكية',
      'التشيك',
      '捷克共和国',
      '捷克',
    ],
  ],
  [
    'CIV',
    [
      'Ivory Coast',
      'Côte d’Ivoire',
      'Costa de Marfil',
      'Берег Слоновой Кости',
      'ساحل العاج',
      '象牙海岸',
    ],
  ],
  [
    'CPV',
    ['Cape Verde', 'Cap-Vert', 'Cabo Verde', 'Острова Зеленого Мыса', 'الرأس الأخضر', '佛得角'],
  ],
  ['SWZ', ['Swaziland', 'Eswatini', 'Suazilandia', 'Свазиленд', 'سوازيلند', '斯威士兰']],
  [
    'MKD',
    [
      'Macedonia',
      'North Macedonia',
      'Macédoine',
      'Macédoine du Nord',
      'Македония',
      'مقدونيا',
      '马其顿',
    ],
  ],
  ['MMR', ['Burma', 'Myanmar (Burma)', 'Birmanie', 'Birmania', 'Бирма', 'بورما', '缅甸']],
  ['FSM', ['Micronesia', 'Micronésie', 'Микронезия', 'ميكرونيزيا', '密克罗尼西亚']],
  [
    'SAU',
    [
      'Saudi Arabia',
      'المملكة العربية السعودية',
      'السعودية',
      'Arabie saoudite',
      'Arabia Saudita',
      'Саудовская Аравия',
      '沙特阿拉伯',
    ],
  ],
];

describe('alias families', () => {
  describe.each(FAMILIES)('%s', (code, names) => {
    it.each(names)('%s', (name) => {
      expect(resolveName(name)).toEqual(found(code));
      expect(resolveDelegation(name)).toBe(code);
    });
  });
});

describe('organizations and groups', () => {
  it.each<[string, string]>([
    ['EU', 'European Union'],
    ['European Union', 'European Union'],
    ['E.U.', 'European Union'],
    ['UE', 'European Union'],
    ['Union européenne', 'European Union'],
    ['ЕС', 'European Union'],
    ['الاتحاد الأوروبي', 'European Union'],
    ['欧盟', 'European Union'],
    ['African Union', 'African Union'],
    ['Arab League', 'League of Arab States'],
    ['OIC', 'Organisation of Islamic Cooperation'],
    ['Organization of Islamic Cooperation', 'Organisation of Islamic Cooperation'],
    ['G77', 'Group of 77 and China'],
    ['G-77 and China', 'Group of 77 and China'],
    ['Non-Aligned Movement', 'Movement of Non-Aligned Countries'],
    ['ICRC', 'International Committee of the Red Cross'],
    ['CARICOM', 'Caribbean Community'],
    ['GCC', 'Cooperation Council for the Arab States of the Gulf'],
    ['AOSIS', 'Alliance of Small Island States'],
    // The French name after « au nom du », and the Order's current name at the UN (Geneva Blue Book).
    ['Groupe des 77 et de la Chine', 'Group of 77 and China'],
    ['Groupe des 77 et la Chine', 'Group of 77 and China'],
    ['Sovereign Order of Malta', 'Sovereign Military Order of Malta'],
    ['Ordre souverain de Malte', 'Sovereign Military Order of Malta'],
  ])('%s finds %s', (text, key) => {
    expect(resolveName(text)).toEqual(found(key));
  });

  it('"AU" is ambiguous: Australia’s code and the African Union', () => {
    const resolution = resolveName('AU');
    expect(resolution.kind).toBe('ambiguous');
    expect(
      resolution.kind === 'ambiguous' && resolution.matches.map((m) => m.value).sort(),
    ).toEqual(['AUS', 'African Union'].sort());
    // Neither is picked for the list: the text stays as typed.
    expect(resolveDelegation(' AU ')).toBe('AU');
  });
});

/** The two ISO alpha-2 codes that are also an organization's acronym (AU, and UA in French). */
const SHARED_CODES: Record<string, string> = { AU: 'African Union', UA: 'African Union' };

describe('ISO codes', () => {
  it.each(STATES.map((state) => [state.alpha3, state] as const))('%s', (_code, state) => {
    for (const code of [state.alpha3, state.alpha3.toLowerCase()]) {
      expect(resolveName(code)).toEqual(found(state.alpha3));
    }
    for (const code of [state.alpha2, state.alpha2.toLowerCase()]) {
      const other = SHARED_CODES[state.alpha2];
      if (other === undefined) {
        expect(resolveName(code)).toEqual(found(state.alpha3));
      } else {
        expect(resolveName(code)).toEqual({
          kind: 'ambiguous',
          matches: expect.arrayContaining([
            expect.objectContaining({ value: state.alpha3 }),
            expect.objectContaining({ value: other }),
          ]),
        });
      }
    }
  });
});

describe('typographic variants', () => {
  it.each<[string, string]>([
    ['Côte d’Ivoire', 'CIV'],
    ["Cote d'Ivoire", 'CIV'],
    ['COTE D IVOIRE', 'CIV'],
    ['  côte   d’ivoire  ', 'CIV'],
    ['Côte d`Ivoire', 'CIV'],
    ['Cote d´Ivoire', 'CIV'],
    ['Côte-d’Ivoire', 'CIV'],
    ['TÜRKIYE', 'TUR'],
    ['türkiye', 'TUR'],
    ['Lao People’s Democratic Republic', 'LAO'],
    ['Lao Peoples Democratic Republic', 'LAO'],
    ['Democratic People’s Republic of Korea', 'PRK'],
    ['democratic peoples republic of korea', 'PRK'],
    ['United  Kingdom  of Great Britain and Northern Ireland', 'GBR'],
    ['united states of america', 'USA'],
    ['Iran (Islamic Republic of)', 'IRN'],
    ['Iran(Islamic Republic of)', 'IRN'],
    ['Netherlands (Kingdom of the)', 'NLD'],
    ['Netherlands, Kingdom of the', 'NLD'],
    ['Republique de Coree', 'KOR'],
    ['Etats-Unis d’Amerique', 'USA'],
    ["États-Unis d'Amérique", 'USA'],
    ["Royaume-Uni de Grande-Bretagne et d'Irlande du Nord", 'GBR'],
    ['Republique Unie de Tanzanie', 'TZA'],
    ['Saint Siege', 'VAT'],
    ['Republica Arabe Siria', 'SYR'],
    ['Republica Unida de Tanzania', 'TZA'],
    ['Российская федерация', 'RUS'],
    ['Соединённые Штаты Америки', 'USA'],
    ['Кот-д’Ивуар', 'CIV'],
    ['Кот д Ивуар', 'CIV'],
    // Arabic: tatweel, vowel marks, alef maqsura typed as ya, ta marbuta typed as ha, bare alef.
    ['المملكـة العربيـة السعوديـة', 'SAU'],
    ['المَمْلَكَة العَرَبِيَّة السُّعُودِيَّة', 'SAU'],
    ['المملكه العربيه السعوديه', 'SAU'],
    ['الكرسى الرسولى', 'VAT'],
    ['ايران', 'IRN'],
    ['الاتحاد الروسى', 'RUS'],
    // Chinese: full-width parentheses and spaces.
    ['美利坚合众国\u3000', 'USA'],
    ['中 国', 'CHN'],
  ])('%s', (text, code) => {
    expect(resolveName(text)).toEqual(found(code));
  });
});

describe('every UN name and every alias', () => {
  const states = STATES.flatMap((state) =>
    [
      ...Object.values(NAME_TABLES).map((table) => table.states[state.alpha3] ?? ''),
      ...(STATE_ALIASES[state.alpha3] ?? []),
    ].map((name) => [name, state.alpha3] as const),
  );
  const organizations = ORGANIZATIONS.flatMap((organization) =>
    [
      organization.key,
      ...Object.values(NAME_TABLES).map((table) => table.organizations[organization.key] ?? ''),
      ...(ORGANIZATION_ALIASES[organization.key] ?? []),
    ].map((name) => [name, organization.key] as const),
  );

  it('alias lists are kept only for known delegations', () => {
    const codes = new Set(STATES.map((state) => state.alpha3));
    expect(Object.keys(STATE_ALIASES).filter((code) => !codes.has(code))).toEqual([]);
    const keys = new Set(ORGANIZATIONS.map((organization) => organization.key));
    expect(Object.keys(ORGANIZATION_ALIASES).filter((key) => !keys.has(key))).toEqual([]);
  });

  it('find their own delegation, and only it', () => {
    const wrong = [...states, ...organizations].filter(([name, value]) => {
      if (SHARED_CODES[name] !== undefined) return false;
      const resolution = resolveName(name);
      return resolution.kind !== 'found' || resolution.match.value !== value;
    });
    expect(wrong).toEqual([]);
  });

  it('no two States share an official name key in any language', () => {
    for (const language of UN_LANGUAGES) {
      const keys = new Map<string, string>();
      for (const state of STATES) {
        const name = NAME_TABLES[language].states[state.alpha3] ?? '';
        const key = nameKey(name);
        expect(key, `${language} ${state.alpha3}`).not.toBe('');
        expect(keys.get(key), `${language}: ${state.alpha3} and ${keys.get(key)}`).toBeUndefined();
        keys.set(key, state.alpha3);
      }
    }
  });

  it('no State’s official name in one language is another State’s in another', () => {
    const owner = new Map<string, string>();
    for (const state of STATES) {
      const names = Object.values(NAME_TABLES).map((t) => t.states[state.alpha3]);
      for (const name of names) {
        const key = nameKey(name ?? '');
        expect([undefined, state.alpha3], `${name}: ${owner.get(key)}`).toContain(owner.get(key));
        owner.set(key, state.alpha3);
      }
    }
  });
});

describe('fold and nameKey', () => {
  it.each<[string, string]>([
    ['Côte d’Ivoire', "cote d'ivoire"],
    ['  Türkiye  ', 'turkiye'],
    ['Соединённые  Штаты', 'соединенные штаты'],
    ['الكرسى', 'الكرسي'],
    ['السعوديـة', 'السعوديه'],
    ['（中国）', '(中国)'],
  ])('fold(%s) is %s', (text, folded) => {
    expect(fold(text)).toBe(folded);
  });

  it.each<[string, string]>([
    ['U.K.', 'uk'],
    ['EE. UU.', 'eeuu'],
    ['Kot-d’Ivuar', 'kotdivuar'],
  ])('nameKey(%s) is %s', (text, key) => {
    expect(nameKey(text)).toBe(key);
  });
});

describe('the type-ahead', () => {
  it.each(UN_LANGUAGES)('in %s, "UK" offers the United Kingdom before Ukraine', (language) => {
    const values = searchDelegations('UK', language).map((option) => option.value);
    expect(values[0]).toBe('GBR');
    expect(values).toContain('UKR');
    expect(values.indexOf('GBR')).toBeLessThan(values.indexOf('UKR'));
  });

  it.each(UN_LANGUAGES)(
    'in %s, "EU" and "European Union" offer the European Union first',
    (language) => {
      for (const query of ['EU', 'eu', 'European Union', 'european union']) {
        expect(searchDelegations(query, language)[0]?.value).toBe('European Union');
      }
    },
  );

  it('names each option in the reader’s language, with its English name', () => {
    expect(searchDelegations('Vatican', 'fr')[0]).toMatchObject({
      value: 'VAT',
      name: 'Saint-Siège',
      englishName: 'Holy See',
    });
    expect(searchDelegations('Palestine', 'zh')[0]).toMatchObject({
      value: 'PSE',
      name: '巴勒斯坦国',
    });
  });

  it('finds a State by the start of a word of its name', () => {
    expect(searchDelegations('tanz', 'en')[0]?.value).toBe('TZA');
    expect(searchDelegations('alle', 'fr')[0]?.value).toBe('DEU');
  });
});
