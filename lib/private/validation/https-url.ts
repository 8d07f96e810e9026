/** Why a URL is not an absolute HTTPS URL, or undefined when it is. */
export function httpsUrlProblem(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'must be an absolute URL';
  }
  return parsed.protocol === 'https:' ? undefined : `must use HTTPS (received ${parsed.protocol.replace(':', '')})`;
}
