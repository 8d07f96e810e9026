import { readFileSync, writeFileSync } from 'fs';

/** A part of a docs page between two marker comments, generated from the code it documents. */
export class GeneratedDocSection {
  constructor(private readonly path: string, private readonly start: string, private readonly end: string) {}

  /** What the page holds between the markers now. */
  public read(doc = readFileSync(this.path, 'utf8')): string {
    const [, section] = this.split(doc);
    return section;
  }

  /** Replaces what lies between the markers. */
  public write(content: string): void {
    const [before, , after] = this.split(readFileSync(this.path, 'utf8'));
    writeFileSync(this.path, `${before}\n${content}\n${after}`);
  }

  private split(doc: string): [string, string, string] {
    const start = doc.indexOf(this.start);
    const end = doc.indexOf(this.end);
    if (start < 0 || end < start) {
      throw new Error(`${this.path} must contain the markers ${this.start} and ${this.end}`);
    }
    return [doc.slice(0, start + this.start.length), doc.slice(start + this.start.length, end).trim(), doc.slice(end)];
  }
}
