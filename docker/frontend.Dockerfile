# syntax=docker/dockerfile:1
#
# Static image for one frontend of the monorepo: the shell (host) or a federated remote (booking, later
# family-centre, work-ability, feedback). The build context is the repository root:
#
#   docker build -f docker/frontend.Dockerfile --build-arg APP=shell   -t asiointi/shell:local .
#   docker build -f docker/frontend.Dockerfile --build-arg APP=booking -t asiointi/booking:local .
#
# Served by unprivileged nginx on port 8080 with docker/nginx/static.conf, rendered at start by the
# image's envsubst step from the variables below. Needs BuildKit (default since Docker 23).

ARG NODE_IMAGE=node:20-bookworm-slim
ARG NGINX_IMAGE=nginxinc/nginx-unprivileged:1.30-alpine

# ---- manifests / deps: identical to service.Dockerfile, so BuildKit shares these layers ---------------
FROM ${NODE_IMAGE} AS manifests
WORKDIR /src
COPY . .
RUN mkdir /manifests \
 && find . \( -name node_modules -o -name dist \) -prune \
      -o -type f \( -name package.json -o -name package-lock.json -o -name .npmrc \) -print0 \
    | tar --null -cf - -T - | tar -xf - -C /manifests

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

# ---- build: `nx run <app>:build` (Vite) writes dist/apps/<app> ----------------------------------------
FROM deps AS build
ARG APP
COPY . .
RUN test -n "${APP}" || { echo "build arg APP is required, e.g. --build-arg APP=shell" >&2; exit 1; } \
 && npx nx run "${APP}:build" \
 && { test -f "dist/apps/${APP}/index.html" || test -f "dist/apps/${APP}/remoteEntry.js" \
      || { echo "dist/apps/${APP} has neither index.html nor remoteEntry.js" >&2; exit 1; }; }

# ---- runtime: nginx, non-root (uid 101), port 8080 ----------------------------------------------------
FROM ${NGINX_IMAGE} AS runtime
ARG APP
LABEL org.opencontainers.image.title="asiointi-${APP}" \
      org.opencontainers.image.description="Asiointi ${APP} static build" \
      org.opencontainers.image.licenses="EUPL-1.2"

USER root
RUN rm -rf /usr/share/nginx/html/*
# /etc/nginx/templates/*.template -> /etc/nginx/conf.d/* at container start (replaces default.conf).
COPY docker/nginx/static.conf /etc/nginx/templates/default.conf.template
COPY --from=build /workspace/dist/apps/${APP}/ /usr/share/nginx/html/
USER 101

# Runtime settings, read by static.conf (see docker/README.md):
#   SPA_FALLBACK         what an unknown path serves: /index.html for the shell, =404 for a remote
#   CORS_ALLOW_ORIGIN    Access-Control-Allow-Origin for the files ("" = none, "*" or one origin)
#   CSP_REMOTE_ORIGINS   origins of the remotes' static files (script, style, font, img, connect)
#   CSP_CONNECT_ORIGINS  origins of the services' APIs and the identity provider (connect-src)
#   CSP_FRAME_ORIGINS    origins the page may frame (e.g. the identity provider's silent renew)
# Only these names are substituted (NGINX_ENVSUBST_FILTER); nginx's own $variables are left alone.
ENV SPA_FALLBACK=/index.html \
    CORS_ALLOW_ORIGIN="" \
    CSP_REMOTE_ORIGINS="" \
    CSP_CONNECT_ORIGINS="" \
    CSP_FRAME_ORIGINS="" \
    NGINX_ENVSUBST_FILTER="^(SPA_FALLBACK|CORS_ALLOW_ORIGIN|CSP_)"

EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=5s --start-period=10s --retries=3 \
  CMD wget -q -O /dev/null http://127.0.0.1:8080/healthz || exit 1
