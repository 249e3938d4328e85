# syntax=docker/dockerfile:1
# The handbook as a container: built with Node 24, served by nginx.
#   docker build -t virtualization-handbook .
#   docker run --rm -p 8080:8080 virtualization-handbook      → http://localhost:8080/ko/

FROM node:24-bookworm-slim AS build
# The build renders every Mermaid diagram in Chromium (/usr/bin/chromium, see src/integrations/chromium.ts);
# Korean labels are measured with a Korean font, or they overflow their boxes.
RUN apt-get update \
 && apt-get install -y --no-install-recommends chromium fonts-noto-cjk \
 && rm -rf /var/lib/apt/lists/*
ENV PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 \
    ASTRO_TELEMETRY_DISABLED=1 \
    CHROMIUM_PATH=/usr/bin/chromium
WORKDIR /app
# Dependencies before sources, so editing a chapter reuses the installed layer.
COPY package*.json ./
RUN npm install --no-audit --no-fund
COPY . .
# .git is not in the context (.dockerignore) and this image has no git, so the translation status
# page says "unknown" instead of failing.
RUN npm run build

FROM nginx:1.28-alpine
COPY docker/nginx.conf /etc/nginx/conf.d/default.conf
COPY --from=build /app/dist-server/csp-header.conf /etc/nginx/handbook/csp-header.conf
COPY --from=build /app/dist /usr/share/nginx/html
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=3s CMD wget -q -O /dev/null http://127.0.0.1:8080/ko/ || exit 1
