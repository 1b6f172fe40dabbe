# syntax=docker/dockerfile:1
#
# Production image for one Node service of the monorepo (booking-service, later family-centre-service,
# work-ability-service, feedback-service). The build context is the repository root:
#
#   docker build -f docker/service.Dockerfile \
#     --build-arg SERVICE=booking-service --build-arg PORT=4401 \
#     -t asiointi/booking-service:local .
#
# Needs BuildKit (the default builder since Docker 23): it reads docker/service.Dockerfile.dockerignore
# and uses a cache mount for npm.

ARG NODE_IMAGE=node:20-bookworm-slim

# ---- manifests: every package.json plus the lockfile, nothing else -----------------------------------
# `npm ci` below is keyed on this stage's output only, so a source change does not reinstall
# dependencies; only a change to a package.json or the lockfile does.
FROM ${NODE_IMAGE} AS manifests
WORKDIR /src
COPY . .
RUN mkdir /manifests \
 && find . \( -name node_modules -o -name dist \) -prune \
      -o -type f \( -name package.json -o -name package-lock.json -o -name .npmrc \) -print0 \
    | tar --null -cf - -T - | tar -xf - -C /manifests

# ---- deps: the whole workspace's dependencies (dev ones too: the build needs Nx and esbuild) -----------
FROM ${NODE_IMAGE} AS deps
WORKDIR /workspace
ENV CI=true \
    NX_DAEMON=false \
    NX_NO_CLOUD=true \
    NX_TUI=false \
    npm_config_audit=false \
    npm_config_fund=false \
    npm_config_update_notifier=false
COPY --from=manifests /manifests/ ./
RUN --mount=type=cache,target=/root/.npm npm ci

# ---- build: `nx run <service>:build` bundles the service with esbuild --------------------------------
FROM deps AS build
ARG SERVICE
COPY . .
RUN test -n "${SERVICE}" || { echo "build arg SERVICE is required, e.g. --build-arg SERVICE=booking-service" >&2; exit 1; } \
 && npx nx run "${SERVICE}:build" \
 && test -f "dist/apps/${SERVICE}/main.mjs"

# ---- bundle: the service's dist folder plus production dependencies, if its package.json has any -------
FROM ${NODE_IMAGE} AS bundle
ARG SERVICE
# Optional dependencies (e.g. @electric-sql/pglite, used only when DATABASE_URL is unset) are left out:
# production always sets DATABASE_URL. --build-arg INCLUDE_OPTIONAL_DEPS=true puts them back.
ARG INCLUDE_OPTIONAL_DEPS=false
WORKDIR /app
COPY --from=build /workspace/dist/apps/${SERVICE}/ ./
RUN --mount=type=cache,target=/root/.npm \
    if [ -f package.json ] && node -e " \
         const p = JSON.parse(require('node:fs').readFileSync('package.json', 'utf8')); \
         const deps = { ...p.dependencies, ...(process.env.INCLUDE_OPTIONAL_DEPS === 'true' ? p.optionalDependencies : {}) }; \
         process.exit(Object.keys(deps).length > 0 ? 0 : 1);"; \
    then \
      omit="--omit=dev"; \
      [ "${INCLUDE_OPTIONAL_DEPS}" = "true" ] || omit="${omit} --omit=optional"; \
      npm install ${omit} --no-package-lock --no-audit --no-fund --no-update-notifier; \
    else \
      echo "bundle has no production dependencies: no node_modules"; \
    fi

# ---- runtime ------------------------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS runtime
ARG SERVICE
ARG PORT=4401
LABEL org.opencontainers.image.title="asiointi-${SERVICE}" \
      org.opencontainers.image.description="Asiointi ${SERVICE}" \
      org.opencontainers.image.licenses="EUPL-1.2"

# tini as PID 1 forwards SIGTERM/SIGINT to node and reaps zombies, in Docker and Kubernetes alike
# (no need for `docker run --init` or compose `init: true`).
RUN apt-get update \
 && apt-get install -y --no-install-recommends tini \
 && rm -rf /var/lib/apt/lists/*

ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=${PORT} \
    DATA_DIR=/data

WORKDIR /app
# Code and dependencies stay owned by root: the service user can read them, not change them.
COPY --from=bundle /app/ ./
RUN mkdir -p /data && chown node:node /data

USER node
EXPOSE ${PORT}

# Liveness only (/healthz). Readiness (/readyz, which checks the database) is for the load balancer or
# a Kubernetes readinessProbe. The slim image has no curl: node's own fetch does the request.
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || '4401') + '/healthz', { signal: AbortSignal.timeout(4000) }).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]

STOPSIGNAL SIGTERM
ENTRYPOINT ["/usr/bin/tini", "--"]
CMD ["node", "main.mjs"]
