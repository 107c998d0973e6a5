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
    .trim()
    .slice(0, MAX_NAME_KEY_LENGTH)
    .trimEnd();
}

/**
 * The longest name key. NFKD can make one character many (`㎯` is "rad∕s2", `ﷺ` eighteen letters), so a
 * 200-character name could fold to thousands; keys holding a name key must stay far below DynamoDB's
 * 1,024-byte sort-key limit whatever the name. The key is ASCII, so characters are bytes; 200 characters
 * sort and prefix-match any real name (the register caps names at 200 characters).
 */
export const MAX_NAME_KEY_LENGTH = 200;
