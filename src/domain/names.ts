/**
 * The form of a name used for sorting and prefix search: lower case, accents removed, anything but letters
 * and digits folded to one space ("St. Mary's Hall" -> "st mary s hall").
 */
export function toNameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
