/** Numbers a tool page's citations 1…n in the given order, as the components expect. */
export function numberCitations(keys: readonly string[]): { keys: string[]; numbers: string } {
  const unique = [...new Set(keys)];
  return { keys: unique, numbers: JSON.stringify(Object.fromEntries(unique.map((key, i) => [key, i + 1]))) };
}
