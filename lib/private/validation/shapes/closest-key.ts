/** The known key a mistyped one most likely meant: its camelCase, another case, or a near spelling. */
export function closestKey(key: string, known: string[]): string | undefined {
  const camel = key.replace(/[_-]+([a-z0-9])/gi, (_, letter: string) => letter.toUpperCase());
  const exact = known.find((candidate) => candidate === camel || candidate.toLowerCase() === camel.toLowerCase());
  if (exact) {
    return exact;
  }
  const scored = known
    .map((candidate) => ({ candidate, distance: editDistance(camel.toLowerCase(), candidate.toLowerCase()) }))
    .sort((a, b) => a.distance - b.distance);
  const best = scored[0];
  return best && best.distance <= Math.max(1, Math.floor(best.candidate.length / 4)) ? best.candidate : undefined;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}
