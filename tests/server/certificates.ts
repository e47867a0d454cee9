// Certificates made in the test with the system's openssl (no package): self-signed, for
// 127.0.0.1 and localhost, each with its own key, trusted by a client through its `ca` option.
import { spawnSync } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** A certificate and its key, as PEM files in a folder, and the fingerprint a client sees. */
export interface TestCertificate {
  certFile: string;
  keyFile: string;
  /** The PEM certificate itself, to trust (`ca`). */
  cert: string;
  /** SHA-256 fingerprint, as Node's peer certificate gives it (AA:BB:...). */
  fingerprint256: string;
}

/** Makes a self-signed certificate named `name` (its common name) in `dir`. */
export function makeCertificate(dir: string, name: string): TestCertificate {
  const certFile = path.join(dir, `${name}.cert.pem`);
  const keyFile = path.join(dir, `${name}.key.pem`);
  const made = spawnSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-keyout',
      keyFile,
      '-out',
      certFile,
      '-days',
      '2',
      '-subj',
      `/CN=${name}`,
      '-addext',
      'subjectAltName=IP:127.0.0.1,DNS:localhost',
    ],
    { encoding: 'utf8' },
  );
  if (made.status !== 0) throw new Error(`openssl failed: ${made.stderr}`);
  const cert = readFileSync(certFile, 'utf8');
  return { certFile, keyFile, cert, fingerprint256: new X509Certificate(cert).fingerprint256 };
}
