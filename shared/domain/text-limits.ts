// How long each kind of text may be, in characters. Its own file, with no zod: the console's
// forms show these limits (maxLength), and a form that imported them from the schemas would load
// zod with the console and run its schemas' set-up at once, which the content security policy
// refuses (zod probes for eval: tests/browser/csp.test.ts).
export const TEXT_LIMITS = {
  title: 300,
  theme: 1000,
  shortName: 120,
  onBehalfOf: 200,
  note: 300,
  announcement: 500,
} as const;
