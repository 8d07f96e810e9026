import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LOOPBACK } from './local-ports';

/** A self-signed TLS certificate for the loopback address, and its key. */
export interface LoopbackCertificate {
  readonly cert: string;
  readonly key: string;
}

/** Issues a one-day certificate for 127.0.0.1 with openssl; nothing is kept on disk. */
export function issueLoopbackCertificate(): LoopbackCertificate {
  const directory = mkdtempSync(join(tmpdir(), 'loopback-tls-'));
  try {
    const [keyFile, certFile] = [join(directory, 'key.pem'), join(directory, 'cert.pem')];
    execFileSync('openssl', [
      'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '1',
      '-subj', `/CN=${LOOPBACK}`, '-addext', `subjectAltName=IP:${LOOPBACK}`, '-keyout', keyFile, '-out', certFile,
    ], { stdio: 'ignore' });
    return { cert: readFileSync(certFile, 'utf8'), key: readFileSync(keyFile, 'utf8') };
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}
