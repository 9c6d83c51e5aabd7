// The texts scripts show, in the page's language. The server renders them from the same message
// bundles as the page into <script id="enchufe-messages" type="application/json">.

export type Texts = Readonly<Record<string, string>>;

export function readTexts(doc: Document = document): Texts {
  const element = doc.getElementById("enchufe-messages");
  if (element?.textContent == null) return {};
  try {
    return JSON.parse(element.textContent) as Texts;
  } catch {
    return {};
  }
}

/** The text for key with each {name} replaced by params[name]; the key itself when missing. */
export function format(texts: Texts, key: string, params: Record<string, string | number> = {}): string {
  const template = texts[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole);
}

/**
 * The text for a count: key.one when {@code count} is 1, key.other otherwise (Spanish and English
 * both say "1 proceso", "2 procesos"), with {count} and params filled in.
 */
export function formatCount(texts: Texts, key: string, count: number, params: Record<string, string | number> = {}): string {
  return format(texts, `${key}.${count === 1 ? "one" : "other"}`, { ...params, count });
}
