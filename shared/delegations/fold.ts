// How two spellings of a name are compared: what people type differs from the UN's text in case,
// accents, apostrophes, dashes, spaces and punctuation ("cote d'ivoire", "Côte d’Ivoire",
// "COTE D IVOIRE"), and in Arabic in the forms of alef and the diacritics. No I/O, no locale data:
// the same on the hub, in every browser and in the tests.

/** Lower case, without accents or diacritics, one kind of apostrophe and dash, single spaces. */
export function fold(text: string): string {
  return (
    text
      // Full-width forms (Chinese parentheses, digits) become their ordinary ones.
      .normalize('NFKC')
      // Accents, Arabic vowel marks and hamza carriers, the diaeresis of ё: all dropped.
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(/[\u2018\u2019\u02BC\u0060\u00B4]/g, "'")
      .replace(/[\u2010-\u2015\u2212]/g, '-')
      // Arabic: the tatweel stretches a word without changing it; alef maqsura is often typed as ya,
      // and ta marbuta as ha ("المملكه العربيه السعوديه").
      .replace(/\u0640/g, '')
      .replace(/\u0649/g, '\u064A')
      .replace(/\u0629/g, '\u0647')
      .toLowerCase()
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/** The text as a lookup key: folded, with every space and punctuation mark taken out ("uk" for "U.K."). */
export function nameKey(text: string): string {
  return fold(text).replace(/[^\p{L}\p{N}]+/gu, '');
}
