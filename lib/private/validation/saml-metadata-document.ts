/** The local name of an XML tag name: `md:EntityDescriptor` → `EntityDescriptor`. */
function localName(tag: string): string {
  return tag.slice(tag.indexOf(':') + 1);
}

/** Tags in document order, with what each is: an opening, closing or self-closing element tag. */
function elementTags(xml: string): Array<{ name: string; kind: 'open' | 'close' | 'empty' }> | string {
  // Declarations, comments, CDATA and doctypes carry no elements.
  const stripped = xml.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<!DOCTYPE[^>]*>/g, '');
  const tags: Array<{ name: string; kind: 'open' | 'close' | 'empty' }> = [];
  const pattern = /<(\/?)([A-Za-z_][\w.:-]*)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>/g;
  let match: RegExpExecArray | null;
  let consumed = 0;
  while ((match = pattern.exec(stripped)) !== null) {
    if (stripped.slice(consumed, match.index).includes('<')) {
      return 'is not well-formed XML (a tag is malformed)';
    }
    consumed = pattern.lastIndex;
    tags.push({ name: match[2], kind: match[1] ? 'close' : match[4] ? 'empty' : 'open' });
  }
  return stripped.slice(consumed).includes('<') ? 'is not well-formed XML (a tag is malformed)' : tags;
}

/**
 * Why a SAML metadata document would be refused, or undefined when its structure is sound: it
 * must be well-formed XML whose root is an EntityDescriptor with an IDPSSODescriptor that has a
 * SingleSignOnService. Checked without an XML parser; signatures and certificates are the IdP's.
 */
export function samlMetadataProblem(xml: string): string | undefined {
  const tags = elementTags(xml);
  if (typeof tags === 'string') {
    return tags;
  }
  const open: string[] = [];
  let roots = 0;
  for (const { name, kind } of tags) {
    if (open.length === 0 && kind !== 'close') {
      roots += 1;
    }
    if (kind === 'open') {
      open.push(name);
    } else if (kind === 'close' && open.pop() !== name) {
      return `is not well-formed XML (</${name}> closes no open <${name}>)`;
    }
  }
  if (tags.length === 0 || open.length > 0 || roots !== 1) {
    return 'is not well-formed XML (it needs exactly one root element, every element closed)';
  }
  const names = tags.map(({ name }) => localName(name));
  if (names[0] !== 'EntityDescriptor') {
    return `must have an EntityDescriptor root (received ${tags[0].name})`;
  }
  if (!names.includes('IDPSSODescriptor')) {
    return 'has no IDPSSODescriptor: it describes no identity provider';
  }
  return names.includes('SingleSignOnService') ? undefined : 'has no SingleSignOnService: Cognito would have nowhere to send users';
}
