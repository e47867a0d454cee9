// Fills the `{name}` placeholders of the screens' texts. Its own module, apart from the texts
// themselves, so that every view can use it without bundling any language.

/** Fills `{name}` placeholders; an unknown name is left as it is. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}
