# syntax=docker/dockerfile:1

# Build: a static binary (modernc.org/sqlite is pure Go, so CGO is off) with
# the seed knowledge embedded.
# BuildKit cache mounts keep the module and build caches between builds, so
# a source change recompiles careerbot's packages, not SQLite (modernc.org's
# C-to-Go translation takes minutes to compile from scratch).
FROM golang:1.26 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN --mount=type=cache,target=/go/pkg/mod go mod download
COPY . .
ARG VERSION=dev
RUN --mount=type=cache,target=/go/pkg/mod --mount=type=cache,target=/root/.cache/go-build \
    CGO_ENABLED=0 go build -trimpath -ldflags="-s -w -X main.version=${VERSION}" -o /out/careerbot ./cmd/careerbot \
 && mkdir -p /out/data

# Run: no shell, no package manager, user nonroot (65532).
FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/careerbot /usr/local/bin/careerbot
# An imported database can live here: mount a volume and set
# CAREERBOT_DB=/data/careerbot.db. Without CAREERBOT_DB the bot answers from
# the knowledge embedded in the binary.
COPY --from=build --chown=65532:65532 /out/data /data
VOLUME /data
ENV CAREERBOT_HTTP_ADDR=:8080
EXPOSE 8080
# docker stop sends SIGTERM and kills after 10 s; careerbot's shutdown
# (CAREERBOT_SHUTDOWN_TIMEOUT, 8 s) ends first.
USER nonroot:nonroot
# distroless has no curl: the binary probes its own /healthz.
HEALTHCHECK --interval=30s --timeout=5s --start-period=10s --retries=3 \
  CMD ["/usr/local/bin/careerbot", "serve", "-healthcheck"]
ENTRYPOINT ["/usr/local/bin/careerbot"]
CMD ["serve"]
