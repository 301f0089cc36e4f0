/** DAIRY_GOATS -> "dairy goats": the display name of a code nobody named. */
export function humaniseCode(code: string): string {
  return code.toLowerCase().replace(/_+/g, ' ').trim();
}
