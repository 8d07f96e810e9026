import { createHmac, timingSafeEqual } from 'crypto';
import { awsError, FakeAwsServer } from './fake-aws-server';

/** Makes the fake answer KMS GenerateMac and VerifyMac with a real HMAC-SHA-256 key, as KMS would. */
export function serveKmsHmac(server: FakeAwsServer, key = 'test-hmac-key'): FakeAwsServer {
  const mac = (message: unknown) => createHmac('sha256', key).update(Buffer.from(String(message), 'base64')).digest();
  return server
    .on('GenerateMac', ({ body }) => ({ status: 200, body: { Mac: mac(body.Message).toString('base64'), KeyId: body.KeyId, MacAlgorithm: 'HMAC_SHA_256' } }))
    .on('VerifyMac', ({ body }) => {
      const given = Buffer.from(String(body.Mac), 'base64');
      const expected = mac(body.Message);
      return given.length === expected.length && timingSafeEqual(given, expected)
        ? { status: 200, body: { MacValid: true, KeyId: body.KeyId, MacAlgorithm: 'HMAC_SHA_256' } }
        : awsError(400, 'KMSInvalidMacException', 'The MAC is not valid');
    });
}
