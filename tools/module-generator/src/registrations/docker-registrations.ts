// Server mode on one machine (docker/compose.yaml) and its reverse proxy (docker/nginx/reverse-proxy.conf):
// each module's service and static remote container, its database role, and its proxy routes.
import type { Tree } from '@nx/devkit';
import { constantCase, snakeCase, type WorkspaceModule } from '../module-descriptor';
import { replaceRegion } from './generated-region';

export const composeFile = 'docker/compose.yaml';
export const reverseProxyFile = 'docker/nginx/reverse-proxy.conf';

function databaseRoles(modules: readonly WorkspaceModule[]): string[] {
  return [
    '      SERVICE_DB_ROLES: >-',
    ...modules.map((module) => `        ${snakeCase(module.name)}_service`),
    ...modules.map(
      (module) =>
        `      ${constantCase(module.name)}_SERVICE_PASSWORD: \${${constantCase(module.name)}_DB_PASSWORD:-${module.name}-dev-only}`,
    ),
  ];
}

function moduleContainers(module: WorkspaceModule): string[] {
  const env = constantCase(module.name);
  const role = `${snakeCase(module.name)}_service`;
  return [
    `  ${module.name}-service:`,
    '    <<: *service',
    `    image: asiointi/${module.name}-service:\${ASIOINTI_TAG:-local}`,
    '    build:',
    '      <<: *service-build',
    `      args: { SERVICE: ${module.name}-service, PORT: "${module.ports.service}" }`,
    '    environment:',
    '      <<: *service-env',
    `      PORT: "${module.ports.service}"`,
    `      DATABASE_URL: postgres://${role}:\${${env}_DB_PASSWORD:-${module.name}-dev-only}@postgres:5432/asiointi`,
    '      # Seals links sent in notifications when the module sends any (32+ random characters, kept across',
    '      # deploys); a module that does not seal links ignores it, one that does refuses to start without it.',
    `      LINK_TOKEN_SECRET: \${${env}_LINK_TOKEN_SECRET:-}`,
    '',
    `  ${module.name}:`,
    '    <<: *frontend',
    `    image: asiointi/${module.name}:\${ASIOINTI_TAG:-local}`,
    '    build:',
    '      <<: *frontend-build',
    `      args: { APP: ${module.name} }`,
    '    environment:',
    '      <<: *remote-env',
    '',
  ];
}

function proxyDependencies(modules: readonly WorkspaceModule[]): string[] {
  return modules.flatMap((module) => [`      - ${module.name}`, `      - ${module.name}-service`]);
}

function upstreams(module: WorkspaceModule): string[] {
  const id = snakeCase(module.name);
  return [
    `upstream ${id}_static {`,
    `    zone ${id}_static 64k;`,
    `    server ${module.name}:8080 resolve max_fails=3 fail_timeout=10s;`,
    '    keepalive 8;',
    '}',
    '',
    `upstream ${id}_service {`,
    `    zone ${id}_service 64k;`,
    `    server ${module.name}-service:${module.ports.service} resolve max_fails=3 fail_timeout=10s;`,
    '    keepalive 16;',
    '}',
    '',
  ];
}

function remoteLocation(module: WorkspaceModule): string[] {
  return [
    `    location /remotes/${module.name}/ {`,
    `        proxy_pass http://${snakeCase(module.name)}_static/;`,
    '    }',
  ];
}

function apiLocation(module: WorkspaceModule): string[] {
  return [
    `    location /api/${module.name}/ {`,
    '        limit_req zone=asiointi_api burst=100 nodelay;',
    '        limit_req_status 429;',
    `        proxy_pass http://${snakeCase(module.name)}_service/;`,
    '    }',
  ];
}

export function writeDockerRegistrations(tree: Tree, modules: readonly WorkspaceModule[]): void {
  let compose = tree.read(composeFile, 'utf-8') ?? '';
  compose = replaceRegion(compose, 'service database roles', databaseRoles(modules));
  compose = replaceRegion(compose, 'module containers', modules.flatMap(moduleContainers));
  compose = replaceRegion(compose, 'proxy dependencies', proxyDependencies(modules));
  tree.write(composeFile, compose);

  let proxy = tree.read(reverseProxyFile, 'utf-8') ?? '';
  proxy = replaceRegion(proxy, 'module upstreams', modules.flatMap(upstreams));
  proxy = replaceRegion(proxy, 'module remotes', modules.flatMap(remoteLocation));
  proxy = replaceRegion(proxy, 'module apis', modules.flatMap(apiLocation));
  tree.write(reverseProxyFile, proxy);
}
