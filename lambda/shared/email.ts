import { domainToASCII } from 'node:url';

// Whitespace, control, format (zero-width, bidi) and unassigned characters: none belongs in an address.
const INVISIBLE = /[\s\p{C}]/u;
// The ideographic, full-width and half-width full stops that IDNA reads as dots.
const FOREIGN_DOTS = /[\u3002\uFF0E\uFF61]/g;
const LABEL = /^[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?$/;

/**
 * The canonical ASCII form of a domain (Unicode NFKC, IDNA to ASCII, lower case, one trailing
 * dot dropped), or undefined when it is not a well-formed domain. Listed domains and addresses
 * are compared in this form, so no spelling of a domain slips past a list that names it.
 */
export function canonicalDomain(domain: string): string | undefined {
  if (INVISIBLE.test(domain)) {
    return undefined;
  }
  const dotted = domain.normalize('NFKC').replace(FOREIGN_DOTS, '.');
  const ascii = domainToASCII(dotted.endsWith('.') ? dotted.slice(0, -1) : dotted).toLowerCase();
  return ascii.length > 0 && ascii.length <= 253 && ascii.split('.').every((label) => LABEL.test(label)) ? ascii : undefined;
}

/** An address read as one mailbox: its domain in canonical form and whether it was already spelled that way. */
export interface ParsedAddress {
  readonly domain: string;
  readonly canonical: boolean;
}

/**
 * Reads a single well-formed address: exactly one `@` (after NFKC, so a full-width `＠` counts),
 * a non-empty local part, no invisible characters and a well-formed domain. Anything else is undefined.
 */
export function parseAddress(email: string): ParsedAddress | undefined {
  if (INVISIBLE.test(email)) {
    return undefined;
  }
  const parts = email.normalize('NFKC').split('@');
  if (parts.length !== 2 || parts[0].length === 0) {
    return undefined;
  }
  const domain = canonicalDomain(parts[1]);
  return domain === undefined ? undefined : { domain, canonical: email.slice(email.indexOf('@') + 1).toLowerCase() === domain };
}

/** True when the domain equals one of the listed domains or is a subdomain of one. */
export function domainMatches(domain: string, listed: readonly string[]): boolean {
  return listed.some((entry) => domain === entry || domain.endsWith(`.${entry}`));
}
