/**
 * cognito-local "delivers" codes by printing a box to its log instead of sending email or SMS.
 * These helpers read those boxes back, which is the closest an offline test gets to the inbox.
 */

/** One code delivery as the emulator printed it. */
export interface CodeDelivery {
  readonly username?: string;
  readonly destination?: string;
  readonly code?: string;
  readonly emailSubject?: string;
  readonly emailMessage?: string;
  readonly smsMessage?: string;
}

const BOX_TITLE = 'Confirmation Code Delivery';
const FIELDS: Record<string, keyof CodeDelivery> = {
  'Username': 'username',
  'Destination': 'destination',
  'Code': 'code',
  'Email Subject': 'emailSubject',
  'Email Message': 'emailMessage',
  'SMS Message': 'smsMessage',
};
const FIELD_LINE = /^(Username|Destination|Code|Email Subject|Email Message|SMS Message):\s+(.*)$/;

/** Every delivery box in the emulator's output, oldest first. */
export function parseCodeDeliveries(output: string): CodeDelivery[] {
  return output.split(BOX_TITLE).slice(1).map((box) => {
    const delivery: Record<string, string> = {};
    // A box ends at its bottom border; each inner line is framed by vertical bars.
    for (const rawLine of box.split('╰')[0].split('\n')) {
      const match = FIELD_LINE.exec(rawLine.replace(/^\s*│/, '').replace(/│\s*$/, '').trim());
      if (match) {
        delivery[FIELDS[match[1]]] = match[2].trim();
      }
    }
    return delivery as CodeDelivery;
  });
}

/** Waits for the emulator to print a delivery to the destination; its log is written asynchronously. */
export async function waitForCodeDelivery(output: () => string, destination: string, timeoutMillis = 5_000): Promise<CodeDelivery> {
  const deadline = Date.now() + timeoutMillis;
  for (;;) {
    const delivery = parseCodeDeliveries(output()).reverse().find((candidate) => candidate.destination === destination);
    if (delivery) {
      return delivery;
    }
    if (Date.now() > deadline) {
      throw new Error(`No code delivery to ${destination} within ${timeoutMillis} ms`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
