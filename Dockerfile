# syntax=docker/dockerfile:1
#
# One image for both server-mode processes:
#   api    (default CMD)  node --import tsx src/main.ts   in /app/apps/api
#   worker (override)     node --import tsx src/main.ts   in /app/apps/worker
# Server code runs from TypeScript through tsx (a runtime dependency of api and worker);
# only apps/web is built, and the api serves apps/web/dist.

ARG NODE_IMAGE=node:20-bookworm-slim

# ---- base: Node 20 with the npm the lock was made with (allowScripts needs npm 11) ----
FROM ${NODE_IMAGE} AS base
ENV npm_config_update_notifier=false \
    npm_config_fund=false \
    npm_config_audit=false \
    TURBO_TELEMETRY_DISABLED=1
RUN --mount=type=cache,target=/root/.npm npm install -g npm@11.19.1
WORKDIR /app

# ---- manifests: only the files npm ci reads, so source edits keep the install layers cached ----
FROM base AS manifests
COPY . /src
RUN mkdir /manifests \
 && cd /src \
 && find . -name node_modules -prune -o \
      \( -name package.json -o -name package-lock.json -o -name .npmrc \) -print \
    | xargs cp --parents -t /manifests

# ---- deps: every dependency, for the web build ----
FROM base AS deps
COPY --from=manifests /manifests/ ./
RUN --mount=type=cache,target=/root/.npm npm ci

# ---- build: the web app (vite build -> apps/web/dist) ----
FROM deps AS build
COPY . .
RUN npx turbo run build --filter=@nguon/web

# ---- prod-deps: runtime dependencies only (tsx stays: api and worker depend on it) ----
FROM base AS prod-deps
COPY --from=manifests /manifests/ ./
RUN --mount=type=cache,target=/root/.npm npm ci --omit=dev

# ---- runtime ----
FROM base AS runtime
ENV NODE_ENV=production \
    PORT=3000 \
    DATA_DIR=/data
# Code stays owned by root and read-only for the node user; only /data is writable.
COPY --from=prod-deps /app/ ./
COPY . .
COPY --from=build /app/apps/web/dist ./apps/web/dist
# A fresh named volume mounted at /data inherits this ownership.
RUN mkdir -p /data && chown node:node /data
USER node
WORKDIR /app/apps/api
EXPOSE 3000
# The worker serves no HTTP; docker-compose.yml disables this check for it.
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# node directly (not npm) so SIGTERM reaches the process; run with an init (compose: init: true).
CMD ["node", "--import", "tsx", "src/main.ts"]
