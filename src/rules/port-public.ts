import { replaceScalar } from './fix.js';
import { requiresPassword, servicePosition } from './helpers.js';
import type { Rule, RuleFinding } from './types.js';

const ALL_INTERFACES = new Set(['', '0.0.0.0', '::', '[::]']);

/**
 * A published port without a host IP listens on every interface of the host
 * (and Docker's iptables rules bypass ufw). The official images compile
 * protected mode off, so without a password anyone who can reach the host
 * can read and write the data.
 */
export const portPublic: Rule = {
  id: 'port-public',
  defaultSeverity: 'error',
  summary: 'The Redis port is published on all interfaces (error without auth, warning with auth)',
  check({ project, redis }) {
    const findings: RuleFinding[] = [];
    for (const server of redis.services) {
      const severity = requiresPassword(server) ? 'warning' : 'error';
      const consequence = requiresPassword(server)
        ? 'anyone who can reach the host can try passwords'
        : 'and it has no password, so anyone who can reach the host can read and write it';
      (server.service.ports ?? []).forEach((port, index) => {
        if (port.target !== server.port) return;
        if (!ALL_INTERFACES.has(port.host_ip ?? '')) return;
        // No host port ("6379", ":6379" from an unset variable, long syntax with only
        // target): Docker picks an ephemeral one, still on every interface.
        const ephemeral = port.published === undefined || port.published === '';
        const path = ['services', server.name, 'ports', index];
        const source = project.sources.get(path);
        // The short syntax is one scalar: its variables sit on the fields it was split into.
        let fromVariable: string | undefined;
        let written = source;
        for (const [, field] of project.sources.under(['services', server.name, 'ports', index])) {
          fromVariable ??= field.variables?.[0]?.name;
          if (field.raw !== undefined && !written?.raw) written = field;
        }
        const pos = source?.pos ?? servicePosition(project, server.name, 'ports', index);
        const finding: RuleFinding = {
          service: server.name,
          severity,
          pos,
          message: fromVariable
            ? `port ${port.target} is published on all host interfaces with a host port from \${${fromVariable}} and no host IP, so it is public whatever the variable holds; ${consequence}: ` +
              `write "127.0.0.1:\${${fromVariable}}:${port.target}" or drop it (other services reach Redis on the compose network).`
            : ephemeral
              ? `port ${port.target} is published on an ephemeral host port on all host interfaces, ${consequence}: ` +
                `bind it to 127.0.0.1 ("127.0.0.1::${port.target}") or drop it (other services reach Redis on the compose network).`
              : `port ${port.published}:${port.target} is published on all host interfaces, ${consequence}: ` +
                `bind it to 127.0.0.1 ("127.0.0.1:${port.published}:${port.target}") or drop it (other services reach Redis on the compose network).`,
        };
        const modelText = `${port.host_ip ? `${port.host_ip}:` : ''}${ephemeral ? '' : `${port.published}:`}${port.target}${
          port.protocol && port.protocol !== 'tcp' ? `/${port.protocol}` : ''
        }`;
        const fix = replaceScalar(
          written,
          modelText,
          (text) =>
            ephemeral && /^\d+(\/\w+)?$/.test(text)
              ? `127.0.0.1::${text}`
              : /^(\d|\$\{|0\.0\.0\.0:|\[?::\]?:)/.test(text)
                ? `127.0.0.1:${text.replace(/^(0\.0\.0\.0|\[::\]|::):/, '')}`
                : undefined,
          'publish on the loopback interface only (quoted: YAML 1.1 reads some a:b as numbers)',
          true,
        );
        if (fix) finding.fix = fix;
        findings.push(finding);
      });
      if (server.service.network_mode === 'host') {
        findings.push({
          service: server.name,
          severity,
          pos: servicePosition(project, server.name, 'network_mode'),
          message: `network_mode: host puts port ${server.port} on every host interface, ${consequence}: use the compose network instead.`,
        });
      }
    }
    return findings;
  },
};
