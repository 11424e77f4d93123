/** A name as an error parameter: English falls back to Vietnamese when blank. */
export function bothLanguages(name: { vi: string; en: string }): { vi: string; en: string } {
  return { vi: name.vi, en: name.en.trim() || name.vi };
}
