# The Logstag backend (API, ingestion, jobs) serving the built web app, as a non-root user.
# Build from the repository root:  docker build -f deploy/docker/backend.Dockerfile -t logstag-backend .
FROM node:20-bookworm-slim AS build
WORKDIR /src
COPY package.json package-lock.json ./
COPY packages ./packages
COPY apps ./apps
RUN npm ci --ignore-scripts && npm run build -w @logstag/web

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production HOST=0.0.0.0 PORT=8080 LOGSTAG_DATA_DIR=/var/lib/logstag \
    LOGSTAG_WEB_DIST=/app/apps/web/dist
COPY --from=build /src/package.json /src/package-lock.json ./
COPY --from=build /src/node_modules ./node_modules
COPY --from=build /src/packages ./packages
COPY --from=build /src/apps/backend ./apps/backend
COPY --from=build /src/apps/web/dist ./apps/web/dist
RUN mkdir -p /var/lib/logstag && chown node:node /var/lib/logstag
USER node
VOLUME ["/var/lib/logstag"]
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:8080/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
CMD ["node", "--import", "tsx", "apps/backend/src/main.ts"]
