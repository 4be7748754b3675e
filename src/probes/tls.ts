/**
 * What a consumer with a `rediss://` URL sees of the server's TLS: the probe
 * connects with the consumer's host name as SNI, takes the certificate
 * whatever it is (it cannot know the CA the application trusts), and then
 * judges it the way the consumer's client would, from what its URL asks
 * (redis-py and kombu read `ssl_cert_reqs`, `ssl_check_hostname` and
 * `ssl_ca_certs` there). Only what fails whatever the application's CA is a
 * failure: an expired or not yet valid certificate, or a host name the
 * certificate does not name when the URL asks for that check. A chain the
 * public CAs do not sign is a note: the application may trust its own CA.
 */
import { checkServerIdentity, type PeerCertificate, type TLSSocket } from 'node:tls';
import { isIP } from 'node:net';

/** What the consumer's URL asks of the server's certificate. */
export interface TlsExpectation {
  /** The host the consumer connects to: sent as SNI, checked against the certificate. */
  host: string;
  /** `ssl_cert_reqs`: `none` accepts any certificate; anything else (the default) verifies it. */
  verify: boolean;
  /** `ssl_check_hostname`, when the URL sets it (the default differs between client versions). */
  checkHostname?: boolean;
  /** The URL names a CA of its own (`ssl_ca_certs`, `ssl_ca_path`, `ssl_ca_data`). */
  ownCa: boolean;
}

/** The certificate the server showed, and how Node's public CA list judged it. */
export interface TlsFacts {
  protocol: string;
  subject: string;
  issuer: string;
  /** DNS names and IP addresses the certificate is for. */
  names: string[];
  validFrom: string;
  validTo: string;
  /** Signed by a CA of Node's bundled (Mozilla) list, as a client's default trust store. */
  publiclyTrusted: boolean;
  /** The verification error code, e.g. `DEPTH_ZERO_SELF_SIGNED_CERT`, `CERT_HAS_EXPIRED`. */
  verifyError?: string;
  /** The certificate object, for the host name check. */
  certificate?: PeerCertificate;
}

const NONE = /^(none|cert_none)$/i;
const FALSE = /^(false|0|no|off)$/i;
const TRUE = /^(true|1|yes|on)$/i;

/** The expectation a `rediss://` URL's query states, for a connection to `host`. */
export function tlsExpectation(host: string, query: Record<string, string>): TlsExpectation {
  const lower = Object.fromEntries(Object.entries(query).map(([k, v]) => [k.toLowerCase(), v]));
  const check = lower.ssl_check_hostname;
  return {
    host,
    verify: !NONE.test(lower.ssl_cert_reqs ?? ''),
    ...(check !== undefined && TRUE.test(check) ? { checkHostname: true } : {}),
    ...(check !== undefined && FALSE.test(check) ? { checkHostname: false } : {}),
    ownCa: ['ssl_ca_certs', 'ssl_ca_path', 'ssl_ca_data'].some((k) => lower[k] !== undefined),
  };
}

/** The SNI name a client sends for `host` (none for an IP address). */
export function serverName(host: string): string | undefined {
  return isIP(host) ? undefined : host;
}

/** Reads the certificate facts of an open TLS socket. */
export function tlsFacts(socket: TLSSocket): TlsFacts | undefined {
  const cert = socket.getPeerCertificate();
  if (!cert || Object.keys(cert).length === 0) return undefined;
  const error = socket.authorizationError as unknown;
  const names = (cert.subjectaltname ?? '')
    .split(',')
    .map((n) => n.trim().replace(/^(DNS|IP Address):/, ''))
    .filter(Boolean);
  return {
    protocol: socket.getProtocol() ?? 'TLS',
    subject: describeName(cert.subject),
    issuer: describeName(cert.issuer),
    names,
    validFrom: cert.valid_from,
    validTo: cert.valid_to,
    publiclyTrusted: socket.authorized,
    ...(error ? { verifyError: String(error instanceof Error ? error.message : error) } : {}),
    certificate: cert,
  };
}

function describeName(name: PeerCertificate['subject'] | undefined): string {
  if (!name) return '(none)';
  const cn = name.CN;
  return cn ? `CN=${Array.isArray(cn) ? cn.join(',') : cn}` : '(no CN)';
}

const EXPIRED = /CERT_HAS_EXPIRED|CERT_NOT_YET_VALID/;

/** How the consumer's client would take the certificate: evidence, and a problem when it refuses it. */
export function judgeTls(
  facts: TlsFacts,
  expect: TlsExpectation,
  now: Date = new Date(),
): { note: string; problem?: string } {
  const names = facts.names.length ? facts.names.join(', ') : facts.subject;
  const parts = [
    `${facts.protocol}, SNI ${serverName(expect.host) ?? '(none: an IP address)'}`,
    `certificate ${facts.subject} for ${names}, issued by ${facts.issuer}, valid ${facts.validFrom} to ${facts.validTo}`,
  ];
  if (!expect.verify) {
    parts.push('not verified: the URL says ssl_cert_reqs=none');
    return { note: `TLS: ${parts.join('; ')}` };
  }
  const problems: string[] = [];
  const expired =
    (facts.verifyError && EXPIRED.test(facts.verifyError)) ||
    Date.parse(facts.validTo) < now.getTime() ||
    Date.parse(facts.validFrom) > now.getTime();
  if (expired) {
    problems.push(
      `the server's certificate is not valid now (valid ${facts.validFrom} to ${facts.validTo}): a client that verifies certificates refuses it`,
    );
  }
  if (facts.publiclyTrusted) parts.push('signed by a public CA');
  else if (!expired) {
    parts.push(
      `not signed by a public CA (${facts.verifyError ?? 'untrusted'}): the application must trust its CA` +
        (expect.ownCa ? ' (its URL names one)' : ' (ssl_ca_certs, or in its own settings)'),
    );
  }
  const identity = facts.certificate
    ? checkServerIdentity(expect.host, facts.certificate)
    : undefined;
  if (identity) {
    if (expect.checkHostname === true) {
      problems.push(
        `the certificate is not for ${expect.host} (it names ${names}) and the URL asks for ssl_check_hostname`,
      );
    } else {
      parts.push(
        `not for the host name ${expect.host} (it names ${names}): a client that checks host names refuses it` +
          (expect.checkHostname === false ? '; the URL turns that check off' : ''),
      );
    }
  } else {
    parts.push(`names the host ${expect.host}`);
  }
  return {
    note: `TLS: ${parts.join('; ')}`,
    ...(problems.length ? { problem: problems.join('; ') } : {}),
  };
}
