/** The `language` key: review comments in the owner's language, named as the model understands it. */

const LANGUAGES: Record<string, string> = {
  ar: 'Arabic',
  cs: 'Czech',
  da: 'Danish',
  de: 'German',
  el: 'Greek',
  en: 'English',
  es: 'Spanish',
  fi: 'Finnish',
  fr: 'French',
  he: 'Hebrew',
  hi: 'Hindi',
  hu: 'Hungarian',
  id: 'Indonesian',
  it: 'Italian',
  ja: 'Japanese',
  ko: 'Korean',
  nl: 'Dutch',
  no: 'Norwegian',
  pl: 'Polish',
  pt: 'Portuguese',
  ro: 'Romanian',
  ru: 'Russian',
  sv: 'Swedish',
  th: 'Thai',
  tr: 'Turkish',
  uk: 'Ukrainian',
  vi: 'Vietnamese',
  zh: 'Chinese',
};

/** `de` → German, `pt-BR` → Portuguese (pt-BR); a name is kept as written. */
export function languageName(raw: string): string {
  const code = /^([a-z]{2})(?:[-_]([a-z]{2,4}))?$/i.exec(raw.trim());
  const name = code ? LANGUAGES[code[1]!.toLowerCase()] : undefined;
  if (!name) return raw.trim();
  return code![2] ? `${name} (${raw.trim()})` : name;
}
