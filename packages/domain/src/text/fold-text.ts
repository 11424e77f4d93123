/** Lower-case, accent-free text for search: "Phân bón Đầu Trâu" -> "phan bon dau trau". */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** The words of a search query, folded; empty words dropped. */
export function searchWords(query: string): string[] {
  return foldText(query)
    .split(' ')
    .filter((word) => word.length > 0)
    .slice(0, 10);
}
