// The hub's certificate and key (ROSTRUM_TLS_CERT, ROSTRUM_TLS_KEY): read and checked at start,
// each problem said in one line, and read again while the hub runs, so that a certificate
// renewed on disk (certbot, a company CA's agent) is served to the next connection without a
// restart; the connections already open keep the context they were made with.
import { readFileSync } from 'node:fs';
import type { Server as HttpsServer } from 'node:https';
import { createSecureContext, type SecureContextOptions } from 'node:tls';
import type { Logger } from '../logger.ts';

/** Where the PEM files are. */
export interface TlsFiles {
  certFile: string;
  keyFile: string;
}

/** What node:https needs: the certificate chain and its private key, as read. */
export interface TlsPair {
  cert: Buffer;
  key: Buffer;
}

/** How often the files are read again to notice a renewal (ms): a renewal is no emergency. */
export const TLS_RECHECK_MS = 60_000;

function readPem(setting: string, file: string, label: RegExp, what: string): Buffer {
  let content: Buffer;
  try {
    content = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new Error(`${setting}: cannot read ${file} (${code})`, { cause: error });
  }
  if (!label.test(content.toString('latin1'))) {
    throw new Error(`${setting}: ${file} holds no PEM ${what}`);
  }
  return content;
}

/** Reads both files and checks that they make a usable pair; throws a one-line Error if not. */
export function readTlsPair(files: TlsFiles): TlsPair {
  const cert = readPem(
    'ROSTRUM_TLS_CERT',
    files.certFile,
    /-----BEGIN CERTIFICATE-----/,
    'certificate (-----BEGIN CERTIFICATE-----)',
  );
  const key = readPem(
    'ROSTRUM_TLS_KEY',
    files.keyFile,
    /-----BEGIN [A-Z ]*PRIVATE KEY-----/,
    'private key (-----BEGIN PRIVATE KEY-----)',
  );
  try {
    createSecureContext({ cert, key } satisfies SecureContextOptions);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new Error(
      `ROSTRUM_TLS_CERT, ROSTRUM_TLS_KEY: ${files.certFile} and ${files.keyFile} are not a usable certificate and key (${why})`,
      { cause: error },
    );
  }
  return { cert, key };
}

/**
 * Reads the files again every `everyMs`; when they changed and make a usable pair, the server
 * takes them for its next connections. A pair caught half-written (a new certificate, the old
 * key) is left for the next look, the current one kept. Returns the function that stops it.
 */
export function watchTlsFiles(
  server: HttpsServer,
  files: TlsFiles,
  current: TlsPair,
  deps: { logger: Logger; everyMs?: number },
): () => void {
  let served = current;
  let lastProblem: string | undefined;
  const timer = setInterval(() => {
    let next: TlsPair;
    try {
      next = readTlsPair(files);
    } catch (error) {
      const problem = error instanceof Error ? error.message : String(error);
      // Said once per problem, not every minute.
      if (problem !== lastProblem) {
        deps.logger.warn({ problem }, 'certificate not reloaded; the current one is kept');
      }
      lastProblem = problem;
      return;
    }
    lastProblem = undefined;
    if (next.cert.equals(served.cert) && next.key.equals(served.key)) return;
    server.setSecureContext(next);
    served = next;
    deps.logger.info({ certFile: files.certFile }, 'certificate reloaded');
  }, deps.everyMs ?? TLS_RECHECK_MS);
  timer.unref();
  return () => clearInterval(timer);
}
