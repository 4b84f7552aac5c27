# syntax=docker/dockerfile:1

# Build: a static binary (modernc.org/sqlite is pure Go, so CGO is off) with
# the seed knowledge embedded.
FROM golang:1.26 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/careerbot ./cmd/careerbot \
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
USER nonroot:nonroot
# distroless has no curl: the binary probes its own /healthz.
HEALTHCHECK --interval=30s --timeout=5s --start-period=10s --retries=3 \
  CMD ["/usr/local/bin/careerbot", "serve", "-healthcheck"]
ENTRYPOINT ["/usr/local/bin/careerbot"]
CMD ["serve"]
