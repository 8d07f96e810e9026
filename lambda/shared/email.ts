/** Returns the lower-cased domain of an email address, or undefined when it has none. */
export function emailDomain(email: string): string | undefined {
  const at = email.lastIndexOf('@');
  if (at <= 0 || at === email.length - 1) {
    return undefined;
  }
  return email.slice(at + 1).toLowerCase();
}

/** True when the domain equals one of the listed domains or is a subdomain of one. */
export function domainMatches(domain: string, listed: readonly string[]): boolean {
  return listed.some((entry) => domain === entry || domain.endsWith(`.${entry}`));
}
