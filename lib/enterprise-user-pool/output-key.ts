/** A name reduced to PascalCase letters and digits, the key of its outputs and construct ids. */
export function outputKey(name: string): string {
  return name.split(/[^A-Za-z0-9]+/).filter(Boolean).map((part) => part.charAt(0).toUpperCase() + part.slice(1)).join('');
}
